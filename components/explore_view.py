"""Where the Explore view lives: session state first, the URL as its mirror.

Page switches made by ``st.navigation`` clear the URL, so the session keeps
the view; a link is read only on the first visit of a session.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from components.filter_panel import clear_filters
from components.widget_state import mirror_to_link
from trd.logic.filtering import FilterChoices
from trd.logic.links import EXPLORE_KEYS, ExploreView, encode_explore, parse_explore

VIEW_KEY = "explore_view"
NOTES_KEY = "explore_link_notes"


def stored_explore_view() -> ExploreView:
    """The view this session last showed, or the one in the link on a first visit."""
    if VIEW_KEY not in st.session_state:
        parsed = parse_explore(st.query_params.to_dict())
        st.session_state[VIEW_KEY] = parsed.view
        st.session_state[NOTES_KEY] = parsed.notes
    view = st.session_state[VIEW_KEY]
    assert isinstance(view, ExploreView)
    return view


def store_explore_view(view: ExploreView) -> None:
    """Keep ``view`` for this session and mirror it in the URL."""
    st.session_state[VIEW_KEY] = view
    mirror_to_link(encode_explore(view), EXPLORE_KEYS)


def reset_filters() -> None:
    """A callback: back to every option, keeping the person's priorities and picks."""
    view = stored_explore_view()
    st.session_state[VIEW_KEY] = replace(view, choices=FilterChoices())
    clear_filters()
    dismiss_link_notes()


def dismiss_link_notes() -> None:
    """A callback: once the person changes something, the link's notes have done their job."""
    st.session_state[NOTES_KEY] = ()
