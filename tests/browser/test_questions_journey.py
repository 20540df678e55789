"""The Questions journey in a real browser: pick, tick, note, reload, and take the PDF away.

The notes live in this browser's localStorage only: after a reload of the tab
(a new server session) the note must come back, and the PDF downloaded
afterwards must hold the chosen questions, the options and the note.
"""

from __future__ import annotations

import io
import json

from playwright.sync_api import BrowserContext, Page, expect
from pypdf import PdfReader

from components.checklist_editor import item_key, question_box_key
from testing_support.locate import locate
from testing_support.waits import open_page, rerun_after, wait_for_app
from trd.logic.checklist import bank_item_id

NOTE = "Zoë asked — ½ dose at first, then weekly; café nearby"
# The first question about esketamine: its tick box (on "Choose") and its row on the list.
TICK = question_box_key("qb", "onset-first-change", "esketamine")
ASKED = item_key("ql", "asked", bank_item_id("onset-first-change", "esketamine"))
NOTE_BOX = item_key("ql", "note", bank_item_id("onset-first-change", "esketamine"))


def _tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_pick_tick_note_reload_and_download_the_sheet(page: Page, context: BrowserContext, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")  # waits until the page has read this browser's copy

    # Pick one more option on this page.
    picker = locate(page, "questions_options").locator("input")
    picker.fill("Repetitive transcranial")
    with rerun_after(page):
        picker.press("Enter")
    expect(locate(page, "questions_options")).to_contain_text("(rTMS)")

    for question in ("onset-first-change", "risks-common-serious"):
        with rerun_after(page):
            locate(page, question_box_key("qb", question, "esketamine")).locator("label").click()
    expect(locate(page, TICK).locator("input")).to_be_checked()

    _tab(page, "My list")
    box = locate(page, NOTE_BOX).locator("textarea")
    box.fill(NOTE)
    with rerun_after(page):
        box.blur()
    with rerun_after(page):
        locate(page, ASKED).locator("label").click()

    page.reload()
    wait_for_app(page)
    expect(page.get_by_text("from your last visit are back")).to_be_visible(timeout=20_000)
    _tab(page, "My list")
    expect(locate(page, NOTE_BOX).locator("textarea")).to_have_value(NOTE)
    expect(locate(page, ASKED).locator("input")).to_be_checked()

    _tab(page, "Take with you")
    with page.expect_download() as download:
        locate(page, "questions_sheet_pdf").locator("button").click()
    download.value.save_as("artifacts/questions-sheet.pdf")
    pdf = download.value.path().read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page_.extract_text() for page_ in reader.pages).split())
    assert len(reader.pages) <= 2
    for expected in (
        "How soon might I notice a first change?",
        "What side effects are common",
        NOTE,
        "Esketamine nasal spray",
        "(rTMS)",
        "988",
    ):
        assert expected in text, expected

    with page.expect_download() as saved:
        locate(page, "questions_file_save").locator("button:visible").click()
    document = json.loads(saved.value.path().read_text(encoding="utf-8"))
    assert document["checklist"]["items"][0]["note"] == NOTE

    # A file that is not a saved list changes nothing.
    with rerun_after(page):
        locate(page, "questions_file_open").locator("input[type=file]").set_input_files(
            files=[{"name": "catalog.json", "mimeType": "application/json", "buffer": b'{"treatments": []}'}]
        )
    expect(page.get_by_text("was not saved by this app")).to_be_visible()
    _tab(page, "My list")
    expect(locate(page, NOTE_BOX).locator("textarea")).to_have_value(NOTE)
    page.screenshot(path="artifacts/questions-journey.png")

    # A fresh tab without the options in its link gets them back from this browser too.
    other = context.new_page()
    open_page(other, f"{app_url}/questions")
    expect(locate(other, "questions_options")).to_contain_text("Esketamine nasal spray", timeout=20_000)
    other.close()


def test_the_open_tab_stays_open_after_the_first_change(page: Page, app_url: str) -> None:
    # The first change after the page has read this browser's copy used to move every element after
    # the storage frame up one place, so the tabs were drawn anew on their first tab.
    open_page(page, f"{app_url}/questions?pick=esketamine")
    _tab(page, "My list")
    locate(page, "ql_own").get_by_role("textbox", name="Your question").fill("Can someone drive me home afterwards?")
    with rerun_after(page):
        page.get_by_role("button", name="Add to my list").click()
    expect(page.get_by_role("tab", name="My list")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Can someone drive me home afterwards?").first).to_be_visible()


def test_the_open_tab_stays_open_when_a_note_comes_and_goes(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")
    _tab(page, "Take with you")
    with rerun_after(page):
        locate(page, "questions_file_open").locator("input[type=file]").set_input_files(
            files=[{"name": "catalog.json", "mimeType": "application/json", "buffer": b'{"treatments": []}'}]
        )
    expect(page.get_by_text("was not saved by this app")).to_be_visible()
    expect(page.get_by_role("tab", name="Take with you")).to_have_attribute("aria-selected", "true")
    picker = locate(page, "questions_options").locator("input")  # any change: the note has been read and goes
    picker.fill("Repetitive transcranial")
    with rerun_after(page):
        picker.press("Enter")
    picker.press("Escape")  # close the list of options
    expect(page.get_by_text("was not saved by this app")).to_have_count(0)
    expect(page.get_by_role("tab", name="Take with you")).to_have_attribute("aria-selected", "true")
