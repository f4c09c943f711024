"""The content library, loaded once: every file read and parsed into immutable objects.

`load_library(root)` never stops at a bad file: what parses is kept, and every problem
is kept beside it with its file and line. `render`, `check`, `build`, `preview` and `list`
all read this one object. `check` reports `library.problems`; strict use is
`library.problems_for(topic, lang)`, the problems that stop one handout, which `gather`
raises.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from . import __version__
from .bibliography import Source, read_sources
from .blocks import Block, read_block
from .errors import HandoutError, Problem, Problems
from .files import (
    CONFIG_NAME,
    MAX_ASSET_BYTES,
    Snapshot,
    digest_entries,
    line_of,
    overlay,
    read_file,
    snapshot,
)
from .i18n import Catalog, catalog_name, parse_language, read_catalog
from .languages import LANGUAGE_TAG, profile
from .ledger import FOLDER as LEDGER
from .ledger import Entry, ledger_path, read_ledger
from .project import TEXT_KEYS, Config, Project, read_config
from .topics import MANIFEST, Topic, TopicText, read_manifest, read_topic_texts

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per load
class Library:
    """Everything the handouts are made from, with the problems found while reading it."""

    project: Project
    snapshot: Snapshot
    langs: tuple[str, ...]
    topics: Mapping[str, Topic]
    texts: Mapping[str, Mapping[str, TopicText]]
    sources: Mapping[str, Source]
    blocks: Mapping[tuple[str, str], Block]
    catalogs: Mapping[str, Catalog]
    templates: Mapping[str, bytes]
    logo: bytes | None
    load_problems: tuple[Problem, ...]  # found while reading; see `problems`
    ledgers: Mapping[tuple[str, str], tuple[Entry, ...]]  # (lang, block id) -> entries

    @cached_property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem: those found while reading, and those of every block's Markdown."""
        found = [*self.load_problems]
        for block in self.blocks.values():
            found += block.body_problems
        return tuple(dict.fromkeys(found))

    @property
    def root(self) -> Path:
        return self.project.root

    def reload(self) -> Library:
        """The same project over the same library, read again (after a write, an edit)."""
        beneath = self.snapshot.beneath
        return load_library(self.root if self.project.own else None,
                            beneath.root if beneath else None)

    def block(self, lang: str, block_id: str) -> Block | None:
        return self.blocks.get((lang, block_id))

    def block_path(self, lang: str, block_id: str) -> Path:
        return self.root / "content" / lang / f"{block_id}.md"

    def ledger_path(self, lang: str, block_id: str) -> Path:
        return ledger_path(self.root, lang, block_id)

    def missing(self, topic_id: str, lang: str) -> list[Problem]:
        """What a topic lacks in a language: its title, or a block (STR010, STR005)."""
        if topic_id not in self.topics:  # e.g. the manifest is being edited
            return [Problem(f"unknown topic {topic_id!r}", self.root / "content" / MANIFEST,
                            rule="STR005", hint="available: " + ", ".join(self.topics))]
        topic = self.topics[topic_id]
        found = []
        if topic_id not in self.texts.get(lang, {}):
            found.append(Problem(f"topic {topic_id!r} has no title and purpose in {lang}",
                                 self.root / "content" / lang / MANIFEST, rule="STR010",
                                 hint=f"add '{topic_id}:' with 'title:' and 'purpose:'"))
        for block_id, line in zip(topic.blocks, topic.block_lines, strict=True):
            path = self.block_path(lang, block_id)
            if self._relpath(path) in self.snapshot.files or \
                    self._relpath(path) in self.snapshot.unreadable:
                continue  # it exists; its own problems are reported at its own lines
            have = [o for o in self.langs if self.block(o, block_id)]
            what = (f"block {block_id!r} has no {lang} translation (it exists in "
                    f"{', '.join(have)})" if have
                    else f"unknown block {block_id!r} in topic {topic_id!r}")
            found.append(Problem(f"{what}; expected {self._relpath(path)}", topic.path, line,
                                 rule="STR005",
                                 hint="write the block; a handout never mixes languages"
                                 if have else f"create {self._relpath(path)} or fix the id"))
        return found

    def paths_for(self, topic_id: str, lang: str) -> set[Path]:
        """Every file whose problems stop this handout, in the project or beneath it."""
        topic = self.topics.get(topic_id)
        blocks = topic.blocks if topic else ()
        names = {f"content/{MANIFEST}", CONFIG_NAME, f"content/{lang}/{MANIFEST}",
                 "content/sources.yaml", *self.snapshot.under("content/sources", ".yaml"),
                 f"templates/{catalog_name(lang)}",
                 *(f"templates/{name}" for name in self.templates
                   if not name.startswith("locale/")),
                 *(f"content/{lang}/{b}.md" for b in blocks),
                 *(self._relpath(self.ledger_path(lang, b)) for b in blocks)}
        layers = [self.snapshot, *([self.snapshot.beneath] if self.snapshot.beneath else [])]
        paths = {layer.path(name) for name in names for layer in layers}
        paths |= {self.root / name for name in names}  # where a missing file belongs
        paths.add(self.root / "content" / lang)
        if self.project.config.logo:
            paths.add(self.project.config.logo)
        return paths

    def problems_for(self, topic_id: str, lang: str) -> list[Problem]:
        """What stops this handout: its files' problems (parsing only its own blocks'
        Markdown) and what it lacks."""
        paths = self.paths_for(topic_id, lang)
        found = [p for p in self.load_problems if p.path is None or p.path in paths]
        topic = self.topics.get(topic_id)
        for block_id in topic.blocks if topic else ():
            block = self.block(lang, block_id)
            found += block.body_problems if block else ()
        return found + self.missing(topic_id, lang) + self.project.config.missing(lang)

    @cached_property
    def templates_digest(self) -> str:
        return digest_entries(self.templates.items())

    @cached_property
    def config_digest(self) -> str:
        return digest_entries([(CONFIG_NAME, self.snapshot.files.get(CONFIG_NAME, b"")),
                               ("logo", self.logo or b"")])

    def version(self, topic: Topic, text: TopicText, blocks: list[Block],
                sources: list[Source]) -> str:
        """A short hash of every input that shapes a handout, so paper copies can be matched
        to their web page; where the project sits does not change it."""
        entries = [("tool", __version__.encode()), ("config", self.config_digest.encode()),
                   ("templates", self.templates_digest.encode()),
                   ("topic", f"{topic.blocks}\n{text.title}\n{text.purpose}".encode())]
        entries += [(f"block {i}", b.digest.encode()) for i, b in enumerate(blocks)]
        entries += [(f"source {i}", repr(s).encode()) for i, s in enumerate(sources)]
        return digest_entries(entries)[:10]

    def _relpath(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


def load_library(root: Path | None, beneath: Path | None = None) -> Library:
    """Read and parse every file of the project at `root` once; with `beneath`, over the
    library there (the bundled one): see files.overlay. With no project (`root` None),
    the library beneath alone, as if under an empty project in the current folder."""
    start = time.perf_counter()
    own = root is not None
    files = snapshot(root) if root is not None else Snapshot(Path.cwd(), {}, {})
    root = files.root
    problems = Problems()
    config = read_config(files.files.get(CONFIG_NAME), root / CONFIG_NAME, problems)
    # An unreadable handout.toml does not say whether the project sits over the bundled
    # library: only its own files are read until it is fixed.
    if beneath is not None and beneath.resolve() != root.resolve() and config.use_bundled \
            and config.readable:
        files = overlay(snapshot(beneath), files)
    problems.items.extend(files.unreadable.values())

    def read(relpath: str, reader, *args, layer: Snapshot = files):
        data = layer.files.get(relpath)
        return reader(data, layer.path(relpath), *args, problems) if data is not None else None

    def merged(relpath: str, reader):
        """A keyed file (a topic manifest): the project's keys over the library's."""
        top = read(relpath, reader)
        below = files.beneath and files.own(relpath) and read(relpath, reader,
                                                              layer=files.beneath)
        return {**below, **(top or {})} if below else top

    if files.beneath is not None:
        config = lend(read_config(files.beneath.files.get(CONFIG_NAME),
                                  files.beneath.path(CONFIG_NAME), problems), config)
    project = Project(root, config, own)
    langs = _languages(files, root, problems)
    _check_config(config, langs, root / CONFIG_NAME, problems)
    content = "content"
    before = len(problems.items)
    topics = merged(f"{content}/{MANIFEST}", read_manifest)
    manifest_ok = topics is not None and len(problems.items) == before
    if topics is None and f"{content}/{MANIFEST}" not in files.unreadable:
        problems.add("topic manifest not found", root / content / MANIFEST, rule="STR005",
                     hint="create it: '<topic-id>:\\n  blocks: [block-a, block-b]'")
    texts = {lang: merged(f"{content}/{lang}/{MANIFEST}", read_topic_texts) or {}
             for lang in langs}
    for lang in langs:
        if f"{content}/{lang}/{MANIFEST}" not in files.files:
            problems.add(f"no topic titles for language {lang}",
                         root / content / lang / MANIFEST, rule="STR010",
                         hint="create it: '<topic-id>:\\n  title: ...\\n  purpose: ...'")
    for lang_texts in texts.values():
        for topic_id, text in lang_texts.items():
            if manifest_ok and topic_id not in topics:
                problems.add(f"title for topic {topic_id!r}, which content/topics.yaml does "
                             "not list", text.path, text.line, rule="STR004",
                             hint="add the topic to content/topics.yaml, or remove its title")
    sources, defined = _bibliography(files, root, problems)
    blocks: dict[tuple[str, str], Block] = {}
    for lang in langs:
        for relpath in files.under(f"{content}/{lang}", ".md"):
            block = read(relpath, read_block, lang)
            if block is not None:
                blocks[(lang, block.id)] = block
    if defined is not None:
        _check_citations(blocks.values(), defined, problems)
    templates = {name.removeprefix("templates/"): data for name, data in files.files.items()
                 if name.startswith("templates/")}
    catalogs = {lang: read_catalog(templates.get(catalog_name(lang)),
                                   files.path(f"templates/{catalog_name(lang)}"), lang,
                                   problems)
                for lang in langs}
    ledgers = {(lang, Path(relpath).stem): read(relpath, read_ledger)
               for lang in langs for relpath in files.under(f"{LEDGER}/{lang}", ".yaml")}
    for lang, block_id in ledgers:
        if (lang, block_id) not in blocks:
            problems.add(f"a ledger for {block_id!r}, which content/{lang}/ does not have",
                         ledger_path(root, lang, block_id), rule="STR004",
                         hint="rename it after its block, or remove it")
    logo = _logo(config, problems)
    frozen = MappingProxyType
    library = Library(project, files, tuple(langs), frozen(topics or {}),
                      frozen({lang: frozen(t) for lang, t in texts.items()}), frozen(sources),
                      frozen(blocks), frozen(catalogs), frozen(templates), logo,
                      tuple(dict.fromkeys(problems.items)),
                      frozen({key: entries or () for key, entries in ledgers.items()}))
    log.debug("loaded %d files, %d blocks in %.0f ms", len(files.files), len(blocks),
              1000 * (time.perf_counter() - start))
    return library


# What a project takes from the library beneath it when its handout.toml does not say:
# who reviewed the library, how it is kept up to date, who pays for it. Its clinic,
# contact, logo and web address are its own.
LENT = ("reviewer", "update_policy", "funding", "source_lang", "paper")


def lend(library: Config, project: Config) -> Config:
    return replace(project, **{key: getattr(library, key) for key in LENT
                               if (key,) not in project.lines and (key,) in library.lines})


def _check_config(config, langs: list[str], path: Path, problems: Problems) -> None:
    """What handout.toml says that only the content's languages can show to be wrong."""
    if langs and config.source_lang not in langs:  # else no translation would be checked
        problems.add(f"source_lang {config.source_lang!r} is not a content language "
                     f"({', '.join(langs)})", path, line_of(config.lines, ("source_lang",)),
                     rule="STR003", hint="set source_lang to the folder under content/ that "
                                         "translations are made from, e.g. \"en\"")
    for key in TEXT_KEYS:  # a text no handout would print is a typo or a missing folder
        value = getattr(config, key)
        for tag in sorted(set(value) - set(langs)) if isinstance(value, dict) and langs else ():
            problems.add(f"{key} has a text for {tag!r}, which is not a content language",
                         path, line_of(config.lines, (key, tag)), rule="STR004",
                         hint=f"content languages: {', '.join(langs)}")
    if config.logo_alt and config.logo is None and ("logo",) not in config.lines:
        problems.add("logo_alt is set, but there is no logo", path,
                     line_of(config.lines, ("logo_alt",)), rule="STR004",
                     hint='add logo = "logo.png", or remove logo_alt')


def _languages(files: Snapshot, root: Path, problems: Problems) -> list[str]:
    """Content languages: folders under content/ named by a language tag (en, zh-TW)."""
    folders = sorted({name.split("/")[1] for name in (*files.files, *files.unreadable)
                      if name.startswith("content/") and name.count("/") == 2
                      and LANGUAGE_TAG.match(name.split("/")[1])})
    for lang in folders:
        try:
            parse_language(lang)
        except HandoutError as exc:
            problems.items.extend(replace(p, path=root / "content" / lang, rule="STR013")
                                  for p in exc.problems)
            continue
        if profile(lang) is None:
            problems.add(f"no language profile for {lang!r}: its sentences, reading level "
                         "and hype cannot be checked", root / "content" / lang, rule="STR013",
                         hint="add a Profile for it in generator/languages.py")
    return folders


def _bibliography(files: Snapshot, root: Path, problems: Problems
                  ) -> tuple[dict[str, Source], set[str] | None]:
    """content/sources.yaml, then any content/sources/*.yaml; an id defined twice is an
    error. Also every id defined, broken entries included (None when a file could not be
    read as a bibliography: then no citation can be checked)."""
    names = ["content/sources.yaml", *files.under("content/sources", ".yaml")]
    if names[0] not in files.files and names[0] not in files.unreadable:
        problems.add("bibliography not found", root / names[0], rule="STR005",
                     hint="create it with one entry per source id")
    sources: dict[str, Source] = {}
    defined: set[str] | None = set()
    for name in names:
        data = files.files.get(name)
        found = read_sources(data, files.path(name), problems) if data is not None else None
        if found is None:
            defined = None
            continue
        for source_id, source in found.items():
            if defined is not None:
                defined.add(source_id)
            if source is None:
                continue
            if source_id in sources:
                first = sources[source_id]
                problems.add(f"source {source_id!r} is already defined in {first.path.name} "
                             f"line {first.line}", source.path, source.line, rule="STR008",
                             hint="keep one entry per source id")
            else:
                sources[source_id] = source
    return sources, defined


def _check_citations(blocks, defined: set[str], problems: Problems) -> None:
    """A citation of an id no bibliography entry has (a broken entry is reported itself)."""
    for block in blocks:
        for source_id, line in zip(block.sources, block.source_lines, strict=True):
            if source_id not in defined:
                problems.add(f"source {source_id!r} is not in the bibliography", block.path,
                             line, hint="add it to content/sources.yaml or fix the id",
                             rule="STR006")


# What a logo file must start with, by its suffix: the file is what its name says.
LOGO_MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",),
              ".jpeg": (b"\xff\xd8\xff",), ".svg": (b"<svg", b"<?xml")}


def _logo(config, problems: Problems) -> bytes | None:
    """The logo's bytes, if it is the image its name says, with a text for screen readers."""
    if config.logo is None:
        return None
    line = line_of(config.lines, ("logo",))
    data = read_file(config.logo, MAX_ASSET_BYTES, within=config.path.parent)
    if isinstance(data, Problem):
        problems.items.append(replace(data, path=config.path, line=line,
                                      message=f"logo: {data.message}"))
        return None
    if data is None:
        return None
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if not start.startswith(LOGO_MAGIC[config.logo.suffix.lower()]):
        problems.add(f"the logo is not a {config.logo.suffix.lstrip('.').upper()} image",
                     config.path, line, rule="STR003",
                     hint="point logo at the clinic's image file, saved as PNG, JPEG or SVG")
        return None
    if not (config.logo_alt or config.clinic):
        problems.add("the logo has no text for screen readers", config.path, line,
                     rule="STR002", hint='add logo_alt = "..." (what the logo shows), or set '
                                         "clinic")
    return data
