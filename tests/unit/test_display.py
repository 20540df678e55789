"""Ranges read as people say them, never as raw lists."""

import pytest

from trd.catalog.formats import (
    format_days,
    format_days_range,
    format_hours,
    format_minutes,
    format_per_week,
    format_range,
    hover_safe,
    number,
)


@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [
        (14, 28, "2-4 weeks"),
        (7, 42, "1-6 weeks"),
        (1, 28, "1 day to 4 weeks"),
        (0.1, 7, "about 2½ hours to 7 days"),
        (3, 21, "3 days to 3 weeks"),
        (90, 365, "3-12 months"),
        (7, 7, "7 days"),
        (28, 180, "4 weeks to 6 months"),
    ],
)
def test_days_ranges(low: float, high: float, shown: str) -> None:
    assert format_days_range(low, high) == shown


def test_other_ranges() -> None:
    assert format_range(2, 4, "week") == "2-4 weeks"
    assert format_range(1, 1, "week") == "1 week"
    assert format_per_week(5, 5) == "5 a week"
    assert format_per_week(1, 2) == "1-2 a week"
    assert format_per_week(0.25, 0.5) == "1 every 2-4 weeks"
    assert format_minutes(120, 180) == "2-3 hours"
    assert format_minutes(120, 150) == "2-2½ hours"
    assert format_minutes(60, 540) == "1-9 hours"  # not "60-540 minutes"
    assert format_minutes(50, 90) == "50-90 minutes"
    assert format_minutes(0, 0).startswith("no set time")
    assert number(4.0) == "4"
    assert number(1.5) == "1.5"


@pytest.mark.parametrize(
    ("hours", "shown"),
    [
        (2.4, "about 2½ hours"),
        (2, "2 hours"),
        (1, "1 hour"),
        (1.25, "1¼ hours"),
        (0.75, "45 minutes"),
        (0.4, "about 25 minutes"),
        (12.3, "about 12 hours"),
    ],
)
def test_hours_read_as_people_write_them(hours: float, shown: str) -> None:
    assert format_hours(hours) == shown
    assert format_days(hours / 24) == shown  # every page that shows a time in days gets the same words


def test_hover_text_cannot_carry_markup() -> None:
    assert hover_safe("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
