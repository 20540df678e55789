"""How a source reads on paper: its title, who published it and the site, never a machine address."""

from __future__ import annotations

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.models import Source
from trd.catalog.sources import KNOWN_SITES, citation, source_credit, unique_sources


@pytest.mark.parametrize(
    ("url", "publisher", "credit"),
    [
        ("https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpmn/pmn.cfm?ID=K083538", "FDA", "FDA (accessdata.fda.gov)"),
        ("https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22fluoxetine%22", None, "FDA (openFDA), open.fda.gov"),
        ("https://api.fda.gov/device/pma.json?search=product_code%3AJXK", "FDA", "FDA (open.fda.gov)"),
        ("https://clinicaltrials.gov/study/NCT04985942", "ClinicalTrials.gov", "ClinicalTrials.gov"),
        ("https://www.example.org/report.pdf", None, "example.org"),
        ("https://www.example.org/report.pdf", "A clinic", "A clinic (example.org)"),
    ],
)
def test_credit_names_the_publisher_and_a_site_a_person_can_open(url: str, publisher: str | None, credit: str) -> None:
    assert source_credit(Source(title="T", url=url, publisher=publisher)) == credit


def test_citation_is_the_title_then_the_credit() -> None:
    source = Source(title="SPRAVATO prescribing information", url="https://www.accessdata.fda.gov/x.pdf", publisher="FDA")
    assert citation(source) == "SPRAVATO prescribing information — FDA (accessdata.fda.gov)"


def test_no_source_in_the_catalog_prints_a_web_address_or_a_query() -> None:
    cited = unique_sources(load_catalog().treatments)
    for item in cited:
        line = citation(item.source)
        assert "http" not in line and ".json" not in line and "?" not in line.split(" — ")[-1], line
        assert not any(host in line for host in ("api.fda.gov", "nctr-crs.fda.gov")), line
    assert "api.fda.gov" in KNOWN_SITES  # the machine interface the shipped catalog cites most
