"""The bibliography: every source a block may cite, with a way for the reader to find it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problems
from .files import load_mapping
from .project import WEB_URL

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\Z")
TEXT_FIELDS = ("authors", "organisation", "title", "container", "doi", "pmid", "pmcid",
               "nct", "url")
LOCATORS = ("doi", "pmid", "pmcid", "nct", "url")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    year: int
    accessed: dt.date
    authors: str = ""
    organisation: str = ""
    container: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    nct: str = ""
    url: str = ""
    line: int = field(default=0, compare=False, repr=False)
    path: Path | None = field(default=None, compare=False, repr=False)

    @property
    def year_shown(self) -> str:
        """The year, unless the title or container already shows it (a dated page)."""
        return "" if str(self.year) in f"{self.title} {self.container}" else str(self.year)

    @property
    def lang(self) -> str:
        """The language its title is in, for screen readers: Chinese when the title has
        Han characters (our Chinese sources are Taiwan's), else English."""
        return "zh-TW" if HAN.search(self.title) else "en"

    @property
    def creator(self) -> str:
        return self.authors or self.organisation

    @property
    def links(self) -> list[tuple[str, str]]:
        """(label, URL) for each identifier, the most lasting first (a DOI, then PMC...)."""
        found = []
        if self.doi:
            found.append((f"doi:{self.doi}", f"https://doi.org/{self.doi}"))
        if self.pmid:
            found.append((f"PMID {self.pmid}", f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"))
        if self.pmcid:
            found.append((self.pmcid, f"https://pmc.ncbi.nlm.nih.gov/articles/{self.pmcid}/"))
        if self.nct:
            found.append((self.nct, f"https://clinicaltrials.gov/study/{self.nct}"))
        if self.url:
            found.append((re.sub(r"^https?://(www\.)?", "", self.url), self.url))
        return found


def read_sources(data: bytes, path: Path, problems: Problems) -> dict[str, Source | None] | None:
    """The entries of one bibliography file, None for each broken one (reported); None for
    a file that cannot be read as a bibliography at all."""
    loaded = load_mapping(data, path, problems, "source ids to entries")
    if loaded is None:
        return None
    entries, lines = loaded
    sources: dict[str, Source | None] = {}
    for source_id, entry in entries.items():
        line = lines[(source_id,)]
        if not (isinstance(source_id, str) and SOURCE_ID.match(source_id)):
            problems.add(f"source id {source_id!r} must be lower-case letters, digits, "
                         "hyphens and underscores", path, line, rule="STR003",
                         hint="quote it if it is a number or a word such as 'no'")
            continue
        sources[source_id] = None
        if not isinstance(entry, dict):
            problems.add(f"source {source_id!r} must be a mapping of fields", path, line,
                         rule="STR003", hint="indent its fields (title:, year: ...) under it")
            continue
        before = len(problems.items)
        _check_entry(source_id, entry, path, lines, problems)
        if len(problems.items) == before:
            sources[source_id] = Source(id=source_id, line=line, path=path, **{
                k: (v.strip() if isinstance(v, str) else v) for k, v in entry.items()})
    return sources


def _check_entry(source_id: str, entry: dict, path: Path, lines: dict,
                 problems: Problems) -> None:
    line = lines[(source_id,)]
    known = (*TEXT_FIELDS, "year", "accessed")
    for key in entry:
        if key not in known:
            problems.add(f"unknown field {key!r} in source {source_id!r}", path,
                         lines[(source_id, key)], hint="known fields: " + ", ".join(known),
                         rule="STR004")
        elif key in TEXT_FIELDS and not (isinstance(entry[key], str) and entry[key].strip()):
            problems.add(f"{key} of source {source_id!r} must be non-empty text",
                         path, lines[(source_id, key)], rule="STR003",
                         hint='quote it: key: "text"')
    if ("authors" in entry) == ("organisation" in entry):
        problems.add(f"source {source_id!r} needs exactly one of 'authors' or 'organisation'",
                     path, line, rule="STR002",
                     hint="people's names as authors, or an agency's as organisation")
    if "title" not in entry:
        problems.add(f"source {source_id!r} has no title", path, line, rule="STR002",
                     hint='add title: "..." as the source gives it')
    year, accessed = entry.get("year"), entry.get("accessed")
    latest = accessed.year if type(accessed) is dt.date else dt.date.max.year
    if type(year) is int and not 1800 <= year <= latest:
        problems.add(f"year {year} of source {source_id!r} cannot be when it was published "
                     "(after 1800, and not after it was read)", path,
                     lines.get((source_id, "year"), line), rule="STR003")
    if type(entry.get("year")) is not int:
        problems.add(f"source {source_id!r} needs a year (a number such as 2024)", path,
                     lines.get((source_id, "year"), line), rule="STR002",
                     hint="write the year without quotes: year: 2024")
    if type(entry.get("accessed")) is not dt.date:
        problems.add(f"source {source_id!r} needs an accessed date written YYYY-MM-DD",
                     path, lines.get((source_id, "accessed"), line), rule="STR002",
                     hint="the day you last read it, e.g. accessed: 2026-11-21")
    url = entry.get("url")
    if isinstance(url, str) and url.strip() and not WEB_URL.match(url.strip()):
        problems.add(f"url of source {source_id!r} must be an http:// or https:// address",
                     path, lines[(source_id, "url")], rule="STR003",
                     hint="give the web address where a reader can find the source")
    if not any(key in entry for key in LOCATORS):
        problems.add(f"source {source_id!r} has no way to find it",
                     path, line, hint="add one of: " + ", ".join(LOCATORS), rule="STR002")
