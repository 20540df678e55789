"""Compare: two to six picked options side by side, in words and in charts."""

import streamlit as st

from components.active_catalog import require_catalog
from components.compare_charts import compare_charts
from components.compare_view import COMPARE_VIEW, HIDE_SAME_KEY, LAYOUT_KEY, TRAVEL_KEY, settings_changed, view_from_widgets
from components.comparison_table import comparison_table
from components.pick_selector import pick_selector, take_pick_notice
from components.picked_options import set_picked_ids
from components.widget_state import link_notes, seed

catalog = require_catalog()
start = COMPARE_VIEW.read()

st.title("Compare side by side", anchor=False)
link_notes(COMPARE_VIEW.notes_key)
if notice := take_pick_notice(catalog):
    st.info(notice)

picks = pick_selector(catalog, key="compare_pick")
set_picked_ids(picks)  # page switches clear the URL; put the picks back so this view can be shared

seed(HIDE_SAME_KEY, start.hide_same_rows)
seed(LAYOUT_KEY, "cards" if start.cards_layout else "columns")
seed(TRAVEL_KEY, start.travel_minutes)
COMPARE_VIEW.write(view_from_widgets())  # a page switch cleared the link; put this view back so it can be shared

if len(picks) < 2:
    st.info("Pick at least two options (up to six) to see them side by side: use the box above, or the Explore page.")
    st.page_link("app_pages/explore.py", label="Go to Explore", icon=":material/filter_alt:")
    st.stop()

by_id = catalog.by_id()
picked = [by_id[item] for item in picks]

controls = st.container(horizontal=True, vertical_alignment="bottom", key="compare_controls")
with controls:
    st.segmented_control(
        "Layout",
        ["columns", "cards"],
        key=LAYOUT_KEY,
        format_func=lambda value: "Columns" if value == "columns" else "Cards (for small screens)",
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

compare_charts(catalog, picked)
