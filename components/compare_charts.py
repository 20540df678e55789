"""Compare's "In pictures" section: the travel time and the four charts, rerun on their own.

A fragment: changing the travel time reruns this section only (its charts), not the
comparison above it, so the answer comes back in about a third of the time.
"""

from __future__ import annotations

import streamlit as st

from components.chart_frame import chart_frame
from components.compare_view import COMPARE_VIEW, TRAVEL_KEY, settings_changed
from trd.catalog.models import Catalog, Treatment
from trd.logic.limits import MAX_TRAVEL_MINUTES
from trd.render import figures

APPROXIMATE = "Numbers are approximate ranges from the sources; your own course may differ."


@st.fragment
def compare_charts(catalog: Catalog, picked: list[Treatment]) -> None:
    """The travel time input, then the charts of ``picked`` among every option in ``catalog``.

    The travel time is read from the Compare view, which the input's callback keeps (the page owns it).
    """
    picks = [t.id for t in picked]
    st.header("In pictures", anchor=False)
    st.number_input(
        "Your travel time to the clinic, one way (minutes)",
        min_value=0,
        max_value=MAX_TRAVEL_MINUTES,
        step=5,
        key=TRAVEL_KEY,
        on_change=settings_changed,
        help="Used for the hours in the first eight weeks.",
        width=360,
    )
    travel = COMPARE_VIEW.read().travel_minutes

    chart_frame(
        figures.onset_figure(picked),
        title="Time to a first benefit",
        caption=(
            "Each bar runs from the earliest to the latest time a first benefit is usually noticed, "
            "on a scale where hours and months both fit."
        ),
        note=APPROXIMATE,
        rows=figures.onset_rows(picked),
        key="chart_onset",
    )
    chart_frame(
        figures.eight_weeks_figure(picked, travel),
        title="Your first eight weeks",
        caption=(
            f"Clinic visits, hours and days needing a driver in weeks 1-8, with {travel} minutes of travel each way. "
            "Visits = sessions a week x weeks of the course (at most 8), and 0 for treatment at home. "
            "Hours = visits x (session + monitoring + travel both ways); at home, just the session time. "
            "Driver days = visits, for options after which you may not drive."
        ),
        note=APPROXIMATE,
        rows=figures.eight_week_rows(picked, travel),
        key="chart_weeks",
    )
    chart_frame(
        figures.options_map_figure(catalog.treatments, picks),
        title="Where these sit among all options",
        caption=(
            "Every option in the catalog by how invasive it is (up) and how soon a first benefit can start (right); your picks are ringed. "
            "Colour and shape show the category; points that share a spot are spread slightly."
        ),
        note=APPROXIMATE,
        rows=figures.map_rows(catalog.treatments, picks),
        key="chart_map",
    )
    chart_frame(
        figures.landscape_figure(catalog.treatments),
        title="The whole field",
        caption=(
            "Every option in the catalog by category, then by FDA status; a tile's size is how many options it holds. "
            "Click a tile to zoom in."
        ),
        note="FDA status is for depression in the US.",
        rows=figures.landscape_rows(catalog.treatments),
        key="chart_landscape",
    )
