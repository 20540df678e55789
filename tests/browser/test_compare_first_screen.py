"""Compare's first screen with four picks, on a laptop and a phone, light and dark, as a person sees it.

On a 1366x900 screen every pick's answers (how many in 100 improve or why there are no numbers,
side effects with rates, the first eight weeks, cost, first change) are on the first screen. On a
390x844 phone each pick is one card across the screen. Nothing is wider than the screen, and no
chart's text overlaps other text (checked from the rendered text boxes). Screenshots go to artifacts/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from testing_support.browser import DESKTOP, PHONE
from testing_support.locate import locate
from testing_support.page_watch import PageWatch
from testing_support.waits import open_page
from trd.render.answers import ANSWERS

PICKS = ("esketamine", "rtms", "aripiprazole", "lithium")
PHONE_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"

# Elements whose right edge passes the screen's, outside any box that scrolls sideways on its own.
WIDER_THAN_SCREEN = """() => {
  const limit = document.documentElement.clientWidth + 1;
  const scrollsItself = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX) && node !== document.body && node !== document.documentElement) {
        if (node.scrollWidth > node.clientWidth + 1 || style.overflowX !== "visible") return true;
      }
    }
    return false;
  };
  return [...document.querySelectorAll("[data-testid=stMain] *")]
    .filter((element) => { const box = element.getBoundingClientRect(); return box.width > 0 && box.right > limit; })
    .filter((element) => !scrollsItself(element))
    .map((element) => `${element.tagName}.${element.className}`.slice(0, 80));
}"""

# Pairs of text boxes inside one chart that overlap by more than a pixel each way.
OVERLAPPING_TEXT = """(chart) => {
  const boxes = [...chart.querySelectorAll("svg text")]
    .filter((text) => text.textContent.trim() && getComputedStyle(text).display !== "none" && text.getBBox().width > 0)
    .map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect() }));
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i].box, b = boxes[j].box;
    if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) {
      overlaps.push(`${boxes[i].text} / ${boxes[j].text}`);
    }
  }
  return overlaps;
}"""


def open_compare(browser: Browser, watch: PageWatch, app_url: str, *, phone: bool, scheme: str) -> Page:
    size = PHONE if phone else DESKTOP
    extra = {"user_agent": PHONE_AGENT, "is_mobile": True, "has_touch": True} if phone else {}
    context = browser.new_context(viewport=size, color_scheme=scheme, **extra)
    watch.attach(context)
    page = context.new_page()
    open_page(page, f"{app_url}/compare?pick={','.join(PICKS)}")
    expect(locate(page, "compare_answers").locator("article")).to_have_count(len(PICKS))
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("phone", [False, True], ids=["laptop", "phone"])
def test_compare_opens_with_the_answers_and_nothing_overflows(
    browser: Browser, app_url: str, watch: PageWatch, phone: bool, scheme: str
) -> None:
    page = open_compare(browser, watch, app_url, phone=phone, scheme=scheme)
    try:
        size = PHONE if phone else DESKTOP
        cards = locate(page, "compare_answers").locator("article")
        assert [cards.nth(index).get_attribute("data-option") for index in range(len(PICKS))] == list(PICKS)
        for index in range(len(PICKS)):
            card = cards.nth(index)
            sections = card.locator("section")
            assert sections.count() == len(ANSWERS)
            outcome = sections.nth(0).inner_text()
            assert re.search(r"\d+ in 100 (responded|reached remission)", outcome) or "No " in outcome
            rates = sections.nth(1).inner_text()
            assert re.search(r"\d+\s+vs \d+", rates) or "No rates given" in rates
            assert re.search(r"clinic visits?", sections.nth(2).inner_text())
            assert re.search(r"\$|Not given", sections.nth(3).inner_text())
            assert re.search(r"\d+ (hour|day|week|month)", sections.nth(4).inner_text())
            box = card.bounding_box()
            assert box is not None
            if phone:  # one option per card, across the screen, one under the other
                assert box["width"] > size["width"] * 0.85
            else:  # every answer of every pick on the first screen
                last = sections.nth(len(ANSWERS) - 1).bounding_box()
                assert last is not None and last["y"] + last["height"] <= size["height"], (
                    f"{PICKS[index]}'s answers run below the first screen"
                )
        if phone:
            tops = [cards.nth(index).bounding_box()["y"] for index in range(len(PICKS))]  # type: ignore[index]
            assert tops == sorted(tops) and len(set(tops)) == len(PICKS)
        page.screenshot(path=f"artifacts/compare-first-screen-{'phone' if phone else 'laptop'}-{scheme}.png")

        assert page.evaluate(WIDER_THAN_SCREEN) == []
        charts = page.locator("[data-testid=stPlotlyChart]")
        expect(charts.first.locator(".main-svg").first).to_be_visible(timeout=20_000)
        for index in range(charts.count()):
            chart = charts.nth(index)
            chart.scroll_into_view_if_needed()
            expect(chart.locator(".main-svg").first).to_be_visible(timeout=20_000)
            assert chart.evaluate(OVERLAPPING_TEXT) == [], f"chart {index + 1}: text overlaps"
        assert page.locator(".modebar-container .modebar").count() == 0  # no toolbar over the titles
    finally:
        page.context.close()
