"""Gather and validate everything one handout needs, before anything is rendered or written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field

from . import __version__
from .bibliography import Source, read_bibliography
from .blocks import Block, block_path, read_block
from .errors import HandoutError, Problems
from .i18n import Catalog, Language, load_catalog, parse_language
from .markup import render_block
from .project import LANGUAGE_TAG, Project
from .topics import Topic, TopicText, read_manifest, read_topic_texts

CONSULT_LIMITS = {"patient": 120, "clinician": 120, "clinic": 160, "note": 600}


@dataclass(frozen=True)
class Consult:
    """Per-consult details. They are printed in the document and go nowhere else."""

    patient: str = ""
    clinician: str = ""
    clinic: str = ""
    date: dt.date | None = None
    note: str = ""

    def __bool__(self) -> bool:
        return any((self.patient, self.clinician, self.clinic, self.date, self.note))


@dataclass(frozen=True)
class Section:
    block: Block
    html: str
    source_numbers: tuple[int, ...]


@dataclass(frozen=True)
class Handout:
    topic: Topic
    language: Language
    text: TopicText
    sections: tuple[Section, ...]
    sources: tuple[tuple[int, Source], ...]
    catalog: Catalog
    version: str
    consult: Consult = field(default_factory=Consult)

    @property
    def reviewed(self) -> dt.date:
        """The oldest review among the blocks: all of the handout was reviewed by then."""
        return min(s.block.reviewed for s in self.sections)

    @property
    def next_review(self) -> dt.date:
        return min(s.block.next_review for s in self.sections)

    @property
    def accessed(self) -> dt.date | None:
        """The date every source was accessed, when they share one (printed once)."""
        dates = {source.accessed for _, source in self.sources}
        return dates.pop() if len(dates) == 1 else None

    @property
    def reviewers(self) -> list[str]:
        return list(dict.fromkeys(s.block.reviewer for s in self.sections))


def languages(project: Project) -> list[str]:
    """Content languages: folders under content/ named by a language tag (en, zh-TW).

    Other folders (content/sources/, content/review/) hold other things.
    """
    folder = project.content_dir
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if p.is_dir() and LANGUAGE_TAG.match(p.name))


def gather(project: Project, topic_id: str, lang: str,
           consult: Consult = Consult()) -> Handout:
    """Load, validate and assemble one handout; every problem is reported together."""
    content = project.content_dir
    topics = read_manifest(content)
    if topic_id not in topics:
        raise HandoutError.at(f"unknown topic {topic_id!r}", content / "topics.yaml",
                              hint="available: " + ", ".join(topics))
    topic = topics[topic_id]
    language = parse_language(lang)
    bibliography = read_bibliography(content)
    text = read_topic_texts(content, lang).get(topic_id)
    catalog = load_catalog(project.templates_dir, lang)
    problems = Problems()
    if text is None:
        problems.add(f"topic {topic_id!r} has no title and purpose in {lang}",
                     content / lang / "topics.yaml",
                     hint=f"add '{topic_id}:' with 'title:' and 'purpose:'", rule="STR010")
    blocks = _read_blocks(project, topic, lang, problems)
    numbers: dict[str, int] = {}
    sections = []
    for block in blocks:
        for source_id, line in zip(block.sources, block.source_lines, strict=True):
            if source_id not in bibliography:
                problems.add(f"source {source_id!r} is not in the bibliography", block.path,
                             line, hint="add it to content/sources.yaml or fix the id",
                             rule="STR006")
            else:
                numbers.setdefault(source_id, len(numbers) + 1)
        try:
            html = render_block(block)
        except HandoutError as exc:
            problems.extend(exc)
            continue
        sections.append(Section(block, html, tuple(
            numbers[s] for s in block.sources if s in numbers)))
    _check_consult(consult, problems)
    problems.raise_if_any()
    sources = tuple((n, bibliography[s]) for s, n in numbers.items())
    assert text is not None
    return Handout(topic, language, text, tuple(sections), sources, catalog,
                   version=_version(project, topic, text, blocks, sources), consult=consult)


def _read_blocks(project: Project, topic: Topic, lang: str, problems: Problems) -> list[Block]:
    others = [other for other in languages(project) if other != lang]
    blocks = []
    for block_id, line in zip(topic.blocks, topic.block_lines, strict=True):
        path = block_path(project.content_dir, lang, block_id)
        shown = path.relative_to(project.root)
        if not path.is_file():
            have = [o for o in others if block_path(project.content_dir, o, block_id).is_file()]
            if have:
                problems.add(f"block {block_id!r} has no {lang} translation (it exists in "
                             f"{', '.join(have)}); expected {shown}", topic.path, line,
                             hint="translate the block; a handout never mixes languages",
                             rule="STR005")
            else:
                problems.add(f"unknown block {block_id!r} in topic {topic.id!r}", topic.path,
                             line, hint=f"create {shown} or fix the id", rule="STR005")
            continue
        try:
            blocks.append(read_block(path, lang))
        except HandoutError as exc:
            problems.extend(exc)
    return blocks


def _check_consult(consult: Consult, problems: Problems) -> None:
    for name, limit in CONSULT_LIMITS.items():
        value = getattr(consult, name)
        if len(value) > limit:
            problems.add(f"--{name} is {len(value)} characters long; the limit is {limit}")
        if any(ord(c) < 32 and c not in "\n" for c in value):
            problems.add(f"--{name} contains control characters")


def _version(project: Project, topic: Topic, text: TopicText, blocks: list[Block],
             sources: tuple[tuple[int, Source], ...]) -> str:
    """A short hash of every input that shapes the document, so paper copies can be matched."""
    config = dataclasses.asdict(project.config)
    logo = config.pop("logo")
    config.pop("path")  # where the project sits must not change its version
    digest = hashlib.sha256(f"{__version__}\n{topic.blocks}\n{text.title}\n{text.purpose}\n"
                            f"{sorted(config.items())}".encode())
    if logo:
        digest.update(logo.read_bytes())
    for block in blocks:
        digest.update(block.digest.encode())
    for number, source in sources:
        digest.update(f"{number}{source}".encode())
    for path in sorted(project.templates_dir.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(project.templates_dir).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
