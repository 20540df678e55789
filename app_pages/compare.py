"""Compare: two to six picked options, the answers people decide on first, then pictures, then every detail."""

import streamlit as st

from components.active_catalog import require_catalog
from components.compact_top import compact_page_top
from components.compare_answers import compare_answers
from components.compare_charts import compare_charts
from components.compare_details import compare_details
from components.compare_view import COMPARE_VIEW, HIDE_SAME_KEY, LAYOUT_KEY, MEASURE_KEY, TRAVEL_KEY, view_from_widgets
from components.pick_selector import pick_selector, take_pick_notice
from components.picked_options import set_picked_ids
from components.widget_state import link_notes, seed

catalog = require_catalog()
start = COMPARE_VIEW.read()

compact_page_top()  # the answers, not the page furniture, fill the first screen
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
    st.session_state.pop(MEASURE_KEY, None)
    st.info("Pick at least two options (up to six) to see them side by side: use the box above, or the Explore page.")
    st.page_link("app_pages/explore.py", label="Go to Explore", icon=":material/filter_alt:")
    st.stop()

by_id = catalog.by_id()
picked = [by_id[item] for item in picks]

measure = compare_answers(picked, key="compare_answers")
compare_charts(catalog, picked, measure)
compare_details(picked, key="compare_details")
