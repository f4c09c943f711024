"""Hype: marketing claims in either language, told apart from their negation or report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..blocks import Block
from ..errors import Problem
from .rules import RULES
from .text import sentences

DATA = Path(__file__).with_name("hype.yaml")
QUOTES = (("「", "」"), ("“", "”"), ('"', '"'), ("『", "』"))
CLAUSE_END = re.compile(r"[,，、:：;；—–(（]")
CONTINUES = re.compile(r"\s*(?:or|nor)\b|\s*[或]", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    rules: dict[str, list[re.Pattern]]
    negation: re.Pattern
    report: re.Pattern
    refute: re.Pattern


@cache
def lexicon(lang: str) -> Lexicon:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    key = "zh-TW" if lang.startswith("zh") else "en"

    def one(patterns: list[str]) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return Lexicon(
        rules={rule: [re.compile(p, re.IGNORECASE) for p in by_lang.get(key, [])]
               for rule, by_lang in data["rules"].items()},
        negation=one(data["negation"][key]), report=one(data["report"][key]),
        refute=one(data["refute"][key]))


@dataclass(frozen=True)
class Claim:
    rule: str
    phrase: str


def claims(sentence: str, lang: str) -> list[Claim]:
    """The hype claims a sentence makes, skipping negated, reported or quoted phrases."""
    words = lexicon(lang)
    found = []
    for rule, patterns in words.rules.items():
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                if not _distanced(sentence, match.start(), match.end(), words):
                    found.append(Claim(rule, match.group(0)))
                    break
            if found and found[-1].rule == rule:
                break
    return found


def _distanced(sentence: str, start: int, end: int, words: Lexicon) -> bool:
    before = sentence[:start]
    clauses = CLAUSE_END.split(before)
    scope = clauses.pop()
    while clauses and CONTINUES.match(scope):  # "no X is approved, or proven to work"
        scope = clauses.pop() + scope
    if words.negation.search(scope) or words.report.search(before):
        return True
    if words.refute.search(sentence[end:]):
        return True
    return any(before.count(open_) > before.count(close) if open_ != close
               else before.count(open_) % 2 == 1 for open_, close in QUOTES)


def check_line(text: str, lang: str, path: Path, line: int) -> Iterator[Problem]:
    """Hype in a one-line text, such as a topic's title or purpose."""
    for claim in claims(text, lang):
        yield Problem(f"{RULES[claim.rule].summary}: {claim.phrase!r}", path, line,
                      rule=claim.rule, hint="state what is known instead")


def check_hype(block: Block) -> Iterator[Problem]:
    empty_reasons = set()
    for sentence in sentences(block, block.lang):
        silenced = dict(sentence.unit.silenced)
        for claim in claims(sentence.text, block.lang):
            reason = silenced.get("hype")
            if reason:
                yield Problem(f"{RULES[claim.rule].summary}: {claim.phrase!r}", block.path,
                              sentence.line, rule=claim.rule, severity="silenced",
                              note=reason)
            else:
                yield Problem(f"{RULES[claim.rule].summary}: {claim.phrase!r}", block.path,
                              sentence.line, rule=claim.rule,
                              hint="state what is known instead, or keep it with a reason: "
                                   "a line '[//]: # (hype-ok: why)' above it")
        if "hype" in silenced and not silenced["hype"]:
            empty_reasons.add(sentence.line)
    for line in sorted(empty_reasons):
        yield Problem("hype-ok marker without a reason", block.path, line, rule="HYP010",
                      hint="write why: [//]: # (hype-ok: the reason)")
