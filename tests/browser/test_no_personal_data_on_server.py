"""Nothing a person types is written to the server's log or to disk.

A server of its own runs while a browser types a unique marker into the text
boxes a person fills in (Explore's search, the pick box, a note, an own question
and a past treatment on the Questions page). Afterwards the marker must be in neither the server's log nor
any file created or changed during the test, in the repository, the temporary
folder or Streamlit's own folder (the browser's profile is the person's own
device and is skipped).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from components.checklist_editor import item_key, question_box_key
from testing_support.browser import DESKTOP
from testing_support.locate import key_selector, locate
from testing_support.page_watch import PageWatch
from testing_support.paths import ROOT
from testing_support.run_watch import watch_runs
from testing_support.server import server_log, streamlit_server
from testing_support.waits import open_page, rerun_after, wait_for_app
from trd.logic.checklist import bank_item_id

MAX_SCANNED_BYTES = 50 * 1024 * 1024
BROWSER_PROFILE_HINTS = ("playwright", "chromium", "chrome", ".org.chromium")


def changed_files(roots: Iterable[Path], since: float) -> list[Path]:
    """Files under ``roots`` modified at or after ``since`` (browser profiles skipped)."""
    found = []
    for root in roots:
        if not root.exists():
            continue
        for folder, subfolders, files in os.walk(root, onerror=lambda _error: None):
            subfolders[:] = [name for name in subfolders if not any(hint in name.lower() for hint in BROWSER_PROFILE_HINTS)]
            for name in files:
                path = Path(folder) / name
                try:
                    stat = path.stat()
                except OSError:
                    continue
                if stat.st_mtime >= since and stat.st_size <= MAX_SCANNED_BYTES and path.is_file():
                    found.append(path)
    return found


def files_holding(marker: str, paths: Iterable[Path]) -> list[str]:
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    holding = []
    for path in paths:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        if any(needle in content for needle in needles):
            holding.append(str(path))
    return holding


def type_into(page: Page, selector: str, text: str) -> None:
    box = page.locator(selector)
    box.fill(text)
    with rerun_after(page):
        box.press("Enter")


def test_typed_text_is_in_no_log_and_no_file(browser: Browser) -> None:
    marker = f"zq-private-{uuid.uuid4().hex}"
    started = time.time() - 2  # file times can be a little coarse
    with streamlit_server() as url:
        log_path = server_log(url)
        context = browser.new_context(viewport=DESKTOP)
        watch = PageWatch("127.0.0.1")
        watch.attach(context)
        watch_runs(context)
        try:
            page = context.new_page()
            open_page(page, url)
            type_into(page, f"{key_selector('filters_q')} input", f"{marker}-my-sleep-is-bad")
            expect(page.get_by_role("heading", name=re.compile(r"^0 of \d+ options$"))).to_be_visible()
            expect(page).to_have_url(re.compile(f"q={marker}"))
            locate(page, "explore_pick").locator("input").fill(marker)  # typed into the pick box's search, never chosen
            page.keyboard.press("Escape")
            page.reload()  # the search travels in the link: a reload sends it to the server again
            wait_for_app(page)
            assert locate(page, "filters_q").locator("input").input_value().startswith(marker)
            open_page(page, f"{url}/compare?pick=ssri,rtms&q={marker}")

            # The Questions page: a note, an own question and a past treatment, all with the marker.
            open_page(page, f"{url}/questions?pick=esketamine")
            with rerun_after(page):
                locate(page, question_box_key("qb", "onset-first-change", "esketamine")).locator("label").click()
            page.get_by_role("tab", name="My list").click()
            note = locate(page, item_key("ql", "note", bank_item_id("onset-first-change", "esketamine"))).locator("textarea")
            note.fill(f"{marker} I felt worse in week two")
            with rerun_after(page):
                note.blur()
            locate(page, "ql_own_text").locator("input").fill(f"{marker} can I keep working?")
            with rerun_after(page):
                locate(page, "ql_own").get_by_role("button", name="Add to my list").click()
            expect(page.get_by_text(f"{marker} can I keep working?").first).to_be_visible()
            page.get_by_role("tab", name="What I tried").click()
            locate(page, "qh_typed").locator("input").fill(f"{marker} sertraline")
            locate(page, "qh_side_effects").locator("input").fill(f"{marker} nausea")
            with rerun_after(page):
                locate(page, "qh_add").get_by_role("button", name="Add to what I have tried").click()
            expect(page.get_by_text(f"{marker} sertraline").first).to_be_visible()
            page.reload()  # the browser's own copy comes back (kept on this device, not on the server)
            wait_for_app(page)
            expect(page.get_by_text("from your last visit are back")).to_be_visible(timeout=20_000)
            assert watch.console_errors == [] and watch.foreign_requests == []
            # A page name with the marker in it: Streamlit says (in the console) that it runs the main page instead.
            open_page(page, f"{url}/no-such-page-{marker}")
            expect(page.get_by_role("heading", name="Explore the options")).to_be_visible()
        finally:
            context.close()

    assert log_path.exists() and log_path.stat().st_size > 0, "the server log was not written"
    assert marker not in log_path.read_text(encoding="utf-8", errors="replace"), "typed text is in the server log"
    home_streamlit = Path.home() / ".streamlit"
    scanned = changed_files([ROOT, Path(tempfile.gettempdir()), home_streamlit], started)
    assert log_path in scanned, "the scan missed the server log, so it would miss other files too"
    assert files_holding(marker, scanned) == [], "typed text was written to disk"


def test_the_scan_finds_a_marker_written_during_the_test(tmp_path: Path) -> None:
    started = time.time() - 2
    marker = f"zq-private-{uuid.uuid4().hex}"
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "notes.txt").write_text(f"typed: {marker}", encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(f"typed: {marker}".encode("utf-16-le"))
    (tmp_path / "playwright_profile").mkdir()
    (tmp_path / "playwright_profile" / "History").write_text(marker, encoding="utf-8")
    found = files_holding(marker, changed_files([tmp_path], started))
    assert sorted(Path(path).name for path in found) == ["notes.txt", "wide.txt"]
