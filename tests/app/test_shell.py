"""The app shell: every page runs, shows the notice, and a broken catalog gets a friendly page."""

from __future__ import annotations

import pytest
import textstat
from streamlit.testing.v1 import AppTest

from components.safety_notice import CALL_988, CRISIS_SHORT, TEXT_988
from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog
from trd.catalog.sources import unique_sources

PAGES = ["app_pages/explore.py", "app_pages/compare.py", "app_pages/questions.py", "app_pages/learn.py", "app_pages/about.py"]


def run_page(page: str) -> AppTest:
    return run_app_page(page)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_and_shows_crisis_resources(page: str) -> None:
    app = run_page(page)
    assert not app.exception, app.exception
    notice = " ".join(block.value for block in app.markdown)
    assert "988" in notice
    assert "not medical advice" in notice
    # The short line a phone shows calls and texts 988 from the line itself; "More" holds the rest.
    assert f"[Call 988]({CALL_988}) or [text 988]({TEXT_988})" in notice
    more = app.get("popover")[0]
    assert more.proto.popover.label == "More"
    assert "911" in " ".join(block.value for block in more.markdown)


def test_the_short_crisis_line_reads_at_grade_8_or_below() -> None:
    assert textstat.flesch_kincaid_grade(CRISIS_SHORT) <= 8


def test_about_lists_every_source_and_the_review_date() -> None:
    app = run_page("app_pages/about.py")
    text = " ".join(block.value for block in app.markdown)
    catalog = load_catalog()
    for cited in unique_sources(catalog.treatments):
        assert cited.source.url.split("://", 1)[1].split("(", 1)[0][:40] in text
    assert f"{catalog.reviewed:%B %d, %Y}" in text
    assert "No one" in text  # who paid
    assert "reviewed at least every six months" in text  # update policy


def test_broken_catalog_shows_its_problems_instead_of_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRD_CATALOG", "tests/bad_catalogs/unknown_key_typo.yaml")
    for page in PAGES:
        app = run_page(page)
        assert not app.exception
        assert "could not be loaded" in app.error[0].value
        problems = app.code[0].value
        assert "unknown_key_typo.yaml:30:5" in problems and "Did you mean 'onset_days'" in problems
        assert "988" in " ".join(block.value for block in app.markdown)
