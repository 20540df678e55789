"""Tabs that keep the open tab when a run does not draw them (the print view) and when a label changes (a count).

Streamlit's keyed tabs forget their tab in both cases: a widget not drawn in a
run loses its state, and the labels are part of the widget's identity. So the
open tab is kept under its own stable id in session state and handed back to
the tabs before they are drawn. The price is one rerun per tab switch.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator


def _open_key(key: str) -> str:
    return f"{key}_open"


def _remember(key: str, ids_by_label: dict[str, str]) -> None:
    st.session_state[_open_key(key)] = ids_by_label.get(str(st.session_state.get(key)))


def remembered_tabs(tabs: Sequence[tuple[str, str]], key: str) -> dict[str, DeltaGenerator]:
    """Draw ``tabs`` (pairs of a stable id and a label) with the one open last time open; return each tab's container by id."""
    labels = dict(tabs)
    ids_by_label = {label: tab_id for tab_id, label in tabs}
    open_id = st.session_state.get(_open_key(key))
    st.session_state[key] = labels[open_id] if open_id in labels else tabs[0][1]
    containers = st.tabs(list(labels.values()), key=key, on_change=_remember, args=(key, ids_by_label))
    return dict(zip(labels, containers, strict=True))
