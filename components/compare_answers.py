"""Compare's first screen: the answers people decide on first, one card per pick, and the settings they depend on."""

from __future__ import annotations

import streamlit as st

from components.compare_view import COMPARE_VIEW, MEASURE_KEY, TRAVEL_KEY, measure_chosen, settings_changed
from trd.catalog.models import OutcomeMeasure, Treatment
from trd.catalog.numbers_words import DIFFERENT_STUDIES, shared_measure
from trd.logic.limits import MAX_TRAVEL_MINUTES
from trd.render.answers import AnswerContext
from trd.render.answers_html import answers_html


def shown_measure(picked: list[Treatment]) -> OutcomeMeasure:
    """The measure every picture uses: the person's choice, else the one most picks have numbers for."""
    return COMPARE_VIEW.read().measure or shared_measure(picked)


def compare_answers(picked: list[Treatment], *, key: str) -> OutcomeMeasure:
    """The answer cards, then the measure and travel-time settings under them; returns the measure shown."""
    measure = shown_measure(picked)
    st.session_state[MEASURE_KEY] = measure.value  # follows the picks until the person chooses
    with st.container(key=key):
        st.html(answers_html(picked, AnswerContext(measure, COMPARE_VIEW.read().travel_minutes)))
        st.caption(DIFFERENT_STUDIES)
        with st.container(horizontal=True, vertical_alignment="bottom", key=f"{key}_settings"):
            st.segmented_control(
                "Show numbers for",
                [item.value for item in OutcomeMeasure],
                key=MEASURE_KEY,
                format_func=lambda value: value.capitalize(),  # "Response", "Remission": short enough for a phone
                required=True,
                on_change=measure_chosen,
                help="Response: the depression score fell by at least half. Remission: few or no symptoms were left.",
            )
            st.number_input(
                "Your travel time to the clinic, one way (minutes)",
                min_value=0,
                max_value=MAX_TRAVEL_MINUTES,
                step=5,
                key=TRAVEL_KEY,
                on_change=settings_changed,
                help="Used for the hours in the first eight weeks.",
                width=300,
            )
        st.page_link(
            "app_pages/questions.py",
            label="Questions to ask about these options",
            icon=":material/checklist:",
        )
    return measure
