"""Treatment history rules: the entry's fields, files saved before them, and when a short trial suggests a question."""

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from trd.catalog.loader import load_catalog
from trd.logic import checklist as cl
from trd.logic.history import HistoryEntry, Outcome, describe, entry_from_catalog, short_trial_question, suggested_questions
from trd.render.sheet import build_sheet
from trd.render.sheet_pdf import sheet_pdf
from trd.render.sheet_text import sheet_text

CATALOG = load_catalog("data/treatments.yaml")


def _entry(weeks: float | None, medicine: bool = True, outcome: Outcome = Outcome.NOT_SAID) -> HistoryEntry:
    return HistoryEntry(id="h1", name="Sertraline", weeks=weeks, is_medicine=medicine, outcome=outcome)


@pytest.mark.parametrize("weeks", [0, 2, 4, 5.5])
@pytest.mark.parametrize("outcome", [Outcome.NOT_SAID, Outcome.HELPED, Outcome.PARTLY_HELPED, Outcome.DID_NOT_HELP])
def test_a_short_medicine_trial_suggests_asking_if_it_was_a_full_trial(weeks: float, outcome: Outcome) -> None:
    question = short_trial_question(_entry(weeks, outcome=outcome))
    assert question is not None
    assert "Sertraline" in question and "full trial" in question and "6 to 8 weeks" in question


@pytest.mark.parametrize("entry", [_entry(6), _entry(12), _entry(None), _entry(2, medicine=False)])
def test_no_suggestion_for_full_trials_unknown_length_or_non_medicines(entry: HistoryEntry) -> None:
    assert short_trial_question(entry) is None


@pytest.mark.parametrize("weeks", [0, 4, 5.5, 12])
def test_no_full_trial_question_when_it_was_stopped_for_side_effects(weeks: float) -> None:
    entry = _entry(weeks, outcome=Outcome.STOPPED_SIDE_EFFECTS)
    assert short_trial_question(entry) is None
    assert suggested_questions((entry,)) == []


def test_wording_is_neutral_never_diagnostic() -> None:
    question = short_trial_question(_entry(3)) or ""
    for word in ("TRD", "resistant", "you have", "should"):
        assert word.lower() not in question.lower()


def test_catalog_entries_know_whether_they_are_a_medicine() -> None:
    by_id = CATALOG.by_id()
    assert entry_from_catalog("h1", by_id["aripiprazole"]).is_medicine
    assert entry_from_catalog("h1", by_id["ssri"]).is_medicine
    assert not entry_from_catalog("h1", by_id["cbt"]).is_medicine
    assert not entry_from_catalog("h1", by_id["rtms"]).is_medicine


def test_suggestions_follow_the_log_order() -> None:
    history = (
        HistoryEntry(id="h1", name="A drug", weeks=3),
        HistoryEntry(id="h2", name="CBT", weeks=2, is_medicine=False),
        HistoryEntry(id="h3", name="B drug", weeks=1),
    )
    questions = suggested_questions(history)
    assert [("A drug" in q, "B drug" in q) for q in questions] == [(True, False), (False, True)]
    assert "1 week." in questions[1]


def test_describe_lists_only_what_was_given() -> None:
    full = HistoryEntry(
        id="h1", name="Sertraline", dose="50 mg", weeks=4, outcome=Outcome.DID_NOT_HELP, side_effects="nausea", note="my GP"
    )
    assert describe(full) == "Sertraline; dose: 50 mg; 4 weeks; did not help; side effects: nausea; note: my GP"
    assert describe(HistoryEntry(id="h2", name="Walking")) == "Walking"


def test_a_drug_named_after_picking_its_class_shows_both_names() -> None:
    names = {treatment.id: treatment.name for treatment in CATALOG.treatments}
    ssri = CATALOG.by_id()["ssri"]
    named = entry_from_catalog("h1", ssri, name=" sertraline ")
    assert (named.name, named.treatment_id, named.is_medicine) == ("sertraline", "ssri", True)
    assert describe(named, names) == f"sertraline ({ssri.name})"
    assert describe(entry_from_catalog("h2", ssri), names) == ssri.name  # no drug name typed: the option's name once


def _first_format_file(history: list[dict[str, object]]) -> str:
    return json.dumps({"format": cl.FORMAT_NAME, "schema_version": 1, "checklist": {"history": history, "next_number": 9}})


@pytest.mark.parametrize(
    ("old_outcome", "outcome", "note"),
    [
        ("", Outcome.NOT_SAID, ""),
        ("helped", Outcome.HELPED, ""),
        ("helped a little", Outcome.PARTLY_HELPED, ""),
        ("no change", Outcome.DID_NOT_HELP, ""),
        ("felt worse", Outcome.DID_NOT_HELP, "felt worse"),
        ("stopped because of side effects", Outcome.STOPPED_SIDE_EFFECTS, ""),
        ("still taking it", Outcome.NOT_SAID, "still taking it"),
    ],
)
def test_a_file_saved_before_the_new_fields_opens_with_every_word_kept(old_outcome: str, outcome: Outcome, note: str) -> None:
    old = {"id": "h3", "name": "Venlafaxine", "dose": "75 mg", "weeks": 4, "outcome": old_outcome, "side_effects": "sweating"}
    entry = cl.from_json(_first_format_file([old])).history[0]
    assert (entry.name, entry.dose, entry.weeks, entry.side_effects) == ("Venlafaxine", "75 mg", 4, "sweating")
    assert (entry.outcome, entry.note) == (outcome, note)


def test_an_old_side_effect_stop_no_longer_asks_about_a_full_trial() -> None:
    old = {"id": "h1", "name": "Duloxetine", "weeks": 4, "outcome": "stopped because of side effects"}
    assert suggested_questions(cl.from_json(_first_format_file([old])).history) == []


def test_an_old_file_without_outcomes_or_history_opens() -> None:
    assert cl.from_json(_first_format_file([{"id": "h1", "name": "CBT", "is_medicine": False}])).history[0].outcome is Outcome.NOT_SAID
    assert cl.from_json(json.dumps({"format": cl.FORMAT_NAME, "schema_version": 1, "checklist": {}})).history == ()


def test_an_unknown_outcome_is_refused_with_where_it_is() -> None:
    with pytest.raises(cl.ChecklistFileError, match="history > 0 > outcome"):
        cl.from_json(_first_format_file([{"id": "h1", "name": "X", "outcome": "cured"}]))
    old_words = [{"id": "h1", "name": "X", "outcome": "no change"}]
    new_file = json.dumps({"format": cl.FORMAT_NAME, "schema_version": 2, "checklist": {"history": old_words}})
    with pytest.raises(cl.ChecklistFileError, match="history > 0 > outcome"):
        cl.from_json(new_file)  # today's format takes today's words only


def test_the_sheet_shows_the_drug_dose_weeks_what_happened_and_the_note() -> None:
    ssri = CATALOG.by_id()["ssri"]
    entry = entry_from_catalog("h0", ssri, name="sertraline").model_copy(
        update={"dose": "50 mg a day", "weeks": 4, "outcome": Outcome.STOPPED_SIDE_EFFECTS, "note": "switched in May"}
    )
    sheet = build_sheet(cl.add_history(cl.Checklist(), entry), CATALOG, None, dt.date(2026, 12, 3))
    line = f"sertraline ({ssri.name}); dose: 50 mg a day; 4 weeks; stopped for side effects; note: switched in May"
    assert sheet.history == (line,) and sheet.history_questions == ()
    pdf_text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet_pdf(sheet))).pages).split())
    assert line in pdf_text and "full trial" not in pdf_text
    assert line in sheet_text(sheet)
