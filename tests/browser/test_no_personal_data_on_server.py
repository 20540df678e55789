"""Nothing a person types is written to the server's log or to disk.

A server of its own runs while a browser types a unique marker into every text
box the app has. Afterwards the marker must be in neither the server's log nor
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

from tests.browser.conftest import DESKTOP, PageWatch, open_page, wait_for_app
from tests.browser.rerun import rerun_after
from tests.browser.server import ROOT, streamlit_server

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
        log_path = ROOT / "artifacts" / f"server-{url.rsplit(':', 1)[1]}.log"
        context = browser.new_context(viewport=DESKTOP)
        watch = PageWatch("127.0.0.1")
        watch.attach(context)
        try:
            page = context.new_page()
            open_page(page, url)
            type_into(page, ".st-key-filters_q input", f"{marker} my sleep is bad")
            expect(page.get_by_role("heading", name=re.compile(r"^0 of \d+ options$"))).to_be_visible()
            expect(page).to_have_url(re.compile(f"q={marker}"))
            page.locator(".st-key-explore_pick input").fill(marker)  # typed into the pick box's search, never chosen
            page.keyboard.press("Escape")
            page.reload()  # the search travels in the link: a reload sends it to the server again
            wait_for_app(page)
            assert page.locator(".st-key-filters_q input").input_value().startswith(marker)
            open_page(page, f"{url}/compare?pick=ssri,rtms&q={marker}")
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
