"""Choosing the options to compare: a multiselect and table rows in step with the shared picks; a shortcut's note and Undo."""

from __future__ import annotations

import streamlit as st

from components.picked_options import forget_last_change, last_change, note_change, picked_ids, set_picked_ids, undo_last_change
from trd.catalog.models import Catalog
from trd.logic.limits import MAX_PICKS
from trd.logic.picks import picks_from_table


def _names(catalog: Catalog) -> dict[str, str]:
    return {t.id: t.name for t in catalog.treatments}


def pick_selector(catalog: Catalog, *, key: str, label: str = "Options to compare (2 to 6)") -> list[str]:
    """A multiselect of every option, showing and changing the shared picks; returns them."""
    picks = picked_ids(catalog)
    change_notice(key=f"{key}_change")
    st.session_state[key] = picks  # other pages and the cards' buttons may have changed them
    names = _names(catalog)
    st.multiselect(
        label,
        list(names),
        key=key,
        format_func=lambda item: names.get(item, item),
        max_selections=MAX_PICKS,
        on_change=_store,
        args=(key,),
        placeholder="Pick options to see them side by side",
        select_all=False,  # typing a name then Enter picks that option, not every fuzzy match (up to six)
    )
    return picks


def change_notice(*, key: str) -> None:
    """What the last shortcut did to the picks, with a button to undo it; nothing when there was none."""
    held = last_change()
    if held is None:
        return
    note, before = held
    with st.container(key=key):
        st.info(note, icon=":material/playlist_add:")
        if before is not None:
            st.button(
                "Undo", key=f"{key}_undo", on_click=undo_last_change, icon=":material/undo:", help="Put your picks back as they were."
            )


def _store(key: str) -> None:
    forget_last_change()
    set_picked_ids(list(st.session_state[key]))


def toggle_pick(option_id: str, catalog: Catalog) -> None:
    """Add ``option_id`` to the picks, or take it out if it is already picked (a button callback)."""
    forget_last_change()
    picks = picked_ids(catalog)
    set_picked_ids([item for item in picks if item != option_id] if option_id in picks else [*picks, option_id])


def take_pick_notice(catalog: Catalog, *, keep: bool = False) -> str | None:
    """The note about ids in a link that the catalog does not know: once, or until dropped when ``keep``.

    A page whose components rerun it by themselves keeps the note, so it is not
    gone before it has been read, and drops it when the person changes the picks.
    """
    picked_ids(catalog)  # reads the link on a first visit, which is when a note can arise
    notice = st.session_state.get("picked_notice") if keep else st.session_state.pop("picked_notice", None)
    return str(notice) if notice else None


def drop_pick_notice() -> None:
    """Forget the link's note about unknown ids (a callback for when the picks change)."""
    st.session_state.pop("picked_notice", None)


def picks_changed(key: str) -> None:
    """A callback for a picks box other than the selector above: the box under ``key`` now holds the picks."""
    drop_pick_notice()
    forget_last_change()
    set_picked_ids(list(st.session_state[key]))


def show_picks_in_table(key: str, picks: list[str], shown: list[str]) -> list[int]:
    """Tick the rows of the picked options in the table ``key`` that shows ``shown`` (before it is drawn); return those rows."""
    rows = [index for index, option_id in enumerate(shown) if option_id in picks]
    held = st.session_state.get(key)
    if held is None or sorted(held["selection"]["rows"]) != rows:
        st.session_state[key] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    return rows


def table_picks_changed(key: str, shown: list[str], drawn: list[int], catalog: Catalog) -> None:
    """A callback for a table that shows ``shown`` with the rows ``drawn`` ticked: its ticked rows are the picks among them.

    Picks not shown stay. Rows past the limit are not added, and a note says which.
    Nothing happens when the ticks are the ones drawn (another widget changed).
    """
    rows = sorted(st.session_state[key]["selection"]["rows"])
    if rows == drawn:
        return
    drop_pick_notice()
    ticked = [shown[index] for index in rows if 0 <= index < len(shown)]
    change = picks_from_table(picked_ids(catalog), shown, ticked)
    set_picked_ids(list(change.after))
    if change.left_out:
        note_change(change, catalog, undo=False)
    else:
        forget_last_change()
