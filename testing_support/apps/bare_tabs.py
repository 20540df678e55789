"""A bare Streamlit page with four keyed tabs that rerun on a switch: the tab-switch benchmark's baseline."""

import streamlit as st

st.title("Bare tabs")
for tab, label in zip(
    st.tabs(["One", "Two", "Three", "Four"], key="bare_tabs", on_change="rerun"), ["one", "two", "three", "four"], strict=True
):
    with tab:
        st.write(f"Tab {label}")
