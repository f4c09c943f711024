"""Gather and validate everything one handout needs, before anything is rendered or written."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .bibliography import Source
from .blocks import Block
from .errors import HandoutError, Problems
from .i18n import Catalog, Language, parse_language
from .library import Library
from .markup import printable
from .topics import Topic, TopicText

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
    parts: tuple[tuple[str, TopicText], ...] = ()  # (topic id, its text), in order

    @property
    def reviewed(self) -> dt.date:
        """The oldest review among the blocks: all of the handout was reviewed by then."""
        return min(s.block.reviewed for s in self.sections)

    @property
    def next_review(self) -> dt.date:
        return min(s.block.next_review for s in self.sections)

    @property
    def accessed(self) -> dt.date | None:
        """The date most sources were accessed (the latest, on a tie): printed once, so
        that only a source read on another day carries its own date."""
        counts = Counter(source.accessed for _, source in self.sources)
        return max(counts, key=lambda day: (counts[day], day), default=None)

    @property
    def purposes(self) -> list[str]:
        """Each topic's purpose line, a line two topics share once."""
        return list(dict.fromkeys(text.purpose for _, text in self.parts)) or [self.text.purpose]

    @property
    def reviewers(self) -> list[str]:
        return list(dict.fromkeys(s.block.reviewer for s in self.sections))


def gather(library: Library, topic_ids: str | Sequence[str], lang: str,
           consult: Consult = Consult()) -> Handout:
    """Assemble one handout from the loaded library; every problem that stops it is
    raised together.

    Several topics make one handout: their titles and purpose lines, then each topic's
    blocks in the order given, a block they share only once, one source list numbered
    once, one content version."""
    ids = [topic_ids] if isinstance(topic_ids, str) else list(dict.fromkeys(topic_ids))
    unknown = [t for t in ids if t not in library.topics]
    if unknown or not ids:
        raise HandoutError.at(f"unknown topic {(unknown or [''])[0]!r}",
                              library.root / "content" / "topics.yaml",
                              hint="available: " + ", ".join(library.topics))
    if lang not in library.langs:
        raise HandoutError.at(f"unknown language {lang!r}", library.root / "content",
                              hint="available: " + ", ".join(library.langs))
    problems = Problems()
    for topic_id in ids:  # a problem of a block the topics share is said once
        problems.items.extend(p for p in library.problems_for(topic_id, lang)
                              if p not in problems.items)
    _check_consult(consult, problems)
    problems.raise_if_any()
    parts = [library.topics[t] for t in ids]
    block_ids = tuple(dict.fromkeys(b for part in parts for b in part.blocks))
    topic = parts[0] if len(parts) == 1 else replace(
        parts[0], id=JOIN.join(ids), blocks=block_ids,
        block_lines=tuple(parts[0].block_lines[0] for _ in block_ids))
    blocks = [library.blocks[(lang, block_id)] for block_id in block_ids]
    numbers: dict[str, int] = {}
    for block in blocks:
        for source_id in block.sources:
            numbers.setdefault(source_id, len(numbers) + 1)
    language = parse_language(lang)
    sections = tuple(Section(block, dated(block, language),
                             tuple(numbers[s] for s in block.sources)) for block in blocks)
    sources = [library.sources[s] for s in numbers]
    as_of = language.date(min(block.reviewed for block in blocks))  # the handout's review
    texts = tuple(replace(text, title=text.title.replace(REVIEWED, as_of),
                          purpose=text.purpose.replace(REVIEWED, as_of))
                  for text in (library.texts[lang][t] for t in ids))
    text = texts[0] if len(texts) == 1 else replace(
        texts[0], title=TITLES.join(t.title for t in texts),
        purpose="\n".join(t.purpose for t in texts))
    return Handout(topic, language, text, sections,
                   tuple(zip(numbers.values(), sources, strict=True)), library.catalogs[lang],
                   version=library.version(topic, text, blocks, sources), consult=consult,
                   parts=tuple(zip(ids, texts, strict=True)))


# A handout of several topics: its id (in file names) and its title.
JOIN = "+"
TITLES = " · "


def _check_consult(consult: Consult, problems: Problems) -> None:
    for name, limit in CONSULT_LIMITS.items():
        value = getattr(consult, name)
        if len(value) > limit:
            problems.add(f"--{name} is {len(value)} characters long; the limit is {limit}",
                         hint="shorten it")
        if any(not printable(c) for c in value):
            problems.add(f"--{name} contains control or invisible direction characters",
                         hint="type it again without pasting special characters")


# In a block's text: the block's review date, in the handout's language; in a topic's
# title or purpose line: the handout's (its oldest block's).
REVIEWED = "{reviewed}"


def dated(block: Block, language: Language) -> str:
    """The block's HTML with each {reviewed} as its `reviewed` date, so that "none found
    as of ..." is the date of the search, and changes only with the review."""
    return block.body.html.replace(REVIEWED, language.date(block.reviewed))
