"""The Explore and Compare views and the picks, as link parameters, both ways.

Each view is a set of declared link fields: Explore's are every filter in
``trd.logic.filtering.FILTERS`` plus the weights of what matters (``want``: very
important, as old links with ``want=`` meant "matters most"; ``some``: somewhat),
whether trial-only options are ordered too, and the table-or-cards choice;
Compare's are the travel time, hiding rows that are the same, and the layout.
Parsing never raises: every value it cannot use is left out and explained in
a plain note, and the rest of the link still applies. Encoding
writes only what differs from the defaults, so links stay short.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from trd.catalog.models import OutcomeMeasure
from trd.logic import filtering
from trd.logic.filtering import Filter, FilterChoices, choices_from
from trd.logic.limits import DEFAULT_TRAVEL_MINUTES, MAX_PICKS, MAX_TRAVEL_MINUTES
from trd.logic.link_codecs import (
    ChoiceCodec,
    EnumListCodec,
    FlagCodec,
    LinkField,
    NumberCodec,
    encode_fields,
    parse_fields,
    short,
    split_list,
)
from trd.logic.ranking import Priority, Weights

PICK_KEY = "pick"
PRESENT_KEY = "present"  # present=1 opens presentation mode (components/presenter.py)
SHARED_KEYS = (PICK_KEY, PRESENT_KEY)

EXPLORE_FIELDS: tuple[LinkField, ...] = (
    LinkField("very", "want", EnumListCodec(Priority, "priorities"), ()),
    LinkField("somewhat", "some", EnumListCodec(Priority, "priorities"), ()),
    LinkField("include_trials", "trials", FlagCodec(), False),
    LinkField("show_cards", "view", ChoiceCodec({"table": False, "cards": True}, "a view", "showing the table"), False),
)
COMPARE_FIELDS: tuple[LinkField, ...] = (
    LinkField("travel_minutes", "travel", NumberCodec(0, MAX_TRAVEL_MINUTES, whole=True), DEFAULT_TRAVEL_MINUTES),
    LinkField("hide_same_rows", "same", ChoiceCodec({"show": False, "hide": True}, "a choice", "rows that are the same are hidden"), True),
    LinkField("cards_layout", "layout", ChoiceCodec({"columns": False, "cards": True}, "a layout", "showing columns"), False),
    LinkField("measure", "measure", ChoiceCodec.of_enum(OutcomeMeasure, "a measure", "the measure most picks have is shown"), None),
)


@dataclass(frozen=True)
class ExploreView:
    """Everything the Explore page shows that a link can carry (picks aside)."""

    choices: FilterChoices = field(default_factory=FilterChoices)
    weights: Weights = field(default_factory=Weights)
    include_trials: bool = False  # order trial-only options with the rest
    show_cards: bool = False


@dataclass(frozen=True)
class CompareView:
    """The Compare page's own settings."""

    travel_minutes: int = DEFAULT_TRAVEL_MINUTES
    hide_same_rows: bool = True  # the answers come first; rows that are the same only add length below them
    cards_layout: bool = False
    measure: OutcomeMeasure | None = None  # None: the measure most picks have numbers for


View = TypeVar("View")


@dataclass(frozen=True)
class Parsed(Generic[View]):
    """A view read from a link, and a note for every part of the link that was left out."""

    view: View
    notes: tuple[str, ...]


def _filters(filters: Sequence[Filter] | None) -> Sequence[Filter]:
    return filtering.FILTERS if filters is None else filters  # read at call time, so a test can add a filter


def _keys(fields: Sequence[LinkField]) -> tuple[str, ...]:
    return tuple(item.key for item in fields)


def explore_keys(filters: Sequence[Filter] | None = None) -> tuple[str, ...]:
    """The link parameters the Explore view owns."""
    return (*_keys(_filters(filters)), *_keys(EXPLORE_FIELDS))


COMPARE_KEYS = _keys(COMPARE_FIELDS)


def _note_unknown_keys(params: Mapping[str, str], filters: Sequence[Filter], notes: list[str]) -> None:
    known = {*explore_keys(filters), *COMPARE_KEYS, *SHARED_KEYS}
    unknown = [key for key in params if key not in known]
    if unknown:
        notes.append(f"The link has settings this app does not use ({short(', '.join(unknown))}); they were ignored.")


def parse_explore(params: Mapping[str, str], filters: Sequence[Filter] | None = None) -> Parsed[ExploreView]:
    """Read the Explore view from link parameters; unusable values become notes, never errors."""
    table = _filters(filters)
    notes: list[str] = []
    choices = choices_from(parse_fields(params, table, notes), table)
    own = parse_fields(params, EXPLORE_FIELDS, notes)
    _note_unknown_keys(params, table, notes)
    very = tuple(Priority(item) for item in own["very"])
    weights = Weights(very, tuple(Priority(item) for item in own["somewhat"] if item not in very))
    view = ExploreView(choices, weights, bool(own["include_trials"]), bool(own["show_cards"]))
    return Parsed(view, tuple(notes))


def encode_explore(view: ExploreView, filters: Sequence[Filter] | None = None) -> dict[str, str]:
    """The link parameters for ``view``; defaults are left out."""
    table = _filters(filters)
    values = {spec.name: view.choices.value(spec) for spec in table}
    own = {
        "very": view.weights.very,
        "somewhat": view.weights.somewhat,
        "include_trials": view.include_trials,
        "show_cards": view.show_cards,
    }
    return {**encode_fields(values, table), **encode_fields(own, EXPLORE_FIELDS)}


def parse_compare(params: Mapping[str, str]) -> Parsed[CompareView]:
    """Read the Compare page's settings from link parameters; unusable values become notes."""
    notes: list[str] = []
    values = parse_fields(params, COMPARE_FIELDS, notes)
    _note_unknown_keys(params, filtering.FILTERS, notes)
    view = CompareView(int(values["travel_minutes"]), bool(values["hide_same_rows"]), bool(values["cards_layout"]), values["measure"])
    return Parsed(view, tuple(notes))


def encode_compare(view: CompareView) -> dict[str, str]:
    """The link parameters for the Compare settings; defaults are left out."""
    values = {
        "travel_minutes": view.travel_minutes,
        "hide_same_rows": view.hide_same_rows,
        "cards_layout": view.cards_layout,
        "measure": view.measure,
    }
    return encode_fields(values, COMPARE_FIELDS)


def parse_picks(value: str, names: Mapping[str, str]) -> Parsed[tuple[str, ...]]:
    """The picked option ids in a link's ``pick=a,b,c``, given every known id's name.

    Returns known ids in link order, without repeats, at most six. Unknown ids and
    those past the sixth are left out, each with a note (naming the options left out).
    """
    wanted = list(dict.fromkeys(split_list(value)))
    unknown = [item for item in wanted if item not in names]
    known = [item for item in wanted if item in names]
    notes = []
    if unknown:
        notes.append(f"{len(unknown)} option(s) in the link are not in this catalog and were left out.")
    if len(known) > MAX_PICKS:
        extra = [names[item] for item in known[MAX_PICKS:]]
        left_out = "; ".join(extra[:3]) + (f"; and {len(extra) - 3} more" if len(extra) > 3 else "")
        notes.append(f"The link picks {len(known)} options and up to {MAX_PICKS} can be compared, so these were left out: {left_out}.")
    return Parsed(view=tuple(known[:MAX_PICKS]), notes=tuple(notes))
