"""Explore page in AppTest: filters narrow the list with counts, and the view survives a link round trip."""

from streamlit.testing.v1 import AppTest

from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog

TOTAL = len(load_catalog().treatments)


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


def test_priorities_order_the_list_and_say_it_is_not_a_recommendation() -> None:
    at = explore({"want": "no-anesthesia,fast-relief,at-home"})
    rows = at.dataframe[0].value
    assert {"Meets", "Meets which", "Misses"} <= set(rows.columns)
    meets = [int(value.split(" of ")[0]) for value in rows["Meets"]]
    assert meets == sorted(meets, reverse=True)
    assert any("does not recommend" in c.value for c in at.caption)


def test_a_link_reopens_the_same_view() -> None:
    first = explore()
    first.radio(key="filters_where").set_value("home").run()
    first.multiselect(key="filters_cat").set_value(["medication", "lifestyle"]).run()
    first.pills(key="explore_want").set_value(["fast-relief"]).run()
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
