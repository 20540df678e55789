"""The friendly page shown instead of a traceback when a data file has problems."""

from __future__ import annotations

from typing import TypeVar

import streamlit as st

from trd.catalog.problems import DataFileError


def catalog_problems(
    error: DataFileError, *, key: str = "catalog_problems", title: str = "The treatment catalog could not be loaded"
) -> None:
    """List every problem with its place, and what to do, then stop the page."""
    with st.container(key=key):
        st.error(f"**{title}.** {len(error.problems)} problem(s) need fixing in the file. Nothing you entered has been lost.")
        st.markdown(
            "Fix each line below in the YAML file, save it, and reload this page. The same list comes from `python -m trd validate PATH`."
        )
        st.code("\n".join(f"- {problem}" for problem in error.problems), language=None, wrap_lines=True)


Loaded = TypeVar("Loaded")


def loaded_or_problems(loaded: Loaded | DataFileError, *, key: str, title: str) -> Loaded | None:
    """The loaded data file, or None after listing its problems in place (the rest of the page still shows)."""
    if isinstance(loaded, DataFileError):
        catalog_problems(loaded, key=key, title=title)
        return None
    return loaded
