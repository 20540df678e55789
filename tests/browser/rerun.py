"""Wait for the rerun that a widget action starts, not just for a quiet page.

``wait_for_app`` can return before a rerun has begun (the page still says
'notRunning' from the last run). ``rerun_after`` returns only once the server
has reported a run finished after the action, counted by the script that
``tests/browser/run_watch.py`` adds to every page of the test's context (the
``context`` fixture adds it; a test that makes its own context calls
``watch_runs`` on it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Page

from tests.browser.conftest import wait_for_app

# Before the action: how many runs had finished. Without the run watcher there is no honest way to
# tell, so say so instead of guessing from the page (that guess made tests flaky).
ARM = """() => {
    if (!Array.isArray(window.__runEnds)) throw new Error('no run watcher in this page: call watch_runs(context) before opening it');
    window.__trdRunsBefore = window.__runEnds.length;
}"""
RUN_DONE = """() => window.__runEnds.length > window.__trdRunsBefore
    && document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state') === 'notRunning'"""


@contextmanager
def rerun_after(page: Page, timeout: float = 30_000) -> Iterator[None]:
    """Around a widget action: on leaving, the rerun it caused has run to its end."""
    page.evaluate(ARM)
    yield
    page.wait_for_function(RUN_DONE, timeout=timeout)
    wait_for_app(page, timeout)
