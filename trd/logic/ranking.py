"""Ordering options by what a person says matters to them: a values step that orders and never steers.

Every value is one row of ``VALUES``: its label, the plain words of its rule,
and the test. A test answers yes, no, or "not known" (None) when the catalog
gives no numbers for it; "not known" never counts as met. The person gives
each value a weight: not important, somewhat, or very.

The order is stated in ``ORDER_RULE`` and nothing else is hidden: options that
meet more "very important" values come first; among those, options that meet
more "somewhat important" values; ties keep the catalog's order. Options only
available in trials are left out of that order (listed last, as they are)
unless the person includes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from trd.catalog.models import CostBand, EvidenceStrength, Treatment
from trd.catalog.numbers_words import has_trd_numbers
from trd.logic.filtering import happens_at_home, is_fda_for_trd, is_trial_only
from trd.logic.schedule import clinic_visits_per_week

FAST_RELIEF_DAYS = 3
FEW_VISITS_PER_WEEK = 1
SIDE_EFFECT_LIMIT_PER_100 = 20  # "fewer side effects": no side effect with numbers above this many in 100


class Priority(StrEnum):
    """Things a person may care about; values are used in links."""

    NO_ANESTHESIA = "no-anesthesia"
    FAST_RELIEF = "fast-relief"
    AT_HOME = "at-home"
    FEW_VISITS = "few-visits"
    LOW_COST = "low-cost"
    FEWER_SIDE_EFFECTS = "fewer-side-effects"
    STUDIED_IN_TRD = "studied-in-trd"
    FDA_TRD = "fda-trd"
    STRONG_EVIDENCE = "strong-evidence"


class Weight(StrEnum):
    """How much one value matters to the person."""

    NOT = "not"
    SOMEWHAT = "somewhat"
    VERY = "very"


WEIGHT_LABELS: Mapping[Weight, str] = MappingProxyType({Weight.NOT: "Not important", Weight.SOMEWHAT: "Somewhat", Weight.VERY: "Very"})

Test = Callable[[Treatment], bool | None]  # None: the catalog does not say


@dataclass(frozen=True)
class Value:
    """One thing that may matter, declared once: its label, its rule in plain words, and the test of that rule."""

    priority: Priority
    label: str
    rule: str
    test: Test
    unknown: str = ""  # why the test can say "not known", in a few words; empty when it always knows


def _low_cost(treatment: Treatment) -> bool | None:
    return None if treatment.cost is None else treatment.cost.band == CostBand.LOW


def _fewer_side_effects(treatment: Treatment) -> bool | None:
    rates = treatment.side_effect_rates
    if not rates:
        return None
    return all(rate.treated_per_100 <= SIDE_EFFECT_LIMIT_PER_100 for rate in rates)


def _studied_in_trd(treatment: Treatment) -> bool | None:
    return None if treatment.outcomes is None else has_trd_numbers(treatment)


VALUES: tuple[Value, ...] = (
    Value(Priority.NO_ANESTHESIA, "No anesthesia", "you stay awake for it: no general anesthesia", lambda t: not t.anesthesia),
    Value(
        Priority.FAST_RELIEF,
        "Fast relief",
        f"a first benefit can start within {FAST_RELIEF_DAYS} days",
        lambda t: t.onset_days[0] <= FAST_RELIEF_DAYS,
    ),
    Value(Priority.AT_HOME, "Treat at home", "it can be done at home", happens_at_home),
    Value(
        Priority.FEW_VISITS,
        "Few visits",
        f"there is at most {FEW_VISITS_PER_WEEK} clinic visit a week in the usual schedule",
        lambda t: clinic_visits_per_week(t).high <= FEW_VISITS_PER_WEEK,
    ),
    Value(
        Priority.LOW_COST,
        "Low cost",
        "the first course costs under $500 in the US without insurance",
        _low_cost,
        unknown="the catalog gives no cost",
    ),
    Value(
        Priority.FEWER_SIDE_EFFECTS,
        "Fewer side effects",
        f"each side effect with numbers happens to {SIDE_EFFECT_LIMIT_PER_100} or fewer in 100 people who use it",
        _fewer_side_effects,
        unknown="the catalog gives no side-effect numbers",
    ),
    Value(
        Priority.STUDIED_IN_TRD,
        "Studied in TRD",
        "the catalog gives numbers from a study of people with TRD",
        _studied_in_trd,
        unknown="the catalog gives no study numbers",
    ),
    Value(Priority.FDA_TRD, "FDA approved for TRD", "the FDA approved or cleared it for a use that names TRD", is_fda_for_trd),
    Value(
        Priority.STRONG_EVIDENCE,
        "Strong evidence",
        "its evidence is rated strong (several randomised trials)",
        lambda t: t.evidence.strength == EvidenceStrength.STRONG,
    ),
)
VALUES_BY_PRIORITY: Mapping[Priority, Value] = MappingProxyType({value.priority: value for value in VALUES})

ORDER_RULE = (
    "Options that meet more of your 'very' choices come first. Then those that meet more of your 'somewhat' choices. "
    "Ties keep the catalog's order. 'Not known' counts as not met. Options only in trials are listed last unless you include them."
)
NOT_ORDERED = "Only in trials: not ordered"


def label_of(priority: Priority) -> str:
    """The value's label, such as "Fast relief"."""
    return VALUES_BY_PRIORITY[priority].label


def meets(treatment: Treatment, priority: Priority) -> bool | None:
    """Whether ``treatment`` meets the rule of ``priority``: True, False, or None when the catalog does not say."""
    return VALUES_BY_PRIORITY[priority].test(treatment)


@dataclass(frozen=True)
class Weights:
    """The values a person marked very or somewhat important; every other value is not important."""

    very: tuple[Priority, ...] = ()
    somewhat: tuple[Priority, ...] = ()

    @classmethod
    def of(cls, chosen: Mapping[Priority, Weight]) -> Weights:
        """Weights from a weight per value, kept in ``VALUES`` order so equal choices compare equal."""
        at = {weight: tuple(v.priority for v in VALUES if chosen.get(v.priority) == weight) for weight in (Weight.VERY, Weight.SOMEWHAT)}
        return cls(very=at[Weight.VERY], somewhat=at[Weight.SOMEWHAT])

    def weight(self, priority: Priority) -> Weight:
        """How much ``priority`` matters: very wins if a value is somehow in both."""
        if priority in self.very:
            return Weight.VERY
        return Weight.SOMEWHAT if priority in self.somewhat else Weight.NOT

    @property
    def chosen(self) -> tuple[Priority, ...]:
        """The values that matter at all, very important first."""
        return (*self.very, *(p for p in self.somewhat if p not in self.very))

    def __bool__(self) -> bool:
        return bool(self.very or self.somewhat)


def what_matters_lines(weights: Weights) -> tuple[str, ...]:
    """Plain lines for the appointment sheet, very important first: ("Very important: Fast relief", ...)."""
    return tuple(f"{'Very' if weights.weight(p) == Weight.VERY else 'Somewhat'} important: {label_of(p)}" for p in weights.chosen)


@dataclass(frozen=True)
class RankedOption:
    """An option with the chosen values it meets, misses and where the catalog does not say, and whether it is ordered."""

    treatment: Treatment
    met: tuple[Priority, ...] = ()
    missed: tuple[Priority, ...] = ()
    unknown: tuple[Priority, ...] = ()
    very_met: int = 0
    very_chosen: int = 0
    ordered: bool = True  # False: only in trials, left out of the order

    @property
    def chosen_count(self) -> int:
        return len(self.met) + len(self.missed) + len(self.unknown)

    @property
    def score_text(self) -> str:
        """Why it sits where it does, in a few words: "3 of your 4", or with very and somewhat counted apart."""
        if not self.ordered:
            return NOT_ORDERED
        somewhat_met = len(self.met) - self.very_met
        somewhat_chosen = self.chosen_count - self.very_chosen
        if self.very_chosen and somewhat_chosen:
            return f"{self.very_met} of {self.very_chosen} very, {somewhat_met} of {somewhat_chosen} somewhat"
        return f"{len(self.met)} of your {self.chosen_count}"


def _checked(treatment: Treatment, weights: Weights, ordered: bool) -> RankedOption:
    verdicts = {priority: meets(treatment, priority) for priority in weights.chosen}
    return RankedOption(
        treatment,
        met=tuple(p for p, verdict in verdicts.items() if verdict is True),
        missed=tuple(p for p, verdict in verdicts.items() if verdict is False),
        unknown=tuple(p for p, verdict in verdicts.items() if verdict is None),
        very_met=sum(1 for p in weights.very if verdicts[p] is True),
        very_chosen=len(weights.very),
        ordered=ordered,
    )


def rank_by_values(treatments: Sequence[Treatment], weights: Weights, *, include_trials: bool = False) -> tuple[RankedOption, ...]:
    """``treatments`` in the order stated in ``ORDER_RULE``; ties keep the given order.

    Options only in trials go last, in the given order and marked not ordered,
    unless ``include_trials``. With no weights, the given order is kept apart
    from that.
    """
    kept = [_checked(t, weights, True) for t in treatments if include_trials or not is_trial_only(t)]
    trial_only = [_checked(t, weights, False) for t in treatments if not include_trials and is_trial_only(t)]
    kept.sort(key=lambda option: (-option.very_met, -len(option.met)))  # stable: ties keep order
    return (*kept, *trial_only)
