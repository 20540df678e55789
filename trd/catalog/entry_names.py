"""A key path in the words a person uses: the entry it is in, and the field inside that entry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def entry_and_field(data: Any, path: Sequence[str | int]) -> tuple[str | None, str | None]:
    """The id of the entry ``path`` points into (when it is in a list of entries) and the field path inside it.

    ``("treatments", 2, "schedule", "course_weeks")`` in a file whose third
    treatment has id ``rtms`` gives ``("rtms", "schedule.course_weeks")``; an
    entry without an id is named by its position, ``#3 in 'treatments'``;
    nested named lists are joined, ``cost / ask-price``.
    """
    path = tuple(path)
    for depth in range(len(path) - 1):
        key, index = path[depth], path[depth + 1]
        if isinstance(key, str) and isinstance(index, int):
            items = _value_at(data, path[: depth + 1])
            if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
                entry_id = items[index].get("id")
                label = str(entry_id) if isinstance(entry_id, str) and entry_id else f"#{index + 1} in '{key}'"
                rest = path[depth + 2 :]
                nested_id, nested_field = entry_and_field(items[index], rest) if rest else (None, None)
                if nested_id and not nested_id.startswith("#"):  # nested lists of named items, like questions in a topic
                    return f"{label} / {nested_id}", nested_field
                return label, field_words(rest) or None
    return None, field_words(path) or None


def field_words(path: Sequence[str | int]) -> str:
    """A field path as written in messages: ``schedule.course_weeks``, ``sources[0].url``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += ("." if text else "") + str(step)
    return text


def _value_at(data: Any, path: Sequence[str | int]) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data
