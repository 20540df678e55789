"""The landscape handout: one page, the chart's numbers and each category's key facts."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from trd.catalog.loader import load_catalog
from trd.catalog.models import Category, FdaStatus
from trd.catalog.vocabulary import label
from trd.render.handout_pdf import category_facts, handout_pdf

CLINIC = Path(__file__).resolve().parents[2] / "data" / "examples" / "clinic_catalog.yaml"


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join((page.extract_text() or "") for page in reader.pages)


def test_handout_is_one_page_with_every_category_and_the_crisis_line() -> None:
    catalog = load_catalog()
    pages, text = pdf_text(handout_pdf(catalog))
    assert pages == 1
    for category in Category:
        assert label(category).split(" (")[0] in text
    assert "988" in text
    assert "does not recommend" in text
    assert f"{len(catalog.treatments)} options in 8 categories" in text
    assert "Optimise the dose and give it time" in text


def test_category_facts_count_and_summarise_each_category() -> None:
    catalog = load_catalog()
    facts = {fact.category: fact for fact in category_facts(catalog.treatments)}
    assert sum(fact.count for fact in facts.values()) == len(catalog.treatments)
    rapid = facts[Category.RAPID_ACTING]
    assert dict(rapid.statuses) == {FdaStatus.APPROVED: 1, FdaStatus.OFF_LABEL: 1}
    assert rapid.invasiveness == "non-invasive to needle or IV"
    assert rapid.examples[0] == "Esketamine nasal spray"
    assert facts[Category.PSYCHOTHERAPY].invasiveness == "none"
    assert facts[Category.BRAIN_STIMULATION].strongest_evidence == "Strong"


def test_a_small_clinic_catalog_still_makes_one_page_listing_only_its_categories() -> None:
    catalog = load_catalog(CLINIC)
    pages, text = pdf_text(handout_pdf(catalog))
    assert pages == 1
    assert f"{len(catalog.treatments)} options in" in text
    assert "Emerging" not in text
