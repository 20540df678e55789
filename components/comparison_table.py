"""Picked options side by side: one table (a column each, a row per attribute), or one card per option.

Rows where the options differ say so; rows that are the same can be hidden.
The card layout suits phones, where a table's columns would be squeezed: a person
scrolls from one option to the next, each with its facts in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from trd.catalog.models import Treatment
from trd.render.comparison_html import comparison_table_html
from trd.render.safe_markdown import escape_markdown, markdown_link
from trd.render.tables import ComparisonRow, comparison_rows

DIFFERS_BADGE = ":orange-badge[:material/compare_arrows: Differs]"
SAME_BADGE = ":gray-badge[Same for all]"


def _cell_markdown(row: ComparisonRow, treatment: Treatment, lines: tuple[str, ...]) -> str:
    if row.key == "sources":
        return "\n".join(f"- {markdown_link(source.title, source.url)}" for source in treatment.sources)
    if row.key in ("fda", "evidence", "schedule"):
        head, *rest = lines
        return f"**{escape_markdown(head)}**" + "".join(f"\n\n{escape_markdown(line)}" for line in rest)
    if len(lines) == 1:
        return escape_markdown(lines[0])
    return "\n".join(f"- {escape_markdown(line)}" for line in lines)


def _label_markdown(row: ComparisonRow) -> str:
    return f"**{escape_markdown(row.label)}**  \n{DIFFERS_BADGE if row.differs else SAME_BADGE}"


def comparison_card_key(key: str, option_id: str) -> str:
    """The key of the card for the option ``option_id`` in ``comparison_table(key=key)``'s card layout."""
    return f"{key}_option_{option_id}"


def comparison_table(treatments: Sequence[Treatment], *, hide_same: bool, as_cards: bool, key: str) -> int:
    """Draw the comparison; returns how many rows were hidden because they are the same for all."""
    rows = comparison_rows(treatments)
    shown = [row for row in rows if row.differs or not hide_same]
    with st.container(key=key):
        if as_cards:
            for column, treatment in enumerate(treatments):
                with st.container(border=True, key=comparison_card_key(key, treatment.id)):
                    st.subheader(escape_markdown(treatment.name), anchor=False)
                    for row in shown:
                        st.markdown(_label_markdown(row))
                        st.markdown(_cell_markdown(row, treatment, row.cells[column]))
        else:
            st.html(comparison_table_html(treatments, shown))
    return len(rows) - len(shown)
