"""Waiting for the app, never by sleeping: for a run to settle, and for the rerun an action starts.

``wait_for_app`` can return before a rerun has begun (the page still says 'notRunning' from the
last run). ``rerun_after`` returns only once the server has reported a run finished after the
action, counted by the script that ``testing_support/run_watch.py`` adds to every page of the
browser context (the ``context`` fixture adds it; a test that makes its own context calls
``watch_runs`` on it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Page

from components.checklist_state import STORAGE_STATUS_KEY
from components.safety_notice import SAFETY_NOTICE_KEY
from testing_support.locate import key_selector, locate

APP_CONNECTED = "[data-testid=stApp][data-test-connection-state=CONNECTED]"
APP_NOT_RUNNING = "[data-testid=stApp][data-test-script-state=notRunning]"
SKELETON = "[data-testid=stSkeleton]"
EXCEPTION = "[data-testid=stException]"
# app.py draws the notice on every run, so it shows that a run has drawn something.
NOTICE = key_selector(SAFETY_NOTICE_KEY)

# The Questions page asks the browser for its stored notes and reruns when the answer comes; until
# then the page is still changing under a test (and under axe).
STORAGE_READ = "kept in this browser only"

# Before the action: how many runs had finished. Without the run watcher there is no honest way to
# tell, so say so instead of guessing from the page (that guess made tests flaky).
_ARM = """() => {
    if (!Array.isArray(window.__runEnds)) throw new Error('no run watcher in this page: call watch_runs(context) before opening it');
    window.__trdRunsBefore = window.__runEnds.length;
}"""
_RUN_DONE = """() => window.__runEnds.length > window.__trdRunsBefore
    && document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state') === 'notRunning'"""


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait until the script run has finished and nothing is still loading.

    The page says 'notRunning' before its first run too, so first wait for the
    notice that app.py draws on every run.
    """
    page.wait_for_selector(APP_CONNECTED, timeout=timeout)
    page.wait_for_selector(NOTICE, timeout=timeout)
    page.wait_for_selector(APP_NOT_RUNNING, timeout=timeout)
    page.wait_for_selector(SKELETON, state="detached", timeout=timeout)


def wait_for_settled(page: Page) -> None:
    """Wait for the app's run to finish and, on Questions, for its read of this browser's copy (and the rerun after it)."""
    wait_for_app(page)
    status = locate(page, STORAGE_STATUS_KEY)
    if status.count():
        status.filter(has_text=STORAGE_READ).wait_for(timeout=20_000)
        wait_for_app(page)


def open_page(page: Page, url: str) -> None:
    """Go to ``url``, wait for it to settle, and fail with the app's message if it shows an exception."""
    page.goto(url)
    wait_for_settled(page)
    assert page.locator(EXCEPTION).count() == 0, page.locator(EXCEPTION).first.inner_text()


@contextmanager
def rerun_after(page: Page, timeout: float = 30_000) -> Iterator[None]:
    """Around a widget action: on leaving, the rerun it caused has run to its end."""
    page.evaluate(_ARM)
    yield
    page.wait_for_function(_RUN_DONE, timeout=timeout)
    wait_for_app(page, timeout)
