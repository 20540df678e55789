"""Run the page again as soon as it reconnects, so a session that moved to another replica is rebuilt.

When the replica holding a person's session goes away, Streamlit's frontend reconnects through the
balancer to another replica, which starts a new, empty session. The frontend asks for a run after a
reconnect only when it has an auto-rerun timer (or a run was under way); otherwise it keeps showing
the old elements and the new session stays empty until the next click. This fragment's timer is
that condition: long enough never to matter by itself (one empty fragment run in twelve hours), it
makes every reconnect run the page with the link and widget values the browser holds, and the
Questions page read the browser's copy of the notes again (see components/browser_storage.py).
Tested in tests/deploy/test_failover.py.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

TIMER = dt.timedelta(hours=12)


@st.fragment(run_every=TIMER)
def _timer() -> None:
    """Draws nothing; its timer is what counts."""


def rerun_after_reconnect() -> None:
    """Call once per run, before the page (so a page that stops early still has it); it draws nothing."""
    _timer()
