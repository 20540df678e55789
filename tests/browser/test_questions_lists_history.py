"""Questions in a real browser: a past treatment changed in place, the short lists on a phone, the tab kept across the print view."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from components.checklist_editor import question_box_key
from components.questions_tabs import CHOOSE_TAB, HISTORY_TAB, LIST_TAB, TAKE_TAB
from testing_support.browser import PHONE
from testing_support.locate import key_selector, keys_starting, locate
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.waits import open_page, rerun_after

FULL_TRIAL = "Was this a full trial"


def _tab(page: Page, name: str) -> None:
    with rerun_after(page):  # the open tab is kept on the server, so a switch reruns the page
        page.get_by_role("tab", name=name).click()
    expect(page.get_by_role("tab", name=name)).to_have_attribute("aria-selected", "true")


def _choose(page: Page, key: str, option: str) -> None:
    locate(page, key).locator("input").click()  # inside a form: no rerun until the form is sent
    page.get_by_role("option", name=option, exact=True).click()
    expect(locate(page, key).locator("input")).to_have_value(option)


def test_a_past_treatment_is_changed_and_a_stop_for_side_effects_asks_nothing(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions")
    _tab(page, HISTORY_TAB)
    _choose(page, "qh_from_catalog", "SSRI antidepressants")
    locate(page, "qh_typed").locator("input").fill("sertraline")
    locate(page, "qh_weeks").locator("input").fill("4")
    with rerun_after(page):
        locate(page, "qh_add").get_by_role("button", name="Add to what I have tried").click()
    entry = locate(page, "qh_entry_h1")
    expect(entry).to_contain_text("sertraline (SSRI antidepressants); 4 weeks")
    expect(entry).to_contain_text(FULL_TRIAL)  # 4 weeks is short of a full trial
    expect(page.get_by_role("tab", name=f"{HISTORY_TAB} (1)")).to_have_attribute("aria-selected", "true")

    expect(entry.get_by_role("button", name="Remove")).to_be_visible()  # buttons say what they do, not icons alone
    with rerun_after(page):
        entry.get_by_role("button", name="Change").click()
    expect(locate(page, "qh_edit_typed").locator("input")).to_have_value("sertraline")
    locate(page, "qh_edit_dose").locator("input").fill("50 mg a day")
    _choose(page, "qh_edit_outcome", "Stopped because of side effects")
    locate(page, "qh_edit_side_effects").locator("input").fill("could not sleep")
    with rerun_after(page):
        entry.get_by_role("button", name="Save changes").click()
    expect(entry).to_contain_text("sertraline")
    expect(entry).to_contain_text("dose: 50 mg a day; 4 weeks; stopped for side effects; side effects: could not sleep")
    expect(entry).not_to_contain_text(FULL_TRIAL)
    expect(page.get_by_text(FULL_TRIAL)).to_have_count(0)
    expect(locate(page, "qh_entry_h2")).to_have_count(0)  # changed in place, not added again


@pytest.fixture
def phone(browser: Browser, watch: PageWatch) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, accept_downloads=True)
    watch.attach(context)
    watch_runs(context)
    yield context.new_page()
    assert watch.console_errors == [] and watch.foreign_requests == []
    context.close()


def test_on_a_phone_every_tab_is_on_screen_and_the_lists_start_short(phone: Page, app_url: str) -> None:
    page = phone
    open_page(page, f"{app_url}/questions?pick=esketamine")
    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(4)
    for tab in tabs.all():
        box = tab.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (tab.inner_text(), box)
        assert box["y"] + box["height"] <= PHONE["height"] * 0.85, box  # on the first screen, not at its bottom edge

    expect(locate(page, "questions_tabs")).to_contain_text(f"{LIST_TAB} (0)")
    first = locate(page, "qb_first").locator("[data-testid=stCheckbox]")
    assert 4 <= first.count() <= 9  # not the 28 of the whole file
    expect(locate(page, "qb_first")).to_contain_text("Can I drive myself home")  # the catalog flags a ride home for esketamine
    expect(page.locator(keys_starting("qb_more_esketamine_")).first).to_be_visible()
    cost = locate(page, "qb_more_esketamine_cost")
    expect(cost.locator(f".st-key-{question_box_key('qb', 'cost-prior-approval', 'esketamine')}")).to_be_hidden()
    cost.locator("summary").click()
    box = locate(page, question_box_key("qb", "cost-prior-approval", "esketamine"))
    with rerun_after(page):
        box.locator("label").click()
    expect(box.locator("input")).to_be_checked()
    expect(box).to_be_visible()  # the topic stayed open, and the tick stayed where it was
    expect(cost.locator("summary")).to_contain_text("1 ticked")
    expect(locate(page, "questions_tabs")).to_contain_text(f"{LIST_TAB} (1)")

    # The catalog's words about access show once, not under each of the three cost questions.
    says = [text.strip() for text in page.get_by_text("The catalog says:").all_text_contents()]
    assert says and len(says) == len(set(says)), says

    _tab(page, TAKE_TAB)
    expect(locate(page, "questions_sheet_pdf").locator("button")).to_be_visible()


def test_an_empty_list_says_where_the_ticks_are(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")
    _tab(page, f"{LIST_TAB} (0)")
    expect(page.get_by_text(f"Tick some on the {CHOOSE_TAB} tab")).to_be_visible()
    expect(page.get_by_text("Tick some above")).to_have_count(0)


def test_the_open_tab_survives_the_print_view(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")
    _tab(page, HISTORY_TAB)
    with rerun_after(page):
        locate(page, "questions_print_view").locator("label").click()
    expect(page.get_by_role("tab")).to_have_count(0)
    with rerun_after(page):
        locate(page, "questions_print_view").locator("label").click()
    expect(page.get_by_role("tab", name=HISTORY_TAB)).to_have_attribute("aria-selected", "true")
    expect(locate(page, "qh_add")).to_be_visible()


def test_on_paper_only_the_sheet_prints_and_on_a_phone_nothing_is_cut(page: Page, phone: Page, app_url: str) -> None:
    for viewer in (page, phone):
        open_page(viewer, f"{app_url}/questions?pick=esketamine,rtms")
        with rerun_after(viewer):
            locate(viewer, "questions_print_view").locator("label").click()
        expect(viewer.get_by_role("heading", name=re.compile(r"^Questions for my appointment"))).to_be_visible()
    page.emulate_media(media="print")
    expect(locate(page, "questions_print_view")).to_be_hidden()
    expect(page.get_by_role("heading", name="Questions for your appointment")).to_be_hidden()
    expect(locate(page, "questions_print_option_table")).to_be_visible()
    # A phone: one block per option instead of the wide table, every line inside the screen.
    expect(locate(phone, "questions_print_option_table")).to_be_hidden()
    blocks = locate(phone, "questions_print_option_blocks")
    expect(blocks).to_contain_text("(TRANSFORM-2; people with TRD)")
    lines = f"[...document.querySelectorAll('{key_selector('questions_print_option_blocks')} li')]"
    assert phone.evaluate(f"{lines}.every((li) => li.getBoundingClientRect().right <= window.innerWidth)")
