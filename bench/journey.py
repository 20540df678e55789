"""What every load-test session does and records, whatever drives it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

PICK_NAMES = ("SSRI antidepressants", "Regular exercise", "Esketamine nasal spray")

# A person's pause before an action (reading the page); the benchmark makes these.
Pause = Callable[[], Awaitable[None]]


@dataclass
class Timings:
    """Milliseconds from a widget action to the end of its rerun, by action name."""

    by_action: dict[str, list[float]] = field(default_factory=dict)

    def add(self, action: str, milliseconds: float) -> None:
        self.by_action.setdefault(action, []).append(milliseconds)

    def all(self) -> list[float]:
        return [value for values in self.by_action.values() for value in values]
