"""The validated catalog as JSON, CSV rows and JSON Schema."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from trd.catalog.models import Catalog, Treatment

CSV_COLUMNS = (
    "id", "name", "brands", "category", "summary", "mechanism",
    "fda_status", "fda_indication", "fda_year", "fda_for_trd", "fda_source",
    "invasiveness", "anesthesia", "setting",
    "schedule_summary", "schedule_location", "sessions_per_week_min", "sessions_per_week_max",
    "minutes_per_session_min", "minutes_per_session_max", "course_weeks_min", "course_weeks_max",
    "maintenance", "observation_minutes", "needs_driver", "access",
    "onset_days_min", "onset_days_max", "side_effects", "good_candidates", "cautions",
    "evidence_strength", "evidence_summary", "sources", "reviewed",
)  # fmt: skip

_LIST_SEPARATOR = " | "


def catalog_to_json(catalog: Catalog) -> str:
    """The whole catalog as pretty-printed JSON (dates as YYYY-MM-DD)."""
    return json.dumps(catalog.model_dump(mode="json", exclude_none=True), indent=2, ensure_ascii=False)


def treatment_to_row(treatment: Treatment) -> dict[str, Any]:
    """One flat row per treatment; lists are joined with ' | '."""
    fda, schedule = treatment.fda, treatment.schedule
    return {
        "id": treatment.id,
        "name": treatment.name,
        "brands": _LIST_SEPARATOR.join(treatment.brands),
        "category": treatment.category.value,
        "summary": treatment.summary,
        "mechanism": treatment.mechanism,
        "fda_status": fda.status.value,
        "fda_indication": fda.indication,
        "fda_year": fda.year if fda.year is not None else "",
        "fda_for_trd": fda.for_trd,
        "fda_source": fda.source or "",
        "invasiveness": treatment.invasiveness.value,
        "anesthesia": treatment.anesthesia,
        "setting": _LIST_SEPARATOR.join(setting.value for setting in treatment.setting),
        "schedule_summary": schedule.summary,
        "schedule_location": schedule.location.value,
        "sessions_per_week_min": schedule.sessions_per_week[0],
        "sessions_per_week_max": schedule.sessions_per_week[1],
        "minutes_per_session_min": schedule.minutes_per_session[0],
        "minutes_per_session_max": schedule.minutes_per_session[1],
        "course_weeks_min": schedule.course_weeks[0],
        "course_weeks_max": schedule.course_weeks[1],
        "maintenance": schedule.maintenance,
        "observation_minutes": treatment.observation_minutes,
        "needs_driver": treatment.needs_driver,
        "access": _LIST_SEPARATOR.join(treatment.access),
        "onset_days_min": treatment.onset_days[0],
        "onset_days_max": treatment.onset_days[1],
        "side_effects": _LIST_SEPARATOR.join(treatment.side_effects),
        "good_candidates": _LIST_SEPARATOR.join(treatment.good_candidates),
        "cautions": _LIST_SEPARATOR.join(treatment.cautions),
        "evidence_strength": treatment.evidence.strength.value,
        "evidence_summary": treatment.evidence.summary,
        "sources": _LIST_SEPARATOR.join(f"{source.title} <{source.url}>" for source in treatment.sources),
        "reviewed": treatment.reviewed.isoformat(),
    }


def catalog_to_csv(catalog: Catalog) -> str:
    """The catalog as CSV text with a header row, one row per treatment."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for treatment in catalog.treatments:
        writer.writerow(treatment_to_row(treatment))
    return buffer.getvalue()


def catalog_json_schema() -> str:
    """JSON Schema of the catalog file, for editors that check YAML as it is typed."""
    schema = Catalog.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "TRD treatment catalog"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
