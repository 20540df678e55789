"""The sheet's print view: what matters and what was tried first, sources as titles and publishers."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def print_view_app() -> None:
    import datetime as dt

    from components.sheet_actions import print_view
    from trd.catalog.loader import DEFAULT_QUESTIONS, load_catalog, load_questions
    from trd.logic import checklist as cl
    from trd.logic.checklist import Checklist
    from trd.logic.history import HistoryEntry, Outcome
    from trd.render.sheet import build_sheet

    bank = load_questions(DEFAULT_QUESTIONS)
    checklist = cl.set_options(Checklist(), ["rtms"])
    checklist = cl.choose_question(checklist, bank.questions_by_id()["onset-first-change"], "rtms", True)
    checklist = cl.add_history(checklist, HistoryEntry(id="h0", name="Sertraline", dose="50 mg", weeks=8, outcome=Outcome.NO_CHANGE))
    sheet = build_sheet(checklist, load_catalog(), bank, dt.date(2026, 12, 3), what_matters=["Very important: few visits"])
    print_view(sheet, key="sheet_print")


def test_print_view_reads_from_the_top_like_the_pdf() -> None:
    at = AppTest.from_function(print_view_app, default_timeout=60).run()
    assert not at.exception
    texts = [str(element.value) for element in at.markdown]
    order = [next(index for index, text in enumerate(texts) if heading in text) for heading in ("What matters", "What I have tried")]
    options = next(index for index, text in enumerate(texts) if "Options I am considering" in text)
    assert order[0] < order[1] < options
    assert texts[order[0] + 1] == "- Very important\\: few visits"  # escaped: a person's words never become markup
    sources = texts[next(index for index, text in enumerate(texts) if "**Sources**" in text) + 1]
    assert "FDA \\(open\\.fda\\.gov\\)" in sources  # the title links to the address; the words say who and where
