"""The table of error words: every line is for an error pydantic really raises, and reads as meant."""

from __future__ import annotations

from typing import get_args

import pytest
from pydantic import ValidationError
from pydantic_core.core_schema import ErrorType

from trd.catalog.error_words import WORDS, words_for
from trd.catalog.field_kinds import FieldKind, field_facts
from trd.catalog.models import Catalog, Schedule, Source


def test_every_line_of_the_table_is_a_real_pydantic_error_type() -> None:
    """A misspelt error type in the table would silently never be used."""
    assert {error_type for error_type, _ in WORDS} <= set(get_args(ErrorType))


def first_error(model: type[Schedule] | type[Source], data: dict[str, object]) -> dict[str, object]:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data)
    return dict(raised.value.errors(include_url=False)[0])


def test_the_field_kind_is_read_from_the_model() -> None:
    assert field_facts(Catalog, ("treatments", 0, "onset_days")).kind is FieldKind.RANGE
    assert field_facts(Catalog, ("treatments", 0, "onset_days", 1)).kind is FieldKind.RANGE_END
    assert field_facts(Catalog, ("treatments", 3, "sources", 0, "url")).kind is FieldKind.WEB_ADDRESS
    assert field_facts(Catalog, ("treatments", 0, "id")).kind is FieldKind.ID
    assert field_facts(Catalog, ("treatments", 0, "fda", "status")).choices[:2] == ("approved", "cleared")
    assert field_facts(Catalog, ("treatments", 0, "clinic", "offered_here")).kind is FieldKind.ANY
    assert field_facts(Catalog, ("treatments", 0, "no_such_field")).kind is FieldKind.ANY


def test_the_same_error_reads_differently_for_a_range_and_a_list() -> None:
    schedule = {"summary": "s", "location": "home", "minutes_per_session": [1, 2], "course_weeks": [1, 2], "maintenance": "m"}
    error = first_error(Schedule, {**schedule, "sessions_per_week": "often"})
    assert words_for(error, FieldKind.RANGE, None) == "should be a pair [min, max], but is 'often'."
    assert words_for(error, FieldKind.ANY, None) == "should be a list (lines starting with '- '), but is 'often'."


def test_a_web_address_and_an_id_get_their_own_advice() -> None:
    error = first_error(Source, {"title": "t", "url": "http://example.org"})
    assert (
        words_for(error, FieldKind.WEB_ADDRESS, None) == "'http://example.org' is not a full web address; write it starting with https://."
    )
    assert "is not a valid id" in words_for(error, FieldKind.ID, None)


def test_an_error_type_not_in_the_table_keeps_pydantics_words() -> None:
    error = {"type": "uuid_type", "loc": ("a",), "msg": "UUID input should be a string, bytes or UUID object", "input": 1}
    assert words_for(error, FieldKind.ANY, None) == "UUID input should be a string, bytes or UUID object"
