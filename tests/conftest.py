"""Settings every test needs, made before any test module is imported."""

from __future__ import annotations

import os
import sys

from testing_support.paths import NLTK_DATA

# textstat counts syllables with NLTK's cmudict, which `python -m scripts.prepare_cmudict` writes into
# the project. NLTK reads NLTK_DATA once, when it is first imported (textstat imports it), so set it
# here, ahead of any folder already named there.
os.environ["NLTK_DATA"] = os.pathsep.join(filter(None, [str(NLTK_DATA), os.environ.get("NLTK_DATA")]))
if "nltk" in sys.modules:  # imported already (by a plugin): tell it too
    sys.modules["nltk"].data.path.insert(0, str(NLTK_DATA))
