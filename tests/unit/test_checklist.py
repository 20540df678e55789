"""The checklist model: choosing, ordering, dropping, notes, and its saved-file format."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trd.catalog.question_bank import Question
from trd.logic import checklist as cl
from trd.logic.checklist import Checklist, ChecklistFileError
from trd.logic.history import HistoryEntry, Outcome

ONSET = Question(id="onset-first-change", text="How soon might I notice a first change?", catalog_field="onset_days")
RISKS = Question(id="risks-common-serious", text="What side effects are common?", catalog_field="side_effects")


def _filled() -> Checklist:
    checklist = cl.set_options(Checklist(), ["esketamine", "rtms"])
    checklist = cl.choose_question(checklist, ONSET, "esketamine", True)
    checklist = cl.choose_question(checklist, RISKS, "rtms", True)
    checklist = cl.add_own_question(checklist, "Zoë's question — ½ dose, café?", None)
    checklist = cl.set_note(checklist, "esketamine__onset-first-change", "Within a day for some.\nSecond line ✓")
    checklist = cl.set_asked(checklist, "esketamine__onset-first-change", True)
    return cl.add_history(checklist, HistoryEntry(id="h0", name="Sertraline", dose="50 mg", weeks=4, outcome=Outcome.DID_NOT_HELP))


def test_choosing_a_question_puts_it_on_the_list_in_order() -> None:
    checklist = _filled()
    assert [item.id for item in checklist.chosen()] == ["esketamine__onset-first-change", "rtms__risks-common-serious", "own-1"]
    assert checklist.is_chosen("onset-first-change", "esketamine")
    assert not checklist.is_chosen("onset-first-change", "rtms")


def test_unticking_keeps_the_note_and_ticking_again_brings_it_back() -> None:
    checklist = cl.choose_question(_filled(), ONSET, "esketamine", False)
    assert "esketamine__onset-first-change" not in [item.id for item in checklist.chosen()]
    again = cl.choose_question(checklist, ONSET, "esketamine", True)
    assert again.item("esketamine__onset-first-change").note.startswith("Within a day")  # type: ignore[union-attr]


def test_unticking_an_untouched_question_removes_it() -> None:
    checklist = cl.choose_question(_filled(), RISKS, "rtms", False)
    assert checklist.item("rtms__risks-common-serious") is None


def test_move_swaps_with_neighbour_and_stops_at_the_ends() -> None:
    checklist = _filled()
    moved = cl.move_item(checklist, "own-1", -1)
    assert [item.id for item in moved.chosen()][1:] == ["own-1", "rtms__risks-common-serious"]
    assert cl.move_item(checklist, "esketamine__onset-first-change", -1) == checklist
    assert cl.move_item(checklist, "own-1", +1) == checklist


def test_drop_removes_own_question_entirely() -> None:
    checklist = cl.drop_item(_filled(), "own-1")
    assert checklist.item("own-1") is None


def test_blank_own_question_is_ignored_and_ids_never_repeat() -> None:
    checklist = cl.add_own_question(_filled(), "   ", None)
    assert checklist == _filled()
    twice = cl.add_own_question(cl.drop_item(checklist, "own-1"), "Another", "rtms")
    assert twice.chosen()[-1].id == "own-3"  # own-1 and h2 used numbers 1 and 2


def test_empty_means_nothing_written_or_ticked() -> None:
    assert cl.set_options(Checklist(), ["rtms"]).is_empty()
    assert not _filled().is_empty()


def test_save_and_open_round_trip_restores_exactly() -> None:
    checklist = _filled()
    text = cl.to_json(checklist)
    assert json.loads(text)["schema_version"] == cl.SCHEMA_VERSION
    assert cl.from_json(text) == checklist
    assert cl.from_json(text.encode("utf-8")) == checklist


@given(st.text(max_size=300), st.text(min_size=1, max_size=200).filter(lambda s: s.strip()))
def test_round_trip_keeps_any_note_and_question_text(note: str, text: str) -> None:
    checklist = cl.add_own_question(Checklist(), text, None)
    checklist = cl.set_note(checklist, "own-1", note)
    assert cl.from_json(cl.to_json(checklist)) == checklist


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\xff", "not text"),
        ("{not json", "not valid JSON"),
        ('{"name": "a catalog"}', "not saved by this app"),
        ("[1, 2]", "not saved by this app"),
        ('{"format": "trd-options-checklist", "schema_version": "one"}', "no valid format version"),
        ('{"format": "trd-options-checklist", "schema_version": 99, "checklist": {}}', "newer version"),
        ('{"format": "trd-options-checklist", "schema_version": 1, "checklist": {"items": [{"id": "BAD ID", "text": "x"}]}}', "damaged"),
        ('{"format": "trd-options-checklist", "schema_version": 1, "checklist": {"surprise": 1}}', "damaged"),
        (b"x" * (cl.MAX_FILE_BYTES + 1), "too large"),
    ],
)
def test_damaged_or_foreign_files_are_refused_with_a_message(content: str | bytes, message: str) -> None:
    with pytest.raises(ChecklistFileError, match=message) as error:
        cl.from_json(content)
    assert "Nothing was changed" in str(error.value)


def test_restore_fills_an_empty_session_from_the_browser_copy() -> None:
    stored = cl.to_json(_filled())
    restored, message = cl.restore(Checklist(), stored)
    assert restored == _filled()
    assert message is not None and "back" in message


def test_restore_never_replaces_work_done_in_this_session() -> None:
    mine = cl.add_own_question(Checklist(), "Typed just now", None)
    restored, message = cl.restore(mine, cl.to_json(_filled()))
    assert (restored.items, restored.history, message) == (mine.items, mine.history, None)


def test_restore_keeps_options_picked_in_this_session() -> None:
    working = cl.set_options(Checklist(), ["ect"])
    restored, _ = cl.restore(working, cl.to_json(_filled()))
    assert restored.option_ids == ("ect",)
    assert restored.items == _filled().items


@pytest.mark.parametrize("stored", [None, ""])
def test_restore_with_nothing_stored_changes_nothing(stored: str | None) -> None:
    assert cl.restore(Checklist(), stored) == (Checklist(), None)


def test_restore_from_a_damaged_browser_copy_says_so() -> None:
    restored, message = cl.restore(Checklist(), "{oops")
    assert restored == Checklist()
    assert message is not None and "could not be read" in message


def test_a_copy_this_version_cannot_read_is_left_alone_until_the_person_adds_something() -> None:
    newer = '{"format": 99, "items": "a shape from a newer version"}'
    assert not cl.can_read(newer) and not cl.can_read("{oops")
    assert cl.can_read(cl.to_json(Checklist()))
    assert cl.text_to_keep(Checklist(), browser_copy_unreadable=True) is None  # an empty page never wipes it
    added = cl.add_own_question(Checklist(), "Can I keep driving?", None)
    assert cl.text_to_keep(added, browser_copy_unreadable=True) == cl.to_json(added)  # the person's new notes are kept
    assert cl.text_to_keep(Checklist(), browser_copy_unreadable=False) == cl.to_json(Checklist())


def test_a_deeply_nested_file_is_refused_with_a_message() -> None:
    with pytest.raises(ChecklistFileError, match="nested far too deeply"):
        cl.from_json(b"[" * 100_000)


def test_a_file_with_a_byte_order_mark_opens() -> None:
    saved = cl.to_json(cl.set_options(Checklist(), ["esketamine"]))
    assert cl.from_json(b"\xef\xbb\xbf" + saved.encode("utf-8")).option_ids == ("esketamine",)


def test_a_note_still_being_typed_comes_back_and_stale_or_foreign_drafts_are_ignored() -> None:
    checklist = cl.add_own_question(Checklist(), "Can I drive after?", None)
    checklist = cl.set_note(checklist, "own-1", "Ask")
    drafts = {"own-1": "Ask who drives me home", "own-9": "a question since removed", "own-2": 42}
    restored, changed = cl.apply_drafts(checklist, drafts)
    assert changed == 1 and restored.items[0].note == "Ask who drives me home"
    assert cl.apply_drafts(restored, {"own-1": "Ask who drives me home"}) == (restored, 0)  # already saved
    assert cl.apply_drafts(checklist, None) == (checklist, 0)
    assert cl.apply_drafts(checklist, ["own-1", "x"]) == (checklist, 0)
