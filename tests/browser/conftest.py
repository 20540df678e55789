"""Browser fixtures: one server per session, a fresh Chromium context per test.

Every test page records console errors and requests to other hosts; a test
fails if either shows up (see ``page`` below). The helpers the tests use
(waits, locating by key, the server) live in ``testing_support``.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from testing_support.browser import DESKTOP
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.server import streamlit_server


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with streamlit_server() as url:
        yield url


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
