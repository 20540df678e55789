"""The glossary's terms, drawn only when asked for: a search box, and the terms under a letter."""

from __future__ import annotations

import streamlit as st

from trd.catalog.glossary import Glossary, GlossaryTerm, glossary_letters, search_glossary, terms_under
from trd.catalog.models import Catalog
from trd.render.safe_markdown import escape_markdown


def glossary_view(glossary: Glossary, catalog: Catalog, *, key: str = "glossary") -> None:
    """A search box and a row of letters; only the matching terms are drawn, with their meaning and options.

    The page opens with no term drawn (over a hundred of them): a person searches or picks a letter.
    """
    with st.container(key=key):
        query = st.text_input(
            "Search the glossary",
            key=f"{key}_search",
            placeholder="For example: NMDA, remission, off-label",
            help="Matches the term, its abbreviations and its explanation.",
        )
        letter = st.pills("Or show the terms under a letter", glossary_letters(glossary), key=f"{key}_letter")
        total = len(glossary.terms)
        if query.strip():
            found = search_glossary(glossary, query)
            if not found:
                st.info("No term matches that search. Try a shorter word or an abbreviation.")
                return
            st.caption(f"{len(found)} of {total} terms")
        elif letter:
            found = terms_under(glossary, letter)
            st.caption(f"{len(found)} of {total} terms, under {letter}")
        else:
            st.caption(f"{total} terms. Search for a word, or pick a letter to list its terms.")
            return
        with st.container(key=f"{key}_results"):
            st.markdown(_entries_markdown(found, catalog))


def _entries_markdown(found: tuple[GlossaryTerm, ...], catalog: Catalog) -> str:
    """Each entry as a list item: the term and its other names in bold, its meaning, the options it matters for."""
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    lines = []
    for entry in found:
        also = f" ({escape_markdown(', '.join(entry.aliases))})" if entry.aliases else ""
        line = f"- **{escape_markdown(entry.term)}**{also}: {escape_markdown(entry.meaning)}"
        linked = [names[item] for item in entry.options if item in names]
        if linked:
            line += f"  \n  *In the catalog:* {escape_markdown(', '.join(linked))}"
        lines.append(line)
    return "\n".join(lines)
