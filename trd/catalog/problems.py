"""Problems found in a data file, as values a person can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where it is and what to do about it."""

    file: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    entry_id: str | None = None
    field: str | None = None

    def where(self) -> str:
        """``file:line:column`` (as much of it as is known)."""
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        parts = [self.where()]
        if self.entry_id:
            parts.append(f"entry '{self.entry_id}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return f"{', '.join(parts)}: {self.message}"


class DataFileError(Exception):
    """Raised when a data file has problems; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} found:\n" + "\n".join(map(str, self.problems)))
