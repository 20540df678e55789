"""Narrowing the catalog to the options that fit a person's life.

``filter_options`` applies the choices in the order the sidebar shows them and
reports, after each filter, how many options remain; ``loosen_hints`` says
which filters to relax when nothing is left. Nothing here copies or changes
the catalog: results are tuples of the same frozen models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from trd.catalog.models import INVASIVENESS_ORDER, FdaStatus, Invasiveness, Setting, Treatment
from trd.logic.schedule import clinic_visits_per_week

REGULATED = (FdaStatus.APPROVED, FdaStatus.CLEARED)


class AnesthesiaChoice(StrEnum):
    """Whether options given under general anesthesia are kept."""

    ANY = "any"
    WITHOUT = "no"


class SettingChoice(StrEnum):
    """Where a person wants the treatment to happen."""

    ANY = "any"
    HOME = "home"
    CLINIC = "clinic"  # a clinic or a hospital


SETTING_CHOICE_LABELS: dict[SettingChoice, str] = {
    SettingChoice.ANY: "Anywhere",
    SettingChoice.HOME: "At home",
    SettingChoice.CLINIC: "In a clinic or hospital",
}


@dataclass(frozen=True)
class FilterChoices:
    """Everything a person can narrow by; the defaults keep every option."""

    categories: tuple[str, ...] = ()  # Category values; empty keeps all
    fda_statuses: tuple[str, ...] = ()  # FdaStatus values; empty keeps all
    fda_for_trd: bool = False  # only approved or cleared for TRD
    max_invasiveness: Invasiveness = Invasiveness.SURGICAL
    anesthesia: AnesthesiaChoice = AnesthesiaChoice.ANY
    setting: SettingChoice = SettingChoice.ANY
    onset_within_days: int | None = None
    max_visits_per_week: float | None = None
    search: str = ""
    offered_here: bool = False


def is_fda_for_trd(treatment: Treatment) -> bool:
    """Approved or cleared by the FDA, for a use that names TRD."""
    return treatment.fda.status in REGULATED and treatment.fda.for_trd


def happens_at_home(treatment: Treatment) -> bool:
    """True when the option can be done at home (its settings include home)."""
    return Setting.HOME in treatment.setting


def search_text(treatment: Treatment) -> str:
    """The lower-case text the search box looks in: name, brands, mechanism and summary."""
    return " ".join((treatment.name, *treatment.brands, treatment.mechanism, treatment.summary)).casefold()


def _matches_search(treatment: Treatment, query: str) -> bool:
    haystack = search_text(treatment)
    return all(word in haystack for word in query.casefold().split())


def _in_setting(treatment: Treatment, choice: SettingChoice) -> bool:
    if choice == SettingChoice.HOME:
        return happens_at_home(treatment)
    return Setting.CLINIC in treatment.setting or Setting.HOSPITAL in treatment.setting


Predicate = Callable[[Treatment], bool]


@dataclass(frozen=True)
class FilterSpec:
    """One sidebar filter: its name, label, and the test it applies (None when it keeps all)."""

    name: str
    label: str
    reset: Callable[[FilterChoices], FilterChoices]
    test: Callable[[FilterChoices], Predicate | None]


def _category_test(choices: FilterChoices) -> Predicate | None:
    wanted = set(choices.categories)
    return (lambda t: t.category.value in wanted) if wanted else None


def _fda_test(choices: FilterChoices) -> Predicate | None:
    wanted = set(choices.fda_statuses)
    return (lambda t: t.fda.status.value in wanted) if wanted else None


def _trd_test(choices: FilterChoices) -> Predicate | None:
    return is_fda_for_trd if choices.fda_for_trd else None


def _invasiveness_test(choices: FilterChoices) -> Predicate | None:
    limit = INVASIVENESS_ORDER[choices.max_invasiveness]
    if limit == max(INVASIVENESS_ORDER.values()):
        return None
    return lambda t: INVASIVENESS_ORDER[t.invasiveness] <= limit


def _anesthesia_test(choices: FilterChoices) -> Predicate | None:
    return (lambda t: not t.anesthesia) if choices.anesthesia == AnesthesiaChoice.WITHOUT else None


def _setting_test(choices: FilterChoices) -> Predicate | None:
    choice = choices.setting
    return (lambda t: _in_setting(t, choice)) if choice != SettingChoice.ANY else None


def _onset_test(choices: FilterChoices) -> Predicate | None:
    days = choices.onset_within_days
    return (lambda t: t.onset_days[0] <= days) if days is not None else None


def _visits_test(choices: FilterChoices) -> Predicate | None:
    limit = choices.max_visits_per_week
    return (lambda t: clinic_visits_per_week(t).high <= limit) if limit is not None else None


def _search_test(choices: FilterChoices) -> Predicate | None:
    query = choices.search.strip()
    return (lambda t: _matches_search(t, query)) if query else None


def _offered_test(choices: FilterChoices) -> Predicate | None:
    return (lambda t: t.clinic is not None and t.clinic.offered_here) if choices.offered_here else None


FILTERS: tuple[FilterSpec, ...] = (
    FilterSpec("offered_here", "Offered here", lambda c: replace(c, offered_here=False), _offered_test),
    FilterSpec("search", "Search", lambda c: replace(c, search=""), _search_test),
    FilterSpec("categories", "Category", lambda c: replace(c, categories=()), _category_test),
    FilterSpec("fda_for_trd", "FDA approved or cleared for TRD", lambda c: replace(c, fda_for_trd=False), _trd_test),
    FilterSpec("fda_statuses", "FDA status", lambda c: replace(c, fda_statuses=()), _fda_test),
    FilterSpec(
        "max_invasiveness",
        "Most invasive I would consider",
        lambda c: replace(c, max_invasiveness=Invasiveness.SURGICAL),
        _invasiveness_test,
    ),
    FilterSpec("anesthesia", "Anesthesia", lambda c: replace(c, anesthesia=AnesthesiaChoice.ANY), _anesthesia_test),
    FilterSpec("setting", "Where it happens", lambda c: replace(c, setting=SettingChoice.ANY), _setting_test),
    FilterSpec("onset_within_days", "First benefit can start within", lambda c: replace(c, onset_within_days=None), _onset_test),
    FilterSpec("max_visits_per_week", "Clinic visits per week, at most", lambda c: replace(c, max_visits_per_week=None), _visits_test),
)

FILTERS_BY_NAME: dict[str, FilterSpec] = {spec.name: spec for spec in FILTERS}


@dataclass(frozen=True)
class FilterStep:
    """One filter as applied: whether it narrows anything, and how many options remain after it."""

    name: str
    label: str
    active: bool
    remaining: int


@dataclass(frozen=True)
class FilterOutcome:
    """The options that pass every filter (catalog order) and the count after each filter."""

    options: tuple[Treatment, ...]
    total: int
    steps: tuple[FilterStep, ...] = field(default=())

    def remaining_after(self, name: str) -> int:
        """How many options remain after the filter ``name`` (and every filter above it)."""
        for step in self.steps:
            if step.name == name:
                return step.remaining
        raise KeyError(name)

    @property
    def active_labels(self) -> tuple[str, ...]:
        """Labels of the filters that narrow the list."""
        return tuple(step.label for step in self.steps if step.active)


def filter_options(treatments: Sequence[Treatment], choices: FilterChoices) -> FilterOutcome:
    """Apply ``choices`` in sidebar order; return what remains and the count after each filter."""
    remaining: Sequence[Treatment] = treatments
    steps = []
    for spec in FILTERS:
        test = spec.test(choices)
        if test is not None:
            remaining = [treatment for treatment in remaining if test(treatment)]
        steps.append(FilterStep(spec.name, spec.label, test is not None, len(remaining)))
    return FilterOutcome(options=tuple(remaining), total=len(treatments), steps=tuple(steps))


@dataclass(frozen=True)
class LoosenHint:
    """A filter to relax, and how many options its reset alone would bring back."""

    name: str
    label: str
    would_remain: int


def loosen_hints(treatments: Sequence[Treatment], choices: FilterChoices) -> tuple[LoosenHint, ...]:
    """For each active filter, the count if only that filter were reset; most helpful first."""
    hints = []
    for spec in FILTERS:
        if spec.test(choices) is None:
            continue
        loosened = filter_options(treatments, spec.reset(choices))
        hints.append(LoosenHint(spec.name, spec.label, len(loosened.options)))
    return tuple(sorted(hints, key=lambda hint: -hint.would_remain))
