"""Explore's values step in a real browser, at desktop and phone size, light and dark.

With "Fast relief" and "Few visits" very important, no trial-only option comes
first until the person switches them in; rows of the results table can be
ticked to pick options, up to six, and a seventh is refused with its name.
Screenshots go to artifacts/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect

from components.option_card import CARD_KEY_PREFIX, PICK_BUTTON_SUFFIX, card_key
from components.results_table import HEADER_HEIGHT, WRAPPING_ROW_HEIGHT
from components.values_step import TRIALS_KEY
from testing_support.browser import DESKTOP, PHONE
from testing_support.locate import keys_starting, locate
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.waits import open_page, rerun_after
from trd.catalog.loader import load_catalog
from trd.logic.filtering import is_trial_only

CATALOG = load_catalog()
TRIAL_ONLY = {t.id for t in CATALOG.treatments if is_trial_only(t)}
FAST_AND_FEW = "?view=cards&want=fast-relief,few-visits"
CARD_IDS = f"{keys_starting(CARD_KEY_PREFIX)}:not([class*='{PICK_BUTTON_SUFFIX}'])"


def card_ids(page: Page) -> list[str]:
    """The option ids of the cards shown, in page order."""
    classes = page.locator(CARD_IDS).evaluate_all("cards => cards.map(card => card.className)")
    found = [re.search(rf"st-key-{CARD_KEY_PREFIX}([a-z0-9-]+)", text) for text in classes]
    return [match.group(1) for match in found if match]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("size", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_a_trial_only_option_is_not_first_unless_included(
    browser: Browser, watch: PageWatch, app_url: str, size: str, viewport: ViewportSize, scheme: str
) -> None:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    watch.attach(context)
    watch_runs(context)
    try:
        page = context.new_page()
        open_page(page, app_url + "/" + FAST_AND_FEW)
        shown = card_ids(page)
        assert shown[0] not in TRIAL_ONLY
        assert not TRIAL_ONLY & set(shown)  # the first twelve cards hold none: they are listed last
        first = locate(page, card_key(shown[0]))
        expect(first).to_contain_text("Meets 2 of your 2")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"the page is {width}px wide on a {viewport['width']}px screen"
        page.screenshot(path=f"artifacts/explore-values-{size}-{scheme}.png")

        with rerun_after(page):
            locate(page, TRIALS_KEY).get_by_text("Order options only in trials too").click()
        assert "trials=1" in page.url
        included = card_ids(page)
        assert "psilocybin" in included[:3]  # it meets both, so it now sits with the others that do
        expect(locate(page, card_key("psilocybin"))).to_contain_text("Meets 2 of your 2")
        page.screenshot(path=f"artifacts/explore-values-included-{size}-{scheme}.png")
    finally:
        context.close()
    assert watch.console_errors == [], watch.console_errors


def tick_row(page: Page, table: Locator, row: int) -> None:
    """Click the tick box at the start of the ``row``-th row (from 0) of a results table drawn on a canvas."""
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    assert box is not None
    with rerun_after(page):
        page.mouse.click(box["x"] + 16, box["y"] + HEADER_HEIGHT + row * WRAPPING_ROW_HEIGHT + WRAPPING_ROW_HEIGHT / 2)


def test_ticking_rows_of_the_table_picks_options_and_a_seventh_is_refused(page: Page, app_url: str) -> None:
    open_page(page, app_url + "/?q=esketamine%20TMS")  # any word: esketamine and the TMS options
    heading = page.get_by_role("heading", name=re.compile(r"^\d+ of \d+ options$"))
    assert int(heading.inner_text().split(" of ")[0]) >= 5
    table = locate(page, "explore_table")
    tick_row(page, table, 0)
    tick_row(page, table, 1)
    expect(page.get_by_role("link", name="Compare the 2 picked options")).to_be_visible()
    assert re.search(r"pick=esketamine(,|%2C)rtms", page.url)
    page.screenshot(path="artifacts/explore-table-picks.png")

    tick_row(page, table, 0)  # unticking takes it out again
    assert re.search(r"pick=rtms($|&)", page.url)

    full = "ssri,snri,bupropion,lithium,cbt,exercise"
    open_page(page, app_url + f"/?q=esketamine&pick={full}")
    tick_row(page, locate(page, "explore_table"), 0)
    note = locate(page, "explore_pick_change")
    expect(note).to_contain_text("Not added")
    expect(note).to_contain_text("Esketamine nasal spray")
    assert f"pick={full.replace(',', '%2C')}" in page.url or f"pick={full}" in page.url


def test_the_pathway_shortcut_adds_to_the_picks_and_can_be_undone(page: Page, app_url: str) -> None:
    open_page(page, app_url + "/?pick=ssri,bupropion")
    with rerun_after(page):
        page.get_by_role("link", name="Learn").click()
    step = locate(page, "pathway_rapid")
    step.locator("summary").click()
    with rerun_after(page):
        step.get_by_role("button", name=re.compile(r"^Compare ")).click()
    assert "/compare" in page.url
    assert re.search(r"pick=ssri(,|%2C)bupropion(,|%2C)esketamine", page.url)  # added after the earlier picks
    note = locate(page, "compare_pick_change")
    expect(note).to_contain_text("Your 2 earlier picks stay.")
    page.screenshot(path="artifacts/compare-shortcut-added.png")
    with rerun_after(page):
        locate(page, "compare_pick_change_undo").get_by_role("button").click()
    assert re.search(r"pick=ssri(,|%2C)bupropion($|&)", page.url)
    expect(locate(page, "compare_pick_change")).to_have_count(0)
