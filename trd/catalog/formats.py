"""Number, range and date formats in plain words, shared by tables, cards, charts and PDFs.

Ranges are shown as people say them ("2-4 weeks", "1 day to 4 weeks"), never
as raw ``[14.0, 28.0]`` lists. Hours are written as people write them
("about 2½ hours", "2-2½ hours"), never "2.4 hours": every hour on every page
goes through ``hours_number``.
"""

from __future__ import annotations

from trd.catalog.models import Fda, FdaStatus, Setting, Treatment
from trd.catalog.vocabulary import label

_DAYS_PER_UNIT = (("hour", "hours", 1 / 24), ("day", "days", 1.0), ("week", "weeks", 7.0), ("month", "months", 365 / 12))
_HOUR_UNIT = _DAYS_PER_UNIT[0]
_QUARTER_GLYPHS = ("", "¼", "½", "¾")
# From this many hours up, quarters stop mattering to a reader: "26 hours", not "26¼".
_WHOLE_HOURS_FROM = 10
# Below this many hours a time reads better in minutes ("45 minutes", not "¾ hour").
_MINUTES_BELOW_HOURS = 7 / 8


def number(value: float) -> str:
    """A number as a person writes it: ``4`` not ``4.0``, ``0.5`` not ``0.50``."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def label_in_sentence(label_text: str) -> str:
    """A label as it reads inside a sentence: "first benefit", but "FDA status" and "TRD trials" keep their capitals."""
    first_word = label_text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word.isupper():
        return label_text
    return label_text[:1].lower() + label_text[1:]


def plural(count: float, singular: str, plural_form: str) -> str:
    """``singular`` for exactly one, else ``plural_form``."""
    return singular if count == 1 else plural_form


def format_range(low: float, high: float, singular: str, plural_form: str | None = None) -> str:
    """``"2-4 weeks"``, or ``"1 week"`` when both ends are the same."""
    plural_form = plural_form if plural_form is not None else singular + "s"
    if number(low) == number(high):
        return f"{number(low)} {plural(round(low, 1), singular, plural_form)}"
    return f"{number(low)}-{number(high)} {plural_form}"


def _readable_hours(hours: float) -> float:
    """Hours rounded as a reader wants them: to the nearest quarter, or whole from 10 up."""
    return float(round(hours)) if hours >= _WHOLE_HOURS_FROM - 1 / 8 else round(hours * 4) / 4


def hours_number(hours: float) -> str:
    """Hours as people write them: to the nearest quarter (``"2½"``, ``"¾"``, ``"1¼"``), whole from 10 up (``"26"``)."""
    whole, quarters = divmod(round(_readable_hours(hours) * 4), 4)
    if quarters == 0:
        return str(whole)
    return (str(whole) if whole else "") + _QUARTER_GLYPHS[quarters]


def _readable_minutes(hours: float) -> int:
    return max(5, 5 * round(hours * 12))


def format_hours(hours: float) -> str:
    """One duration in hours: ``"2 hours"``, ``"1 hour"``, ``"about 2½ hours"`` (2.4), ``"about 45 minutes"`` under an hour.

    "about" says the figure was rounded to make it readable.
    """
    if hours < _MINUTES_BELOW_HOURS:
        minutes = _readable_minutes(hours)
        about = "about " if abs(minutes - hours * 60) > 0.5 else ""
        return f"{about}{minutes} {plural(minutes, 'minute', 'minutes')}"
    shown = _readable_hours(hours)
    about = "about " if abs(shown - hours) * 60 > 0.5 else ""
    return f"{about}{hours_number(hours)} {plural(shown, 'hour', 'hours')}"


def format_hours_range(low: float, high: float) -> str:
    """A range of hours: ``"2-2½ hours"``, ``"6-8 hours"``, ``"15-45 minutes"``; one figure when both ends read the same."""
    if high < _MINUTES_BELOW_HOURS:
        return format_range(_readable_minutes(low), _readable_minutes(high), "minute")
    if hours_number(low) == hours_number(high):
        return format_hours(high)
    return f"{hours_number(low)}-{hours_number(high)} hours"


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
    if (singular, plural_form, size) == _HOUR_UNIT:
        return format_hours(days * 24)
    amount = _nice(days / size)
    return f"{number(amount)} {plural(round(amount, 1), singular, plural_form)}"


def format_days_range(low: float, high: float) -> str:
    """A ``[low, high]`` range of days in readable units: ``"2-6 weeks"``, ``"2 hours to 7 days"``."""
    singular, plural_form, size = _unit_for(high)
    if (singular, plural_form, size) == _HOUR_UNIT:
        return format_hours_range(low * 24, high * 24)
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
    """Minutes per session: ``"20-30 minutes"``; in hours when it starts at an hour and reaches two (``"1-9 hours"``)."""
    if low == high == 0:
        return "no set time (a dose you take)"
    if low >= 60 and high >= 120:
        return format_hours_range(low / 60, high / 60)
    return format_range(low, high, "minute")


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
