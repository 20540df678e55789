"""Put catalog text into Markdown without letting it become markup.

Catalog files can come from a clinic or an upload. Their text must show as
text: no image fetched from elsewhere, no link smuggled in, no HTML.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Every character CommonMark (and Streamlit's extensions: $ math, ~ strike,
# : emoji and :colour[...] directives) may treat as markup.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^])")
# GitHub-flavoured Markdown turns bare web addresses into links after escapes are
# resolved, so escaping cannot stop it; an invisible word joiner breaks the pattern.
_BARE_ADDRESS = re.compile(r"(?i)https?:(?=//)|www(?=\.)")
_WORD_JOINER = "\u2060"


def escape_markdown(text: str) -> str:
    """``text`` with every Markdown-significant character backslash-escaped; newlines become spaces.

    Bare web addresses (``https://...``, ``www.``) get an invisible word joiner so they stay text, not links.
    """
    unlinked = _BARE_ADDRESS.sub(lambda match: match.group(0) + _WORD_JOINER, " ".join(text.split()))
    return _MARKUP.sub(r"\\\1", unlinked)


def markdown_link(title: str, url: str) -> str:
    """A Markdown link whose title is inert text; only https URLs become links."""
    if not url.startswith("https://"):
        return escape_markdown(title)
    safe_url = quote(url, safe=":/?#@!$&'*+,;=%-._~")
    safe_url = safe_url.replace("(", "%28").replace(")", "%29")
    return f"[{escape_markdown(title)}]({safe_url})"
