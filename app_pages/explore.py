"""Explore page (being built)."""

import streamlit as st

from components.active_catalog import require_catalog

catalog = require_catalog()
st.title("Explore")
st.write(f"{len(catalog.treatments)} options in the catalog.")
