"""Keep one piece of text in this browser's localStorage, through a small component of the app's own.

The component is Streamlit's components v2: a few lines of script that run in the page itself (no
frame, no file or address of its own, nothing from another host). The text goes from the session
to the person's browser and back; nothing is kept on the server's disk.

Reading: while a session has not read the browser's copy, the component is mounted with
``read: true``; its script reads the copy and answers at once with a trigger value, which runs the
page once more. The answer is taken in a callback, before that run, so the page can restore the
notes before it draws anything. Writing: the text to keep is the component's data; its script runs
again whenever the data changes, writes it and sends nothing back (no rerun). The text is passed
only once the read has answered, so an empty new session never overwrites notes the browser still
holds.

Prefetching: on the app's other pages, ``prefetch_browser_copy`` asks for the copy once per session
from inside a fragment, so the answer reruns only that fragment (a few milliseconds) and waits in the
session until the page that keeps the copy opens; that page then restores the notes in its first run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from components.hidden_container import hidden_container

# One key per app and purpose, so other apps on the same host keep their own data.
STORAGE_PREFIX = "trd-options:"

_SCRIPT = """
const draftsName = (name) => name + ":drafts";

function readDrafts(name) {
  try { return JSON.parse(window.localStorage.getItem(draftsName(name)) || "{}") || {}; } catch (error) { return {}; }
}

// Keep what a person types in a box whose key starts with draftPrefix at every keystroke, before Streamlit
// has the text (it gets it when the box loses focus): a reload or a phone closing the tab loses nothing.
function keepDraftsAsTyped(name, draftPrefix) {
  const flag = "__trdDrafts:" + name;
  if (!draftPrefix || window[flag]) return;
  window[flag] = true;
  const marker = "st-key-" + draftPrefix;
  document.addEventListener("input", (event) => {
    const box = event.target.closest && event.target.closest('[class*="' + marker + '"]');
    const keyClass = box && [...box.classList].find((one) => one.startsWith(marker));
    if (!keyClass || typeof event.target.value !== "string") return;
    try {
      const drafts = readDrafts(name);
      drafts[keyClass.slice(marker.length)] = event.target.value;
      window.localStorage.setItem(draftsName(name), JSON.stringify(drafts));
    } catch (error) { /* full or blocked: the box still keeps it until it loses focus */ }
  }, true);
}

// After the list is written, a draft is needed only while it holds text the list does not (the same
// item's note), so it goes once written and when its item is gone. Reads the saved file's format.
function dropWrittenDrafts(name, text) {
  try {
    const notes = new Map(JSON.parse(text).checklist.items.map((item) => [item.id, item.note]));
    const drafts = readDrafts(name);
    for (const id of Object.keys(drafts)) if (!notes.has(id) || notes.get(id) === drafts[id]) delete drafts[id];
    if (Object.keys(drafts).length) window.localStorage.setItem(draftsName(name), JSON.stringify(drafts));
    else window.localStorage.removeItem(draftsName(name));
  } catch (error) { /* a list this script cannot read: leave the drafts */ }
}

export default function ({ data, setTriggerValue }) {
  const { name, read, text, draftPrefix } = data;
  keepDraftsAsTyped(name, draftPrefix);
  if (read) {
    try {
      setTriggerValue("answer", { text: window.localStorage.getItem(name), drafts: readDrafts(name) });
    } catch (error) {
      setTriggerValue("answer", { error: String(error) });  // storage blocked (a browser setting)
    }
  }
  if (typeof text === "string") {
    try {
      window.localStorage.setItem(name, text);
      dropWrittenDrafts(name, text);
    } catch (error) { /* full or blocked: "Save to a file" still works */ }
  }
}
"""
_storage = st.components.v2.component("trd_browser_storage", js=_SCRIPT)


@dataclass(frozen=True)
class BrowserCopy:
    """The outcome of reading the browser's copy.

    ``done`` is False until the browser has answered; ``text`` is what it held
    (None when nothing); ``blocked`` is True when the browser refuses storage.
    ``first`` is True only on the run when the answer arrived. ``drafts`` is what the person was still
    typing in boxes whose key starts with the ``draft_prefix`` given to ``keep_browser_copy`` (box key
    without the prefix -> text), kept in the browser at each keystroke.
    """

    done: bool
    text: str | None = None
    blocked: bool = False
    first: bool = False
    drafts: dict[str, str] = field(default_factory=dict)


def _done_key(key: str) -> str:
    return f"{key}_read_done"


def answer_key(key: str) -> str:
    """Where the browser's answer waits for the next run (the callback puts it there; AppTest may too)."""
    return f"{key}_answer"


def _take_answer(component_key: str, key: str) -> None:
    """The component's callback: keep the browser's answer (in ``component_key``'s state) where ``read_browser_copy(key)`` takes it."""
    found = st.session_state.get(component_key)
    answer = found.get("answer") if isinstance(found, dict) else None
    if answer is not None:
        st.session_state[answer_key(key)] = answer


def read_browser_copy(key: str) -> BrowserCopy:
    """What the browser answered, on the run after its answer; ``done`` without asking again after that.

    Call before ``keep_browser_copy`` in the same run: the answer arrives before the component is drawn.
    """
    if st.session_state.get(_done_key(key)):
        return BrowserCopy(done=True)
    answer: Any = st.session_state.pop(answer_key(key), None)
    if answer is None:
        return BrowserCopy(done=False)
    st.session_state[_done_key(key)] = True
    if not isinstance(answer, dict) or "error" in answer:
        return BrowserCopy(done=True, blocked=True, first=True)
    text = answer.get("text")
    drafts = answer.get("drafts")
    kept = {str(box): typed for box, typed in drafts.items() if isinstance(typed, str)} if isinstance(drafts, dict) else {}
    return BrowserCopy(done=True, text=text if isinstance(text, str) else None, first=True, drafts=kept)


def browser_copy_read(key: str) -> bool:
    """Whether this session has already read the browser's copy."""
    return bool(st.session_state.get(_done_key(key)))


def keep_browser_copy(name: str, text: str | None, key: str, draft_prefix: str = "") -> None:
    """Draw the component (on every run, at the same place, so nothing after it moves).

    Until the browser's copy has been read, it asks for it and writes nothing; after that it keeps
    ``text`` under ``name``, writing only when ``text`` changes. ``None`` leaves the browser's copy as it is.
    Boxes keyed ``draft_prefix + something`` are also kept as typed, until ``text`` holds what they hold.
    """
    read = browser_copy_read(key)
    with hidden_container(f"{key}_frame"):
        _storage(
            key=key,
            data={"name": STORAGE_PREFIX + name, "read": not read, "text": text if read else None, "draftPrefix": draft_prefix},
            on_answer_change=lambda: _take_answer(key, key),
        )


@st.fragment
def prefetch_browser_copy(name: str, key: str) -> None:
    """Ask for the browser's copy of ``name`` once per session, for ``read_browser_copy(key)`` on a later page.

    For pages that do not keep the copy themselves (it must not be mounted where ``keep_browser_copy``
    with the same ``key`` is). Only this fragment runs again when the answer arrives, so the page the
    person is reading is not drawn again; after the answer, or once the copy has been read, it draws nothing.
    """
    if browser_copy_read(key) or answer_key(key) in st.session_state:
        return
    prefetch_key = f"{key}_prefetch"
    with hidden_container(f"{prefetch_key}_frame"):
        _storage(
            key=prefetch_key,
            data={"name": STORAGE_PREFIX + name, "read": True, "text": None, "draftPrefix": ""},
            on_answer_change=lambda: _take_answer(prefetch_key, key),
        )
