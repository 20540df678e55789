"""Rows for the results table and the side-by-side comparison, as plain text.

Ranges are already in words ("2-4 weeks"), so a table shows no raw lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from trd.catalog.models import INVASIVENESS_LABELS, Treatment
from trd.logic.schedule import clinic_visits_per_week, is_home_based
from trd.render.formats import (
    CATEGORY_LABELS,
    EVIDENCE_LABELS,
    SETTING_LABELS,
    brands_text,
    format_days_range,
    format_fda,
    format_minutes,
    format_per_week,
    format_range,
    format_settings,
)

RESULT_COLUMNS = (
    "Option",
    "Category",
    "FDA",
    "Invasiveness",
    "Anesthesia",
    "Where",
    "Clinic visits a week",
    "First benefit",
    "Evidence",
    "Brands",
)


def visits_text(treatment: Treatment) -> str:
    """Clinic visits in a usual week, in words; "none (at home)" for home-based options."""
    if is_home_based(treatment):
        return "none (at home)"
    span = clinic_visits_per_week(treatment)
    return format_per_week(span.low, span.high)


def result_row(treatment: Treatment) -> dict[str, Any]:
    """One results-table row: every column a person filters by, in words."""
    return {
        "id": treatment.id,
        "Option": treatment.name,
        "Category": CATEGORY_LABELS[treatment.category],
        "FDA": format_fda(treatment.fda),
        "Invasiveness": INVASIVENESS_LABELS[treatment.invasiveness],
        "Anesthesia": "Yes" if treatment.anesthesia else "No",
        "Where": format_settings(treatment.setting),
        "Clinic visits a week": visits_text(treatment),
        "First benefit": format_days_range(*treatment.onset_days),
        "Evidence": EVIDENCE_LABELS[treatment.evidence.strength],
        "Brands": brands_text(treatment),
    }


def schedule_text(treatment: Treatment) -> str:
    """The schedule in one line: sessions a week, minutes each, weeks of the first course."""
    schedule = treatment.schedule
    where = SETTING_LABELS[schedule.location].lower()
    return (
        f"{format_per_week(*schedule.sessions_per_week)} {where}, {format_minutes(*schedule.minutes_per_session)} each, "
        f"for {format_range(*schedule.course_weeks, 'week')}"
    )


@dataclass(frozen=True)
class ComparisonRow:
    """One attribute across the compared options: a list of lines per option, and whether they differ."""

    key: str
    label: str
    cells: tuple[tuple[str, ...], ...]

    @property
    def differs(self) -> bool:
        """True when not every option shows the same thing."""
        return len(set(self.cells)) > 1


def _fda_lines(t: Treatment) -> tuple[str, ...]:
    return (format_fda(t.fda), t.fda.indication)


def _observation(t: Treatment) -> str:
    return f"{t.observation_minutes} minutes of monitoring after each session" if t.observation_minutes else "No monitoring time after"


ATTRIBUTES: tuple[tuple[str, str, Callable[[Treatment], tuple[str, ...]]], ...] = (
    ("category", "Category", lambda t: (CATEGORY_LABELS[t.category],)),
    ("fda", "FDA status", _fda_lines),
    ("mechanism", "How it works", lambda t: (t.mechanism,)),
    ("invasiveness", "Invasiveness", lambda t: (INVASIVENESS_LABELS[t.invasiveness],)),
    ("anesthesia", "Anesthesia", lambda t: ("Yes, under general anesthesia" if t.anesthesia else "No",)),
    ("setting", "Where", lambda t: (format_settings(t.setting),)),
    (
        "schedule",
        "Schedule",
        lambda t: (schedule_text(t), t.schedule.summary, _observation(t), "Needs a driver after" if t.needs_driver else "Can drive after"),
    ),
    ("onset", "Time to first benefit", lambda t: (format_days_range(*t.onset_days),)),
    ("side_effects", "Side effects", lambda t: t.side_effects),
    ("good_candidates", "Who it may suit", lambda t: t.good_candidates),
    ("cautions", "Cautions", lambda t: t.cautions),
    ("access", "What it takes to get it", lambda t: t.access or ("Nothing special listed",)),
    ("evidence", "Evidence", lambda t: (EVIDENCE_LABELS[t.evidence.strength], t.evidence.summary)),
    ("sources", "Sources", lambda t: tuple(source.title for source in t.sources)),
)


def comparison_rows(treatments: Sequence[Treatment]) -> tuple[ComparisonRow, ...]:
    """One row per attribute, one cell per option, in the order given."""
    return tuple(ComparisonRow(key, label, tuple(lines(t) for t in treatments)) for key, label, lines in ATTRIBUTES)
