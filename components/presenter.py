"""Presentation mode: a presenter's view for a screen or projector, one option or comparison per screen.

Turned on by the switch at the top of every page or by ``?present=1`` in the
link. It hides the navigation and sidebar, enlarges the type, and steps
through the picked options, their comparison, how many improve, side
effects, then the charts, with Previous and Next buttons or a presenter's
clicker (``components/slide_keys.py``). It never touches the Explore filters.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.active_catalog import require_catalog
from components.picked_options import picked_ids
from components.presenter_slides import draw_slide
from components.safety_notice import SHORT_NOTICE_CSS
from components.slide_keys import slide_keys
from trd.catalog.models import Catalog
from trd.render.presentation import build_slides, clamp_slide

PRESENT_PARAM = "present"
PRESENTING_KEY = "presenting"
SLIDE_KEY = "present_slide"
NEXT_KEY = "present_next"
PREVIOUS_KEY = "present_prev"

# The app's own static CSS (never catalog text): hide navigation and chrome, enlarge type.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 0.5rem; padding-bottom: 0.5rem; max-width: 100%; }
.st-key-presenter p, .st-key-presenter li, .st-key-presenter td, .st-key-presenter th { font-size: 1.375rem; line-height: 1.35; }
.st-key-presenter h1 { font-size: 2.25rem; line-height: 1.15; padding: 0; }
.st-key-presenter h2, .st-key-presenter h3 { font-size: 1.5rem; line-height: 1.2; padding: 0.25rem 0 0 0; }
.st-key-presenter .st-key-present_bar p { font-size: 1.25rem; }
.st-key-presenter .st-key-present_bar button p { font-size: 1.25rem; }
.st-key-presenter table { width: 100%; }
/* A word longer than the screen (a catalog can hold one) breaks instead of running off the side. */
.st-key-presenter p, .st-key-presenter li, .st-key-presenter td, .st-key-presenter th, .st-key-presenter h1,
.st-key-presenter h3 { overflow-wrap: anywhere; }
.st-key-presenter td, .st-key-presenter th { padding: 0.2rem 0.5rem; line-height: 1.3; vertical-align: top; }
.st-key-presenter_facts thead, .st-key-presenter_clinic thead { display: none; }
.st-key-presenter td:first-child, .st-key-presenter th:first-child { font-weight: 600; }
/* Chart text in the page's own text colour (dark on light, light on dark), not the theme's faded grey. */
.st-key-presenter .js-plotly-plot .cartesianlayer text, .st-key-presenter .js-plotly-plot .infolayer text { fill: currentColor !important; }
/* A phone is no projector: smaller type, and long words in a table may break so nothing runs off the side. */
@media (max-width: 640px) {
  .st-key-presenter p, .st-key-presenter li, .st-key-presenter td, .st-key-presenter th { font-size: 1rem; }
  .st-key-presenter h1 { font-size: 1.6rem; }
  .st-key-presenter h2, .st-key-presenter h3 { font-size: 1.2rem; }
  .st-key-presenter td, .st-key-presenter th { padding: 0.2rem 0.3rem; hyphens: auto; }
}
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
    st.html(SHORT_NOTICE_CSS)
    slide = slides[index]
    with st.container(key=key):
        with st.container(horizontal=True, vertical_alignment="center", key="present_bar"):
            st.button(
                "Previous", key=PREVIOUS_KEY, icon=":material/arrow_back:", disabled=index == 0, on_click=_step, args=(-1, len(slides))
            )
            st.markdown(f"Slide **{index + 1}** of **{len(slides)}**", width="content")
            st.button(
                "Next",
                key=NEXT_KEY,
                icon=":material/arrow_forward:",
                type="primary",
                disabled=index == len(slides) - 1,
                on_click=_step,
                args=(1, len(slides)),
            )
            st.space("stretch")
            st.button("Exit presentation", key="present_exit", icon=":material/close:", on_click=_stop)
        with st.container(key=f"{key}_slide_{slide.kind.value}"):
            draw_slide(slide, catalog, picked, key=key)
    slide_keys(NEXT_KEY, PREVIOUS_KEY)
