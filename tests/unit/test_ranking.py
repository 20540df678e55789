"""The values step: weights order the list by stated rules over the catalog's numbers; trial-only options are never first unasked."""

import pytest
import textstat

from trd.catalog.loader import load_catalog
from trd.catalog.models import Cost, CostBand, FdaStatus, SideEffectRate
from trd.logic.filtering import is_trial_only
from trd.logic.ranking import (
    NOT_ORDERED,
    ORDER_RULE,
    SIDE_EFFECT_LIMIT_PER_100,
    VALUES,
    Priority,
    Weight,
    Weights,
    meets,
    rank_by_values,
    what_matters_lines,
)

CATALOG = load_catalog()


@pytest.fixture(scope="module")
def options():
    return CATALOG.by_id()


def ids(ranked) -> list[str]:
    return [option.treatment.id for option in ranked]


def test_no_weights_keeps_the_given_order(options) -> None:
    given = [options["ect"], options["ssri"], options["cbt"]]
    ranked = rank_by_values(given, Weights())
    assert ids(ranked) == ["ect", "ssri", "cbt"]
    assert all(r.met == () and r.missed == () and r.unknown == () for r in ranked)


def test_options_meeting_more_very_important_values_come_first_and_show_what_they_miss(options) -> None:
    given = [options["ect"], options["esketamine"], options["ssri"]]
    ranked = rank_by_values(given, Weights(very=(Priority.NO_ANESTHESIA, Priority.FAST_RELIEF, Priority.AT_HOME)))
    assert ids(ranked) == ["esketamine", "ssri", "ect"]
    esketamine, ssri, ect = ranked
    assert esketamine.met == (Priority.NO_ANESTHESIA, Priority.FAST_RELIEF) and esketamine.missed == (Priority.AT_HOME,)
    assert ssri.score_text == "2 of your 3"
    assert ect.met == (Priority.FAST_RELIEF,)


def test_very_important_outweighs_any_number_of_somewhat_important(options) -> None:
    # ECT gives fast relief (very) and nothing else; an SSRI meets all three somewhat-important values but not fast relief.
    weights = Weights(very=(Priority.FAST_RELIEF,), somewhat=(Priority.NO_ANESTHESIA, Priority.AT_HOME, Priority.LOW_COST))
    ranked = rank_by_values([options["ssri"], options["ect"]], weights)
    assert ids(ranked) == ["ect", "ssri"]
    assert ranked[0].score_text == "1 of 1 very, 0 of 3 somewhat"
    assert ranked[1].score_text == "0 of 1 very, 3 of 3 somewhat"


def test_somewhat_important_breaks_ties_between_equal_very_counts(options) -> None:
    weights = Weights(very=(Priority.NO_ANESTHESIA,), somewhat=(Priority.LOW_COST,))
    # Both meet "no anesthesia"; only the SSRI is low cost, so it moves ahead of esketamine although it comes later.
    assert ids(rank_by_values([options["esketamine"], options["ssri"]], weights)) == ["ssri", "esketamine"]


def test_ties_keep_catalog_order(options) -> None:
    given = [options["bupropion"], options["ssri"]]
    assert ids(rank_by_values(given, Weights(very=(Priority.AT_HOME,)))) == ["bupropion", "ssri"]


def test_trial_only_options_are_left_out_of_the_order_unless_included() -> None:
    weights = Weights(very=(Priority.FAST_RELIEF, Priority.FEW_VISITS))
    ranked = rank_by_values(CATALOG.treatments, weights)
    trial_only = [option for option in ranked if is_trial_only(option.treatment)]
    assert {option.treatment.id for option in trial_only} >= {"psilocybin", "mst", "dbs", "ecot-as"}
    assert ranked[0].treatment.id != "psilocybin" and not is_trial_only(ranked[0].treatment)
    assert list(ranked[-len(trial_only) :]) == trial_only  # listed last, in catalog order, marked
    assert all(option.score_text == NOT_ORDERED for option in trial_only)

    included = rank_by_values(CATALOG.treatments, weights, include_trials=True)
    psilocybin = next(index for index, option in enumerate(included) if option.treatment.id == "psilocybin")
    assert psilocybin < len(included) - len(trial_only)  # ordered with the rest once the person asks
    assert included[psilocybin].score_text == "2 of your 2"
    assert all(option.score_text == "2 of your 2" for option in included[:psilocybin])


def test_with_no_weights_trial_only_options_still_come_last(options) -> None:
    given = [options["psilocybin"], options["ssri"], options["mst"], options["cbt"]]
    assert ids(rank_by_values(given, Weights())) == ["ssri", "cbt", "psilocybin", "mst"]
    assert ids(rank_by_values(given, Weights(), include_trials=True)) == ["psilocybin", "ssri", "mst", "cbt"]


def test_trial_only_means_investigational_or_under_review(options) -> None:
    for option in options.values():
        assert is_trial_only(option) == (option.fda.status in (FdaStatus.INVESTIGATIONAL, FdaStatus.UNDER_REVIEW))


def test_fewer_side_effects_reads_the_rates_not_the_number_of_bullet_points(options) -> None:
    ssri = options["ssri"]
    assert meets(ssri, Priority.FEWER_SIDE_EFFECTS) is True  # every rate is 20 in 100 or fewer
    assert meets(options["esketamine"], Priority.FEWER_SIDE_EFFECTS) is False  # dissociation 41 in 100
    many_bullets = ssri.model_copy(update={"side_effects": tuple(f"effect {n}" for n in range(12))})
    assert meets(many_bullets, Priority.FEWER_SIDE_EFFECTS) is True
    rate = SideEffectRate(effect="Nausea", treated_per_100=SIDE_EFFECT_LIMIT_PER_100 + 1, source=ssri.sources[0].url)
    one_frequent = ssri.model_copy(update={"side_effects": ("one",), "side_effect_rates": (rate,)})
    assert meets(one_frequent, Priority.FEWER_SIDE_EFFECTS) is False


def test_options_without_numbers_are_not_known_and_do_not_count_as_met(options) -> None:
    rtms = options["rtms"]
    assert rtms.side_effect_rates == ()
    assert meets(rtms, Priority.FEWER_SIDE_EFFECTS) is None
    ranked = rank_by_values([rtms, options["ssri"]], Weights(very=(Priority.FEWER_SIDE_EFFECTS,)))
    assert ids(ranked) == ["ssri", "rtms"]
    assert ranked[1].unknown == (Priority.FEWER_SIDE_EFFECTS,) and ranked[1].met == ()
    assert ranked[1].score_text == "0 of your 1"
    no_cost = options["ssri"].model_copy(update={"cost": None})
    assert meets(no_cost, Priority.LOW_COST) is None


def test_rules_use_cost_band_visits_onset_and_trd_numbers(options) -> None:
    assert meets(options["esketamine"], Priority.FDA_TRD)
    assert not meets(options["iv-ketamine"], Priority.FDA_TRD)
    assert meets(options["ssri"], Priority.STRONG_EVIDENCE)
    assert not meets(options["rtms"], Priority.FEW_VISITS)  # five visits a week
    assert meets(options["cbt"], Priority.FEW_VISITS)
    assert meets(options["iv-ketamine"], Priority.FAST_RELIEF) and not meets(options["ssri"], Priority.FAST_RELIEF)
    assert meets(options["ssri"], Priority.LOW_COST)
    assert not meets(options["esketamine"], Priority.LOW_COST)
    cheap = options["esketamine"].model_copy(update={"cost": Cost(band=CostBand.LOW, coverage="Covered.")})
    assert meets(cheap, Priority.LOW_COST)
    assert meets(options["esketamine"], Priority.STUDIED_IN_TRD)


def test_every_value_is_declared_once_in_link_order() -> None:
    assert [value.priority for value in VALUES] == list(Priority)
    assert len({value.label for value in VALUES}) == len(VALUES)


@pytest.mark.parametrize("text", [ORDER_RULE, NOT_ORDERED, *(f"Met when {v.rule}." for v in VALUES)])
def test_the_stated_rules_read_at_grade_8_or_below(text: str) -> None:
    assert textstat.flesch_kincaid_grade(text) <= 8, text


def test_what_matters_becomes_plain_lines_very_important_first() -> None:
    weights = Weights.of({Priority.AT_HOME: Weight.SOMEWHAT, Priority.FEWER_SIDE_EFFECTS: Weight.VERY, Priority.FAST_RELIEF: Weight.VERY})
    assert what_matters_lines(weights) == (
        "Very important: Fast relief",
        "Very important: Fewer side effects",
        "Somewhat important: Treat at home",
    )
    assert what_matters_lines(Weights()) == ()
