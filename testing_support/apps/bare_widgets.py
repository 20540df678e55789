"""A bare Streamlit page with the same kinds of elements the app uses.

The accessibility test runs axe on it to learn which violations Streamlit's
own markup causes, so only the app's own are held against the app.
"""

import pandas as pd
import streamlit as st

st.set_page_config(page_title="Bare", layout="wide")
page = st.navigation([st.Page(lambda: None, title="One", default=True), st.Page(lambda: None, title="Two", url_path="two")], position="top")
st.title("Title")
st.header("Header")
st.markdown("Some **markdown** text with a [link](https://example.org).")
st.caption("A caption")
with st.sidebar:
    st.multiselect("Pick", ["a", "b"], default=["a"])
    st.select_slider("Scale", options=["low", "mid", "high"], value="mid")
    st.slider("Number", 0, 10, 5)
    st.toggle("Toggle")
    st.checkbox("Check")
    st.text_input("Search")
st.radio("Radio", ["x", "y"], horizontal=True)
st.selectbox("Select", ["x", "y"])
st.text_area("Notes")
st.number_input("Minutes", 0, 120, 30)
st.segmented_control("Segments", ["a", "b"], default="a")
st.pills("Pills", ["a", "b"], selection_mode="multi")
st.file_uploader("Upload")
st.download_button("Download", b"x", file_name="x.txt")
st.button("Button")
with st.expander("Expander"):
    st.write("inside")
st.tabs(["Tab 1", "Tab 2"])
st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))
st.info("Info")
st.warning("Warning")
st.error("Error")
st.success("Success")
st.metric("Metric", 3)
col1, col2 = st.columns(2)
col1.write("left")
col2.write("right")
page.run()
