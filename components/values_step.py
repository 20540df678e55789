"""The values step on Explore: a weight for each thing that may matter, and the switch for trial-only options.

Every control is drawn from ``VALUES`` (``trd/logic/ranking.py``), so each one
shows its rule in plain words; the order those weights make is stated once,
in ``ORDER_RULE``.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.widget_state import seed
from trd.logic.ranking import ORDER_RULE, VALUES, WEIGHT_LABELS, Priority, Weight, Weights

VALUES_KEY = "explore_values"
TRIALS_KEY = "explore_trials"
COLUMNS = 3
TRIALS_HELP = (
    "Options still in testing come last unless this is on. You can get them only by joining a study. "
    "Their FDA status is 'investigational' or 'under review'."
)


def weight_key(priority: Priority) -> str:
    """The key of the weight control for ``priority``."""
    return f"explore_weight_{priority.value}"


def values_step(start: Weights, include_trials: bool, *, on_change: Callable[[], None] | None = None) -> tuple[Weights, bool]:
    """Draw a weight control per value and the trial-only switch, seeded from ``start``; return the weights and the switch."""
    for value in VALUES:
        seed(weight_key(value.priority), start.weight(value.priority))
    seed(TRIALS_KEY, include_trials)

    with st.expander("What matters to you? Order the list by it", expanded=bool(start), key=VALUES_KEY):
        st.caption(ORDER_RULE + " This only orders the list: it does not recommend any option.")
        for index, value in enumerate(VALUES):
            if index % COLUMNS == 0:  # a row of columns at a time, so a phone stacks them in the same order
                columns = st.columns(COLUMNS)
            with columns[index % COLUMNS]:
                st.segmented_control(
                    value.label,
                    list(Weight),
                    key=weight_key(value.priority),
                    format_func=lambda weight: WEIGHT_LABELS[weight],
                    required=True,
                    on_change=on_change,
                )
                unknown = f" If {value.unknown}, it is 'not known'." if value.unknown else ""
                st.caption(f"Met when {value.rule}.{unknown}")
    st.toggle(
        "Order options only in trials too",
        key=TRIALS_KEY,
        on_change=on_change,
        help=TRIALS_HELP,
    )
    weights = Weights.of({value.priority: Weight(st.session_state[weight_key(value.priority)]) for value in VALUES})
    return weights, bool(st.session_state[TRIALS_KEY])
