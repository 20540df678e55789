"""A person's log of past treatments, and the questions it suggests.

The rule here is deliberately narrow and neutral: a medicine taken for fewer
weeks than the sources call an adequate trial (6 to 8 weeks) suggests asking
whether it was a full trial. Nothing here says whether anyone has TRD.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from trd.catalog.models import Category, StrictModel, Treatment

ADEQUATE_TRIAL_WEEKS = 6  # the lower end of the 6-to-8-week adequate trial the sources describe
MEDICINE_CATEGORIES = frozenset({Category.MEDICATION, Category.AUGMENTATION})

Note = Annotated[str, StringConstraints(strip_whitespace=False, max_length=4000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class Outcome(StrEnum):
    """How a past treatment went, in the person's own judgement."""

    NOT_SAID = ""
    HELPED = "helped"
    HELPED_A_LITTLE = "helped a little"
    NO_CHANGE = "no change"
    WORSE = "felt worse"
    STOPPED_SIDE_EFFECTS = "stopped because of side effects"
    STILL_TAKING = "still taking it"


class HistoryEntry(StrictModel):
    """One past treatment. ``treatment_id`` is set when it was chosen from the catalog."""

    id: Annotated[str, StringConstraints(pattern=r"^h[0-9]+$")]
    name: Name
    treatment_id: str | None = None
    is_medicine: bool = True
    dose: Note = ""
    weeks: float | None = Field(default=None, ge=0, le=52 * 50)
    outcome: Outcome = Outcome.NOT_SAID
    side_effects: Note = ""


def is_medicine(treatment: Treatment) -> bool:
    """True for catalog options that are a drug taken over weeks (medication or add-on)."""
    return treatment.category in MEDICINE_CATEGORIES


def weeks_words(weeks: float | None) -> str:
    """ "3 weeks", "1 week", or "" when not given."""
    if weeks is None:
        return ""
    return "1 week" if weeks == 1 else f"{weeks:g} weeks"


def short_trial_question(entry: HistoryEntry) -> str | None:
    """A neutral question to ask when a medicine was taken for less than an adequate trial, else None."""
    if not entry.is_medicine or entry.weeks is None or entry.weeks >= ADEQUATE_TRIAL_WEEKS:
        return None
    return (
        f"I took {entry.name} for {weeks_words(entry.weeks)}. The sources describe 6 to 8 weeks at a full dose "
        "as a full trial. Was this a full trial, and would it make sense to look at it again?"
    )


def suggested_questions(history: tuple[HistoryEntry, ...]) -> list[str]:
    """Every question the history suggests, in the order of the log."""
    return [question for entry in history if (question := short_trial_question(entry)) is not None]


def entry_from_catalog(entry_id: str, treatment: Treatment) -> HistoryEntry:
    """A new history entry for a catalog option, with its name and whether it is a medicine filled in."""
    return HistoryEntry(id=entry_id, name=treatment.name, treatment_id=treatment.id, is_medicine=is_medicine(treatment))


def describe(entry: HistoryEntry, names: Mapping[str, str] | None = None) -> str:
    """One line for the sheet: name, dose, weeks, outcome, side effects (only the parts given)."""
    name = (names or {}).get(entry.treatment_id or "", entry.name)
    parts = [name]
    if entry.dose.strip():
        parts.append(f"dose: {entry.dose.strip()}")
    if entry.weeks is not None:
        parts.append(weeks_words(entry.weeks))
    if entry.outcome is not Outcome.NOT_SAID:
        parts.append(entry.outcome.value)
    if entry.side_effects.strip():
        parts.append(f"side effects: {entry.side_effects.strip()}")
    return "; ".join(parts)
