"""Explore: narrow the catalog with filters, order it by what matters most, pick options to compare."""

import streamlit as st

from components.active_catalog import require_catalog
from components.explore_view import EXPLORE_VIEW, reset_filters
from components.filter_panel import filter_panel
from components.option_card import card_key, option_card
from components.pick_selector import pick_selector, take_pick_notice
from components.results_table import results_table
from components.values_step import values_step
from components.widget_state import link_notes, seed
from trd.logic.filtering import loosen_hints
from trd.logic.links import ExploreView
from trd.logic.ranking import rank_by_values

CARDS_PER_PAGE = 12

catalog = require_catalog()
start = EXPLORE_VIEW.read()

st.title("Explore the options", anchor=False)
st.markdown(
    "Narrow the list with the filters in the side panel (on a phone, tap **»** at the top left), "
    "then pick two to six options to see them side by side."
)
link_notes(EXPLORE_VIEW.notes_key)
if notice := take_pick_notice(catalog):
    st.info(notice)

choices, outcome = filter_panel(catalog, start.choices, on_change=EXPLORE_VIEW.dismiss_notes)

weights, include_trials = values_step(start.weights, start.include_trials, on_change=EXPLORE_VIEW.dismiss_notes)
ranked = rank_by_values(outcome.options, weights, include_trials=include_trials)

seed("explore_show", "cards" if start.show_cards else "table")
EXPLORE_VIEW.write(
    ExploreView(choices=choices, weights=weights, include_trials=include_trials, show_cards=st.session_state["explore_show"] == "cards")
)

picks = pick_selector(catalog, key="explore_pick")
if len(picks) >= 2:
    st.page_link("app_pages/compare.py", label=f"Compare the {len(picks)} picked options", icon=":material/view_column:")
else:
    st.caption(f"{len(picks)} picked. Pick at least two to compare them.")

st.subheader(f"{len(outcome.options)} of {outcome.total} options", anchor=False)
if not outcome.options:
    hints = [hint for hint in loosen_hints(catalog.treatments, choices) if hint.would_remain > 0]
    with st.container(key="explore_empty"):
        if hints:
            best = hints[0]
            others = "; ".join(f"'{hint.label}' ({hint.would_remain})" for hint in hints[1:3])
            st.warning(
                f"No option matches every filter. Loosening **{best.label}** would bring back {best.would_remain} "
                f"option{'s' if best.would_remain != 1 else ''}." + (f" Other filters to loosen: {others}." if others else "")
            )
        else:
            st.warning("No option matches every filter. Loosen two or more of them, or clear them all.")
        st.button("Clear all filters", key="explore_clear", on_click=reset_filters, icon=":material/filter_alt_off:")
    st.stop()

show = st.segmented_control("Show as", ["table", "cards"], key="explore_show", format_func=str.title, required=True)
if show == "cards":
    seed("explore_cards_shown", CARDS_PER_PAGE)
    shown = int(st.session_state["explore_cards_shown"])
    columns = st.columns(2)
    for index, option in enumerate(ranked[:shown]):
        with columns[index % 2]:
            option_card(option, catalog, picks, key=card_key(option.treatment.id))
    if len(ranked) > shown:
        st.button(
            f"Show {min(CARDS_PER_PAGE, len(ranked) - shown)} more",
            key="explore_more",
            on_click=lambda: st.session_state.update(explore_cards_shown=shown + CARDS_PER_PAGE),
        )
else:
    results_table(catalog, ranked, picks, key="explore_table", with_values=bool(weights))
    st.caption("Tick the box at the start of a row to pick that option. Ranges such as '2-6 weeks' are approximate, from the sources.")
