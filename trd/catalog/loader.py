"""Load and validate the catalog and questions files, reporting every problem with its place."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, get_args

import yaml
from pydantic import BaseModel, ValidationError

from trd.catalog.models import Catalog, repeated_ids
from trd.catalog.problems import DataFileError, Problem
from trd.catalog.questions import QuestionBank
from trd.catalog.yaml_reader import MAX_FILE_BYTES, ParsedYaml, read_yaml

Model = TypeVar("Model", bound=BaseModel)

DEFAULT_CATALOG = Path(__file__).resolve().parents[2] / "data" / "treatments.yaml"
DEFAULT_QUESTIONS = Path(__file__).resolve().parents[2] / "data" / "questions.yaml"


def load_catalog(path: str | Path = DEFAULT_CATALOG, *, max_bytes: int = MAX_FILE_BYTES) -> Catalog:
    """Read and validate a catalog file. Raises ``DataFileError`` listing every problem."""
    return load_model_file(path, Catalog, max_bytes=max_bytes)


def load_questions(path: str | Path = DEFAULT_QUESTIONS) -> QuestionBank:
    """Read and validate a questions file. Raises ``DataFileError`` listing every problem."""
    return load_model_file(path, QuestionBank)


def load_model_file(path: str | Path, model: type[Model], *, max_bytes: int = MAX_FILE_BYTES) -> Model:
    """Read ``path`` and validate it as ``model``; problems name the file as given."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataFileError(
            [Problem(name, "the file does not exist. Check the path (and the TRD_CATALOG setting, if you use it).")]
        ) from None
    except IsADirectoryError:
        raise DataFileError([Problem(name, "this is a folder, not a file. Name the YAML file itself.")]) from None
    except OSError as error:
        raise DataFileError([Problem(name, f"the file cannot be read ({error.strerror}).")]) from None
    return parse_model(raw, name, model, max_bytes=max_bytes)


def parse_model(raw: bytes, file: str, model: type[Model], *, max_bytes: int = MAX_FILE_BYTES) -> Model:
    """Validate the bytes of a YAML file as ``model``; ``file`` names it in messages."""
    parsed = read_yaml(raw, file, max_bytes=max_bytes)
    if not isinstance(parsed.data, dict):
        kind = "a list" if isinstance(parsed.data, list) else "a single value"
        raise DataFileError(
            [
                Problem(
                    file,
                    f"the file holds {kind}, but it should be a mapping of fields: "
                    "lines such as 'version: ...' and 'reviewed: ...' starting at the left edge.",
                    1,
                    1,
                )
            ]
        )
    # Checked on the raw data too: pydantic checks ids only once every entry is valid,
    # and a person fixing a file wants to see all its problems in one go.
    early = [*_placed(parsed), *_duplicate_id_problems(parsed, model)]
    try:
        validated = model.model_validate(parsed.data)
    except ValidationError as error:
        raise DataFileError(_merge(early, _problems_from(error, parsed, model))) from None
    if early:
        raise DataFileError(_merge(early, []))
    return validated


def _duplicate_id_problems(parsed: ParsedYaml, model: type[BaseModel]) -> list[Problem]:
    id_locations = getattr(model, "id_locations", None)
    if id_locations is None:
        return []
    problems = []
    for path, item_id in repeated_ids(id_locations(parsed.data)):
        node = _node_at(parsed.root, path, want_key=False)
        entry_id, field = _entry_and_field(parsed.data, path)
        message = f"the id '{item_id}' is used twice (an earlier entry has it too); every entry needs its own id. Rename one."
        problems.append(Problem(parsed.file, message, node.start_mark.line + 1, node.start_mark.column + 1, entry_id, field))
    return problems


def _placed(parsed: ParsedYaml) -> list[Problem]:
    """The reader's problems, with the entry and field each one is in."""
    placed = []
    for problem in parsed.problems:
        path = _path_to(parsed.root, (problem.line or 0) - 1, (problem.column or 0) - 1, ())
        entry_id, field = _entry_and_field(parsed.data, path) if path else (None, None)
        placed.append(replace(problem, entry_id=entry_id, field=field))
    return placed


def _path_to(node: yaml.Node, line: int, column: int, path: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The key path of the node starting at ``line``/``column`` (0-based), searched depth first."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*path, str(key.value))
            if (key.start_mark.line, key.start_mark.column) == (line, column) or (value.start_mark.line, value.start_mark.column) == (
                line,
                column,
            ):
                return here
            if value.start_mark.line <= line <= value.end_mark.line:
                found = _path_to(value, line, column, here)
                if found:
                    return found
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            if (item.start_mark.line, item.start_mark.column) == (line, column):
                return (*path, index)
            if item.start_mark.line <= line <= item.end_mark.line:
                found = _path_to(item, line, column, (*path, index))
                if found:
                    return found
    return None


def _merge(reader_problems: list[Problem], model_problems: list[Problem]) -> list[Problem]:
    """Both lists in file order; a model problem at a place the reader already explained is dropped."""
    explained = {(problem.line, problem.column) for problem in reader_problems}
    kept = [problem for problem in model_problems if (problem.line, problem.column) not in explained]
    return sorted([*reader_problems, *kept], key=lambda problem: (problem.line or 0, problem.column or 0))


def _problems_from(error: ValidationError, parsed: ParsedYaml, model: type[BaseModel]) -> list[Problem]:
    known_fields = _field_names(model)
    problems = []
    for detail in error.errors(include_url=False):
        if _is_echo_of_item_errors(detail):
            continue
        loc = tuple(detail["loc"])
        if detail["type"] in ("duplicate_id", "field_rule"):
            loc = (*loc, *detail["ctx"]["path"])  # point at the field the rule is about
        if detail["type"] == "missing" and loc and isinstance(loc[-1], int):
            loc = loc[:-1]  # the second number of a [min, max] pair: the pair is the field
        node = _node_at(parsed.root, loc, want_key=detail["type"] == "extra_forbidden")
        entry_id, field = _entry_and_field(parsed.data, loc)
        problems.append(
            Problem(
                parsed.file,
                _friendly_message(detail, field, known_fields),
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                entry_id,
                field,
            )
        )
    return problems


def _is_echo_of_item_errors(detail: Any) -> bool:
    """Pydantic adds 'too short' to a tuple whose items failed; the items' own errors say it better."""
    given = detail.get("input")
    minimum = detail.get("ctx", {}).get("min_length", 0)
    return detail["type"] == "too_short" and isinstance(given, (list, tuple)) and len(given) >= minimum


def _field_names(model: type[BaseModel]) -> list[str]:
    """Every field name in ``model`` and the models nested in it, for 'did you mean' hints."""
    names: set[str] = set()
    pending: list[Any] = [model]
    seen: set[Any] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            for name, info in current.model_fields.items():
                names.add(name)
                pending.append(info.annotation)
        for argument in get_args(current):
            pending.append(argument)
    return sorted(names)


def _node_at(root: yaml.Node, loc: tuple[Any, ...], *, want_key: bool) -> yaml.Node:
    """The deepest node the error's location reaches (the key node itself for unknown keys)."""
    node = root
    for index, step in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, yaml.MappingNode):
            match = next(((key, value) for key, value in node.value if str(key.value) == str(step)), None)
            if match is None:
                return node
            node = match[0] if (last and want_key) else match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    return node


def _entry_and_field(data: dict[str, Any], loc: tuple[Any, ...]) -> tuple[str | None, str | None]:
    """The id of the entry an error is in (when it has one) and the field path inside it."""
    for depth in range(len(loc) - 1):
        key, index = loc[depth], loc[depth + 1]
        if isinstance(key, str) and isinstance(index, int):
            items = _dig(data, loc[: depth + 1])
            if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
                entry_id = items[index].get("id")
                label = str(entry_id) if isinstance(entry_id, str) and entry_id else f"#{index + 1} in '{key}'"
                rest = loc[depth + 2 :]
                field = _join(rest) if rest else None
                nested_id, nested_field = _entry_and_field(items[index], rest) if rest else (None, None)
                if nested_id and not nested_id.startswith("#"):  # nested lists of named items, like questions in a topic
                    return f"{label} / {nested_id}", nested_field
                return label, field
    return None, _join(loc) or None


def _dig(data: Any, loc: tuple[Any, ...]) -> Any:
    for step in loc:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _join(loc: tuple[Any, ...]) -> str:
    text = ""
    for step in loc:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += ("." if text else "") + str(step)
    return text


def _friendly_message(detail: Any, field: str | None, known_fields: list[str]) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx", {})
    given = detail.get("input")
    shown = _show(given)
    last = str(detail["loc"][-1]) if detail["loc"] else ""
    if kind == "missing" and detail["loc"] and isinstance(detail["loc"][-1], int):
        return "should be a pair of two numbers [min, max]."
    if kind == "missing":
        return f"the required field '{last}' is missing; add it."
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(last, known_fields, n=1, cutoff=0.75)
        hint = f" Did you mean '{close[0]}'?" if close else " Remove it, or check its spelling and indentation."
        return f"'{last}' is not a field this file can have.{hint}"
    if kind == "string_too_short":
        return "is empty; write some text here (or remove the field if it is optional)."
    if kind == "string_too_long":
        return f"is too long ({len(str(given))} characters; the limit is {ctx.get('max_length')}). Shorten it."
    if kind == "string_pattern_mismatch":
        if last in ("url", "source"):
            return f"{shown} is not a full web address; write it starting with https://."
        return f"{shown} is not a valid id; use lower-case letters, digits and single hyphens, like 'deep-tms'."
    if kind == "enum":
        return f"{shown} is not allowed here; use one of: {ctx.get('expected', '')}."
    if kind in ("string_type",):
        return f"should be text, but is {shown}. Put it in quotes."
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"should be a whole number, but is {shown}."
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"should be a number, but is {shown}."
    if kind in ("bool_type", "bool_parsing"):
        return f"should be true or false, but is {shown}."
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{shown} is not a date; write it as YYYY-MM-DD, for example 2026-11-22."
    if kind in ("list_type", "tuple_type"):
        if field and field.split(".")[-1].endswith(("_per_week", "_per_session", "_weeks", "_days")):
            return f"should be a pair [min, max], but is {shown}."
        return f"should be a list (lines starting with '- '), but is {shown}."
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"should be a block of 'key: value' fields, but is {shown}."
    if kind == "too_short":
        if isinstance(given, (list, tuple)) and last and "_" in last and len(given) < 2 and ctx.get("min_length") == 2:
            return f"should be a pair [min, max], but has {len(given)} number(s)."
        need = ctx.get("min_length", 1)
        return f"needs at least {need} item{'s' if need != 1 else ''}; it has {len(given) if isinstance(given, (list, tuple)) else 0}."
    if kind == "too_long":
        return f"has too many items ({ctx.get('actual_length')}); the limit is {ctx.get('max_length')}. Ranges are a pair [min, max]."
    if kind == "greater_than_equal":
        return f"is {shown}, but must be at least {ctx.get('ge')}."
    if kind == "less_than_equal":
        return f"is {shown}, but must be at most {ctx.get('le')}."
    if kind == "value_error":
        return str(ctx.get("error", detail["msg"]))
    if kind == "field_rule":
        return str(detail["msg"])
    return str(detail["msg"])


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."
