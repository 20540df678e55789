"""Where the app's data files come from, each loaded once per file version and shared read-only.

The cache key is the file's path and modification time, never the catalog
itself: hashing forty models on every rerun would cost more than the work.
Models are frozen and hold tuples, so sharing one object between sessions
is safe.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import streamlit as st
from pydantic import BaseModel

from trd.catalog.changelog import Changelog
from trd.catalog.data_files import (
    CATALOG,
    CHANGELOG,
    DEFAULT_CATALOG,
    DEFAULT_GLOSSARY,
    DEFAULT_QUESTIONS,
    GLOSSARY,
    NEWS_NAMES,
    QUESTIONS,
    data_file_named,
)
from trd.catalog.glossary import Glossary
from trd.catalog.loader import load_model_file
from trd.catalog.models import Catalog
from trd.catalog.news_names import NewsNames
from trd.catalog.problems import DataFileError
from trd.catalog.question_bank import QuestionBank

CATALOG_ENV = "TRD_CATALOG"


def catalog_argument(argv: Sequence[str]) -> str | None:
    """The path after ``--catalog`` (or in ``--catalog=PATH``) in the script's arguments, if any.

    ``streamlit run app.py -- --catalog clinic.yaml`` passes the arguments after ``--`` to the script.
    """
    for index, argument in enumerate(argv[1:], start=1):
        if argument == "--catalog" and index + 1 < len(argv):
            return argv[index + 1].strip() or None
        if argument.startswith("--catalog="):
            return argument.split("=", 1)[1].strip() or None
    return None


def configured_catalog_path() -> Path:
    """The catalog named by ``--catalog PATH``, else by ``TRD_CATALOG``, else the bundled one."""
    named = catalog_argument(sys.argv) or os.environ.get(CATALOG_ENV, "").strip()
    return Path(named) if named else DEFAULT_CATALOG


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0  # missing file: the loader explains it


# Keyed by the data file's name (from trd.catalog.data_files), its path and modification time.
@st.cache_resource(show_spinner=False, max_entries=8)
def _load_cached(name: str, path: str, modified: float) -> BaseModel | DataFileError:
    del modified  # part of the cache key only: a saved edit loads afresh
    try:
        return load_model_file(path, data_file_named(name).model)
    except DataFileError as error:
        return error


def _load(name: str, path: Path) -> Any:
    return _load_cached(name, str(path), _modified(path))


def server_catalog() -> Catalog | DataFileError:
    """The configured catalog, or the problems that keep it from loading."""
    return cast("Catalog | DataFileError", _load(CATALOG.name, configured_catalog_path()))


def question_bank() -> QuestionBank | DataFileError:
    """The questions file, or its problems."""
    return cast("QuestionBank | DataFileError", _load(QUESTIONS.name, DEFAULT_QUESTIONS))


def glossary(path: Path = DEFAULT_GLOSSARY) -> Glossary | DataFileError:
    """The glossary, or the problems that keep it from loading."""
    return cast("Glossary | DataFileError", _load(GLOSSARY.name, path))


def news_names() -> NewsNames | DataFileError:
    """The names in the news that are not options, or the problems that keep the file from loading."""
    return cast("NewsNames | DataFileError", _load(NEWS_NAMES.name, NEWS_NAMES.default_path))


def changelog() -> Changelog | DataFileError:
    """What changed in each catalog version, or the problems that keep the file from loading."""
    return cast("Changelog | DataFileError", _load(CHANGELOG.name, CHANGELOG.default_path))
