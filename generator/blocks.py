"""Content blocks: one Markdown file with YAML front matter per block and language."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import HandoutError, Problems
from .textfile import Lines, cached_by_file, load_yaml, read_text

KINDS = ("overview", "summary", "evidence", "unknowns", "regulation", "safety",
         "alternatives", "questions", "more-help")
REQUIRED = ("kind", "title", "sources", "reviewed", "next_review", "reviewer")
# Written by `handout check --fix-hashes` in translations: the source block's fingerprint.
OPTIONAL = ("translated_from",)
FIELDS = REQUIRED + OPTIONAL
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


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
    body: str
    body_line: int
    path: Path
    digest: str
    source_lines: tuple[int, ...] = ()
    translated_from: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.title, self.body)


def fingerprint(title: str, body: str) -> str:
    """What a translation follows: the title and body, not dates or reviewer."""
    return hashlib.sha256(f"{title.strip()}\n{body.strip()}".encode()).hexdigest()[:12]


def block_path(content_dir: Path, lang: str, block_id: str) -> Path:
    return content_dir / lang / f"{block_id}.md"


@cached_by_file
def read_block(path: Path, lang: str) -> Block:
    """Parse one block file; every problem in it is reported together."""
    text = read_text(path)
    if not text.strip():
        raise HandoutError.at("file is empty", path,
                              hint="a block starts with '---', its front matter, '---'",
                              rule="FIL005")
    meta_text, body, body_line = _split_front_matter(text, path)
    meta, lines = load_yaml(meta_text, path, first_line=2)
    if not isinstance(meta, dict):
        raise HandoutError.at("front matter must be a mapping of 'key: value' lines", path, 2,
                              rule="STR001")
    problems = Problems()
    _check_fields(meta, lines, path, problems)
    problems.raise_if_any()
    sources = tuple(meta["sources"])
    return Block(
        id=path.stem, lang=lang, kind=meta["kind"], title=meta["title"].strip(),
        sources=sources, reviewed=meta["reviewed"], next_review=meta["next_review"],
        reviewer=meta["reviewer"].strip(), body=body, body_line=body_line, path=path,
        digest=hashlib.sha256(text.encode()).hexdigest(),
        source_lines=tuple(lines.get(("sources", i), lines[("sources",)])
                           for i in range(len(sources))),
        translated_from=str(meta.get("translated_from", "")),
    )


def _split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise HandoutError.at("block does not start with front matter", path, 1,
                              hint="the first line must be '---'", rule="STR001")
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise HandoutError.at("front matter is not closed", path, 1,
                          hint="add a line with '---' after the last front-matter field",
                          rule="STR001")


def _check_fields(meta: dict, lines: Lines, path: Path, problems: Problems) -> None:
    for key in meta:
        if key not in FIELDS:
            problems.add(f"unknown front-matter field {key!r}", path, lines.get((key,)),
                         hint="known fields: " + ", ".join(FIELDS), rule="STR004")
    for key in REQUIRED:
        if key not in meta:
            problems.add(f"missing front-matter field {key!r}", path, 1,
                         hint=f"add '{key}: ...' between the '---' lines", rule="STR002")
    line = lines.get
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
    for key in ("reviewed", "next_review"):
        if key in meta and not isinstance(meta[key], dt.date):
            problems.add(f"{key} must be a date, not {meta[key]!r}", path, line((key,)),
                         rule="STR003", hint=f"write it as YYYY-MM-DD, e.g. {key}: 2026-11-21")
    reviewed, next_review = meta.get("reviewed"), meta.get("next_review")
    if isinstance(reviewed, dt.date) and isinstance(next_review, dt.date):
        if next_review <= reviewed:
            problems.add("next_review must be after reviewed", path, line(("next_review",)),
                         rule="STR003", hint="six months after 'reviewed' is usual")
