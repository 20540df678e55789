"""A smaller page title and less space above it, for a page whose first screen must hold its answers."""

from __future__ import annotations

import streamlit as st

# Scoped to the page that draws it: the style element goes when another page is shown.
_STYLE = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2rem; padding: 0.25rem 0 0.5rem 0; }
</style>"""


def compact_page_top() -> None:
    """Draw the style (takes no room on the page)."""
    st.html(_STYLE)
