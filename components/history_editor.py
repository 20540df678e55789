"""A short, optional log of past treatments (added, edited, removed), and the neutral questions it suggests."""

from __future__ import annotations

import streamlit as st

from components.checklist_state import change, current_checklist, say
from trd.catalog.models import Catalog
from trd.logic import checklist as model
from trd.logic.history import HistoryEntry, Outcome, describe, entry_from_catalog, own_name, short_trial_question
from trd.render.safe_markdown import escape_markdown

TYPED = ""  # the "not in the list" choice
OUTCOME_WORDS = {
    Outcome.NOT_SAID: "Rather not say",
    Outcome.HELPED: "Helped",
    Outcome.PARTLY_HELPED: "Partly helped",
    Outcome.DID_NOT_HELP: "Did not help",
    Outcome.STOPPED_SIDE_EFFECTS: "Stopped because of side effects",
}


def _editing_key(key: str) -> str:
    return f"{key}_editing"


def _entry_from_fields(catalog: Catalog, fields: str, entry_id: str) -> HistoryEntry | None:
    """The entry the form ``fields`` describes, or None (with a message for the person) when it names nothing."""
    state = st.session_state
    chosen = state.get(f"{fields}_from_catalog") or TYPED
    typed = str(state.get(f"{fields}_typed") or "").strip()[:200]
    by_id = catalog.by_id()
    if chosen != TYPED and chosen in by_id:
        entry = entry_from_catalog(entry_id, by_id[chosen], name=typed)
    elif typed:
        entry = HistoryEntry(id=entry_id, name=typed, is_medicine=bool(state.get(f"{fields}_is_medicine")))
    else:
        say("Pick a kind of treatment from the list or type its name first.", "warning")
        return None
    weeks = state.get(f"{fields}_weeks")
    return HistoryEntry.model_validate(
        {
            **entry.model_dump(),
            "dose": str(state.get(f"{fields}_dose") or "")[:4000],
            "weeks": float(weeks) if weeks is not None else None,
            "outcome": Outcome(state.get(f"{fields}_outcome") or Outcome.NOT_SAID),
            "side_effects": str(state.get(f"{fields}_side_effects") or "")[:4000],
            "note": str(state.get(f"{fields}_note") or "")[:4000],
        }
    )


def _on_add(catalog: Catalog, key: str) -> None:
    entry = _entry_from_fields(catalog, key, "h0")
    if entry is not None:
        change(model.add_history, entry)


def _on_start_edit(catalog: Catalog, entry: HistoryEntry, key: str) -> None:
    """Fill the edit form with the entry as it is, before the form is drawn."""
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    fields = f"{key}_edit"
    known = entry.treatment_id in names
    st.session_state.update(
        {
            f"{fields}_from_catalog": entry.treatment_id if known else TYPED,
            f"{fields}_typed": own_name(entry, names) if known else entry.name,
            f"{fields}_is_medicine": entry.is_medicine,
            f"{fields}_dose": entry.dose,
            f"{fields}_weeks": entry.weeks,
            f"{fields}_outcome": entry.outcome.value,
            f"{fields}_side_effects": entry.side_effects,
            f"{fields}_note": entry.note,
            _editing_key(key): entry.id,
        }
    )


def _on_save_edit(catalog: Catalog, entry_id: str, key: str) -> None:
    entry = _entry_from_fields(catalog, f"{key}_edit", entry_id)
    if entry is not None:
        change(model.update_history, entry)
        st.session_state.pop(_editing_key(key), None)


def _on_cancel_edit(key: str) -> None:
    st.session_state.pop(_editing_key(key), None)


def _fields(catalog: Catalog, fields: str, new: bool) -> None:
    """The inputs of one past treatment, keyed ``<fields>_<name>``: empty for a new one, else filled in by ``_on_start_edit``."""
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    pick, typed = st.columns(2)
    pick.selectbox(
        "Kind of treatment",
        [TYPED, *names],
        format_func=lambda value: "Not in the list" if value == TYPED else names[value],
        key=f"{fields}_from_catalog",
        help="Pick the kind from the app's list, such as SSRI, if it is there.",
    )
    typed.text_input(
        "Name of the drug or treatment",
        key=f"{fields}_typed",
        max_chars=200,
        placeholder="For example: sertraline",
        help="The name on the box or the one your provider used. Needed when the kind is not in the list.",
    )
    medicine = "This was a medicine (for a kind not in the list)"
    if new:  # a new entry starts as a medicine; the edit form's values are all set in session state instead
        st.checkbox(medicine, value=True, key=f"{fields}_is_medicine")
    else:
        st.checkbox(medicine, key=f"{fields}_is_medicine")
    dose, weeks, outcome = st.columns(3)
    dose.text_input("Dose, if you know it", key=f"{fields}_dose", max_chars=200, placeholder="For example: 50 mg a day")
    weeks.number_input("How many weeks", min_value=0.0, max_value=520.0, step=1.0, value=None, format="%g", key=f"{fields}_weeks")
    outcome.selectbox("What happened", list(OUTCOME_WORDS), format_func=OUTCOME_WORDS.__getitem__, key=f"{fields}_outcome")
    effects, note = st.columns(2)
    effects.text_input("Side effects, if any", key=f"{fields}_side_effects", max_chars=1000)
    note.text_input("Anything else", key=f"{fields}_note", max_chars=1000, placeholder="For example: still taking it")


def _entry_card(catalog: Catalog, entry: HistoryEntry, editing: bool, key: str) -> None:
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    with st.container(key=f"{key}_entry_{entry.id}", border=True):
        if editing:
            with st.form(key=f"{key}_edit_form", border=False):
                st.markdown(f"**Change: {escape_markdown(describe(entry, names))}**")
                _fields(catalog, f"{key}_edit", new=False)
                save, cancel = st.columns(2)
                save.form_submit_button(
                    "Save changes", icon=":material/check:", type="primary", on_click=_on_save_edit, args=(catalog, entry.id, key)
                )
                cancel.form_submit_button("Cancel", on_click=_on_cancel_edit, args=(key,))
            return
        st.markdown(escape_markdown(describe(entry, names)))
        # Buttons with words, not icons alone: a screen reader and a person new to the app both read "Change".
        with st.container(horizontal=True, key=f"{key}_actions_{entry.id}"):
            st.button(
                "Change", icon=":material/edit:", key=f"{key}_edit_{entry.id}", type="secondary", on_click=_on_start_edit,
                args=(catalog, entry, key),
            )  # fmt: skip
            st.button(
                "Remove", icon=":material/delete:", key=f"{key}_remove_{entry.id}", type="secondary", on_click=change,
                args=(model.remove_history, entry.id),
            )  # fmt: skip
        suggestion = short_trial_question(entry)
        if suggestion:
            st.caption(f"A question you may want to ask: {escape_markdown(suggestion)}")


def history_editor(catalog: Catalog, key: str) -> None:
    """The log so far (each with a change and a remove button, and any suggested question) and a form to add to it."""
    history = current_checklist().history
    if not history:
        st.caption("Nothing logged yet. This is optional; it helps you and your provider see what has been tried.")
    editing = st.session_state.get(_editing_key(key))
    for entry in history:
        _entry_card(catalog, entry, entry.id == editing, key)

    with st.container(key=f"{key}_add"), st.form(key=f"{key}_add_form", clear_on_submit=True, border=True):
        st.markdown("**Add a past treatment**")
        _fields(catalog, key, new=True)
        st.form_submit_button("Add to what I have tried", icon=":material/add:", on_click=_on_add, args=(catalog, key))
