"""Outcome, side-effect and cost numbers in the words decision aids use: "out of 100", the comparison beside it.

Every number comes with who was studied and what it was compared with, and an
option without numbers says so instead of showing a blank or a zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from trd.catalog.formats import number
from trd.catalog.models import Comparator, Outcome, OutcomeMeasure, SideEffectRate, StudyDesign, Treatment
from trd.catalog.vocabulary import label, words

NO_NUMBERS = "No numbers given in this catalog."
DIFFERENT_STUDIES = (
    "These numbers come from different studies of different people. They are not a head-to-head test, "
    "so a higher number here does not prove one option works better than another."
)


def per_100(value: float) -> str:
    """A number out of 100 as people read it: whole numbers, "fewer than 1" for tiny ones."""
    if 0 < value < 0.5:
        return "fewer than 1"
    return str(round(value))


def weeks_text(weeks: float) -> str:
    """``"4 weeks"``, ``"1 week"``, ``"1 year"`` for 52."""
    if weeks >= 52 and weeks % 52 == 0:
        years = int(weeks // 52)
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{number(weeks)} week{'s' if weeks != 1 else ''}"


def headline_outcome(treatment: Treatment) -> Outcome | None:
    """The outcome shown first: the first one the catalog lists (entries list their best-matched study first)."""
    return treatment.outcomes[0] if treatment.outcomes else None


def outcome_for(treatment: Treatment, measure: OutcomeMeasure) -> Outcome | None:
    """The first outcome of ``measure`` the catalog lists for ``treatment`` (its best-matched study), or None."""
    return next((outcome for outcome in treatment.outcomes or () if outcome.measure == measure), None)


def shared_measure(treatments: Sequence[Treatment]) -> OutcomeMeasure:
    """The measure most of ``treatments`` have numbers for, so pictures of them use one measure; response on a tie."""
    counts = {measure: sum(outcome_for(t, measure) is not None for t in treatments) for measure in OutcomeMeasure}
    return max(OutcomeMeasure, key=lambda measure: (counts[measure], measure == OutcomeMeasure.RESPONSE))


def comparator_words(outcome: Outcome) -> str:
    """The comparison group in a few words: "with placebo", "with a sham"; "" when there was none."""
    if outcome.comparator == Comparator.NONE:
        return ""
    return words(outcome.comparator).phrase.split(" (")[0]


def _group(outcome: Outcome) -> str:
    return "people with TRD" if outcome.trd else "not a TRD group"


def who_was_studied(outcome: Outcome) -> str:
    """The study in a few words: "TRANSFORM-2, 4 weeks, people with TRD"."""
    return f"{outcome.study}, {weeks_text(outcome.weeks)}, {_group(outcome)}"


def outcome_short(outcome: Outcome) -> str:
    """One line: "69 in 100 responded vs 52 with placebo, at 4 weeks"."""
    text = f"{per_100(outcome.treated_per_100)} in 100 {words(outcome.measure).short}"
    if outcome.comparator != Comparator.NONE and outcome.comparator_per_100 is not None:
        text += f" vs {per_100(outcome.comparator_per_100)} {comparator_words(outcome)}"
    else:
        text += " (no comparison group)"
    return f"{text}, at {weeks_text(outcome.weeks)}"


def outcome_lines(outcome: Outcome) -> tuple[str, str]:
    """Two lines: the numbers with the comparison beside them, then the study and who was in it."""
    numbers = f"{label(outcome.measure)} at {weeks_text(outcome.weeks)}: {per_100(outcome.treated_per_100)} out of 100 with this option"
    if outcome.comparator != Comparator.NONE and outcome.comparator_per_100 is not None:
        numbers += f"; {per_100(outcome.comparator_per_100)} out of 100 {words(outcome.comparator).phrase}."
    else:
        numbers += "; no comparison group, so it is not known how many would have improved anyway."
    group = "People with TRD (2 or more earlier treatments had not helped)" if outcome.trd else "Not a TRD group"
    study = f"{outcome.study}: {words(outcome.design).phrase}, {outcome.people:,} people. {group}: {outcome.population}."
    if outcome.design not in (StudyDesign.RCT, StudyDesign.META_ANALYSIS):
        study += " Not randomised, so other things may explain part of the result."
    return numbers, study


def outcomes_short(treatment: Treatment) -> str:
    """The headline outcome in one line, or why there is none."""
    headline = headline_outcome(treatment)
    if headline is not None:
        return outcome_short(headline)
    if treatment.outcomes is None:
        return NO_NUMBERS
    return treatment.outcomes_note or NO_NUMBERS


def outcomes_short_with_study(treatment: Treatment) -> str:
    """The headline outcome in one line with its study and who was in it, for a page that leaves the app (the sheet)."""
    headline = headline_outcome(treatment)
    if headline is None:
        return outcomes_short(treatment)
    return f"{outcome_short(headline)} ({headline.study}; {_group(headline)})"


def outcomes_details(treatment: Treatment) -> tuple[str, ...]:
    """Every outcome in two lines each, then the note on what is not known."""
    if treatment.outcomes is None:
        return (NO_NUMBERS,)
    lines = [line for outcome in treatment.outcomes for line in outcome_lines(outcome)]
    if treatment.outcomes_note:
        lines.append(treatment.outcomes_note)
    return tuple(lines)


def rate_text(rate: SideEffectRate) -> str:
    """ "Nausea: 28 out of 100 (9 out of 100 in the comparison group)"."""
    text = f"{rate.effect}: {per_100(rate.treated_per_100)} out of 100"
    if rate.comparator_per_100 is not None:
        text += f" ({per_100(rate.comparator_per_100)} out of 100 in the comparison group)"
    return text


def top_rates(treatment: Treatment, count: int = 3) -> tuple[SideEffectRate, ...]:
    """The ``count`` most frequent side effects with numbers, most frequent first."""
    return tuple(sorted(treatment.side_effect_rates, key=lambda rate: -rate.treated_per_100)[:count])


def rates_short(treatment: Treatment) -> str:
    """The three most frequent side effects in one line, or that there are no numbers."""
    top = top_rates(treatment)
    if not top:
        return "No side-effect rates given."
    return "; ".join(f"{rate.effect} {per_100(rate.treated_per_100)} in 100" for rate in top)


def rates_details(treatment: Treatment) -> tuple[str, ...]:
    """Every side effect with its numbers, most frequent first."""
    if not treatment.side_effect_rates:
        return ("No side-effect rates given.",)
    return tuple(rate_text(rate) for rate in top_rates(treatment, len(treatment.side_effect_rates)))


def cost_short(treatment: Treatment) -> str:
    """The cost band and its dollars, or that it is not given."""
    cost = treatment.cost
    if cost is None:
        return "Not given."
    text = label(cost.band)
    if cost.usd_first_course is not None:
        low, high = cost.usd_first_course
        dollars = f"${low:,.0f}" + (f" to ${high:,.0f}" if high != low else "")
        text += f"; its source gives {dollars} for a first course"
    return text


def cost_details(treatment: Treatment) -> tuple[str, ...]:
    """Band with its meaning, figures, generic, coverage."""
    cost = treatment.cost
    if cost is None:
        return ("Cost not given in this catalog.",)
    lines = [f"{cost_short(treatment)}. The band is for a first course in the US without insurance."]
    if cost.generic is not None:
        lines.append("A generic version is sold." if cost.generic else "No generic version is sold.")
    lines.append(f"Coverage: {cost.coverage}")
    return tuple(lines)


def has_trd_numbers(treatment: Treatment) -> bool:
    """True when at least one outcome was measured in people with TRD."""
    return any(outcome.trd for outcome in treatment.outcomes or ())
