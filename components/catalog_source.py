"""Where the app's catalog comes from, loaded once per file version and shared read-only.

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

import streamlit as st

from trd.loader import DEFAULT_CATALOG, DEFAULT_QUESTIONS, load_catalog, load_questions
from trd.models import Catalog
from trd.problems import DataFileError
from trd.questions import QuestionBank

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


@st.cache_resource(show_spinner=False, max_entries=4)
def _load_catalog_cached(path: str, modified: float) -> Catalog | DataFileError:
    del modified  # part of the cache key only
    try:
        return load_catalog(path)
    except DataFileError as error:
        return error


@st.cache_resource(show_spinner=False, max_entries=4)
def _load_questions_cached(path: str, modified: float) -> QuestionBank | DataFileError:
    del modified
    try:
        return load_questions(path)
    except DataFileError as error:
        return error


def server_catalog() -> Catalog | DataFileError:
    """The configured catalog, or the problems that keep it from loading."""
    path = configured_catalog_path()
    return _load_catalog_cached(str(path), _modified(path))


def question_bank() -> QuestionBank | DataFileError:
    """The questions file, or its problems."""
    return _load_questions_cached(str(DEFAULT_QUESTIONS), _modified(DEFAULT_QUESTIONS))
