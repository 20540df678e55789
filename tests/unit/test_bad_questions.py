"""Every broken questions file in tests/bad_questions gives its clear message at the right place, never a traceback.

The same message must come from the loader the app uses and from
`python -m trd validate --questions`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trd.catalog.loader import DEFAULT_QUESTIONS, load_questions
from trd.catalog.problems import DataFileError
from trd.catalog.yaml_reader import MAX_FILE_BYTES
from trd.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "bad_questions"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_complete() -> None:
    files = {path.stem for path in CORPUS.glob("*.yaml")}
    assert files == set(EXPECTED), "every bad questions file needs an expectation in expected.json, and back"
    assert len(files) >= 8


def test_the_real_questions_file_is_valid() -> None:
    """The corpus files are variations of a valid file; the real one must load."""
    bank = load_questions(DEFAULT_QUESTIONS)
    assert len(bank.questions_by_id()) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_questions_file_is_explained(name: str) -> None:
    expected = EXPECTED[name]
    path = CORPUS / f"{name}.yaml"
    with pytest.raises(DataFileError) as raised:
        load_questions(path)
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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validator_explains_without_traceback(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / f"{name}.yaml"
    assert main(["validate", "--questions", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert f"{path}:{EXPECTED[name]['line']}:" in err
    assert EXPECTED[name]["expect"] in err


@pytest.mark.parametrize("name", ["duplicate_question_id", "python_object_tag", "alias_bomb"])
def test_validator_process_exits_1_without_traceback(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trd", "validate", "--questions", str(CORPUS / f"{name}.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert EXPECTED[name]["expect"] in result.stderr


def test_oversized_and_binary_questions_files_are_refused_politely(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(DEFAULT_QUESTIONS.read_bytes() + b"#" * (MAX_FILE_BYTES + 1) + b"\n")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(bytes(range(256)) * 8)
    for path in (big, binary):
        with pytest.raises(DataFileError) as raised:
            load_questions(path)
        assert raised.value.problems, path
        assert all(problem.file == str(path) for problem in raised.value.problems)
    with pytest.raises(DataFileError) as raised:
        load_questions(big)
    # A file just over the limit must not read "5.0 MB; the limit is 5.0 MB".
    assert f"the file is {big.stat().st_size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes" in raised.value.problems[0].message


def test_a_questions_file_that_is_missing_or_a_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist"):
        load_questions(tmp_path / "nowhere.yaml")
    with pytest.raises(DataFileError, match="folder"):
        load_questions(tmp_path)
