"""A patient's journey: filter to at-home options without anesthesia, pick three, compare, share the link.

Screenshots of both pages go to artifacts/ at desktop and phone size, in the light and dark theme.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from components.option_card import CARD_KEY_PREFIX, PICK_BUTTON_SUFFIX
from testing_support.browser import DESKTOP, PHONE
from testing_support.locate import keys_starting, locate
from testing_support.page_watch import PageWatch
from testing_support.waits import open_page, rerun_after, wait_for_app

PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


def choose(page: Page, key: str, label: str) -> None:
    with rerun_after(page):
        locate(page, key).get_by_text(label, exact=True).click()


def test_patient_journey_filter_pick_compare_share(page: Page, app_url: str, browser: Browser, watch: PageWatch) -> None:
    open_page(page, app_url)
    choose(page, "filters_where", "At home")
    with rerun_after(page):
        locate(page, "filters_anes").get_by_text("Leave out options that need anesthesia").click()
    heading = page.get_by_role("heading", name=re.compile(r"^\d+ of \d+ options$"))
    remaining = int(heading.inner_text().split(" of ")[0])
    assert 0 < remaining < 53
    assert f"{remaining} of" in locate(page, "filters").inner_text()
    assert "where=home" in page.url and "anes=no" in page.url

    with rerun_after(page):
        locate(page, "explore_show").get_by_text("Cards", exact=True).click()
    picked_names = []
    for _ in range(3):
        card = (
            page.locator(f"{keys_starting(CARD_KEY_PREFIX)}:not([class*='{PICK_BUTTON_SUFFIX}'])")
            .filter(has=page.get_by_role("button", name="Add to compare"))
            .first
        )
        picked_names.append(card.locator("strong").first.inner_text())
        with rerun_after(page):
            card.get_by_role("button", name="Add to compare").click()
    expect(page.get_by_role("link", name="Compare the 3 picked options")).to_be_visible()
    page.screenshot(path="artifacts/explore-desktop-light.png")

    with rerun_after(page):
        page.get_by_role("link", name="Compare the 3 picked options").click()
    assert "/compare" in page.url and "pick=" in page.url
    headers = locate(page, "compare_answers").locator("article h3")
    expect(headers).to_have_count(3)
    assert [text.splitlines()[0].strip() for text in headers.all_inner_texts()] == picked_names
    charts = page.locator("[data-testid=stPlotlyChart]")
    expect(charts).to_have_count(3)
    expect(locate(page, "chart_onset").locator(".main-svg").first).to_be_visible(timeout=20_000)
    page.screenshot(path="artifacts/compare-desktop-light.png", full_page=True)
    shared = page.url

    # A new browser context is a new person opening the link: same options, same columns, same charts.
    other = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    watch.attach(other)
    try:
        fresh = other.new_page()
        open_page(fresh, shared)
        expect(locate(fresh, "compare_answers").locator("article h3")).to_have_count(3)
        assert locate(fresh, "compare_answers").locator("article h3").all_inner_texts() == headers.all_inner_texts()
        expect(fresh.locator("[data-testid=stPlotlyChart]")).to_have_count(3)
        expect(locate(fresh, "chart_weeks").locator(".main-svg").first).to_be_visible(timeout=20_000)
        fresh.screenshot(path="artifacts/compare-desktop-dark.png", full_page=True)
        fresh.goto(app_url + "/?where=home&anes=no&view=cards")
        wait_for_app(fresh)
        fresh.screenshot(path="artifacts/explore-desktop-dark.png")
    finally:
        other.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_shows_cards_and_nothing_scrolls_sideways(browser: Browser, app_url: str, watch: PageWatch, scheme: str) -> None:
    phone: BrowserContext = browser.new_context(viewport=PHONE, color_scheme=scheme, user_agent=PHONE_AGENT, is_mobile=True, has_touch=True)
    watch.attach(phone)
    try:
        page = phone.new_page()
        open_page(page, f"{app_url}/compare?pick=ssri,rtms,esketamine")
        expect(locate(page, "compare_answers").locator("article")).to_have_count(3)  # one card per option
        expect(locate(page, "chart_onset").locator(".main-svg").first).to_be_attached(timeout=20_000)
        widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
        page.screenshot(path=f"artifacts/compare-phone-{scheme}.png")
        open_page(page, f"{app_url}/?where=home&anes=no&view=cards")
        expect(page.get_by_role("heading", name=re.compile(r"of \d+ options$"))).to_be_visible()
        widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
        page.screenshot(path=f"artifacts/explore-phone-{scheme}.png")
    finally:
        phone.close()
    assert watch.console_errors == [] and watch.foreign_requests == []
