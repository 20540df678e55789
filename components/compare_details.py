"""Everything else about the picks, folded under the answers and pictures: FDA wording, how it works, access, sources."""

from __future__ import annotations

import streamlit as st

from components.compare_view import HIDE_SAME_KEY, LAYOUT_KEY, settings_changed
from components.comparison_table import comparison_table
from trd.catalog.models import Treatment


def compare_details(picked: list[Treatment], *, key: str) -> None:
    """A folded section with the full comparison; drawn only while it is open (it is long, and most visits never open it)."""
    st.header("All the details", anchor=False)
    with st.expander(
        "FDA wording, how it works, who it may suit, cautions, access and sources",
        icon=":material/list_alt:",
        key=f"{key}_open",
        on_change="rerun",
    ) as details:
        if not details.open:
            return
        with st.container(horizontal=True, vertical_alignment="bottom", key=f"{key}_settings"):
            st.segmented_control(
                "Layout",
                ["columns", "cards"],
                key=LAYOUT_KEY,
                format_func=lambda value: "Columns" if value == "columns" else "One card per option",
                required=True,
                on_change=settings_changed,
            )
            st.toggle("Hide rows that are the same", key=HIDE_SAME_KEY, on_change=settings_changed)
        hidden = comparison_table(
            picked,
            hide_same=bool(st.session_state[HIDE_SAME_KEY]),
            as_cards=st.session_state[LAYOUT_KEY] == "cards",
            key="comparison",
        )
        if hidden:
            st.caption(f"{hidden} row(s) that are the same for every option are hidden.")
