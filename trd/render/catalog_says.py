"""What the catalog already says about an option, in one short plain line per question topic.

Used next to each question on the Questions page, so "How soon might I notice a
first change?" comes with the option's own onset range and becomes a sharper
question.
"""

from __future__ import annotations

from collections.abc import Sequence

from trd.catalog.formats import format_days_range
from trd.catalog.models import Treatment
from trd.catalog.question_bank import CatalogField, Question
from trd.catalog.vocabulary import words
from trd.render.facts import join_short


def setting_phrase(treatment: Treatment) -> str:
    """Where it happens, e.g. "at a clinic or at home"."""
    return " or ".join(words(place).phrase for place in treatment.setting)


def fda_phrase(treatment: Treatment) -> str:
    """The FDA standing in words, with the year where there is one."""
    phrase = words(treatment.fda.status).phrase
    return f"{phrase} ({treatment.fda.year})" if treatment.fda.year else phrase


def catalog_lines(questions: Sequence[Question], treatment: Treatment) -> dict[str, str]:
    """What the catalog says under each of ``questions`` (in the order shown), by question id.

    A line already shown under an earlier question is not repeated: the three cost
    questions point at the same access text, which then shows once.
    """
    lines: dict[str, str] = {}
    for question in questions:
        if question.catalog_field is not None:
            line = catalog_says(treatment, question.catalog_field)
            if line not in lines.values():
                lines[question.id] = line
    return lines


def catalog_says(treatment: Treatment, field: CatalogField) -> str:
    """One line saying what the catalog holds for ``field`` of ``treatment``; plain text, not Markdown."""
    match field:
        case CatalogField.SUMMARY:
            return treatment.summary
        case CatalogField.MECHANISM:
            return treatment.mechanism
        case CatalogField.FDA:
            return f"{fda_phrase(treatment)}. {treatment.fda.indication}"
        case CatalogField.INVASIVENESS:
            return words(treatment.invasiveness).phrase
        case CatalogField.SETTING:
            return f"Takes place {setting_phrase(treatment)}."
        case CatalogField.SCHEDULE:
            return f"{treatment.schedule.summary} After that: {treatment.schedule.maintenance}"
        case CatalogField.OBSERVATION_MINUTES:
            minutes = treatment.observation_minutes
            return f"About {minutes} minutes of monitoring after each dose." if minutes else "No monitoring time after a dose."
        case CatalogField.NEEDS_DRIVER:
            return "You may not drive after a session; plan a ride." if treatment.needs_driver else "No need for a ride is listed."
        case CatalogField.ACCESS:
            return join_short(treatment.access) if treatment.access else "No special access steps are listed."
        case CatalogField.ONSET_DAYS:
            low, high = treatment.onset_days
            return f"A first change is usually noticed after {format_days_range(low, high)}."
        case CatalogField.SIDE_EFFECTS:
            return join_short(treatment.side_effects)
        case CatalogField.GOOD_CANDIDATES:
            return join_short(treatment.good_candidates)
        case CatalogField.CAUTIONS:
            return join_short(treatment.cautions)
        case CatalogField.EVIDENCE:
            return f"Evidence: {words(treatment.evidence.strength).phrase}. {treatment.evidence.summary}"
        case CatalogField.SOURCES:
            return "; ".join(source.title for source in treatment.sources)
