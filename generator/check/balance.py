"""Balance: the blocks a fair handout needs, benefits not outweighing risks, clear numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..blocks import Block
from ..errors import Problem
from ..topics import Topic
from . import thresholds
from .text import sentences, units

REQUIRED_KINDS = ("overview", "evidence", "unknowns", "regulation", "safety", "alternatives",
                  "questions", "more-help")
BENEFIT_KINDS = ("evidence",)
RISK_KINDS = ("unknowns", "safety")
MUST_CITE = ("evidence", "regulation", "safety")
PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|percent\b)|百分之")
IN_100 = re.compile(r"\bin (?:every )?100\b|\bout of 100\b|100\s*(?:人|個|位|件|種|家)中|每\s*100|"
                    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty)[- ]?"
                    r"(?:in|out of) (?:ten|a hundred)\b|十分之|\b(?:half|quarter|third)\b|一半")


def size(block: Block) -> int:
    """Words in English, characters in Chinese: what a reader has to get through."""
    text = " ".join(unit.text for unit in units(block))
    if block.lang.startswith("zh"):
        return len(re.findall(r"[\u4e00-\u9fff]", text))
    return len(text.split())


def check_topic(topic: Topic, lang: str, blocks: list[Block]) -> Iterator[Problem]:
    kinds = {block.kind for block in blocks}
    for kind in REQUIRED_KINDS:
        if kind not in kinds:
            yield Problem(f"topic {topic.id!r} ({lang}) has no {kind!r} block", topic.path,
                          topic.line, rule="BAL001",
                          hint=f"add a {kind} block (shared ones can be reused) to the topic")
    benefit = sum(size(b) for b in blocks if b.kind in BENEFIT_KINDS)
    risk = sum(size(b) for b in blocks if b.kind in RISK_KINDS)
    if benefit and benefit > thresholds.MAX_BENEFIT_TO_RISK * max(risk, 1):
        yield Problem(f"topic {topic.id!r} ({lang}): evidence text is {benefit / max(risk, 1):.1f}"
                      f" times the risk and unknowns text (limit "
                      f"{thresholds.MAX_BENEFIT_TO_RISK})", topic.path, topic.line,
                      rule="BAL002", hint="say what is not known and what can go wrong "
                                          "as fully as what was found")


def check_block(block: Block) -> Iterator[Problem]:
    if block.kind in MUST_CITE and not block.sources:
        yield Problem(f"a {block.kind} block must cite its sources", block.path, 4,
                      rule="BAL005", hint="list source ids in 'sources:'")
    for sentence in sentences(block, block.lang):
        if PERCENT.search(sentence.text) and not IN_100.search(sentence.text):
            yield Problem("a percentage without 'X in 100' or words", block.path,
                          sentence.line, rule="BAL003",
                          hint="write 'about 18 in 100' (「每 100 人中約 18 人」) next to or "
                               "instead of '18%'")
    items = _list_lengths(block)
    if block.kind == "alternatives" and max(items.values(), default=0) < \
            thresholds.MIN_ALTERNATIVES:
        yield Problem("the alternatives block lists fewer than two options", block.path, 2,
                      rule="BAL004", hint="list the options as bullets, including "
                                          "'doing nothing for now'")
    for line, count in items.items():
        if count > thresholds.MAX_LIST_ITEMS:
            yield Problem(f"a list of {count} items (limit {thresholds.MAX_LIST_ITEMS})",
                          block.path, line, rule="BAL006", hint="split or shorten the list")


def _list_lengths(block: Block) -> dict[int, int]:
    """Start line of each list mapped to its number of items."""
    lengths: dict[int, int] = {}
    start = None
    previous = None
    for unit in units(block):
        if unit.kind == "item":
            if start is None or previous is None or previous.kind != "item":
                start = unit.line
            lengths[start] = lengths.get(start, 0) + 1
        previous = unit
    return lengths
