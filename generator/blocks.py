"""Content blocks: one Markdown file with YAML front matter per block and language."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import Problem, Problems
from .files import Lines, decode, load_yaml, split_front_matter
from .markup import Body, parse_body

KINDS = ("overview", "summary", "evidence", "unknowns", "regulation", "safety",
         "alternatives", "questions", "more-help")
REQUIRED = ("kind", "title", "sources", "reviewed", "next_review", "reviewer")
# Written by `handout check --fix-hashes` in translations: the source block's fingerprint.
OPTIONAL = ("translated_from",)
FIELDS = REQUIRED + OPTIONAL
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}\Z")


@dataclass(frozen=True)
class Block:
    """One block in one language; `id` links the translations of the same block."""

    id: str
    lang: str
    kind: str
    title: str
    sources: tuple[str, ...]
    reviewed: dt.date
    next_review: dt.date
    reviewer: str
    body_text: str
    body_line: int
    path: Path
    digest: str
    lines: Mapping[tuple, int] = field(default_factory=dict, compare=False, repr=False)
    translated_from: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.title, self.body_text)

    @cached_property
    def _parsed(self) -> tuple[Body, tuple[Problem, ...]]:
        problems = Problems()
        return parse_body(self.body_text, self.body_line, self.path, problems), \
            tuple(problems.items)

    @property
    def body(self) -> Body:
        """The Markdown body, parsed the first time it is asked for (a render needs only its
        topic's blocks; a check asks for all of them)."""
        return self._parsed[0]

    @property
    def body_problems(self) -> tuple[Problem, ...]:
        return self._parsed[1]

    def line(self, *key) -> int:
        """The file line of a front-matter field (or list item); the first line if absent."""
        return self.lines.get(key, 1)

    @property
    def source_lines(self) -> tuple[int, ...]:
        return tuple(self.lines.get(("sources", i), self.line("sources"))
                     for i in range(len(self.sources)))


def fingerprint(title: str, body: str) -> str:
    """What a translation follows: the title and body, not dates or reviewer."""
    return hashlib.sha256(f"{title.strip()}\n{body.strip()}".encode()).hexdigest()[:12]


def parse_front_matter(text: str, path: Path, problems: Problems
                       ) -> tuple[dict, Lines, str, int] | None:
    """(fields, their lines, body, body's first line): the one front-matter reader."""
    split = split_front_matter(text, path, problems)
    if split is None:
        return None
    meta_text, body, body_line = split
    loaded = load_yaml(meta_text, path, problems, first_line=2)
    if loaded is None:
        return None
    meta, lines = loaded
    if not isinstance(meta, dict):
        problems.add("front matter must be a mapping of 'key: value' lines", path, 2,
                     rule="STR001", hint="write one 'key: value' per line between the '---'")
        return None
    return meta, lines, body, body_line


def read_block(data: bytes, path: Path, lang: str, problems: Problems) -> Block | None:
    """Parse one block file; every problem in it is added to `problems`."""
    found = Problems()
    text = decode(data, path, found)
    parsed = parse_front_matter(text, path, found) if text is not None else None
    block = None
    if parsed is not None:
        meta, lines, body_text, body_line = parsed
        _check_fields(meta, lines, path, found)
        if not found.items:
            block = Block(
                id=path.stem, lang=lang, kind=meta["kind"], title=meta["title"].strip(),
                sources=tuple(meta["sources"]), reviewed=meta["reviewed"],
                next_review=meta["next_review"], reviewer=meta["reviewer"].strip(),
                body_text=body_text, body_line=body_line, path=path,
                digest=hashlib.sha256(data).hexdigest(), lines=lines,
                translated_from=str(meta.get("translated_from", "")))
    problems.items.extend(found.items)
    return block


def _check_fields(meta: dict, lines: Lines, path: Path, problems: Problems) -> None:
    line = lines.get
    for key in meta:
        if key not in FIELDS:
            problems.add(f"unknown front-matter field {key!r}", path, line((key,)),
                         hint="known fields: " + ", ".join(FIELDS), rule="STR004")
    for key in REQUIRED:
        if key not in meta:
            problems.add(f"missing front-matter field {key!r}", path, 1,
                         hint=f"add '{key}: ...' between the '---' lines", rule="STR002")
    kind = meta.get("kind")
    if "kind" in meta and kind not in KINDS:
        problems.add(f"unknown kind {kind!r}", path, line(("kind",)),
                     hint="use one of: " + ", ".join(KINDS), rule="STR003")
    for key in ("title", "reviewer"):
        if key in meta and not (isinstance(meta[key], str) and meta[key].strip()):
            problems.add(f"{key} must be a non-empty text", path, line((key,)), rule="STR003",
                         hint=f"write it after '{key}:'; quote it if it contains ': '")
    sources = meta.get("sources")
    if "sources" in meta and not (isinstance(sources, list)
                                  and all(isinstance(s, str) for s in sources)):
        problems.add("sources must be a list of source ids", path, line(("sources",)),
                     rule="STR003", hint="e.g. sources: [misev2023, fda2019], or [] for none")
    if "translated_from" in meta and not isinstance(meta["translated_from"], str):
        problems.add("translated_from must be a fingerprint text", path,
                     line(("translated_from",)), rule="STR003",
                     hint="let `handout check --fix-hashes` write it")
    for key in ("reviewed", "next_review"):
        if key in meta and type(meta[key]) is not dt.date:
            problems.add(f"{key} must be a date, not {meta[key]!r}", path, line((key,)),
                         rule="STR003", hint=f"write it as YYYY-MM-DD, e.g. {key}: 2026-11-21")
    reviewed, next_review = meta.get("reviewed"), meta.get("next_review")
    if type(reviewed) is dt.date and type(next_review) is dt.date and next_review <= reviewed:
        problems.add("next_review must be after reviewed", path, line(("next_review",)),
                     rule="STR003", hint="six months after 'reviewed' is usual")
