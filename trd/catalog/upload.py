"""Check a catalog file someone uploads to try it without restarting the app.

The bytes are validated by the same strict reader and models as the
configured catalog, so an upload gets the same messages with line numbers.
Nothing is written to disk; the caller keeps the result for one session.
"""

from __future__ import annotations

import re

from trd.catalog.loader import parse_model
from trd.catalog.models import Catalog
from trd.catalog.problems import DataFileError, Problem

# The bundled catalog of 53 options is about 0.2 MB; a clinic's is smaller.
# The server refuses uploads over 2 MB (server.maxUploadSize); this is the app's own, lower limit.
MAX_UPLOAD_BYTES = 1_048_576
ALLOWED_SUFFIXES = (".yaml", ".yml")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]")


def display_name(filename: str) -> str:
    """The uploaded file's name as safe, short text: the last path part, odd characters replaced."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip() or "uploaded file"
    cleaned = _UNSAFE_NAME.sub("_", base)
    return cleaned if len(cleaned) <= 80 else cleaned[:77] + "..."


def read_uploaded_catalog(raw: bytes, filename: str, *, max_bytes: int = MAX_UPLOAD_BYTES) -> Catalog:
    """Validate an uploaded catalog file's bytes.

    ``filename`` is the name the browser sent; messages use its safe form.
    Returns the catalog, or raises ``DataFileError`` listing every problem
    (wrong kind of file, too large, YAML or field problems with line numbers).
    """
    name = display_name(filename)
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise DataFileError([Problem(name, "this is not a YAML file; upload a catalog file whose name ends in .yaml or .yml.")])
    if len(raw) > max_bytes:
        limit = max_bytes / 1_048_576
        raise DataFileError(
            [
                Problem(
                    name,
                    f"the file is {len(raw) / 1_048_576:.1f} MB; uploads are limited to {limit:.0f} MB. A catalog is usually far smaller.",
                )
            ]
        )
    return parse_model(raw, name, Catalog, max_bytes=max_bytes)
