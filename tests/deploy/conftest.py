"""Fixtures for tests through the balancer: a fresh local deployment and a page watcher (Chromium: tests/conftest.py).

The watcher fails a test on any console error and any Content-Security-Policy violation, except
the browser's own notes that a websocket or a request failed while the replica holding the session
was gone (``expect_reconnect``): that is the reconnect a person sees as Streamlit's notice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext

from deploy.local import LocalDeployment
from testing_support.browser import DESKTOP
from testing_support.deployment import COOKIE, Watch, running_deployment


@pytest.fixture
def two_replicas() -> Iterator[LocalDeployment]:
    """A fresh balancer with two replicas for each test (tests kill replicas)."""
    with running_deployment(2) as deployment:
        yield deployment


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def new_person(browser: Browser, watch: Watch) -> Iterator[Callable[..., BrowserContext]]:
    """Make a person: a fresh browser context, optionally pinned to one replica by its cookie."""
    contexts: list[BrowserContext] = []

    def make(base_url: str, replica: str | None = None) -> BrowserContext:
        context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
        watch.attach(context)
        if replica is not None:
            context.add_cookies([{"name": COOKIE, "value": replica, "url": base_url}])
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert watch.console_errors == [], f"browser console errors: {watch.console_errors}"
