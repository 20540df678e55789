"""Explore page in AppTest: filters narrow the list with counts, and the view survives a link round trip."""

import textstat
from streamlit.testing.v1 import AppTest

from components.results_table import MEETS, MEETS_WHICH, MISSES
from components.values_step import TRIALS_HELP, TRIALS_KEY, weight_key
from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog
from trd.logic.filtering import is_trial_only
from trd.logic.ranking import NOT_ORDERED, VALUES, Priority, Weight

CATALOG = load_catalog()
TOTAL = len(CATALOG.treatments)


def explore(params: dict[str, str] | None = None) -> AppTest:
    at = run_app_page(query=params)
    assert not at.exception, [e.value for e in at.exception]
    return at


def heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if " of " in h.value and "options" in h.value)


def test_all_options_show_before_any_filter() -> None:
    at = explore()
    assert heading(at) == f"{TOTAL} of {TOTAL} options"
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == TOTAL


def test_filters_narrow_the_list_and_each_says_how_many_remain() -> None:
    at = explore()
    at.radio(key="filters_where").set_value("home").run()
    at.toggle(key="filters_anes").set_value(True).run()
    rows = at.dataframe[0].value
    assert "Esketamine nasal spray" not in set(rows["Option"])
    assert "Regular exercise" in set(rows["Option"])
    assert heading(at) == f"{len(rows)} of {TOTAL} options"
    captions = [c.value for c in at.sidebar.caption]
    assert f"{len(rows)} of {TOTAL} options" in captions
    assert at.query_params["where"] == "home" and at.query_params["anes"] == "no"


def test_fda_for_trd_is_one_click() -> None:
    at = explore()
    at.checkbox(key="filters_trd").check().run()
    names = set(at.dataframe[0].value["Option"])
    assert "Esketamine nasal spray" in names
    assert not any("SSRI" in name for name in names)


def test_empty_result_names_the_filter_to_loosen_and_can_clear() -> None:
    at = explore({"q": "spravato", "cat": "psychotherapy"})
    assert heading(at) == f"0 of {TOTAL} options"
    warning = at.warning[0].value
    assert "Loosening **Search**" in warning
    at.button(key="explore_clear").click().run()
    assert heading(at) == f"{TOTAL} of {TOTAL} options"
    assert "q" not in at.query_params and "cat" not in at.query_params


def test_weights_order_the_list_say_why_and_say_it_is_not_a_recommendation() -> None:
    at = explore({"want": "no-anesthesia,fast-relief,at-home"})  # an old link: "what matters most" opens as very important
    assert at.segmented_control(key=weight_key(Priority.FAST_RELIEF)).value == Weight.VERY
    rows = at.dataframe[0].value
    assert {MEETS, MEETS_WHICH, MISSES} <= set(rows.columns)
    ordered = [value for value in rows[MEETS] if value != NOT_ORDERED]
    meets = [int(value.split(" of ")[0]) for value in ordered]
    assert meets == sorted(meets, reverse=True)
    assert all(value.endswith("of your 3") for value in ordered)
    assert any("does not recommend" in c.value for c in at.caption)


def test_the_values_step_reads_at_grade_8_or_below() -> None:
    at = explore()
    texts = [c.value for c in at.caption if c.value.startswith(("Met when", "Options that meet"))]
    assert len(texts) == len(VALUES) + 1
    for text in [*texts, TRIALS_HELP, at.toggle(key=TRIALS_KEY).label]:
        assert textstat.flesch_kincaid_grade(text) <= 8, text


def test_a_weight_set_on_the_page_goes_in_the_link_and_explains_each_row() -> None:
    at = explore()
    at.segmented_control(key=weight_key(Priority.LOW_COST)).set_value(Weight.SOMEWHAT).run()
    at.segmented_control(key=weight_key(Priority.FEWER_SIDE_EFFECTS)).set_value(Weight.VERY).run()
    assert at.query_params["want"] == "fewer-side-effects" and at.query_params["some"] == "low-cost"
    rows = at.dataframe[0].value.set_index("Option")
    assert rows.loc["SSRI antidepressants", MEETS] == "1 of 1 very, 1 of 1 somewhat"
    assert rows.loc["Repetitive transcranial magnetic stimulation (rTMS)", MISSES] == "Low cost, Fewer side effects (not known)"


def test_with_fast_relief_and_few_visits_a_trial_only_option_is_not_first_until_included() -> None:
    at = explore()
    for priority in (Priority.FAST_RELIEF, Priority.FEW_VISITS):
        at.segmented_control(key=weight_key(priority)).set_value(Weight.VERY).run()
    rows = at.dataframe[0].value
    options = list(rows["Option"])
    trial_only = {t.name for t in CATALOG.treatments if is_trial_only(t)}
    assert options[0] not in trial_only
    assert set(options[-len(trial_only) :]) == trial_only
    assert options.index("Psilocybin-assisted therapy") >= len(options) - len(trial_only)

    at.toggle(key=TRIALS_KEY).set_value(True).run()
    assert at.query_params["trials"] == "1"
    rows = at.dataframe[0].value.set_index("Option")
    assert rows.loc["Psilocybin-assisted therapy", MEETS] == "2 of your 2"
    assert NOT_ORDERED not in set(rows[MEETS])


def test_a_link_reopens_the_same_view() -> None:
    first = explore()
    first.radio(key="filters_where").set_value("home").run()
    first.multiselect(key="filters_cat").set_value(["medication", "lifestyle"]).run()
    first.segmented_control(key=weight_key(Priority.FAST_RELIEF)).set_value(Weight.VERY).run()
    first.multiselect(key="explore_pick").set_value(["ssri", "bupropion", "exercise"]).run()
    link = dict(first.query_params.items())
    assert link["pick"] == "ssri,bupropion,exercise"
    second = explore(link)
    assert heading(second) == heading(first)
    assert list(second.dataframe[0].value["Option"]) == list(first.dataframe[0].value["Option"])
    assert second.multiselect(key="explore_pick").value == ["ssri", "bupropion", "exercise"]
    assert second.radio(key="filters_where").value == "home"


def test_a_link_with_bad_values_opens_with_a_note() -> None:
    at = explore({"cat": "medication,unicorns", "onset": "soon", "pick": "ssri,nope", "zzz": "1"})
    assert not at.exception
    notes = " ".join(i.value for i in at.info)
    assert "unicorns" in notes and "onset" in notes and "zzz" in notes
    assert "not in this catalog" in notes
    assert at.multiselect(key="filters_cat").value == ["medication"]


def test_cards_view_shows_summaries_and_adds_to_compare() -> None:
    at = explore({"view": "cards", "where": "home", "anes": "no"})
    assert len(at.dataframe) == 0
    first_button = next(b for b in at.button if b.key and b.key.startswith("card_") and b.key.endswith("_pick"))
    first_button.click().run()
    assert len(at.multiselect(key="explore_pick").value) == 1
    assert at.query_params["view"] == "cards"
