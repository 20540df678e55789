"""The Explore filters in the side panel, drawn from the filter table, each with how many options remain after it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from components.widget_state import seed
from trd.catalog.models import Catalog
from trd.logic import filtering
from trd.logic.filtering import Filter, FilterChoices, FilterOutcome, Widget, choices_from, filter_options, step_slider_stops

PANEL_KEY = "filters"


def _table(filters: Sequence[Filter] | None) -> Sequence[Filter]:
    return filtering.FILTERS if filters is None else filters  # read at call time, so a test can add a filter


def _draw(spec: Filter, key: str, start: Any, on_change: Callable[[], None] | None) -> None:
    """The widget for ``spec`` under ``key``; its value was seeded from the stored view."""
    common: dict[str, Any] = {"key": key, "on_change": on_change, "help": spec.help}
    match spec.widget:
        case Widget.TOGGLE:
            st.toggle(spec.label, **common)
        case Widget.CHECKBOX:
            st.checkbox(spec.label, **common)
        case Widget.TEXT:
            st.text_input(spec.label, placeholder=spec.placeholder, **common)
        case Widget.MULTISELECT:
            st.multiselect(spec.label, list(spec.options), format_func=spec.format_option, placeholder=spec.placeholder, **common)
        case Widget.SELECT_SLIDER:
            st.select_slider(spec.label, list(spec.options), format_func=spec.format_option, **common)
        case Widget.STEP_SLIDER:
            st.select_slider(spec.label, step_slider_stops(spec, start), format_func=spec.format_option, **common)
        case Widget.RADIO:
            st.radio(spec.label, list(spec.options), format_func=spec.format_option, **common)


def filter_panel(
    catalog: Catalog,
    start: FilterChoices,
    *,
    key: str = PANEL_KEY,
    on_change: Callable[[], None] | None = None,
    filters: Sequence[Filter] | None = None,
) -> tuple[FilterChoices, FilterOutcome]:
    """Draw every filter in the sidebar (starting from ``start``); return the choices and what remains.

    Under each filter a caption says how many options remain after it and the
    ones above it ("12 of 53 options").
    """
    table = _table(filters)
    shown = [spec for spec in table if spec.shown_for(catalog.treatments)]
    for spec in shown:
        seed(spec.widget_key(key), spec.to_widget(start.value(spec)))

    counts: dict[str, st.delta_generator.DeltaGenerator] = {}
    with st.sidebar, st.container(key=key):
        st.header("Filters", anchor=False)
        for spec in shown:
            _draw(spec, spec.widget_key(key), start.value(spec), on_change)
            counts[spec.name] = st.empty()

    state = st.session_state
    choices = choices_from({spec.name: spec.from_widget(state[spec.widget_key(key)]) for spec in shown}, table)
    outcome = filter_options(catalog.treatments, choices, table)
    for step in outcome.steps:
        slot = counts.get(step.name)
        if slot is not None:
            slot.caption(f"{step.remaining} of {outcome.total} options")
    return choices, outcome


def clear_filters(key: str = PANEL_KEY, filters: Sequence[Filter] | None = None) -> None:
    """Forget every filter widget's value (a callback: the next run seeds them from the view)."""
    for spec in _table(filters):
        st.session_state.pop(spec.widget_key(key), None)
