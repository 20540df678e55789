"""The options a person has picked to compare, shared by Explore, Compare and Questions.

Session state holds the picks for this browser tab; the URL (``?pick=a,b``)
mirrors them so a link opens the same selection. Ids the catalog does not
know are dropped with a note, never an exception.
"""

from __future__ import annotations

import streamlit as st

from trd.models import Catalog

PICKED_KEY = "picked_ids"
PICK_PARAM = "pick"
MAX_PICKED = 6


def picked_ids(catalog: Catalog) -> list[str]:
    """The picked ids, in the order picked; read from the URL when the session has none yet."""
    if PICKED_KEY not in st.session_state:
        from_url = st.query_params.get(PICK_PARAM, "")
        wanted = [part.strip() for part in from_url.split(",") if part.strip()][: MAX_PICKED * 2]
        known = catalog.by_id()
        kept = [item for item in dict.fromkeys(wanted) if item in known][:MAX_PICKED]
        dropped = [item for item in wanted if item not in known]
        if dropped:
            st.session_state["picked_notice"] = f"{len(dropped)} option(s) in the link are not in this catalog and were left out."
        st.session_state[PICKED_KEY] = kept
    return list(st.session_state[PICKED_KEY])


def set_picked_ids(ids: list[str]) -> None:
    """Store the picks (at most six, no repeats) and mirror them in the URL."""
    cleaned = list(dict.fromkeys(ids))[:MAX_PICKED]
    st.session_state[PICKED_KEY] = cleaned
    if cleaned:
        st.query_params[PICK_PARAM] = ",".join(cleaned)
    elif PICK_PARAM in st.query_params:
        del st.query_params[PICK_PARAM]
