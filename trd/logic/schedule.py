"""Schedule arithmetic: what the first eight weeks of an option ask of a person's time.

The rules, stated once and shown under the chart:

* **Sessions** in the first 8 weeks = sessions per week x min(8, course weeks), low end from the
  low numbers, high end from the high numbers.
* **Clinic visits** = those sessions when the usual session is in a clinic or hospital; **0** when
  it happens at home (a pill, an app, exercise).
* **Hours** = visits x (minutes per session + observation minutes after it + 2 x the person's
  travel minutes each way) / 60. For home sessions it is just the session minutes (a pill: 0).
* **Days someone must drive them** = clinic visits, when the option says a person may not drive
  after a session; otherwise 0.

Every figure is a range (low-high) because the catalog's schedules are ranges.
"""

from __future__ import annotations

from dataclasses import dataclass

from trd.catalog.models import Setting, Treatment

FIRST_WEEKS = 8


@dataclass(frozen=True)
class Span:
    """A low-high range of one quantity."""

    low: float
    high: float


@dataclass(frozen=True)
class FirstEightWeeks:
    """What the first eight weeks of an option take, each as a low-high range."""

    sessions: Span
    clinic_visits: Span
    hours: Span
    driver_days: Span


def is_home_based(treatment: Treatment) -> bool:
    """True when the usual session happens at home, so it needs no trip."""
    return treatment.schedule.location == Setting.HOME


def clinic_visits_per_week(treatment: Treatment) -> Span:
    """Clinic or hospital visits in a usual week: 0-0 for home-based options, else the sessions per week."""
    if is_home_based(treatment):
        return Span(0.0, 0.0)
    low, high = treatment.schedule.sessions_per_week
    return Span(low, high)


def first_eight_weeks(treatment: Treatment, travel_minutes_each_way: float) -> FirstEightWeeks:
    """Sessions, clinic visits, hours and driver days in the first 8 weeks (see the module rules).

    ``travel_minutes_each_way`` is the person's own one-way trip to the clinic; negative values
    count as 0.
    """
    travel = max(0.0, travel_minutes_each_way)
    schedule = treatment.schedule
    per_week_low, per_week_high = schedule.sessions_per_week
    weeks_low, weeks_high = (min(FIRST_WEEKS, weeks) for weeks in schedule.course_weeks)
    minutes_low, minutes_high = schedule.minutes_per_session
    sessions = Span(per_week_low * weeks_low, per_week_high * weeks_high)
    if is_home_based(treatment):
        visits = Span(0.0, 0.0)
        hours = Span(sessions.low * minutes_low / 60, sessions.high * minutes_high / 60)
    else:
        visits = sessions
        extra = treatment.observation_minutes + 2 * travel
        hours = Span(visits.low * (minutes_low + extra) / 60, visits.high * (minutes_high + extra) / 60)
    driver_days = visits if treatment.needs_driver else Span(0.0, 0.0)
    return FirstEightWeeks(sessions=sessions, clinic_visits=visits, hours=hours, driver_days=driver_days)
