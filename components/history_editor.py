"""A short, optional log of past treatments, and the neutral questions it suggests."""

from __future__ import annotations

import streamlit as st

from components.checklist_state import change, current_checklist, say
from trd.catalog.models import Catalog
from trd.logic import checklist as model
from trd.logic.history import HistoryEntry, Outcome, describe, entry_from_catalog, short_trial_question
from trd.render.safe_markdown import escape_markdown

TYPED = ""  # the "not in the list: type it" choice


def _on_add(catalog: Catalog, key: str) -> None:
    state = st.session_state
    chosen = state.get(f"{key}_from_catalog") or TYPED
    typed = str(state.get(f"{key}_typed") or "").strip()
    by_id = catalog.by_id()
    if chosen != TYPED and chosen in by_id:
        entry = entry_from_catalog("h0", by_id[chosen])
    elif typed:
        entry = HistoryEntry(id="h0", name=typed[:200], is_medicine=bool(state.get(f"{key}_is_medicine")))
    else:
        say("Choose a treatment from the list or type its name, then add it.", "warning")
        return
    weeks = state.get(f"{key}_weeks")
    entry = entry.model_copy(
        update={
            "dose": str(state.get(f"{key}_dose") or "")[:4000],
            "weeks": float(weeks) if weeks is not None else None,
            "outcome": Outcome(state.get(f"{key}_outcome") or Outcome.NOT_SAID),
            "side_effects": str(state.get(f"{key}_side_effects") or "")[:4000],
        }
    )
    change(model.add_history, HistoryEntry.model_validate(entry.model_dump()))


def history_editor(catalog: Catalog, key: str) -> None:
    """The log so far (each with a remove button and any suggested question) and a form to add to it."""
    history = current_checklist().history
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    if not history:
        st.caption("Nothing logged yet. This is optional; it helps you and your provider see what has been tried.")
    for entry in history:
        with st.container(key=f"{key}_entry_{entry.id}", border=True):
            words, remove = st.columns([14, 1])
            words.markdown(escape_markdown(describe(entry, names)))
            remove.button(
                "",
                icon=":material/delete:",
                key=f"{key}_remove_{entry.id}",
                help="Remove",
                on_click=change,
                args=(model.remove_history, entry.id),
            )
            suggestion = short_trial_question(entry)
            if suggestion:
                st.caption(f"A question you may want to ask: {escape_markdown(suggestion)}")

    options = [TYPED, *(treatment.id for treatment in catalog.treatments)]
    with st.container(key=f"{key}_add"), st.form(key=f"{key}_add_form", clear_on_submit=True, border=True):
        st.markdown("**Add a past treatment**")
        pick, typed = st.columns(2)
        pick.selectbox(
            "From the catalog",
            options,
            format_func=lambda value: "Not in the list (type it instead)" if value == TYPED else names[value],
            key=f"{key}_from_catalog",
        )
        typed.text_input("Or type its name", key=f"{key}_typed", max_chars=200)
        st.checkbox("This was a medicine (for typed names)", value=True, key=f"{key}_is_medicine")
        dose, weeks, outcome = st.columns(3)
        dose.text_input("Dose, if any", key=f"{key}_dose", max_chars=200, placeholder="e.g. 50 mg a day")
        weeks.number_input("How many weeks", min_value=0.0, max_value=520.0, step=1.0, value=None, key=f"{key}_weeks")
        outcome.selectbox(
            "How it went",
            [item.value for item in Outcome],
            format_func=lambda value: value.capitalize() if value else "Rather not say",
            key=f"{key}_outcome",
        )
        st.text_input("Side effects", key=f"{key}_side_effects", max_chars=1000)
        st.form_submit_button("Add to what I have tried", icon=":material/add:", on_click=_on_add, args=(catalog, key))
