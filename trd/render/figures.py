"""Plotly figures for the Compare page, and the numbers behind each one as table rows.

Colours and marker shapes come from trd.render.palette (Okabe-Ito: safe for the common kinds of colour
blindness; black is swapped for grey so marks show on a dark background too),
and every colour goes with a marker shape, so nothing depends on colour alone.
Backgrounds are left to the Streamlit theme, so the charts read in light and
dark mode. Hover text is plain words; catalog text in it is escaped because
Plotly reads ``<...>`` in hover labels as markup.
"""

from __future__ import annotations

import math
import textwrap
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import plotly.graph_objects as go  # type: ignore[import-untyped]

from trd.catalog.formats import format_days_range, format_range, hours_number, hover_safe, number
from trd.catalog.models import INVASIVENESS_ORDER, Category, FdaStatus, Invasiveness, Treatment
from trd.catalog.vocabulary import label
from trd.logic.schedule import first_eight_weeks
from trd.render.palette import (
    CATEGORY_COLORS,
    GRID,
    NEUTRAL,
    OUTLINE,
    TRANSPARENT,
    ZERO_LINE,
    option_color,
    option_symbol,
)

ONE_HOUR_DAYS = 1 / 24
DAY_TICKS = (
    (ONE_HOUR_DAYS, "1 hour"),
    (1, "1 day"),
    (7, "1 week"),
    (30, "1 month"),
    (365, "1 year"),
)
_FONT_FAMILY = "sans-serif"


def short_label(name: str, width: int = 22) -> str:
    """An option name wrapped for an axis label (Plotly line breaks), with markup made inert."""
    return "<br>".join(hover_safe(line) for line in textwrap.wrap(name, width=width)[:3])


def plain_figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> Any:
    """A Plotly figure from plain dicts, without Plotly's per-property checks.

    The checks cost about 10 ms a figure on every Compare rerun; the specs here are fixed by this
    module, and tests/unit/test_figures.py checks every figure against Plotly's schema instead.
    """
    return go.Figure(data=data, layout=layout, _validate=False)


def base_layout(height: int) -> dict[str, Any]:
    return {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "paper_bgcolor": TRANSPARENT,
        "plot_bgcolor": TRANSPARENT,
        "showlegend": False,
        "hoverlabel": {"align": "left"},
        "font": {"family": _FONT_FAMILY},
    }


def _days_axis() -> dict[str, Any]:
    return {
        "type": "log",
        "tickvals": [value for value, _ in DAY_TICKS],
        "ticktext": [label.replace(" ", "<br>") for _, label in DAY_TICKS],  # "1" over "week": narrow enough for a phone
        "range": [math.log10(ONE_HOUR_DAYS / 2), math.log10(400)],
        "title": {"text": "Days to a first benefit (log scale)"},
        "tickangle": 0,  # ticks stay level on a phone; five of them fit its width
        "gridcolor": GRID,
    }


# --- time to first benefit -------------------------------------------------------------------


def onset_rows(treatments: Sequence[Treatment]) -> list[dict[str, Any]]:
    """The numbers behind the onset chart: one row per option."""
    return [
        {
            "Option": t.name,
            "First benefit": format_days_range(*t.onset_days),
            "Earliest (days)": t.onset_days[0],
            "Latest (days)": t.onset_days[1],
        }
        for t in treatments
    ]


def onset_figure(treatments: Sequence[Treatment]) -> Any:
    """A range bar per option on a log days axis, so hours and months both read."""
    data: list[dict[str, Any]] = []
    for index, t in enumerate(treatments):
        low, high = (max(ONE_HOUR_DAYS, days) for days in t.onset_days)
        hover = f"<b>{hover_safe(t.name)}</b><br>First benefit: {format_days_range(*t.onset_days)}"
        data.append(
            {
                "type": "scatter",
                "x": (low, high),
                "y": (index, index),
                "mode": "lines+markers",
                "line": {"color": option_color(index), "width": 12},
                "marker": {
                    "color": option_color(index),
                    "symbol": option_symbol(index),
                    "size": 16,
                    "line": {"width": 1, "color": OUTLINE},
                },
                "name": hover_safe(t.name),
                "hovertemplate": hover + "<extra></extra>",
            }
        )
    layout = base_layout(height=90 + 64 * len(treatments))
    layout.update(xaxis=_days_axis(), yaxis=_rows_axis(len(treatments)), annotations=_name_rows(treatments))
    return plain_figure(data, layout)


def _rows_axis(count: int) -> dict[str, Any]:
    """One row per option, first on top, without tick labels: names sit above each bar instead."""
    return {"range": [count - 0.5, -0.7], "showticklabels": False, "showgrid": False, "zeroline": False, "fixedrange": True}


def _name_rows(treatments: Sequence[Treatment], axis: str = "") -> list[dict[str, Any]]:
    """Each option's name written above its bar, so the bars get the full width on a phone."""
    return [
        {
            "text": hover_safe(t.name),
            "x": 0,
            "xref": f"x{axis} domain",
            "y": index,
            "yref": f"y{axis}",
            "yshift": 17,
            "xanchor": "left",
            "showarrow": False,
            "font": {"size": 12},
        }
        for index, t in enumerate(treatments)
    ]


# --- the first eight weeks --------------------------------------------------------------------

EIGHT_WEEK_MEASURES = (
    ("clinic_visits", "Clinic visits"),
    ("hours", "Hours spent (sessions, monitoring, travel)"),
    ("driver_days", "Days someone must drive you"),
)


def eight_week_rows(treatments: Sequence[Treatment], travel_minutes_each_way: float) -> list[dict[str, Any]]:
    """The numbers behind the first-eight-weeks chart: visits, hours and driver days as low-high."""
    rows = []
    for t in treatments:
        weeks = first_eight_weeks(t, travel_minutes_each_way)
        rows.append(
            {
                "Option": t.name,
                "Clinic visits": _span_text(weeks.clinic_visits.low, weeks.clinic_visits.high),
                "Hours": _span_text(weeks.hours.low, weeks.hours.high, hours_number),
                "Days needing a driver": _span_text(weeks.driver_days.low, weeks.driver_days.high),
                "Sessions": _span_text(weeks.sessions.low, weeks.sessions.high),
            }
        )
    return rows


def _span_text(low: float, high: float, write: Callable[[float], str] = number) -> str:
    return write(low) if write(low) == write(high) else f"{write(low)}-{write(high)}"


def _stacked_panels(titles: Sequence[str], spacing: float) -> dict[str, Any]:
    """Layout for panels stacked top to bottom, each with its own axes and a title above it
    (what ``plotly.subplots.make_subplots(rows=n, cols=1)`` lays out, without its cost)."""
    height = (1 - spacing * (len(titles) - 1)) / len(titles)
    layout: dict[str, Any] = {"annotations": []}
    for row, title in enumerate(titles, start=1):
        suffix = "" if row == 1 else str(row)
        top = 1 - (row - 1) * (height + spacing)
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": [0.0, 1.0]}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": [max(0.0, top - height), top]}
        layout["annotations"].append(
            {
                "text": title,
                "font": {"size": 16},
                "showarrow": False,
                "x": 0.5,
                "xanchor": "center",
                "xref": "paper",
                "y": top,
                "yanchor": "bottom",
                "yref": "paper",
            }
        )
    return layout


def eight_weeks_figure(treatments: Sequence[Treatment], travel_minutes_each_way: float) -> Any:
    """Three stacked panels (visits, hours, driver days), a low-high range bar per option in each."""
    layout = base_layout(height=(80 + 56 * len(treatments)) * len(EIGHT_WEEK_MEASURES) + 40)
    layout.update(_stacked_panels([title for _, title in EIGHT_WEEK_MEASURES], spacing=0.12))
    data: list[dict[str, Any]] = []
    highest = dict.fromkeys(range(1, len(EIGHT_WEEK_MEASURES) + 1), 0.0)
    for index, t in enumerate(treatments):
        weeks = first_eight_weeks(t, travel_minutes_each_way)
        for row, (attribute, title) in enumerate(EIGHT_WEEK_MEASURES, start=1):
            span = getattr(weeks, attribute)
            shown = _span_text(span.low, span.high, hours_number if attribute == "hours" else number)
            suffix = "" if row == 1 else str(row)
            highest[row] = max(highest[row], span.low, span.high)
            data.append(
                {
                    "type": "scatter",
                    "x": (span.low, span.high),
                    "y": (index, index),
                    "xaxis": f"x{suffix}",
                    "yaxis": f"y{suffix}",
                    "mode": "lines+markers+text",
                    "text": ("", shown),
                    "textposition": "middle right",
                    "line": {"color": option_color(index), "width": 10},
                    "marker": {
                        "color": option_color(index),
                        "symbol": option_symbol(index),
                        "size": 14,
                        "line": {"width": 1, "color": OUTLINE},
                    },
                    "name": hover_safe(t.name),
                    "hovertemplate": f"<b>{hover_safe(t.name)}</b><br>{title}: {shown}<extra></extra>",
                    "cliponaxis": False,
                }
            )
    for row in highest:
        suffix = "" if row == 1 else str(row)
        layout[f"yaxis{suffix}"].update(_rows_axis(len(treatments)))
        layout[f"xaxis{suffix}"].update(
            rangemode="tozero",
            gridcolor=GRID,
            zeroline=True,
            zerolinecolor=ZERO_LINE,
            range=_padded_range(highest[row]),  # room right of the highest value for its label
        )
        layout["annotations"].extend(_name_rows(treatments, suffix))
    return plain_figure(data, layout)


def _padded_range(highest: float) -> list[float]:
    top = max(highest, 1)
    return [-0.02 * top - 0.3, top * 1.25 + 0.5]


# --- the map of all options -------------------------------------------------------------------


def map_rows(treatments: Sequence[Treatment], picked_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The numbers behind the options map: one row per option."""
    picked = set(picked_ids)
    return [
        {
            "Option": t.name,
            "Category": label(t.category),
            "Invasiveness": label(t.invasiveness),
            "First benefit": format_days_range(*t.onset_days),
            "Picked": "yes" if t.id in picked else "",
        }
        for t in treatments
    ]


def _spread(treatments: Sequence[Treatment]) -> dict[str, tuple[float, float]]:
    """Place each option at (earliest first benefit, invasiveness rank), nudging options that share a spot."""
    clusters: dict[tuple[float, int], list[str]] = defaultdict(list)
    for t in treatments:
        clusters[(max(ONE_HOUR_DAYS, t.onset_days[0]), INVASIVENESS_ORDER[t.invasiveness])].append(t.id)
    places: dict[str, tuple[float, float]] = {}
    for (days, rank), ids in clusters.items():
        columns = max(1, math.ceil(math.sqrt(len(ids) * 2)))
        rows = math.ceil(len(ids) / columns)
        for position, item in enumerate(ids):
            column, row = position % columns, position // columns
            x_factor = 1.14 ** (column - (columns - 1) / 2)
            y_offset = (row - (rows - 1) / 2) * min(0.16, 0.7 / max(rows, 1))
            places[item] = (days * x_factor, rank + y_offset)
    return places


def options_map_figure(treatments: Sequence[Treatment], picked_ids: Sequence[str]) -> Any:
    """Every option by invasiveness (up) against earliest first benefit (right); the picks as large marks named in a key.

    Only the picks are named, and in the key under the chart rather than beside their points, so no
    name overlaps another or is cut at the edge, also on a phone. The other options are small grey
    points whose name shows on hover.
    """
    places = _spread(treatments)
    order = {item: index for index, item in enumerate(picked_ids)}
    others = [t for t in treatments if t.id not in order]
    picked = sorted((t for t in treatments if t.id in order), key=lambda t: order[t.id])
    data: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "x": tuple(places[t.id][0] for t in others),
            "y": tuple(places[t.id][1] for t in others),
            "mode": "markers",
            "name": "Other options",
            "marker": {"color": NEUTRAL, "size": 8, "opacity": 0.6, "line": {"width": 0.5, "color": OUTLINE}},
            "text": tuple(_map_hover(t) for t in others),
            "hovertemplate": "%{text}<extra></extra>",
        }
    ]
    for t in picked:
        index = order[t.id]
        data.append(
            {
                "type": "scatter",
                "x": (places[t.id][0],),
                "y": (places[t.id][1],),
                "mode": "markers",
                "name": short_label(t.name, 30),
                "marker": {
                    "color": option_color(index),
                    "symbol": option_symbol(index),
                    "size": 17,
                    "line": {"width": 1.5, "color": OUTLINE},
                },
                "text": (_map_hover(t),),
                "hovertemplate": "%{text}<extra>picked</extra>",
                "cliponaxis": False,
            }
        )
    layout = base_layout(height=460 + 22 * len(picked))
    ranks = sorted(INVASIVENESS_ORDER.items(), key=lambda item: item[1])
    layout.update(
        showlegend=True,
        legend={"orientation": "h", "y": -0.18, "x": 0, "yanchor": "top", "font": {"size": 13}},
        margin={"l": 10, "r": 10, "t": 20, "b": 10},
        xaxis=_days_axis() | {"title": {"text": "Earliest first benefit (log scale)"}},
        yaxis={
            "tickvals": [rank for _, rank in ranks],
            "ticktext": [_invasiveness_short(level) for level, _ in ranks],
            "range": [-0.6, len(ranks) - 0.4],
            "gridcolor": GRID,  # no axis title: the ticks say what they are, and the caption names the axis
            "automargin": True,
        },
    )
    return plain_figure(data, layout)


def _invasiveness_short(level: Invasiveness) -> str:
    return {
        Invasiveness.NONE: "None",
        Invasiveness.NONINVASIVE: "Non-invasive",
        Invasiveness.MINIMALLY_INVASIVE: "Needle or IV",
        Invasiveness.ANESTHESIA: "Anesthesia",
        Invasiveness.SURGICAL: "Surgery",
    }[level]


def _map_hover(t: Treatment) -> str:
    return (
        f"<b>{hover_safe(t.name)}</b><br>{label(t.category)}<br>"
        f"Invasiveness: {_invasiveness_short(t.invasiveness)}<br>First benefit: {format_days_range(*t.onset_days)}"
    )


# --- the landscape ---------------------------------------------------------------------------


def landscape_rows(treatments: Sequence[Treatment]) -> list[dict[str, Any]]:
    """How many options each category has with each FDA status."""
    counts: dict[tuple[Category, FdaStatus], int] = defaultdict(int)
    for t in treatments:
        counts[(t.category, t.fda.status)] += 1
    return [
        {"Category": label(category), "FDA status": label(status), "Options": counts[(category, status)]}
        for category in Category
        for status in FdaStatus
        if counts[(category, status)]
    ]


def landscape_figure(treatments: Sequence[Treatment], names_shown: int = 8) -> Any:
    """A treemap of the whole field: categories, split by FDA status; tile size is the number of options."""
    grouped: dict[Category, dict[FdaStatus, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in treatments:
        grouped[t.category][t.fda.status].append(t.name)
    ids, labels, parents, values, colors, hovers = (
        ["all"],
        [f"All options ({len(treatments)})"],
        [""],
        [len(treatments)],
        [TRANSPARENT],
        [""],
    )
    for category in Category:
        statuses = grouped.get(category)
        if not statuses:
            continue
        total = sum(len(names) for names in statuses.values())
        ids.append(category.value)
        labels.append(label(category))
        parents.append("all")
        values.append(total)
        colors.append(CATEGORY_COLORS[category])
        hovers.append(f"{total} {'option' if total == 1 else 'options'}")
        for status in FdaStatus:
            names = statuses.get(status)
            if not names:
                continue
            ids.append(f"{category.value}/{status.value}")
            labels.append(label(status))
            parents.append(category.value)
            values.append(len(names))
            colors.append(CATEGORY_COLORS[category])
            listed = "<br>".join(hover_safe(name) for name in names[:names_shown])
            more = f"<br>and {len(names) - names_shown} more" if len(names) > names_shown else ""
            hovers.append(f"{format_range(len(names), len(names), 'option')}<br>{listed}{more}")
    treemap = {
        "type": "treemap",
        "ids": tuple(ids),
        "labels": tuple(labels),
        "parents": tuple(parents),
        "values": tuple(values),
        "branchvalues": "total",
        "marker": {"colors": tuple(colors), "line": {"width": 1, "color": OUTLINE}},
        "customdata": tuple(hovers),
        "texttemplate": "<b>%{label}</b><br>%{value}",
        "hovertemplate": "<b>%{label}</b><br>%{customdata}<extra></extra>",
        "tiling": {"pad": 2},
        "pathbar": {"visible": True},
        "maxdepth": 3,
    }
    layout = base_layout(height=520)
    layout["margin"] = {"l": 0, "r": 0, "t": 30, "b": 0}
    return plain_figure([treemap], layout)
