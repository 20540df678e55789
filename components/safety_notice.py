"""What every page shows: the education-only notice and crisis resources."""

from __future__ import annotations

import streamlit as st

SAFETY_NOTICE_KEY = "safety_notice"  # drawn on every run of every page; tests wait for it
CRISIS_LINES = (
    "**In crisis or thinking about suicide?** In the US, call or text **988** "
    "(Suicide & Crisis Lifeline), or call **911** in an emergency. "
    "Elsewhere, call your local emergency number; findahelpline.com lists free helplines by country."
)
EDUCATION_NOTICE = (
    "This app is for education. It is not medical advice and does not diagnose anything. "
    "Talk with a qualified clinician before you start, stop or change any treatment."
)


def safety_notice(key: str = SAFETY_NOTICE_KEY) -> None:
    """A compact notice at the top of the page, with crisis resources always visible."""
    with st.container(key=key):
        # Plain text, not st.caption: caption grey fails contrast checks, and this must be read.
        st.markdown(f":material/emergency: {CRISIS_LINES}  \n{EDUCATION_NOTICE}")
