"""Questions page: a checklist of questions for a provider, a log of past treatments, and the appointment sheet."""

import datetime as dt

import streamlit as st

from components.active_catalog import require_catalog
from components.catalog_problems import catalog_problems
from components.catalog_source import question_bank
from components.checklist_editor import question_chooser, question_list
from components.checklist_state import (
    LIST_KEY,
    considered_option_ids,
    current_checklist,
    keep_in_browser,
    notes_ready,
    storage_status_line,
    take_message,
    unreadable_browser_copy,
)
from components.explore_view import what_matters_lines_now
from components.history_editor import history_editor
from components.pick_selector import picks_changed, take_pick_notice
from components.questions_tabs import LIST_TAB, questions_tabs
from components.remembered_tabs import open_tab_only
from components.sheet_actions import print_view, save_and_open, sheet_downloads, start_over
from trd.catalog.problems import DataFileError
from trd.logic.limits import MAX_PICKS
from trd.render.sheet import AppointmentSheet, build_sheet

catalog = require_catalog()
loaded_bank = question_bank()
bank = None if isinstance(loaded_bank, DataFileError) else loaded_bank

st.title("Questions for your appointment")
storage_status = keep_in_browser(catalog)
if not notes_ready():  # one short run until this browser's notes are back, so the list never shows empty first
    storage_status_line(storage_status)
    st.stop()
option_ids = considered_option_ids(catalog)


def sheet() -> AppointmentSheet:
    """The appointment sheet as it stands (built only where it is shown: the print view and the last tab)."""
    return build_sheet(current_checklist(), catalog, bank, dt.date.today(), what_matters=what_matters_lines_now())


if st.toggle("Print view", key="questions_print_view", help="Shows only the sheet, ready for your browser's Print command (Ctrl+P or ⌘P)."):
    print_view(sheet(), key="questions_print")
    st.stop()

st.caption(
    "Pick the questions you want to ask, write down the answers, and take a sheet to your appointment. "
    "The app lists questions and what its catalog says; it does not recommend a treatment."
)
storage_status_line(storage_status)
# Notes come and go inside one container that is always there, so the tabs below keep their place
# on the page (and the tab a person has open) when a note appears or goes.
with st.container(key="questions_notes"):
    if pick_notice := take_pick_notice(catalog, keep=True):  # the storage component reruns the page on its own
        st.info(pick_notice)
    message = take_message()
    if message is not None:
        kind, text = message
        {"success": st.success, "warning": st.warning, "error": st.error}.get(kind, st.info)(text)
    if (held := unreadable_browser_copy()) is not None and current_checklist().is_empty():
        st.download_button(
            "Download the notes this browser held",
            held,
            file_name="trd-notes-from-this-browser.json",
            mime="application/json",
            key="questions_unreadable_download",
            on_click="ignore",
        )

by_id = catalog.by_id()
st.session_state["questions_options"] = option_ids  # the shared picks drive the box, also after a restore or an opened file
st.multiselect(
    "Options you are considering",
    [treatment.id for treatment in catalog.treatments],
    format_func=lambda option_id: by_id[option_id].name,
    max_selections=MAX_PICKS,
    select_all=False,  # Enter picks the option typed, not every fuzzy match
    key="questions_options",
    on_change=picks_changed,
    args=("questions_options",),
    help="The options picked on Explore and Compare show here; you can change them.",
)


def choose_tab() -> None:
    if isinstance(loaded_bank, DataFileError):
        catalog_problems(loaded_bank, key="questions_file_problems", title="The list of suggested questions could not be loaded")
        st.markdown(f"You can still add your own questions on the **{LIST_TAB}** tab.")
    else:
        question_chooser(catalog, loaded_bank, option_ids, key="qb")


def take_tab() -> None:
    sheet_downloads(sheet(), key="questions_sheet")
    st.divider()
    save_and_open(catalog, key="questions_file")
    st.divider()
    start_over(key="questions_start_over")


open_tab_only(
    questions_tabs(current_checklist()),
    {
        "choose": choose_tab,
        "list": lambda: question_list(catalog, bank, option_ids, key=LIST_KEY),
        "history": lambda: history_editor(catalog, key="qh"),
        "take": take_tab,
    },
    key="questions_tabs",
)
