"""Where the Compare page's settings live: session state first, the URL as its mirror."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from components.widget_state import mirror_to_link
from trd.logic.links import COMPARE_KEYS, CompareView, encode_compare, parse_compare

VIEW_KEY = "compare_view"
NOTES_KEY = "compare_link_notes"
_PHONE_HINTS = ("iphone", "android", "mobile")


def _looks_like_phone() -> bool:
    agent = (st.context.headers.get("User-Agent") or "").lower()
    return any(hint in agent for hint in _PHONE_HINTS)


def stored_compare_view() -> CompareView:
    """This session's Compare settings, or those in the link on a first visit.

    Without ``layout`` in the link, a phone's browser starts with cards, as
    columns would be squeezed on its narrow screen.
    """
    if VIEW_KEY not in st.session_state:
        params = st.query_params.to_dict()
        parsed = parse_compare(params)
        view = parsed.view
        if "layout" not in params and _looks_like_phone():
            view = replace(view, cards_layout=True)
        st.session_state[VIEW_KEY] = view
        st.session_state[NOTES_KEY] = parsed.notes
    view = st.session_state[VIEW_KEY]
    assert isinstance(view, CompareView)
    return view


def store_compare_view(view: CompareView) -> None:
    """Keep ``view`` for this session and mirror it in the URL."""
    st.session_state[VIEW_KEY] = view
    mirror_to_link(encode_compare(view), COMPARE_KEYS)


def dismiss_compare_notes() -> None:
    """A callback: the link's notes have done their job once the person changes something."""
    st.session_state[NOTES_KEY] = ()
