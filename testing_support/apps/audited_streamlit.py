"""Run `streamlit` with a Python audit hook that records every outgoing connection.

Used by the privacy test: the server may talk to its own loopback address
and nothing else. Each socket connect and name lookup is appended to the
file named by TRD_AUDIT_LOG, one per line, before it happens.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

LOG_PATH = os.environ["TRD_AUDIT_LOG"]


def _record(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect":
        line = f"connect {args[1]!r}"
    elif event == "socket.getaddrinfo":
        line = f"lookup {args[0]!r}"
    elif event == "urllib.Request":
        line = f"url {args[0]!r}"
    else:
        return
    with open(LOG_PATH, "a", encoding="utf-8") as log:
        log.write(line + "\n")


sys.addaudithook(_record)
# A first record proves to the test that the hook is live.
socket.getaddrinfo("localhost", None)

from streamlit.web.cli import main  # noqa: E402

sys.exit(main())
