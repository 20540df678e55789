"""Choosing the options to compare: a multiselect that stays in step with the shared picks."""

from __future__ import annotations

import streamlit as st

from components.picked_options import picked_ids, set_picked_ids
from trd.catalog.models import Catalog
from trd.logic.limits import MAX_PICKS


def _names(catalog: Catalog) -> dict[str, str]:
    return {t.id: t.name for t in catalog.treatments}


def pick_selector(catalog: Catalog, *, key: str, label: str = "Options to compare (2 to 6)") -> list[str]:
    """A multiselect of every option, showing and changing the shared picks; returns them."""
    picks = picked_ids(catalog)
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


def _store(key: str) -> None:
    set_picked_ids(list(st.session_state[key]))


def toggle_pick(option_id: str, catalog: Catalog) -> None:
    """Add ``option_id`` to the picks, or take it out if it is already picked (a button callback)."""
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
    set_picked_ids(list(st.session_state[key]))
