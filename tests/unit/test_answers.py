"""The answers Compare shows first, the icon arrays and the number bars: what a person reads in them."""

import re

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.models import OutcomeMeasure
from trd.catalog.numbers_words import shared_measure
from trd.render.answers import ANSWERS, AnswerContext, first_sentence
from trd.render.answers_html import answers_html
from trd.render.icon_array import icon_arrays_html, icon_counts, icon_sentence
from trd.render.outcome_bars import chosen_effects, outcome_bars_html, side_effect_bars_html

CATALOG = load_catalog()
BY_ID = CATALOG.by_id()
REMISSION = AnswerContext(OutcomeMeasure.REMISSION, travel_minutes=30)


def answer(option_id: str, key: str, context: AnswerContext = REMISSION) -> str:
    found = next(item for item in ANSWERS if item.key == key)
    return found.part(BY_ID[option_id], context).text()


def test_the_outcome_answer_gives_the_number_the_comparison_and_who_was_studied() -> None:
    text = answer("esketamine", "outcome")
    assert text.startswith("52 in 100 reached remission")
    assert "vs 31 in 100 with a placebo" in text and "TRANSFORM-2, 4 weeks, people with TRD" in text


def test_an_option_without_numbers_says_why_never_zero() -> None:
    text = answer("dbs", "outcome")
    assert text.startswith("No numbers") and first_sentence(BY_ID["dbs"].outcomes_note or "") in text
    assert not re.search(r"\b0 in 100", text)
    only_response = answer("iv-ketamine", "outcome")  # it has response numbers only
    assert only_response.startswith("No remission numbers") and "It has response" in only_response


def test_side_effects_show_the_most_common_three_with_the_comparison_or_say_there_are_none() -> None:
    text = answer("esketamine", "side_effects")
    assert text.startswith("Dissociation") and "41 in 100 (9 in the comparison group)" in text
    assert text.count(" in 100") == 3
    assert answer("rtms", "side_effects").startswith("No rates given. Listed in words:")


def test_time_counts_clinic_visits_and_hours_from_the_travel_time() -> None:
    assert answer("rtms", "time").startswith("20-30 clinic visits. About 26-50 hours, with 30 minutes")
    far = answer("rtms", "time", AnswerContext(OutcomeMeasure.REMISSION, travel_minutes=90))
    assert "with 90 minutes of travel each way" in far and "About 66-110 hours" in far
    assert answer("ssri", "time").startswith("No clinic visits")
    assert "Someone must drive you" in answer("esketamine", "time")


def test_cards_keep_pick_order_mark_trial_only_options_and_escape_text() -> None:
    sneaky = BY_ID["ssri"].model_copy(update={"name": "<script>x</script> pill"})
    html = answers_html([BY_ID["psilocybin"], sneaky], REMISSION)
    assert re.findall(r'data-option="(.*?)"', html) == ["psilocybin", "ssri"]
    assert html.count("Only in studies") == 1
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<section") == 2 * len(ANSWERS)


def test_one_measure_for_all_picks_is_the_one_most_of_them_have() -> None:
    assert shared_measure([BY_ID["iv-ketamine"], BY_ID["esketamine"]]) == OutcomeMeasure.RESPONSE
    assert shared_measure([BY_ID["esketamine"], BY_ID["rtms"], BY_ID["aripiprazole"]]) == OutcomeMeasure.REMISSION


@pytest.mark.parametrize(
    ("treated", "comparator", "expected"),
    [(52, 31, (21, 31, 52)), (16, 25, (0, 16, 16)), (40, None, (40, 0, 40)), (0.4, 0.2, (0, 0, 0))],
)
def test_icon_counts_draw_the_comparison_share_inside_the_same_100(treated, comparator, expected) -> None:
    counts = icon_counts(treated, comparator)
    assert (counts.more, counts.anyway, counts.improved_total) == expected
    assert counts.more + counts.anyway <= 100


def test_icon_sentences_say_the_difference_in_words() -> None:
    assert "So about 21 more in 100 reached remission with it." in icon_sentence(BY_ID["esketamine"], OutcomeMeasure.REMISSION)
    assert "So about 9 fewer in 100" in icon_sentence(BY_ID["lithium"], OutcomeMeasure.REMISSION)
    assert icon_sentence(BY_ID["dbs"], OutcomeMeasure.REMISSION).startswith("No remission numbers for Deep brain stimulation")
    html = icon_arrays_html([BY_ID["esketamine"], BY_ID["dbs"]], OutcomeMeasure.REMISSION)
    assert html.count('class="trd-icons"') == 1  # a picture only where there are numbers
    assert html.count("data:image/svg+xml;base64,") == 4  # the picture and the key's three figures


def test_the_outcome_bars_show_every_pick_with_its_study_or_its_reason() -> None:
    html = outcome_bars_html([BY_ID["esketamine"], BY_ID["dbs"]], OutcomeMeasure.REMISSION)
    assert "52 in 100 with it" in html and "31 in 100 with a placebo" in html and "TRANSFORM-2" in html
    assert "No remission numbers." in html


def test_the_side_effect_chart_groups_shared_side_effects_and_each_picks_most_common() -> None:
    picks = [BY_ID["aripiprazole"], BY_ID["brexpiprazole"]]
    chosen = chosen_effects(picks)
    names = [rate.effect.lower() for _, rate in chosen]
    shared = {name for name in names if names.count(name) > 1}
    assert shared, "these two add-ons share side effects in the catalog"
    first = names[: 2 * len(shared)]
    assert set(first) == shared  # the shared ones lead, one pair per option
    for pick in picks:
        top = sorted(pick.side_effect_rates, key=lambda rate: -rate.treated_per_100)[:3]
        assert all(any(option is pick and rate is chosen_rate for option, chosen_rate in chosen) for rate in top)
    assert "in the comparison group" in side_effect_bars_html(picks)


def test_compare_s_new_texts_read_at_grade_8_or_below() -> None:
    import textstat

    from components.compare_charts import SIDE_EFFECTS_CAPTION, icons_caption, outcome_caption
    from trd.catalog.numbers_words import DIFFERENT_STUDIES

    texts = [SIDE_EFFECTS_CAPTION, icons_caption("reached remission"), outcome_caption("responded"), DIFFERENT_STUDIES]
    texts += [
        icon_sentence(BY_ID[item], measure) for item in ("esketamine", "lithium", "aripiprazole", "ssri") for measure in OutcomeMeasure
    ]
    texts += [answer(item, key) for item in ("esketamine", "rtms") for key in ("outcome", "time")]
    for text in texts:
        assert textstat.flesch_kincaid_grade(text) <= 8, text
