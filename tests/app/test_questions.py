"""The Questions page in AppTest: choose, order, note, history, files, start over, print view.

AppTest runs no browser, so the browser-storage component never answers by itself: the
tests give the page the answer a browser gives (``browser_answers`` in the harness, "no notes"
unless said). Until it has one, the page draws only its title and status and writes nothing, so an
empty new session never overwrites the notes a browser holds; the browser tests check the real one.
"""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from components.browser_storage import answer_key
from components.checklist_editor import item_key
from components.checklist_state import CHECKLIST_KEY, STORAGE_COMPONENT_KEY
from components.values_step import weight_key
from tests.app.harness import APP_PATH, browser_answers, open_questions_tab, run_app_page
from trd.logic import checklist as model
from trd.logic.checklist import Checklist
from trd.logic.ranking import Priority, Weight

PAGE = "app_pages/questions.py"
pytestmark = pytest.mark.filterwarnings("ignore")


def _open(query: dict[str, str] | None = None) -> AppTest:
    app = run_app_page(PAGE, query=query if query is not None else {"pick": "esketamine,rtms"})
    assert not app.exception
    return app


def _checklist(app: AppTest) -> model.Checklist:
    found = app.session_state[CHECKLIST_KEY]
    assert isinstance(found, model.Checklist)
    return found


def _texts(app: AppTest) -> str:
    return "\n".join(str(element.value) for element in (*app.markdown, *app.caption, *app.info, *app.success, *app.warning, *app.error))


def _storage_data(app: AppTest) -> dict[str, object]:
    """What the page gives this browser's storage component on the last run (what it writes, if anything)."""
    (component,) = [found for found in app.get("bidi_component") if found.proto.component_name == "trd_browser_storage"]
    found = json.loads(component.proto.json)
    assert isinstance(found, dict)
    return found


def test_before_the_browser_answers_only_the_title_and_status_are_drawn_and_nothing_is_written() -> None:
    app = AppTest.from_file(APP_PATH, default_timeout=60)
    app.query_params["pick"] = "esketamine"
    app.switch_page(PAGE).run()
    assert not app.exception
    assert app.title[0].value == "Questions for your appointment"
    assert "Looking for notes from your last visit" in _texts(app)
    assert len(app.tabs) == 0 and len(app.multiselect) == 0 and len(app.checkbox) == 0  # no empty list drawn
    assert _storage_data(app) == {"name": "trd-options:questions-checklist", "read": True, "text": None, "draftPrefix": "ql_note_"}

    browser_answers(app).run()  # the browser holds nothing: now the page is drawn, and kept from here on
    assert app.multiselect(key="questions_options").value == ["esketamine"]
    assert "kept in this browser only" in _texts(app)
    data = _storage_data(app)
    assert data["read"] is False and model.from_json(str(data["text"])).chosen() == ()  # it asks no more, and keeps the list


def test_the_first_full_run_shows_the_notes_this_browser_holds() -> None:
    earlier = _open({"pick": "rtms"})  # a visit that ticks and notes, and the text it gives the browser to keep
    earlier.radio(key="qb_about").set_value("rtms").run()
    earlier.checkbox(key="qb_rtms__cost-insurance").check().run()
    open_questions_tab(earlier, "list")
    earlier.text_area(key="ql_note_rtms__cost-insurance").input("Ask about the 36 visits").run()
    stored = str(_storage_data(earlier)["text"])

    app = run_app_page(PAGE, query={}, stored=stored)  # a reload: a new session, no picks in the link
    assert not app.exception
    assert app.multiselect(key="questions_options").value == ["rtms"]
    assert "from your last visit are back" in _texts(app)
    open_questions_tab(app, "list")
    assert app.text_area(key="ql_note_rtms__cost-insurance").value == "Ask about the 36 visits"


def test_a_browser_that_blocks_storage_gets_the_page_and_a_warning() -> None:
    app = AppTest.from_file(APP_PATH, default_timeout=60)
    app.switch_page(PAGE).run()
    app.session_state["questions_storage_answer"] = {"error": "SecurityError: The operation is insecure."}
    app.run()
    assert not app.exception
    assert len(app.tabs) == 4
    assert "does not let the app keep notes" in _texts(app)


def test_only_the_open_tab_is_drawn_and_a_click_on_another_draws_that_one() -> None:
    app = _open()
    assert len(app.tabs) == 4
    assert app.radio(key="qb_about").value == "esketamine"  # the first tab, "Choose"
    assert not app.get("download_button") and len(app.code) == 0 and len(app.number_input) == 0
    open_questions_tab(app, "take")
    assert not app.exception
    assert [button.proto.label for button in app.get("download_button")][:1] == ["Download the appointment sheet (PDF)"]
    assert len(app.code) == 1 and len(app.radio) == 0  # the sheet's text version is there; "Choose" is not drawn


def test_picked_options_are_considered_and_catalog_facts_show_next_to_questions() -> None:
    app = _open()
    assert app.multiselect(key="questions_options").value == ["esketamine", "rtms"]
    assert app.radio(key="qb_about").value == "esketamine"
    app.radio(key="qb_about").set_value("rtms").run()
    assert "The catalog says: A first change is usually noticed after 2\\-6 weeks\\." in _texts(app)
    assert "Takes place at a clinic\\." in _texts(app)


def test_ticking_questions_builds_the_list_in_order_and_notes_stick() -> None:
    app = _open()
    app.checkbox(key="qb_esketamine__onset-first-change").check().run()
    app.checkbox(key="qb_esketamine__cost-insurance").check().run()
    assert [item.id for item in _checklist(app).chosen()] == ["esketamine__onset-first-change", "esketamine__cost-insurance"]
    open_questions_tab(app, "list")
    app.text_area(key="ql_note_esketamine__onset-first-change").input("Within a day — Zoë").run()
    app.checkbox(key="ql_asked_esketamine__onset-first-change").check().run()
    app.button(key="ql_up_esketamine__cost-insurance").click().run()
    chosen = _checklist(app).chosen()
    assert [item.id for item in chosen] == ["esketamine__cost-insurance", "esketamine__onset-first-change"]
    assert chosen[1].note == "Within a day — Zoë" and chosen[1].asked
    # Another page and back: the working copy is kept, and the widgets show it.
    app.switch_page("app_pages/about.py").run()
    app.switch_page(PAGE).run()
    assert app.text_area(key="ql_note_esketamine__onset-first-change").value == "Within a day — Zoë"  # the tab is remembered
    open_questions_tab(app, "choose")
    assert app.checkbox(key="qb_esketamine__onset-first-change").value is True


def test_own_question_added_and_dropped() -> None:
    app = open_questions_tab(_open(), "list")
    app.text_input(key="ql_own_text").input("Can I keep working during treatment?")
    app.selectbox(key="ql_own_about").set_value("rtms")
    app.button(key="FormSubmitter:ql_own_form-Add to my list").click().run()
    own = _checklist(app).chosen()
    assert [(item.text, item.about) for item in own] == [("Can I keep working during treatment?", "rtms")]
    app.button(key=item_key("ql", "drop", own[0].id)).click().run()
    assert _checklist(app).chosen() == ()


def test_a_short_medicine_trial_shows_a_neutral_question() -> None:
    app = open_questions_tab(_open(), "history")
    app.selectbox(key="qh_from_catalog").set_value("ssri")
    app.number_input(key="qh_weeks").set_value(3.0)
    app.button(key="FormSubmitter:qh_add_form-Add to what I have tried").click().run()
    history = _checklist(app).history
    assert len(history) == 1 and history[0].weeks == 3
    assert "Was this a full trial" in _texts(app)
    assert "you have trd" not in _texts(app).lower()


def test_a_past_treatment_is_changed_in_place_and_a_side_effect_stop_asks_nothing() -> None:
    app = open_questions_tab(_open(), "history")
    app.selectbox(key="qh_from_catalog").set_value("ssri")
    app.text_input(key="qh_typed").input("sertraline")
    app.number_input(key="qh_weeks").set_value(4.0)
    app.button(key="FormSubmitter:qh_add_form-Add to what I have tried").click().run()
    entry = _checklist(app).history[0]
    assert (entry.name, entry.treatment_id) == ("sertraline", "ssri") and "Was this a full trial" in _texts(app)

    app.button(key=f"qh_edit_{entry.id}").click().run()
    assert app.text_input(key="qh_edit_typed").value == "sertraline" and app.number_input(key="qh_edit_weeks").value == 4
    app.text_input(key="qh_edit_dose").input("50 mg a day")
    app.selectbox(key="qh_edit_outcome").set_value("stopped for side effects")
    app.button(key="FormSubmitter:qh_edit_form-Save changes").click().run()
    (changed,) = _checklist(app).history
    assert (changed.id, changed.name, changed.dose, changed.weeks) == (entry.id, "sertraline", "50 mg a day", 4)
    assert changed.outcome == "stopped for side effects"
    assert "Was this a full trial" not in _texts(app)
    assert "sertraline" in _texts(app) and "stopped for side effects" in _texts(app)


def test_the_text_version_lists_the_chosen_questions() -> None:
    app = _open()
    app.checkbox(key="qb_esketamine__onset-first-change").check().run()
    open_questions_tab(app, "take")
    text = app.code[0].value
    assert "About Esketamine nasal spray:\n1. How soon might I notice a first change?" in text
    assert "988" in text


def test_what_matters_on_explore_goes_on_the_sheet_very_important_first() -> None:
    app = run_app_page(query={"pick": "esketamine"})
    app.segmented_control(key=weight_key(Priority.LOW_COST)).set_value(Weight.SOMEWHAT).run()
    app.segmented_control(key=weight_key(Priority.FEWER_SIDE_EFFECTS)).set_value(Weight.VERY).run()
    app.switch_page(PAGE).run()
    assert not app.exception
    open_questions_tab(app, "take")
    text = app.code[0].value
    assert "What matters to me:\n- Very important: Fewer side effects\n- Somewhat important: Low cost\n" in text


def test_start_over_asks_first_and_then_clears() -> None:
    app = _open()
    app.checkbox(key="qb_esketamine__onset-first-change").check().run()
    open_questions_tab(app, "take")
    app.button(key="questions_start_over").click().run()
    assert _checklist(app).chosen() != ()  # only asked so far
    assert "cannot be undone" in _texts(app)
    app.button(key="questions_start_over_no").click().run()
    assert _checklist(app).chosen() != ()
    app.button(key="questions_start_over").click().run()
    app.button(key="questions_start_over_yes").click().run()
    assert _checklist(app).is_empty()
    assert app.multiselect(key="questions_options").value == ["esketamine", "rtms"]


def test_print_view_shows_only_the_sheet() -> None:
    app = _open()
    app.checkbox(key="qb_esketamine__onset-first-change").check().run()
    app.toggle(key="questions_print_view").set_value(True).run()
    assert not app.exception
    assert len(app.checkbox) == 0 and len(app.text_area) == 0
    assert "How soon might I notice a first change?" in _texts(app)
    assert "Esketamine nasal spray" in str(app.table[0].value)


def test_questions_about_another_option_are_kept_apart() -> None:
    app = _open()
    app.radio(key="qb_about").set_value("rtms").run()
    app.checkbox(key="qb_rtms__cost-insurance").check().run()
    assert [item.about for item in _checklist(app).chosen()] == ["rtms"]
    saved = json.dumps(json.loads(model.to_json(_checklist(app))))
    assert model.from_json(saved) == _checklist(app)


def test_notes_this_version_cannot_read_are_offered_as_a_file_and_not_overwritten() -> None:
    app = run_app_page(PAGE, query={"pick": "esketamine"}, stored='{"format": 99, "from": "a newer version"}')
    assert not app.exception
    assert any("could not be read" in warning.value and "left as they are" in warning.value for warning in app.warning)
    assert app.get("download_button") and any(
        button.proto.label == "Download the notes this browser held" for button in app.get("download_button")
    )


def test_a_note_the_browser_kept_as_typed_is_put_back_on_the_saved_list() -> None:
    saved = model.to_json(model.add_own_question(Checklist(), "Can I drive after?", None))
    app = AppTest.from_file(APP_PATH, default_timeout=60)
    app.switch_page(PAGE).run()
    app.session_state[answer_key(STORAGE_COMPONENT_KEY)] = {"text": saved, "drafts": {"own-1": "Ask who drives me home", "gone": "x"}}
    app.run()
    assert not app.exception
    open_questions_tab(app, "list")
    assert app.text_area(key="ql_note_own-1").value == "Ask who drives me home"
    assert _checklist(app).items[0].note == "Ask who drives me home"


def test_a_question_taken_off_by_mistake_comes_back_with_its_note() -> None:
    app = open_questions_tab(_open(), "list")
    app.text_input(key="ql_own_text").input("Can I keep working during treatment?")
    app.button(key="FormSubmitter:ql_own_form-Add to my list").click().run()
    app.text_area(key="ql_note_own-1").input("Ask about mornings").run()
    app.button(key=item_key("ql", "drop", "own-1")).click().run()
    assert _checklist(app).chosen() == ()
    assert "Took “Can I keep working during treatment?” off your list." in _texts(app)
    app.button(key="ql_undo").click().run()
    (back,) = _checklist(app).chosen()
    assert (back.text, back.note) == ("Can I keep working during treatment?", "Ask about mornings")
    assert not any(button.key == "ql_undo" for button in app.button)  # offered once


def test_undo_is_not_offered_once_the_list_has_changed_again() -> None:
    app = open_questions_tab(_open(), "list")
    for text in ("First question?", "Second question?"):
        app.text_input(key="ql_own_text").input(text)
        app.button(key="FormSubmitter:ql_own_form-Add to my list").click().run()
    app.button(key=item_key("ql", "drop", "own-1")).click().run()
    app.checkbox(key="ql_asked_own-2").check().run()
    assert not any(button.key == "ql_undo" for button in app.button)
