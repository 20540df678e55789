"""Links: a view survives the round trip, and bad or unknown values become notes, never errors."""

from hypothesis import given
from hypothesis import strategies as st

from trd.catalog.models import Invasiveness, OutcomeMeasure
from trd.logic.filtering import AnesthesiaChoice, FilterChoices, SettingChoice, filter_named
from trd.logic.links import CompareView, ExploreView, encode_compare, encode_explore, parse_compare, parse_explore, parse_picks
from trd.logic.ranking import Priority, Weight, Weights


def test_default_view_makes_an_empty_link() -> None:
    assert encode_explore(ExploreView()) == {}
    parsed = parse_explore({})
    assert parsed.view == ExploreView() and parsed.notes == ()


def test_a_full_view_round_trips() -> None:
    view = ExploreView(
        choices=FilterChoices(
            categories=("medication", "psychotherapy"),
            fda_statuses=("approved",),
            fda_for_trd=True,
            max_invasiveness=Invasiveness.NONINVASIVE,
            anesthesia=AnesthesiaChoice.WITHOUT,
            setting=SettingChoice.HOME,
            onset_within_days=14,
            max_visits_per_week=1.0,
            search="magnetic pulses",
            offered_here=True,
        ),
        weights=Weights(very=(Priority.NO_ANESTHESIA, Priority.AT_HOME), somewhat=(Priority.LOW_COST,)),
        include_trials=True,
        show_cards=True,
    )
    params = encode_explore(view)
    assert params["where"] == "home" and params["anes"] == "no" and params["visits"] == "1"
    parsed = parse_explore(params)
    assert parsed.notes == ()
    assert parsed.view == view


def test_an_old_link_with_want_opens_those_as_very_important() -> None:
    parsed = parse_explore({"want": "fast-relief,few-visits"})
    assert parsed.notes == ()
    assert parsed.view.weights.weight(Priority.FAST_RELIEF) == Weight.VERY
    assert parsed.view.weights.weight(Priority.FEW_VISITS) == Weight.VERY
    assert parsed.view.weights.somewhat == () and not parsed.view.include_trials
    assert encode_explore(parsed.view) == {"want": "fast-relief,few-visits"}  # the same link comes back


def test_a_value_marked_both_very_and_somewhat_counts_as_very() -> None:
    weights = parse_explore({"want": "at-home", "some": "at-home,low-cost", "trials": "1"}).view
    assert weights.weights == Weights(very=(Priority.AT_HOME,), somewhat=(Priority.LOW_COST,))
    assert weights.include_trials


def test_bad_values_are_left_out_with_a_note_and_the_rest_still_applies() -> None:
    parsed = parse_explore({"cat": "medication,unicorns", "inv": "very", "onset": "soon", "where": "home", "trd": "maybe", "zzz": "1"})
    assert parsed.view.choices.value(filter_named("categories")) == ("medication",)
    assert parsed.view.choices.value(filter_named("setting")) == SettingChoice.HOME
    assert parsed.view.choices.value(filter_named("max_invasiveness")) == Invasiveness.SURGICAL
    assert parsed.view.choices.value(filter_named("onset_within_days")) is None
    assert not parsed.view.choices.value(filter_named("fda_for_trd"))
    joined = " ".join(parsed.notes)
    for fragment in ("unicorns", "inv=very", "onset=soon", "trd=maybe", "zzz"):
        assert fragment in joined
    assert len(parsed.notes) == 5


def test_out_of_range_and_not_finite_numbers_are_refused() -> None:
    for value in ("-1", "nan", "inf", "1e309", "9999"):
        assert parse_explore({"visits": value}).view.choices.value(filter_named("max_visits_per_week")) is None
    assert parse_compare({"travel": "-5"}).view.travel_minutes == 30


def test_compare_settings_round_trip_and_refuse_bad_values() -> None:
    view = CompareView(travel_minutes=45, hide_same_rows=False, cards_layout=True, measure=OutcomeMeasure.REMISSION)
    assert parse_compare(encode_compare(view)).view == view
    assert encode_compare(CompareView()) == {}  # defaults stay out of the link
    parsed = parse_compare({"layout": "grid", "same": "x", "measure": "cured", "pick": "a,b"})
    assert parsed.view == CompareView()
    assert len(parsed.notes) == 3  # pick belongs to the shared picks, not a note


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=60), max_size=6))
def test_any_link_parses_without_raising(params: dict[str, str]) -> None:
    parse_explore(params)
    parse_compare(params)


NAMES = {
    "ssri": "SSRI antidepressants",
    "rtms": "rTMS",
    "ect": "ECT",
    "cbt": "CBT",
    "vns": "VNS",
    "dbs": "DBS",
    "lithium": "Lithium",
    "ket": "Ketamine",
}


def test_picks_in_a_link_keep_their_order_without_repeats() -> None:
    parsed = parse_picks(" rtms, ssri,rtms,,ect ", NAMES)
    assert parsed.view == ("rtms", "ssri", "ect") and parsed.notes == ()


def test_unknown_picks_are_left_out_with_a_note() -> None:
    parsed = parse_picks("ssri,../../etc/passwd,nope,rtms", NAMES)
    assert parsed.view == ("ssri", "rtms")
    assert parsed.notes == ("2 option(s) in the link are not in this catalog and were left out.",)


def test_a_link_with_more_than_six_picks_keeps_six_and_names_the_rest() -> None:
    parsed = parse_picks("ssri,rtms,ect,cbt,vns,dbs,lithium,ket", NAMES)
    assert parsed.view == ("ssri", "rtms", "ect", "cbt", "vns", "dbs")
    assert parsed.notes == ("The link picks 8 options and up to 6 can be compared, so these were left out: Lithium; Ketamine.",)


@given(st.text(max_size=300))
def test_any_pick_value_gives_known_ids_only(value: str) -> None:
    parsed = parse_picks(value, NAMES)
    assert set(parsed.view) <= set(NAMES) and len(parsed.view) <= 6


def test_a_link_with_many_picks_names_three_left_out_and_counts_the_rest() -> None:
    names = {f"id{n}": f"Option {n}" for n in range(20)}
    parsed = parse_picks(",".join(names), names)
    assert parsed.notes == (
        "The link picks 20 options and up to 6 can be compared, so these were left out: Option 6; Option 7; Option 8; and 11 more.",
    )
