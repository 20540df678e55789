"""Read YAML safely and strictly, recording where every value sits so any problem can name its line.

PyYAML alone is too forgiving for a file people edit by hand: it keeps the
last of two equal keys without a word, reads ``NO`` as false and ``1:30`` as
90, and its full loader builds Python objects from tags. This reader composes
the document with the safe C parser (no object is ever built from a tag),
then turns nodes into plain values itself, noting every surprise as a
problem with its line and column. The first time a problem needs a place, the
positions of every value (``source_positions``) are built once from the node
tree, so later checks look places up by key path instead of walking the
document again; a valid file never pays for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import yaml

from trd.catalog.entry_names import entry_and_field
from trd.catalog.problems import DataFileError, Problem
from trd.catalog.source_positions import NO_CHILDREN, KeyPath, SourcePositions
from trd.catalog.syntax_problems import syntax_problem

try:  # The C parser is the fast path; fall back so the app still runs without libyaml.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
# A hand-written file holds at most about one value per byte. Far more values
# than bytes can only come from aliases expanding (a "billion laughs" bomb).
_VALUES_PER_BYTE = 1
_VALUES_SLACK = 1000

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_YAML12_BOOLS = {"true", "false"}
_OCTAL_LIKE = re.compile(r"^[-+]?0[0-9_]+$")
_constructor = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class ParsedYaml:
    """Plain Python values from a YAML file, and where each of them sits in it."""

    data: Any
    root: yaml.Node
    file: str
    # Problems that do not stop reading (a duplicate key, `NO` read as false):
    # reported together with the model's problems so a person sees them all at once.
    problems: tuple[Problem, ...] = ()

    @cached_property
    def positions(self) -> SourcePositions:
        """Where every value sits, built once from the node tree the first time a problem needs a place.

        A valid file never needs it, so reading one costs only the values.
        """
        return _positions(self.root, 0, 0)


def _positions(node: yaml.Node, key_line: int, key_column: int) -> SourcePositions:
    """The positions of ``node`` and of everything inside it, keyed as the values are (first of two equal keys wins)."""
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    children: dict[str | int, SourcePositions] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _TAG + "merge" and str(key_node.value) not in children:
                mark = key_node.start_mark
                children[str(key_node.value)] = _positions(value_node, mark.line + 1, mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            children[index] = _positions(item, 0, 0)
    return SourcePositions(line, column, key_line, key_column, children or NO_CHILDREN)


def read_yaml(raw: bytes, file: str, *, max_bytes: int = MAX_FILE_BYTES) -> ParsedYaml:
    """Parse ``raw`` (the file's bytes) into plain values.

    ``file`` is the name used in messages. Raises ``DataFileError`` with every
    problem found: bad encoding, YAML syntax, duplicate keys, YAML 1.1
    surprises, disallowed tags, alias bombs, an empty file or one too large.
    """
    if len(raw) > max_bytes:
        raise DataFileError(
            [
                Problem(
                    file,
                    f"the file is {len(raw):,} bytes; "
                    f"the limit is {max_bytes:,} bytes ({max_bytes / 1_048_576:g} MB). Split it or remove entries.",
                )
            ]
        )
    text = _decode(raw, file)
    if not text.strip():
        raise DataFileError(
            [Problem(file, "the file is empty; it should hold fields such as 'version:' and 'reviewed:' (see the files in data/).", 1, 1)]
        )
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as error:
        raise DataFileError([syntax_problem(file, text, error)]) from None
    except yaml.YAMLError as error:  # unmarked errors are rare; still no traceback
        raise DataFileError([Problem(file, f"this is not valid YAML ({error}).")]) from None
    if root is None:
        raise DataFileError(
            [Problem(file, "the file holds only comments; it should hold fields such as 'version:' and 'reviewed:'.", 1, 1)]
        )
    builder = _Builder(budget=len(raw) * _VALUES_PER_BYTE + _VALUES_SLACK)
    data = builder.build(root)
    problems = [_placed(file, data, path, node, message) for path, node, message in builder.problems]
    if builder.fatal:
        raise DataFileError(problems)
    return ParsedYaml(data, root, file, tuple(problems))


def _placed(file: str, data: Any, path: KeyPath, node: yaml.Node, message: str) -> Problem:
    entry_id, field = entry_and_field(data, path)
    return Problem(file, message, node.start_mark.line + 1, node.start_mark.column + 1, entry_id, field)


def _decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise DataFileError(
            [
                Problem(
                    file,
                    f"byte 0x{raw[error.start]:02x} is not valid UTF-8 text. Save the file as UTF-8 "
                    "(in most editors: Save As, Encoding: UTF-8).",
                    line,
                    column,
                )
            ]
        ) from None


class _Builder:
    """Turns a composed node tree into dicts, lists and scalars, collecting problems."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.problems: list[tuple[KeyPath, yaml.Node, str]] = []
        self.fatal = False  # a problem that makes the values untrustworthy (tags, bombs)
        self._bombed = False
        self._path: list[str | int] = []  # the key path of the value being built; copied only for a problem

    def _problem(self, node: yaml.Node, message: str, *, path: KeyPath | None = None) -> None:
        self.problems.append((tuple(self._path) if path is None else path, node, message))

    def build(self, node: yaml.Node) -> Any:
        """The value of ``node``."""
        self.budget -= 1
        if self.budget < 0:
            if not self._bombed:
                self._bombed = self.fatal = True
                self._problem(
                    node,
                    "aliases (*name) expand to far more values than the file holds; the file is refused. Write the values out instead.",
                    path=(),  # a path through expanded aliases names nothing a person wrote
                )
            return None
        if len(self._path) > MAX_DEPTH:
            self._problem(
                node, f"values are nested more than {MAX_DEPTH} levels deep (or an alias refers to itself); the file is refused.", path=()
            )
            self.budget = -1
            self._bombed = self.fatal = True
            return None
        if node.tag not in _PLAIN_TAGS:
            self._refuse_tag(node)
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return self._sequence(node)
        assert isinstance(node, yaml.ScalarNode)  # composer nodes are mapping, sequence or scalar
        return self._scalar(node)

    def _refuse_tag(self, node: yaml.Node) -> None:
        self.fatal = True
        if node.tag == _TAG + "merge":
            self._problem(node, "merge keys (<<) are not supported; write the fields out in full.")
        elif "python/" in node.tag:
            self._problem(
                node,
                f"the tag '{_short_tag(node.tag)}' asks to build a program object; "
                "these files may only hold text, numbers, true/false, dates, lists and mappings. Remove the tag.",
            )
        else:
            self._problem(
                node, f"the tag '{_short_tag(node.tag)}' is not allowed here; remove it (plain text, numbers, lists and mappings only)."
            )

    def _sequence(self, node: yaml.SequenceNode) -> list[Any]:
        values: list[Any] = []
        path = self._path
        for index, item in enumerate(node.value):
            path.append(index)
            values.append(self.build(item))
            path.pop()
        return values

    def _mapping(self, node: yaml.MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        path = self._path
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, "a key must be a plain name, not a list or mapping.")
                continue
            if key_node.tag == _TAG + "merge":
                self._refuse_tag(key_node)  # the block holding it is the field to fix
                continue
            key = str(key_node.value)
            mark = key_node.start_mark
            path.append(key)
            if key in first_line:
                self._problem(
                    key_node,
                    f"the key '{key}' appears twice in the same block (first on line {first_line[key]}); "
                    "YAML would silently keep only the last. Remove or rename one.",
                )
            else:
                first_line[key] = mark.line + 1
                result[key] = self.build(value_node)
            path.pop()
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == _TAG + "str" or tag == _TAG + "timestamp":
            return value  # dates stay text; the model checks and parses them
        if tag == _TAG + "null":
            return None
        if tag == _TAG + "bool":
            if value.lower() not in _YAML12_BOOLS:
                self._problem(
                    node,
                    f"'{value}' is read by YAML as {'true' if _constructor.construct_yaml_bool(node) else 'false'}. "
                    f'Write true or false, or put it in quotes if you mean the text "{value}".',
                )
                return value
            return value.lower() == "true"
        if ":" in value:
            self._problem(
                node,
                f"'{value}' is read by YAML as a base-60 number ({_sexagesimal(node)}), not a time. "
                "Put it in quotes if you mean text, or write a plain number.",
            )
            return value
        if tag == _TAG + "int":
            if _OCTAL_LIKE.match(value):
                self._problem(
                    node,
                    f"'{value}' has a leading zero, which YAML reads as an octal number ({_constructor.construct_yaml_int(node)}). "
                    "Drop the zero, or quote it if you mean text.",
                )
                return value
            return _constructor.construct_yaml_int(node)
        return _constructor.construct_yaml_float(node)


def _sexagesimal(node: yaml.ScalarNode) -> Any:
    if node.tag == _TAG + "int":
        return _constructor.construct_yaml_int(node)
    return _constructor.construct_yaml_float(node)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
