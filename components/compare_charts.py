"""Compare's pictures: how many improve, side effects, time, and where the picks sit among all options.

A fragment: opening a chart's numbers reruns this section only, not the answers above it.
"""

from __future__ import annotations

import streamlit as st

from components.chart_frame import chart_frame, html_chart_frame
from components.compare_view import COMPARE_VIEW
from components.figure_memo import remembered_figure
from trd.catalog.models import Catalog, OutcomeMeasure, Treatment
from trd.catalog.numbers_words import DIFFERENT_STUDIES
from trd.catalog.vocabulary import words
from trd.render import figures, outcome_bars
from trd.render.icon_array import icon_arrays_html
from trd.render.safe_markdown import escape_markdown

APPROXIMATE = "Numbers are approximate ranges from the sources; your own course may differ."
FROM_SOURCES = "Each number comes from the study or label listed for the option under All the details."
BARS = "The coloured bar is the option. The grey bar is the comparison group in the same study."


def icons_caption(measure_words: str) -> str:
    """What the pictures of 100 people show, for ``measure_words`` ("reached remission")."""
    return (
        f"Each picture is 100 people who had the option in a study. Filled figures {measure_words}. "
        "The lighter ones stand for how many did in the comparison group (a placebo, a sham, or another treatment), "
        f"so they would likely have improved anyway. {DIFFERENT_STUDIES}"
    )


def outcome_caption(measure_words: str) -> str:
    """What the outcome bars show."""
    return f"How many out of 100 {measure_words}. {BARS}"


SIDE_EFFECTS_CAPTION = (
    f"Each option's most common side effects, and those that two or more picks share. Numbers are out of 100 people. {BARS}"
)


@st.fragment
def compare_charts(catalog: Catalog, picked: list[Treatment], measure: OutcomeMeasure) -> None:
    """The charts of ``picked`` (one outcome ``measure`` for all), and where they sit among every option in ``catalog``."""
    travel = COMPARE_VIEW.read().travel_minutes
    measure_words = words(measure).short

    st.header("How many improve, out of 100", anchor=False)
    st.caption(icons_caption(measure_words))
    with st.container(key="compare_icons"):
        st.html(icon_arrays_html(picked, measure))
    html_chart_frame(
        outcome_bars.outcome_bars_html(picked, measure),
        title="With the option and in the comparison group",
        caption=outcome_caption(measure_words),
        note=FROM_SOURCES,
        rows=outcome_bars.outcome_rows(picked, measure),
        key="chart_outcomes",
    )

    st.header("Side effects, out of 100", anchor=False)
    without = outcome_bars.options_without_rates(picked)
    if len(without) < len(picked):
        html_chart_frame(
            outcome_bars.side_effect_bars_html(picked),
            title="How many had each side effect",
            caption=SIDE_EFFECTS_CAPTION,
            note=FROM_SOURCES,
            rows=outcome_bars.side_effect_rows(picked),
            key="chart_side_effects",
        )
    if without:
        names = "; ".join(escape_markdown(t.name) for t in without)  # catalog text: shown as text, never as markup
        st.caption(f"No side-effect rates in this catalog for: {names}. Their side effects are listed in words under All the details.")

    st.header("Time", anchor=False)
    chart_frame(
        remembered_figure(figures.onset_figure, picked),
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
        remembered_figure(figures.eight_weeks_figure, picked, travel),
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
        remembered_figure(figures.options_map_figure, catalog.treatments, tuple(t.id for t in picked)),
        title="Where these sit among all options",
        caption=(
            "Every option in the catalog (grey) by how invasive it is (up) and how soon a first benefit can start (right). "
            "Your picks are the large marks; the key under the chart names them. Points that share a spot are spread slightly."
        ),
        note=APPROXIMATE,
        rows=figures.map_rows(catalog.treatments, [t.id for t in picked]),
        key="chart_map",
    )
