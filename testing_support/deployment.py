"""What the tests through the balancer share: starting a deployment, a page watch that knows reconnects and
CSP violations, a replica's name from its cookie, and running a coroutine beside Playwright's sync API."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlparse

from playwright.sync_api import BrowserContext, Page

from deploy.local import LocalDeployment, free_port
from testing_support.run_watch import watch_runs

T = TypeVar("T")
COOKIE = "TRDSERVER"
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


@contextmanager
def running_deployment(replicas: int, **options: object) -> Iterator[LocalDeployment]:
    """A started balancer with ``replicas`` replicas on free loopback ports, stopped when the block ends."""
    deployment = start_deployment(replicas, **options)
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


def replica_of(context: BrowserContext, base_url: str) -> str:
    """The replica the balancer holds this person's session on (its stickiness cookie)."""
    host = urlparse(base_url).hostname
    values = [c["value"] for c in context.cookies() if c["name"] == COOKIE and c["domain"].lstrip(".") == host]
    assert values, f"no {COOKIE} cookie: the balancer did not pin this person to a replica"
    return values[0]


VERSION_LINE = re.compile(r"^version: .*$", re.MULTILINE)


def with_version(catalog_text: str, version_line: str) -> str:
    """The catalog's text with its top-level ``version:`` line replaced by ``version_line`` (for rollout tests)."""
    changed, count = VERSION_LINE.subn(version_line, catalog_text, count=1)
    assert count == 1, "the catalog has no top-level 'version:' line"
    return changed
