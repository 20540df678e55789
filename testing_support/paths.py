"""Where things are: the repository, the artifacts folder, and the apps run as baselines or launchers."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Screenshots, downloaded files and server logs from test and benchmark runs (ignored by git).
ARTIFACTS = ROOT / "artifacts"
# NLTK's data for textstat (its cmudict, written by scripts/prepare_cmudict.py): inside the project,
# ignored by git, and found through NLTK_DATA (tests/conftest.py sets it).
NLTK_DATA = ROOT / ".cache" / "nltk_data"

_APPS = Path(__file__).resolve().parent / "apps"
# A bare Streamlit page with the kinds of elements the app uses: axe's findings on it are Streamlit's own.
BARE_WIDGETS_APP = _APPS / "bare_widgets.py"
# A bare Streamlit Explore (the same table and one chart), the rerun benchmark's baseline.
BARE_EXPLORE_APP = _APPS / "bare_explore.py"
# `streamlit` under a Python audit hook that writes every outgoing connection to $TRD_AUDIT_LOG.
AUDITED_STREAMLIT = _APPS / "audited_streamlit.py"
