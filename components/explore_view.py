"""The Explore page's view (filters, priorities, table or cards), kept for the session and mirrored in the link."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from components.filter_panel import clear_filters
from components.stored_view import StoredView
from trd.logic.filtering import FilterChoices
from trd.logic.links import ExploreView, encode_explore, explore_keys, parse_explore
from trd.logic.ranking import what_matters_lines

EXPLORE_VIEW: StoredView[ExploreView] = StoredView("explore", parse_explore, encode_explore, explore_keys)


def reset_filters() -> None:
    """A callback: back to every option, keeping the person's priorities and picks."""
    EXPLORE_VIEW.write(replace(EXPLORE_VIEW.read(), choices=FilterChoices()))
    clear_filters()
    EXPLORE_VIEW.dismiss_notes()


def what_matters_lines_now() -> tuple[str, ...]:
    """What the person said matters on Explore this session, as lines for the sheet; none before Explore was opened.

    Reads the stored view without parsing the link, so another page's link is never read as Explore's.
    """
    view = st.session_state.get(EXPLORE_VIEW.state_key)
    return what_matters_lines(view.weights) if isinstance(view, ExploreView) else ()
