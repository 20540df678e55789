"""The keys a presenter's clicker sends move the slides: arrows, Page Up and Page Down, and space.

A small script of the app's own (never catalog text) listens on the page and
clicks the presenter's own Next and Previous buttons, so a key does exactly
what a click does. It leaves a key alone while a person types in a field or
while a button, link or menu has the focus and uses the key itself.

Why ``st.html`` with its script allowed, not ``st.components.v2``: a v2
component loads its inline script from a ``blob:`` address, which the
deployment's Content-Security-Policy (``script-src 'self' 'unsafe-inline'``)
refuses; an inline script is allowed. The script is added once per page and
does nothing when no presenter's buttons are on the page.
"""

from __future__ import annotations

import json

import streamlit as st

NEXT_KEYS = ("ArrowRight", "ArrowDown", "PageDown", " ")
PREVIOUS_KEYS = ("ArrowLeft", "ArrowUp", "PageUp")
KEYS_FRAME_KEY = "present_keys"

_SCRIPT = """
<script>
(() => {
  if (window.__trdSlideKeys) return;  // one listener per page, however often the presenter is drawn
  window.__trdSlideKeys = true;
  const NEXT = %(next)s;
  const PREVIOUS = %(previous)s;
  // Where a key already means something: typing, or a control that uses it.
  const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], '
    + '[role="combobox"], [role="listbox"], [role="menu"], [role="slider"], [role="spinbutton"], [role="dialog"]';
  const USES_SPACE = 'button, a, summary, [role="button"], [role="switch"], [role="checkbox"], [role="tab"]';
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const step = NEXT.includes(event.key) ? '%(next_key)s' : PREVIOUS.includes(event.key) ? '%(previous_key)s' : null;
    if (step === null) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest(TYPING)) return;
    if (event.key === ' ' && target && target.closest(USES_SPACE)) return;
    const button = document.querySelector('.st-key-' + step + ' button');
    if (!button) return;  // not presenting
    event.preventDefault();  // the page itself does not scroll
    if (!button.disabled) button.click();
  });
})();
</script>
"""


def slide_keys(next_key: str, previous_key: str, *, key: str = KEYS_FRAME_KEY) -> None:
    """Let the clicker's keys press the buttons keyed ``next_key`` and ``previous_key``; takes no room."""
    script = _SCRIPT % {
        "next": json.dumps(NEXT_KEYS),
        "previous": json.dumps(PREVIOUS_KEYS),
        "next_key": next_key,
        "previous_key": previous_key,
    }
    st.html(f"<style>.st-key-{key} {{ display: none; }}</style>")
    with st.container(key=key):
        st.html(script, unsafe_allow_javascript=True)
