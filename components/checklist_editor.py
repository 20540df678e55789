"""Choosing questions per option, and the person's own ordered list with answers.

Widgets take their values from the working copy on every run (set in session
state before they are drawn) and write changes back through callbacks, so
the working copy is the only truth: a restored or opened file shows at once,
and nothing depends on widget state surviving a page switch.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from components.checklist_state import change, current_checklist, replace_checklist
from components.questions_tabs import CHOOSE_TAB
from trd.catalog.models import Catalog, Treatment
from trd.catalog.question_bank import Question, QuestionBank
from trd.logic import checklist as model
from trd.logic.checklist import GENERAL, ChecklistItem, bank_item_id
from trd.logic.question_groups import group_questions
from trd.render.catalog_says import catalog_lines
from trd.render.safe_markdown import escape_markdown

# The parts of one row of the person's list, each a widget or container keyed by ``item_key``.
ItemPart = Literal["item", "up", "down", "drop", "asked", "note"]


def question_box_key(key: str, question_id: str, about: str | None) -> str:
    """The key of the checkbox that ticks ``question_id`` for the option ``about`` (None: general) in ``question_chooser(key=key)``."""
    return f"{key}_{bank_item_id(question_id, about)}"


def item_key(key: str, part: ItemPart, item_id: str) -> str:
    """The key of ``part`` of the row for ``item_id`` in ``question_list(key=key)``."""
    return f"{key}_{part}_{item_id}"


def _about_name(about: str | None, by_id: dict[str, Treatment]) -> str:
    if about is None:
        return "General"
    return by_id[about].name if about in by_id else "An option no longer in the catalog"


def _on_choose(widget_key: str, question: Question, about: str | None) -> None:
    change(model.choose_question, question, about, bool(st.session_state[widget_key]))


def question_chooser(catalog: Catalog, bank: QuestionBank, option_ids: list[str], key: str) -> None:
    """Questions from the questions file, by topic, for one option at a time (or general ones)."""
    by_id = catalog.by_id()
    lists = [GENERAL, *option_ids]
    about_key = f"{key}_about"
    if st.session_state.get(about_key) not in lists:
        st.session_state[about_key] = option_ids[0] if option_ids else GENERAL
    chosen_list = st.radio(
        "Questions about",
        lists,
        format_func=lambda value: "General (not about one option)" if value == GENERAL else by_id[value].name,
        key=about_key,
        horizontal=True,
    )
    about = None if chosen_list in (None, GENERAL) else str(chosen_list)
    treatment = by_id.get(about or "")
    groups = group_questions(bank, treatment)
    if treatment is None:
        st.caption("General questions are about you and your care as a whole.")
    else:
        st.caption(
            f"Tick the questions to ask about {escape_markdown(treatment.name)}. "
            "Where the app's catalog already says something, it is shown under the question."
        )
    shown_order = [*groups.first, *(question for _, questions in groups.rest for question in questions)]
    says = catalog_lines(shown_order, treatment) if treatment is not None else {}
    checklist = current_checklist()

    def tick_box(question: Question) -> None:
        widget_key = question_box_key(key, question.id, about)
        st.session_state[widget_key] = checklist.is_chosen(question.id, about)
        st.checkbox(escape_markdown(question.text), key=widget_key, on_change=_on_choose, args=(widget_key, question, about))
        if question.id in says:
            st.caption(f"The catalog says: {escape_markdown(says[question.id])}")

    with st.container(key=f"{key}_first", border=True):
        st.markdown(f"**Often asked** · {len(groups.first)} of {groups.count()}")
        for question in groups.first:
            tick_box(question)
    st.caption("More questions, by topic:")
    for topic, questions in groups.rest:
        ticked = sum(checklist.is_chosen(question.id, about) for question in questions)
        label = f"{topic.title} ({len(questions)}{f', {ticked} ticked' if ticked else ''})"
        # Keyed by topic and list, so a topic stays open while its boxes are ticked and its label's count changes.
        with st.expander(escape_markdown(label), key=f"{key}_more_{about or GENERAL}_{topic.id}"):
            for question in questions:
                tick_box(question)


def _on_note(widget_key: str, item_id: str) -> None:
    change(model.set_note, item_id, str(st.session_state[widget_key] or ""))


def _on_asked(widget_key: str, item_id: str) -> None:
    change(model.set_asked, item_id, bool(st.session_state[widget_key]))


def _undo_key(key: str) -> str:
    return f"{key}_undo_drop"


def _on_drop(key: str, item_id: str, text: str) -> None:
    """Take the item off, and keep the list as it was so one click can put it back (with its note)."""
    before = current_checklist()
    change(model.drop_item, item_id)
    st.session_state[_undo_key(key)] = (before, current_checklist(), text)


def _on_undo_drop(key: str) -> None:
    found = st.session_state.pop(_undo_key(key), None)
    if found is not None and current_checklist() == found[1]:
        replace_checklist(found[0])


def _undo_drop_offer(key: str) -> None:
    """ "Took … off your list. Undo", while nothing else has changed since (so Undo changes only that)."""
    found = st.session_state.get(_undo_key(key))
    if found is None or current_checklist() != found[1]:
        st.session_state.pop(_undo_key(key), None)
        return
    with st.container(horizontal=True, vertical_alignment="center", key=f"{key}_undo_row"):
        st.markdown(f"Took “{escape_markdown(found[2])}” off your list.")
        st.button("Undo", icon=":material/undo:", key=f"{key}_undo", on_click=_on_undo_drop, args=(key,))


def _on_add_own(text_key: str, about_key: str) -> None:
    about = st.session_state.get(about_key)
    change(model.add_own_question, str(st.session_state.get(text_key) or ""), None if about in (None, GENERAL) else str(about))


def _item_row(item: ChecklistItem, number: int, total: int, wording: dict[str, Question], by_id: dict[str, Treatment], key: str) -> None:
    question = wording.get(item.question_id or "")
    text = question.text if question is not None else item.text
    with st.container(key=item_key(key, "item", item.id), border=True):
        words, actions = st.columns([3, 1], vertical_alignment="top")
        own = " · your own question" if item.question_id is None else ""
        words.markdown(f"**{number}. {escape_markdown(text)}**")
        words.caption(f"About: {escape_markdown(_about_name(item.about, by_id))}{own}")
        # One row of short worded buttons (also on a phone, where columns would stack them): a screen reader
        # reads "Up", not an icon's name, and "Remove" is not mistaken for a close button.
        with actions.container(horizontal=True, horizontal_alignment="right", gap="small"):
            st.button(
                "Up", icon=":material/arrow_upward:", key=item_key(key, "up", item.id), help="Move up the list",
                disabled=number == 1, on_click=change, args=(model.move_item, item.id, -1),
            )  # fmt: skip
            st.button(
                "Down", icon=":material/arrow_downward:", key=item_key(key, "down", item.id), help="Move down the list",
                disabled=number == total, on_click=change, args=(model.move_item, item.id, 1),
            )  # fmt: skip
            st.button(
                "Remove", icon=":material/close:", key=item_key(key, "drop", item.id),
                help="Take off the list (you can undo it)", on_click=_on_drop, args=(key, item.id, text),
            )  # fmt: skip
        asked_key = item_key(key, "asked", item.id)
        st.session_state[asked_key] = item.asked
        st.checkbox("Asked at the appointment", key=asked_key, on_change=_on_asked, args=(asked_key, item.id))
        note_key = item_key(key, "note", item.id)
        st.session_state[note_key] = item.note
        st.text_area(
            "Answer or note",
            key=note_key,
            on_change=_on_note,
            args=(note_key, item.id),
            height=80,
            max_chars=model.MAX_NOTE_CHARS,
            placeholder="What the provider said, or what you want to remember",
        )


def question_list(catalog: Catalog, bank: QuestionBank | None, option_ids: list[str], key: str) -> None:
    """The chosen questions in order, each with move, drop, asked and a note; and a box to add one's own."""
    by_id = catalog.by_id()
    wording = bank.questions_by_id() if bank is not None else {}
    chosen = current_checklist().chosen()
    # Notes are kept in this browser as they are typed (components/browser_storage.py), so the box's
    # "Press Ctrl+Enter to apply" would only worry a person, and a phone has no Ctrl key.
    st.html(f"<style>[class*='st-key-{item_key(key, 'note', '')}'] [data-testid=InputInstructions] {{ display: none; }}</style>")
    _undo_drop_offer(key)
    if not chosen:
        where = f"Tick some on the **{CHOOSE_TAB}** tab, or add" if bank is not None else "Add"
        st.info(f"No questions on your list yet. {where} your own below.")
    for number, item in enumerate(chosen, start=1):
        _item_row(item, number, len(chosen), wording, by_id, key)

    text_key, about_key = f"{key}_own_text", f"{key}_own_about"
    with st.container(key=f"{key}_own"), st.form(key=f"{key}_own_form", clear_on_submit=True, border=True):
        st.markdown("**Add your own question**")
        st.text_input("Your question", key=text_key, max_chars=1000, placeholder="For example: Can I keep working during treatment?")
        st.selectbox(
            "About",
            [GENERAL, *option_ids],
            format_func=lambda value: "General (not about one option)" if value == GENERAL else by_id[value].name,
            key=about_key,
        )
        st.form_submit_button("Add to my list", icon=":material/add:", on_click=_on_add_own, args=(text_key, about_key))
