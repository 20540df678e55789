"""Names a person may meet in the news that are not options in the catalog, each with its status and a source.

Kept apart from the catalog (``data/news_names.yaml``) so nothing here is ever
compared, ranked or picked: these are explained on the Learn page only.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from trd.catalog.models import ShortText, Source, StrictModel, Text


class NewsName(StrictModel):
    """One name, what it is, where it stands, and the source for that."""

    name: ShortText
    also_called: tuple[ShortText, ...] = ()
    what: Text = Field(description="What it is, in one or two plain sentences.")
    status: Text = Field(description="Where it stands (approved for what, in trials, stopped), with the year.")
    source: Source
    reviewed: dt.date


class NewsNames(StrictModel):
    """The whole file."""

    reviewed: dt.date
    names: Annotated[tuple[NewsName, ...], Field(min_length=1)]
