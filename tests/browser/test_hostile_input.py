"""Catalog text is shown as text: a crafted catalog cannot run script, open a dialog or load anything.

A second server runs with tests/fixtures/hostile_catalog.yaml (every text tries
to be HTML, a script, a Markdown image or a javascript: link), plus one entry
whose every text field is as long as the schema allows and has no spaces. Every
page is visited, Compare with the hostile options picked, Explore as cards,
Questions with the hostile options, and every slide of presentation mode.
Nothing may run (``window.__xss`` stays undefined, no dialog opens), nothing may
be requested from another host (the PageWatch), the literal "<script>" must be
visible as text, and the page must not scroll sideways.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Dialog, Page, expect

from components.option_card import card_key
from testing_support.browser import DESKTOP, PHONE
from testing_support.locate import key_selector, locate
from testing_support.page_watch import PageWatch
from testing_support.paths import ROOT
from testing_support.run_watch import watch_runs
from testing_support.server import streamlit_server
from testing_support.waits import open_page, rerun_after, wait_for_app
from trd.catalog.loader import load_catalog

HOSTILE = ROOT / "tests" / "fixtures" / "hostile_catalog.yaml"
LONG_ID = "hostile-" + "long" * 18  # 80 characters, the longest id the schema allows
SCRIPT_TEXT = "<script>window.__xss = 1</script>"


def oversized_entry(template: dict) -> dict:  # type: ignore[type-arg]
    """A copy of ``template`` whose texts are as long as the schema allows, without a space to break a line."""
    entry = copy.deepcopy(template)
    entry["id"] = LONG_ID
    entry["name"] = "N" * 300
    entry["brands"] = ["B" * 300, "<b>" * 100]
    entry["summary"] = "S" * 4000
    entry["mechanism"] = "M" * 4000
    entry["side_effects"] = ["E" * 4000]
    entry["fda"]["indication"] = "I" * 4000
    entry["schedule"]["summary"] = "<i>" * 1000
    entry["sources"] = [*entry["sources"], {"title": "T" * 300, "url": "https://example.org/" + "u" * 400}]
    return entry


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    data["treatments"].append(oversized_entry(data["treatments"][0]))
    catalog = tmp_path_factory.mktemp("hostile") / "hostile_and_oversized.yaml"
    catalog.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert len(load_catalog(catalog).treatments) == 3  # the crafted file must load, or the test shows only its problems
    with streamlit_server(env={"TRD_CATALOG": str(catalog)}) as url:
        yield url


class Visit:
    """One browser context on the hostile server, failing on any dialog, script, request elsewhere or console error."""

    def __init__(self, browser: Browser, viewport: dict[str, int]) -> None:
        self.context = browser.new_context(viewport=viewport)
        self.watch = PageWatch("127.0.0.1")
        self.watch.attach(self.context)
        watch_runs(self.context)
        self.dialogs: list[str] = []
        self.page = self.context.new_page()
        self.page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self, where: str) -> None:
        page = self.page
        assert self.dialogs == [], f"{where}: a dialog opened: {self.dialogs}"
        assert page.evaluate("() => typeof window.__xss") == "undefined", f"{where}: catalog script ran"
        injected = page.evaluate(
            """() => [
                ...[...document.querySelectorAll('img, iframe, svg[onload], script, style')]
                    .filter(e => /evil\\.example|__xss|alert\\(|body\\{display:none/.test(e.outerHTML))
                    .map(e => e.outerHTML.slice(0, 120)),
                ...[...document.querySelectorAll('a[href]')]
                    .filter(a => /^\\s*javascript:|evil\\.example/i.test(a.getAttribute('href')))
                    .map(a => a.outerHTML.slice(0, 120)),
            ]"""
        )
        assert injected == [], f"{where}: catalog markup became elements: {injected}"
        assert self.watch.foreign_requests == [], f"{where}: requests left the machine: {self.watch.foreign_requests}"
        assert self.watch.console_errors == [], f"{where}: console errors: {self.watch.console_errors}"
        widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{where}: an oversized text makes the page scroll sideways: {widths}"

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Browser, hostile_url: str) -> Iterator[Visit]:
    opened = Visit(browser, DESKTOP)
    yield opened
    opened.close()


def sweep_mouse_over(page: Page, selector: str) -> None:
    """Move the mouse across a chart so plotly draws its hover labels (catalog text goes into them)."""
    box = page.locator(selector).first.bounding_box()
    assert box is not None
    for row in (0.3, 0.5, 0.7):
        for step in range(12):
            page.mouse.move(box["x"] + box["width"] * (0.1 + step * 0.07), box["y"] + box["height"] * row)


def test_hostile_catalog_renders_inert_on_every_page(visit: Visit, hostile_url: str) -> None:
    page = visit.page
    for path in ["", "questions", "learn", "about"]:
        open_page(page, f"{hostile_url}/{path}")
        visit.check(path or "explore")
    # The sources list on About shows the crafted title as text, with its link to the real address.
    expect(page.get_by_text(SCRIPT_TEXT).first).to_be_visible()

    open_page(page, f"{hostile_url}/?view=cards")
    expect(locate(page, card_key(LONG_ID))).to_be_visible()
    expect(page.get_by_text(SCRIPT_TEXT + " Option 1").first).to_be_visible()
    expect(page.get_by_text("![tracker](https://evil.example/md-pixel.png)").first).to_be_visible()
    visit.check("explore cards")
    page.screenshot(path="artifacts/hostile-explore-cards.png", full_page=True)

    open_page(page, f"{hostile_url}/compare?pick=hostile-1,hostile-2")
    expect(locate(page, "compare_answers").locator("article h3")).to_have_count(2)
    expect(locate(page, "compare_answers").locator("article h3").first).to_contain_text(SCRIPT_TEXT)
    expect(locate(page, "chart_onset").locator(".main-svg").first).to_be_visible(timeout=20_000)
    sweep_mouse_over(page, f"{key_selector('chart_onset')} .main-svg")
    sweep_mouse_over(page, f"{key_selector('chart_map')} .main-svg")
    visit.check("compare")
    page.screenshot(path="artifacts/hostile-compare.png", full_page=True)

    # The Questions page shows what the catalog says next to each question.
    open_page(page, f"{hostile_url}/questions?pick=hostile-1,hostile-2")
    expect(page.get_by_text("The catalog says:").first).to_be_visible(timeout=20_000)
    visit.check("questions")

    # Presentation mode: every slide (each option, the comparison, the charts).
    open_page(page, f"{hostile_url}/?present=1&pick=hostile-1,hostile-2,{LONG_ID}")
    next_button = locate(page, "present_next").locator("button")
    for slide in range(12):
        visit.check(f"presentation slide {slide + 1}")
        if next_button.is_disabled():
            break
        with rerun_after(page):
            next_button.click()
    else:
        raise AssertionError("the presentation did not end within 12 slides")


def test_oversized_texts_fit_the_screen_on_a_phone_and_in_cards(browser: Browser, hostile_url: str) -> None:
    phone = Visit(browser, PHONE)
    try:
        page = phone.page
        open_page(page, f"{hostile_url}/compare?pick=hostile-1,{LONG_ID}&layout=cards")
        expect(page.get_by_text("N" * 300).first).to_be_attached()
        phone.check("compare cards on a phone")
        page.screenshot(path="artifacts/hostile-compare-phone.png", full_page=True)
        open_page(page, f"{hostile_url}/?view=cards")
        expect(locate(page, card_key(LONG_ID))).to_be_attached()
        phone.check("explore cards on a phone")
    finally:
        phone.close()


def test_typed_markup_stays_text(visit: Visit, hostile_url: str) -> None:
    """What a person types (here: markup) is also just text: in the search, the link and the page."""
    page = visit.page
    open_page(page, hostile_url)
    typed = '<img src="https://evil.example/typed.png" onerror="alert(5)">'
    search = locate(page, "filters_q").locator("input")
    search.fill(typed)
    with rerun_after(page):
        search.press("Enter")
    # Search matches any of its words (some are in the crafted catalog), so only the count's shape is fixed.
    expect(page.get_by_role("heading", name=re.compile(r"^\d of 3 options$"))).to_be_visible()
    page.reload()
    wait_for_app(page)
    assert locate(page, "filters_q").locator("input").input_value() == typed
    visit.check("typed markup in the search")


def test_the_fixture_is_as_hostile_as_it_claims() -> None:
    """Guards the test above: the crafted texts are there to be rendered."""
    text = HOSTILE.read_text(encoding="utf-8")
    for attack in (SCRIPT_TEXT, "onerror=", "javascript:", "![tracker](https://evil.example", "<iframe", "<style>"):
        assert attack in text
    assert Path(HOSTILE).stat().st_size < 100_000
