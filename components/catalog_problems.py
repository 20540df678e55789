"""The friendly page shown instead of a traceback when a data file has problems."""

from __future__ import annotations

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
