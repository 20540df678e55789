"""Every broken catalog in the corpus gives its clear message in the app too, never a traceback.

The validator's side is in tests/unit/test_bad_catalogs.py; here the app is
started with each broken file as its catalog (``TRD_CATALOG``) and must show the
friendly problems page with the same message, the place in the file, and the
crisis notice that every page keeps. A broken questions file must leave the
Questions page usable, with a plain warning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.app.harness import open_questions_tab, run_app_page
from trd.catalog.problems import DataFileError

CORPUS = Path(__file__).resolve().parents[1] / "bad_catalogs"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def shown_problems(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(block.value for block in app.code)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_catalog_shows_its_message_in_the_app(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = CORPUS / f"{name}.yaml"
    monkeypatch.setenv("TRD_CATALOG", str(path))
    app = run_app_page()
    assert not app.exception, [e.value for e in app.exception]
    assert "could not be loaded" in app.error[0].value
    problems = shown_problems(app)
    assert EXPECTED[name]["expect"] in problems
    line = EXPECTED[name]["line"]
    if line is not None:
        assert re.search(rf"{re.escape(path.name)}:{line}(:\d+)?[,:]", problems), problems
    assert "Traceback" not in problems
    assert "988" in " ".join(block.value for block in app.markdown)
    assert len(app.dataframe) == 0 and len(app.get("plotly_chart")) == 0  # nothing half-drawn from a broken file


QUESTIONS_CORPUS = Path(__file__).resolve().parents[1] / "bad_questions"
QUESTIONS_EXPECTED = json.loads((QUESTIONS_CORPUS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("name", ["duplicate_question_id", "python_object_tag", "syntax_tab_indent", "alias_bomb", "empty_file"])
def test_broken_questions_file_leaves_the_questions_page_usable(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Questions page says the suggested questions could not be loaded, and one's own questions still work."""
    import components.catalog_source as source

    monkeypatch.setattr(source, "DEFAULT_QUESTIONS", QUESTIONS_CORPUS / f"{name}.yaml")
    assert isinstance(source.question_bank(), DataFileError)
    app = run_app_page("app_pages/questions.py", query={"pick": "esketamine,rtms"})
    assert not app.exception, [e.value for e in app.exception]
    errors = " ".join(e.value for e in app.error)
    assert "suggested questions could not be loaded" in errors
    expected = QUESTIONS_EXPECTED[name]
    problems = app.code[0].value
    assert f"{name}.yaml:" in problems and expected["expect"] in problems  # the file and line, as the validator says
    assert "988" in " ".join(block.value for block in app.markdown)
    open_questions_tab(app, "list")
    app.text_input(key="ql_own_text").input("Can I keep working during treatment?")
    next(button for button in app.button if button.label == "Add to my list").click().run()
    assert not app.exception
    assert "Can I keep working during treatment?" in " ".join(m.value for m in app.markdown)
