"""Narrowing the catalog to the options that fit a person's life: every filter declared once.

A ``Filter`` is one declaration: its label and help, the widget that sets it,
its options and how they read, its link parameter and how its value is
written there, the test it applies, and when it is shown. The side panel, the
link's parse and encode, "Clear all filters" and the loosen hints all loop
over ``FILTERS``, so a new filter is one entry in that table.

``filter_options`` applies the choices in table order and reports, after each
filter, how many options remain; ``loosen_hints`` says which filters to relax
when nothing is left. Nothing here copies or changes the catalog: results are
tuples of the same frozen models.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from trd.catalog.formats import format_days
from trd.catalog.models import INVASIVENESS_ORDER, TRIAL_ONLY_STATUSES, Category, CostBand, FdaStatus, Invasiveness, Setting, Treatment
from trd.catalog.numbers_words import has_trd_numbers
from trd.catalog.vocabulary import label
from trd.logic.limits import MAX_ONSET_DAYS, MAX_SEARCH_LENGTH, MAX_VISITS_PER_WEEK
from trd.logic.link_codecs import ChoiceCodec, EnumListCodec, FlagCodec, LinkField, NumberCodec, TextCodec
from trd.logic.schedule import clinic_visits_per_week

REGULATED = (FdaStatus.APPROVED, FdaStatus.CLEARED)
ANY = "any"  # the "no limit" stop of a step slider


class AnesthesiaChoice(StrEnum):
    """Whether options given under general anesthesia are kept."""

    ANY = "any"
    WITHOUT = "no"


class SettingChoice(StrEnum):
    """Where a person wants the treatment to happen."""

    ANY = "any"
    HOME = "home"
    CLINIC = "clinic"  # a clinic or a hospital


class Widget(StrEnum):
    """The kinds of control a filter can have in the side panel."""

    TOGGLE = "toggle"
    CHECKBOX = "checkbox"
    TEXT = "text"
    MULTISELECT = "multiselect"
    SELECT_SLIDER = "select_slider"
    STEP_SLIDER = "step_slider"  # a select slider over ``steps``, with "any" first
    RADIO = "radio"


Predicate = Callable[[Treatment], bool]


def _same(value: Any) -> Any:
    return value


def _stop_for(value: Any) -> Any:
    return ANY if value is None else value


def _always(treatments: Sequence[Treatment]) -> bool:
    del treatments
    return True


@dataclass(frozen=True)
class Filter(LinkField):
    """One filter, declared once: how it looks, how it travels in a link, and what it keeps.

    ``test`` turns a chosen value into a predicate, or None when that value keeps
    every option. ``to_widget`` and ``from_widget`` convert between the value
    and what its widget holds (a toggle holds a bool for an enum value, say).
    """

    label: str = ""
    hint_label: str = ""  # the filter's name in "Loosening ... would bring back N options"; the label when empty
    widget: Widget = Widget.CHECKBOX
    test: Callable[[Any], Predicate | None] = lambda value: None
    help: str | None = None
    placeholder: str | None = None
    options: tuple[Any, ...] = ()  # the choices of a multiselect, radio or select slider
    steps: tuple[float, ...] = ()  # the stops of a step slider (a value from a link is added)
    format_option: Callable[[Any], str] = str
    to_widget: Callable[[Any], Any] = _same
    from_widget: Callable[[Any], Any] = _same
    shown_for: Callable[[Sequence[Treatment]], bool] = _always  # some filters only make sense for some catalogs

    @property
    def short_label(self) -> str:
        """The filter's name in hints and summaries."""
        return self.hint_label or self.label

    def widget_key(self, panel_key: str) -> str:
        """The Streamlit key of this filter's widget in the panel ``panel_key``."""
        return f"{panel_key}_{self.key}"


class FilterChoices(Mapping[str, Any]):
    """What a person chose, by filter name; a filter not named keeps its default (and every option)."""

    def __init__(self, values: Mapping[str, Any] | None = None, /, **named: Any) -> None:
        self._values: Mapping[str, Any] = MappingProxyType({**(values or {}), **named})

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return hash(frozenset(self._values.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FilterChoices) and dict(self._values) == dict(other._values)

    def __repr__(self) -> str:
        return f"FilterChoices({dict(self._values)!r})"

    def value(self, spec: Filter) -> Any:
        """The value chosen for ``spec``, or its default."""
        return self._values.get(spec.name, spec.default)

    def without(self, name: str) -> FilterChoices:
        """These choices with the filter ``name`` back at its default."""
        return FilterChoices({key: value for key, value in self._values.items() if key != name})


def choices_from(values: Mapping[str, Any], filters: Sequence[Filter]) -> FilterChoices:
    """Choices holding only the values that differ from each filter's default (so equal views compare equal)."""
    return FilterChoices({spec.name: values[spec.name] for spec in filters if spec.name in values and values[spec.name] != spec.default})


def is_fda_for_trd(treatment: Treatment) -> bool:
    """Approved or cleared by the FDA, for a use that names TRD."""
    return treatment.fda.status in REGULATED and treatment.fda.for_trd


def is_trial_only(treatment: Treatment) -> bool:
    """True when the option is only available in trials (investigational, or under FDA review)."""
    return treatment.fda.status in TRIAL_ONLY_STATUSES


def happens_at_home(treatment: Treatment) -> bool:
    """True when the option can be done at home (its settings include home)."""
    return Setting.HOME in treatment.setting


def search_text(treatment: Treatment) -> str:
    """The lower-case text the search box looks in: name, brands, mechanism and summary."""
    return " ".join((treatment.name, *treatment.brands, treatment.mechanism, treatment.summary)).casefold()


# Words that say nothing about an option; "ketamine and TMS" searches for "ketamine" or "TMS".
SEARCH_FILLER_WORDS = frozenset({"a", "an", "and", "or", "the", "of", "for", "with", "to", "in", "vs", "versus"})
SHORT_SEARCH_WORD = 2  # a word this short ("IV", "T3") must match a whole word, not part of one


def search_words(query: str) -> tuple[str, ...]:
    """The words of a search, lower case, without repeats or filler words (kept when there is nothing else)."""
    words = tuple(dict.fromkeys(re.findall(r"[\w$+-]+", query.casefold())))
    meaningful = tuple(word for word in words if word not in SEARCH_FILLER_WORDS)
    return meaningful or words


def matches_search(treatment: Treatment, words: Sequence[str]) -> bool:
    """True when any of ``words`` is in the option's search text (a short word only as a whole word)."""
    text = search_text(treatment)
    whole_words = set(re.findall(r"[\w$+-]+", text))
    return any(word in whole_words if len(word) <= SHORT_SEARCH_WORD else word in text for word in words)


def _search_test(query: str) -> Predicate | None:
    words = search_words(query)
    return (lambda t: matches_search(t, words)) if words else None


def _in_setting(treatment: Treatment, choice: SettingChoice) -> bool:
    if choice == SettingChoice.HOME:
        return happens_at_home(treatment)
    return Setting.CLINIC in treatment.setting or Setting.HOSPITAL in treatment.setting


def _has_clinic_details(treatments: Sequence[Treatment]) -> bool:
    return any(t.clinic is not None for t in treatments)


def _invasiveness_test(limit: Invasiveness) -> Predicate | None:
    rank = INVASIVENESS_ORDER[limit]
    return (lambda t: INVASIVENESS_ORDER[t.invasiveness] <= rank) if rank < max(INVASIVENESS_ORDER.values()) else None


COST_ORDER = tuple(CostBand)


def _cost_test(limit: CostBand) -> Predicate | None:
    if limit == COST_ORDER[-1]:
        return None
    rank = COST_ORDER.index(limit)
    return lambda t: t.cost is not None and COST_ORDER.index(t.cost.band) <= rank


def _onset_label(value: object) -> str:
    return "Any time" if value == ANY else format_days(float(str(value)))


def _visits_label(value: object) -> str:
    if value == ANY:
        return "Any number"
    number = float(str(value))
    return "None (at home only)" if number == 0 else f"{number:g} a week"


SETTING_CHOICE_LABELS: Mapping[SettingChoice, str] = MappingProxyType(
    {SettingChoice.ANY: "Anywhere", SettingChoice.HOME: "At home", SettingChoice.CLINIC: "In a clinic or hospital"}
)

FILTERS: tuple[Filter, ...] = (
    Filter(
        name="offered_here",
        key="here",
        codec=FlagCodec(),
        default=False,
        label="Offered here",
        widget=Widget.TOGGLE,
        help="Only options this clinic says it offers.",
        test=lambda on: (lambda t: t.clinic is not None and t.clinic.offered_here) if on else None,
        shown_for=_has_clinic_details,
    ),
    Filter(
        name="search",
        key="q",
        codec=TextCodec(MAX_SEARCH_LENGTH, "search text"),
        default="",
        label="Search",
        widget=Widget.TEXT,
        placeholder="Name, brand or how it works",
        help="Finds options that match any of your words, in names, brands, how it works and summaries.",
        test=_search_test,
        from_widget=lambda text: str(text or ""),
    ),
    Filter(
        name="categories",
        key="cat",
        codec=EnumListCodec(Category, "categories"),
        default=(),
        label="Category",
        widget=Widget.MULTISELECT,
        placeholder="All categories",
        options=tuple(Category),
        format_option=label,
        test=lambda wanted: (lambda t: t.category.value in wanted) if wanted else None,
        to_widget=lambda values: [Category(value) for value in values],
        from_widget=lambda chosen: tuple(Category(c).value for c in chosen),
    ),
    Filter(
        name="fda_for_trd",
        key="trd",
        codec=FlagCodec(),
        default=False,
        label="FDA approved or cleared for TRD",
        widget=Widget.CHECKBOX,
        help="Approved (drugs) or cleared (devices) by the US FDA for a use that names treatment-resistant depression.",
        test=lambda on: is_fda_for_trd if on else None,
        from_widget=bool,
    ),
    Filter(
        name="trd_numbers",
        key="trdnum",
        codec=FlagCodec(),
        default=False,
        label="Has trial numbers in TRD",
        widget=Widget.CHECKBOX,
        help="Keeps options with at least one study of people whose depression had not improved after two or more treatments.",
        test=lambda on: has_trd_numbers if on else None,
        from_widget=bool,
    ),
    Filter(
        name="fda_statuses",
        key="fda",
        codec=EnumListCodec(FdaStatus, "FDA statuses"),
        default=(),
        label="FDA status",
        widget=Widget.MULTISELECT,
        placeholder="Any status",
        options=tuple(FdaStatus),
        format_option=label,
        test=lambda wanted: (lambda t: t.fda.status.value in wanted) if wanted else None,
        to_widget=lambda values: [FdaStatus(value) for value in values],
        from_widget=lambda chosen: tuple(FdaStatus(s).value for s in chosen),
    ),
    Filter(
        name="max_invasiveness",
        key="inv",
        codec=ChoiceCodec.of_enum(Invasiveness, "a level of invasiveness", "that filter was left off"),
        default=Invasiveness.SURGICAL,
        label="Most invasive I would consider",
        widget=Widget.SELECT_SLIDER,
        options=tuple(Invasiveness),
        format_option=label,
        test=_invasiveness_test,
        from_widget=Invasiveness,
    ),
    Filter(
        name="anesthesia",
        key="anes",
        codec=ChoiceCodec.of_enum(AnesthesiaChoice, "a choice", "that filter was left off"),
        default=AnesthesiaChoice.ANY,
        label="Leave out options that need anesthesia",
        hint_label="Anesthesia",
        widget=Widget.TOGGLE,
        test=lambda choice: (lambda t: not t.anesthesia) if choice == AnesthesiaChoice.WITHOUT else None,
        to_widget=lambda choice: choice == AnesthesiaChoice.WITHOUT,
        from_widget=lambda on: AnesthesiaChoice.WITHOUT if on else AnesthesiaChoice.ANY,
    ),
    Filter(
        name="setting",
        key="where",
        codec=ChoiceCodec.of_enum(SettingChoice, "a place", "that filter was left off"),
        default=SettingChoice.ANY,
        label="Where it happens",
        widget=Widget.RADIO,
        options=tuple(SettingChoice),
        format_option=lambda choice: SETTING_CHOICE_LABELS[choice],
        test=lambda choice: (lambda t: _in_setting(t, choice)) if choice != SettingChoice.ANY else None,
        from_widget=SettingChoice,
    ),
    Filter(
        name="onset_within_days",
        key="onset",
        codec=NumberCodec(0, MAX_ONSET_DAYS, whole=True),
        default=None,
        label="First benefit can start within",
        widget=Widget.STEP_SLIDER,
        help="Keeps options whose range of time to a first benefit starts at or before this. Most ranges are wide.",
        steps=(1, 3, 7, 14, 28, 56, 90),
        format_option=_onset_label,
        test=lambda days: (lambda t: t.onset_days[0] <= days) if days is not None else None,
        to_widget=_stop_for,
        from_widget=lambda stop: None if stop == ANY else int(stop),
    ),
    Filter(
        name="max_visits_per_week",
        key="visits",
        codec=NumberCodec(0, MAX_VISITS_PER_WEEK),
        default=None,
        label="Clinic visits per week, at most",
        widget=Widget.STEP_SLIDER,
        help="Uses the high end of the usual schedule. Options done at home count as 0 visits.",
        steps=(0, 1, 2, 3, 5),
        format_option=_visits_label,
        test=lambda limit: (lambda t: clinic_visits_per_week(t).high <= limit) if limit is not None else None,
        to_widget=_stop_for,
        from_widget=lambda stop: None if stop == ANY else float(stop),
    ),
    Filter(
        name="max_cost",
        key="cost",
        codec=ChoiceCodec.of_enum(CostBand, "a cost band", "that filter was left off"),
        default=CostBand.VERY_HIGH,
        label="Highest cost I would consider",
        hint_label="Cost",
        widget=Widget.SELECT_SLIDER,
        help="The first course in the US without insurance. Options whose cost the catalog does not give are left out once this is set.",
        options=tuple(CostBand),
        format_option=label,
        test=_cost_test,
        from_widget=CostBand,
    ),
)


def filter_named(name: str, filters: Sequence[Filter] | None = None) -> Filter:
    """The filter called ``name`` (in ``FILTERS`` unless another table is given)."""
    return next(spec for spec in (FILTERS if filters is None else filters) if spec.name == name)


def step_slider_stops(spec: Filter, value: Any) -> list[Any]:
    """A step slider's stops: "any", then the steps with a value from a link added if it is not one of them."""
    stops = sorted({*spec.steps, *([value] if value is not None else [])})
    return [ANY, *stops]


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


def filter_options(treatments: Sequence[Treatment], choices: FilterChoices, filters: Sequence[Filter] | None = None) -> FilterOutcome:
    """Apply ``choices`` in table order; return what remains and the count after each filter."""
    remaining: Sequence[Treatment] = treatments
    steps = []
    for spec in FILTERS if filters is None else filters:
        test = spec.test(choices.value(spec))
        if test is not None:
            remaining = [treatment for treatment in remaining if test(treatment)]
        steps.append(FilterStep(spec.name, spec.short_label, test is not None, len(remaining)))
    return FilterOutcome(options=tuple(remaining), total=len(treatments), steps=tuple(steps))


@dataclass(frozen=True)
class LoosenHint:
    """A filter to relax, and how many options its reset alone would bring back."""

    name: str
    label: str
    would_remain: int


def loosen_hints(
    treatments: Sequence[Treatment], choices: FilterChoices, filters: Sequence[Filter] | None = None
) -> tuple[LoosenHint, ...]:
    """For each active filter, the count if only that filter were reset; most helpful first."""
    table = FILTERS if filters is None else filters
    hints = []
    for spec in table:
        if spec.test(choices.value(spec)) is None:
            continue
        loosened = filter_options(treatments, choices.without(spec.name), table)
        hints.append(LoosenHint(spec.name, spec.short_label, len(loosened.options)))
    return tuple(sorted(hints, key=lambda hint: -hint.would_remain))
