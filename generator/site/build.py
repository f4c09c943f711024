"""Build the site: plan every page, skip what is unchanged, render the rest (PDFs in
parallel worker processes), write each file atomically, and keep going past a failed page."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .. import __version__, fonts
from ..errors import HandoutError, Problem
from ..handout import Handout, gather
from ..i18n import SOURCE_LANG, parse_language
from ..library import Library
from ..output import check_inside, remove_temporaries, write_atomic
from ..render import located, refuse_unbalanced
from ..render import page as page_html
from ..templating import render_template
from .pages import Page, SiteLinks, alternate, base_url, links
from .state import LOCK, STATE, State, locked

FORMATS = ("html", "pdf")  # the files of one handout, published together
Progress = Callable[[int, int, str, str], None]


@dataclass
class BuildResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, list[Problem]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # failed now; the last good version stays
    seconds: float = 0.0
    pdf_seconds: float = 0.0  # from starting the PDF work to the last PDF written


@dataclass(frozen=True)
class Job:
    page: Page
    site: SiteLinks
    digest: str  # of every input: the handout's version, its links, the fonts for a PDF


def build(library: Library, out: Path, *, langs: list[str], topics: list[str],
          jobs: int | None = None, clean: bool = False, shard: tuple[int, int] | None = None,
          prune: bool = True, progress: Progress | None = None) -> BuildResult:
    start = time.perf_counter()
    result = BuildResult()
    base_url(library.project)  # fail early: links, sitemap and QR codes need it
    _refuse_out(out, library.root)
    if clean:  # before the lock file is made: a refused folder is left as it was
        _refuse_clean(out, library.root)
    with locked(out):
        remove_temporaries(out)
        if clean:
            _clean(out)
        state = State(out)
        handouts = _gather(library, topics, langs, result)
        planned = _plan(library, handouts, state, shard)
        _refuse_others(out, state, {*(job.page.path for job in planned),
                                    *_index_paths(library)})
        todo = [job for job in planned if not state.fresh(out, job.page.path, job.digest)]
        waiting = {job.page.path for job in todo}
        result.unchanged = [job.page.path for job in planned if job.page.path not in waiting]
        _render_all(library, handouts, out, todo, state, result, jobs, progress)
        outputs = {job.page.path for job in planned}
        # A page that could not be made this time keeps its last good version.
        result.kept = sorted(set(result.failed) & set(state.pages))
        outputs |= set(result.kept)
        listed = _listed(library, handouts, state, result)
        outputs |= _write_indexes(library, out, listed, state, result)
        if prune and not shard:
            _prune(out, state, outputs, listed, result)
        state.save()
    result.seconds = time.perf_counter() - start
    return result


def _gather(library: Library, topics: list[str], langs: list[str],
            result: BuildResult) -> dict[tuple[str, str], Handout]:
    handouts = {}
    for topic in topics:
        for lang in langs:
            try:
                handout = gather(library, topic, lang)
                refuse_unbalanced(handout)
                handouts[(topic, lang)] = handout
            except HandoutError as exc:
                for fmt in FORMATS:
                    result.failed[Page(topic, lang, fmt).path] = exc.problems
    return handouts


def _plan(library: Library, handouts: dict, state: State,
          shard: tuple[int, int] | None) -> list[Job]:
    jobs = []
    font_digest = fonts.digest()
    for (topic, lang), handout in handouts.items():
        available = [other for other in library.langs if (topic, other) in handouts
                     or _published(state, topic, other)]
        for fmt in FORMATS:
            page = Page(topic, lang, fmt)
            if shard and not page.in_shard(*shard):
                continue
            site = links(library.project, page, available)
            digest = _digest(handout.version, fmt, repr(site),
                             font_digest if fmt == "pdf" else "")
            jobs.append(Job(page, site, digest))
    return jobs


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join((__version__, *parts)).encode()).hexdigest()[:16]


def _render_all(library: Library, handouts: dict, out: Path, todo: list[Job], state: State,
                result: BuildResult, jobs: int | None, progress: Progress | None) -> None:
    """Render and write every page of `todo`. A handout's HTML waits for its PDF: when
    either cannot be made, neither is written, and both keep their last good version."""
    total, done = len(todo), 0

    def finish(job: Job, data: bytes | None, problems: list[Problem]) -> None:
        nonlocal done
        done += 1
        if data is None:
            result.failed[job.page.path] = problems
        else:
            write_atomic(out / job.page.path, data)
            state.record(job.page.path, job.digest, data)
            result.written.append(job.page.path)
        if progress:
            progress(done, total, job.page.path, "failed" if data is None else "written")

    def release(key: str, published: bool, problems: list[Problem]) -> None:
        """Write (or fail) the HTML page that waited for this PDF."""
        if key in held:
            job, html = held.pop(key)
            finish(job, html if published else None, problems)

    held: dict[str, tuple[Job, bytes]] = {}  # an HTML page waiting for its PDF
    pdfs = [job for job in todo if job.page.fmt == "pdf"]
    engine = None
    if pdfs:  # the workers import WeasyPrint while the HTML pages are made
        from ..engine import Engine

        engine = Engine(min(jobs or os.cpu_count() or 1, len(pdfs)))
    try:
        with_pdf = {job.page.key for job in pdfs}
        stopped: dict[str, list[Problem]] = {}  # a handout whose HTML cannot be made
        for job in todo:
            if job.page.fmt == "html":
                data, problems = _page(library, handouts, job)
                if data is not None and job.page.key in with_pdf:
                    held[job.page.key] = (job, data)
                    continue
                if data is None:
                    stopped[job.page.key] = problems
                finish(job, data, problems)
        start = time.perf_counter()
        pending = []
        for job in pdfs:
            html, problems = (None, stopped[job.page.key]) if job.page.key in stopped \
                else _page(library, handouts, job)
            if html is None:
                finish(job, None, problems)
                release(job.page.key, False, problems)
            else:
                pending.append((job, html.decode("utf-8"), library.templates))
        for job, data, error in engine.map(pending) if engine else ():
            handout = handouts[(job.page.topic, job.page.lang)]
            problems = located(handout, error).problems if error else []
            finish(job, data, problems)
            release(job.page.key, data is not None, problems)
            result.pdf_seconds = time.perf_counter() - start
    finally:
        if engine:
            engine.close()


def _page(library: Library, handouts: dict, job: Job) -> tuple[bytes | None, list[Problem]]:
    """The page's HTML (for a PDF, the HTML the engine lays out), or what stopped it."""
    handout = handouts[(job.page.topic, job.page.lang)]
    try:
        return page_html(library, handout, job.page.fmt, site=job.site).encode("utf-8"), []
    except HandoutError as exc:
        return None, exc.problems


def _listed(library: Library, handouts: dict, state: State,
            result: BuildResult) -> dict[tuple[str, str], dict[str, str]]:
    """What the indexes list: each handout as made now, or else as its last good version
    (kept after a failure, or not asked for by --lang and --topic) was, or not at all."""
    listed = {}
    for lang in library.langs:
        for topic in library.topics:
            handout = handouts.get((topic, lang))
            if handout and not any(Page(topic, lang, fmt).path in result.failed
                                   for fmt in FORMATS):
                state.entries[f"{lang}/{topic}"] = {
                    "title": handout.text.title, "purpose": handout.text.purpose,
                    "reviewed": handout.reviewed.isoformat(), "version": handout.version}
            elif not _published(state, topic, lang):
                continue
            listed[(topic, lang)] = state.entries[f"{lang}/{topic}"]
    return listed


def _published(state: State, topic: str, lang: str) -> bool:
    """Whether an earlier build published this handout, both files and its entry."""
    return f"{lang}/{topic}" in state.entries and all(
        Page(topic, lang, fmt).path in state.pages for fmt in FORMATS)


def _index_paths(library: Library) -> list[str]:
    return ["index.html", "sitemap.xml", *(f"{lang}/index.html" for lang in library.langs)]


def _write_indexes(library: Library, out: Path, listed: dict, state: State,
                   result: BuildResult) -> set[str]:
    """Language indexes, the language picker and the sitemap: cheap, rebuilt when changed."""
    base = base_url(library.project)
    built = [lang for lang in library.langs if any(key[1] == lang for key in listed)]
    files: dict[str, str] = {}
    for lang in built:
        entries = [{"topic": topic, **entry,
                    "reviewed": dt.date.fromisoformat(entry["reviewed"])}
                   for (topic, entry_lang), entry in listed.items() if entry_lang == lang]
        alternates = [alternate(other, f"../{other}/index.html", f"{base}{other}/index.html")
                      for other in built]
        files[f"{lang}/index.html"] = render_template(
            library, "index.html", lang, language=parse_language(lang), entries=entries,
            alternates=alternates, url=f"{base}{lang}/index.html")
    if built:
        choices = [{**asdict(alternate(lang, f"{lang}/index.html", f"{base}{lang}/index.html")),
                    "title": library.catalogs[lang].gettext(
                        "Patient handouts about exosome treatments")} for lang in built]
        files["index.html"] = render_template(library, "root.html", SOURCE_LANG,
                                              choices=choices, url=base)
        files["sitemap.xml"] = _sitemap(base, listed, built)
    for relpath, text in files.items():
        digest = _digest(text)
        if state.fresh(out, relpath, digest):
            result.unchanged.append(relpath)
        else:
            data = text.encode("utf-8")
            write_atomic(out / relpath, data)
            state.record(relpath, digest, data)
            result.written.append(relpath)
    return set(files)


def _sitemap(base: str, listed: dict, langs: list[str]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for (topic, lang), entry in sorted(listed.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        lines += ["  <url>", f"    <loc>{escape(f'{base}{lang}/{topic}.html')}</loc>",
                  f"    <lastmod>{entry['reviewed']}</lastmod>"]
        for other in langs:
            if (topic, other) in listed:
                lines.append(f'    <xhtml:link rel="alternate" hreflang="'
                             f'{parse_language(other).html_lang}" '
                             f'href={quoteattr(f"{base}{other}/{topic}.html")}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def _prune(out: Path, state: State, outputs: set[str], listed: dict,
           result: BuildResult) -> None:
    """Remove files an earlier build wrote that no longer belong to the site."""
    for relpath in sorted(set(state.pages) - outputs):
        (out / relpath).unlink(missing_ok=True)
        state.forget(relpath)
        result.removed.append(relpath)
    state.entries = {f"{lang}/{topic}": entry for (topic, lang), entry in listed.items()}


def _refuse_out(out: Path, project: Path) -> None:
    """A site is never built among the project's inputs, where it would be read back."""
    resolved = out.resolve()
    for folder in ("content", "templates"):
        if resolved.is_relative_to((project / folder).resolve()):
            raise HandoutError.at(f"--out is inside the project's {folder}/ folder", out,
                                  hint="build into a folder of its own, e.g. --out "
                                       "output/site")


def _refuse_others(out: Path, state: State, paths: set[str]) -> None:
    """Write only where nothing is, or what an earlier build wrote: never replace a file
    someone else put there, nor write through a link out of the folder."""
    for relpath in paths:
        check_inside(out, relpath)
    theirs = sorted(p for p in paths if p not in state.pages and os.path.lexists(out / p))
    if theirs:
        raise HandoutError.at(
            f"{len(theirs)} file(s) here were not written by a build and would be replaced: "
            f"{', '.join(theirs[:4])}{' ...' if len(theirs) > 4 else ''}", out,
            hint="move them away, or build into a folder of its own, e.g. --out output/site")


def _refuse_clean(out: Path, project: Path) -> None:
    """--clean empties only a folder of its own, that an earlier build made."""
    if not out.exists():
        return
    resolved = out.resolve()
    forbidden = [Path("/"), Path.home().resolve()]
    if resolved in forbidden or project.resolve().is_relative_to(resolved) or \
            (resolved / ".git").exists():
        raise HandoutError.at("--clean refuses to empty this folder: it holds the project, "
                              "a git work tree, or is / or your home folder", out,
                              hint="build into a folder of its own, e.g. --out output/site")
    entries = [p for p in out.iterdir() if p.name != LOCK]
    if entries and not (out / STATE).is_file():
        raise HandoutError.at("--clean refuses to empty a folder it did not build", out,
                              hint="choose an empty --out folder, or remove it yourself")


def _clean(out: Path) -> None:
    """Remove the files an earlier build wrote, and only those (and folders left empty)."""
    state = State(out)
    parents = set()
    for relpath in sorted(state.pages):
        (out / relpath).unlink(missing_ok=True)
        parents |= set((out / relpath).parents)
    for folder in sorted(parents, key=lambda p: len(p.parts), reverse=True):
        if folder.is_relative_to(out) and folder != out and not any(folder.iterdir()):
            folder.rmdir()
    (out / STATE).unlink(missing_ok=True)
