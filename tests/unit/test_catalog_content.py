"""The shipped catalog: complete, valid, sourced, and readable by patients."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
import textstat

from trd.catalog.loader import DEFAULT_CATALOG, load_catalog
from trd.catalog.models import Category, FdaStatus, Invasiveness

CATALOG = load_catalog(DEFAULT_CATALOG)
BY_ID = CATALOG.by_id()

# Every option the catalog issue names, by the id the other pages and tests use.
REQUIRED_IDS = {
    "medication": [
        "more-time-current-drug", "dose-increase", "switch-antidepressant", "ssri", "snri", "tricyclic",
        "maoi", "selegiline-patch", "bupropion", "mirtazapine", "dextromethorphan-bupropion",
    ],
    "augmentation": [
        "aripiprazole", "brexpiprazole", "quetiapine-xr", "olanzapine-fluoxetine", "risperidone", "cariprazine",
        "lithium", "liothyronine", "psychostimulants", "pramipexole", "antidepressant-combination",
    ],
    "rapid-acting": ["esketamine", "iv-ketamine"],
    "brain-stimulation": ["rtms", "deep-tms", "accelerated-tms", "saint", "ect", "mst", "vns", "dbs"],
    "psychotherapy": [
        "cbt", "ipt", "act", "dbt", "mbct", "mbt", "behavioural-activation", "psychodynamic", "emdr",
        "somatic-therapy", "family-couples-therapy", "group-therapy",
    ],
    "digital": ["rejoyn", "prism-neurofeedback", "ecot-as"],
    "emerging": ["psilocybin", "anti-inflammatory"],
    "lifestyle": ["exercise", "diet", "sleep", "alcohol-and-drugs"],
}  # fmt: skip

FDA_HOSTS = ("fda.gov", "dailymed.nlm.nih.gov", "federalregister.gov")


@pytest.mark.parametrize("category", sorted(REQUIRED_IDS))
def test_every_named_option_is_in_its_category(category: str) -> None:
    for treatment_id in REQUIRED_IDS[category]:
        assert treatment_id in BY_ID, f"{treatment_id} is missing"
        assert BY_ID[treatment_id].category == Category(category)


@pytest.mark.parametrize("treatment", CATALOG.treatments, ids=lambda t: t.id)
def test_summary_reads_at_grade_8_or_below(treatment) -> None:  # type: ignore[no-untyped-def]
    grade = textstat.flesch_kincaid_grade(treatment.summary)
    assert grade <= 8, f"{treatment.id}: grade {grade:.1f}: {treatment.summary}"


@pytest.mark.parametrize(
    "treatment", [t for t in CATALOG.treatments if t.fda.status in (FdaStatus.APPROVED, FdaStatus.CLEARED)], ids=lambda t: t.id
)
def test_regulatory_claims_cite_an_fda_record(treatment) -> None:  # type: ignore[no-untyped-def]
    host = urlparse(treatment.fda.source).hostname or ""
    assert host.endswith(FDA_HOSTS), f"{treatment.id}: fda.source {treatment.fda.source} is not an FDA record"
    assert treatment.fda.year is not None


def test_key_regulatory_facts() -> None:
    """Facts a person would act on, checked against FDA labels and decisions."""
    esketamine, vns, symbyax = BY_ID["esketamine"], BY_ID["vns"], BY_ID["olanzapine-fluoxetine"]
    assert (esketamine.fda.status, esketamine.fda.year, esketamine.fda.for_trd) == (FdaStatus.APPROVED, 2019, True)
    assert esketamine.observation_minutes >= 120 and esketamine.needs_driver
    assert (vns.fda.status, vns.fda.year, vns.fda.for_trd) == (FdaStatus.APPROVED, 2005, True)
    assert vns.invasiveness == Invasiveness.SURGICAL
    assert (symbyax.fda.year, symbyax.fda.for_trd) == (2009, True)
    assert BY_ID["rtms"].fda.year == 2008
    assert BY_ID["cariprazine"].fda.year == 2022
    assert BY_ID["iv-ketamine"].fda.status == FdaStatus.OFF_LABEL
    assert BY_ID["ect"].anesthesia and BY_ID["mst"].anesthesia
    assert BY_ID["dbs"].fda.status == FdaStatus.INVESTIGATIONAL
    for therapy in REQUIRED_IDS["psychotherapy"] + REQUIRED_IDS["lifestyle"]:
        assert BY_ID[therapy].fda.status == FdaStatus.NOT_APPLICABLE


def test_daily_pills_are_home_doses_without_clinic_minutes() -> None:
    for treatment_id in ("ssri", "bupropion", "lithium", "aripiprazole"):
        schedule = BY_ID[treatment_id].schedule
        assert schedule.location.value == "home"
        assert schedule.sessions_per_week == (7, 7)
        assert schedule.minutes_per_session == (0, 0)


def test_every_entry_has_a_review_date_not_after_the_file() -> None:
    for treatment in CATALOG.treatments:
        assert treatment.reviewed <= CATALOG.reviewed, treatment.id


def test_catalog_text_has_no_markup() -> None:
    """Texts are plain words; markup would be escaped on screen and look broken."""
    for treatment in CATALOG.treatments:
        texts = [treatment.summary, treatment.mechanism, treatment.evidence.summary, *treatment.side_effects, *treatment.cautions]
        for text in texts:
            assert "<" not in text and "](" not in text and "**" not in text, f"{treatment.id}: {text[:60]}"


def test_visit_time_counts_the_watch_after_a_dose_once() -> None:
    """Esketamine's two-hour watch is observation time, not part of the dosing minutes."""
    esketamine = BY_ID["esketamine"]
    longest_visit = esketamine.schedule.minutes_per_session[1] + esketamine.observation_minutes
    assert 120 <= longest_visit <= 180


def test_a_treatment_day_of_many_short_sessions_is_one_visit() -> None:
    from trd.logic.schedule import first_eight_weeks

    saint = first_eight_weeks(BY_ID["saint"], travel_minutes_each_way=0)
    assert (saint.clinic_visits.low, saint.clinic_visits.high) == (5, 5)
    assert saint.hours.low >= 45 and saint.hours.high <= 50
