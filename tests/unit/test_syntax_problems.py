"""YAML syntax errors point at the mistake, name both places the parser gives, and never a line past the end."""

from __future__ import annotations

import pytest
import yaml

from trd.catalog.problems import DataFileError, Problem
from trd.catalog.syntax_problems import syntax_problem
from trd.catalog.yaml_reader import read_yaml


def problem_of(text: str) -> Problem:
    with pytest.raises(DataFileError) as raised:
        read_yaml(text.encode(), "f.yaml")
    [problem] = raised.value.problems
    return problem


def test_an_unclosed_bracket_is_reported_where_it_was_opened_and_where_the_parser_gave_up() -> None:
    problem = problem_of("a: 1\nb: [1, 2\nc: 3\nd: 4\n")
    assert (problem.line, problem.column) == (2, 4)
    assert "the list opened with '[' here is not closed: the parser reached line 3, column 2" in problem.message


def test_an_unclosed_quote_at_the_end_of_the_file_says_so_without_a_line_past_the_end() -> None:
    problem = problem_of('a: 1\nb: "hello\n')
    assert (problem.line, problem.column) == (2, 4)
    assert 'no closing quote mark ("): the parser reached the end of the file' in problem.message


def test_a_file_ending_inside_brackets_is_reported_on_its_last_line() -> None:
    problem = problem_of("a: 1\nb: [1,\n\n\n")
    assert problem.line == 4 and "inside '[ ]' or '{ }'" in problem.message


def test_a_tab_used_for_indenting_says_to_use_spaces() -> None:
    problem = problem_of("a:\n\tb: 1\n")
    assert (problem.line, problem.column) == (2, 1)
    assert "YAML indents with spaces only: replace the tab with spaces" in problem.message


def test_other_errors_keep_the_parsers_words_and_name_the_block_it_was_in() -> None:
    problem = problem_of("a:\n    b: 1\n  c: 2\n")
    assert (problem.line, problem.column) == (3, 3)
    assert "while parsing a block mapping (which starts at line 1, column 1), did not find expected key" in problem.message


def test_a_mark_past_the_end_is_moved_back_onto_the_last_line() -> None:
    text = "a: 1\nbb: 2\n"
    past = yaml.Mark("f.yaml", len(text), 7, 3, None, None)
    error = yaml.MarkedYAMLError(problem="something odd", problem_mark=past)
    problem = syntax_problem("f.yaml", text, error)
    assert (problem.line, problem.column) == (2, 6)


def test_a_key_without_colon_and_space_is_reported_on_its_own_line() -> None:
    problem = problem_of("a:\n  b: 1\n  c:}\n  d: 2\n")
    assert (problem.line, problem.column) == (3, 3)
    assert "is not a 'key: value' pair" in problem.message and "reached line 4, column" in problem.message
