"""The treatment pathway: a drawing of the steps (HTML, no chart library), then each step with its options."""

from __future__ import annotations

import streamlit as st

from components.picked_options import add_to_picks
from trd.catalog.models import Catalog
from trd.logic.limits import MAX_PICKS
from trd.render.pathway import PATHWAY, PATHWAY_DISCLAIMER, options_by_step, pathway_html
from trd.render.safe_markdown import escape_markdown


def pathway_view(catalog: Catalog, *, key: str = "pathway") -> None:
    """Draw the pathway; a button per step adds that step's options to the picks and opens Compare."""
    grouped = options_by_step(catalog.treatments)
    with st.container(key=key):
        st.info(PATHWAY_DISCLAIMER, icon=":material/info:")
        st.html(pathway_html({step: len(items) for step, items in grouped.items()}))  # the module's own text, no library
        numbered = [step for step in PATHWAY if not step.alongside]
        for step in PATHWAY:
            items = grouped[step.key]
            label = f"Alongside · {step.title}" if step.alongside else f"Step {numbered.index(step) + 1} · {step.title}"
            with st.expander(f"{label} · {len(items)} option{'s' if len(items) != 1 else ''}", key=f"{key}_{step.key}"):
                st.markdown(escape_markdown(step.explanation))
                if not items:
                    st.caption("This catalog has no options for this step.")
                    continue
                st.markdown("\n".join(f"- {escape_markdown(item.name)}" for item in items))
                if len(items) >= 2:
                    chosen = [item.id for item in items[:MAX_PICKS]]
                    shown = "these options" if len(items) <= MAX_PICKS else f"the first {MAX_PICKS} of these"
                    if st.button(f"Compare {shown}", key=f"{key}_{step.key}_compare", icon=":material/view_column:"):
                        add_to_picks(chosen, catalog)  # adds to the picks, never replaces them; Compare offers Undo
                        st.switch_page("app_pages/compare.py")
