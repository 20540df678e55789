"""Learn in a real browser: the pathway drawing (no chart library), a glossary search, and the one-page handout download."""

from __future__ import annotations

import io
import re
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from testing_support.locate import locate
from testing_support.waits import open_page, rerun_after, wait_for_app


def test_learn_draws_the_pathway_without_loading_plotly_and_no_glossary_term_until_asked(page: Page, app_url: str) -> None:
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None)
    open_page(page, f"{app_url}/learn")
    drawing = locate(page, "pathway").get_by_role("img")
    expect(drawing).to_have_attribute("aria-label", re.compile(r"^The usual treatment pathway\. Step 1: Optimise"))
    expect(drawing).to_contain_text("4. Rapid-acting")
    expect(drawing.locator("a")).to_have_count(0)  # boxes, not links
    assert scripts, "no script was loaded at all: the watch is broken"
    assert [url for url in scripts if "plotly" in url.lower()] == []
    expect(locate(page, "glossary_results")).to_have_count(0)
    with rerun_after(page):
        locate(page, "glossary_letter").get_by_role("radio", name="T", exact=True).click()
    expect(locate(page, "glossary_results")).to_contain_text("Tyramine")


def test_workshop_reader_searches_the_glossary_and_downloads_the_handout(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/learn")
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
