"""Rows for the results table and the side-by-side comparison, as plain text, from the declared facts.

Ranges are already in words ("2-4 weeks"), so a table shows no raw lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from trd.catalog.models import Treatment
from trd.catalog.numbers_words import headline_outcome
from trd.render.facts import COMPARISON, FACTS_BY_KEY, RESULTS_TABLE, facts_of

OPTION_COLUMN = "Option"
NUMBERS_SOURCE_COLUMN = "Source of the numbers"


def result_row(treatment: Treatment) -> dict[str, Any]:
    """One results-table row: the option's id and name, every fact the table shows in words, and where its numbers come from."""
    headline = headline_outcome(treatment)
    return {
        "id": treatment.id,
        OPTION_COLUMN: treatment.name,
        **dict(facts_of(treatment, RESULTS_TABLE)),
        NUMBERS_SOURCE_COLUMN: headline.source if headline is not None else None,
    }


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
