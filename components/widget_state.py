"""Seeding widgets from a stored view, so a page keeps its state across page switches.

Streamlit forgets a widget's value once a run does not draw it (as on another
page). Pages keep their view in a plain session-state entry and seed each
widget key from it before the widget is drawn; widgets are then created
without a default, so there is one source of truth.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from trd.render.safe_markdown import escape_markdown


def seed(key: str, value: Any) -> None:
    """Give widget ``key`` its starting value unless it already has one this session."""
    if key not in st.session_state:
        st.session_state[key] = value


def mirror_to_link(params: dict[str, str], owned_keys: tuple[str, ...]) -> None:
    """Make the URL's ``owned_keys`` match ``params``; other parameters (such as ``pick``) are left alone."""
    current = st.query_params
    for name in owned_keys:
        wanted = params.get(name)
        if wanted is None:
            if name in current:
                del current[name]
        elif current.get(name) != wanted:
            current[name] = wanted


def link_notes(key: str) -> None:
    """Show the notes about a link's unusable values (stored under ``key``) until they are dismissed."""
    notes = st.session_state.get(key) or ()
    if not notes:
        return
    with st.container(key=f"{key}_box"):
        st.info(
            "**Part of this link could not be used.** The rest of it was applied.\n\n"
            + "\n".join(f"- {escape_markdown(note)}" for note in notes)
        )
        st.button("Dismiss", key=f"{key}_dismiss", on_click=_dismiss, args=(key,))


def _dismiss(key: str) -> None:
    st.session_state[key] = ()
