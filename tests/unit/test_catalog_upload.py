"""Uploaded catalogs: the same strict checks, a size limit, safe names; every example file behaves as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.problems import DataFileError
from trd.catalog.upload import MAX_UPLOAD_BYTES, display_name, read_uploaded_catalog

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
CLINIC = EXAMPLES / "clinic_catalog.yaml"
BROKEN = EXAMPLES / "broken_clinic_catalog.yaml"
WORKING_EXAMPLES = sorted(path for path in EXAMPLES.glob("*.yaml") if not path.name.startswith("broken_"))


def test_there_is_an_example_clinic_catalog() -> None:
    assert CLINIC in WORKING_EXAMPLES


@pytest.mark.parametrize("path", WORKING_EXAMPLES, ids=lambda path: path.name)
def test_every_example_catalog_validates(path: Path) -> None:
    catalog = load_catalog(path)
    assert len(catalog.treatments) >= 1


def test_example_clinic_entries_come_from_the_catalog_and_fill_every_clinic_field() -> None:
    example = load_catalog(CLINIC)
    real = load_catalog().by_id()
    assert {entry.id for entry in example.treatments} <= set(real)
    details = [entry.clinic for entry in example.treatments]
    assert all(detail is not None for detail in details)
    offered = [detail.offered_here for detail in details if detail]
    assert True in offered and False in offered  # shows both
    for field in ("typical_wait", "cost_notes", "contact"):
        assert any(getattr(detail, field) for detail in details if detail), field


def test_the_broken_example_reports_each_mistake_with_its_line() -> None:
    with pytest.raises(DataFileError) as caught:
        load_catalog(BROKEN)
    problems = caught.value.problems
    lines = BROKEN.read_text(encoding="utf-8").splitlines()
    fields = [problem.field for problem in problems]
    assert fields == ["clinic.offered_here", "clinic.wait_time", "outcomes[0].treated_per_100", "clinic.offered_here"]
    assert "offered_here: maybe" in lines[problems[0].line - 1]
    assert "wait_time:" in lines[problems[1].line - 1]
    assert "treated_per_100: 129.3" in lines[problems[2].line - 1]
    assert all(problem.line for problem in problems)


def test_an_upload_is_checked_like_a_catalog_file() -> None:
    catalog = read_uploaded_catalog(CLINIC.read_bytes(), "clinic_catalog.yaml")
    assert len(catalog.treatments) == len(load_catalog(CLINIC).treatments)
    with pytest.raises(DataFileError) as caught:
        read_uploaded_catalog(BROKEN.read_bytes(), "C:\\Users\\me\\broken.yaml")
    assert caught.value.problems[0].file == "broken.yaml"
    assert caught.value.problems[0].line is not None


def test_an_upload_over_the_limit_is_refused_before_parsing() -> None:
    with pytest.raises(DataFileError, match="uploads are limited to 1 MB"):
        read_uploaded_catalog(b"#" * (MAX_UPLOAD_BYTES + 1), "big.yaml")


def test_only_yaml_files_are_accepted() -> None:
    with pytest.raises(DataFileError, match="not a YAML file"):
        read_uploaded_catalog(CLINIC.read_bytes(), "catalog.json")


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("../../etc/passwd.yaml", "passwd.yaml"),
        ("a`b*[c](d).yml", "a_b__c__d_.yml"),
        ("", "uploaded file"),
        ("x" * 200 + ".yaml", "x" * 77 + "..."),
    ],
)
def test_uploaded_names_are_shown_safely(given: str, shown: str) -> None:
    assert display_name(given) == shown
