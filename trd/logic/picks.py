"""Changing a person's picks without losing any: shortcuts add (up to the limit) and say what did not fit.

A shortcut (the pathway's "Compare these", a row ticked in the results table)
never replaces the picks a person already has: it adds to them, in order, up
to ``MAX_PICKS``, and names what did not fit. The change keeps the picks from
before, so the page can offer to undo it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trd.logic.limits import MAX_PICKS


@dataclass(frozen=True)
class PickChange:
    """The picks before and after a change, what it added and removed, and what did not fit."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


def add_picks(current: Sequence[str], wanted: Sequence[str], limit: int = MAX_PICKS) -> PickChange:
    """``current`` with the ids of ``wanted`` not yet in it added at the end, until there are ``limit``.

    Nothing in ``current`` is dropped; the ids that did not fit are ``left_out``.
    """
    before = tuple(dict.fromkeys(current))
    new = [item for item in dict.fromkeys(wanted) if item not in before]
    room = max(0, limit - len(before))
    return PickChange(before, (*before, *new[:room]), added=tuple(new[:room]), left_out=tuple(new[room:]))


def picks_from_table(current: Sequence[str], shown: Sequence[str], ticked: Sequence[str], limit: int = MAX_PICKS) -> PickChange:
    """The picks after a person ticks rows of a table that shows the options ``shown``.

    A picked option whose row is shown and not ticked is taken out; a ticked
    one not yet picked is added at the end (up to ``limit``); picks whose rows
    are not shown (filtered out) stay.
    """
    before = tuple(dict.fromkeys(current))
    kept = [item for item in before if item not in shown or item in ticked]
    change = add_picks(kept, ticked, limit)
    removed = tuple(item for item in before if item not in kept)
    return PickChange(before, change.after, added=change.added, removed=removed, left_out=change.left_out)


def _names(ids: Sequence[str], names: Mapping[str, str]) -> str:
    return "; ".join(names.get(item, item) for item in ids)


def change_note(change: PickChange, names: Mapping[str, str], limit: int = MAX_PICKS) -> str:
    """What a shortcut did to the picks, in plain words (``names``: option id to name)."""
    parts = []
    if change.added:
        kept = len(change.before) - len(change.removed)
        parts.append(
            f"Added {len(change.added)} to your picks: {_names(change.added, names)}."
            + (f" Your {kept} earlier pick{'s' if kept != 1 else ''} stay." if kept else "")
        )
    elif not change.left_out:
        parts.append("These options were picked already.")
    if change.left_out:
        parts.append(
            f"Not added, because you can compare up to {limit} at a time: {_names(change.left_out, names)}. Remove a pick to make room."
        )
    return " ".join(parts)
