"""Mutating the real catalog never crashes the loader: it loads, or it reports problems."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trd.catalog.loader import DEFAULT_CATALOG, parse_model
from trd.catalog.models import Catalog
from trd.catalog.problems import DataFileError

REAL = DEFAULT_CATALOG.read_bytes()
LINES = REAL.split(b"\n")

# Bytes that matter to YAML, and a few that matter to encodings.
SPECIAL = [
    b":",
    b"-",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a",
    b"*a",
    b"!!python/object:os.system",
    b"\t",
    b"'",
    b'"',
    b"#",
    b"\xff",
    b"\xc3",
    b"NO",
    b"1:30",
    b"010",
    b"~",
    b"<<: *a",
    b"\x00",
]


def load_or_report(raw: bytes) -> None:
    try:
        parse_model(raw, "mutated.yaml", Catalog)
    except DataFileError as error:
        assert error.problems, "a failure must come with at least one problem"
        for problem in error.problems:
            assert problem.message and problem.file == "mutated.yaml"
            assert problem.line is None or problem.line >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=st.integers(0, len(LINES) - 1), column=st.integers(0, 40), insert=st.sampled_from(SPECIAL))
def test_inserting_yaml_syntax_anywhere(line: int, column: int, insert: bytes) -> None:
    lines = list(LINES)
    lines[line] = lines[line][:column] + insert + lines[line][column:]
    load_or_report(b"\n".join(lines))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.integers(0, len(LINES) - 1), count=st.integers(1, 30))
def test_deleting_lines(first: int, count: int) -> None:
    lines = LINES[:first] + LINES[first + count :]
    load_or_report(b"\n".join(lines))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.integers(0, len(LINES) - 1), target=st.integers(0, len(LINES) - 1))
def test_duplicating_a_line_elsewhere(source: int, target: int) -> None:
    lines = list(LINES)
    lines.insert(target, LINES[source])
    load_or_report(b"\n".join(lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(0, len(REAL)))
def test_truncated_file(cut: int) -> None:
    load_or_report(REAL[:cut])
