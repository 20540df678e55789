"""Try a catalog file without restarting: an upload that this browser session alone uses.

The uploaded catalog lives in ``st.session_state``, so it is never shared
with other sessions and is gone when the tab closes; nothing is written to
disk. A file with problems is not used: its problems are listed with line
numbers and the catalog already in use keeps working.
"""

from __future__ import annotations

import streamlit as st

from components.picked_options import PICKED_KEY, set_picked_ids
from trd.catalog.models import Catalog
from trd.catalog.problems import DataFileError
from trd.catalog.upload import MAX_UPLOAD_BYTES, display_name, read_uploaded_catalog
from trd.render.safe_markdown import escape_markdown

UPLOADED_CATALOG_KEY = "uploaded_catalog"
UPLOADED_NAME_KEY = "uploaded_catalog_name"


def session_catalog() -> Catalog | None:
    """The catalog this session uploaded, or None when it uses the server's catalog."""
    value = st.session_state.get(UPLOADED_CATALOG_KEY)
    return value if isinstance(value, Catalog) else None


def session_catalog_name() -> str | None:
    """The uploaded file's (safe) name, when this session uses an upload."""
    return st.session_state.get(UPLOADED_NAME_KEY) if session_catalog() is not None else None


def _keep_known_picks(catalog: Catalog | None) -> None:
    """Drop picks the newly used catalog does not have (the server's catalog when ``catalog`` is None)."""
    picks = st.session_state.get(PICKED_KEY)
    if not isinstance(picks, list):
        return
    if catalog is None:
        from components.catalog_source import server_catalog

        loaded = server_catalog()
        known = loaded.by_id() if isinstance(loaded, Catalog) else {}
    else:
        known = catalog.by_id()
    kept = [item for item in picks if item in known]
    if kept != picks:
        set_picked_ids(kept)


def _uploader_key(key: str) -> str:
    # A new key empties the uploader after "use the server's catalog again".
    return f"{key}_file_{st.session_state.get(f'{key}_round', 0)}"


def _on_upload(key: str) -> None:
    uploaded = st.session_state.get(_uploader_key(key))
    if uploaded is None:  # the file was removed from the box
        st.session_state.pop(f"{key}_problems", None)
        return
    try:
        catalog = read_uploaded_catalog(uploaded.getvalue(), uploaded.name)
    except DataFileError as error:
        st.session_state[f"{key}_problems"] = (display_name(uploaded.name), tuple(str(problem) for problem in error.problems))
        return
    st.session_state.pop(f"{key}_problems", None)
    st.session_state[UPLOADED_CATALOG_KEY] = catalog
    st.session_state[UPLOADED_NAME_KEY] = display_name(uploaded.name)
    _keep_known_picks(catalog)


def _on_reset(key: str) -> None:
    for name in (UPLOADED_CATALOG_KEY, UPLOADED_NAME_KEY, f"{key}_problems"):
        st.session_state.pop(name, None)
    st.session_state[f"{key}_round"] = st.session_state.get(f"{key}_round", 0) + 1
    _keep_known_picks(None)


def catalog_upload(*, key: str = "catalog_upload") -> None:
    """The upload box, what this session uses now, and the problems of a file that was refused."""
    with st.container(key=key):
        current = session_catalog()
        if current is not None:
            with st.container(key=f"{key}_in_use"):
                st.success(
                    f"This browser tab now uses the uploaded catalog **{escape_markdown(session_catalog_name() or '')}** "
                    f"({len(current.treatments)} options, version {escape_markdown(current.version)}). "
                    "Other people using this app still see the server's catalog.",
                    icon=":material/check_circle:",
                )
            st.button("Use the server's catalog again", key=f"{key}_reset", on_click=_on_reset, args=(key,), icon=":material/undo:")
        st.file_uploader(
            f"Upload a catalog file to try (YAML, up to {MAX_UPLOAD_BYTES // 1_048_576} MB)",
            type=["yaml", "yml"],
            key=_uploader_key(key),
            on_change=_on_upload,
            args=(key,),
            max_upload_size=MAX_UPLOAD_BYTES // 1_048_576,
            help=(
                "The file is checked with the same rules as `python -m trd validate`. "
                "It is used only in this browser tab and is not stored."
            ),
        )
        refused = st.session_state.get(f"{key}_problems")
        if refused:
            name, problems = refused
            with st.container(key=f"{key}_problems"):
                in_use = "the uploaded catalog from before" if current is not None else "the server's catalog"
                st.error(
                    f"**{escape_markdown(name)} was not used.** {len(problems)} problem(s) need fixing. "
                    f"The app keeps working with {in_use}.",
                    icon=":material/error:",
                )
                st.markdown("Fix each line below in the file, then upload it again. `python -m trd validate FILE` gives the same list.")
                st.code("\n".join(f"- {problem}" for problem in problems), language=None, wrap_lines=True)
