"""First-eight-weeks arithmetic: the numbers the time chart and its table show."""

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.models import Setting
from trd.logic.schedule import Span, clinic_visits_per_week, first_eight_weeks


@pytest.fixture(scope="module")
def options():
    return load_catalog().by_id()


def test_a_pill_at_home_takes_no_visits_hours_or_driver(options) -> None:
    weeks = first_eight_weeks(options["ssri"], travel_minutes_each_way=45)
    assert weeks.clinic_visits == Span(0, 0)
    assert weeks.hours == Span(0, 0)
    assert weeks.driver_days == Span(0, 0)
    assert weeks.sessions == Span(42, 56)  # 7 a week for 6-8 weeks


def test_daily_tms_is_five_visits_a_week_plus_travel_both_ways(options) -> None:
    weeks = first_eight_weeks(options["rtms"], travel_minutes_each_way=30)
    # 5 a week x 4-6 weeks; each visit 19-40 minutes + 0 observation + 2 x 30 travel
    assert weeks.clinic_visits == Span(20, 30)
    assert weeks.hours.low == pytest.approx(20 * 79 / 60)
    assert weeks.hours.high == pytest.approx(30 * 100 / 60)
    assert weeks.driver_days == Span(0, 0)


def test_esketamine_counts_observation_and_needs_a_driver_every_visit(options) -> None:
    weeks = first_eight_weeks(options["esketamine"], travel_minutes_each_way=0)
    assert weeks.clinic_visits == Span(4, 16)  # 1-2 a week x 4-8 weeks
    assert weeks.hours.low == pytest.approx(4 * (15 + 120) / 60)  # 15 min dosing + 2-hour watch
    assert weeks.driver_days == weeks.clinic_visits


def test_a_course_longer_than_eight_weeks_is_cut_at_eight(options) -> None:
    weeks = first_eight_weeks(options["dbt"], travel_minutes_each_way=0)  # 1-2 a week for 16-52 weeks
    assert weeks.clinic_visits == Span(8, 16)


def test_home_sessions_count_their_own_minutes_but_no_travel(options) -> None:
    weeks = first_eight_weeks(options["exercise"], travel_minutes_each_way=60)  # 3-5 a week, 30-45 min, 8-12 weeks
    assert weeks.clinic_visits == Span(0, 0)
    assert weeks.hours == Span(24 * 30 / 60, 40 * 45 / 60)


def test_negative_travel_counts_as_zero(options) -> None:
    assert first_eight_weeks(options["rtms"], -20) == first_eight_weeks(options["rtms"], 0)


def test_visits_per_week_is_zero_at_home(options) -> None:
    assert clinic_visits_per_week(options["bupropion"]) == Span(0, 0)
    assert clinic_visits_per_week(options["esketamine"]) == Span(1, 2)
    home_version = options["esketamine"].model_copy(
        update={"schedule": options["esketamine"].schedule.model_copy(update={"location": Setting.HOME})}
    )
    assert clinic_visits_per_week(home_version) == Span(0, 0)
