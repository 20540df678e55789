"""A reload of Questions shows the saved list at once: never an empty list first, never a second full drawing.

The browser holds notes from a last visit (in its localStorage, as the app writes them). From the
first moment the page shows its options box or its list, they must already hold those notes: a
script added before the app loads watches every change to the page and notes any moment the box or
the list is on screen without them, or the list says it is empty.
"""

from __future__ import annotations

import json
import re

from playwright.sync_api import BrowserContext, Page, expect

from components.browser_storage import STORAGE_PREFIX
from components.checklist_state import STORAGE_NAME
from testing_support.locate import key_selector, locate
from testing_support.waits import open_page, rerun_after, wait_for_settled
from trd.logic import checklist as model

OWN_QUESTION = "Can someone drive me home after the spray?"
SAVED = model.add_own_question(model.set_options(model.Checklist(), ["esketamine"]), OWN_QUESTION, "esketamine")

# Before the app loads: keep the saved notes in this browser, and watch the page from its first change.
SAVED_AND_WATCHED = """(() => {
    window.localStorage.setItem(%(name)s, %(text)s);
    window.__emptyMoments = [];
    window.__firstDrawn = null;
    const check = () => {
        const main = document.querySelector('[data-testid=stMain]');
        if (main && main.textContent.includes('No questions on your list yet')) window.__emptyMoments.push('an empty list');
        const box = document.querySelector(%(box)s);
        if (!box || !box.querySelector('input')) return;  // not drawn yet (its script may still be loading)
        const withNotes = box.textContent.includes('Esketamine');  // the link picks nothing: only the notes can
        if (!withNotes) window.__emptyMoments.push(box.textContent.slice(0, 80));
        if (window.__firstDrawn === null) window.__firstDrawn = withNotes;
    };
    new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
})();"""


def _watch(context: BrowserContext) -> None:
    context.add_init_script(
        SAVED_AND_WATCHED
        % {
            "name": json.dumps(STORAGE_PREFIX + STORAGE_NAME),
            "text": json.dumps(model.to_json(SAVED)),
            "box": json.dumps(key_selector("questions_options")),
        }
    )


def test_a_reload_shows_the_saved_list_at_once(page: Page, context: BrowserContext, app_url: str) -> None:
    _watch(context)
    open_page(page, f"{app_url}/questions")
    expect(locate(page, "questions_options")).to_contain_text("Esketamine nasal spray")
    page.goto(f"{app_url}/questions")  # a reload without the picks the page has added to the link
    wait_for_settled(page)
    expect(page.get_by_text("from your last visit are back")).to_be_visible()
    # One short run that asks this browser for its notes, then the page: no run draws it twice.
    # (Counted before the tab click below, which runs the page once more to remember the tab.)
    assert page.evaluate("window.__runEnds.length") == 2
    page.get_by_role("tab", name=re.compile(r"^My list")).click()
    expect(page.get_by_text(OWN_QUESTION).first).to_be_visible()
    assert page.evaluate("[window.__firstDrawn, window.__emptyMoments]") == [True, []]


def test_coming_back_to_questions_in_a_session_runs_the_page_once(page: Page, context: BrowserContext, app_url: str) -> None:
    _watch(context)
    open_page(page, f"{app_url}/questions")
    with rerun_after(page):
        page.locator("[data-testid=stTopNavLink]", has_text="About").click()
    expect(page.get_by_role("heading", name="About this app")).to_be_visible()
    before = page.evaluate("window.__runEnds.length")
    with rerun_after(page):
        page.locator("[data-testid=stTopNavLink]", has_text="Questions").click()
    wait_for_settled(page)
    expect(locate(page, "questions_options")).to_contain_text("Esketamine nasal spray")
    assert page.evaluate("window.__runEnds.length") == before + 1
    assert page.evaluate("window.__emptyMoments") == []


def test_questions_opened_from_another_page_shows_the_saved_list_in_one_run(page: Page, context: BrowserContext, app_url: str) -> None:
    # Explore fetched the notes while the person read it (only a small hidden part of it ran again),
    # so the first click to Questions draws the list with them at once.
    _watch(context)
    open_page(page, app_url)
    expect(page.get_by_role("heading", name="Explore the options")).to_be_visible()
    page.wait_for_function("window.__runEnds.length >= 1")
    page.wait_for_timeout(1000)  # the notes arrive in the background, with no full run of Explore
    before = page.evaluate("window.__runEnds.length")
    with rerun_after(page):
        page.locator("[data-testid=stTopNavLink]", has_text="Questions").click()
    wait_for_settled(page)
    expect(locate(page, "questions_options")).to_contain_text("Esketamine nasal spray")
    expect(page.get_by_text("from your last visit are back")).to_be_visible()
    assert page.evaluate("window.__runEnds.length") == before + 1
    assert page.evaluate("[window.__firstDrawn, window.__emptyMoments]") == [True, []]


def test_a_note_still_being_typed_survives_a_reload(page: Page, context: BrowserContext, app_url: str) -> None:
    # The box has not lost focus, so Streamlit has not got the text yet: the browser kept it as it was typed.
    _watch(context)
    open_page(page, f"{app_url}/questions")
    with rerun_after(page):
        page.get_by_role("tab", name=re.compile(r"^My list")).click()
    note = locate(page, "ql_note_own-1").locator("textarea")
    note.click()
    page.keyboard.type("Ask who drives me home")
    expect(locate(page, "ql_note_own-1").get_by_text("Ctrl+Enter")).to_be_hidden()  # kept as typed: nothing to apply
    page.reload()
    wait_for_settled(page)
    with rerun_after(page):
        page.get_by_role("tab", name=re.compile(r"^My list")).click()
    expect(locate(page, "ql_note_own-1").locator("textarea")).to_have_value("Ask who drives me home")
    # Now in the saved list itself, so the browser drops the draft.
    drafts = json.dumps(STORAGE_PREFIX + STORAGE_NAME + ":drafts")
    page.wait_for_function(f"window.localStorage.getItem({drafts}) === null")
    stored = page.evaluate(f"window.localStorage.getItem({json.dumps(STORAGE_PREFIX + STORAGE_NAME)})")
    assert model.from_json(stored).items[0].note == "Ask who drives me home"
