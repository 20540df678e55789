"""The Explore page's view (filters, priorities, table or cards), kept for the session and mirrored in the link."""

from __future__ import annotations

from dataclasses import replace

from components.filter_panel import clear_filters
from components.stored_view import StoredView
from trd.logic.filtering import FilterChoices
from trd.logic.links import ExploreView, encode_explore, explore_keys, parse_explore

EXPLORE_VIEW: StoredView[ExploreView] = StoredView("explore", parse_explore, encode_explore, explore_keys)


def reset_filters() -> None:
    """A callback: back to every option, keeping the person's priorities and picks."""
    EXPLORE_VIEW.write(replace(EXPLORE_VIEW.read(), choices=FilterChoices()))
    clear_filters()
    EXPLORE_VIEW.dismiss_notes()
