"""The Explore results as a sortable table with readable columns."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from trd.catalog.models import Catalog
from trd.logic.ranking import PRIORITY_LABELS, RankedOption
from trd.render.tables import result_row


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


COLUMN_CONFIG = {
    "Option": st.column_config.TextColumn("Option", pinned=True, width="medium"),
    "Meets": st.column_config.TextColumn("Meets", help="How many of your priorities it meets"),
    "Meets which": st.column_config.TextColumn("Meets which"),
    "Misses": st.column_config.TextColumn("Misses"),
    "Category": st.column_config.TextColumn("Category"),
    "FDA status": st.column_config.TextColumn(
        "FDA status", help="US FDA status for depression, with the year and whether the use names TRD"
    ),
    "Invasiveness": st.column_config.TextColumn("Invasiveness"),
    "Anesthesia": st.column_config.TextColumn("Anesthesia"),
    "Where": st.column_config.TextColumn("Where"),
    "Clinic visits a week": st.column_config.TextColumn("Clinic visits a week"),
    "First benefit": st.column_config.TextColumn("First benefit", help="Approximate range from the sources"),
    "Evidence": st.column_config.TextColumn("Evidence"),
    "Brands": st.column_config.TextColumn("Brands"),
}


def results_table(catalog: Catalog, ranked: Sequence[RankedOption], *, key: str, with_priorities: bool) -> None:
    """Show ``ranked`` (already in order) as a table; priority columns only when some are chosen."""
    frame = catalog_frame(catalog).loc[[option.treatment.id for option in ranked]]
    if with_priorities:
        frame = frame.assign(
            **{
                "Meets": [option.score_text for option in ranked],
                "Meets which": [", ".join(PRIORITY_LABELS[p] for p in option.met) for option in ranked],
                "Misses": [", ".join(PRIORITY_LABELS[p] for p in option.missed) for option in ranked],
            }
        )
    order = [
        "Option",
        *(["Meets", "Meets which", "Misses"] if with_priorities else []),
        *[c for c in frame.columns if c in COLUMN_CONFIG and c not in ("Option", "Meets", "Meets which", "Misses")],
    ]
    st.dataframe(frame, key=key, hide_index=True, column_order=order, column_config=COLUMN_CONFIG, width="stretch")
