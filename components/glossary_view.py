"""A searchable list of the glossary's terms."""

from __future__ import annotations

import streamlit as st

from trd.catalog.glossary import Glossary, search_glossary
from trd.catalog.models import Catalog
from trd.render.safe_markdown import escape_markdown


def glossary_view(glossary: Glossary, catalog: Catalog, *, key: str = "glossary") -> None:
    """A search box and the matching terms, each with its meaning and the options it matters for."""
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    with st.container(key=key):
        query = st.text_input(
            "Search the glossary",
            key=f"{key}_search",
            placeholder="For example: NMDA, remission, off-label",
            help="Matches the term, its abbreviations and its explanation.",
        )
        found = search_glossary(glossary, query)
        if not found:
            st.info("No term matches that search. Try a shorter word or an abbreviation.")
            return
        st.caption(f"{len(found)} of {len(glossary.terms)} terms" if query.strip() else f"{len(glossary.terms)} terms, A to Z")
        lines = []
        for entry in found:
            also = f" ({escape_markdown(', '.join(entry.aliases))})" if entry.aliases else ""
            line = f"- **{escape_markdown(entry.term)}**{also}: {escape_markdown(entry.meaning)}"
            linked = [names[item] for item in entry.options if item in names]
            if linked:
                line += f"  \n  *In the catalog:* {escape_markdown(', '.join(linked))}"
            lines.append(line)
        with st.container(key=f"{key}_results"):
            st.markdown("\n".join(lines))
