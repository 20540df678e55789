"""The facts shown for an option, declared once; every table, card, slide and sheet picks the rows it needs.

Each ``Fact`` has one label and gives a short ``value`` (one line, for a table
cell or a slide) and its full ``lines`` (for the side-by-side comparison).
The named selections below say which facts each place shows, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from trd.catalog.formats import (
    brands_text,
    format_days_range,
    format_fda,
    format_minutes,
    format_per_week,
    format_range,
    format_settings,
    label_in_sentence,
)
from trd.catalog.models import Treatment
from trd.catalog.numbers_words import (
    cost_details,
    cost_short,
    outcomes_details,
    outcomes_short,
    outcomes_short_with_study,
    rates_details,
    rates_short,
)
from trd.catalog.vocabulary import label
from trd.logic.schedule import clinic_visits_per_week, is_home_based

MAX_LIST_ITEMS = 3  # a list fact's short value names this many items, then counts the rest


def join_short(items: Sequence[str]) -> str:
    """The first few items of a list in one line: ``"a; b; c; and 2 more."``."""
    shown = [item.rstrip(" .;") for item in items[:MAX_LIST_ITEMS]]
    more = len(items) - len(shown)
    text = "; ".join(shown)
    return f"{text}; and {more} more." if more > 0 else f"{text}."


def visits_text(treatment: Treatment) -> str:
    """Clinic visits in a usual week, in words; "none (at home)" for home-based options."""
    if is_home_based(treatment):
        return "none (at home)"
    span = clinic_visits_per_week(treatment)
    return format_per_week(span.low, span.high)


def schedule_text(treatment: Treatment) -> str:
    """The schedule in one line: sessions a week, minutes each, weeks of the first course."""
    schedule = treatment.schedule
    where = label(schedule.location).lower()
    return (
        f"{format_per_week(*schedule.sessions_per_week)} {where}, {format_minutes(*schedule.minutes_per_session)} each, "
        f"for {format_range(*schedule.course_weeks, 'week')}"
    )


def _observation(t: Treatment) -> str:
    return f"{t.observation_minutes} minutes of monitoring after each session" if t.observation_minutes else "No monitoring time after"


@dataclass(frozen=True)
class Fact:
    """One thing a person can know about an option: a label, a one-line value, and the full lines."""

    key: str
    label: str
    value: Callable[[Treatment], str]
    details: Callable[[Treatment], tuple[str, ...]] | None = None
    help: str | None = None  # a column's tooltip in the results table

    def lines(self, treatment: Treatment) -> tuple[str, ...]:
        """The full text for the side-by-side comparison (the one-line value when there is nothing more)."""
        return self.details(treatment) if self.details is not None else (self.value(treatment),)


FACTS: tuple[Fact, ...] = (
    Fact("category", "Category", lambda t: label(t.category)),
    Fact(
        "fda",
        "FDA status",
        lambda t: format_fda(t.fda),
        lambda t: (format_fda(t.fda), t.fda.indication),
        help="US FDA status for depression, with the year and whether the use names TRD",
    ),
    Fact("mechanism", "How it works", lambda t: t.mechanism),
    Fact("invasiveness", "Invasiveness", lambda t: label(t.invasiveness)),
    Fact(
        "anesthesia",
        "Anesthesia",
        lambda t: "Yes" if t.anesthesia else "No",
        lambda t: ("Yes, under general anesthesia" if t.anesthesia else "No",),
    ),
    Fact("setting", "Where", lambda t: format_settings(t.setting)),
    Fact("visits", "Clinic visits a week", visits_text),
    Fact(
        "schedule",
        "Schedule",
        schedule_text,
        lambda t: (schedule_text(t), t.schedule.summary, _observation(t), "Needs a driver after" if t.needs_driver else "Can drive after"),
    ),
    Fact("onset", "First benefit", lambda t: format_days_range(*t.onset_days), help="Approximate range from the sources"),
    Fact(
        "outcomes",
        "How many improve (out of 100)",
        outcomes_short,
        outcomes_details,
        help="From one study, beside its comparison group. Studies differ, so this is not a head-to-head test.",
    ),
    # On the sheet, which leaves the app, the number carries its study and who was in it (no help text there).
    Fact("outcomes_studied", "How many improve (out of 100)", outcomes_short_with_study, outcomes_details),
    Fact("side_effects", "Side effects", lambda t: join_short(t.side_effects), lambda t: t.side_effects),
    Fact("side_effect_rates", "Side effects, out of 100", rates_short, rates_details),
    Fact("cost", "Cost (first course, no insurance)", cost_short, cost_details, help="US, first course, without insurance"),
    Fact("good_candidates", "Who it may suit", lambda t: join_short(t.good_candidates), lambda t: t.good_candidates),
    Fact("cautions", "Cautions", lambda t: join_short(t.cautions), lambda t: t.cautions),
    Fact(
        "access",
        "What it takes to get it",
        lambda t: join_short(t.access) if t.access else "Nothing special listed",
        lambda t: t.access or ("Nothing special listed",),
    ),
    Fact("evidence", "Evidence", lambda t: label(t.evidence.strength), lambda t: (label(t.evidence.strength), t.evidence.summary)),
    Fact("brands", "Brands", brands_text),
    Fact("sources", "Sources", lambda t: "; ".join(s.title for s in t.sources), lambda t: tuple(s.title for s in t.sources)),
)

FACTS_BY_KEY: Mapping[str, Fact] = MappingProxyType({fact.key: fact for fact in FACTS})

# Which facts each place shows, in its order.
RESULTS_TABLE = ("category", "outcomes", "cost", "fda", "invasiveness", "anesthesia", "setting", "visits", "onset", "evidence", "brands")
CARD = ("outcomes", "onset", "setting", "visits", "cost")
COMPARISON = (
    "category",
    "fda",
    "mechanism",
    "invasiveness",
    "anesthesia",
    "setting",
    "schedule",
    "onset",
    "outcomes",
    "side_effects",
    "side_effect_rates",
    "good_candidates",
    "cautions",
    "access",
    "cost",
    "evidence",
    "sources",
)
# Outcomes and side-effect rates have slides of their own (trd/render/presentation.py).
SLIDE = ("category", "fda", "setting", "schedule", "onset", "cost", "invasiveness", "evidence")
SHEET = ("setting", "onset", "outcomes_studied", "cost", "evidence", "fda")


def fact_labels(keys: Sequence[str]) -> tuple[str, ...]:
    """The labels of the facts ``keys``, in order (a table's headings)."""
    return tuple(FACTS_BY_KEY[key].label for key in keys)


def facts_of(treatment: Treatment, keys: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(label, one-line value) for each of the facts ``keys`` of ``treatment``, in order."""
    return tuple((FACTS_BY_KEY[key].label, FACTS_BY_KEY[key].value(treatment)) for key in keys)


def clinic_facts(treatment: Treatment) -> tuple[tuple[str, str], ...]:
    """A clinic's own details for an option, when its catalog has them (else an empty tuple)."""
    clinic = treatment.clinic
    if clinic is None:
        return ()
    facts = [("Offered here", "Yes" if clinic.offered_here else "No")]
    if clinic.typical_wait:
        facts.append(("Typical wait", clinic.typical_wait))
    if clinic.cost_notes:
        facts.append(("Cost and insurance", clinic.cost_notes))
    if clinic.contact:
        facts.append(("Contact", clinic.contact))
    return tuple(facts)


def clinic_line(treatment: Treatment) -> str | None:
    """The clinic's details in one line ("Offered here; typical wait: ..."); None when its catalog says nothing."""
    facts = clinic_facts(treatment)
    if not facts:
        return None
    offered = "Offered here" if facts[0][1] == "Yes" else "Not offered here"
    return "; ".join([offered, *(f"{label_in_sentence(name)}: {value}" for name, value in facts[1:])]) + "."
