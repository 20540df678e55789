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


def field_problem(field: str | tuple[str, ...], message: str) -> PydanticCustomError:
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
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$", max_length=500)]
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
    clinic: ClinicDetails | None = None

    _onset = field_validator("onset_days")(_check_range)

    @model_validator(mode="after")
    def _fields_agree(self) -> Treatment:
        if self.fda.source and self.fda.source not in {source.url for source in self.sources}:
            raise field_problem(("fda", "source"), "must be the URL of one of this entry's sources; add that source under 'sources'.")
        if self.anesthesia != (self.invasiveness == Invasiveness.ANESTHESIA) and self.invasiveness != Invasiveness.SURGICAL:
            raise field_problem(
                "anesthesia",
                "'anesthesia' and 'invasiveness' disagree: anesthesia: true goes with invasiveness 'anesthesia' (or 'surgical').",
            )
        return self


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
