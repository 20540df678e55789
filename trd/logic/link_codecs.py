"""How one value travels in a link: its parse and its encode side by side, so they cannot drift apart.

A link can come from anyone (a clinic's email, an old bookmark, a typo), so
``parse`` never raises: a value it cannot use gives ``None`` (the caller keeps
the default) and a plain note saying what was left out. ``encode`` writes the
text that ``parse`` reads back to the same value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

NOTE_VALUE_LENGTH = 40  # a value quoted in a note is cut to this many characters


def short(value: str) -> str:
    """``value`` cut for quoting in a note, so a 10,000-character link is not echoed back."""
    return value if len(value) <= NOTE_VALUE_LENGTH else value[: NOTE_VALUE_LENGTH - 3] + "..."


def split_list(value: str) -> list[str]:
    """The items of a comma-separated link value, trimmed, without empty ones."""
    return [part.strip() for part in value.split(",") if part.strip()]


class Codec(Protocol):
    """A value's link form, both ways."""

    def parse(self, key: str, text: str, notes: list[str]) -> Any:
        """The value in ``text``, or None (keep the default) with a note in ``notes``."""
        ...

    def encode(self, value: Any) -> str:
        """The link text for ``value``."""
        ...


@dataclass(frozen=True)
class FlagCodec:
    """On or off: ``1`` (also ``true``, ``yes``) or ``0``."""

    def parse(self, key: str, text: str, notes: list[str]) -> bool | None:
        if text in ("1", "true", "yes"):
            return True
        if text in ("0", "false", "no", ""):
            return False
        notes.append(f"'{key}={short(text)}' is not on or off (use {key}=1), so it was left out.")
        return None

    def encode(self, value: Any) -> str:
        return "1" if value else "0"


@dataclass(frozen=True)
class EnumListCodec:
    """Several values of one enum, comma-separated; unknown ones are left out with one note."""

    kind: type[StrEnum]
    what: str  # plural, for the note: "categories"

    def parse(self, key: str, text: str, notes: list[str]) -> tuple[str, ...]:
        known = [member.value for member in self.kind]
        wanted = list(dict.fromkeys(split_list(text)))
        unknown = [item for item in wanted if item not in known]
        if unknown:
            notes.append(f"The link names {len(unknown)} {self.what} this app does not know ({short(', '.join(unknown))}); left out.")
        return tuple(sorted((item for item in wanted if item in known), key=known.index))

    def encode(self, value: Any) -> str:
        return ",".join(str(item) for item in value)


@dataclass(frozen=True)
class ChoiceCodec:
    """One of a few named values (an enum's values, or words standing for values)."""

    choices: Mapping[str, Any]  # link word -> value
    what: str  # for the note: "a place"
    fallback: str  # what happens instead: "that filter was left off"

    @classmethod
    def of_enum(cls, kind: type[StrEnum], what: str, fallback: str) -> ChoiceCodec:
        """Every member of ``kind``, written as its value."""
        return cls({member.value: member for member in kind}, what, fallback)

    def parse(self, key: str, text: str, notes: list[str]) -> Any:
        if text in self.choices:
            return self.choices[text]
        allowed = " or ".join(self.choices)
        notes.append(f"'{key}={short(text)}' is not {self.what} here (use {allowed}); {self.fallback}.")
        return None

    def encode(self, value: Any) -> str:
        return next(word for word, choice in self.choices.items() if choice == value)


@dataclass(frozen=True)
class NumberCodec:
    """A number in a range; ``whole`` rounds it to a whole number."""

    low: float
    high: float
    whole: bool = False

    def parse(self, key: str, text: str, notes: list[str]) -> float | int | None:
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or not self.low <= number <= self.high:
            notes.append(f"'{key}={short(text)}' is not a number from {self.low:g} to {self.high:g}, so it was left out.")
            return None
        return round(number) if self.whole else number

    def encode(self, value: Any) -> str:
        return f"{value:g}"


@dataclass(frozen=True)
class TextCodec:
    """Free text, trimmed, cut at ``max_length`` characters with a note."""

    max_length: int
    what: str  # for the note: "search text"

    def parse(self, key: str, text: str, notes: list[str]) -> str:
        text = text.strip()
        if len(text) > self.max_length:
            notes.append(f"The {self.what} in the link was longer than {self.max_length} characters and was shortened.")
            text = text[: self.max_length]
        return text

    def encode(self, value: Any) -> str:
        return str(value).strip()


@dataclass(frozen=True)
class LinkField:
    """One setting a link can carry: its name in the code, its parameter in the link, how it is written, its default."""

    name: str
    key: str
    codec: Codec
    default: Any


def parse_fields(params: Mapping[str, str], fields: Sequence[LinkField], notes: list[str]) -> dict[str, Any]:
    """The value of each field (by name) from link ``params``; a missing or unusable one keeps its default."""
    values = {}
    for field in fields:
        parsed = field.codec.parse(field.key, params[field.key], notes) if field.key in params else None
        values[field.name] = field.default if parsed is None else parsed
    return values


def encode_fields(values: Mapping[str, Any], fields: Sequence[LinkField]) -> dict[str, str]:
    """The link parameters for ``values`` (by field name); defaults and empty text are left out, so links stay short."""
    params = {}
    for field in fields:
        value = values.get(field.name, field.default)
        if value == field.default:
            continue
        text = field.codec.encode(value)
        if text:
            params[field.key] = text
    return params
