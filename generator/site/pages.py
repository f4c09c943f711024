"""What a site holds, where each file goes, and how pages link to each other."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from posixpath import relpath

from ..errors import HandoutError
from ..i18n import parse_language
from ..languages import profile
from ..project import Project


@dataclass(frozen=True)
class Alternate:
    tag: str
    html_lang: str
    name: str
    href: str  # relative to the page that links
    url: str   # absolute


@dataclass(frozen=True)
class SiteLinks:
    """What the handout template needs to place a page in the site."""

    index: str
    pdf: str
    url: str
    alternates: tuple[Alternate, ...]
    qr: bool = False  # print a QR code of `url` (on paper copies)
    also: tuple[str, ...] = ()  # a handout of several topics: the others' page URLs

    @property
    def urls(self) -> tuple[str, ...]:
        return (self.url, *self.also)


@dataclass(frozen=True)
class Page:
    topic: str
    lang: str
    fmt: str  # "html" or "pdf"

    @property
    def path(self) -> str:
        return f"{self.lang}/{self.topic}.{self.fmt}"

    @property
    def key(self) -> str:
        return f"{self.lang}/{self.topic}"

    def in_shard(self, index: int, count: int) -> bool:
        """Stable across runs and machines: by a hash of the page, not its position."""
        digest = int(hashlib.sha256(self.key.encode()).hexdigest(), 16)
        return digest % count == index - 1


def base_url(project: Project) -> str:
    url = project.config.base_url
    if not url:
        raise HandoutError.at(
            "handout.toml has no base_url", project.root / "handout.toml", rule="STR002",
            hint='add base_url = "https://your-site/handouts/": canonical links, the '
                 "sitemap and each PDF's QR code need it")
    return url.rstrip("/") + "/"


def language_name(tag: str) -> str:
    """A language named in itself, as a language picker shows it."""
    measure = profile(tag)
    return (measure.native_name if measure else "") or parse_language(tag).name


def alternate(lang: str, href: str, url: str) -> Alternate:
    """The same page in `lang`, linked relatively (`href`) and absolutely (`url`)."""
    return Alternate(lang, parse_language(lang).html_lang, language_name(lang), href, url)


def links(project: Project, page: Page, langs: list[str]) -> SiteLinks:
    base = base_url(project)
    here = f"{page.lang}/{page.topic}.html"
    alternates = tuple(alternate(lang, relpath(f"{lang}/{page.topic}.html", page.lang),
                                 f"{base}{lang}/{page.topic}.html") for lang in langs)
    return SiteLinks(index="index.html", pdf=f"{page.topic}.pdf", url=base + here,
                     alternates=alternates, qr=page.fmt == "pdf")
