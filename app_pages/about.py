"""About: who made this, where every fact comes from, and how the catalog is kept current."""

import streamlit as st

from components.active_catalog import require_catalog
from components.catalog_problems import loaded_or_problems
from components.catalog_source import changelog, configured_catalog_path
from components.catalog_upload import catalog_upload, session_catalog_name
from components.changelog_view import changelog_view
from trd.catalog.sources import source_credit, unique_sources
from trd.render.safe_markdown import escape_markdown, markdown_link

catalog = require_catalog()

st.title("About this app")
st.markdown(
    """
**What it is.** A free, open tool that lays out treatment options for depression that has not
improved after two or more treatments, so a person can compare them and prepare questions for a
clinician. It explains; it does not recommend, diagnose or replace care.

**Who made it.** A small independent volunteer team of software engineers. The texts were written by
the team from the public sources listed below and checked against FDA labels and announcements.
Clinicians were not paid to review it, and it is not a substitute for their advice.

**Who paid for it.** No one. No company, clinic, drug or device maker paid for any content, and
nothing here is advertising. No option is placed higher because of who sells it.

**Your privacy.** Everything you type stays in this browser session and in your own browser's storage.
Nothing is sent to another site, and the app keeps no record of you on the server.
"""
)

st.header("How the catalog is kept current")
st.markdown(
    f"""
- Catalog version **{escape_markdown(catalog.version)}**, last reviewed **{catalog.reviewed:%B %d, %Y}**.
  Each option also shows the date its entry was last checked.
- Every FDA fact (approval or clearance, its year and the exact use) is checked against the FDA label
  or announcement, which is cited in the entry.
- The whole catalog is reviewed at least every six months, and an entry is updated as soon as the FDA
  approves, clears or changes the label of an option in it. Corrections are welcome at any time.
- Where a source article and the FDA disagree, the catalog follows the FDA.
"""
)
st.markdown(f"Catalog file in use: `{session_catalog_name() or configured_catalog_path().name}`")

st.header("What is new", anchor="whats-new")
if (changes := loaded_or_problems(changelog(), key="changelog_problems", title="The list of changes could not be loaded")) is not None:
    changelog_view(changes, catalog, key="changelog")

st.header("Sources")
cited = unique_sources(catalog.treatments)
st.markdown(f"{len(cited)} sources back the {len(catalog.treatments)} options in this catalog.")
st.markdown(
    "\n".join(
        f"- {markdown_link(item.source.title, item.source.url)} · {escape_markdown(source_credit(item.source))}"
        + f" · cited for: {escape_markdown(', '.join(item.cited_by))}"
        for item in cited
    )
)

st.header("For clinics: try your own catalog", anchor="clinic-catalog")
st.markdown(
    """
A clinic can run this app on its own catalog: the same format as `data/treatments.yaml`, with optional
clinic fields per option (offered here, typical wait, cost and insurance notes, contact or booking link).
The README explains how to edit and check one, and how to make the server use it.

To try a file without restarting anything, upload it here. It is checked with the same rules as
`python -m trd validate`; a file with problems is not used, and its problems are listed with line numbers.
An upload is used only in this browser tab, is not stored on the server, and is gone when the tab closes.
"""
)
catalog_upload(key="catalog_upload")
