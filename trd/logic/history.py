"""A person's log of past treatments, and the questions it suggests.

The rule here is deliberately narrow and neutral: a medicine taken for fewer
weeks than the sources call an adequate trial (6 to 8 weeks), and not stopped
because of side effects, suggests asking whether it was a full trial. Nothing
here says whether anyone has TRD.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from trd.catalog.models import Category, StrictModel, Treatment

ADEQUATE_TRIAL_WEEKS = 6  # the lower end of the 6-to-8-week adequate trial the sources describe
MEDICINE_CATEGORIES = frozenset({Category.MEDICATION, Category.AUGMENTATION})

Note = Annotated[str, StringConstraints(strip_whitespace=False, max_length=4000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class Outcome(StrEnum):
    """What happened, in the person's own judgement."""

    NOT_SAID = ""
    HELPED = "helped"
    PARTLY_HELPED = "partly helped"
    DID_NOT_HELP = "did not help"
    STOPPED_SIDE_EFFECTS = "stopped for side effects"


# How the first saved format's outcomes read now: (outcome, words kept in the note so nothing is lost).
FIRST_FORMAT_OUTCOMES: dict[str, tuple[Outcome, str]] = {
    "": (Outcome.NOT_SAID, ""),
    "helped": (Outcome.HELPED, ""),
    "helped a little": (Outcome.PARTLY_HELPED, ""),
    "no change": (Outcome.DID_NOT_HELP, ""),
    "felt worse": (Outcome.DID_NOT_HELP, "felt worse"),
    "stopped because of side effects": (Outcome.STOPPED_SIDE_EFFECTS, ""),
    "still taking it": (Outcome.NOT_SAID, "still taking it"),
}


class HistoryEntry(StrictModel):
    """One past treatment.

    ``name`` is the drug or treatment as the person names it ("sertraline"); ``treatment_id``
    is the catalog option it belongs to ("ssri"), when one was picked. ``note`` holds
    anything else the person wants to remember.
    """

    id: Annotated[str, StringConstraints(pattern=r"^h[0-9]+$")]
    name: Name
    treatment_id: str | None = None
    is_medicine: bool = True
    dose: Note = ""
    weeks: float | None = Field(default=None, ge=0, le=52 * 50)
    outcome: Outcome = Outcome.NOT_SAID
    side_effects: Note = ""
    note: Note = ""


def upgrade_first_format_entry(raw: Any) -> Any:
    """A history entry as the first saved format wrote it, in today's fields (anything else is returned as it is).

    Old outcomes map to the four of today; "felt worse" and "still taking it" have
    no outcome of their own, so their words go into the note.
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("outcome", ""), str) or raw.get("outcome", "") not in FIRST_FORMAT_OUTCOMES:
        return raw
    outcome, kept_words = FIRST_FORMAT_OUTCOMES[raw.get("outcome", "")]
    note = str(raw.get("note") or "")
    return {**raw, "outcome": outcome.value, "note": "; ".join(part for part in (kept_words, note) if part)}


def is_medicine(treatment: Treatment) -> bool:
    """True for catalog options that are a drug taken over weeks (medication or add-on)."""
    return treatment.category in MEDICINE_CATEGORIES


def weeks_words(weeks: float | None) -> str:
    """ "3 weeks", "1 week", or "" when not given."""
    if weeks is None:
        return ""
    return "1 week" if weeks == 1 else f"{weeks:g} weeks"


def is_short_trial(entry: HistoryEntry) -> bool:
    """A medicine taken for fewer weeks than a full trial, and not stopped because of side effects."""
    return (
        entry.is_medicine
        and entry.weeks is not None
        and entry.weeks < ADEQUATE_TRIAL_WEEKS
        and entry.outcome is not Outcome.STOPPED_SIDE_EFFECTS
    )


def short_trial_question(entry: HistoryEntry) -> str | None:
    """A neutral question to ask when ``is_short_trial(entry)``, else None."""
    if not is_short_trial(entry):
        return None
    return (
        f"I took {entry.name} for {weeks_words(entry.weeks)}. The sources describe 6 to 8 weeks at a full dose "
        "as a full trial. Was this a full trial, and would it make sense to look at it again?"
    )


def suggested_questions(history: tuple[HistoryEntry, ...]) -> list[str]:
    """Every question the history suggests, in the order of the log."""
    return [question for entry in history if (question := short_trial_question(entry)) is not None]


def entry_from_catalog(entry_id: str, treatment: Treatment, name: str = "") -> HistoryEntry:
    """A new entry for a catalog option; ``name`` is the drug's own name, else the option's name is used."""
    return HistoryEntry(id=entry_id, name=name.strip() or treatment.name, treatment_id=treatment.id, is_medicine=is_medicine(treatment))


def own_name(entry: HistoryEntry, names: Mapping[str, str]) -> str:
    """The name the person typed, or "" when the entry carries only its catalog option's name."""
    option = names.get(entry.treatment_id or "")
    return "" if option is not None and entry.name.casefold() == option.casefold() else entry.name


def title(entry: HistoryEntry, names: Mapping[str, str] | None = None) -> str:
    """The entry's name with its catalog option beside it: "Sertraline (SSRI)", or just one name when they are the same."""
    known = names or {}
    option = known.get(entry.treatment_id or "")
    typed = own_name(entry, known)
    if option is None:
        return entry.name
    return f"{typed} ({option})" if typed else option


def describe(entry: HistoryEntry, names: Mapping[str, str] | None = None) -> str:
    """One line for the sheet: name, dose, weeks, what happened, side effects, note (only the parts given)."""
    parts = [title(entry, names)]
    if entry.dose.strip():
        parts.append(f"dose: {entry.dose.strip()}")
    if entry.weeks is not None:
        parts.append(weeks_words(entry.weeks))
    if entry.outcome is not Outcome.NOT_SAID:
        parts.append(entry.outcome.value)
    if entry.side_effects.strip():
        parts.append(f"side effects: {entry.side_effects.strip()}")
    if entry.note.strip():
        parts.append(f"note: {entry.note.strip()}")
    return "; ".join(parts)
