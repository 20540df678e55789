"""Tabs that keep the open tab when a run does not draw them (the print view) and when a label changes (a count).

Only the open tab's content runs and is sent: the other tabs are empty until a person opens them,
which reruns the page anyway (see below), so a page opens with one tab's widgets, not all of them.

Streamlit's keyed tabs forget their tab in both cases: a widget not drawn in a
run loses its state, and the labels are part of the widget's identity. So the
open tab is kept under its own stable id in session state and handed back to
the tabs before they are drawn. The price is one rerun per tab switch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator


def open_tab_key(key: str) -> str:
    """Where the open tab's id is kept (a person's click puts it there; AppTest, which cannot click a tab, may too)."""
    return f"{key}_open"


def _remember(key: str, ids_by_label: dict[str, str]) -> None:
    st.session_state[open_tab_key(key)] = ids_by_label.get(str(st.session_state.get(key)))


def remembered_tabs(tabs: Sequence[tuple[str, str]], key: str) -> dict[str, DeltaGenerator]:
    """Draw ``tabs`` (pairs of a stable id and a label) with the one open last time open; return each tab's container by id."""
    labels = dict(tabs)
    ids_by_label = {label: tab_id for tab_id, label in tabs}
    open_id = st.session_state.get(open_tab_key(key))
    st.session_state[key] = labels[open_id] if open_id in labels else tabs[0][1]
    containers = st.tabs(list(labels.values()), key=key, on_change=_remember, args=(key, ids_by_label))
    return dict(zip(labels, containers, strict=True))


def open_tab_only(tabs: Sequence[tuple[str, str]], contents: dict[str, Callable[[], None]], key: str) -> str:
    """Draw ``tabs`` as ``remembered_tabs`` does, and run only the open one's function from ``contents`` (by id) in it.

    Returns the open tab's id.
    """
    containers = remembered_tabs(tabs, key)
    open_id = next((tab_id for tab_id, container in containers.items() if getattr(container, "open", False)), tabs[0][0])
    with containers[open_id]:
        contents[open_id]()
    return open_id
