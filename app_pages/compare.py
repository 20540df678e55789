"""Compare: two to six picked options side by side, in words and in charts."""

import streamlit as st

from components.active_catalog import require_catalog
from components.chart_frame import chart_frame
from components.compare_view import NOTES_KEY, dismiss_compare_notes, store_compare_view, stored_compare_view
from components.comparison_table import comparison_table
from components.pick_selector import pick_selector, take_pick_notice
from components.picked_options import set_picked_ids
from components.widget_state import link_notes, seed
from trd import figures
from trd.url_state import MAX_TRAVEL_MINUTES, CompareView

APPROXIMATE = "Numbers are approximate ranges from the sources; your own course may differ."

catalog = require_catalog()
start = stored_compare_view()

st.title("Compare side by side", anchor=False)
link_notes(NOTES_KEY)
if notice := take_pick_notice(catalog):
    st.info(notice)

picks = pick_selector(catalog, key="compare_pick")
set_picked_ids(picks)  # page switches clear the URL; put the picks back so this view can be shared

seed("compare_hide_same", start.hide_same_rows)
seed("compare_layout", "cards" if start.cards_layout else "columns")
seed("compare_travel", start.travel_minutes)

if len(picks) < 2:
    st.info("Pick at least two options (up to six) to see them side by side: use the box above, or the Explore page.")
    st.page_link("app_pages/explore.py", label="Go to Explore", icon=":material/filter_alt:")
    store_compare_view(start)
    st.stop()

by_id = catalog.by_id()
picked = [by_id[item] for item in picks]

controls = st.container(horizontal=True, vertical_alignment="bottom", key="compare_controls")
with controls:
    st.segmented_control(
        "Layout",
        ["columns", "cards"],
        key="compare_layout",
        format_func=lambda value: "Columns" if value == "columns" else "Cards (for small screens)",
        required=True,
        on_change=dismiss_compare_notes,
    )
    st.toggle("Hide rows that are the same", key="compare_hide_same", on_change=dismiss_compare_notes)

hidden = comparison_table(
    picked,
    hide_same=bool(st.session_state["compare_hide_same"]),
    as_cards=st.session_state["compare_layout"] == "cards",
    key="comparison",
)
if hidden:
    st.caption(f"{hidden} row(s) that are the same for every option are hidden.")

st.header("In pictures", anchor=False)
st.number_input(
    "Your travel time to the clinic, one way (minutes)",
    min_value=0,
    max_value=MAX_TRAVEL_MINUTES,
    step=5,
    key="compare_travel",
    on_change=dismiss_compare_notes,
    help="Used for the hours in the first eight weeks.",
    width=360,
)
travel = int(st.session_state["compare_travel"])
store_compare_view(
    CompareView(
        travel_minutes=travel,
        hide_same_rows=bool(st.session_state["compare_hide_same"]),
        cards_layout=st.session_state["compare_layout"] == "cards",
    )
)

chart_frame(
    figures.onset_figure(picked),
    title="Time to a first benefit",
    caption="Each bar runs from the earliest to the latest time a first benefit is usually noticed, on a scale where hours and months both fit.",
    note=APPROXIMATE,
    rows=figures.onset_rows(picked),
    key="chart_onset",
)
chart_frame(
    figures.eight_weeks_figure(picked, travel),
    title="Your first eight weeks",
    caption=(
        f"Clinic visits, hours and days needing a driver in weeks 1-8, with {travel} minutes of travel each way. "
        "Visits = sessions a week x weeks of the course (at most 8), and 0 for treatment at home. "
        "Hours = visits x (session + monitoring + travel both ways); at home, just the session time. "
        "Driver days = visits, for options after which you may not drive."
    ),
    note=APPROXIMATE,
    rows=figures.eight_week_rows(picked, travel),
    key="chart_weeks",
)
chart_frame(
    figures.options_map_figure(catalog.treatments, picks),
    title="Where these sit among all options",
    caption=(
        "Every option in the catalog by how invasive it is (up) and how soon a first benefit can start (right); your picks are ringed. "
        "Colour and shape show the category; points that share a spot are spread slightly."
    ),
    note=APPROXIMATE,
    rows=figures.map_rows(catalog.treatments, picks),
    key="chart_map",
)
chart_frame(
    figures.landscape_figure(catalog.treatments),
    title="The whole field",
    caption="Every option in the catalog by category, then by FDA status; a tile's size is how many options it holds. Click a tile to zoom in.",
    note="FDA status is for depression in the US.",
    rows=figures.landscape_rows(catalog.treatments),
    key="chart_landscape",
)
