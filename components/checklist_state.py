"""The session's working copy of the checklist, and its copy in this browser.

Session state holds the working copy (a frozen ``Checklist``); every change
replaces it. ``keep_in_browser`` runs on each Questions page run: on a fresh
session it reads the browser's copy first and restores it, and only then
writes the working copy back whenever it changes. Until the read has answered
the page draws only its status line (``notes_ready``), so a person's list is
never shown empty before their notes are back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from components.browser_storage import browser_copy_read, keep_browser_copy, prefetch_browser_copy, read_browser_copy
from components.picked_options import picked_ids, set_picked_ids
from trd.catalog.models import Catalog
from trd.logic import checklist as model
from trd.logic.checklist import Checklist

CHECKLIST_KEY = "questions_checklist"
MESSAGE_KEY = "questions_message"
STORAGE_NAME = "questions-checklist"
STORAGE_COMPONENT_KEY = "questions_storage"
STORAGE_STATUS_KEY = "questions_storage_status"
UNREADABLE_COPY_KEY = "questions_unreadable_browser_copy"
# The note boxes of the list (``item_key(LIST_KEY, "note", item_id)``): kept in the browser as typed.
LIST_KEY = "ql"
NOTE_BOX_PREFIX = f"{LIST_KEY}_note_"


def current_checklist() -> Checklist:
    """The working copy (an empty checklist in a new session)."""
    found = st.session_state.get(CHECKLIST_KEY)
    return found if isinstance(found, Checklist) else Checklist()


def replace_checklist(checklist: Checklist) -> None:
    """Make ``checklist`` the working copy."""
    st.session_state[CHECKLIST_KEY] = checklist


def change(edit: Callable[..., Checklist], *args: Any) -> None:
    """Apply one edit from ``trd.logic.checklist`` to the working copy (for widget callbacks)."""
    replace_checklist(edit(current_checklist(), *args))


def say(message: str, kind: str = "success") -> None:
    """Leave a message for the next run of the page (after a callback)."""
    st.session_state[MESSAGE_KEY] = (kind, message)


def take_message() -> tuple[str, str] | None:
    """The message left by the last action, once."""
    found = st.session_state.pop(MESSAGE_KEY, None)
    return found if isinstance(found, tuple) else None


def considered_option_ids(catalog: Catalog) -> list[str]:
    """The options being considered: the shared picks, which the checklist also records."""
    picked = picked_ids(catalog)
    checklist = current_checklist()
    if tuple(picked) != checklist.option_ids:
        replace_checklist(model.set_options(checklist, picked))
    return picked


def keep_in_browser(catalog: Catalog) -> str:
    """Restore from and save to this browser; return a short status line for the page."""
    copy = read_browser_copy(STORAGE_COMPONENT_KEY)
    if copy.first:
        if copy.blocked:
            say("This browser does not let the app keep notes. Use “Save to a file” to keep your list.", "warning")
        else:
            if copy.text and not model.can_read(copy.text):  # kept as it is (see below) and offered as a file
                st.session_state[UNREADABLE_COPY_KEY] = copy.text
            restored, message = model.restore(current_checklist(), copy.text)
            restored, drafts_back = model.apply_drafts(restored, copy.drafts)
            if drafts_back and not message:
                message = "A note you were still typing last time is back."
            known = catalog.by_id()
            if not picked_ids(catalog) and restored.option_ids:
                set_picked_ids([option_id for option_id in restored.option_ids if option_id in known])
            replace_checklist(restored)
            if message:
                say(message, "success" if "back" in message else "warning")
    # Drawn on every run: it asks for the browser's copy until it has it, and only then writes. A copy this
    # version cannot read (a newer version's, during a rollout) is not overwritten until the person adds something.
    keep = model.text_to_keep(current_checklist(), browser_copy_unreadable=UNREADABLE_COPY_KEY in st.session_state)
    keep_browser_copy(STORAGE_NAME, keep, STORAGE_COMPONENT_KEY, draft_prefix=NOTE_BOX_PREFIX)
    if not copy.done:
        return "Looking for notes from your last visit in this browser…"
    return "Your ticks, notes and history are kept in this browser only, and saved as you go."


def prefetch_notes() -> None:
    """On any page but Questions: fetch this browser's notes into the session, so Questions opens in one run."""
    prefetch_browser_copy(STORAGE_NAME, STORAGE_COMPONENT_KEY)


def unreadable_browser_copy() -> str | None:
    """What this browser held when it could not be read, so the page can offer it as a file; None when all was well."""
    text = st.session_state.get(UNREADABLE_COPY_KEY)
    return text if isinstance(text, str) else None


def notes_ready() -> bool:
    """Whether this browser's copy has been read (and restored) in this session."""
    return browser_copy_read(STORAGE_COMPONENT_KEY)


def storage_status_line(status: str) -> None:
    """The line that says where the notes are kept (tests wait for it to say so)."""
    with st.container(key=STORAGE_STATUS_KEY):
        st.caption(f":material/lock: {status}")
