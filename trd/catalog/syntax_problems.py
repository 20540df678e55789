"""A YAML syntax error as a problem a person can act on: the right place, both places the parser names, plain words.

PyYAML names up to two places: where the construct it was reading began
(``context_mark``: an opening bracket or quote) and where it gave up
(``problem_mark``, often lines further on, or just past the end of the
file). For an unclosed bracket or quote the mistake is where it was opened,
so that is where the problem points; the other place is named in the words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import yaml

from trd.catalog.problems import Problem


@dataclass(frozen=True)
class SyntaxWords:
    """What to say about one kind of syntax error, and which of the parser's two places to point at."""

    words: str  # may use {gave_up}, {quote} and {parser} (PyYAML's own words, with the place its context began)
    at_opening: bool = False  # point where the construct began (context_mark), not where the parser gave up


PREFIX = "YAML syntax error: "
_CHECK = " Check the indentation and that every 'key: value' has a space after the colon; put text with ':' or '#' in quotes."

# Keyed by what the parser was doing when it failed (its ``context``).
BY_CONTEXT: Mapping[str, SyntaxWords] = MappingProxyType(
    {
        "while parsing a flow sequence": SyntaxWords(
            "the list opened with '[' here is not closed: the parser reached {gave_up} without finding its ']'. "
            "Add the ']', and put items holding ',' or ':' in quotes.",
            at_opening=True,
        ),
        "while parsing a flow mapping": SyntaxWords(
            "the block opened with '{{' here is not closed: the parser reached {gave_up} without finding its '}}'. "
            "Add the '}}', and put values holding ',' or ':' in quotes.",
            at_opening=True,
        ),
        "while scanning a quoted scalar": SyntaxWords(
            "the text in quotes that starts here has no closing quote mark ({quote}): the parser reached {gave_up} without finding it. "
            "Add the closing quote mark at the end of the text.",
            at_opening=True,
        ),
        "while scanning a simple key": SyntaxWords(
            "this line is not a 'key: value' pair: the parser looked for a ':' and a space after its key, "
            "and reached {gave_up} without one. "
            "Put a space after the colon, write the line as 'key: value', or indent it further if it continues the text above.",
            at_opening=True,
        ),
        "while parsing a flow node": SyntaxWords(
            "the parser reached {gave_up} inside '[ ]' or '{{ }}': a bracket opened above is not closed, "
            "or a comma is left before the end. "
            "Close the bracket, or remove the comma."
        ),
        "expected a single document in the stream": SyntaxWords(
            "a second document starts here; a data file holds one document. "
            "Remove the '---' line and what follows, or move it to a file of its own."
        ),
    }
)

# A tab where indentation is read; PyYAML's C parser does not even name the character.
TAB = SyntaxWords(
    "a tab is used for indenting here, and YAML indents with spaces only: replace the tab with spaces. PyYAML's words: {parser}."
)

# Anything else: PyYAML's words (with the place it names first) and what usually causes them.
OTHER = SyntaxWords("{parser}." + _CHECK)


def syntax_problem(file: str, text: str, error: yaml.MarkedYAMLError) -> Problem:
    """The problem for ``error``, raised while parsing ``text`` (the file's contents); ``file`` names it."""
    lines = text.splitlines() or [""]
    problem_place = _clamped(error.problem_mark, lines)
    context_place = _clamped(error.context_mark, lines)
    tab = (problem_place is not None and _character_at(problem_place, lines) == "\t") or "tab character" in (error.problem or "")
    entry = TAB if tab else BY_CONTEXT.get(error.context or "", OTHER)
    place = context_place if entry.at_opening and context_place else problem_place or context_place
    context = error.context
    if context and context_place and context_place != place:
        context += f" (which starts at {_where(context_place)})"
    at_end = error.problem_mark is not None and error.problem_mark.line >= len(lines)
    message = entry.words.format(
        parser=", ".join(part for part in (context, error.problem) if part) or "the YAML is malformed",
        gave_up="the end of the file" if at_end else _where(problem_place),
        quote=_character_at(context_place, lines) if context_place else "quote",
    )
    line, column = place if place else (None, None)
    return Problem(file, PREFIX + message, line, column)


def _clamped(mark: yaml.Mark | None, lines: list[str]) -> tuple[int, int] | None:
    """The mark's 1-based line and column, moved back onto the last line when it is past the end of the file."""
    if mark is None:
        return None
    if mark.line >= len(lines):
        return len(lines), len(lines[-1]) + 1
    return mark.line + 1, min(mark.column, len(lines[mark.line])) + 1


def _character_at(place: tuple[int, int], lines: list[str]) -> str:
    line = lines[place[0] - 1]
    return line[place[1] - 1] if place[1] <= len(line) else ""


def _where(place: tuple[int, int] | None) -> str:
    return f"line {place[0]}, column {place[1]}" if place else "an unknown place"
