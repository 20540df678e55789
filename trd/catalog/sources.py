"""Sources across the catalog, for the About page and the appointment sheet, and how a source reads on paper.

A source prints as its title and who published it, with the site a person can
visit ("SPRAVATO prescribing information — FDA (accessdata.fda.gov)"), never as
its web address: many addresses in the catalog are machine queries (openFDA's
``api.fda.gov/...json?search=...``) that mean nothing on paper. The address
stays the link's target where a link can be clicked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from trd.catalog.models import Source, Treatment


@dataclass(frozen=True)
class CitedSource:
    """One source and the names of the options that cite it."""

    source: Source
    cited_by: tuple[str, ...]


@dataclass(frozen=True)
class KnownSite:
    """A web host the catalog cites, in words: who runs it, and the site a person can open for it."""

    publisher: str
    site: str


# Hosts whose name alone says little or points at a machine interface. Any other
# host prints as itself, without "www.".
KNOWN_SITES: dict[str, KnownSite] = {
    "api.fda.gov": KnownSite("FDA (openFDA)", "open.fda.gov"),
    "nctr-crs.fda.gov": KnownSite("FDA Label database", "fda.gov"),
    "www.accessdata.fda.gov": KnownSite("FDA", "accessdata.fda.gov"),
    "www.fda.gov": KnownSite("FDA", "fda.gov"),
    "dailymed.nlm.nih.gov": KnownSite("DailyMed (National Library of Medicine)", "dailymed.nlm.nih.gov"),
    "pubmed.ncbi.nlm.nih.gov": KnownSite("PubMed (National Library of Medicine)", "pubmed.ncbi.nlm.nih.gov"),
    "pmc.ncbi.nlm.nih.gov": KnownSite("PubMed Central (National Library of Medicine)", "pmc.ncbi.nlm.nih.gov"),
    "www.ncbi.nlm.nih.gov": KnownSite("National Library of Medicine", "ncbi.nlm.nih.gov"),
    "clinicaltrials.gov": KnownSite("ClinicalTrials.gov", "clinicaltrials.gov"),
    "doi.org": KnownSite("the journal (through its DOI)", "doi.org"),
}


def known_site(url: str) -> KnownSite:
    """Who runs the host of ``url`` and the site to print for it: from ``KNOWN_SITES``, else the host itself."""
    host = (urlsplit(url).hostname or "").lower()
    if host in KNOWN_SITES:
        return KNOWN_SITES[host]
    site = host.removeprefix("www.") or url
    return KnownSite(site, site)


def source_credit(source: Source) -> str:
    """Who published ``source`` and where: ``"FDA (accessdata.fda.gov)"``, ``"ClinicalTrials.gov"``.

    The entry's own ``publisher`` comes first; the site is left out when the publisher already names it.
    """
    site = known_site(source.url)
    publisher = source.publisher or site.publisher
    if site.site.lower() in publisher.lower():
        return publisher
    if publisher.endswith(")"):
        return f"{publisher}, {site.site}"
    return f"{publisher} ({site.site})"


def citation(source: Source) -> str:
    """``source`` as one printed line: its title, then who published it and where, without its web address."""
    return f"{source.title} — {source_credit(source)}"


def unique_sources(treatments: Iterable[Treatment]) -> list[CitedSource]:
    """Every distinct source (by URL), in first-cited order, with the options citing it."""
    first: dict[str, Source] = {}
    citing: dict[str, list[str]] = {}
    for treatment in treatments:
        for source in treatment.sources:
            first.setdefault(source.url, source)
            names = citing.setdefault(source.url, [])
            if treatment.name not in names:
                names.append(treatment.name)
    return [CitedSource(first[url], tuple(citing[url])) for url in first]
