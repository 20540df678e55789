"""A page's view kept for the session and mirrored in the link: one helper for every page.

``st.navigation`` clears the URL on a page switch, so the session keeps each
page's view; the link is read only on the first visit of a session, and
every part of it that could not be used becomes a note shown until the
person changes something. Only the page that owns a view writes it (its
widgets' callbacks included); other pages and the presenter read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

import streamlit as st

from components.widget_state import mirror_to_link
from trd.logic.links import Parsed

View = TypeVar("View")


def _unchanged(view: View, params: Mapping[str, str]) -> View:
    del params
    return view


@dataclass(frozen=True)
class StoredView(Generic[View]):
    """Where one page's view lives: its session key, its link codec and the link parameters it owns."""

    name: str  # "explore": the view is kept under "explore_view", its link notes under "explore_link_notes"
    parse: Callable[[Mapping[str, str]], Parsed[View]]
    encode: Callable[[View], dict[str, str]]
    owned_keys: Callable[[], tuple[str, ...]]
    first_visit: Callable[[View, Mapping[str, str]], View] = _unchanged  # adjust a view read from a link

    @property
    def state_key(self) -> str:
        return f"{self.name}_view"

    @property
    def notes_key(self) -> str:
        return f"{self.name}_link_notes"

    def read(self) -> View:
        """The view this session last showed, or the one in the link on a first visit."""
        if self.state_key not in st.session_state:
            params = st.query_params.to_dict()
            parsed = self.parse(params)
            st.session_state[self.state_key] = self.first_visit(parsed.view, params)
            st.session_state[self.notes_key] = parsed.notes
        view: View = st.session_state[self.state_key]
        return view

    def write(self, view: View) -> None:
        """Keep ``view`` for this session and mirror it in the link (only the owning page calls this)."""
        st.session_state[self.state_key] = view
        mirror_to_link(self.encode(view), self.owned_keys())

    def dismiss_notes(self) -> None:
        """A callback: once the person changes something, the link's notes have done their job."""
        st.session_state[self.notes_key] = ()
