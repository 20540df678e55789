"""Learn page: the pathway with its disclaimer, the searchable glossary, step buttons that open Compare."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app.harness import run_app_page
from trd.catalog.loader import load_glossary

LEARN = "app_pages/learn.py"


def test_learn_shows_the_pathway_says_it_is_not_a_rule_and_lists_every_step() -> None:
    app = run_app_page(LEARN)
    assert not app.exception
    assert "not a rule" in app.info[0].value
    labels = [expander.label for expander in app.expander]
    assert labels[0].startswith("Step 1 · Optimise the dose")
    assert any(label.startswith("Alongside · Psychotherapy") for label in labels)
    assert len(app.get("plotly_chart")) == 0  # the drawing is HTML: no chart library on Learn
    drawing = " ".join(block.proto.body for block in app.get("html"))
    assert "1. Optimise dose" in drawing and "Step 6: Options still in trials" in drawing


def _shown_terms(app: AppTest) -> str:
    return " ".join(block.value for block in app.markdown if "**" in block.value)


def test_glossary_draws_no_term_until_asked_then_a_letter_or_a_search_lists_them() -> None:
    app = run_app_page(LEARN)
    total = len(load_glossary().terms)
    assert "Risk Evaluation and Mitigation Strategy" not in _shown_terms(app)
    assert f"{total} terms. Search for a word, or pick a letter" in " ".join(caption.value for caption in app.caption)
    app.button_group(key="glossary_letter").select("R").run()
    assert "Risk Evaluation and Mitigation Strategy" in _shown_terms(app)
    assert "Tyramine" not in _shown_terms(app)
    assert f"of {total} terms, under R" in " ".join(caption.value for caption in app.caption)
    app.text_input(key="glossary_search").input("REMS").run()
    assert "Risk Evaluation and Mitigation Strategy" in _shown_terms(app)
    assert "Tyramine" not in _shown_terms(app)


def test_a_search_with_no_match_says_so() -> None:
    app = run_app_page(LEARN)
    app.text_input(key="glossary_search").input("zzzz").run()
    assert "No term matches" in app.info[-1].value


def test_compare_button_of_a_step_picks_its_options_and_opens_compare() -> None:
    app = run_app_page(LEARN)
    app.button(key="pathway_rapid_compare").click().run()
    assert not app.exception
    assert app.session_state["picked_ids"] == ["esketamine", "iv-ketamine", "ketamine-other-routes"]
    assert app.query_params["pick"] in ("esketamine,iv-ketamine,ketamine-other-routes", ["esketamine,iv-ketamine,ketamine-other-routes"])
    assert any("Compare" in title.value for title in app.title)


def test_the_compare_shortcut_adds_to_earlier_picks_says_what_did_not_fit_and_can_be_undone() -> None:
    app = run_app_page(query={"pick": "ssri,bupropion,lithium,cbt"})
    app.switch_page(LEARN).run()
    app.button(key="pathway_rapid_compare").click().run()
    assert not app.exception
    # The four earlier picks stay first; two of the three ketamine options fit, the third is named.
    assert app.session_state["picked_ids"] == ["ssri", "bupropion", "lithium", "cbt", "esketamine", "iv-ketamine"]
    note = next(info.value for info in app.info if "Added 2 to your picks" in info.value)
    assert "Your 4 earlier picks stay." in note
    assert "Not added" in note and "Ketamine by mouth" in note
    app.button(key="compare_pick_change_undo").click().run()
    assert app.session_state["picked_ids"] == ["ssri", "bupropion", "lithium", "cbt"]
    assert not any("Added 2" in info.value for info in app.info)


def test_learn_offers_the_printable_handout() -> None:
    app = run_app_page(LEARN)
    button = app.get("download_button")
    assert len(button) == 1
    assert "handout" in button[0].proto.label.lower()
