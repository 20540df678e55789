"""Plain words for each pydantic error, from a table keyed by error type and field kind.

To change what a person reads for an error, edit its line in ``WORDS``. A
template may use ``{shown}`` (the value found, shortened), ``{name}`` (the
field's own name), ``{count}`` and ``{items}`` (how many items the value has),
``{length}`` (characters in a text), ``{hint}`` (a "did you mean" or what to
do), and pydantic's own context, such as ``{max_length}`` or ``{expected}``.
An error type missing from the table (or a placeholder pydantic gave no
value for) keeps pydantic's message.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from trd.catalog.field_kinds import FieldKind

ANY, RANGE, RANGE_END, WEB_ADDRESS = FieldKind.ANY, FieldKind.RANGE, FieldKind.RANGE_END, FieldKind.WEB_ADDRESS

_NOT_A_DATE = "{shown} is not a date; write it as YYYY-MM-DD, for example 2026-11-22."
_NOT_A_LIST = "should be a list (lines starting with '- '), but is {shown}."
_NOT_A_PAIR = "should be a pair [min, max], but is {shown}."
_NOT_A_BLOCK = "should be a block of 'key: value' fields, but is {shown}."

WORDS: Mapping[tuple[str, FieldKind], str] = MappingProxyType(
    {
        ("missing", ANY): "the required field '{name}' is missing; add it.",
        ("missing", RANGE_END): "should be a pair of two numbers [min, max].",
        ("extra_forbidden", ANY): "'{name}' is not a field this file can have.{hint}",
        ("string_too_short", ANY): "is empty; write some text here (or remove the field if it is optional).",
        ("string_too_long", ANY): "is too long ({length} characters; the limit is {max_length}). Shorten it.",
        ("string_pattern_mismatch", ANY): "{shown} is not a valid id; use lower-case letters, digits and single hyphens, like 'deep-tms'.",
        ("string_pattern_mismatch", WEB_ADDRESS): "{shown} is not a full web address; write it starting with https://.",
        ("enum", ANY): "{shown} is not allowed here; use one of: {expected}.{hint}",
        ("string_type", ANY): "should be text, but is {shown}. Put it in quotes.",
        ("int_type", ANY): "should be a whole number, but is {shown}.",
        ("int_parsing", ANY): "should be a whole number, but is {shown}.",
        ("int_from_float", ANY): "should be a whole number, but is {shown}.",
        ("float_type", ANY): "should be a number, but is {shown}.",
        ("float_parsing", ANY): "should be a number, but is {shown}.",
        ("finite_number", ANY): "should be a number, but is {shown}.",
        ("bool_type", ANY): "should be true or false, but is {shown}.",
        ("bool_parsing", ANY): "should be true or false, but is {shown}.",
        ("date_type", ANY): _NOT_A_DATE,
        ("date_parsing", ANY): _NOT_A_DATE,
        ("date_from_datetime_parsing", ANY): _NOT_A_DATE,
        ("date_from_datetime_inexact", ANY): _NOT_A_DATE,
        ("list_type", ANY): _NOT_A_LIST,
        ("tuple_type", ANY): _NOT_A_LIST,
        ("list_type", RANGE): _NOT_A_PAIR,
        ("tuple_type", RANGE): _NOT_A_PAIR,
        ("model_type", ANY): _NOT_A_BLOCK,
        ("dict_type", ANY): _NOT_A_BLOCK,
        ("model_attributes_type", ANY): _NOT_A_BLOCK,
        ("too_short", ANY): "needs at least {min_length} item{plural}; it has {count}.",
        ("too_short", RANGE): "should be a pair [min, max], but has {count} number(s).",
        ("too_long", ANY): "has too many items ({actual_length}); the limit is {max_length}. Ranges are a pair [min, max].",
        ("greater_than_equal", ANY): "is {shown}, but must be at least {ge}.",
        ("less_than_equal", ANY): "is {shown}, but must be at most {le}.",
        ("value_error", ANY): "{error}",
    }
)

DID_YOU_MEAN = " Did you mean '{suggestion}'?"
UNKNOWN_KEY_ADVICE = " Remove it, or check its spelling and indentation."


def words_for(error: Mapping[str, Any], kind: FieldKind, suggestion: str | None) -> str:
    """The message for one pydantic error (as in ``ValidationError.errors()``) on a field of ``kind``.

    ``suggestion`` is the close spelling to offer, if any ("did you mean").
    """
    template = WORDS.get((error["type"], kind)) or WORDS.get((error["type"], ANY))
    if template is None:
        return str(error["msg"])
    given = error.get("input")
    context = error.get("ctx") or {}
    count = len(given) if isinstance(given, (list, tuple)) else 0
    facts = {
        **{key: str(value) for key, value in context.items()},
        "shown": shown(given),
        "name": str(error["loc"][-1]) if error["loc"] else "",
        "count": count,
        "plural": "" if context.get("min_length", 1) == 1 else "s",
        "length": len(str(given)),
        "hint": _hint(error["type"], suggestion),
    }
    try:
        return template.format_map(facts)
    except KeyError:
        return str(error["msg"])


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate ``word`` was most likely meant to be, when one is close enough to suggest."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
    return close[0] if close else None


def shown(value: Any) -> str:
    """A value as quoted in a message: text in quotes, shortened; lists and blocks described."""
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _hint(error_type: str, suggestion: str | None) -> str:
    if suggestion:
        return DID_YOU_MEAN.format(suggestion=suggestion)
    return UNKNOWN_KEY_ADVICE if error_type == "extra_forbidden" else ""
