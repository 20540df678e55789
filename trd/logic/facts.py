"""What the catalog already says about an option, in short plain words.

Used next to each question on the Questions page and in the appointment
sheet, so "How soon might I notice a first change?" comes with the option's
own onset range and becomes a sharper question.
"""

from __future__ import annotations

from trd.catalog.models import FdaStatus, Setting, Treatment
from trd.catalog.questions import CatalogField
from trd.render.formats import format_days_range

_SETTING_WORDS: dict[Setting, str] = {
    Setting.HOME: "at home",
    Setting.CLINIC: "at a clinic",
    Setting.HOSPITAL: "in a hospital",
}

_FDA_WORDS: dict[FdaStatus, str] = {
    FdaStatus.APPROVED: "FDA-approved for depression",
    FdaStatus.CLEARED: "FDA-cleared for depression",
    FdaStatus.OFF_LABEL: "used off-label (not FDA-approved for depression)",
    FdaStatus.INVESTIGATIONAL: "investigational (only in studies)",
    FdaStatus.UNDER_REVIEW: "under FDA review",
    FdaStatus.NOT_APPLICABLE: "not something the FDA approves",
}

MAX_LIST_ITEMS = 3


def _number(value: float) -> str:
    return f"{value:g}"


def _join(items: tuple[str, ...]) -> str:
    shown = [item.rstrip(" .;") for item in items[:MAX_LIST_ITEMS]]
    more = len(items) - len(shown)
    text = "; ".join(shown)
    return f"{text}; and {more} more." if more > 0 else f"{text}."


def setting_words(treatment: Treatment) -> str:
    """Where it happens, e.g. "at a clinic or at home"."""
    return " or ".join(_SETTING_WORDS[place] for place in treatment.setting)


def fda_words(treatment: Treatment) -> str:
    """The FDA standing in words, with the year where there is one."""
    words = _FDA_WORDS[treatment.fda.status]
    return f"{words} ({treatment.fda.year})" if treatment.fda.year else words


def catalog_says(treatment: Treatment, field: CatalogField) -> str:
    """One line saying what the catalog holds for ``field`` of ``treatment``; plain text, not Markdown."""
    match field:
        case CatalogField.SUMMARY:
            return treatment.summary
        case CatalogField.MECHANISM:
            return treatment.mechanism
        case CatalogField.FDA:
            return f"{fda_words(treatment)}. {treatment.fda.indication}"
        case CatalogField.INVASIVENESS:
            return treatment.invasiveness.value.replace("-", " ")
        case CatalogField.SETTING:
            return f"Takes place {setting_words(treatment)}. {treatment.schedule.summary}"
        case CatalogField.SCHEDULE:
            return f"{treatment.schedule.summary} After that: {treatment.schedule.maintenance}"
        case CatalogField.OBSERVATION_MINUTES:
            minutes = treatment.observation_minutes
            watched = f"About {minutes} minutes of monitoring after each dose." if minutes else "No monitoring time after a dose."
            return f"{watched} {treatment.schedule.summary}"
        case CatalogField.NEEDS_DRIVER:
            return "You may not drive after a session; plan a ride." if treatment.needs_driver else "No need for a ride is listed."
        case CatalogField.ACCESS:
            return _join(treatment.access) if treatment.access else "No special access steps are listed."
        case CatalogField.ONSET_DAYS:
            low, high = treatment.onset_days
            return f"A first change is usually noticed after {format_days_range(low, high)}."
        case CatalogField.SIDE_EFFECTS:
            return _join(treatment.side_effects)
        case CatalogField.GOOD_CANDIDATES:
            return _join(treatment.good_candidates)
        case CatalogField.CAUTIONS:
            return _join(treatment.cautions)
        case CatalogField.EVIDENCE:
            return f"Evidence: {treatment.evidence.strength.value}. {treatment.evidence.summary}"
        case CatalogField.SOURCES:
            return "; ".join(source.title for source in treatment.sources)


def key_facts(treatment: Treatment) -> dict[str, str]:
    """The few facts the appointment sheet's table shows for an option."""
    low, high = treatment.onset_days
    return {
        "Where": setting_words(treatment),
        "First change": format_days_range(low, high),
        "Evidence": treatment.evidence.strength.value,
        "FDA": fda_words(treatment),
    }


def clinic_words(treatment: Treatment) -> str | None:
    """What a clinic's own catalog says about offering this option, in one line; None when it says nothing."""
    clinic = treatment.clinic
    if clinic is None:
        return None
    parts = ["Offered here" if clinic.offered_here else "Not offered here"]
    if clinic.typical_wait:
        parts.append(f"typical wait: {clinic.typical_wait}")
    if clinic.cost_notes:
        parts.append(f"cost and insurance: {clinic.cost_notes}")
    if clinic.contact:
        parts.append(f"contact: {clinic.contact}")
    return "; ".join(parts) + "."
