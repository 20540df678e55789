"""Once per server process: a rerun's messages leave at once (components/tcp_nodelay.py says why)."""

from __future__ import annotations

import streamlit as st

from components.tcp_nodelay import disable_nagle_on_tcp_sockets


@st.cache_resource(show_spinner=False)
def send_messages_at_once() -> int:
    """Turn Nagle's algorithm off on the server's sockets; later connections inherit it from the listener."""
    return disable_nagle_on_tcp_sockets()
