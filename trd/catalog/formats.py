"""Number, range and date formats in plain words, shared by tables, cards, charts and PDFs.

Ranges are shown as people say them ("2-4 weeks", "1 day to 4 weeks"), never
as raw ``[14.0, 28.0]`` lists.
"""

from __future__ import annotations

from trd.catalog.models import Fda, FdaStatus, Setting, Treatment
from trd.catalog.vocabulary import label

_DAYS_PER_UNIT = (("hour", "hours", 1 / 24), ("day", "days", 1.0), ("week", "weeks", 7.0), ("month", "months", 365 / 12))


def number(value: float) -> str:
    """A number as a person writes it: ``4`` not ``4.0``, ``0.5`` not ``0.50``."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def plural(count: float, singular: str, plural_form: str) -> str:
    """``singular`` for exactly one, else ``plural_form``."""
    return singular if count == 1 else plural_form


def format_range(low: float, high: float, singular: str, plural_form: str | None = None) -> str:
    """``"2-4 weeks"``, or ``"1 week"`` when both ends are the same."""
    plural_form = plural_form if plural_form is not None else singular + "s"
    if number(low) == number(high):
        return f"{number(low)} {plural(round(low, 1), singular, plural_form)}"
    return f"{number(low)}-{number(high)} {plural_form}"


def _unit_for(days: float) -> tuple[str, str, float]:
    if days < 1:
        return _DAYS_PER_UNIT[0]
    if days < 14:
        return _DAYS_PER_UNIT[1]
    if days <= 16 * 7:
        return _DAYS_PER_UNIT[2]
    return _DAYS_PER_UNIT[3]


def _is_round(value: float) -> bool:
    return abs(value * 2 - round(value * 2)) < 0.1


def _nice(amount: float) -> float:
    """Snap to a whole number when within a tenth of it (365 days are 12 months, not 12.0)."""
    return float(round(amount)) if abs(amount - round(amount)) < 0.1 else amount


def format_days(days: float) -> str:
    """One duration in days in the unit a person would use: ``"2 hours"``, ``"3 days"``, ``"6 weeks"``."""
    singular, plural_form, size = _unit_for(days)
    amount = _nice(days / size)
    return f"{number(amount)} {plural(round(amount, 1), singular, plural_form)}"


def format_days_range(low: float, high: float) -> str:
    """A ``[low, high]`` range of days in readable units: ``"2-6 weeks"``, ``"2 hours to 7 days"``."""
    singular, plural_form, size = _unit_for(high)
    low_in_unit = low / size
    if low_in_unit >= 1 and _is_round(low_in_unit):
        return format_range(_nice(low_in_unit), _nice(high / size), singular, plural_form)
    return f"{format_days(low)} to {format_days(high)}"


def format_per_week(low: float, high: float) -> str:
    """Sessions a week: ``"5 a week"``, ``"1-2 a week"``, or ``"1 every 2-4 weeks"`` when under one."""
    if high < 1 and low > 0:
        return f"1 every {format_range(1 / high, 1 / low, 'week')}"
    if number(low) == number(high):
        return f"{number(low)} a week"
    return f"{number(low)}-{number(high)} a week"


def format_minutes(low: float, high: float) -> str:
    """Minutes per session: ``"20-30 minutes"``; hours once it is two hours or more."""
    if low == high == 0:
        return "no set time (a dose you take)"
    if low >= 120:
        return format_range(low / 60, high / 60, "hour")
    return format_range(low, high, "minute")


def _hours_as_said(hours: float) -> str:
    """One amount of time as people say it: "45 minutes", "2½", "12" (hours, without the unit)."""
    if hours >= 3:
        return str(round(hours))
    halves = round(hours * 2) / 2
    whole = int(halves)
    return (str(whole) if whole else "") + ("½" if halves != whole else "") if halves else "0"


def format_hours(low: float, high: float) -> str:
    """A range of hours as people say it: "about 2½ hours", "about 20-33 hours", "about 45 minutes"."""
    if high <= 0:
        return "no time"
    if high < 0.75:
        low_minutes, high_minutes = (int(round(value * 60 / 5) * 5) for value in (low, high))
        return "about " + format_range(low_minutes, high_minutes, "minute")
    low_text, high_text = _hours_as_said(low), _hours_as_said(high)
    if 0 < low < 0.75:
        return f"about {int(round(low * 60 / 5) * 5)} minutes to {high_text} {'hour' if high_text == '1' else 'hours'}"
    unit = "hour" if high_text == "1" else "hours"
    return f"about {high_text} {unit}" if low_text == high_text else f"about {low_text}-{high_text} {unit}"


def format_fda(fda: Fda) -> str:
    """Status, year and whether the use names TRD, in one short line."""
    text = label(fda.status)
    if fda.year is not None:
        text += f" ({fda.year})"
    if fda.for_trd:
        text += ", for TRD" if fda.status != FdaStatus.UNDER_REVIEW else ", for TRD (under review)"
    return text


def format_settings(settings: tuple[Setting, ...]) -> str:
    """``"In a clinic or at home"`` style list of where it can happen."""
    labels = [label(setting) for setting in settings]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " or " + labels[-1].lower()


def brands_text(treatment: Treatment) -> str:
    """Brand names joined with commas, or an empty string."""
    return ", ".join(treatment.brands)


def hover_safe(text: str) -> str:
    """Catalog text made inert for Plotly hover labels, which read ``<...>`` as HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
