"""Content blocks: one Markdown file with YAML front matter per block and language."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import HandoutError, Problems
from .textfile import Lines, load_yaml, read_text

KINDS = ("overview", "summary", "evidence", "unknowns", "regulation", "safety",
         "alternatives", "questions", "more-help")
REQUIRED = ("kind", "title", "sources", "reviewed", "next_review", "reviewer")
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


def block_path(content_dir: Path, lang: str, block_id: str) -> Path:
    return content_dir / lang / f"{block_id}.md"


def read_block(path: Path, lang: str) -> Block:
    """Parse one block file; every problem in it is reported together."""
    text = read_text(path)
    if not text.strip():
        raise HandoutError.at("file is empty", path,
                              hint="a block starts with '---', its front matter, '---'")
    meta_text, body, body_line = _split_front_matter(text, path)
    meta, lines = load_yaml(meta_text, path, first_line=2)
    if not isinstance(meta, dict):
        raise HandoutError.at("front matter must be a mapping of 'key: value' lines", path, 2)
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
    )


def _split_front_matter(text: str, path: Path) -> tuple[str, str, int]:
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise HandoutError.at("block does not start with front matter", path, 1,
                              hint="the first line must be '---'")
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise HandoutError.at("front matter is not closed", path, 1,
                          hint="add a line with '---' after the last front-matter field")


def _check_fields(meta: dict, lines: Lines, path: Path, problems: Problems) -> None:
    for key in meta:
        if key not in REQUIRED:
            problems.add(f"unknown front-matter field {key!r}", path, lines.get((key,)),
                         hint="known fields: " + ", ".join(REQUIRED))
    for key in REQUIRED:
        if key not in meta:
            problems.add(f"missing front-matter field {key!r}", path, 1,
                         hint=f"add '{key}: ...' between the '---' lines")
    line = lines.get
    kind = meta.get("kind")
    if "kind" in meta and kind not in KINDS:
        problems.add(f"unknown kind {kind!r}", path, line(("kind",)),
                     hint="use one of: " + ", ".join(KINDS))
    for key in ("title", "reviewer"):
        if key in meta and not (isinstance(meta[key], str) and meta[key].strip()):
            problems.add(f"{key} must be a non-empty text", path, line((key,)))
    sources = meta.get("sources")
    if "sources" in meta and not (isinstance(sources, list)
                                  and all(isinstance(s, str) for s in sources)):
        problems.add("sources must be a list of source ids, e.g. [misev2023, fda-2019]",
                     path, line(("sources",)))
    for key in ("reviewed", "next_review"):
        if key in meta and not isinstance(meta[key], dt.date):
            problems.add(f"{key} must be a date written YYYY-MM-DD, not {meta[key]!r}",
                         path, line((key,)))
    reviewed, next_review = meta.get("reviewed"), meta.get("next_review")
    if isinstance(reviewed, dt.date) and isinstance(next_review, dt.date):
        if next_review <= reviewed:
            problems.add("next_review must be after reviewed", path, line(("next_review",)))
