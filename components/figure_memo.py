"""Compare's Plotly figures, built once for the same options and settings and reused on this session's next reruns.

Building a Plotly figure costs a few milliseconds (Plotly copies every property), and Compare redraws
its three Plotly charts on every change, even one that does not touch them (the outcome measure).
The figures depend only on the options and the settings passed in, so a figure built for the same
option objects (the cached catalog's, compared by identity) and the same settings is reused. The
memo lives in the person's own session (nothing is shared between people) and holds a few figures.
Figures handed out here must not be changed (slides build their own).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import streamlit as st

from trd.catalog.models import Treatment

MEMO_KEY = "compare_figure_memo"
MEMO_SIZE = 6  # two pages' worth of Compare's three charts; least recently used dropped first


def remembered_figure(build: Callable[..., Any], treatments: Sequence[Treatment], *settings: Hashable) -> Any:
    """``build(treatments, *settings)``, or the figure it returned before in this session for these option objects and settings."""
    memo: OrderedDict[Hashable, tuple[tuple[Treatment, ...], Any]] = st.session_state.setdefault(MEMO_KEY, OrderedDict())
    key = (build.__module__, build.__qualname__, tuple(id(t) for t in treatments), settings)
    hit = memo.get(key)
    # Identity, not equality: the stored options stay alive in the memo, so their ids cannot be reused.
    if hit is not None and len(hit[0]) == len(treatments) and all(a is b for a, b in zip(hit[0], treatments, strict=True)):
        memo.move_to_end(key)
        return hit[1]
    figure = build(treatments, *settings)
    memo[key] = (tuple(treatments), figure)
    while len(memo) > MEMO_SIZE:
        memo.popitem(last=False)
    return figure
