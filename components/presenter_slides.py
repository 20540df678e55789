"""Draw one slide of presentation mode: an option, a comparison, outcomes, side effects or a chart.

The words come from ``trd.render.presentation`` and ``trd.catalog.numbers_words``;
this file only lays them out in type large enough to read across a room.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.compare_view import COMPARE_VIEW
from trd.catalog.models import Catalog, Treatment
from trd.catalog.numbers_words import DIFFERENT_STUDIES
from trd.render import figures
from trd.render.facts import clinic_facts
from trd.render.presentation import (
    CHART_NOTE,
    SIDE_EFFECTS_NOTE,
    ChartName,
    Slide,
    SlideKind,
    comparison_grid,
    eight_weeks_note,
    option_facts,
    outcome_slide_lines,
    side_effect_slide_lines,
)
from trd.render.safe_markdown import escape_markdown

CHART_FONT_SIZE = 22  # px; the smallest chart text, ticks included, is 20
CHART_HEIGHTS = (400, 500)  # px, least and most; at most, with the title and caption, it fits a 1366x768 screen


def draw_slide(slide: Slide, catalog: Catalog, picked: list[Treatment], *, key: str) -> None:
    """Draw ``slide`` of the options ``picked`` (in the order picked)."""
    by_id = catalog.by_id()
    shown = [by_id[option_id] for option_id in slide.option_ids if option_id in by_id]
    if slide.kind is SlideKind.EMPTY:
        st.title(slide.title, anchor=False)
        st.markdown(
            "Pick two to six options on the **Explore** page (or on **Compare**), then come back: "
            "each option gets a screen, then the comparison, then the charts. "
            "The next screen shows the whole landscape of options."
        )
    elif slide.kind is SlideKind.OPTION:
        _option_slide(shown[0])
    elif slide.kind is SlideKind.COMPARISON:
        st.title(slide.title, anchor=False)
        _comparison_slide(shown)
    elif slide.kind is SlideKind.OUTCOMES:
        st.title(slide.title, anchor=False)
        _per_option(shown, outcome_slide_lines)
        st.markdown(DIFFERENT_STUDIES)
    elif slide.kind is SlideKind.SIDE_EFFECTS:
        st.title(slide.title, anchor=False)
        _per_option(shown, side_effect_slide_lines)
        st.markdown(SIDE_EFFECTS_NOTE)
    elif slide.chart is ChartName.EIGHT_WEEKS:
        # Three stacked panels do not fit one screen in large type: the same numbers as a table.
        st.title(slide.title, anchor=False)
        _eight_weeks_table(picked)
    else:
        st.title(slide.title, anchor=False)
        st.plotly_chart(_chart(slide.chart, picked, catalog), key=f"{key}_chart", theme="streamlit", config={"displayModeBar": False})
        st.markdown(CHART_NOTE)


def _facts_table(facts: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(["| | |", "|---|---|", *(f"| {escape_markdown(label)} | {escape_markdown(value)} |" for label, value in facts)])


def _option_slide(treatment: Treatment) -> None:
    st.title(escape_markdown(treatment.name), anchor=False)
    summary, facts = st.columns([5, 6], gap="large")
    with summary:
        st.markdown(escape_markdown(treatment.summary))
        st.subheader("How it works", anchor=False)
        st.markdown(escape_markdown(treatment.mechanism))
        here = clinic_facts(treatment)
        if here:
            st.subheader("At this clinic", anchor=False)
            with st.container(key="presenter_clinic"):
                st.markdown(_facts_table(here))
    with facts, st.container(key="presenter_facts"):
        st.markdown(_facts_table(option_facts(treatment)))


def _comparison_slide(shown: list[Treatment]) -> None:
    header = "| | " + " | ".join(f"**{escape_markdown(t.name)}**" for t in shown) + " |"
    divider = "|---" * (len(shown) + 1) + "|"
    rows = [
        f"| {escape_markdown(label)} | " + " | ".join(escape_markdown(cell) for cell in cells) + " |"
        for label, cells in comparison_grid(shown)
    ]
    st.markdown("\n".join([header, divider, *rows]))


def _eight_weeks_table(picked: list[Treatment]) -> None:
    travel = COMPARE_VIEW.read().travel_minutes
    rows = figures.eight_week_rows(picked, travel)
    columns = ("Option", "Clinic visits", "Hours", "Days needing a driver")
    lines = ["| " + " | ".join(columns) + " |", "|---" * len(columns) + "|"]
    lines += ["| " + " | ".join(escape_markdown(str(row[column])) for column in columns) + " |" for row in rows]
    st.markdown("\n".join(lines))
    st.markdown(eight_weeks_note(travel))


def _per_option(shown: list[Treatment], lines_of: Any) -> None:
    """Each option's name, then its lines; the first line in bold (the numbers)."""
    for treatment in shown:
        with st.container(key=f"presenter_pick_{treatment.id}"):
            st.subheader(escape_markdown(treatment.name), anchor=False)
            first, *rest = lines_of(treatment)
            st.markdown("  \n".join([f"**{escape_markdown(first)}**", *(escape_markdown(line) for line in rest)]))


def _chart(chart: ChartName | None, picked: list[Treatment], catalog: Catalog) -> Any:
    if chart is ChartName.ONSET:
        figure = figures.onset_figure(picked)
    elif chart is ChartName.MAP:
        figure = figures.options_map_figure(catalog.treatments, [t.id for t in picked])
    else:
        figure = figures.landscape_figure(catalog.treatments)
    return enlarge_for_room(figure)


def enlarge_for_room(figure: Any) -> Any:
    """Larger text everywhere (axes, names, labels, legend), at a height that fits a 1366x768 screen."""
    least, most = CHART_HEIGHTS
    height = min(max(int(figure.layout.height or 0), least), most)
    figure.update_layout(font_size=CHART_FONT_SIZE, legend_font_size=CHART_FONT_SIZE - 2, height=height)
    figure.update_xaxes(tickfont_size=CHART_FONT_SIZE - 2, title_font_size=CHART_FONT_SIZE)
    figure.update_yaxes(tickfont_size=CHART_FONT_SIZE - 2, title_font_size=CHART_FONT_SIZE)
    figure.update_annotations(font_size=CHART_FONT_SIZE)
    figure.update_traces(textfont_size=CHART_FONT_SIZE, selector={"mode": "lines+markers+text"})
    figure.update_traces(textfont_size=CHART_FONT_SIZE, selector={"mode": "markers+text"})
    for trace in figure.data:
        if getattr(trace, "mode", None) == "markers+text" and trace.x is not None and trace.y is not None:
            trace.textposition = label_positions(list(trace.x), list(trace.y))
    return figure


def label_positions(xs: list[float], ys: list[float]) -> list[str]:
    """Put a point's label below it when another labelled point sits just above it (larger text collides)."""
    positions = []
    for index, (x, y) in enumerate(zip(xs, ys, strict=True)):
        crowded = any(
            other != index and ys[other] > y and ys[other] - y < 1.5 and 0.5 < (xs[other] or 1e-9) / (x or 1e-9) < 2
            for other in range(len(xs))
        )
        positions.append("bottom center" if crowded else "top center")
    return positions
