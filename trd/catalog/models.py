"""Pydantic models for the treatment catalog.

The catalog is data people rely on, so the models are strict: unknown keys
are refused (a typo such as ``onset_day`` must not pass silently), texts may
not be empty, ranges must run from low to high, and regulatory claims must
point at one of the entry's own sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$", max_length=500)]
KebabId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=2, max_length=80),
]


class Category(StrEnum):
    """The fixed families of options, in the order the app lists them."""

    MEDICATION = "medication"
    AUGMENTATION = "augmentation"
    RAPID_ACTING = "rapid-acting"
    BRAIN_STIMULATION = "brain-stimulation"
    PSYCHOTHERAPY = "psychotherapy"
    DIGITAL = "digital"
    EMERGING = "emerging"
    LIFESTYLE = "lifestyle"


class FdaStatus(StrEnum):
    """Where an option stands with the US Food and Drug Administration for depression."""

    APPROVED = "approved"  # a drug or a PMA device approved for a depression use
    CLEARED = "cleared"  # a device cleared through 510(k) or granted De Novo
    OFF_LABEL = "off-label"  # sold in the US, but not for depression
    INVESTIGATIONAL = "investigational"  # only in clinical trials
    UNDER_REVIEW = "under-review"  # an application is before the FDA
    NOT_APPLICABLE = "not-applicable"  # therapies and lifestyle, which the FDA does not approve


# Statuses of options a person can only get by joining a study (left out of orderings unless asked for).
TRIAL_ONLY_STATUSES = frozenset({FdaStatus.INVESTIGATIONAL, FdaStatus.UNDER_REVIEW})


class Invasiveness(StrEnum):
    """An ordered scale, least to most invasive. ``INVASIVENESS_ORDER`` gives the rank."""

    NONE = "none"  # talk, an app, a lifestyle change: nothing acts on the body
    NONINVASIVE = "noninvasive"  # a pill, patch or spray, or a device outside the body
    MINIMALLY_INVASIVE = "minimally-invasive"  # a needle: an IV infusion or injection
    ANESTHESIA = "anesthesia"  # done under general anesthesia
    SURGICAL = "surgical"  # an implant placed by surgery


INVASIVENESS_ORDER: dict[Invasiveness, int] = {level: rank for rank, level in enumerate(Invasiveness)}


class Setting(StrEnum):
    """Where the treatment takes place."""

    HOME = "home"
    CLINIC = "clinic"
    HOSPITAL = "hospital"


class EvidenceStrength(StrEnum):
    """An ordered scale, strongest first. ``EVIDENCE_ORDER`` gives the rank."""

    STRONG = "strong"  # several randomised trials or meta-analyses in people with TRD or MDD
    MODERATE = "moderate"  # some randomised trials, with limits
    LIMITED = "limited"  # small or uncontrolled studies, or trials outside TRD
    EXPERIMENTAL = "experimental"  # early trials only; not an established treatment


EVIDENCE_ORDER: dict[EvidenceStrength, int] = {level: rank for rank, level in enumerate(EvidenceStrength)}


def field_problem(field: str | tuple[str | int, ...], message: str) -> PydanticCustomError:
    """An error from a rule across fields, naming the field the loader should point at."""
    path = (field,) if isinstance(field, str) else field
    return PydanticCustomError("field_rule", message, {"path": path})


class StrictModel(BaseModel):
    """Base for every catalog model: unknown keys are errors, models are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False)


def _check_range(value: tuple[float, float]) -> tuple[float, float]:
    low, high = value
    if low > high:
        raise ValueError(f"the first number ({low:g}) is larger than the second ({high:g}); write [low, high].")
    return value


NonNegative = Annotated[float, Field(ge=0)]


RangeField = Annotated[tuple[NonNegative, NonNegative], Field(description="[min, max], min not above max")]


class Source(StrictModel):
    """A document that backs the entry's facts."""

    title: ShortText
    url: Url
    publisher: ShortText | None = None


class Fda(StrictModel):
    """The entry's standing with the FDA for depression."""

    status: FdaStatus
    indication: Text = Field(description="The exact approved or cleared use for depression, in plain words, or why there is none.")
    year: int | None = Field(default=None, ge=1950, le=2100, description="Year the depression use was first approved or cleared.")
    for_trd: bool = Field(description="True where that use names TRD or people who did not respond to antidepressants.")
    source: str | None = Field(default=None, description="URL of the FDA label or announcement; must be one of the entry's sources.")

    @model_validator(mode="after")
    def _year_and_source_match_status(self) -> Fda:
        regulated = self.status in (FdaStatus.APPROVED, FdaStatus.CLEARED)
        if regulated and self.year is None:
            raise field_problem(
                "year", f"an FDA status of '{self.status.value}' needs the year it was first approved or cleared for depression."
            )
        if not regulated and self.year is not None:
            raise field_problem("year", f"a year belongs only with 'approved' or 'cleared', not '{self.status.value}'; remove it.")
        if regulated and not self.source:
            raise field_problem("source", "an approval or clearance needs 'source': the URL of the FDA label or announcement.")
        if self.for_trd and not regulated and self.status != FdaStatus.UNDER_REVIEW:
            raise field_problem("for_trd", "'for_trd: true' only fits an approved or cleared use that names TRD.")
        return self


class Schedule(StrictModel):
    """When and how often the treatment happens, in words and in numbers a chart can use."""

    summary: Text
    location: Setting = Field(description="Where a usual session happens. Home sessions need no trip.")
    sessions_per_week: RangeField = Field(
        description="Sessions (visits, or doses at home) a week. A clinic day of several short stimulations counts as one."
    )
    minutes_per_session: RangeField = Field(
        description="Minutes of each session, not counting observation_minutes afterwards; 0 for a pill taken at home."
    )
    course_weeks: RangeField = Field(description="Length of the first course, in weeks.")
    maintenance: Text

    _ranges = field_validator("sessions_per_week", "minutes_per_session", "course_weeks")(_check_range)


class Evidence(StrictModel):
    """What trials show, with figures and the population where the sources give them."""

    summary: Text
    strength: EvidenceStrength


class OutcomeMeasure(StrEnum):
    """What counted as getting better in a study."""

    RESPONSE = "response"  # a depression rating score fell by at least half
    REMISSION = "remission"  # the score fell into the range of people without depression


class Comparator(StrEnum):
    """What the treated group was compared with."""

    PLACEBO = "placebo"  # a dummy pill or spray
    SHAM = "sham"  # a device or procedure that looks real but does nothing
    USUAL_CARE = "usual-care"
    WAITLIST = "waitlist"
    OTHER_TREATMENT = "other-treatment"
    NONE = "none"  # no comparison group


class StudyDesign(StrEnum):
    """How the numbers were produced, strongest kinds first."""

    META_ANALYSIS = "meta-analysis"  # several trials pooled
    RCT = "rct"  # a randomised controlled trial
    OPEN_LABEL = "open-label"  # everyone knew what they got, usually no comparison group
    REGISTRY = "registry"  # people followed in ordinary care


CONTROLLED_DESIGNS = (StudyDesign.RCT, StudyDesign.META_ANALYSIS)


def _one_decimal(value: float) -> float:
    if round(value, 1) != value:
        raise ValueError(f"{value:g} has more than one decimal; write it as the source rounds it, with at most one decimal.")
    return value


Per100 = Annotated[float, Field(ge=0, le=100, description="People out of 100, at most one decimal."), AfterValidator(_one_decimal)]


class Outcome(StrictModel):
    """How many people out of 100 got better in one study, with the comparison group beside it."""

    measure: OutcomeMeasure = Field(
        description="'response': a depression rating score fell by at least half. "
        "'remission': the score fell into the range of people without depression."
    )
    treated_per_100: Per100 = Field(description="People out of 100 on this option who reached the measure.")
    comparator: Comparator
    comparator_per_100: Per100 | None = Field(
        default=None, description="The same for the comparison group; absent exactly when comparator is 'none'."
    )
    weeks: Annotated[float, Field(gt=0, le=520)] = Field(description="When it was measured, in weeks from the start.")
    people: Annotated[int, Field(ge=1)] = Field(description="How many people were in that analysis, all groups together.")
    population: Text = Field(description="Who was studied, in plain words, including how many earlier treatments had not helped.")
    trd: bool = Field(description="True when the people studied had at least two earlier treatments that did not help.")
    design: StudyDesign
    study: ShortText = Field(description="A short name for the study, such as 'TRANSFORM-2'.")
    source: Url = Field(description="URL of the paper or label that gives these numbers; must be one of the entry's sources.")

    @model_validator(mode="after")
    def _comparator_and_its_number_agree(self) -> Outcome:
        if self.comparator == Comparator.NONE and self.comparator_per_100 is not None:
            raise field_problem(
                "comparator_per_100",
                "a number for the comparison group needs a comparator other than 'none'; name it or remove the number.",
            )
        if self.comparator != Comparator.NONE and self.comparator_per_100 is None:
            raise field_problem(
                "comparator_per_100",
                f"comparator '{self.comparator.value}' needs its number out of 100 (comparator_per_100) from the source.",
            )
        if self.design in CONTROLLED_DESIGNS and self.comparator == Comparator.NONE:
            raise field_problem("comparator", f"a '{self.design.value}' compares groups; name the comparator (placebo, sham, ...).")
        return self


class SideEffectRate(StrictModel):
    """How many people out of 100 had one side effect, from a label's table or a trial report."""

    effect: ShortText = Field(description="The side effect in plain words.")
    treated_per_100: Per100
    comparator_per_100: Per100 | None = Field(default=None, description="The same in the comparison group, where the source gives it.")
    source: Url = Field(description="URL of the label or trial report; must be one of the entry's sources.")


class CostBand(StrEnum):
    """The first course in the US without insurance, on an ordered scale; ``COST_BAND_LIMITS`` gives the dollars."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    VERY_HIGH = "very-high"


# US dollars for the first course without insurance: (at least, below); None is open-ended.
COST_BAND_LIMITS: dict[CostBand, tuple[int, int | None]] = {
    CostBand.LOW: (0, 500),
    CostBand.MODERATE: (500, 5_000),
    CostBand.HIGH: (5_000, 20_000),
    CostBand.VERY_HIGH: (20_000, None),
}


def band_for(usd: float) -> CostBand:
    """The cost band a dollar amount falls in."""
    return next(band for band, (low, high) in COST_BAND_LIMITS.items() if usd >= low and (high is None or usd < high))


class Cost(StrictModel):
    """What the first course costs in the US without insurance, and how it is usually covered."""

    band: CostBand = Field(description="low: under $500; moderate: $500 to $5,000; high: $5,000 to $20,000; very-high: above $20,000.")
    usd_first_course: RangeField | None = Field(default=None, description="[min, max] US dollars, only where a source gives figures.")
    generic: bool | None = Field(default=None, description="For medicines: true when a generic is sold. Absent where it does not apply.")
    coverage: Text = Field(description="How insurance usually covers it, in plain words.")
    source: Url | None = Field(default=None, description="URL of the source of the figures; needed with usd_first_course.")

    _usd = field_validator("usd_first_course")(_check_range)

    @model_validator(mode="after")
    def _figures_fit_the_band(self) -> Cost:
        if self.usd_first_course is None:
            return self
        if self.source is None:
            raise field_problem("source", "dollar figures need 'source': the URL of the study or fee schedule that gives them.")
        low, high = self.usd_first_course
        if band_for(low) != self.band and band_for(high) != self.band:
            raise field_problem(
                "band",
                f"${low:,.0f} to ${high:,.0f} is in the '{band_for(low).value}' band, not '{self.band.value}'; "
                "the bands are low < $500, moderate < $5,000, high < $20,000, very-high above.",
            )
        return self


class ClinicDetails(StrictModel):
    """Optional fields a clinic fills in for its own catalog."""

    offered_here: bool
    typical_wait: ShortText | None = None
    cost_notes: Text | None = None
    contact: ShortText | None = None


class Treatment(StrictModel):
    """One treatment option, at the level a patient would compare it."""

    id: KebabId
    name: ShortText
    brands: tuple[ShortText, ...] = ()
    category: Category
    summary: Text
    mechanism: Text
    fda: Fda
    invasiveness: Invasiveness
    anesthesia: bool
    setting: Annotated[tuple[Setting, ...], Field(min_length=1)]
    schedule: Schedule
    observation_minutes: Annotated[int, Field(ge=0, le=24 * 60)] = Field(description="Monitoring after each dose, in minutes.")
    needs_driver: bool = Field(description="True when a person may not drive after a session.")
    access: tuple[Text, ...] = Field(description="Prerequisites: failed trials, a certified centre, prior authorisation.")
    onset_days: RangeField = Field(description="[min, max] days to a first noticeable benefit.")
    side_effects: Annotated[tuple[Text, ...], Field(min_length=1)]
    good_candidates: Annotated[tuple[Text, ...], Field(min_length=1)]
    cautions: Annotated[tuple[Text, ...], Field(min_length=1)]
    evidence: Evidence
    sources: Annotated[tuple[Source, ...], Field(min_length=1)]
    reviewed: dt.date
    outcomes: tuple[Outcome, ...] | None = Field(
        default=None, description="How many out of 100 got better, per study. [] with an outcomes_note when no study has measured it."
    )
    outcomes_note: Text | None = Field(
        default=None, description="Why there are no numbers, or what they do not tell; needed when outcomes is []."
    )
    side_effect_rates: tuple[SideEffectRate, ...] = Field(default=(), description="The side effects a person would weigh, out of 100.")
    cost: Cost | None = None
    clinic: ClinicDetails | None = None

    _onset = field_validator("onset_days")(_check_range)

    @model_validator(mode="after")
    def _fields_agree(self) -> Treatment:
        listed = {source.url for source in self.sources}
        for path, url in self._cited_urls():
            if url not in listed:
                raise field_problem(path, "must be the URL of one of this entry's sources; add that source under 'sources'.")
        if self.outcomes == () and self.outcomes_note is None:
            raise field_problem(
                "outcomes",
                "'outcomes: []' needs an outcomes_note saying why there are no numbers (for example, no trial has measured it).",
            )
        if self.anesthesia != (self.invasiveness == Invasiveness.ANESTHESIA) and self.invasiveness != Invasiveness.SURGICAL:
            raise field_problem(
                "anesthesia",
                "'anesthesia' and 'invasiveness' disagree: anesthesia: true goes with invasiveness 'anesthesia' (or 'surgical').",
            )
        return self

    def _cited_urls(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every (field path, URL) where a fact points at one of the entry's sources."""
        cited: list[tuple[tuple[str | int, ...], str]] = []
        if self.fda.source:
            cited.append((("fda", "source"), self.fda.source))
        cited += [(("outcomes", index, "source"), outcome.source) for index, outcome in enumerate(self.outcomes or ())]
        cited += [(("side_effect_rates", index, "source"), rate.source) for index, rate in enumerate(self.side_effect_rates)]
        if self.cost is not None and self.cost.source:
            cited.append((("cost", "source"), self.cost.source))
        return cited


def repeated_ids(located_ids: Iterable[tuple[tuple[Any, ...], Any]]) -> list[tuple[tuple[Any, ...], str]]:
    """Every (location, id) whose id was already seen earlier; ids that are not text are skipped."""
    seen: set[str] = set()
    repeats = []
    for location, item_id in located_ids:
        if isinstance(item_id, str):
            if item_id in seen:
                repeats.append((location, item_id))
            seen.add(item_id)
    return repeats


class Catalog(StrictModel):
    """The whole file: a version, a review date and the treatments."""

    version: ShortText
    reviewed: dt.date
    treatments: Annotated[tuple[Treatment, ...], Field(min_length=1)]

    @field_validator("treatments")
    @classmethod
    def _ids_are_unique(cls, treatments: tuple[Treatment, ...]) -> tuple[Treatment, ...]:
        duplicates = repeated_ids(((index, "id"), treatment.id) for index, treatment in enumerate(treatments))
        if duplicates:
            path, treatment_id = duplicates[0]
            raise PydanticCustomError(
                "duplicate_id", "the id '{id}' is used twice; every entry needs its own id", {"id": treatment_id, "path": path}
            )
        return treatments

    @staticmethod
    def id_locations(data: Any) -> list[tuple[tuple[Any, ...], Any]]:
        """Where each entry's ``id`` sits in raw (unvalidated) data, for the loader's duplicate check."""
        entries = data.get("treatments") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        return [(("treatments", index, "id"), entry.get("id")) for index, entry in enumerate(entries) if isinstance(entry, dict)]

    def by_id(self) -> dict[str, Treatment]:
        """Map each id to its treatment."""
        return {treatment.id: treatment for treatment in self.treatments}
