"""The Compare page's settings (travel time, hide rows that are the same, layout), kept for the session and mirrored in the link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import streamlit as st

from components.stored_view import StoredView
from trd.logic.links import COMPARE_KEYS, CompareView, encode_compare, parse_compare

_PHONE_HINTS = ("iphone", "android", "mobile")
TRAVEL_KEY = "compare_travel"
HIDE_SAME_KEY = "compare_hide_same"
LAYOUT_KEY = "compare_layout"


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
    """The Compare settings as the page's widgets hold them now."""
    state = st.session_state
    return CompareView(
        travel_minutes=int(state[TRAVEL_KEY]),
        hide_same_rows=bool(state[HIDE_SAME_KEY]),
        cards_layout=state[LAYOUT_KEY] == "cards",
    )


def settings_changed() -> None:
    """A callback of every Compare setting: keep the new settings and drop the link's notes."""
    COMPARE_VIEW.write(view_from_widgets())
    COMPARE_VIEW.dismiss_notes()
