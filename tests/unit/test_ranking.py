"""Ordering by what matters most: counts met, names what is met and missed, never drops an option."""

import pytest

from trd.catalog.loader import load_catalog
from trd.logic.ranking import PRIORITY_LABELS, PRIORITY_RULES, Priority, meets, rank_by_priorities


@pytest.fixture(scope="module")
def options():
    return load_catalog().by_id()


def test_no_priorities_keeps_the_given_order(options) -> None:
    given = [options["ect"], options["ssri"], options["cbt"]]
    ranked = rank_by_priorities(given, [])
    assert [r.treatment.id for r in ranked] == ["ect", "ssri", "cbt"]
    assert all(r.met == () and r.missed == () for r in ranked)


def test_options_meeting_more_priorities_come_first_and_show_what_they_miss(options) -> None:
    given = [options["ect"], options["esketamine"], options["ssri"]]
    ranked = rank_by_priorities(given, [Priority.NO_ANESTHESIA, Priority.FAST_RELIEF, Priority.AT_HOME])
    assert [r.treatment.id for r in ranked] == ["esketamine", "ssri", "ect"]
    esketamine, ssri, ect = ranked
    assert esketamine.met == (Priority.NO_ANESTHESIA, Priority.FAST_RELIEF) and esketamine.missed == (Priority.AT_HOME,)
    assert ssri.score_text == "2 of 3"
    assert ect.met == (Priority.FAST_RELIEF,)


def test_ties_keep_catalog_order(options) -> None:
    given = [options["bupropion"], options["ssri"]]
    assert [r.treatment.id for r in rank_by_priorities(given, [Priority.AT_HOME])] == ["bupropion", "ssri"]


def test_rules_match_what_the_page_says(options) -> None:
    assert meets(options["esketamine"], Priority.FDA_TRD)
    assert not meets(options["iv-ketamine"], Priority.FDA_TRD)
    assert meets(options["ssri"], Priority.STRONG_EVIDENCE)
    assert not meets(options["rtms"], Priority.FEW_VISITS)  # five visits a week
    assert meets(options["cbt"], Priority.FEW_VISITS)
    assert meets(options["exercise"], Priority.FEWER_SIDE_EFFECTS) == (len(options["exercise"].side_effects) <= 3)
    assert set(PRIORITY_LABELS) == set(PRIORITY_RULES) == set(Priority)
