"""Every page opens in a real browser, shows the safety notice, and raises nothing."""

import pytest
from playwright.sync_api import Page

from components.safety_notice import SAFETY_NOTICE_KEY
from testing_support.locate import locate
from testing_support.waits import open_page

PAGES = ["", "compare", "questions", "learn", "about"]  # "" is Explore, the default page


@pytest.mark.parametrize("path", PAGES)
def test_page_opens_without_exception(page: Page, app_url: str, path: str) -> None:
    open_page(page, f"{app_url}/{path}")
    assert "988" in locate(page, SAFETY_NOTICE_KEY).inner_text()
    page.screenshot(path=f"artifacts/page-{path or 'explore'}.png", full_page=True)
