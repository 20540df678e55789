"""Pydantic's errors as problems a person can act on: the place from the file's position tree, the words from the table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from trd.catalog.entry_names import entry_and_field
from trd.catalog.error_words import closest, words_for
from trd.catalog.field_kinds import FieldKind, all_field_names, block_fields, field_facts
from trd.catalog.problems import Problem
from trd.catalog.source_positions import KeyPath
from trd.catalog.yaml_reader import ParsedYaml


def problems_from(error: ValidationError, parsed: ParsedYaml, model: type[BaseModel]) -> list[Problem]:
    """One problem for each of ``error``'s errors that tells a person something new, placed in ``parsed``'s file."""
    details = [detail for detail in error.errors(include_url=False) if not _is_echo_of_item_errors(detail)]
    unknown_keys = _unknown_keys_by_block(details)
    problems: list[Problem] = []
    seen: set[Problem] = set()
    for detail in details:
        path = _path_of(detail)
        facts = field_facts(model, path)
        if detail["type"] == "missing":
            if facts.kind is FieldKind.RANGE_END:
                path = path[:-1]  # the second number of a [min, max] pair: the pair is the field
            elif path and any(_suggested_key(model, path[:-1], key) == path[-1] for key in unknown_keys.get(path[:-1], ())):
                continue  # a misspelt key is here: its "did you mean" says all, "add it" would point the wrong way
        suggestion = _suggestion(model, detail, path, facts.choices)
        place = parsed.positions.place_of(path, key=detail["type"] == "extra_forbidden")
        entry_id, field = entry_and_field(parsed.data, path)
        problem = Problem(parsed.file, words_for(detail, facts.kind, suggestion), place.line, place.column, entry_id, field)
        if problem not in seen:  # both numbers of an empty pair are missing: say it once
            seen.add(problem)
            problems.append(problem)
    return problems


def _path_of(detail: Mapping[str, Any]) -> KeyPath:
    path: KeyPath = tuple(detail["loc"])
    if detail["type"] in ("duplicate_id", "field_rule"):
        path = (*path, *detail["ctx"]["path"])  # point at the field the rule is about
    return path


def _suggestion(model: type[BaseModel], detail: Mapping[str, Any], path: KeyPath, choices: Sequence[str]) -> str | None:
    if detail["type"] == "extra_forbidden" and path:
        return _suggested_key(model, path[:-1], str(path[-1]))
    if detail["type"] == "enum" and isinstance(detail.get("input"), str):
        return closest(detail["input"], choices)
    return None


def _suggested_key(model: type[BaseModel], block: KeyPath, key: str | int) -> str | None:
    """The field of the block at ``block`` that the unknown ``key`` most likely misspells."""
    return closest(str(key), block_fields(model, block) or all_field_names(model))


def _unknown_keys_by_block(details: Sequence[Mapping[str, Any]]) -> dict[KeyPath, list[str | int]]:
    unknown: dict[KeyPath, list[str | int]] = {}
    for detail in details:
        if detail["type"] == "extra_forbidden" and detail["loc"]:
            unknown.setdefault(tuple(detail["loc"][:-1]), []).append(detail["loc"][-1])
    return unknown


def _is_echo_of_item_errors(detail: Mapping[str, Any]) -> bool:
    """Pydantic adds 'too short' to a tuple whose items failed; the items' own errors say it better."""
    given = detail.get("input")
    minimum = (detail.get("ctx") or {}).get("min_length", 0)
    return detail["type"] == "too_short" and isinstance(given, (list, tuple)) and len(given) >= minimum
