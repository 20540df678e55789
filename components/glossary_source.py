"""The glossary, loaded once per file version and shared read-only between sessions."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from trd.glossary import DEFAULT_GLOSSARY, Glossary, load_glossary
from trd.problems import DataFileError


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0  # missing file: the loader explains it


@st.cache_resource(show_spinner=False, max_entries=2)
def _load_glossary_cached(path: str, modified: float) -> Glossary | DataFileError:
    del modified  # part of the cache key only
    try:
        return load_glossary(path)
    except DataFileError as error:
        return error


def glossary(path: Path = DEFAULT_GLOSSARY) -> Glossary | DataFileError:
    """The glossary, or the problems that keep it from loading."""
    return _load_glossary_cached(str(path), _modified(path))
