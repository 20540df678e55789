"""Learn: the usual treatment pathway, a glossary, and a printable one-page handout (for workshops)."""

import streamlit as st

from components.active_catalog import require_catalog
from components.catalog_problems import loaded_or_problems
from components.catalog_source import glossary, news_names
from components.glossary_view import glossary_view
from components.handout_download import handout_download
from components.news_names_view import news_names_view
from components.pathway_view import pathway_view

catalog = require_catalog()

st.title("Learn")
st.markdown(
    "For workshops and anyone who wants the big picture: the order in which options are usually considered, "
    "and what the words in the catalog mean."
)

st.header("The treatment pathway", anchor="pathway")
pathway_view(catalog, key="pathway")

st.header("Glossary", anchor="glossary")
if (terms := loaded_or_problems(glossary(), key="glossary_problems", title="The glossary could not be loaded")) is not None:
    glossary_view(terms, catalog, key="glossary")

st.header("In the news, not options here", anchor="in-the-news")
if (news := loaded_or_problems(news_names(), key="news_names_problems", title="The names in the news could not be loaded")) is not None:
    news_names_view(news, key="news_names")

st.header("Printable handout", anchor="handout")
handout_download(catalog, key="handout")
