"""The answers people decide on first, for each picked option, declared once.

Compare shows these before anything else (and the slides and cards may too): how many
improve beside the comparison group, the most common side effects with how often, the
first eight weeks' visits and hours, the cost, and when a first change can come. Every
answer says so plainly when the catalog has no numbers, never a blank or a zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trd.catalog.formats import format_days_range, format_hours_range, number
from trd.catalog.models import OutcomeMeasure, Treatment
from trd.catalog.numbers_words import (
    NO_NUMBERS,
    comparator_words,
    outcome_for,
    per_100,
    top_rates,
    who_was_studied,
)
from trd.catalog.vocabulary import label, words
from trd.logic.schedule import first_eight_weeks, is_home_based
from trd.render.facts import join_short

TOP_SIDE_EFFECTS = 3
SIDE_EFFECTS_NAMED_WITHOUT_RATES = 1  # the rest are under "All the details"


@dataclass(frozen=True)
class AnswerContext:
    """What the answers depend on besides the option: the measure shown for every pick, and the person's travel time."""

    measure: OutcomeMeasure
    travel_minutes: float


@dataclass(frozen=True)
class RateRow:
    """One side effect: its name, how many in 100 on the option, and in the comparison group ("" when not given)."""

    effect: str
    treated: str
    comparator: str


@dataclass(frozen=True)
class AnswerPart:
    """One answer for one option: a lead (the number or the short answer) and smaller lines under it."""

    lead: str
    lines: tuple[str, ...] = ()
    rates: tuple[RateRow, ...] = ()
    missing: bool = False  # true when the catalog has no numbers for this answer

    def text(self) -> str:
        """The whole answer as one plain sentence run (for screen readers, slides and tests)."""
        rates = "; ".join(
            f"{row.effect}: {row.treated} in 100" + (f" ({row.comparator} in the comparison group)" if row.comparator else "")
            for row in self.rates
        )
        return ". ".join(part.rstrip(".") for part in (self.lead, rates, *self.lines) if part) + "."


@dataclass(frozen=True)
class Answer:
    """A question people ask first, and how to answer it for one option."""

    key: str
    label: str
    part: Callable[[Treatment, AnswerContext], AnswerPart]


def first_sentence(text: str) -> str:
    """The first sentence of a catalog text: a card has room for one; the rest is under "All the details"."""
    head, separator, _ = text.partition(". ")
    return head + "." if separator else text


def _outcome(treatment: Treatment, context: AnswerContext) -> AnswerPart:
    outcome = outcome_for(treatment, context.measure)
    if outcome is not None:
        if outcome.comparator_per_100 is not None:
            beside = f"vs {per_100(outcome.comparator_per_100)} in 100 {comparator_words(outcome)}"
        else:
            beside = "No comparison group, so it is not known how many would have improved anyway"
        lead = f"{per_100(outcome.treated_per_100)} in 100 {words(context.measure).short}"
        return AnswerPart(lead, (beside, who_was_studied(outcome)))
    other = next((o for o in treatment.outcomes or () if o.measure != context.measure), None)
    if other is not None:
        other_numbers = f"{per_100(other.treated_per_100)} in 100 {words(other.measure).short}"
        if other.comparator_per_100 is not None:
            other_numbers += f" vs {per_100(other.comparator_per_100)} {comparator_words(other)}"
        return AnswerPart(
            f"No {context.measure.value} numbers", (f"It has {other.measure.value}: {other_numbers}", who_was_studied(other)), missing=True
        )
    note = NO_NUMBERS if treatment.outcomes is None else (treatment.outcomes_note or NO_NUMBERS)
    return AnswerPart("No numbers", (first_sentence(note),), missing=True)


def _side_effects(treatment: Treatment, _: AnswerContext) -> AnswerPart:
    top = top_rates(treatment, TOP_SIDE_EFFECTS)
    if not top:
        listed = join_short(treatment.side_effects[:SIDE_EFFECTS_NAMED_WITHOUT_RATES]) if treatment.side_effects else "none."
        return AnswerPart("No rates given", (f"Listed in words: {listed}",), missing=True)
    rows = tuple(
        RateRow(rate.effect, per_100(rate.treated_per_100), per_100(rate.comparator_per_100) if rate.comparator_per_100 is not None else "")
        for rate in top
    )
    return AnswerPart("", rates=rows)


def _time(treatment: Treatment, context: AnswerContext) -> AnswerPart:
    weeks = first_eight_weeks(treatment, context.travel_minutes)
    if is_home_based(treatment):
        hours = format_hours_range(weeks.hours.low, weeks.hours.high).removeprefix("about ")
        at_home = "At home" if weeks.hours.high <= 0 else f"At home: about {hours} of sessions"
        return AnswerPart("No clinic visits", (at_home,))
    visits = weeks.clinic_visits
    count = number(visits.low) if number(visits.low) == number(visits.high) else f"{number(visits.low)}-{number(visits.high)}"
    hours = format_hours_range(weeks.hours.low, weeks.hours.high).removeprefix("about ")
    lines = [f"About {hours}, with {number(context.travel_minutes)} minutes of travel each way"]
    if treatment.needs_driver:
        lines.append("Someone must drive you home")
    return AnswerPart(f"{count} clinic visit{'' if count == '1' else 's'}", tuple(lines))


def _cost(treatment: Treatment, _: AnswerContext) -> AnswerPart:
    cost = treatment.cost
    if cost is None:
        return AnswerPart("Not given", ("This catalog does not give a cost.",), missing=True)
    return AnswerPart(label(cost.band), (first_sentence(cost.coverage),))


def _onset(treatment: Treatment, _: AnswerContext) -> AnswerPart:
    return AnswerPart(format_days_range(*treatment.onset_days))


ANSWERS: tuple[Answer, ...] = (
    Answer("outcome", "How many improve", _outcome),
    Answer("side_effects", "Side effects in 100, vs comparison", _side_effects),
    Answer("time", "Your first 8 weeks", _time),
    Answer("cost", "Cost, first course, no insurance", _cost),
    Answer("onset", "A first change can come in", _onset),
)
