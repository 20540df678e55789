"""Shortcuts add to a person's picks and never replace them; what does not fit is named; ticking table rows picks."""

import textstat

from trd.logic.limits import MAX_PICKS
from trd.logic.picks import add_picks, change_note, picks_from_table

NAMES = {item: item.upper() for item in "abcdefghij"}


def test_a_shortcut_adds_after_the_picks_already_there() -> None:
    change = add_picks(["a", "b"], ["c", "a", "d"])
    assert change.after == ("a", "b", "c", "d")
    assert change.added == ("c", "d") and change.left_out == ()
    assert change.before == ("a", "b")  # kept for Undo


def test_what_does_not_fit_is_left_out_and_named_never_dropping_an_earlier_pick() -> None:
    change = add_picks(["a", "b", "c", "d"], ["e", "f", "g", "h"])
    assert len(change.after) == MAX_PICKS
    assert change.after[:4] == ("a", "b", "c", "d")
    assert change.left_out == ("g", "h")
    note = change_note(change, NAMES)
    assert "Added 2 to your picks: E; F." in note
    assert "Your 4 earlier picks stay." in note
    assert f"up to {MAX_PICKS}" in note and "G; H" in note


def test_when_full_nothing_is_added_and_the_note_says_why() -> None:
    change = add_picks(list("abcdef"), ["g"])
    assert change.after == tuple("abcdef") and change.left_out == ("g",)
    assert change_note(change, NAMES).startswith("Not added")


def test_ticking_table_rows_adds_and_unticking_removes_only_shown_rows() -> None:
    # "a" is picked but filtered out of the table: it stays. "b" is shown and unticked: it goes.
    change = picks_from_table(["a", "b", "c"], shown=["b", "c", "d", "e"], ticked=["c", "e"])
    assert change.after == ("a", "c", "e")
    assert change.removed == ("b",) and change.added == ("e",)


def test_ticking_a_seventh_row_is_refused_with_its_name() -> None:
    change = picks_from_table(list("abcdef"), shown=list("abcdefg"), ticked=list("abcdefg"))
    assert change.after == tuple("abcdef") and change.left_out == ("g",)


def test_notes_read_at_grade_8_or_below() -> None:
    for change in (add_picks(["a", "b", "c", "d"], ["e", "f", "g"]), add_picks([], ["a", "b"]), add_picks(["a"], ["a"])):
        note = change_note(change, NAMES)
        assert note and textstat.flesch_kincaid_grade(note) <= 8, note
