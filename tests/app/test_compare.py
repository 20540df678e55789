"""Compare page in AppTest: the answers first, the pictures, the folded details, and the link round trip."""

import re

from components.compare_view import MEASURE_KEY
from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog
from trd.render.answers import first_sentence
from trd.render.safe_markdown import escape_markdown

COMPARE = "app_pages/compare.py"
DETAILS_OPEN = "compare_details_open"
BY_ID = load_catalog().by_id()


def compare(params: dict[str, str]):
    at = run_app_page(COMPARE, query=params)
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_bodies(at) -> list[str]:
    return [str(element.proto.body) for element in at.get("html")]


def answer_cards(at) -> dict[str, str]:
    """Each answer card's option id and its text (tags removed)."""
    (answers,) = [body for body in html_bodies(at) if 'class="trd-ans"' in body]
    cards = re.findall(r'<article class="trd-ans-card" data-option="(.*?)".*?>(.*?)</article>', answers)
    return {option: re.sub(r"<[^>]+>", " ", body) for option, body in cards}


def words_of(text: str) -> str:
    return " ".join(text.split())


def test_fewer_than_two_picks_explains_what_to_do() -> None:
    at = compare({"pick": "ssri"})
    assert any("at least two" in info.value for info in at.info)


def test_the_answers_come_first_one_card_per_pick_in_pick_order() -> None:
    at = compare({"pick": "esketamine,rtms,aripiprazole,lithium"})
    cards = answer_cards(at)
    assert list(cards) == ["esketamine", "rtms", "aripiprazole", "lithium"]
    esketamine = words_of(cards["esketamine"])
    # The measure most picks have (remission here), the comparison beside it, and who was studied.
    assert "52 in 100 reached remission" in esketamine and "vs 31 in 100 with a placebo" in esketamine
    assert "TRANSFORM-2, 4 weeks, people with TRD" in esketamine
    assert "Dissociation" in esketamine and "41" in esketamine  # top side effects with how often
    assert "clinic visits" in esketamine and "30 minutes of travel each way" in esketamine  # time, from the travel time
    assert "High ($5,000 to $20,000)" in esketamine  # cost band
    assert "1 day to 4 weeks" in esketamine  # when a first change can come
    assert "No rates given" in words_of(cards["rtms"])  # said, never a blank
    # The answers are the first thing under the picks; the pictures and details follow.
    blocks = html_bodies(at)
    first = next(index for index, body in enumerate(blocks) if "<article" in body or "trd-icon-row" in body)
    assert 'class="trd-ans"' in blocks[first]  # the answer cards come before the pictures
    assert [h.value for h in at.header][:3] == ["How many improve, out of 100", "Side effects, out of 100", "Time"]
    assert len(at.get("plotly_chart")) == 3  # onset, first eight weeks, the map; the number charts are HTML
    assert at.query_params["pick"] == "esketamine,rtms,aripiprazole,lithium"


def test_an_option_without_numbers_says_why_instead_of_a_zero() -> None:
    at = compare({"pick": "esketamine,dbs"})
    dbs = words_of(answer_cards(at)["dbs"])
    assert "No numbers" in dbs and words_of(first_sentence(BY_ID["dbs"].outcomes_note or "")) in dbs
    assert "0 in 100" not in dbs
    icons = next(body for body in html_bodies(at) if "trd-icon-row" in body)
    assert ('data-option="dbs"' in icons and "No remission numbers" in icons) or "No response numbers" in icons


def test_one_measure_for_every_pick_that_the_person_can_change_and_share() -> None:
    at = compare({"pick": "esketamine,iv-ketamine"})  # esketamine has both measures, IV ketamine only response
    assert at.segmented_control(key=MEASURE_KEY).value == "response"
    at.segmented_control(key=MEASURE_KEY).set_value("remission").run()
    assert at.query_params["measure"] == "remission"
    ketamine = words_of(answer_cards(at)["iv-ketamine"])
    assert "No remission numbers" in ketamine and "It has response" in ketamine
    assert compare({"pick": "esketamine,iv-ketamine", "measure": "remission"}).segmented_control(key=MEASURE_KEY).value == "remission"


def test_travel_time_changes_the_hours_and_goes_into_the_link() -> None:
    at = compare({"pick": "ssri,rtms"})
    at.number_input(key="compare_travel").set_value(60).run()
    assert at.query_params["travel"] == "60"
    assert "with 60 minutes of travel each way" in words_of(answer_cards(at)["rtms"])
    assert any("60 minutes of travel each way" in c.value for c in at.caption)
    at.session_state["chart_weeks_numbers_open"] = True  # open the numbers behind the chart
    at.run()
    weeks = next(frame.value for frame in at.dataframe if "Hours" in frame.value.columns)
    assert list(weeks["Hours"]) == ["0", "46-80"]  # rTMS: 20 x (19 + 120) min to 30 x (40 + 120) min


def comparison_html(at) -> str:
    (table,) = [body for body in html_bodies(at) if 'class="trd-cmp"' in body]
    return table


def row_labels(at) -> dict[str, str]:
    """Each shown row's label and the tag beside it ("Differs" or "Same for all")."""
    found = re.findall(r'<th scope="row"><strong>(.*?)</strong><span class="trd-tag">(.*?)</span>', comparison_html(at))
    return dict(found)


def test_the_details_are_folded_and_hide_rows_that_are_the_same_by_default() -> None:
    at = compare({"pick": "rtms,deep-tms"})
    assert not [body for body in html_bodies(at) if 'class="trd-cmp"' in body]  # folded: not even built
    at.session_state[DETAILS_OPEN] = True  # what opening the expander sets
    at.run()
    labels = row_labels(at)
    assert "Anesthesia" not in labels and "Same for all" not in labels.values()
    assert labels["First benefit"].endswith("Differs")
    assert any("are hidden" in c.value for c in at.caption)
    assert "same" not in at.query_params  # the default stays out of the link
    at.toggle(key="compare_hide_same").set_value(False).run()
    assert row_labels(at)["Anesthesia"] == "Same for all"
    assert at.query_params["same"] == "show"


def test_card_layout_is_one_card_per_option_and_a_bad_link_opens_cleanly() -> None:
    at = compare({"pick": "ssri,rtms,unknown-thing", "layout": "cards", "travel": "lots"})
    notes = " ".join(info.value for info in at.info)
    assert "travel" in notes
    assert at.multiselect(key="compare_pick").value == ["ssri", "rtms"]
    assert at.number_input(key="compare_travel").value == 30
    at.session_state[DETAILS_OPEN] = True
    at.run()
    assert at.segmented_control(key="compare_layout").value == "cards"
    assert not [body for body in html_bodies(at) if 'class="trd-cmp"' in body]  # cards, not the table
    names = [escape_markdown(BY_ID[item].name) for item in ("ssri", "rtms")]  # the Markdown source: names shown as text
    assert [s.value for s in at.subheader if s.value in names] == names
