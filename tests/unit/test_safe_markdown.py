"""Catalog text put into Markdown stays text: no markup, no image, no link, not even a bare web address."""

from __future__ import annotations

import re

import pytest

from trd.render.safe_markdown import escape_markdown, markdown_link

ATTACKS = [
    "![tracker](https://evil.example/pixel.png)",
    "[click me](javascript:alert(1))",
    "<script>window.__xss = 1</script>",
    '<img src="https://evil.example/p.png" onerror="alert(2)">',
    "**bold** _it_ `code` ~~gone~~ $x^2$ :red[red] :material/home:",
    "# heading\n- list\n> quote",
    "<https://evil.example/autolink>",
]


def unescaped(markdown: str) -> str:
    """What a reader sees: backslash escapes resolved, invisible joiners dropped."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


@pytest.mark.parametrize("text", ATTACKS)
def test_every_markup_character_is_escaped_and_the_text_reads_the_same(text: str) -> None:
    escaped = escape_markdown(text)
    assert re.search(r"(?<!\\)[\[\]()<>*_`~$:!#-]", escaped) is None, escaped
    assert unescaped(escaped) == " ".join(text.split())


@pytest.mark.parametrize("text", ["see https://evil.example/x.png", "HTTP://EVIL.EXAMPLE", "visit www.evil.example today"])
def test_bare_web_addresses_do_not_become_links(text: str) -> None:
    """GFM links bare addresses after escapes are resolved; the joiner breaks 'https://' and 'www.'."""
    escaped = escape_markdown(text)
    resolved = re.sub(r"\\(.)", r"\1", escaped)
    assert re.search(r"(?i)https?://|www\.", resolved) is None
    assert unescaped(escaped) == text


def test_plain_words_are_left_alone() -> None:
    assert escape_markdown("Ketamine works within hours") == "Ketamine works within hours"
    assert escape_markdown("a  long\n\nline") == "a long line"


def test_links_only_for_https_addresses() -> None:
    assert markdown_link("FDA label", "https://www.fda.gov/x(1)") == "[FDA label](https://www.fda.gov/x%281%29)"
    assert markdown_link("Bad", "javascript:alert(1)") == "Bad"
    assert markdown_link("[x](https://evil.example)", "http://example.org") == escape_markdown("[x](https://evil.example)")
