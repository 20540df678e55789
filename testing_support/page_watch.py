"""What a page did that a user would not want: console errors, requests to other hosts.

Every browser test's page is watched (the ``page`` fixture fails the test if either shows up);
a test that makes its own browser context attaches a ``PageWatch`` to it.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from playwright.sync_api import BrowserContext, ConsoleMessage, Request, Response

_FRAMEWORK_PROBE = re.compile(r"^/[^/]+(/[^/]+)*/_stcore/(health|host-config)$")


class PageWatch:
    """Console errors and requests to hosts other than ``own_host``, from every page of a context."""

    def __init__(self, own_host: str) -> None:
        self.own_host = own_host
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self._expected_404s = 0

    def attach(self, context: BrowserContext) -> None:
        context.on("request", self._on_request)
        context.on("response", self._on_response)
        context.on("page", lambda page: page.on("console", self._on_console))

    def _on_response(self, response: Response) -> None:
        # Opened at /compare, Streamlit's frontend first looks for its server
        # under /compare/_stcore/ and falls back to /_stcore/; those 404s are
        # the framework's own probing, not a fault of the app.
        if response.status == 404 and _FRAMEWORK_PROBE.search(urlparse(response.url).path):
            self._expected_404s += 1

    def _on_request(self, request: Request) -> None:
        parsed = urlparse(request.url)
        if parsed.scheme in ("data", "blob", "about"):
            return
        if parsed.hostname != self.own_host:
            self.foreign_requests.append(request.url)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        if self._expected_404s and message.text.startswith("Failed to load resource") and "404" in message.text:
            self._expected_404s -= 1
            return
        self.console_errors.append(message.text)
