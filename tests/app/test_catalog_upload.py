"""A clinic's own catalog: the command-line option, and an upload on About that only this session uses."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.catalog_source import catalog_argument
from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog

ROOT = Path(__file__).resolve().parents[2]
CLINIC = ROOT / "data" / "examples" / "clinic_catalog.yaml"
BROKEN = ROOT / "data" / "examples" / "broken_clinic_catalog.yaml"
ABOUT = "app_pages/about.py"
UPLOADER = "catalog_upload_file_0"


def options_in_use(app: AppTest) -> int:
    text = next(block.value for block in app.markdown if "sources back the" in block.value)
    return int(text.split("sources back the ", 1)[1].split(" ", 1)[0])


def upload(app: AppTest, path: Path, key: str = UPLOADER) -> AppTest:
    app.file_uploader(key=key).upload(path.name, path.read_bytes(), "application/x-yaml")
    return app.run()


def test_command_line_option_names_the_catalog() -> None:
    assert catalog_argument(["app.py", "--catalog", "clinic.yaml"]) == "clinic.yaml"
    assert catalog_argument(["app.py", "--catalog=clinic.yaml"]) == "clinic.yaml"
    assert catalog_argument(["app.py"]) is None
    assert catalog_argument(["app.py", "--catalog"]) is None


def test_a_good_upload_is_used_by_this_session_and_every_page() -> None:
    app = run_app_page(ABOUT)
    assert options_in_use(app) == len(load_catalog().treatments)
    upload(app, CLINIC)
    assert not app.exception
    assert "uploaded catalog" in app.success[0].value and "clinic" in app.success[0].value
    assert options_in_use(app) == len(load_catalog(CLINIC).treatments)
    app.switch_page("app_pages/learn.py").run()
    counts = [int(label.rsplit("· ", 1)[1].split(" ")[0]) for label in (expander.label for expander in app.expander)]
    assert sum(counts) == len(load_catalog(CLINIC).treatments)


def test_a_bad_upload_shows_its_problems_with_lines_and_leaves_the_working_catalog() -> None:
    app = run_app_page(ABOUT)
    upload(app, CLINIC)
    upload(app, BROKEN)
    assert not app.exception
    assert "was not used" in app.error[0].value
    assert "the uploaded catalog from before" in app.error[0].value
    problems = app.code[-1].value
    assert "broken_clinic_catalog.yaml:82:21" in problems
    assert "'wait_time' is not a field" in problems
    assert options_in_use(app) == len(load_catalog(CLINIC).treatments)  # still the good upload
    app.switch_page("app_pages/learn.py").run()
    assert not app.exception


def test_a_bad_first_upload_keeps_the_servers_catalog() -> None:
    app = run_app_page(ABOUT)
    upload(app, BROKEN)
    assert "the server's catalog" in app.error[0].value
    assert options_in_use(app) == len(load_catalog().treatments)


def test_going_back_to_the_servers_catalog_drops_unknown_picks() -> None:
    app = run_app_page(ABOUT)
    upload(app, CLINIC)
    app.session_state["picked_ids"] = ["ssri", "rtms"]
    app.button(key="catalog_upload_reset").click().run()
    assert options_in_use(app) == len(load_catalog().treatments)
    assert app.session_state["picked_ids"] == ["ssri", "rtms"]
    upload(app, CLINIC, key="catalog_upload_file_1")  # the box was emptied: a fresh key
    assert options_in_use(app) == len(load_catalog(CLINIC).treatments)


def test_an_upload_switching_catalogs_drops_picks_it_does_not_have() -> None:
    app = run_app_page(ABOUT)
    app.session_state["picked_ids"] = ["ssri", "dbs"]
    upload(app, CLINIC)
    assert app.session_state["picked_ids"] == ["ssri"]


def test_another_session_never_sees_an_upload() -> None:
    first = run_app_page(ABOUT)
    upload(first, CLINIC)
    second = run_app_page(ABOUT)
    assert options_in_use(second) == len(load_catalog().treatments)
    assert not second.success
