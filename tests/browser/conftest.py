"""Shared browser fixtures: one server per session, a fresh Chromium context per test.

Every test page records console errors and requests to other hosts; a test
fails if either shows up (see ``page`` below).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser.run_watch import watch_runs
from tests.browser.server import streamlit_server

_FRAMEWORK_PROBE = re.compile(r"^/[^/]+(/[^/]+)*/_stcore/(health|host-config)$")
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with streamlit_server() as url:
        yield url


class PageWatch:
    """What a page did that a user would not want: console errors, requests elsewhere."""

    def __init__(self, own_host: str) -> None:
        self.own_host = own_host
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self._expected_404s = 0

    def attach(self, context: BrowserContext) -> None:
        context.on("request", self._on_request)
        context.on("response", self._on_response)
        context.on("page", lambda page: page.on("console", self._on_console))

    def _on_response(self, response) -> None:  # type: ignore[no-untyped-def]
        # Opened at /compare, Streamlit's frontend first looks for its server
        # under /compare/_stcore/ and falls back to /_stcore/; those 404s are
        # the framework's own probing, not a fault of the app.
        if response.status == 404 and _FRAMEWORK_PROBE.search(urlparse(response.url).path):
            self._expected_404s += 1

    def _on_request(self, request) -> None:  # type: ignore[no-untyped-def]
        parsed = urlparse(request.url)
        if parsed.scheme in ("data", "blob", "about"):
            return
        if parsed.hostname != self.own_host:
            self.foreign_requests.append(request.url)

    def _on_console(self, message) -> None:  # type: ignore[no-untyped-def]
        if message.type != "error":
            return
        if self._expected_404s and message.text.startswith("Failed to load resource") and "404" in message.text:
            self._expected_404s -= 1
            return
        self.console_errors.append(message.text)


@pytest.fixture
def watch(app_url: str) -> PageWatch:
    return PageWatch(urlparse(app_url).hostname or "127.0.0.1")


@pytest.fixture
def context(browser: Browser, watch: PageWatch) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    watch.attach(context)
    watch_runs(context)  # rerun_after needs it
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, watch: PageWatch) -> Iterator[Page]:
    page = context.new_page()
    yield page
    assert watch.foreign_requests == [], f"requests left the machine: {watch.foreign_requests}"
    assert watch.console_errors == [], f"browser console errors: {watch.console_errors}"


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait until the script run has finished and nothing is still loading.

    The page says 'notRunning' before its first run too, so first wait for the
    notice that app.py draws on every run.
    """
    page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=timeout)
    page.wait_for_selector(".st-key-safety_notice", timeout=timeout)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=timeout)
    page.wait_for_selector("[data-testid=stSkeleton]", state="detached", timeout=timeout)


# The Questions page asks the browser for its stored notes and reruns when the answer comes; until
# then the page is still changing under a test (and under axe).
STORAGE_STATUS = ".st-key-questions_storage_status"
STORAGE_READ = "kept in this browser only"


def wait_for_settled(page: Page) -> None:
    """Wait for the app's run to finish and, on Questions, for its read of this browser's copy (and the rerun after it)."""
    wait_for_app(page)
    if page.locator(STORAGE_STATUS).count():
        page.locator(STORAGE_STATUS).filter(has_text=STORAGE_READ).wait_for(timeout=20_000)
        wait_for_app(page)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_settled(page)
    assert page.locator("[data-testid=stException]").count() == 0, page.locator("[data-testid=stException]").first.inner_text()
