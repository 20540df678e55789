"""Broken saved checklist files open cleanly with a note: nothing changes and nothing breaks.

A person may pick the wrong file, an old one, one edited by hand, or one that
is damaged. Each is uploaded through the Questions page's "Open a file you
saved before" box; the page must say why it was not opened, keep the list as it
was, and show no error box.
"""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

from components.checklist_editor import question_box_key
from testing_support.locate import key_selector, locate
from testing_support.waits import open_page, rerun_after

OPEN_BOX = f"{key_selector('questions_file_open')} input[type=file]"
TICKED = question_box_key("qb", "onset-first-change", "esketamine")
SAVED = {"format": "trd-options-checklist", "schema_version": 1}

BROKEN_FILES = [
    ("photo.json", b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "it is not text"),
    ("half.json", b'{"format": "trd-options-checklist", "schema_ver', "it is not valid JSON"),
    ("catalog.json", json.dumps({"treatments": []}).encode(), "was not saved by this app"),
    ("list.json", b"[1, 2, 3]", "was not saved by this app"),
    ("future.json", json.dumps({**SAVED, "schema_version": 99, "checklist": {}}).encode(), "newer version of the app"),
    ("no-version.json", json.dumps({**SAVED, "schema_version": "one"}).encode(), "no valid format version"),
    ("edited.json", json.dumps({**SAVED, "checklist": {"items": [{"id": "BAD ID", "text": "x"}]}}).encode(), "looks damaged"),
    ("empty.json", b"", "not valid JSON"),
]


def open_questions(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")
    with rerun_after(page):
        locate(page, TICKED).locator("label").click()
    expect(locate(page, TICKED).locator("input")).to_be_checked()
    page.get_by_role("tab", name="Take with you").click()


def upload(page: Page, name: str, content: bytes) -> None:
    with rerun_after(page):
        page.locator(OPEN_BOX).set_input_files(files=[{"name": name, "mimeType": "application/json", "buffer": content}])


def test_each_broken_file_is_refused_with_a_note_and_changes_nothing(page: Page, app_url: str) -> None:
    open_questions(page, app_url)
    for name, content, message in BROKEN_FILES:
        upload(page, name, content)
        note = page.locator("[data-testid=stAlertContentError]").filter(has_text=message)
        expect(note).to_be_visible()
        expect(note).to_contain_text("Nothing was changed")
        assert page.locator("[data-testid=stException]").count() == 0, name
        expect(page.get_by_role("tab", name="My list (1)")).to_be_visible()  # the list is as it was


def test_a_deeply_nested_file_is_refused_with_a_note(page: Page, app_url: str) -> None:
    open_questions(page, app_url)
    upload(page, "nested.json", b"[" * 100_000)
    expect(page.locator("[data-testid=stAlertContentError]").filter(has_text="Nothing was changed")).to_be_visible(timeout=10_000)
    assert page.locator("[data-testid=stException]").count() == 0
