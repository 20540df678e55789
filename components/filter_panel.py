"""The Explore filters, in the sidebar, each with how many options remain after it."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.widget_state import seed
from trd.catalog.models import INVASIVENESS_LABELS, Catalog, Category, FdaStatus, Invasiveness
from trd.logic.filtering import (
    SETTING_CHOICE_LABELS,
    AnesthesiaChoice,
    FilterChoices,
    FilterOutcome,
    SettingChoice,
    filter_options,
)
from trd.render.formats import CATEGORY_LABELS, FDA_LABELS, format_days

ANY = "any"
ONSET_STEPS = (1, 3, 7, 14, 28, 56, 90)
VISIT_STEPS = (0, 1, 2, 3, 5)


def _with(steps: tuple[float, ...], value: float | None) -> list[object]:
    """The slider's stops, with a value from a link added if it is not one of them."""
    stops = sorted({*steps, *([value] if value is not None else [])})
    return [ANY, *stops]


def _onset_label(value: object) -> str:
    return "Any time" if value == ANY else format_days(float(str(value)))


def _visits_label(value: object) -> str:
    if value == ANY:
        return "Any number"
    number = float(str(value))
    return "None (at home only)" if number == 0 else f"{number:g} a week"


def filter_panel(
    catalog: Catalog, start: FilterChoices, *, key: str = "filters", on_change: Callable[[], None] | None = None
) -> tuple[FilterChoices, FilterOutcome]:
    """Draw every filter in the sidebar (starting from ``start``); return the choices and what remains.

    Under each filter a caption says how many options remain after it and the
    ones above it ("12 of 53 options").
    """
    treatments = catalog.treatments
    has_clinic_details = any(t.clinic is not None for t in treatments)
    seed(f"{key}_here", start.offered_here)
    seed(f"{key}_q", start.search)
    seed(f"{key}_cat", list(start.categories))
    seed(f"{key}_trd", start.fda_for_trd)
    seed(f"{key}_fda", list(start.fda_statuses))
    seed(f"{key}_inv", start.max_invasiveness)
    seed(f"{key}_anes", start.anesthesia == AnesthesiaChoice.WITHOUT)
    seed(f"{key}_where", start.setting)
    seed(f"{key}_onset", ANY if start.onset_within_days is None else start.onset_within_days)
    seed(f"{key}_visits", ANY if start.max_visits_per_week is None else start.max_visits_per_week)

    counts: dict[str, st.delta_generator.DeltaGenerator] = {}
    with st.sidebar, st.container(key=key):
        st.header("Filters", anchor=False)
        if has_clinic_details:
            st.toggle("Offered here", key=f"{key}_here", on_change=on_change, help="Only options this clinic says it offers.")
            counts["offered_here"] = st.empty()
        st.text_input(
            "Search",
            key=f"{key}_q",
            on_change=on_change,
            placeholder="Name, brand or how it works",
            help="Looks in names, brands, how it works and summaries.",
        )
        counts["search"] = st.empty()
        st.multiselect(
            "Category",
            list(Category),
            key=f"{key}_cat",
            format_func=lambda c: CATEGORY_LABELS[c],
            on_change=on_change,
            placeholder="All categories",
        )
        counts["categories"] = st.empty()
        st.checkbox(
            "FDA approved or cleared for TRD",
            key=f"{key}_trd",
            on_change=on_change,
            help="Approved (drugs) or cleared (devices) by the US FDA for a use that names treatment-resistant depression.",
        )
        counts["fda_for_trd"] = st.empty()
        st.multiselect(
            "FDA status",
            list(FdaStatus),
            key=f"{key}_fda",
            format_func=lambda s: FDA_LABELS[s],
            on_change=on_change,
            placeholder="Any status",
        )
        counts["fda_statuses"] = st.empty()
        st.select_slider(
            "Most invasive I would consider",
            list(Invasiveness),
            key=f"{key}_inv",
            format_func=lambda level: INVASIVENESS_LABELS[level],
            on_change=on_change,
        )
        counts["max_invasiveness"] = st.empty()
        st.toggle("Leave out options that need anesthesia", key=f"{key}_anes", on_change=on_change)
        counts["anesthesia"] = st.empty()
        st.radio(
            "Where it happens", list(SettingChoice), key=f"{key}_where", format_func=lambda s: SETTING_CHOICE_LABELS[s], on_change=on_change
        )
        counts["setting"] = st.empty()
        st.select_slider(
            "First benefit can start within",
            _with(ONSET_STEPS, start.onset_within_days),
            key=f"{key}_onset",
            format_func=_onset_label,
            on_change=on_change,
            help="Keeps options whose range of time to a first benefit starts at or before this. Most ranges are wide.",
        )
        counts["onset_within_days"] = st.empty()
        st.select_slider(
            "Clinic visits per week, at most",
            _with(VISIT_STEPS, start.max_visits_per_week),
            key=f"{key}_visits",
            format_func=_visits_label,
            on_change=on_change,
            help="Uses the high end of the usual schedule. Options done at home count as 0 visits.",
        )
        counts["max_visits_per_week"] = st.empty()

    state = st.session_state
    choices = FilterChoices(
        categories=tuple(Category(c).value for c in state[f"{key}_cat"]),
        fda_statuses=tuple(FdaStatus(s).value for s in state[f"{key}_fda"]),
        fda_for_trd=bool(state[f"{key}_trd"]),
        max_invasiveness=Invasiveness(state[f"{key}_inv"]),
        anesthesia=AnesthesiaChoice.WITHOUT if state[f"{key}_anes"] else AnesthesiaChoice.ANY,
        setting=SettingChoice(state[f"{key}_where"]),
        onset_within_days=None if state[f"{key}_onset"] == ANY else int(state[f"{key}_onset"]),
        max_visits_per_week=None if state[f"{key}_visits"] == ANY else float(state[f"{key}_visits"]),
        search=str(state[f"{key}_q"] or ""),
        offered_here=bool(state.get(f"{key}_here", False)) and has_clinic_details,
    )
    outcome = filter_options(treatments, choices)
    for step in outcome.steps:
        slot = counts.get(step.name)
        if slot is not None:
            slot.caption(f"{step.remaining} of {outcome.total} options")
    return choices, outcome


def clear_filters(key: str = "filters") -> None:
    """Forget every filter widget's value (a callback: the next run seeds them from the view)."""
    for name in ("here", "q", "cat", "trd", "fda", "inv", "anes", "where", "onset", "visits"):
        st.session_state.pop(f"{key}_{name}", None)
