"""Balance: the blocks a fair handout needs, benefits not outweighing risks, clear numbers.

`render` and `build` refuse a handout with an error-level finding here
(`handout_errors`), so content cannot opt out of balance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..blocks import Block
from ..errors import Problem
from ..languages import profile
from ..topics import Topic
from . import thresholds
from .registry import Rule, case, scope

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
    """Words or characters, as the block's language counts what a reader gets through."""
    measure = profile(block.lang)
    return sum(measure.size(unit.text) for unit in block.body.units) if measure else 0


@scope("handout")
def check_topic(topic: Topic, lang: str, blocks: list[Block]) -> Iterator[Problem]:
    kinds = {block.kind for block in blocks}
    for kind in REQUIRED_KINDS:
        if kind not in kinds:
            yield Problem(f"topic {topic.id!r} ({lang}) has no {kind!r} block", topic.path,
                          topic.line, rule="BAL001",
                          hint=f"add a block of kind '{kind}' to the topic (shared blocks "
                               "can be reused)")
    benefit = sum(size(b) for b in blocks if b.kind in BENEFIT_KINDS)
    risk = max(sum(size(b) for b in blocks if b.kind in RISK_KINDS), 1)
    if benefit > thresholds.MAX_BENEFIT_TO_RISK * risk:
        yield Problem(f"topic {topic.id!r} ({lang}): evidence text is {benefit / risk:.1f} "
                      f"times the risk and unknowns text (limit "
                      f"{thresholds.MAX_BENEFIT_TO_RISK})", topic.path, topic.line,
                      rule="BAL002", hint="say what is not known and what can go wrong "
                                          "as fully as what was found")


@scope("block")
def check_block(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    if block.kind in MUST_CITE and not block.sources:
        yield Problem(f"a {block.kind} block must cite its sources", block.path,
                      block.line("sources"), rule="BAL005",
                      hint="list source ids in 'sources:'")
    measure = profile(block.lang)
    for unit in block.body.units if measure else ():
        for offset, sentence in measure.sentences(unit.text):
            if PERCENT.search(sentence) and not IN_100.search(sentence):
                yield Problem("a percentage without 'X in 100' or words", block.path,
                              unit.line_at(offset), rule="BAL003",
                              hint="write 'about 18 in 100' (「每 100 人中約 18 人」) next to "
                                   "or instead of '18%'")
    lists = _list_lengths(block)
    if block.kind == "alternatives" and max(lists.values(), default=0) < \
            thresholds.MIN_ALTERNATIVES:
        yield Problem("the alternatives block lists fewer than two options", block.path,
                      block.body.first_line, rule="BAL004",
                      hint="list the options as bullets, including 'doing nothing for now'")
    for line, count in lists.items():
        if count > thresholds.MAX_LIST_ITEMS:
            yield Problem(f"a list of {count} items (limit {thresholds.MAX_LIST_ITEMS})",
                          block.path, line, rule="BAL006", hint="split or shorten the list")


def _list_lengths(block: Block) -> dict[int, int]:
    """The line of each list mapped to its number of items."""
    lengths: dict[int, int] = {}
    for unit in block.body.units:
        if unit.kind == "item":
            lengths[unit.list_start] = lengths.get(unit.list_start, 0) + 1
    return lengths


def handout_errors(topic: Topic, lang: str, blocks: list[Block]) -> list[Problem]:
    """The error-level balance findings that stop a handout from being printed."""
    found = [*check_topic(topic, lang, blocks)]
    for block in blocks:
        found += check_block(block)
    return [p for p in found if SEVERITY[p.rule] == "error"]


EN = "content/en/"
STUDY = " It was a careful study of people who were given one dose and followed by doctors."
RULES = (
    Rule("BAL001", "error", "a topic lacks a required block kind",
         "DISCERN 6-12, 15, CDC 11 and 19: what it is, evidence, unknowns, law, risks, "
         "alternatives, questions and further help all present", (check_topic,),
         case(("content/topics.yaml", "unknowns, ", ""), at=("content/topics.yaml", "basics:")),
         case(("content/topics.yaml", "[what, studies,", "[studies, what,"))),
    Rule("BAL002", "error", "benefit text outweighs risk and uncertainty text",
         "DISCERN 6 (balanced), CDC 19 (risks and benefits both)", (check_topic,),
         case((EN + "studies.md", "7 days.", "7 days." + STUDY * 8),
              at=("content/topics.yaml", "basics:")),
         case((EN + "studies.md", "7 days.", "7 days." + STUDY * 3))),
    Rule("BAL003", "error", "a percentage is not also given as 'X in 100' or in words",
         "CDC Clear Communication Index item 20; PEMAT numbers clear", (check_block,),
         case((EN + "risks.md", "about 18 in 100 makers (18%)", "18% of makers"),
              at=(EN + "risks.md", "18% of makers")),
         case((EN + "risks.md", "(18%)", "(18 percent, or 18 in 100)"))),
    Rule("BAL004", "error", "the alternatives block lists fewer than two options",
         "DISCERN 12 and 14: more than one choice, including doing nothing", (check_block,),
         case((EN + "options.md", "- Wait and do nothing for now.\n", ""),
              at=(EN + "options.md", "- Ask your doctor")),
         case((EN + "options.md", "- Wait and do nothing for now.\n- Ask",
               "1. Wait and do nothing for now.\n2. Ask"))),
    Rule("BAL005", "error", "an evidence, regulation or safety block cites no source",
         "DISCERN 4: claims about evidence and law carry their source", (check_block,),
         case((EN + "law.md", "sources: [s2]", "sources: []"), at=(EN + "law.md", "sources: []")),
         case((EN + "what.md", "sources: [s1]", "sources: []"))),
    Rule("BAL006", "warning", "a list has more than 7 items", "CDC: lists of 7 items or fewer",
         (check_block,),
         case((EN + "help.md", "Ask your doctor or pharmacist.",
               "Ask your doctor:\n\n" + "\n".join(f"- Option {n}" for n in range(8))),
              at=(EN + "help.md", "- Option 0")),
         case((EN + "help.md", "Ask your doctor or pharmacist.",
               "Ask your doctor:\n\n" + "\n".join(f"- Option {n}" for n in range(7))))),
)
SEVERITY = {rule.id: rule.severity for rule in RULES}
