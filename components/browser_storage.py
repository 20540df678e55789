"""Keep one piece of text in this browser's localStorage, through the streamlit_js_eval component.

Why this component: its whole frontend is one small HTML file served by the
app's own server (no CDN, no other host), it is maintained (1.0.0, 2026), and
it works in headless Chromium. Nothing is sent to or kept on the server's
disk: the text goes from the session to the person's browser and back.

The component answers asynchronously: on its first render it returns None,
and the real value arrives with a rerun a moment later. ``read_browser_copy``
therefore says whether the read has finished, and ``write_browser_copy`` must
only be called after it has, so an empty new session never overwrites notes
the browser still holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit_js_eval import streamlit_js_eval

# One key per app and purpose, so other apps on the same host keep their own data.
STORAGE_PREFIX = "trd-options:"

_READ_JS = """(function () {
  try { return {text: window.localStorage.getItem(%s)}; }
  catch (error) { return {error: String(error)}; }
})()"""
_WRITE_JS = """(function () {
  try { window.localStorage.setItem(%s, %s); } catch (error) { /* full or blocked: the saved file still works */ }
})()"""


@dataclass(frozen=True)
class BrowserCopy:
    """The outcome of reading the browser's copy.

    ``done`` is False until the browser has answered; ``text`` is what it held
    (None when nothing); ``blocked`` is True when the browser refuses storage.
    ``first`` is True only on the run when the answer arrived.
    """

    done: bool
    text: str | None = None
    blocked: bool = False
    first: bool = False


def _hidden(key: str) -> DeltaGenerator:
    """A container that takes no room: the component's frame has nothing to show."""
    st.html(f"<style>.st-key-{key} {{ display: none; }}</style>")
    return st.container(key=key)


def _done_key(key: str) -> str:
    return f"{key}_read_done"


def read_browser_copy(name: str, key: str) -> BrowserCopy:
    """Read ``name`` from localStorage once per session; afterwards report it as done without asking again."""
    # The frame is drawn on every run, empty once the read is done: if it went away, everything after
    # it would move up one place and be drawn anew (tabs jumped back to their first tab).
    frame = _hidden(f"{key}_read_frame")
    if st.session_state.get(_done_key(key)):
        return BrowserCopy(done=True)
    storage_name = json.dumps(STORAGE_PREFIX + name)
    with frame:
        answer = streamlit_js_eval(js_expressions=_READ_JS % storage_name, key=f"{key}_read")
    if answer is None:
        return BrowserCopy(done=False)  # the component's first render: the browser has not answered yet
    st.session_state[_done_key(key)] = True
    if not isinstance(answer, dict) or "error" in answer:
        return BrowserCopy(done=True, blocked=True, first=True)
    text = answer.get("text")
    return BrowserCopy(done=True, text=text if isinstance(text, str) else None, first=True)


def browser_copy_read(key: str) -> bool:
    """Whether this session has already read the browser's copy."""
    return bool(st.session_state.get(_done_key(key)))


def write_browser_copy(name: str, text: str, key: str) -> None:
    """Store ``text`` under ``name`` in localStorage, once the read is done (before that, nothing is written).

    The component runs the script only when ``text`` differs from what it ran
    last, and sends nothing back, so writing causes no extra rerun.
    """
    frame = _hidden(f"{key}_write_frame")  # drawn on every run, like the read frame, so nothing after it moves
    if not browser_copy_read(key):
        return
    expression = _WRITE_JS % (json.dumps(STORAGE_PREFIX + name), json.dumps(text))
    with frame:
        streamlit_js_eval(js_expressions=expression, want_output=False, key=f"{key}_write")
