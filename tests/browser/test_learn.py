"""Learn in a real browser: the pathway picture, a glossary search, and the one-page handout download."""

from __future__ import annotations

import io
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from testing_support.locate import locate
from testing_support.waits import open_page, wait_for_app


def test_workshop_reader_searches_the_glossary_and_downloads_the_handout(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/learn")
    expect(locate(page, "pathway").locator(".js-plotly-plot")).to_have_count(1)
    search = locate(page, "glossary_search").locator("input")
    search.fill("REMS")
    search.press("Enter")
    wait_for_app(page)
    results = locate(page, "glossary_results")
    expect(results).to_contain_text("Risk Evaluation and Mitigation Strategy")
    expect(results).not_to_contain_text("Tyramine")
    page.screenshot(path="artifacts/learn-glossary.png", full_page=True)

    with page.expect_download() as download_info:
        locate(page, "handout_download").locator("button").click()
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert "Key facts per category" in (reader.pages[0].extract_text() or "")
