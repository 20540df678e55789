"""Page titles sized for a phone: Streamlit's title takes two lines of very large type and much room
above and below at 390 px, which pushed the page's own controls (on Questions, its tabs) to the
bottom of the first screen."""

from __future__ import annotations

import streamlit as st

from components.safety_notice import PHONE_WIDTH_PX

PHONE_TITLE_CSS = f"""
<style>
@media (max-width: {PHONE_WIDTH_PX}px) {{
  [data-testid=stMainBlockContainer] h1 {{ font-size: 2rem; line-height: 1.2; padding-top: 0.25rem; padding-bottom: 0.25rem; }}
}}
</style>
"""


def phone_titles() -> None:
    """Call once per run, before the page; it draws nothing visible."""
    st.html(PHONE_TITLE_CSS)
