"""Filtering: which options remain, the count after each filter, and what to loosen."""

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.models import ClinicDetails, Invasiveness
from trd.logic.filtering import AnesthesiaChoice, FilterChoices, SettingChoice, filter_options, loosen_hints


@pytest.fixture(scope="module")
def treatments():
    return load_catalog().treatments


def ids(outcome) -> set[str]:
    return {t.id for t in outcome.options}


def test_no_choices_keep_every_option(treatments) -> None:
    outcome = filter_options(treatments, FilterChoices())
    assert len(outcome.options) == outcome.total == len(treatments)
    assert outcome.active_labels == ()


def test_approved_or_cleared_for_trd_is_the_short_list(treatments) -> None:
    outcome = filter_options(treatments, FilterChoices(fda_for_trd=True))
    assert {"olanzapine-fluoxetine", "esketamine", "rtms", "deep-tms", "saint", "ect", "vns"} <= ids(outcome)
    assert not {"ssri", "mst", "iv-ketamine", "rejoyn"} & ids(outcome)  # no TRD use, investigational, off-label, cleared for other use
    assert all(t.fda.status.value in ("approved", "cleared") and t.fda.for_trd for t in outcome.options)


def test_at_home_without_anesthesia_keeps_pills_and_therapy_but_no_clinic_only_options(treatments) -> None:
    choices = FilterChoices(setting=SettingChoice.HOME, anesthesia=AnesthesiaChoice.WITHOUT)
    remaining = ids(filter_options(treatments, choices))
    assert {"ssri", "exercise", "cbt", "rejoyn"} <= remaining
    assert not {"esketamine", "rtms", "ect", "dbs"} & remaining


def test_highest_invasiveness_is_inclusive(treatments) -> None:
    remaining = ids(filter_options(treatments, FilterChoices(max_invasiveness=Invasiveness.MINIMALLY_INVASIVE)))
    assert "iv-ketamine" in remaining
    assert not {"ect", "mst", "vns", "dbs"} & remaining


def test_onset_uses_the_earliest_end_of_the_range(treatments) -> None:
    remaining = ids(filter_options(treatments, FilterChoices(onset_within_days=1)))
    assert remaining == {"esketamine", "iv-ketamine", "ketamine-other-routes", "saint", "psilocybin", "psychostimulants"}


def test_visits_per_week_counts_home_options_as_zero(treatments) -> None:
    remaining = ids(filter_options(treatments, FilterChoices(max_visits_per_week=0)))
    assert "ssri" in remaining and "exercise" in remaining
    assert "cbt" not in remaining  # a weekly clinic session
    assert "cbt" in ids(filter_options(treatments, FilterChoices(max_visits_per_week=1)))
    assert "rtms" not in ids(filter_options(treatments, FilterChoices(max_visits_per_week=4)))


def test_search_looks_in_brands_and_mechanism(treatments) -> None:
    assert ids(filter_options(treatments, FilterChoices(search="spravato"))) == {"esketamine"}
    assert "esketamine" in ids(filter_options(treatments, FilterChoices(search="NMDA receptors")))


def test_search_finds_options_that_match_any_of_several_words_and_brands(treatments) -> None:
    both = ids(filter_options(treatments, FilterChoices(search="esketamine TMS")))
    assert "esketamine" in both and {"rtms", "deep-tms", "theta-burst"} <= both
    assert "cbt" not in both
    assert ids(filter_options(treatments, FilterChoices(search="Spravato NeuroStar"))) == {"esketamine", "rtms"}
    # Filler words do not match everything; a short word ("IV", "T3") only matches a whole word.
    assert ids(filter_options(treatments, FilterChoices(search="Spravato and the Abilify"))) == {"esketamine", "aripiprazole"}
    assert ids(filter_options(treatments, FilterChoices(search="T3"))) == {"liothyronine"}
    assert ids(filter_options(treatments, FilterChoices(search="zzzz qqqq"))) == set()


def test_counts_fall_filter_by_filter_in_sidebar_order(treatments) -> None:
    outcome = filter_options(treatments, FilterChoices(categories=("brain-stimulation",), anesthesia=AnesthesiaChoice.WITHOUT))
    assert outcome.remaining_after("categories") == 10
    assert outcome.remaining_after("anesthesia") == len(outcome.options) == 6
    assert ids(outcome) == {"rtms", "theta-burst", "deep-tms", "accelerated-tms", "saint", "home-tdcs"}
    assert outcome.active_labels == ("Category", "Anesthesia")


def test_empty_result_names_the_filter_that_brings_most_back(treatments) -> None:
    choices = FilterChoices(search="spravato", categories=("psychotherapy",))
    assert filter_options(treatments, choices).options == ()
    hints = loosen_hints(treatments, choices)
    assert [(hint.label, hint.would_remain) for hint in hints] == [("Search", 13), ("Category", 1)]
    assert choices == FilterChoices(search="spravato", categories=("psychotherapy",))  # the choices were not changed


def test_offered_here_keeps_only_entries_the_clinic_offers(treatments) -> None:
    offered = treatments[0].model_copy(update={"clinic": ClinicDetails(offered_here=True)})
    not_offered = treatments[1].model_copy(update={"clinic": ClinicDetails(offered_here=False)})
    outcome = filter_options((offered, not_offered, treatments[2]), FilterChoices(offered_here=True))
    assert [t.id for t in outcome.options] == [offered.id]
