"""Every broken catalog in tests/bad_catalogs gives its clear message at the right place, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.problems import DataFileError

CORPUS = Path(__file__).resolve().parents[1] / "bad_catalogs"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_complete() -> None:
    files = {path.stem for path in CORPUS.glob("*.yaml")}
    assert files == set(EXPECTED), "every bad catalog needs an expectation in expected.json, and back"
    assert len(files) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_catalog_is_explained(name: str) -> None:
    expected = EXPECTED[name]
    path = CORPUS / f"{name}.yaml"
    with pytest.raises(DataFileError) as raised:
        load_catalog(path)
    matching = [problem for problem in raised.value.problems if expected["expect"] in problem.message]
    assert matching, f"no problem says {expected['expect']!r}; got: {[str(p) for p in raised.value.problems]}"
    problem = matching[0]
    assert problem.file == str(path)
    assert problem.line == expected["line"]
    assert problem.column is None or problem.column >= 1
    if expected["field"] is not None:
        assert problem.field == expected["field"]
    if "absent" in expected:  # a message that would point the wrong way
        assert not [p for p in raised.value.problems if expected["absent"] in p.message], [str(p) for p in raised.value.problems]
    last_line = max(1, len(path.read_bytes().splitlines()))
    assert all(p.line is None or p.line <= last_line for p in raised.value.problems), "no problem may point past the end of the file"


@pytest.mark.parametrize("name", ["duplicate_id", "python_object_tag", "invalid_utf8", "alias_bomb", "syntax_tab_indent"])
def test_command_line_explains_without_traceback(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trd", "validate", str(CORPUS / f"{name}.yaml")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert EXPECTED[name]["expect"] in result.stderr
    assert f"{name}.yaml:" in result.stderr
