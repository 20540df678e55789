"""Presentation mode: the switch and ?present=1 open a presenter's view that steps through the picks."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from components.presenter_slides import label_positions
from tests.app.harness import run_app_page


def slide_title(app: AppTest) -> str:
    return app.title[0].value


def shown_text(app: AppTest) -> str:
    """Every Markdown block's text as a person reads it (catalog text is escaped before it is shown)."""
    return " ".join(block.value for block in app.markdown).replace("\\", "")


def test_the_link_flag_opens_presentation_mode_with_the_picked_options() -> None:
    app = run_app_page(query={"present": "1", "pick": "esketamine,rtms"})
    assert not app.exception
    assert "988" in " ".join(block.value for block in app.markdown)  # the safety notice stays
    assert slide_title(app) == "Esketamine nasal spray"
    assert app.button(key="present_prev").disabled
    app.button(key="present_next").click().run()
    assert "Repetitive transcranial magnetic stimulation" in slide_title(app)
    app.button(key="present_next").click().run()
    assert slide_title(app) == "Side by side: 2 options"
    table = next(block.value for block in app.markdown if block.value.startswith("| |"))
    assert "Esketamine nasal spray" in table and "First benefit" in table
    app.button(key="present_next").click().run()
    assert slide_title(app) == "How many improve, out of 100"
    assert "69 out of 100 with this option" in shown_text(app) and "not a head-to-head test" in shown_text(app)
    app.button(key="present_next").click().run()
    assert slide_title(app) == "Side effects, out of 100"
    assert "Dissociation (feeling detached or unreal): 41 out of 100" in shown_text(app)
    app.button(key="present_next").click().run()
    assert slide_title(app) == "When a first change may come"
    assert len(app.get("plotly_chart")) == 1
    app.button(key="present_next").click().run()
    assert slide_title(app).startswith("The first 8 weeks")
    assert "| Esketamine nasal spray |" in shown_text(app)  # the numbers, as a table
    app.button(key="present_next").click().run()
    assert slide_title(app) == "Where these options sit among all options"
    assert app.button(key="present_next").disabled
    app.button(key="present_prev").click().run()
    assert slide_title(app).startswith("The first 8 weeks")


def test_presenting_never_touches_filters_or_picks() -> None:
    app = run_app_page(query={"present": "1", "pick": "esketamine,rtms"})
    before = {key: app.session_state[key] for key in ("picked_ids",)}
    app.button(key="present_next").click().run()
    assert app.session_state["picked_ids"] == before["picked_ids"]


def test_the_switch_turns_it_on_and_exit_returns_to_the_page() -> None:
    app = run_app_page("app_pages/learn.py")
    assert app.toggle(key="present_toggle").value is False
    app.toggle(key="present_toggle").set_value(True).run()
    assert not app.exception
    assert app.query_params["present"] in ("1", ["1"])
    assert slide_title(app) == "Nothing picked yet"
    app.button(key="present_next").click().run()
    assert slide_title(app).startswith("The whole landscape")
    app.button(key="present_exit").click().run()
    assert "present" not in app.query_params
    assert slide_title(app) == "Learn"
    assert app.toggle(key="present_toggle").value is False


def test_picked_point_labels_move_below_when_another_sits_just_above() -> None:
    assert label_positions([14, 14, 1], [1.0, 0.0, 1.0]) == ["top center", "bottom center", "top center"]
