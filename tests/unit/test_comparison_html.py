"""The comparison table: real table headers for screen readers, and catalog text that stays text."""

import re
from html.parser import HTMLParser

from trd.catalog.loader import load_catalog
from trd.catalog.models import Source
from trd.render.comparison_html import DIFFERS, SAME, comparison_table_html
from trd.render.tables import comparison_rows

CATALOG = load_catalog()


class _Cells(HTMLParser):
    """Collects the tags, the links and the text of each header and data cell."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.cells: list[tuple[str, str]] = []  # (tag with its scope, text)
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "a":
            self.links.append(found.get("href") or "")
        if tag in ("th", "td"):
            self._open = [f"{tag}:{found.get('scope', '')}", ""]

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._open:
            self._open[1] += data

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag in ("th", "td") and self._open:
            self.cells.append((self._open[0], self._open[1]))
            self._open = []


def parsed(html: str) -> _Cells:
    cells = _Cells()
    cells.feed(html)
    return cells


def test_every_option_is_a_column_header_and_every_attribute_a_row_header() -> None:
    picked = [CATALOG.by_id()[item] for item in ("ssri", "rtms", "esketamine")]
    rows = comparison_rows(picked)
    cells = parsed(comparison_table_html(picked, rows)).cells
    columns = [text for kind, text in cells if kind == "th:col"]
    assert columns == ["Compared", *(t.name for t in picked)]
    row_headers = [text for kind, text in cells if kind == "th:row"]
    assert [text.removesuffix(DIFFERS).removesuffix(SAME) for text in row_headers] == [row.label for row in rows]
    assert len([kind for kind, _ in cells if kind == "td:"]) == len(rows) * len(picked)


def test_rows_say_whether_the_options_differ() -> None:
    picked = [CATALOG.by_id()[item] for item in ("rtms", "deep-tms")]
    html = comparison_table_html(picked, comparison_rows(picked))
    assert re.search(
        rf'<tr class="trd-same" data-row="anesthesia"><th scope="row"><strong>Anesthesia</strong><span class="trd-tag">{SAME}', html
    )
    assert re.search(
        rf'<tr class="trd-differs" data-row="onset"><th scope="row"><strong>[^<]+</strong><span class="trd-tag">{DIFFERS}', html
    )


def test_catalog_text_stays_text_and_only_https_sources_become_links() -> None:
    base = CATALOG.by_id()["ssri"]
    hostile = base.model_copy(
        update={
            "name": '<script>alert("x")</script> pill',
            "mechanism": '<img src="https://evil.example/p.png" onerror="alert(1)"> and **bold**',
            "sources": (
                Source(title="<b>Real</b> label", url="https://www.fda.gov/label"),
                Source.model_construct(title="Sneaky", url="javascript:alert(1)"),  # the schema refuses it; checked again here
            ),
        }
    )
    html = comparison_table_html([hostile, CATALOG.by_id()["rtms"]], comparison_rows([hostile, CATALOG.by_id()["rtms"]]))
    cells = parsed(html)
    assert "script" not in cells.tags and "img" not in cells.tags and "b" not in cells.tags
    assert '<script>alert("x")</script> pill' in [text for _, text in cells.cells]  # shown as the words it is
    assert "javascript:alert(1)" not in cells.links
    assert "https://www.fda.gov/label" in cells.links
    assert all(link.startswith("https://") for link in cells.links)
