"""A chart (Plotly or HTML) with its one-line caption, a note on approximate numbers, and its numbers as a table."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

# No toolbar: on a phone it covered chart titles, and each chart's numbers are one click away below it.
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": False}


def chart_frame(figure: Any, *, title: str, caption: str, note: str, rows: list[dict[str, Any]], key: str) -> None:
    """Draw ``figure`` themed like the app, then its caption, and its numbers one click away (the text alternative).

    The numbers sit in a closed expander whose open/closed state is kept under ``{key}_numbers_open``.
    """
    with st.container(key=key):
        st.subheader(title, anchor=False)
        st.plotly_chart(figure, theme="streamlit", key=f"{key}_chart", config=PLOTLY_CONFIG)
        _caption_and_numbers(caption, note, rows, key)


def html_chart_frame(html: str, *, title: str, caption: str, note: str, rows: list[dict[str, Any]], key: str) -> None:
    """``chart_frame`` for a chart drawn in HTML (its numbers are text already; the table adds the sources' details)."""
    with st.container(key=key):
        st.subheader(title, anchor=False)
        st.html(html)
        _caption_and_numbers(caption, note, rows, key)


def _caption_and_numbers(caption: str, note: str, rows: list[dict[str, Any]], key: str) -> None:
    st.caption(f"{caption} {note}")
    # Drawn when opened (one quick rerun), not on every rerun: four tables cost Compare ~10 ms each time.
    with st.expander("Numbers in this chart", icon=":material/table:", key=f"{key}_numbers_open", on_change="rerun") as numbers:
        if numbers.open:
            st.dataframe(pd.DataFrame(rows), hide_index=True, key=f"{key}_numbers")
