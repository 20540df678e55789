"""Where each value of a YAML file sits: a tree of places built once, while the file is read.

Any later check (a model error, a repeated id) looks its key path up here
instead of walking the document again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

# A value's address in the document: mapping keys as text, list positions as numbers.
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Place:
    """A line and column in the file, both counted from 1."""

    line: int
    column: int


NO_CHILDREN: Mapping[str | int, SourcePositions] = MappingProxyType({})


# One flat tuple per value: a large catalog has hundreds of thousands of values, and
# every object more per value makes reading it markedly slower.
class SourcePositions(NamedTuple):
    """Where one value starts, where its key starts (inside a mapping; 0 when none), and the positions inside it."""

    line: int
    column: int
    key_line: int = 0
    key_column: int = 0
    children: Mapping[str | int, SourcePositions] = NO_CHILDREN

    @property
    def value(self) -> Place:
        """Where the value starts."""
        return Place(self.line, self.column)

    @property
    def key(self) -> Place | None:
        """Where its key starts, when the value is in a mapping."""
        return Place(self.key_line, self.key_column) if self.key_line else None

    def at(self, path: Sequence[str | int]) -> SourcePositions:
        """The positions of the value at ``path``, or of the deepest value on the way that exists.

        A field that is missing is reported at the block that lacks it, so the
        deepest existing value is the right place for it.
        """
        return self._walk(path)[0]

    def place_of(self, path: Sequence[str | int], *, key: bool = False) -> Place:
        """Where to point for ``path``: its key when ``key`` is true (an unknown key), else its value."""
        found, complete = self._walk(path)
        key_place = found.key
        return key_place if key and complete and key_place is not None else found.value

    def _walk(self, path: Sequence[str | int]) -> tuple[SourcePositions, bool]:
        node = self
        for step in path:
            child = node.children.get(step)
            if child is None:
                return node, False
            node = child
        return node, True
