"""axe-core on every page, light and dark, desktop and phone.

Serious or critical violations fail the test unless a bare Streamlit page
with the same kinds of elements shows the same rule on the same kind of
element: those are the framework's own and are listed in the README.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from testing_support.browser import DESKTOP, PHONE
from testing_support.paths import BARE_WIDGETS_APP
from testing_support.server import streamlit_server
from testing_support.waits import open_page

PAGES = ["", "compare", "questions", "learn", "about"]
SERIOUS = {"serious", "critical"}
_TESTID = re.compile(r'data-testid="([^"]+)"')


def violations(browser: Browser, url: str, scheme: str, viewport: dict[str, int]) -> list[dict[str, Any]]:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        open_page(page, url)
        found = Axe().run(page).response["violations"]
        return [violation for violation in found if violation["impact"] in SERIOUS]
    finally:
        context.close()


def element_kinds(violation: dict[str, Any]) -> set[tuple[str, str]]:
    """(rule, data-testid of the element or its container) for every node of a violation."""
    kinds = set()
    for node in violation["nodes"]:
        match = _TESTID.search(node.get("html", "")) or _TESTID.search(" ".join(map(str, node.get("target", []))))
        kinds.add((violation["id"], match.group(1) if match else node.get("html", "")[:40]))
    return kinds


@pytest.fixture(scope="module")
def framework_kinds(browser: Browser) -> Iterator[set[tuple[str, str]]]:
    kinds: set[tuple[str, str]] = set()
    with streamlit_server(app=BARE_WIDGETS_APP) as url:
        for scheme in ("light", "dark"):
            for viewport in (DESKTOP, PHONE):
                for violation in violations_on_bare(browser, url, scheme, viewport):
                    kinds |= element_kinds(violation)
    yield kinds


def violations_on_bare(browser: Browser, url: str, scheme: str, viewport: dict[str, int]) -> list[dict[str, Any]]:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning] [data-testid=stDataFrame]", timeout=30_000)
        return [violation for violation in Axe().run(page).response["violations"] if violation["impact"] in SERIOUS]
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path or "explore")
def test_no_serious_violation_of_our_own(
    browser: Browser, app_url: str, framework_kinds: set[tuple[str, str]], path: str, scheme: str, viewport: dict[str, int]
) -> None:
    ours = []
    for violation in violations(browser, f"{app_url}/{path}", scheme, viewport):
        own_kinds = element_kinds(violation) - framework_kinds
        if own_kinds:
            ours.append((violation["id"], violation["help"], sorted(own_kinds)[:5]))
    assert ours == [], f"accessibility violations caused by the app: {ours}"
