"""Take it to the appointment (PDF, text, print view) and keep it (save, open, start over)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from components.checklist_state import current_checklist, replace_checklist, say
from components.picked_options import set_picked_ids
from trd.catalog.models import Catalog
from trd.catalog.sources import source_credit
from trd.logic import checklist as model
from trd.logic.checklist import Checklist, ChecklistFileError
from trd.render.facts import SHEET, fact_labels
from trd.render.safe_markdown import escape_markdown, markdown_link
from trd.render.sheet import AppointmentSheet
from trd.render.sheet_pdf import sheet_pdf
from trd.render.sheet_text import sheet_text

MAX_UPLOAD_MB = 1


def sheet_downloads(sheet: AppointmentSheet, key: str) -> None:
    """The PDF download and the text version to paste into a portal message."""
    st.download_button(
        "Download the appointment sheet (PDF)",
        data=lambda: sheet_pdf(sheet),
        file_name=f"appointment-questions-{sheet.made_on.isoformat()}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        type="primary",
        key=f"{key}_pdf",
        on_click="ignore",
    )
    st.markdown("**Text to paste into a patient portal message** (use the copy button at the top right of the box):")
    with st.container(key=f"{key}_text"):
        st.code(sheet_text(sheet), language=None, wrap_lines=True)


# On paper only the sheet prints: not the page's switches or its own title (the sheet has its own heading).
# On a narrow screen the options table becomes one block per option, so nothing is cut at the right edge.
_PRINT_VIEW_CSS = """<style>
@media print {
  .st-key-present_switch, .st-key-questions_print_view, [data-testid=stMainBlockContainer] h1 { display: none !important; }
}
.st-key-%(key)s_option_blocks { display: none; }
@media (max-width: 640px) {
  .st-key-%(key)s_option_table { display: none; }
  .st-key-%(key)s_option_blocks { display: flex; }
}
</style>"""


def print_view(sheet: AppointmentSheet, key: str) -> None:
    """The sheet as a plain page to print with the browser, without the editing widgets."""
    st.html(_PRINT_VIEW_CSS % {"key": key})
    with st.container(key=key):
        st.markdown(f"## Questions for my appointment · {sheet.made_on.strftime('%d %B %Y').lstrip('0')}")
        # As on the PDF, what matters and what was tried come first: the clinician reads from the top.
        if sheet.what_matters:
            st.markdown("**What matters to me**")
            st.markdown("\n".join(f"- {escape_markdown(line)}" for line in sheet.what_matters))
        if sheet.history:
            st.markdown("**What I have tried**")
            st.markdown("\n".join(f"- {escape_markdown(entry)}" for entry in sheet.history))
        if sheet.options:
            st.markdown("**Options I am considering**")
            with st.container(key=f"{key}_option_table"):
                st.table(
                    {
                        "Option": [option.name for option in sheet.options],
                        **{label: [option.facts[label] for option in sheet.options] for label in fact_labels(SHEET)},
                    }
                )
            with st.container(key=f"{key}_option_blocks"):
                for option in sheet.options:
                    st.markdown(
                        f"**{escape_markdown(option.name)}**\n"
                        + "\n".join(f"- {escape_markdown(label)}: {escape_markdown(value)}" for label, value in option.facts.items())
                    )
            for option in sheet.options:
                if option.clinic:
                    st.markdown(f"At this clinic, {escape_markdown(option.name)}: {escape_markdown(option.clinic)}")
            st.caption(escape_markdown(sheet.options_note))
        for section in sheet.sections:
            st.markdown(f"**{escape_markdown(section.title)}**")
            for question in section.questions:
                mark = " ☑ asked" if question.asked else " ☐ asked"
                st.markdown(f"{question.number}\\. {escape_markdown(question.text)}{mark}")
                st.caption(
                    f"Answer: {escape_markdown(question.note)}" if question.note else "Answer: ____________________________________________"
                )
        if sheet.history_questions:
            st.markdown("**Questions about what I have tried**")
            st.markdown("\n".join(f"- {escape_markdown(question)}" for question in sheet.history_questions))
        if sheet.sources:
            st.markdown("**Sources**")
            st.markdown(
                "\n".join(
                    f"- {markdown_link(cited.source.title, cited.source.url)} — {escape_markdown(source_credit(cited.source))}"
                    for cited in sheet.sources
                )
            )
        st.caption(escape_markdown(sheet.notice))


def _on_open(uploader_key: str, catalog: Catalog) -> None:
    uploaded = st.session_state.get(uploader_key)
    if uploaded is None:
        return
    try:
        opened = model.from_json(uploaded.getvalue())
    except ChecklistFileError as error:
        say(str(error), "error")
        return
    replace_checklist(opened)
    known = catalog.by_id()
    set_picked_ids([option_id for option_id in opened.option_ids if option_id in known])
    say(f"Opened {uploaded.name}: {len(opened.chosen())} question(s) and {len(opened.history)} past treatment(s).")


def save_and_open(catalog: Catalog, key: str) -> None:
    """Save the whole checklist to a JSON file, or open one saved before."""
    now = dt.datetime.now().astimezone()
    checklist = current_checklist()
    st.download_button(
        "Save to a file",
        # Made when pressed, not on every run: no file is kept for it in this server's memory, so a
        # page that reconnects to another replica asks for no file that replica lacks (a 404).
        data=lambda: model.to_json(checklist, saved_at=now),
        file_name=f"my-appointment-questions-{now.date().isoformat()}.json",
        mime="application/json",
        icon=":material/save:",
        key=f"{key}_save",
        on_click="ignore",
        help="A file on your device that you can open here later, on any computer.",
    )
    uploader_key = f"{key}_open"
    st.file_uploader(
        "Open a file you saved before",
        type=["json"],
        key=uploader_key,
        max_upload_size=MAX_UPLOAD_MB,
        on_change=_on_open,
        args=(uploader_key, catalog),
        help="It replaces the list on this page. A file that is not a saved list changes nothing.",
    )


def _clear() -> None:
    replace_checklist(Checklist())
    say("Everything was cleared. You are starting over.", "info")


@st.dialog("Start over?")
def _confirm_start_over(key: str) -> None:
    st.write(
        "This clears every ticked question, note, own question and past treatment on this page and in this browser. "
        "The options you picked stay picked. It cannot be undone."
    )
    st.write("Save to a file first if you may want them later.")
    yes, no = st.columns(2)
    if yes.button("Yes, clear everything", type="primary", key=f"{key}_yes", on_click=_clear):
        st.rerun()
    if no.button("No, keep my notes", key=f"{key}_no"):
        st.rerun()


def start_over(key: str) -> None:
    """A button that asks for confirmation before clearing the checklist."""
    if st.button("Start over…", icon=":material/restart_alt:", key=key):
        _confirm_start_over(key)
