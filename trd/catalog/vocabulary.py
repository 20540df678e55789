"""How each fixed value of the catalog is named, in one table per kind of value.

Every value has three names: a ``label`` for filters, tables and cards, a
``short`` word for chart legends and the handout, and a ``phrase`` that reads
inside a sentence ("used off-label (not FDA-approved for depression)"). Every
page, chart, PDF and export takes its words from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from trd.catalog.models import Category, EvidenceStrength, FdaStatus, Invasiveness, Setting


@dataclass(frozen=True)
class Words:
    """The names of one value: for a list or table, for a legend, and inside a sentence."""

    label: str
    short: str
    phrase: str


CATEGORY_WORDS: Mapping[Category, Words] = MappingProxyType(
    {
        Category.MEDICATION: Words("Antidepressant medicine", "antidepressant", "an antidepressant medicine"),
        Category.AUGMENTATION: Words("Add-on medicine", "add-on", "a medicine added to an antidepressant"),
        Category.RAPID_ACTING: Words("Rapid-acting", "rapid-acting", "a rapid-acting treatment"),
        Category.BRAIN_STIMULATION: Words("Brain stimulation", "stimulation", "a brain stimulation treatment"),
        Category.PSYCHOTHERAPY: Words("Talk therapy", "talk therapy", "a talk therapy"),
        Category.DIGITAL: Words("Digital (app or device)", "digital", "an app or device"),
        Category.EMERGING: Words("Emerging (in trials)", "emerging", "an emerging treatment still in trials"),
        Category.LIFESTYLE: Words("Lifestyle", "lifestyle", "a lifestyle change"),
    }
)

FDA_STATUS_WORDS: Mapping[FdaStatus, Words] = MappingProxyType(
    {
        FdaStatus.APPROVED: Words("FDA approved", "approved", "FDA-approved for depression"),
        FdaStatus.CLEARED: Words("FDA cleared (device)", "cleared (device)", "FDA-cleared for depression"),
        FdaStatus.OFF_LABEL: Words(
            "Off-label (not approved for depression)", "off-label", "used off-label (not FDA-approved for depression)"
        ),
        FdaStatus.INVESTIGATIONAL: Words("Investigational (trials only)", "investigational", "investigational (only in studies)"),
        FdaStatus.UNDER_REVIEW: Words("Under FDA review", "under review", "under FDA review"),
        FdaStatus.NOT_APPLICABLE: Words("No FDA status (therapy, habit or dosing plan)", "no FDA status", "not something the FDA approves"),
    }
)

INVASIVENESS_WORDS: Mapping[Invasiveness, Words] = MappingProxyType(
    {
        Invasiveness.NONE: Words("None (talk, app or lifestyle)", "none", "none"),
        Invasiveness.NONINVASIVE: Words("Non-invasive (pill, spray or outside device)", "non-invasive", "noninvasive"),
        Invasiveness.MINIMALLY_INVASIVE: Words("Minimally invasive (needle or IV)", "needle or IV", "minimally invasive"),
        Invasiveness.ANESTHESIA: Words("Under general anesthesia", "anesthesia", "anesthesia"),
        Invasiveness.SURGICAL: Words("Surgery (implant)", "surgery", "surgical"),
    }
)

SETTING_WORDS: Mapping[Setting, Words] = MappingProxyType(
    {
        Setting.HOME: Words("At home", "home", "at home"),
        Setting.CLINIC: Words("In a clinic", "clinic", "at a clinic"),
        Setting.HOSPITAL: Words("In a hospital", "hospital", "in a hospital"),
    }
)

EVIDENCE_WORDS: Mapping[EvidenceStrength, Words] = MappingProxyType(
    {
        EvidenceStrength.STRONG: Words("Strong", "strong", "strong"),
        EvidenceStrength.MODERATE: Words("Moderate", "moderate", "moderate"),
        EvidenceStrength.LIMITED: Words("Limited", "limited", "limited"),
        EvidenceStrength.EXPERIMENTAL: Words("Experimental", "experimental", "experimental"),
    }
)

_TABLES: Mapping[type[StrEnum], Mapping[Any, Words]] = MappingProxyType(
    {
        Category: CATEGORY_WORDS,
        FdaStatus: FDA_STATUS_WORDS,
        Invasiveness: INVASIVENESS_WORDS,
        Setting: SETTING_WORDS,
        EvidenceStrength: EVIDENCE_WORDS,
    }
)

VOCABULARY_KINDS: tuple[type[StrEnum], ...] = tuple(_TABLES)


def words(value: StrEnum) -> Words:
    """The names of a catalog value (a category, FDA status, invasiveness level, setting or evidence strength)."""
    return _TABLES[type(value)][value]


def label(value: StrEnum) -> str:
    """The name of ``value`` for filters, tables and cards."""
    return words(value).label
