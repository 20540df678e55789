"""What kind of field a key path points at, read from the model itself (not guessed from its name)."""

from __future__ import annotations

import types
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel


class FieldKind(StrEnum):
    """The kinds of field whose errors need their own words."""

    RANGE = "range"  # a pair [min, max]
    RANGE_END = "range end"  # one number of such a pair
    CHOICE = "choice"  # one of a fixed list of words
    WEB_ADDRESS = "web address"  # https://...
    ID = "id"  # lower-case words joined by hyphens
    ANY = "any"  # everything else: the words depend on the error alone


@dataclass(frozen=True)
class FieldFacts:
    """What the model says about one field: its kind and, for a choice, the allowed words."""

    kind: FieldKind = FieldKind.ANY
    choices: tuple[str, ...] = ()


def field_facts(model: type[BaseModel], path: Sequence[str | int]) -> FieldFacts:
    """The kind of the field at ``path`` in ``model`` (``FieldKind.ANY`` when the path leads nowhere known)."""
    if path and isinstance(path[-1], int) and _is_pair(_annotation_at(model, path[:-1])[0]):
        return FieldFacts(FieldKind.RANGE_END)
    annotation, metadata = _annotation_at(model, path)
    if annotation is None:
        return FieldFacts()
    if _is_pair(annotation):
        return FieldFacts(FieldKind.RANGE)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return FieldFacts(FieldKind.CHOICE, tuple(str(member.value) for member in annotation))
    pattern = next((item.pattern for item in metadata if isinstance(getattr(item, "pattern", None), str)), None)
    if pattern is not None:
        return FieldFacts(FieldKind.WEB_ADDRESS if pattern.startswith("^https://") else FieldKind.ID)
    return FieldFacts()


def block_fields(model: type[BaseModel], path: Sequence[str | int]) -> tuple[str, ...]:
    """The field names the block at ``path`` may have (empty when the path does not lead to a block)."""
    annotation, _ = _annotation_at(model, path)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return tuple(annotation.model_fields)
    return ()


def _is_pair(annotation: Any) -> bool:
    return get_origin(annotation) is tuple and len(get_args(annotation)) == 2 and get_args(annotation)[1] is not Ellipsis


def _annotation_at(model: type[BaseModel], path: Sequence[str | int]) -> tuple[Any, list[Any]]:
    """The type at ``path`` with optional and ``Annotated`` wrappers removed, and the constraints they carried."""
    current: Any = model
    metadata: list[Any] = []
    for step in path:
        if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(step, str):
            info = current.model_fields.get(step)
            if info is None:
                return None, []
            current, metadata = _unwrap(info.annotation, list(info.metadata))
        elif get_origin(current) is tuple and isinstance(step, int):
            items = get_args(current)
            if len(items) == 2 and items[1] is Ellipsis:
                current, metadata = _unwrap(items[0], [])
            elif step < len(items):
                current, metadata = _unwrap(items[step], [])
            else:
                return None, []
        else:
            return None, []
    return current, metadata


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    while True:
        if get_origin(annotation) is Annotated:
            annotation, *extra = get_args(annotation)
            metadata = [*metadata, *extra]
        elif get_origin(annotation) in (Union, types.UnionType):
            present = [argument for argument in get_args(annotation) if argument is not type(None)]
            if len(present) != 1:
                return annotation, metadata
            annotation = present[0]
        else:
            return annotation, metadata


def all_field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """Every field name in ``model`` and the models nested in it, A to Z."""
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
        pending.extend(get_args(current))
    return tuple(sorted(names))
