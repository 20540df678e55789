"""The reader's position tree: any key path finds the line and column a person would look at."""

from __future__ import annotations

from trd.catalog.source_positions import Place
from trd.catalog.yaml_reader import read_yaml

TEXT = b"""\
version: "1"
items:
  - id: first
    range: [1, 2]
  - id: second
    nested:
      deep: yes-text
"""


def test_a_value_and_its_key_are_found_by_path() -> None:
    positions = read_yaml(TEXT, "f.yaml").positions
    assert positions.place_of(("items", 1, "nested", "deep")) == Place(7, 13)
    assert positions.place_of(("items", 1, "nested", "deep"), key=True) == Place(7, 7)
    assert positions.place_of(("items", 0, "range", 1)) == Place(4, 16)
    assert positions.place_of(("items", 1)) == Place(5, 5)


def test_a_path_that_does_not_exist_points_at_the_block_that_lacks_it() -> None:
    positions = read_yaml(TEXT, "f.yaml").positions
    assert positions.place_of(("items", 0, "summary")) == Place(3, 5)
    assert positions.place_of(("items", 0, "summary"), key=True) == Place(3, 5)  # no key to point at: the block
    assert positions.place_of(("items", 9, "id")) == Place(3, 3)


def test_a_reader_problem_names_its_entry_and_field() -> None:
    [problem] = read_yaml(b"items:\n  - id: first\n    flag: off\n", "f.yaml").problems
    assert (problem.line, problem.entry_id, problem.field) == (3, "first", "flag")
