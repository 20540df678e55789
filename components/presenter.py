"""Presentation mode: a presenter's view for a screen or projector, one option or comparison per screen.

Turned on by the switch at the top of every page or by ``?present=1`` in the
link. It hides the navigation and sidebar, enlarges the type, and steps
through the picked options, their comparison, then the charts, with
Previous and Next buttons. It never touches the Explore filters.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.active_catalog import require_catalog
from components.compare_view import COMPARE_VIEW
from components.picked_options import picked_ids
from trd.catalog.models import Catalog, Treatment
from trd.render import figures
from trd.render.facts import clinic_facts
from trd.render.presentation import ChartName, Slide, SlideKind, build_slides, clamp_slide, comparison_grid, option_facts
from trd.render.safe_markdown import escape_markdown

PRESENT_PARAM = "present"
PRESENTING_KEY = "presenting"
SLIDE_KEY = "present_slide"
CHART_FONT_SIZE = 20

# The app's own static CSS (never catalog text): hide navigation and chrome, enlarge type.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.25rem; padding-bottom: 1rem; max-width: 100%; }
.st-key-presenter p, .st-key-presenter li, .st-key-presenter td, .st-key-presenter th { font-size: 1.65rem; line-height: 1.4; }
.st-key-presenter h1 { font-size: 3.1rem; line-height: 1.15; padding-top: 0.25rem; }
.st-key-presenter h2 { font-size: 2.1rem; }
.st-key-presenter .st-key-present_bar p { font-size: 1.35rem; }
.st-key-presenter table { width: 100%; }
.st-key-presenter_facts thead, .st-key-presenter_clinic thead { display: none; }
.st-key-presenter td:first-child, .st-key-presenter th:first-child { font-weight: 600; white-space: nowrap; }
</style>
"""


def presenting() -> bool:
    """True when this session is in presentation mode; a first visit reads ``?present=1`` from the link."""
    if PRESENTING_KEY not in st.session_state:
        st.session_state[PRESENTING_KEY] = st.query_params.get(PRESENT_PARAM) == "1"
    return bool(st.session_state[PRESENTING_KEY])


def _start() -> None:
    st.session_state[PRESENTING_KEY] = True
    st.session_state[SLIDE_KEY] = 0
    st.query_params[PRESENT_PARAM] = "1"


def _on_switch() -> None:
    if st.session_state.get("present_toggle"):
        _start()


def _stop() -> None:
    st.session_state[PRESENTING_KEY] = False
    st.session_state["present_toggle"] = False
    if PRESENT_PARAM in st.query_params:
        del st.query_params[PRESENT_PARAM]


def _step(change: int, count: int) -> None:
    st.session_state[SLIDE_KEY] = clamp_slide(int(st.session_state.get(SLIDE_KEY, 0)) + change, count)


def show_page_or_presentation(navigation: Any, *, key: str = "present") -> None:
    """Run the chosen page with the presentation switch above it, or, when presenting, the presenter's view."""
    if presenting():
        presenter_view(require_catalog(), key="presenter")
        return
    with st.container(horizontal=True, horizontal_alignment="right", key=f"{key}_switch"):
        st.toggle(
            "Presentation mode",
            key=f"{key}_toggle",
            on_change=_on_switch,
            help="A view for a screen or projector: large type, one option or comparison per screen. "
            "Add ?present=1 to a link to open it this way.",
        )
    navigation.run()


def presenter_view(catalog: Catalog, *, key: str = "presenter") -> None:
    """The slides for this session's picked options, with Previous, Next and Exit."""
    by_id = catalog.by_id()
    picked = [by_id[item] for item in picked_ids(catalog) if item in by_id]
    slides = build_slides(picked)
    index = clamp_slide(int(st.session_state.get(SLIDE_KEY, 0)), len(slides))
    st.session_state[SLIDE_KEY] = index
    if st.query_params.get(PRESENT_PARAM) != "1":
        st.query_params[PRESENT_PARAM] = "1"
    st.html(PRESENTER_CSS)
    slide = slides[index]
    with st.container(key=key):
        with st.container(horizontal=True, vertical_alignment="center", key="present_bar"):
            st.button(
                "Previous", key="present_prev", icon=":material/arrow_back:", disabled=index == 0, on_click=_step, args=(-1, len(slides))
            )
            st.markdown(f"Slide **{index + 1}** of **{len(slides)}**", width="content")
            st.button(
                "Next",
                key="present_next",
                icon=":material/arrow_forward:",
                type="primary",
                disabled=index == len(slides) - 1,
                on_click=_step,
                args=(1, len(slides)),
            )
            st.space("stretch")
            st.button("Exit presentation", key="present_exit", icon=":material/close:", on_click=_stop)
        with st.container(key=f"{key}_slide_{slide.kind.value}"):
            _draw(slide, picked, catalog, key=key)


def _draw(slide: Slide, picked: list[Treatment], catalog: Catalog, *, key: str) -> None:
    if slide.kind is SlideKind.EMPTY:
        st.title(slide.title, anchor=False)
        st.markdown(
            "Pick two to six options on the **Explore** page (or on **Compare**), then come back: "
            "each option gets a screen, then the comparison, then the charts. "
            "The next screen shows the whole landscape of options."
        )
    elif slide.kind is SlideKind.OPTION:
        treatment = catalog.by_id()[slide.option_id or ""]
        _option_slide(treatment)
    elif slide.kind is SlideKind.COMPARISON:
        st.title(slide.title, anchor=False)
        _comparison_slide(picked)
    else:
        st.title(slide.title, anchor=False)
        st.plotly_chart(_chart(slide.chart, picked, catalog), key=f"{key}_chart", theme="streamlit", config={"displayModeBar": False})
        st.caption("Numbers are approximate ranges from the sources; a person's own course may differ.")


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


def _comparison_slide(picked: list[Treatment]) -> None:
    header = "| | " + " | ".join(f"**{escape_markdown(t.name)}**" for t in picked) + " |"
    divider = "|---" * (len(picked) + 1) + "|"
    rows = [
        f"| {escape_markdown(label)} | " + " | ".join(escape_markdown(cell) for cell in cells) + " |"
        for label, cells in comparison_grid(picked)
    ]
    st.markdown("\n".join([header, divider, *rows]))


def _chart(chart: ChartName | None, picked: list[Treatment], catalog: Catalog) -> Any:
    if chart is ChartName.ONSET:
        figure = figures.onset_figure(picked)
    elif chart is ChartName.EIGHT_WEEKS:
        figure = figures.eight_weeks_figure(picked, COMPARE_VIEW.read().travel_minutes)
    elif chart is ChartName.MAP:
        figure = figures.options_map_figure(catalog.treatments, [t.id for t in picked])
    else:
        figure = figures.landscape_figure(catalog.treatments)
    return enlarge_for_room(figure)


def enlarge_for_room(figure: Any) -> Any:
    """Larger text everywhere (axes, names, labels, legend) and tall enough to fill a 1080p screen."""
    figure.update_layout(font_size=CHART_FONT_SIZE, legend_font_size=CHART_FONT_SIZE - 2, height=max(int(figure.layout.height or 0), 640))
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
