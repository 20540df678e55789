"""The Compare page's settings (measure, travel time, hiding rows that are the same, layout), kept and mirrored in the link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import streamlit as st

from components.stored_view import StoredView
from trd.catalog.models import OutcomeMeasure
from trd.logic.links import COMPARE_KEYS, CompareView, encode_compare, parse_compare

_PHONE_HINTS = ("iphone", "android", "mobile")
TRAVEL_KEY = "compare_travel"
HIDE_SAME_KEY = "compare_hide_same"
LAYOUT_KEY = "compare_layout"
MEASURE_KEY = "compare_measure"


def _looks_like_phone() -> bool:
    agent = (st.context.headers.get("User-Agent") or "").lower()
    return any(hint in agent for hint in _PHONE_HINTS)


def _cards_on_a_phone(view: CompareView, params: Mapping[str, str]) -> CompareView:
    """Without ``layout`` in the link, a phone's browser starts with cards: columns would be squeezed."""
    if "layout" not in params and _looks_like_phone():
        return replace(view, cards_layout=True)
    return view


COMPARE_VIEW: StoredView[CompareView] = StoredView("compare", parse_compare, encode_compare, lambda: COMPARE_KEYS, _cards_on_a_phone)


def view_from_widgets() -> CompareView:
    """The Compare settings as the page's widgets hold them now; the measure stays as the view has it (see ``measure_chosen``)."""
    state = st.session_state
    return CompareView(
        travel_minutes=int(state[TRAVEL_KEY]),
        hide_same_rows=bool(state[HIDE_SAME_KEY]),
        cards_layout=state[LAYOUT_KEY] == "cards",
        measure=COMPARE_VIEW.read().measure,
    )


def settings_changed() -> None:
    """A callback of every Compare setting: keep the new settings and drop the link's notes."""
    COMPARE_VIEW.write(view_from_widgets())
    COMPARE_VIEW.dismiss_notes()


def measure_chosen() -> None:
    """The measure control's callback: from now on the person's choice holds, whatever the picks (until then it follows them)."""
    COMPARE_VIEW.write(replace(view_from_widgets(), measure=OutcomeMeasure(st.session_state[MEASURE_KEY])))
    COMPARE_VIEW.dismiss_notes()
