"""The Explore and Compare views as link parameters, both ways.

A link can come from anyone (a clinic's email, an old bookmark, a typo), so
parsing never raises: every value it cannot use is left out and explained in
a plain note, and the rest of the link still applies. Encoding writes only
what differs from the defaults, so links stay short.

Explore: ``cat``, ``fda``, ``trd``, ``inv``, ``anes``, ``where``, ``onset``,
``visits``, ``q``, ``here``, ``want``, ``view``. Compare: ``travel``, ``same``,
``layout``. Both: ``pick`` (handled by the picked-options component).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from trd.catalog.models import Category, FdaStatus, Invasiveness
from trd.logic.filtering import AnesthesiaChoice, FilterChoices, SettingChoice
from trd.logic.ranking import Priority

EXPLORE_KEYS = ("cat", "fda", "trd", "inv", "anes", "where", "onset", "visits", "q", "here", "want", "view")
COMPARE_KEYS = ("travel", "same", "layout")
SHARED_KEYS = ("pick", "present")  # present=1 opens presentation mode (components/presenter.py)
MAX_SEARCH_LENGTH = 100
MAX_ONSET_DAYS = 365
MAX_VISITS_PER_WEEK = 14
DEFAULT_TRAVEL_MINUTES = 30
MAX_TRAVEL_MINUTES = 300


@dataclass(frozen=True)
class ExploreView:
    """Everything the Explore page shows that a link can carry (picks aside)."""

    choices: FilterChoices = field(default_factory=FilterChoices)
    priorities: tuple[Priority, ...] = ()
    show_cards: bool = False


@dataclass(frozen=True)
class CompareView:
    """The Compare page's own settings."""

    travel_minutes: int = DEFAULT_TRAVEL_MINUTES
    hide_same_rows: bool = False
    cards_layout: bool = False


View = TypeVar("View")


@dataclass(frozen=True)
class Parsed(Generic[View]):
    """A view read from a link, and a note for every part of the link that was left out."""

    view: View
    notes: tuple[str, ...]


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _flag(key: str, value: str, notes: list[str]) -> bool:
    if value in ("1", "true", "yes"):
        return True
    if value not in ("0", "false", "no", ""):
        notes.append(f"'{key}={_short(value)}' is not on or off (use {key}=1), so it was left out.")
    return False


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


def _enum_list(key: str, value: str, kind: type[StrEnum], what: str, notes: list[str]) -> tuple[str, ...]:
    known = {member.value for member in kind}
    wanted = list(dict.fromkeys(_list(value)))
    unknown = [item for item in wanted if item not in known]
    if unknown:
        notes.append(f"The link names {len(unknown)} {what} this app does not know ({_short(', '.join(unknown))}); left out.")
    order = [member.value for member in kind]
    return tuple(sorted((item for item in wanted if item in known), key=order.index))


def _number(key: str, value: str, low: float, high: float, notes: list[str]) -> float | None:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or not low <= number <= high:
        notes.append(f"'{key}={_short(value)}' is not a number from {low:g} to {high:g}, so it was left out.")
        return None
    return number


def _unknown_keys(params: Mapping[str, str], own: tuple[str, ...], notes: list[str]) -> None:
    known = set(EXPLORE_KEYS) | set(COMPARE_KEYS) | set(SHARED_KEYS)
    unknown = [key for key in params if key not in known and key not in own]
    if unknown:
        notes.append(f"The link has settings this app does not use ({_short(', '.join(unknown))}); they were ignored.")


def parse_explore(params: Mapping[str, str]) -> Parsed[ExploreView]:
    """Read the Explore view from link parameters; unusable values become notes, never errors."""
    notes: list[str] = []
    get = params.get
    categories = _enum_list("cat", get("cat", ""), Category, "categories", notes)
    statuses = _enum_list("fda", get("fda", ""), FdaStatus, "FDA statuses", notes)
    priorities = tuple(Priority(item) for item in _enum_list("want", get("want", ""), Priority, "priorities", notes))
    max_invasiveness = Invasiveness.SURGICAL
    if "inv" in params:
        try:
            max_invasiveness = Invasiveness(params["inv"])
        except ValueError:
            notes.append(f"'inv={_short(params['inv'])}' is not a level of invasiveness this app knows; that filter was left off.")
    anesthesia = AnesthesiaChoice.ANY
    if "anes" in params:
        if params["anes"] == AnesthesiaChoice.WITHOUT.value:
            anesthesia = AnesthesiaChoice.WITHOUT
        elif params["anes"] != AnesthesiaChoice.ANY.value:
            notes.append(f"'anes={_short(params['anes'])}' is not a choice here (use anes=no); that filter was left off.")
    setting = SettingChoice.ANY
    if "where" in params:
        try:
            setting = SettingChoice(params["where"])
        except ValueError:
            notes.append(f"'where={_short(params['where'])}' is not a place this app knows (use home or clinic); that filter was left off.")
    onset = _number("onset", params["onset"], 0, MAX_ONSET_DAYS, notes) if "onset" in params else None
    visits = _number("visits", params["visits"], 0, MAX_VISITS_PER_WEEK, notes) if "visits" in params else None
    search = get("q", "").strip()
    if len(search) > MAX_SEARCH_LENGTH:
        notes.append(f"The search text in the link was longer than {MAX_SEARCH_LENGTH} characters and was shortened.")
        search = search[:MAX_SEARCH_LENGTH]
    view_value = get("view", "table")
    if view_value not in ("table", "cards"):
        notes.append(f"'view={_short(view_value)}' is not a view here (use table or cards); showing the table.")
    _unknown_keys(params, EXPLORE_KEYS, notes)
    choices = FilterChoices(
        categories=categories,
        fda_statuses=statuses,
        fda_for_trd=_flag("trd", get("trd", ""), notes),
        max_invasiveness=max_invasiveness,
        anesthesia=anesthesia,
        setting=setting,
        onset_within_days=round(onset) if onset is not None else None,
        max_visits_per_week=visits,
        search=search,
        offered_here=_flag("here", get("here", ""), notes),
    )
    return Parsed(ExploreView(choices, priorities, view_value == "cards"), tuple(notes))


def encode_explore(view: ExploreView) -> dict[str, str]:
    """The link parameters for ``view``; defaults are left out."""
    choices = view.choices
    params: dict[str, str] = {}
    if choices.categories:
        params["cat"] = ",".join(choices.categories)
    if choices.fda_statuses:
        params["fda"] = ",".join(choices.fda_statuses)
    if choices.fda_for_trd:
        params["trd"] = "1"
    if choices.max_invasiveness != Invasiveness.SURGICAL:
        params["inv"] = choices.max_invasiveness.value
    if choices.anesthesia != AnesthesiaChoice.ANY:
        params["anes"] = choices.anesthesia.value
    if choices.setting != SettingChoice.ANY:
        params["where"] = choices.setting.value
    if choices.onset_within_days is not None:
        params["onset"] = str(choices.onset_within_days)
    if choices.max_visits_per_week is not None:
        params["visits"] = f"{choices.max_visits_per_week:g}"
    if choices.search.strip():
        params["q"] = choices.search.strip()
    if choices.offered_here:
        params["here"] = "1"
    if view.priorities:
        params["want"] = ",".join(priority.value for priority in view.priorities)
    if view.show_cards:
        params["view"] = "cards"
    return params


def parse_compare(params: Mapping[str, str]) -> Parsed[CompareView]:
    """Read the Compare page's settings from link parameters; unusable values become notes."""
    notes: list[str] = []
    travel = DEFAULT_TRAVEL_MINUTES
    if "travel" in params:
        number = _number("travel", params["travel"], 0, MAX_TRAVEL_MINUTES, notes)
        travel = round(number) if number is not None else DEFAULT_TRAVEL_MINUTES
    same = params.get("same", "show")
    if same not in ("show", "hide"):
        notes.append(f"'same={_short(same)}' is not a choice here (use show or hide); all rows are shown.")
    layout = params.get("layout", "columns")
    if layout not in ("columns", "cards"):
        notes.append(f"'layout={_short(layout)}' is not a layout here (use columns or cards); showing columns.")
    _unknown_keys(params, COMPARE_KEYS, notes)
    return Parsed(CompareView(travel, same == "hide", layout == "cards"), tuple(notes))


def encode_compare(view: CompareView) -> dict[str, str]:
    """The link parameters for the Compare settings; defaults are left out."""
    params: dict[str, str] = {}
    if view.travel_minutes != DEFAULT_TRAVEL_MINUTES:
        params["travel"] = str(view.travel_minutes)
    if view.hide_same_rows:
        params["same"] = "hide"
    if view.cards_layout:
        params["layout"] = "cards"
    return params


MAX_PICKS = 6  # Compare shows at most six options side by side


def parse_picks(value: str, names: Mapping[str, str]) -> Parsed[tuple[str, ...]]:
    """The picked option ids in a link's ``pick=a,b,c``, given every known id's name.

    Returns known ids in link order, without repeats, at most six. Unknown ids and
    those past the sixth are left out, each with a note (naming the options left out).
    """
    wanted = list(dict.fromkeys(_list(value)))
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
