"""One option as a card: name, what it is, how it fits the person's priorities, and a compare button."""

from __future__ import annotations

import streamlit as st

from components.pick_selector import toggle_pick
from trd.catalog.formats import format_fda
from trd.catalog.models import Catalog
from trd.catalog.numbers_words import headline_outcome
from trd.catalog.vocabulary import label
from trd.logic.limits import MAX_PICKS
from trd.logic.ranking import RankedOption, label_of
from trd.render.facts import CARD, facts_of
from trd.render.safe_markdown import escape_markdown, markdown_link

CARD_KEY_PREFIX = "card_"
PICK_BUTTON_SUFFIX = "_pick"


def card_key(option_id: str) -> str:
    """The key of the card for the option with id ``option_id`` (the page passes it to ``option_card``)."""
    return f"{CARD_KEY_PREFIX}{option_id}"


def pick_button_key(key: str) -> str:
    """The key of the "Add to compare" / "Remove from compare" button on the card with ``key``."""
    return f"{key}{PICK_BUTTON_SUFFIX}"


def option_card(option: RankedOption, catalog: Catalog, picked: list[str], *, key: str) -> None:
    """Draw the card for ``option``; its button adds it to, or removes it from, the picks."""
    t = option.treatment
    is_picked = t.id in picked
    with st.container(border=True, key=key):
        st.markdown(f"**{escape_markdown(t.name)}**")
        if t.brands:
            st.caption("Brands: " + escape_markdown(", ".join(t.brands)))
        st.markdown(
            f"{escape_markdown(label(t.category))} · {escape_markdown(format_fda(t.fda))} · {escape_markdown(label(t.invasiveness))}"
        )
        st.text(t.summary)
        st.markdown("  \n".join(f"**{name}:** {escape_markdown(value)}" for name, value in facts_of(t, CARD)))
        if (headline := headline_outcome(t)) is not None:
            st.caption("Numbers from " + markdown_link(headline.study, headline.source) + ". Studies differ; not a head-to-head test.")
        if not option.ordered:
            st.caption(":material/science: Only in trials, so it is listed last and not ordered.")
        elif option.chosen_count:
            lines = []
            if option.met:
                lines.append(":material/check: **Meets:** " + ", ".join(label_of(p) for p in option.met))
            if option.missed:
                lines.append(":material/close: **Misses:** " + ", ".join(label_of(p) for p in option.missed))
            if option.unknown:
                lines.append(":material/help: **Not known:** " + ", ".join(label_of(p) for p in option.unknown))
            st.markdown(f"**Meets {option.score_text}**  \n" + "  \n".join(lines))
        full = len(picked) >= MAX_PICKS and not is_picked
        st.button(
            "Remove from compare" if is_picked else "Add to compare",
            key=pick_button_key(key),
            icon=":material/remove:" if is_picked else ":material/add:",
            on_click=toggle_pick,
            args=(t.id, catalog),
            disabled=full,
            help="Six options are picked already; remove one first." if full else None,
            type="secondary" if is_picked else "primary",
        )
