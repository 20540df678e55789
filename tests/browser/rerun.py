"""Wait for the rerun that a widget action starts, not just for a quiet page.

``wait_for_app`` can return before a rerun has begun (the page still says
'notRunning' from the last run). ``rerun_after`` watches the app's script
state from before the action, so it returns only once a run started after
the action has finished.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Page

from tests.browser.conftest import wait_for_app

# Records, in the page, whether the script state went to 'running' after this was installed.
WATCH_RUNS = """() => {
    const app = document.querySelector('[data-testid=stApp]');
    window.__trdRunSeen = false;
    if (window.__trdRunObserver) window.__trdRunObserver.disconnect();
    window.__trdRunObserver = new MutationObserver(() => {
        if (app.getAttribute('data-test-script-state') === 'running') window.__trdRunSeen = true;
    });
    window.__trdRunObserver.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""
RUN_DONE = """() => window.__trdRunSeen === true
    && document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state') === 'notRunning'"""


@contextmanager
def rerun_after(page: Page, timeout: float = 30_000) -> Iterator[None]:
    """Around a widget action: on leaving, the rerun it caused has run to its end."""
    page.evaluate(WATCH_RUNS)
    yield
    page.wait_for_function(RUN_DONE, timeout=timeout)
    wait_for_app(page, timeout)
