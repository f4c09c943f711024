"""Hype: marketing claims in either language, told apart from their negation or report.

The patterns are data (hype.yaml), one list per language profile (`Profile.lexicon`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..blocks import Block
from ..errors import Problem
from ..languages import profile
from ..library import Library
from .registry import Rule, case, scope

DATA = Path(__file__).with_name("hype.yaml")
QUOTES = (("「", "」"), ("“", "”"), ('"', '"'), ("『", "』"))
CLAUSE_END = re.compile(r"[,，、:：;；—–(（]")
CONTINUES = re.compile(r"\s*(?:or|nor)\b|\s*[或]", re.IGNORECASE)
KEEP_HINT = "state what is known instead, or keep it with a reason: a line " \
            "'[//]: # (hype-ok: why)' above it"


@dataclass(frozen=True)
class Lexicon:
    rules: dict[str, list[re.Pattern]]
    negation: re.Pattern
    report: re.Pattern
    refute: re.Pattern


@cache
def lexicon(key: str) -> Lexicon:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))

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
    measure = profile(lang)
    if measure is None:
        return []
    words = lexicon(measure.lexicon)
    found = []
    for rule, patterns in words.rules.items():
        for pattern in patterns:
            match = next((m for m in pattern.finditer(sentence)
                          if not _distanced(sentence, m.start(), m.end(), words)), None)
            if match:
                found.append(Claim(rule, match.group(0)))
                break
    return found


def _distanced(sentence: str, start: int, end: int, words: Lexicon) -> bool:
    before = sentence[:start]
    clauses = CLAUSE_END.split(before)
    scope_ = clauses.pop()
    while clauses and CONTINUES.match(scope_):  # "no X is approved, or proven to work"
        scope_ = clauses.pop() + scope_
    if words.negation.search(scope_) or words.report.search(before):
        return True
    if words.refute.search(sentence[end:]):
        return True
    return any(before.count(open_) > before.count(close) if open_ != close
               else before.count(open_) % 2 == 1 for open_, close in QUOTES)


@scope("library")
def check_topic_texts(library: Library) -> Iterator[Problem]:
    """Hype in each topic's title and purpose line."""
    for lang, texts in library.texts.items():
        for text in texts.values():
            for value, line in ((text.title, text.title_line), (text.purpose, text.purpose_line)):
                for claim in claims(value, lang):
                    yield Problem(f"{SUMMARY[claim.rule]}: {claim.phrase!r}", text.path, line,
                                  rule=claim.rule, hint="state what is known instead")


@scope("block")
def check_hype(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    measure = profile(block.lang)
    for claim in claims(block.title, block.lang):  # printed as the section's heading
        yield Problem(f"{SUMMARY[claim.rule]}: {claim.phrase!r}", block.path,
                      block.line("title"), rule=claim.rule, hint="state what is known instead")
    for unit in block.body.units if measure else ():
        markers = {family: (why, line) for family, why, line in unit.silenced}
        reason, marker_line = markers.get("hype", ("", 0))
        for offset, sentence in measure.sentences(unit.text):
            for claim in claims(sentence, block.lang):
                yield Problem(f"{SUMMARY[claim.rule]}: {claim.phrase!r}", block.path,
                              unit.line_at(offset), rule=claim.rule,
                              severity="silenced" if reason else "error",
                              note=reason or "", hint=None if reason else KEEP_HINT)
        if "hype" in markers and not reason:
            yield Problem("hype-ok marker without a reason", block.path, marker_line,
                          rule="HYP010", hint="write why: [//]: # (hype-ok: the reason)")


EN, ZH = "content/en/what.md", "content/zh-TW/what.md"
EN_LINE, ZH_LINE = "You cannot see them.", "您用肉眼看不到它們。"


def _pair(rule_id, severity, summary, rationale, file, old, trigger, near):
    """A hype rule whose trigger replaces a sentence; runs at import (see registry.case)."""
    return Rule(rule_id, severity, summary, rationale,  # pragma: no mutate
                (check_hype, check_topic_texts),  # pragma: no mutate
                case((file, old, trigger), at=(file, trigger)),  # pragma: no mutate
                case((file, old, near)))  # pragma: no mutate


RULES = (
    _pair("HYP001", "error", "claims absolute safety ('no side effects', 「無副作用」)",
          "DISCERN 6; balance-and-quality.md hype list", ZH, ZH_LINE, "外泌體無副作用。",
          "並非沒有副作用。"),
    _pair("HYP002", "error", "cure, guarantee or miracle words ('cure', 「根治」「保證」)",
          "DISCERN 6; efficacy claimed for unapproved treatments", EN, EN_LINE,
          "They cure arthritis.", "There is no cure."),
    _pair("HYP003", "error", "'natural' or 'your own cells' offered as proof of safety",
          "DISCERN 6; seed 001's 'recognised as self' argument", ZH, ZH_LINE,
          "由於來自您自身的細胞，幾乎不會有排斥反應。", "來自您自身的細胞，不等於安全。"),
    _pair("HYP004", "error", "superiority without comparative data (「效力不亞於」)",
          "DISCERN 6; seed 003's vaccine comparison", ZH, ZH_LINE,
          "外泌體疫苗效力不亞於mRNA疫苗。", "沒有研究比較外泌體疫苗和mRNA疫苗。"),
    _pair("HYP005", "error", "call to book or buy inside educational text (「立即諮詢」)",
          "DISCERN 6 and 2: education, not promotion", "content/zh-TW/help.md",
          "請問您的醫師或藥師。", "立即諮詢我們的醫師！", "請問您的醫師或藥師，再決定。"),
    _pair("HYP006", "error", "'clinically proven' / 「臨床證實」 without a trial",
          "DISCERN 4-6: evidence named, not asserted", EN, EN_LINE,
          "It is clinically proven.", "It is not clinically proven."),
    Rule("HYP010", "error", "a hype silence marker has no written reason",
         "A kept claim must carry its justification (balance-and-quality.md)", (check_hype,),
         case((EN, "Exosomes are", "[//]: # (hype-ok)\nExosomes are"), at=(EN, "[//]:")),
         case((EN, "Exosomes are", "[//]: # (hype-ok: quotes an advert)\nExosomes are"))),
)
SUMMARY = {rule.id: rule.summary for rule in RULES}
