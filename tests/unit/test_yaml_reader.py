"""The strict YAML reader: what plain PyYAML lets through, it explains."""

from __future__ import annotations

import pytest

from trd.catalog.problems import DataFileError
from trd.catalog.yaml_reader import read_yaml


def problems_of(text: bytes, **kwargs: int) -> list[str]:
    with pytest.raises(DataFileError) as raised:
        read_yaml(text, "f.yaml", **kwargs)
    return [str(problem) for problem in raised.value.problems]


def test_plain_values_come_through() -> None:
    parsed = read_yaml(b"a: 1\nb: [true, 2.5, text]\nc: 2026-01-01\nd: null\n", "f.yaml")
    assert parsed.data == {"a": 1, "b": [True, 2.5, "text"], "c": "2026-01-01", "d": None}
    assert parsed.problems == ()


def test_byte_order_mark_is_accepted() -> None:
    assert read_yaml("\ufeffa: café\n".encode(), "f.yaml").data == {"a": "café"}


def test_file_over_the_size_limit_is_refused_before_parsing() -> None:
    [message] = problems_of(b"a: " + b"x" * 2000 + b"\n", max_bytes=1000)
    assert "the limit is" in message


def test_soft_problems_are_returned_with_the_values() -> None:
    parsed = read_yaml(b"a: 1\na: 2\nflag: off\n", "f.yaml")
    messages = [problem.message for problem in parsed.problems]
    assert any("appears twice" in message for message in messages)
    assert any("'off' is read by YAML as false" in message for message in messages)
    assert [problem.line for problem in parsed.problems] == [2, 3]


def test_all_soft_problems_are_listed_at_once() -> None:
    parsed = read_yaml(b"a: NO\nb: 1:30\nc: 07\n", "f.yaml")
    assert len(parsed.problems) == 3


def test_quoted_values_are_text() -> None:
    parsed = read_yaml(b"a: 'NO'\nb: '1:30'\n", "f.yaml")
    assert parsed.data == {"a": "NO", "b": "1:30"} and parsed.problems == ()


def test_deep_nesting_is_refused() -> None:
    [message] = problems_of(b"a: " + b"[" * 200 + b"]" * 200 + b"\n")
    assert "nested more than" in message
