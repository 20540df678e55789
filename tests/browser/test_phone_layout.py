"""On a 390x844 phone: the crisis notice is one short line with 988 and "More", and no page scrolls sideways.

Streamlit scrolls its main area, not the document, so both are checked: the document
(``document.scrollingElement``) and the main area (``[data-testid=stMain]``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from components.safety_notice import CALL_988, NOTICE_FULL_KEY, NOTICE_MORE_KEY, NOTICE_SHORT_KEY, SAFETY_NOTICE_KEY, TEXT_988
from testing_support.browser import DESKTOP, PHONE
from testing_support.locate import locate
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.waits import open_page

FOUR_PICKS = "pick=esketamine,rtms,aripiprazole,lithium"
PAGES = {
    "explore": "",
    "compare-no-picks": "compare",
    "compare-4-picks": f"compare?{FOUR_PICKS}",
    "questions": "questions",
    "learn": "learn",
    "about": "about",
    "presentation": f"?present=1&{FOUR_PICKS}",
}
_SIDEWAYS = """() => {
    const main = document.querySelector('[data-testid=stMain]');
    return {
        document: document.scrollingElement.scrollWidth - window.innerWidth,
        main: main.scrollWidth - main.clientWidth,
    };
}"""


@pytest.fixture(params=["light", "dark"])
def phone(request: pytest.FixtureRequest, browser: Browser, watch: PageWatch) -> Iterator[Page]:
    context: BrowserContext = browser.new_context(viewport=PHONE, color_scheme=request.param, is_mobile=True, has_touch=True)
    watch.attach(context)
    watch_runs(context)
    yield context.new_page()
    context.close()
    assert watch.console_errors == [] and watch.foreign_requests == []


def scheme(page: Page) -> str:
    return "dark" if page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") else "light"


def sideways_scroll(page: Page) -> dict[str, float]:
    return dict(page.evaluate(_SIDEWAYS))


def test_the_crisis_notice_is_one_line_with_988_and_more_opens_the_rest(phone: Page, app_url: str) -> None:
    open_page(phone, app_url)
    notice = locate(phone, SAFETY_NOTICE_KEY)
    expect(locate(phone, NOTICE_FULL_KEY)).to_be_hidden()
    line = locate(phone, NOTICE_SHORT_KEY).locator("p").first
    expect(line).to_be_visible()
    lines = line.evaluate("node => node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight)")
    assert lines < 1.5, f"the crisis line wraps onto {lines:.1f} lines"
    box = notice.bounding_box()
    assert box is not None and box["height"] <= 0.08 * PHONE["height"], f"the notice is {box} tall"
    expect(line.locator(f"a[href='{CALL_988}']")).to_have_text("Call 988")
    expect(line.locator(f"a[href='{TEXT_988}']")).to_have_text("text 988")
    phone.screenshot(path=f"artifacts/phone-notice-{scheme(phone)}.png")

    locate(phone, NOTICE_MORE_KEY).get_by_role("button", name="More").click()
    rest = phone.get_by_test_id("stPopoverBody")
    expect(rest).to_be_visible()
    expect(rest).to_contain_text("call 911 in an emergency")
    expect(rest).to_contain_text("It is not medical advice")
    expect(rest.locator(f"a[href='{CALL_988}']")).to_be_visible()
    assert sideways_scroll(phone) == {"document": 0, "main": 0}
    phone.screenshot(path=f"artifacts/phone-notice-more-{scheme(phone)}.png")


def test_a_wide_screen_shows_the_whole_notice(page: Page, app_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    open_page(page, f"{app_url}/about")
    expect(locate(page, NOTICE_SHORT_KEY)).to_be_hidden()
    full = locate(page, NOTICE_FULL_KEY)
    expect(full).to_contain_text("911")
    expect(full).to_contain_text("It is not medical advice")
    expect(full.locator(f"a[href='{TEXT_988}']")).to_be_visible()


def test_no_page_scrolls_sideways(phone: Page, app_url: str) -> None:
    for name, path in PAGES.items():
        open_page(phone, f"{app_url}/{path}")
        tabs = phone.locator("[data-testid=stMain] [role=tab]")
        for tab in range(max(tabs.count(), 1)):
            if tabs.count():
                tabs.nth(tab).click()
                expect(tabs.nth(tab)).to_have_attribute("aria-selected", "true")
            where = f"{name}, tab {tab + 1}" if tabs.count() else name
            assert sideways_scroll(phone) == {"document": 0, "main": 0}, f"{where} scrolls sideways"
            phone.screenshot(path=f"artifacts/phone-{name}{f'-tab{tab + 1}' if tabs.count() else ''}-{scheme(phone)}.png")


def test_the_page_menu_closes_once_a_page_is_chosen(phone: Page, app_url: str) -> None:
    open_page(phone, app_url)
    phone.get_by_test_id("stExpandSidebarButton").click()
    menu = phone.get_by_test_id("stSidebar")
    expect(menu).to_have_attribute("data-collapsed", "false")
    menu.get_by_role("link", name="Questions").click()
    expect(phone.get_by_role("heading", name="Questions for your appointment")).to_be_visible()
    expect(menu).to_have_attribute("data-collapsed", "true")  # the page is what shows, not the menu again
