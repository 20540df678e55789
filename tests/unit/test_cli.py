"""`python -m trd`: validate, export and schema, as a clinic's staff member would run them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.unit.paths import SMALL_CATALOG
from trd.catalog.export import CSV_COLUMNS, catalog_json_schema
from trd.cli import SCHEMA_PATH, main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trd", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_validate_default_catalog_prints_one_line_and_exits_0() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "valid" in lines[0] and "treatments" in lines[0]


def test_validate_questions_file() -> None:
    result = run("validate", "--questions", "data/questions.yaml")
    assert result.returncode == 0, result.stderr
    assert "questions" in result.stdout


def test_validate_missing_file_explains(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_validate_folder_explains(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    assert "folder" in result.stderr


def test_export_json_round_trips(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--format", "json", str(SMALL_CATALOG)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [entry["id"] for entry in exported["treatments"]] == ["pill-a", "stim-b"]
    assert exported["treatments"][1]["onset_days"] == [14.0, 28.0]


def test_export_csv_has_one_row_per_option(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--format", "csv", str(SMALL_CATALOG)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["id"] for row in rows] == ["pill-a", "stim-b"]
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1]["fda_status"] == "cleared" and rows[1]["sessions_per_week_max"] == "5.0"


def test_export_of_a_broken_file_fails_cleanly() -> None:
    result = run("export", "--format", "csv", "tests/bad_catalogs/duplicate_id.yaml")
    assert result.returncode == 1 and "used twice" in result.stderr and result.stdout == ""


def test_json_schema_file_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == catalog_json_schema(), "run: python -m trd schema"


def test_a_misspelt_field_gets_a_hint_in_any_data_file(tmp_path: Path) -> None:
    from trd.catalog.glossary import Glossary
    from trd.catalog.loader import load_model_file
    from trd.catalog.problems import DataFileError

    glossary = (ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8").replace("    meaning:", "    meanin:", 1)
    path = tmp_path / "glossary.yaml"
    path.write_text(glossary, encoding="utf-8")
    try:
        load_model_file(path, Glossary)
    except DataFileError as error:
        assert any("Did you mean 'meaning'?" in problem.message for problem in error.problems)
    else:
        raise AssertionError("a misspelt field must be refused")


def test_validate_recognises_the_glossary_and_questions_by_their_names() -> None:
    glossary = run("validate", "data/glossary.yaml")
    assert glossary.returncode == 0, glossary.stderr
    assert "valid — " in glossary.stdout and " terms, reviewed " in glossary.stdout
    questions = run("validate", "data/questions.yaml")
    assert questions.returncode == 0, questions.stderr
    assert "valid — " in questions.stdout and " topics, reviewed " in questions.stdout


def test_validate_recognises_a_renamed_file_by_its_top_level_keys(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    renamed = tmp_path / "clinic_terms.yaml"
    renamed.write_bytes((ROOT / "data" / "glossary.yaml").read_bytes())
    assert main(["validate", str(renamed)]) == 0
    assert " terms, reviewed " in capsys.readouterr().out


def test_validate_with_kind_checks_the_file_as_that_kind(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "terms.yaml"
    broken.write_text(
        (ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8").replace("    meaning:", "    meanin:", 1), encoding="utf-8"
    )
    assert main(["validate", "--kind", "glossary", str(broken)]) == 1
    err = capsys.readouterr().err
    line = next(number for number, text in enumerate(broken.read_text(encoding="utf-8").splitlines(), 1) if "meanin:" in text)
    assert f"terms.yaml:{line}:5" in err and "Did you mean 'meaning'?" in err
    assert main(["validate", "--kind", "catalog", str(ROOT / "data" / "glossary.yaml")]) == 1  # the kind given wins over the name
    assert "required field 'treatments' is missing" in capsys.readouterr().err
