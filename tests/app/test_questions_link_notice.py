"""A link naming options the catalog lacks opens Questions with a note, which stays until the picks change."""

from streamlit.testing.v1 import AppTest

from tests.app.harness import APP_PATH, browser_answers


def test_unknown_ids_in_a_link_are_noted_until_the_picks_change() -> None:
    app = browser_answers(AppTest.from_file(APP_PATH, default_timeout=60))
    app.query_params["pick"] = "esketamine,not-an-option"
    app.switch_page("app_pages/questions.py").run()  # opened straight from the link, as a browser does
    assert not app.exception
    assert any("not in this catalog" in info.value for info in app.info)
    assert app.multiselect(key="questions_options").value == ["esketamine"]

    app.run()  # another run before the picks change (the storage component's answer starts one): the note stays
    assert any("not in this catalog" in info.value for info in app.info)

    app.multiselect(key="questions_options").select("rtms").run()
    assert not any("not in this catalog" in info.value for info in app.info)
