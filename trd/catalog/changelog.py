"""What changed in each version of the catalog (``data/changes.yaml``), newest first, shown on About."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from trd.catalog.models import KebabId, ShortText, StrictModel, Text


class ChangeKind(StrEnum):
    """What kind of change an item is."""

    ADDED = "added"
    UPDATED = "updated"
    CORRECTED = "corrected"
    REMOVED = "removed"


class CatalogChange(StrictModel):
    """One change: what it was, which options it touches, and why."""

    kind: ChangeKind
    what: Text
    why: Text | None = None
    options: tuple[KebabId, ...] = ()


class CatalogVersion(StrictModel):
    """One version of the catalog and its changes."""

    version: ShortText
    date: dt.date
    summary: Text
    changes: tuple[CatalogChange, ...] = ()


class Changelog(StrictModel):
    """The whole file, newest version first."""

    versions: Annotated[tuple[CatalogVersion, ...], Field(min_length=1)]

    def latest(self) -> CatalogVersion:
        """The newest version."""
        return max(self.versions, key=lambda version: version.date)
