"""The Explore results as a sortable table with readable columns; ticking a row picks that option."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st

from components.pick_selector import show_picks_in_table, table_picks_changed
from trd.catalog.models import Catalog
from trd.logic.ranking import RankedOption, label_of
from trd.render.facts import FACTS_BY_KEY, RESULTS_TABLE
from trd.render.tables import NUMBERS_SOURCE_COLUMN, OPTION_COLUMN, result_row


@st.cache_resource(show_spinner=False, max_entries=4)
def _catalog_frame(catalog_id: int, _catalog: Catalog) -> tuple[Catalog, pd.DataFrame]:
    """Every option's row, built once per catalog object and shared read-only.

    Keyed on the object's id; the cache holds the catalog itself, so the id
    cannot be reused by another catalog while the entry lives.
    """
    del catalog_id
    frame = pd.DataFrame([result_row(t) for t in _catalog.treatments]).set_index("id")
    return _catalog, frame


def catalog_frame(catalog: Catalog) -> pd.DataFrame:
    """The shared table of every option in ``catalog`` (do not modify it)."""
    held, frame = _catalog_frame(id(catalog), catalog)
    if held is not catalog:  # cannot happen while cached, but never show another catalog's rows
        frame = pd.DataFrame([result_row(t) for t in catalog.treatments]).set_index("id")
    return frame


MEETS, MEETS_WHICH, MISSES = "Meets", "Meets which", "Misses or not known"
VALUE_COLUMNS = (MEETS, MEETS_WHICH, MISSES)
# Row height that lets a cell wrap onto three lines (Streamlit wraps text once rows are taller than 4rem),
# so long option names are shown whole in a column narrow enough for a phone.
WRAPPING_ROW_HEIGHT = 72
HEADER_HEIGHT = 40
ROWS_SHOWN = 8  # then the table scrolls

COLUMN_CONFIG = {
    OPTION_COLUMN: st.column_config.TextColumn(OPTION_COLUMN, pinned=True, width=190),
    MEETS: st.column_config.TextColumn(MEETS, width=120, help="How many of the things that matter to you it meets"),
    MEETS_WHICH: st.column_config.TextColumn(MEETS_WHICH),
    MISSES: st.column_config.TextColumn(MISSES, help="'Not known': the catalog gives no numbers for it, so it does not count as met"),
    **{FACTS_BY_KEY[key].label: st.column_config.TextColumn(FACTS_BY_KEY[key].label, help=FACTS_BY_KEY[key].help) for key in RESULTS_TABLE},
    NUMBERS_SOURCE_COLUMN: st.column_config.LinkColumn(
        NUMBERS_SOURCE_COLUMN, display_text="Open the study", help="The paper or label the numbers come from"
    ),
}


def _misses(option: RankedOption) -> str:
    return ", ".join([*(label_of(p) for p in option.missed), *(f"{label_of(p)} (not known)" for p in option.unknown)])


def results_table(catalog: Catalog, ranked: Sequence[RankedOption], picks: list[str], *, key: str, with_values: bool) -> None:
    """Show ``ranked`` (already in order) as a table whose ticked rows are the picks; value columns only when some matter."""
    shown = [option.treatment.id for option in ranked]
    frame = catalog_frame(catalog).loc[shown]
    if with_values:
        frame = frame.assign(
            **{
                MEETS: [option.score_text for option in ranked],
                MEETS_WHICH: [", ".join(label_of(p) for p in option.met) for option in ranked],
                MISSES: [_misses(option) for option in ranked],
            }
        )
    order = [
        OPTION_COLUMN,
        *(VALUE_COLUMNS if with_values else ()),
        *[c for c in frame.columns if c in COLUMN_CONFIG and c != OPTION_COLUMN and c not in VALUE_COLUMNS],
    ]
    drawn = show_picks_in_table(key, picks, shown)
    st.dataframe(
        frame,
        key=key,
        hide_index=True,
        column_order=order,
        column_config=COLUMN_CONFIG,
        width="stretch",
        row_height=WRAPPING_ROW_HEIGHT,
        height=HEADER_HEIGHT + min(ROWS_SHOWN, len(shown)) * WRAPPING_ROW_HEIGHT + 2,
        selection_mode="multi-row",
        on_select=partial(table_picks_changed, key, shown, drawn, catalog),
    )
