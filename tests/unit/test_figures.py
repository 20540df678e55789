"""Figures show the numbers a person reads off them, in safe colours and shapes."""

import json

import pytest

from trd.catalog.loader import load_catalog
from trd.render.figures import (
    eight_week_rows,
    eight_weeks_figure,
    landscape_figure,
    landscape_rows,
    onset_figure,
    onset_rows,
    options_map_figure,
    short_label,
)
from trd.render.palette import OKABE_ITO


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def picked(catalog):
    by_id = catalog.by_id()
    return [by_id["ssri"], by_id["rtms"], by_id["esketamine"]]


def test_onset_chart_draws_each_range_on_a_log_days_axis(picked) -> None:
    figure = onset_figure(picked)
    assert figure.layout.xaxis.type == "log"
    assert [tuple(trace.x) for trace in figure.data] == [(7, 42), (14, 42), (1, 28)]
    assert "1 day to 4 weeks" in figure.data[2].hovertemplate
    assert [row["First benefit"] for row in onset_rows(picked)] == ["1-6 weeks", "2-6 weeks", "1 day to 4 weeks"]


def test_onset_chart_shows_hours_not_zero_on_the_log_axis(catalog) -> None:
    figure = onset_figure([catalog.by_id()["iv-ketamine"]])
    assert figure.data[0].x[0] > 0  # 0.1 days = a few hours, drawn, not lost at log(0)


def test_eight_weeks_chart_shows_visits_hours_and_driver_days(picked) -> None:
    figure = eight_weeks_figure(picked, travel_minutes_each_way=30)
    visits = [trace for trace in figure.data if trace.xaxis == "x"]
    hours = [trace for trace in figure.data if trace.xaxis == "x2"]
    drivers = [trace for trace in figure.data if trace.xaxis == "x3"]
    assert [tuple(trace.x) for trace in visits] == [(0, 0), (20, 30), (4, 16)]
    assert hours[0].x == (0, 0)
    assert hours[1].text[-1] == "26-50"  # 20 x 79 min to 30 x 100 min, in whole hours as people count them
    assert [tuple(trace.x) for trace in drivers] == [(0, 0), (0, 0), (4, 16)]
    rows = eight_week_rows(picked, 30)
    assert rows[1]["Clinic visits"] == "20-30" and rows[0]["Clinic visits"] == "0"


def test_more_travel_means_more_hours_for_clinic_options_only(picked) -> None:
    near = eight_week_rows(picked, 10)
    far = eight_week_rows(picked, 60)
    assert near[0]["Hours"] == far[0]["Hours"] == "0"
    assert near[1]["Hours"] != far[1]["Hours"]


def test_map_holds_every_option_and_names_only_the_picks_in_its_key(catalog, picked) -> None:
    figure = options_map_figure(catalog.treatments, [t.id for t in picked])
    assert sum(len(trace.x) for trace in figure.data) == len(catalog.treatments)
    others, *picks = figure.data
    assert others.name == "Other options" and "text" not in others.mode  # no names written on the plot
    assert [trace.name for trace in picks] == [short_label(t.name, 30) for t in picked]  # the key, in pick order
    assert all(trace.mode == "markers" for trace in picks)
    assert [trace.marker.color for trace in picks] == list(OKABE_ITO[:3])  # each pick's colour, as in every chart
    assert len({trace.marker.symbol for trace in picks}) == 3


def test_landscape_counts_every_option_once(catalog) -> None:
    figure = landscape_figure(catalog.treatments)
    treemap = figure.data[0]
    assert treemap.values[0] == len(catalog.treatments)
    rows = landscape_rows(catalog.treatments)
    assert sum(row["Options"] for row in rows) == len(catalog.treatments)
    leaf_total = sum(value for node, value in zip(treemap.ids, treemap.values, strict=True) if "/" in node)
    assert leaf_total == len(catalog.treatments)


def test_hover_text_escapes_markup_in_names(catalog) -> None:
    sneaky = catalog.treatments[0].model_copy(update={"name": "<img src=x> pill"})
    figure = onset_figure([sneaky])
    assert "<img" not in figure.data[0].hovertemplate
    assert "&lt;img" in figure.data[0].hovertemplate


@pytest.mark.parametrize("count", [1, 2, 6])
def test_every_figure_passes_plotlys_own_checks(catalog, count) -> None:
    """The figures skip Plotly's checks when they are built (they cost ~10 ms a chart on each rerun); here they run."""
    import plotly.graph_objects as go

    picked = list(catalog.treatments[-count:])
    picked[0] = picked[0].model_copy(update={"name": "<b>Bold</b> & 'quoted' \u00e9t\u00e9 option with a very long name indeed"})
    ids = [t.id for t in picked]
    built = [
        onset_figure(picked),
        eight_weeks_figure(picked, travel_minutes_each_way=600),
        options_map_figure(catalog.treatments, ids),
        landscape_figure(catalog.treatments),
    ]
    for figure in built:
        checked = go.Figure(figure.to_dict())  # raises ValueError on any property or value Plotly does not accept
        assert json.loads(checked.to_json()) == json.loads(figure.to_json())  # and the checks change nothing drawn
