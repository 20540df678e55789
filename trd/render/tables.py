"""Rows for the results table and the side-by-side comparison, as plain text, from the declared facts.

Ranges are already in words ("2-4 weeks"), so a table shows no raw lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from trd.catalog.models import Treatment
from trd.render.facts import COMPARISON, FACTS_BY_KEY, RESULTS_TABLE, facts_of

OPTION_COLUMN = "Option"


def result_row(treatment: Treatment) -> dict[str, Any]:
    """One results-table row: the option's id and name, then every fact the table shows, in words."""
    return {"id": treatment.id, OPTION_COLUMN: treatment.name, **dict(facts_of(treatment, RESULTS_TABLE))}


@dataclass(frozen=True)
class ComparisonRow:
    """One attribute across the compared options: a list of lines per option, and whether they differ."""

    key: str
    label: str
    cells: tuple[tuple[str, ...], ...]

    @property
    def differs(self) -> bool:
        """True when not every option shows the same thing."""
        return len(set(self.cells)) > 1


def comparison_rows(treatments: Sequence[Treatment]) -> tuple[ComparisonRow, ...]:
    """One row per compared fact, one cell per option, in the order given."""
    rows = []
    for key in COMPARISON:
        fact = FACTS_BY_KEY[key]
        rows.append(ComparisonRow(key, fact.label, tuple(fact.lines(t) for t in treatments)))
    return tuple(rows)
