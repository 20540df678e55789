"""Sources across the catalog, for the About page and the appointment sheet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trd.catalog.models import Source, Treatment


@dataclass(frozen=True)
class CitedSource:
    """One source and the names of the options that cite it."""

    source: Source
    cited_by: tuple[str, ...]


def unique_sources(treatments: Iterable[Treatment]) -> list[CitedSource]:
    """Every distinct source (by URL), in first-cited order, with the options citing it."""
    first: dict[str, Source] = {}
    citing: dict[str, list[str]] = {}
    for treatment in treatments:
        for source in treatment.sources:
            first.setdefault(source.url, source)
            names = citing.setdefault(source.url, [])
            if treatment.name not in names:
                names.append(treatment.name)
    return [CitedSource(first[url], tuple(citing[url])) for url in first]
