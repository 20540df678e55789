"""The appointment sheet: what the PDF and the text version say, read back from the PDF itself."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tests.unit.pdf_reading import link_targets, page_texts, printed_text
from trd.catalog.loader import DEFAULT_QUESTIONS, load_catalog, load_questions
from trd.catalog.sources import citation
from trd.logic import checklist as cl
from trd.logic.checklist import Checklist
from trd.logic.history import HistoryEntry, Outcome
from trd.render.sheet import build_sheet
from trd.render.sheet_pdf import CONTINUED, SMALLEST_SIZE, sheet_pdf, short_note
from trd.render.sheet_text import sheet_text

CATALOG = load_catalog("data/treatments.yaml")
BANK = load_questions(DEFAULT_QUESTIONS)
QUESTIONS = BANK.questions_by_id()
DAY = dt.date(2026, 11, 22)
OWN = "Zoë's question — ½ dose, café?"
LONG_NOTE = " ".join(f"word{n}" for n in range(1500))
WHAT_MATTERS = ("Very important: fewer side effects", "Somewhat important: few visits")
PAST = (("Sertraline", "50 mg", 4), ("Venlafaxine", "150 mg", 8), ("Bupropion", "300 mg", 10), ("Lithium", "600 mg", 6))


def _checklist(note: str = "Within a day for some people.") -> Checklist:
    checklist = cl.set_options(Checklist(), ["esketamine", "rtms", "aripiprazole"])
    for question_id in ("onset-first-change", "risks-common-serious", "cost-insurance"):
        checklist = cl.choose_question(checklist, QUESTIONS[question_id], "esketamine", True)
    checklist = cl.choose_question(checklist, QUESTIONS["location-home-or-clinic"], "rtms", True)
    checklist = cl.choose_question(checklist, QUESTIONS["other-causes-medical"], None, True)
    checklist = cl.add_own_question(checklist, OWN, None)
    checklist = cl.set_note(checklist, "esketamine__onset-first-change", note)
    checklist = cl.set_asked(checklist, "esketamine__onset-first-change", True)
    entry = HistoryEntry(id="h0", name="Sertraline", dose="50 mg", weeks=4, outcome=Outcome.DID_NOT_HELP, side_effects="nausea")
    return cl.add_history(checklist, entry)


def _read(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_pdf_holds_date_options_questions_history_crisis_and_sources() -> None:
    pages, text = _read(sheet_pdf(build_sheet(_checklist(), CATALOG, BANK, DAY)))
    assert 1 <= pages <= 2
    assert "22 November 2026" in text
    for name in ("Esketamine nasal spray", "Aripiprazole"):
        assert name in text
    for question_id in ("onset-first-change", "risks-common-serious", "location-home-or-clinic", "other-causes-medical"):
        assert " ".join(QUESTIONS[question_id].text.split()) in text
    assert OWN in text
    assert "Within a day for some people." in text
    assert "Sertraline; dose: 50 mg; 4 weeks" in text
    assert "Was this a full trial" in text
    assert "988" in text and "local emergency number" in text
    for source in CATALOG.by_id()["rtms"].sources:
        assert " ".join(citation(source).split()) in text


def test_sources_print_as_titles_and_publishers_with_the_address_only_as_the_link() -> None:
    pdf = sheet_pdf(build_sheet(_checklist(), CATALOG, BANK, DAY))
    text = " ".join(page_texts(pdf))
    assert "http" not in text and ".json" not in text and "api.fda.gov" not in text
    assert "openFDA device classification for repetitive transcranial magnetic stimulation (product code OBP) — FDA (open.fda.gov)" in text
    cited = {source.url for option_id in ("esketamine", "rtms", "aripiprazole") for source in CATALOG.by_id()[option_id].sources}
    assert cited <= set(link_targets(pdf))


def test_nothing_on_the_sheet_is_smaller_than_8_pt() -> None:
    runs = printed_text(sheet_pdf(build_sheet(_checklist(), CATALOG, BANK, DAY, what_matters=WHAT_MATTERS)))
    smallest = min(runs, key=lambda run: run.size)
    assert smallest.size >= SMALLEST_SIZE == 8, smallest
    sources = [run for run in runs if "accessdata.fda.gov" in run.text or "open.fda.gov" in run.text]
    assert sources and all(run.size >= 8 for run in sources)


def _long_list_with_history() -> Checklist:
    checklist = cl.set_options(Checklist(), ["esketamine", "rtms", "aripiprazole", "ect"])
    for question in list(QUESTIONS.values())[:16]:
        checklist = cl.choose_question(checklist, question, "rtms", True)
    for index, (name, dose, weeks) in enumerate(PAST):
        checklist = cl.add_history(checklist, HistoryEntry(id=f"h{index}", name=name, dose=dose, weeks=weeks, outcome=Outcome.DID_NOT_HELP))
    return checklist


def test_what_matters_and_the_history_are_on_page_one_above_the_options_and_questions() -> None:
    pages = page_texts(sheet_pdf(build_sheet(_long_list_with_history(), CATALOG, BANK, DAY, what_matters=WHAT_MATTERS)))
    assert len(pages) >= 2  # a long list, so page 1 is not everything
    first = pages[0]
    for line in (*WHAT_MATTERS, *(name for name, _, _ in PAST)):
        assert line in first, line
    assert first.index("What matters to me") < first.index("What I have tried") < first.index("Options I am considering")
    assert first.index(PAST[-1][0]) < first.index("About Repetitive transcranial magnetic stimulation")


def test_what_matters_is_left_out_when_empty_and_blank_lines_are_dropped() -> None:
    assert build_sheet(_checklist(), CATALOG, BANK, DAY, what_matters=["  ", "Very important: few visits "]).what_matters == (
        "Very important: few visits",
    )
    assert "What matters to me" not in " ".join(page_texts(sheet_pdf(build_sheet(_checklist(), CATALOG, BANK, DAY))))


def test_very_long_note_is_cut_with_a_marker_and_sheet_stays_on_two_pages() -> None:
    pages, text = _read(sheet_pdf(build_sheet(_checklist(LONG_NOTE), CATALOG, BANK, DAY)))
    assert pages <= 2
    assert "word0 word1" in text
    assert "word1499" not in text
    assert "(continued in your saved file)" in text


def test_short_note_is_untouched_and_long_note_cut_at_a_word() -> None:
    assert short_note("  a\nnote  ") == "a note"
    cut = short_note(LONG_NOTE, limit=50)
    assert cut.endswith(CONTINUED)
    assert cut.removesuffix(CONTINUED).split()[-1].startswith("word")
    assert len(cut) <= 50 + len(CONTINUED)


def test_twenty_questions_still_fit_on_two_pages() -> None:
    checklist = cl.set_options(Checklist(), ["esketamine", "rtms"])
    for question in list(QUESTIONS.values())[:20]:
        checklist = cl.choose_question(checklist, question, "rtms", True)
    pages, text = _read(sheet_pdf(build_sheet(checklist, CATALOG, BANK, DAY)))
    assert pages <= 2
    assert "20. " in text


def test_an_empty_sheet_still_prints_with_lines_to_write_on() -> None:
    pages, text = _read(sheet_pdf(build_sheet(Checklist(), CATALOG, BANK, DAY)))
    assert pages == 1
    assert "No questions chosen yet" in text and "988" in text


def test_sheet_uses_current_wording_and_falls_back_to_saved_wording() -> None:
    checklist = cl.choose_question(Checklist(), QUESTIONS["onset-first-change"], None, True)
    renamed = checklist.model_copy(update={"items": (checklist.items[0].model_copy(update={"question_id": "gone", "text": "Old words?"}),)})
    assert build_sheet(checklist, CATALOG, BANK, DAY).sections[0].questions[0].text == QUESTIONS["onset-first-change"].text
    assert build_sheet(renamed, CATALOG, BANK, DAY).sections[0].questions[0].text == "Old words?"


def test_options_unknown_to_the_catalog_are_left_out() -> None:
    checklist = cl.set_options(Checklist(), ["not-in-catalog", "ect"])
    sheet = build_sheet(checklist, CATALOG, BANK, DAY)
    assert [option.name for option in sheet.options] == [CATALOG.by_id()["ect"].name]


def test_text_version_for_a_portal_message() -> None:
    text = sheet_text(build_sheet(_checklist(LONG_NOTE), CATALOG, BANK, DAY, what_matters=WHAT_MATTERS))
    assert text.startswith(
        "Questions for my appointment (2026-11-22)\n\nWhat matters to me:\n- Very important: fewer side effects\n"
        "- Somewhat important: few visits\n\nWhat I have tried:\n- Sertraline"
    )
    assert "General questions:\n1. Could a health problem" in text
    assert f"2. {OWN}" in text
    assert "About Esketamine nasal spray:\n3. How soon might I notice a first change? (asked)" in text
    assert "word1499" in text  # the text version keeps the whole note
    assert "Questions about what I have tried:" in text
    assert "988" in text
    assert "#" not in text and "**" not in text


@pytest.mark.parametrize("word", ["you have TRD", "you should", "we recommend"])
def test_sheet_words_are_neutral(word: str) -> None:
    sheet = build_sheet(_checklist(), CATALOG, BANK, DAY)
    assert word.lower() not in sheet_text(sheet).lower()
    assert word.lower() not in _read(sheet_pdf(sheet))[1].lower()


def test_a_clinic_catalog_puts_its_details_on_the_sheet() -> None:
    clinic_catalog = load_catalog("data/examples/clinic_catalog.yaml")
    sheet = build_sheet(_checklist(), clinic_catalog, BANK, DAY)
    _, text = _read(sheet_pdf(sheet))
    assert "At this clinic, Esketamine nasal spray: Offered here; typical wait: About 3 to 4 weeks for a first session" in text
    assert "https://clinic.example.org/book/esketamine" in text.replace(" ", "")
    assert "At this clinic: Offered here; typical wait: About 3 to 4 weeks" in sheet_text(sheet)


def test_the_public_catalog_has_no_clinic_lines() -> None:
    sheet = build_sheet(_checklist(), CATALOG, BANK, DAY)
    assert "At this clinic" not in sheet_text(sheet)


def test_text_version_writes_labels_inside_a_sentence_and_keeps_acronyms() -> None:
    text = sheet_text(build_sheet(_checklist(), CATALOG, BANK, DAY))
    assert "FDA status: FDA approved (2019)" in text
    assert "fda status" not in text and "first benefit: 1 day to 4 weeks" in text


def test_the_sheet_says_who_was_studied_and_that_the_studies_differ() -> None:
    sheet = build_sheet(_checklist(), CATALOG, BANK, DAY)
    text = sheet_text(sheet)
    assert "(TRANSFORM-2; people with TRD)" in text and "not a TRD group" in text  # rTMS's headline study
    assert "not a head-to-head test" in text
    _, printed = _read(sheet_pdf(sheet))
    assert "not a head-to-head test" in printed and "people with TRD" in printed
