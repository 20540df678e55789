"""A button that downloads the one-page landscape handout (PDF) for workshops."""

from __future__ import annotations

import streamlit as st

from trd.catalog.models import Catalog
from trd.render.handout_pdf import handout_pdf


def handout_download(catalog: Catalog, *, key: str = "handout") -> None:
    """Explain the handout and offer it; the PDF is built only when the button is pressed."""
    with st.container(key=key):
        st.markdown(
            "One landscape page to print or share: a chart of how many options each category holds by FDA status, "
            "the usual order of steps, and key facts per category (time to a first change, where, how invasive, "
            "strongest evidence, examples). It is made from the catalog this page uses."
        )
        st.download_button(
            "Download the handout (PDF)",
            data=lambda: handout_pdf(catalog),
            file_name="trd-options-landscape.pdf",
            mime="application/pdf",
            key=f"{key}_download",
            icon=":material/print:",
            on_click="ignore",
        )
