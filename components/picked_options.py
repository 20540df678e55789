"""The options a person has picked to compare, shared by Explore, Compare and Questions.

Session state holds the picks for this browser tab; the URL (``?pick=a,b``)
mirrors them so a link opens the same selection. Ids the catalog does not
know are dropped with a note, never an exception.
"""

from __future__ import annotations

import streamlit as st

from trd.catalog.models import Catalog
from trd.logic.limits import MAX_PICKS
from trd.logic.links import parse_picks

PICKED_KEY = "picked_ids"
PICK_PARAM = "pick"


def picked_ids(catalog: Catalog) -> list[str]:
    """The picked ids, in the order picked; read from the URL when the session has none yet."""
    if PICKED_KEY not in st.session_state:
        parsed = parse_picks(st.query_params.get(PICK_PARAM, ""), {t.id: t.name for t in catalog.treatments})
        if parsed.notes:
            st.session_state["picked_notice"] = " ".join(parsed.notes)
        st.session_state[PICKED_KEY] = list(parsed.view)
    return list(st.session_state[PICKED_KEY])


def set_picked_ids(ids: list[str]) -> None:
    """Store the picks (at most six, no repeats) and mirror them in the URL."""
    cleaned = list(dict.fromkeys(ids))[:MAX_PICKS]
    st.session_state[PICKED_KEY] = cleaned
    if cleaned:
        st.query_params[PICK_PARAM] = ",".join(cleaned)
    elif PICK_PARAM in st.query_params:
        del st.query_params[PICK_PARAM]
