"""What is new in the catalog: the latest version's summary, and every change, by option."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from trd.catalog.changelog import Changelog
from trd.catalog.models import Catalog
from trd.render.safe_markdown import escape_markdown

GENERAL = "Whole catalog"


def changelog_view(changelog: Changelog, catalog: Catalog, *, key: str = "changelog") -> None:
    """Each version, newest first: its date and summary, and its changes grouped by option in a folded list."""
    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    with st.container(key=key):
        for version in sorted(changelog.versions, key=lambda item: item.date, reverse=True):
            when = f"{version.date:%B} {version.date.day}, {version.date.year}"
            st.markdown(f"**Version {escape_markdown(version.version)}** ({when}): {escape_markdown(version.summary)}")
            if not version.changes:
                continue
            by_option: dict[str, list[str]] = defaultdict(list)
            for change in version.changes:
                line = f"{change.kind.value.capitalize()}: {change.what}" + (f" ({change.why})" if change.why else "")
                for option in change.options or (GENERAL,):
                    by_option[names.get(option, option) if option != GENERAL else GENERAL].append(line)
            with st.expander(f"All {len(version.changes)} changes in version {version.version}, by option"):
                st.markdown(
                    "\n".join(
                        f"- **{escape_markdown(option)}**\n" + "\n".join(f"  - {escape_markdown(line)}" for line in lines)
                        for option, lines in sorted(by_option.items(), key=lambda item: (item[0] != GENERAL, item[0]))
                    )
                )
