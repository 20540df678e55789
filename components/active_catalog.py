"""The catalog a page works with: the one this session uses, or a friendly stop."""

from __future__ import annotations

import streamlit as st

from components.catalog_problems import catalog_problems
from components.catalog_source import server_catalog
from components.catalog_upload import session_catalog
from trd.catalog.models import Catalog
from trd.catalog.problems import DataFileError


def require_catalog() -> Catalog:
    """The working catalog; when it cannot load, show its problems and stop the page.

    A catalog this session uploaded (About page) comes first; it lives in this
    session's state only and is never shared with other sessions.
    """
    uploaded = session_catalog()
    if uploaded is not None:
        return uploaded
    loaded = server_catalog()
    if isinstance(loaded, DataFileError):
        catalog_problems(loaded)
        st.stop()
    return loaded
