"""A container that takes no room, for components that run a script in the page and show nothing."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator


def hidden_container(key: str) -> DeltaGenerator:
    """A container keyed ``key`` that is never displayed."""
    st.html(f"<style>.st-key-{key} {{ display: none; }}</style>")
    return st.container(key=key)
