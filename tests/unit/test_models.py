"""Catalog model rules, grouped by behaviour."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from tests.unit.paths import SMALL_CATALOG
from trd.catalog.models import INVASIVENESS_ORDER, Catalog, Invasiveness, Treatment


def small_entries() -> list[dict[str, Any]]:
    return yaml.safe_load(SMALL_CATALOG.read_text())["treatments"]  # type: ignore[no-any-return]


def test_a_valid_entry_builds_a_frozen_model() -> None:
    treatment = Treatment.model_validate(small_entries()[0])
    assert treatment.onset_days == (14, 42)
    with pytest.raises(ValidationError):
        treatment.name = "changed"  # type: ignore[misc]
    assert isinstance(treatment.side_effects, tuple)  # nothing in a shared catalog can be appended to


def test_invasiveness_scale_is_ordered_least_to_most() -> None:
    assert [level.value for level in sorted(Invasiveness, key=INVASIVENESS_ORDER.__getitem__)] == [
        "none", "noninvasive", "minimally-invasive", "anesthesia", "surgical",
    ]  # fmt: skip


class TestRanges:
    def test_low_above_high_is_refused(self) -> None:
        entry = small_entries()[0]
        entry["onset_days"] = [30, 10]
        with pytest.raises(ValidationError, match="larger than the second"):
            Treatment.model_validate(entry)

    def test_not_a_number_is_refused(self) -> None:
        entry = small_entries()[0]
        entry["onset_days"] = [float("nan"), 10]
        with pytest.raises(ValidationError):
            Treatment.model_validate(entry)


class TestRegulatoryRules:
    def test_approved_needs_year_and_source(self) -> None:
        entry = small_entries()[0]
        del entry["fda"]["year"]
        with pytest.raises(ValidationError, match="needs the year"):
            Treatment.model_validate(entry)

    def test_source_must_be_listed(self) -> None:
        entry = small_entries()[0]
        entry["fda"]["source"] = "https://example.org/elsewhere"
        with pytest.raises(ValidationError, match="one of this entry's sources"):
            Treatment.model_validate(entry)

    def test_for_trd_needs_an_approval(self) -> None:
        entry = small_entries()[0]
        entry["fda"] = {"status": "off-label", "indication": "Sold for something else.", "for_trd": True}
        with pytest.raises(ValidationError, match="only fits an approved or cleared use"):
            Treatment.model_validate(entry)


class TestCatalog:
    def test_duplicate_ids_are_refused(self) -> None:
        entries = small_entries()
        entries[1]["id"] = entries[0]["id"]
        with pytest.raises(ValidationError, match="used twice"):
            Catalog.model_validate({"version": "1", "reviewed": "2026-01-01", "treatments": entries})

    def test_unknown_key_is_refused(self) -> None:
        entries = small_entries()
        entries[0]["onset_day"] = [1, 2]
        with pytest.raises(ValidationError, match="Extra inputs"):
            Catalog.model_validate({"version": "1", "reviewed": "2026-01-01", "treatments": entries})
