"""Compare page in AppTest: picked options side by side, charts, and the link round trip."""

import re

from components.safety_notice import NOTICE_SHORT_KEY
from testing_support.locate import key_selector
from tests.app.harness import run_app_page

COMPARE = "app_pages/compare.py"


def compare(params: dict[str, str]):
    at = run_app_page(COMPARE, query=params)
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_fewer_than_two_picks_explains_what_to_do() -> None:
    at = compare({"pick": "ssri"})
    assert any("at least two" in info.value for info in at.info)


def page_html(at) -> list:
    """The page's HTML elements, less the style sheet of the notice that every page draws."""
    return [element for element in at.get("html") if key_selector(NOTICE_SHORT_KEY) not in str(element.proto.body)]


def comparison_html(at) -> str:
    (table,) = page_html(at)
    return str(table.proto.body)


def row_labels(at) -> dict[str, str]:
    """Each shown row's label and the tag beside it ("Differs" or "Same for all")."""
    found = re.findall(r'<th scope="row"><strong>(.*?)</strong><span class="trd-tag">(.*?)</span>', comparison_html(at))
    return dict(found)


def test_three_picks_show_three_columns_and_four_charts() -> None:
    at = compare({"pick": "ssri,rtms,esketamine"})
    headers = re.findall(r'<th scope="col"><h4>(.*?)</h4>', comparison_html(at))
    assert headers == [
        "SSRI antidepressants",
        "Repetitive transcranial magnetic stimulation (rTMS)",
        "Esketamine nasal spray",
    ]
    charts = at.get("plotly_chart")
    assert len(charts) == 4
    assert at.query_params["pick"] == "ssri,rtms,esketamine"


def test_rows_that_differ_stand_out_and_same_rows_can_be_hidden() -> None:
    at = compare({"pick": "rtms,deep-tms"})
    labels = row_labels(at)
    assert labels["Anesthesia"] == "Same for all"
    assert labels["First benefit"].endswith("Differs")
    at.toggle(key="compare_hide_same").set_value(True).run()
    labels = row_labels(at)
    assert "Anesthesia" not in labels and "Same for all" not in labels.values()
    assert "First benefit" in labels
    assert any("are hidden" in c.value for c in at.caption)
    assert at.query_params["same"] == "hide"


def test_travel_time_changes_the_hours_and_goes_into_the_link() -> None:
    at = compare({"pick": "ssri,rtms"})
    at.number_input(key="compare_travel").set_value(60).run()
    assert at.query_params["travel"] == "60"
    assert any("60 minutes of travel each way" in c.value for c in at.caption)
    at.session_state["chart_weeks_numbers_open"] = True  # open the numbers behind the chart
    at.run()
    numbers = at.dataframe
    weeks = next(frame.value for frame in numbers if "Hours" in frame.value.columns)
    assert list(weeks["Hours"]) == ["0", "46.3-80"]  # rTMS: 20 x (19 + 120) min to 30 x (40 + 120) min


def test_card_layout_and_a_bad_link_open_cleanly() -> None:
    at = compare({"pick": "ssri,rtms,unknown-thing", "layout": "cards", "travel": "lots"})
    assert not page_html(at)  # cards, not the table
    notes = " ".join(info.value for info in at.info)
    assert "travel" in notes
    assert at.multiselect(key="compare_pick").value == ["ssri", "rtms"]
    assert at.segmented_control(key="compare_layout").value == "cards"
    assert at.number_input(key="compare_travel").value == 30
