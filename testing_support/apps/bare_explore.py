"""A bare Streamlit Explore: the rerun benchmark's baseline (``bench/rerun.py``).

It loads the same cached catalog, shows the same results table (``st.dataframe`` of the same rows)
and one Plotly chart of every option (the options map, built the plain way: ``go.Figure`` with
Plotly's usual property checks, which the app's own figures skip), with one toggle that filters the
table the way the app's "Leave out options that need anesthesia" does.
"""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.catalog_source import server_catalog
from trd.render.figures import options_map_figure
from trd.render.tables import result_row

TOGGLE_KEY = "bare_anes"

catalog = server_catalog()


@st.cache_resource
def frame(catalog_id: int) -> pd.DataFrame:
    return pd.DataFrame([result_row(t) for t in catalog.treatments]).set_index("id")


table = frame(id(catalog))
without = st.sidebar.toggle("Leave out options that need anesthesia", key=TOGGLE_KEY)
shown = table[table["Anesthesia"] == "No"] if without else table
st.dataframe(shown, hide_index=True)
st.plotly_chart(go.Figure(options_map_figure(catalog.treatments, []).to_dict()), theme="streamlit")
