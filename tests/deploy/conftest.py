"""Fixtures for tests through the balancer: a fresh local deployment and a page watcher (Chromium: tests/conftest.py).

The watcher fails a test on any console error and any Content-Security-Policy violation, except
the browser's own notes that a websocket or a request failed while the replica holding the session
was gone (``expect_reconnect``): that is the reconnect a person sees as Streamlit's notice.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from deploy.local import LocalDeployment, free_port
from testing_support.run_watch import watch_runs

T = TypeVar("T")
COOKIE = "TRDSERVER"
DESKTOP = {"width": 1366, "height": 900}
# Every CSP violation in a page (and its frames) is noted here before the app loads.
CSP_HOOK = """(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
})();"""
# What Chromium logs while the replica holding a session is gone and Streamlit reconnects.
# Opened at /questions, Streamlit's frontend first looks for its server under /questions/_stcore/
# and falls back to /_stcore/: those 404s are the framework's own probing (as in tests/browser).
FRAMEWORK_PROBE = re.compile(r"^/[^/]+(/[^/]+)*/_stcore/(health|host-config)$")
RECONNECT_NOISE = re.compile(r"^(WebSocket connection to .* failed|Failed to load resource: the server responded with a status of 50[234])")


def run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to its end in a thread of its own (Playwright's sync API holds this thread's event loop)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def start_deployment(replicas: int, **options: object) -> LocalDeployment:
    deployment = LocalDeployment(replicas, port=free_port(), replica_ports=[free_port() for _ in range(replicas)], **options)  # type: ignore[arg-type]
    deployment.start()
    return deployment


@pytest.fixture
def two_replicas() -> Iterator[LocalDeployment]:
    """A fresh balancer with two replicas for each test (tests kill replicas)."""
    deployment = start_deployment(2)
    try:
        yield deployment
    finally:
        deployment.stop()


class Watch:
    """Console errors and CSP violations of every page in the contexts it is attached to."""

    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.pages: list[Page] = []
        self.reconnect_noise = 0
        self.expect_reconnect = False
        self._expected_404s = 0

    def attach(self, context: BrowserContext) -> None:
        context.add_init_script(CSP_HOOK)
        watch_runs(context)  # rerun_after needs it
        context.on("page", self._on_page)

    def _on_page(self, page: Page) -> None:
        self.pages.append(page)
        page.on("console", self._on_console)
        page.on("response", self._on_response)

    def _on_response(self, response) -> None:  # type: ignore[no-untyped-def]
        if response.status == 404 and FRAMEWORK_PROBE.search(urlparse(response.url).path):
            self._expected_404s += 1

    def _on_console(self, message) -> None:  # type: ignore[no-untyped-def]
        if message.type != "error":
            return
        if self.expect_reconnect and RECONNECT_NOISE.search(message.text):
            self.reconnect_noise += 1
            return
        if self._expected_404s and message.text.startswith("Failed to load resource") and "404" in message.text:
            self._expected_404s -= 1
            return
        self.console_errors.append(message.text)

    def csp_violations(self) -> list[str]:
        found: list[str] = []
        for page in self.pages:
            if page.is_closed():
                continue
            for frame in page.frames:
                try:
                    found.extend(frame.evaluate("() => window.__cspViolations || []"))
                except Exception:  # a frame that went away while we asked
                    continue
        return found


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


def replica_of(context: BrowserContext, base_url: str) -> str:
    """The replica the balancer holds this person's session on (its stickiness cookie)."""
    host = urlparse(base_url).hostname
    values = [c["value"] for c in context.cookies() if c["name"] == COOKIE and c["domain"].lstrip(".") == host]
    assert values, f"no {COOKIE} cookie: the balancer did not pin this person to a replica"
    return values[0]
