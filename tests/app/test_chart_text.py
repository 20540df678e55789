"""Every chart has a text alternative: a caption under it and a table of its numbers one click away.

A screen-reader user cannot read a plotly chart; the caption says what it
shows and the table (in a closed expander, drawn when it is opened) gives the same numbers.
"""

from __future__ import annotations

import json
import re
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.app.harness import APP_PATH
from trd.catalog.loader import load_catalog

TOTAL = len(load_catalog().treatments)
PICKS = ["ssri", "rtms", "esketamine"]


def frame_app() -> None:
    import plotly.graph_objects as go

    from components.chart_frame import chart_frame

    chart_frame(
        go.Figure(go.Bar(x=["A", "B"], y=[3, 5])),
        title="Visits",
        caption="Visits in the first week.",
        note="Numbers are approximate.",
        rows=[{"Option": "A", "Visits": 3}, {"Option": "B", "Visits": 5}],
        key="visits",
    )


def test_chart_frame_draws_the_chart_its_caption_and_its_numbers_behind_one_click() -> None:
    at = AppTest.from_function(frame_app).run()
    assert not at.exception
    assert [h.value for h in at.subheader] == ["Visits"]
    assert len(at.get("plotly_chart")) == 1
    assert [c.value for c in at.caption] == ["Visits in the first week. Numbers are approximate."]
    (numbers,) = at.expander
    assert numbers.label == "Numbers in this chart"
    assert numbers.proto.expanded is False  # one click away, not in the way
    assert len(numbers.dataframe) == 0  # drawn when opened, not on every rerun

    at.session_state["visits_numbers_open"] = True  # what opening the expander sets
    at.run()
    (table,) = at.expander[0].dataframe
    assert table.value.to_dict("records") == [{"Option": "A", "Visits": 3}, {"Option": "B", "Visits": 5}]


CHART_KEYS = ("chart_outcomes", "chart_side_effects", "chart_onset", "chart_weeks", "chart_map")


def compare_page(*, tables_open: bool = False) -> AppTest:
    at = AppTest.from_file(APP_PATH, default_timeout=60)
    at.query_params["pick"] = ",".join(PICKS)
    at.switch_page("app_pages/compare.py").run()
    if tables_open:
        for key in CHART_KEYS:
            at.session_state[f"{key}_numbers_open"] = True
        at.run()
    assert not at.exception
    return at


def figure_data(chart: Any) -> list[dict[str, Any]]:
    return list(json.loads(chart.proto.spec)["data"])


def test_every_compare_chart_has_a_caption_and_a_closed_table_of_its_numbers() -> None:
    at = compare_page()
    closed = [expander for expander in at.expander if expander.label == "Numbers in this chart"]
    assert len(closed) == len(CHART_KEYS) and all(table.proto.expanded is False and len(table.dataframe) == 0 for table in closed)

    at = compare_page(tables_open=True)
    charts = at.get("plotly_chart")
    html_charts = [str(element.proto.body) for element in at.get("html") if 'class="trd-bars"' in str(element.proto.body)]
    tables = [expander for expander in at.expander if expander.label == "Numbers in this chart"]
    captions = [caption.value for caption in at.caption if "approximate" in caption.value or "Each number comes from" in caption.value]
    assert len(charts) + len(html_charts) == len(CHART_KEYS)
    assert len(tables) == len(CHART_KEYS), "a chart has no table of its numbers"
    assert len(captions) >= len(CHART_KEYS), "a chart has no caption"
    assert all(len(caption) > 60 for caption in captions), "a caption too short to describe its chart"
    assert all(len(table.dataframe) == 1 for table in tables), "an opened expander shows no table"

    outcomes, side_effects, onset, weeks, where = (table.dataframe[0].value for table in tables)
    by_id = load_catalog().by_id()
    names = [by_id[item].name for item in PICKS]

    # How many improve: each pick's numbers as in its bars, with the study named.
    assert list(outcomes["Option"]) == names
    drawn = [float(number) for number in re.findall(r"(\d+) in 100 (?:with|in)", html_charts[0])]
    listed = []
    for treated, comparator in zip(outcomes["With it (in 100)"], outcomes["Comparison group (in 100)"], strict=True):
        listed += [float(treated)] + ([] if comparator == "none" else [float(comparator)])  # no grey bar without a group
    assert [round(value) for value in drawn] == listed
    assert all(study for study in outcomes["Study"])

    # Side effects: the picks with rates have rows; the one without says so.
    assert set(side_effects["Option"]) == set(names)
    assert list(side_effects[side_effects["Side effect"] == "No rates given"]["Option"]) == [by_id["rtms"].name]

    # Time to a first benefit: the same earliest and latest days as the bars.
    bars = {trace["name"]: trace["x"] for trace in figure_data(charts[0])}
    assert list(onset["Option"]) == names
    for _, row in onset.iterrows():
        assert [row["Earliest (days)"], row["Latest (days)"]] == bars[row["Option"]]

    # The first eight weeks: one row per picked option, with visits, hours and driver days.
    assert list(weeks["Option"]) == names
    assert {"Clinic visits", "Hours", "Days needing a driver"} <= set(weeks.columns)

    # Where the picks sit among all options: every option listed, the picks marked.
    assert len(where) == TOTAL
    marked = where[where["Picked"].astype(str).str.strip() != ""]
    assert sorted(marked["Option"]) == sorted(names)
