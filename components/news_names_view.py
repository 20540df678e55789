"""Names in the news that are not options here: what each is, where it stands, and the source."""

from __future__ import annotations

import streamlit as st

from trd.catalog.news_names import NewsNames
from trd.render.safe_markdown import escape_markdown, markdown_link


def news_names_view(news: NewsNames, *, key: str = "news_names") -> None:
    """One short block per name, with its status and a link to the record it rests on."""
    with st.container(key=key):
        st.markdown(
            "You may read about these in the news. None of them is an option you can get for depression that has not improved, "
            "so they are not in the catalog and cannot be compared. Each status was checked on the date shown."
        )
        lines = []
        for item in news.names:
            also = f" (also called {escape_markdown(', '.join(item.also_called))})" if item.also_called else ""
            lines.append(
                f"- **{escape_markdown(item.name)}**{also}: {escape_markdown(item.what)}  \n"
                f"  *Where it stands:* {escape_markdown(item.status)}  \n"
                f"  Source: {markdown_link(item.source.title, item.source.url)} · checked {item.reviewed:%B %d, %Y}"
            )
        st.markdown("\n".join(lines))
