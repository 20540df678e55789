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
from trd.logic.picks import PickChange, add_picks, change_note

PICKED_KEY = "picked_ids"
PICK_PARAM = "pick"
LAST_CHANGE_KEY = "picks_last_change"  # (note, picks before) of the last shortcut, until undone or replaced


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


def add_to_picks(ids: list[str], catalog: Catalog, *, undo: bool = True) -> PickChange:
    """A shortcut's change: add ``ids`` to the picks (never replacing them), keep a note of it and, when ``undo``, the way back."""
    change = add_picks(picked_ids(catalog), ids)
    set_picked_ids(list(change.after))
    note_change(change, catalog, undo=undo)
    return change


def note_change(change: PickChange, catalog: Catalog, *, undo: bool = True) -> None:
    """Keep a note of ``change`` for the picks box to show (with an Undo button when ``undo``)."""
    names = {t.id: t.name for t in catalog.treatments}
    st.session_state[LAST_CHANGE_KEY] = (change_note(change, names), list(change.before) if undo else None)


def last_change() -> tuple[str, list[str] | None] | None:
    """The note of the last shortcut and the picks before it (None when it cannot be undone), if there is one."""
    held = st.session_state.get(LAST_CHANGE_KEY)
    return (str(held[0]), held[1]) if held else None


def undo_last_change() -> None:
    """A callback: put the picks back as they were before the last shortcut."""
    held = last_change()
    forget_last_change()
    if held is not None and held[1] is not None:
        set_picked_ids(held[1])


def forget_last_change() -> None:
    """Drop the note of the last shortcut (the person changed the picks another way)."""
    st.session_state.pop(LAST_CHANGE_KEY, None)
