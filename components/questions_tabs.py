"""The Questions page's tabs: one declaration of their ids and words, read by the page and by texts that point at a tab."""

from __future__ import annotations

from trd.logic.checklist import Checklist

CHOOSE_TAB = "Choose"
LIST_TAB = "My list"
HISTORY_TAB = "What I tried"
TAKE_TAB = "Take with you"


def questions_tabs(checklist: Checklist) -> list[tuple[str, str]]:
    """The tabs as (id, label) pairs, the list and the history with how many they hold; short enough for a phone."""
    return [
        ("choose", CHOOSE_TAB),
        ("list", f"{LIST_TAB} ({len(checklist.chosen())})"),
        ("history", f"{HISTORY_TAB} ({len(checklist.history)})"),
        ("take", TAKE_TAB),
    ]
