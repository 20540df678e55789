"""Treatment history rules: short medicine trials suggest a neutral question."""

import pytest

from trd.catalog.loader import load_catalog
from trd.logic.history import HistoryEntry, Outcome, describe, entry_from_catalog, short_trial_question, suggested_questions

CATALOG = load_catalog("data/treatments.yaml")


def _entry(weeks: float | None, medicine: bool = True) -> HistoryEntry:
    return HistoryEntry(id="h1", name="Sertraline", weeks=weeks, is_medicine=medicine)


@pytest.mark.parametrize("weeks", [0, 2, 4, 5.5])
def test_a_short_medicine_trial_suggests_asking_if_it_was_a_full_trial(weeks: float) -> None:
    question = short_trial_question(_entry(weeks))
    assert question is not None
    assert "Sertraline" in question and "full trial" in question and "6 to 8 weeks" in question


@pytest.mark.parametrize("entry", [_entry(6), _entry(12), _entry(None), _entry(2, medicine=False)])
def test_no_suggestion_for_full_trials_unknown_length_or_non_medicines(entry: HistoryEntry) -> None:
    assert short_trial_question(entry) is None


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
    full = HistoryEntry(id="h1", name="Sertraline", dose="50 mg", weeks=4, outcome=Outcome.NO_CHANGE, side_effects="nausea")
    assert describe(full) == "Sertraline; dose: 50 mg; 4 weeks; no change; side effects: nausea"
    assert describe(HistoryEntry(id="h2", name="Walking")) == "Walking"
