"""Plain text out of a block body, unit by unit (paragraph or list item), with file lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..blocks import Block

# A Markdown comment that renders as nothing; it silences the next unit's finding:
#   [//]: # (hype-ok: quotes an advert in order to correct it)
MARKER = re.compile(r"^\[//\]:\s*#\s*\((?P<rule>[a-z-]+)-ok:?\s*(?P<reason>[^)]*)\)\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
HEADING = re.compile(r"^\s*#{1,6}\s+")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
ZH_END = "。！？；"
EN_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")


@dataclass(frozen=True)
class Unit:
    """A paragraph, list item or heading as plain text; `silenced` maps rule to reason."""

    text: str
    line: int
    kind: str  # "paragraph", "item" or "heading"
    silenced: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int
    unit: Unit


def plain(text: str) -> str:
    return EMPHASIS.sub("", LINK.sub(r"\1", text)).strip()


def units(block: Block) -> list[Unit]:
    found: list[Unit] = []
    pending: list[tuple[str, str]] = []
    current: list[str] = []
    start, kind = 0, "paragraph"

    def flush():
        nonlocal current, pending
        if current:
            found.append(Unit(plain(" ".join(current)), start, kind, tuple(pending)))
            pending = []
        current = []

    for number, line in enumerate(block.body.split("\n"), block.body_line):
        if marker := MARKER.match(line):
            flush()
            pending.append((marker["rule"], marker["reason"].strip()))
        elif not line.strip():
            flush()
        elif HEADING.match(line) or LIST_ITEM.match(line):
            flush()
            start, kind = number, "heading" if HEADING.match(line) else "item"
            current = [HEADING.sub("", LIST_ITEM.sub("", line))]
        else:
            if not current:
                start, kind = number, "paragraph"
            current.append(line.strip())
    flush()
    return found


def sentences(block: Block, lang: str) -> list[Sentence]:
    found = []
    for unit in units(block):
        if lang.startswith("zh"):
            parts = [p for p in re.split(f"(?<=[{ZH_END}])", unit.text) if p.strip()]
        else:
            parts = [p for p in EN_END.split(unit.text) if p.strip()]
        found.extend(Sentence(part.strip(), unit.line, unit) for part in parts)
    return found


def zh_sentence_length(sentence: str) -> int:
    """Characters that count towards length: not spaces or the closing punctuation."""
    return len(re.sub(rf"[\s{ZH_END}]", "", sentence))
