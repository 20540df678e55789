"""Ordering options by the things a person says matter most to them.

This orders; it never recommends. Each priority is a plain yes/no rule that
the page states next to it, and an option's place depends only on how many of
the chosen rules it meets (ties keep catalog order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from trd.catalog.models import EvidenceStrength, Treatment
from trd.logic.filtering import happens_at_home, is_fda_for_trd
from trd.logic.schedule import clinic_visits_per_week

FAST_RELIEF_DAYS = 3
FEW_VISITS_PER_WEEK = 1
FEW_SIDE_EFFECTS = 3


class Priority(StrEnum):
    """Things a person may care about most; values are used in links."""

    NO_ANESTHESIA = "no-anesthesia"
    FAST_RELIEF = "fast-relief"
    AT_HOME = "at-home"
    FEW_VISITS = "few-visits"
    FDA_TRD = "fda-trd"
    FEWER_SIDE_EFFECTS = "fewer-side-effects"
    STRONG_EVIDENCE = "strong-evidence"


PRIORITY_LABELS: dict[Priority, str] = {
    Priority.NO_ANESTHESIA: "No anesthesia",
    Priority.FAST_RELIEF: "Fast relief",
    Priority.AT_HOME: "Treat at home",
    Priority.FEW_VISITS: "Few visits",
    Priority.FDA_TRD: "FDA approved for TRD",
    Priority.FEWER_SIDE_EFFECTS: "Fewer side effects",
    Priority.STRONG_EVIDENCE: "Strong evidence",
}

PRIORITY_RULES: dict[Priority, str] = {
    Priority.NO_ANESTHESIA: "not given under general anesthesia",
    Priority.FAST_RELIEF: f"a first benefit can start within {FAST_RELIEF_DAYS} days",
    Priority.AT_HOME: "can be done at home",
    Priority.FEW_VISITS: f"at most {FEW_VISITS_PER_WEEK} clinic visit a week",
    Priority.FDA_TRD: "approved or cleared by the FDA for a use that names TRD",
    Priority.FEWER_SIDE_EFFECTS: (
        f"the catalog lists {FEW_SIDE_EFFECTS} or fewer kinds of side effects (a count, not a measure of how serious they are)"
    ),
    Priority.STRONG_EVIDENCE: "evidence rated strong (several randomised trials or meta-analyses)",
}

_RULES: dict[Priority, Callable[[Treatment], bool]] = {
    Priority.NO_ANESTHESIA: lambda t: not t.anesthesia,
    Priority.FAST_RELIEF: lambda t: t.onset_days[0] <= FAST_RELIEF_DAYS,
    Priority.AT_HOME: happens_at_home,
    Priority.FEW_VISITS: lambda t: clinic_visits_per_week(t).high <= FEW_VISITS_PER_WEEK,
    Priority.FDA_TRD: is_fda_for_trd,
    Priority.FEWER_SIDE_EFFECTS: lambda t: len(t.side_effects) <= FEW_SIDE_EFFECTS,
    Priority.STRONG_EVIDENCE: lambda t: t.evidence.strength == EvidenceStrength.STRONG,
}


def meets(treatment: Treatment, priority: Priority) -> bool:
    """Whether ``treatment`` meets the rule of ``priority`` (see ``PRIORITY_RULES``)."""
    return _RULES[priority](treatment)


@dataclass(frozen=True)
class RankedOption:
    """An option with the chosen priorities it meets and misses."""

    treatment: Treatment
    met: tuple[Priority, ...]
    missed: tuple[Priority, ...]

    @property
    def score_text(self) -> str:
        """``"2 of 3"`` style count of priorities met."""
        return f"{len(self.met)} of {len(self.met) + len(self.missed)}"


def rank_by_priorities(treatments: Sequence[Treatment], priorities: Sequence[Priority]) -> tuple[RankedOption, ...]:
    """Options ordered by how many ``priorities`` they meet, most first; ties keep the given order."""
    chosen = tuple(dict.fromkeys(priorities))
    ranked = []
    for treatment in treatments:
        met = tuple(priority for priority in chosen if meets(treatment, priority))
        missed = tuple(priority for priority in chosen if priority not in met)
        ranked.append(RankedOption(treatment, met, missed))
    if chosen:
        ranked.sort(key=lambda option: -len(option.met))  # stable: ties keep order
    return tuple(ranked)
