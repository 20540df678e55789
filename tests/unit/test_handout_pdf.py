"""The landscape handout: one page, type a room can read, whole names, times as people write them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.pdf_reading import MM, page_texts, printed_text
from trd.catalog.loader import load_catalog
from trd.catalog.models import Catalog, Category, FdaStatus
from trd.catalog.vocabulary import label
from trd.render.handout_pdf import BODY_SIZE, MARGIN, TABLE_HEADINGS, category_facts, examples_line, handout_pdf

CLINIC = Path(__file__).resolve().parents[2] / "data" / "examples" / "clinic_catalog.yaml"
LETTER_LANDSCAPE_HEIGHT = 215.9  # mm


def _one_page_text(data: bytes) -> str:
    pages = page_texts(data)
    assert len(pages) == 1
    return pages[0]


def test_handout_is_one_page_with_every_category_and_the_crisis_line() -> None:
    catalog = load_catalog()
    text = _one_page_text(handout_pdf(catalog))
    for category in Category:
        assert label(category) in text
    assert "988" in text
    assert "does not recommend" in text
    assert f"{len(catalog.treatments)} options in 8 categories" in text
    assert "Optimise the dose and give it time" in text


def test_every_word_on_the_handout_is_at_least_10_pt_and_inside_the_margins() -> None:
    for catalog in (load_catalog(), load_catalog(CLINIC)):
        runs = printed_text(handout_pdf(catalog))
        smallest = min(runs, key=lambda run: run.size)
        assert smallest.size >= BODY_SIZE == 10, smallest
        lowest = min(run.baseline for run in runs) / MM
        highest = max(run.baseline for run in runs) / MM
        assert lowest >= MARGIN and highest <= LETTER_LANDSCAPE_HEIGHT - MARGIN


def test_names_are_never_cut_and_each_category_shows_whole_examples() -> None:
    catalog = load_catalog()
    text = _one_page_text(handout_pdf(catalog))
    assert "…" not in text
    for heading in TABLE_HEADINGS:
        assert heading in text  # "Strongest evidence", not "Stronges t evidence"
    for fact in category_facts(catalog.treatments):
        assert fact.examples[0] in text, fact.examples[0]  # "Giving the current antidepressant more time", not "more ti…"
    for treatment in catalog.treatments:
        beginning = " ".join(treatment.name.split()[:3])
        assert beginning not in text or treatment.name in text, treatment.name  # a name shown at all is shown whole


def test_times_read_as_people_write_them() -> None:
    text = _one_page_text(handout_pdf(load_catalog()))
    assert "about 2½ hours to 4 weeks" in text
    assert not re.search(r"\d\.\d+ hours", text)


def test_a_name_too_long_for_its_cell_is_counted_not_cut_and_the_page_still_fits() -> None:
    catalog = load_catalog()
    long_name = " ".join(["Transcranial"] * 40)  # 40 words, far more than two lines of the examples cell
    renamed = tuple(
        treatment.model_copy(update={"name": long_name}) if treatment.category is Category.LIFESTYLE else treatment
        for treatment in catalog.treatments
    )
    data = handout_pdf(Catalog.model_construct(**{**dict(catalog), "treatments": renamed}))
    text = _one_page_text(data)
    lifestyle = sum(treatment.category is Category.LIFESTYLE for treatment in catalog.treatments)
    assert examples_line([], lifestyle).replace("\u00a0", " ") in text
    assert "…" not in text
    assert min(run.baseline for run in printed_text(data)) / MM >= MARGIN


def test_examples_line_counts_the_names_left_out() -> None:
    assert examples_line(["A", "B"], 5) == "A; B; and\u00a03\u00a0more"
    assert examples_line(["A", "B"], 2) == "A; B"
    assert examples_line([], 4) == "4\u00a0options, named in the app"


def test_category_facts_count_and_summarise_each_category() -> None:
    catalog = load_catalog()
    facts = {fact.category: fact for fact in category_facts(catalog.treatments)}
    assert sum(fact.count for fact in facts.values()) == len(catalog.treatments)
    rapid = facts[Category.RAPID_ACTING]
    assert dict(rapid.statuses) == {FdaStatus.APPROVED: 1, FdaStatus.OFF_LABEL: 2}
    assert rapid.invasiveness == "non-invasive to needle or IV"
    assert rapid.examples[0] == "Esketamine nasal spray"
    assert facts[Category.PSYCHOTHERAPY].invasiveness == "none"
    assert facts[Category.BRAIN_STIMULATION].strongest_evidence == "Strong"


def test_the_chart_says_each_category_s_fda_statuses_in_words_for_black_and_white_printing() -> None:
    text = _one_page_text(handout_pdf(load_catalog()))
    assert "3: 1 approved, 2 off-label" in text


def test_a_small_clinic_catalog_still_makes_one_page_listing_only_its_categories() -> None:
    catalog = load_catalog(CLINIC)
    text = _one_page_text(handout_pdf(catalog))
    assert f"{len(catalog.treatments)} options in" in text
    assert "Emerging" not in text
