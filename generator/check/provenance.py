"""Provenance: review dates that have not passed, and who reviews, updates and pays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..blocks import Block
from ..errors import Problem
from ..files import CONFIG_NAME
from ..library import Library
from .registry import Rule, case, scope


@scope("block")
def check_block(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    today = today or dt.date.today()
    if block.next_review < today:
        yield Problem(f"next review was due on {block.next_review.isoformat()}", block.path,
                      block.line("next_review"), rule="PRV001",
                      hint="review the block against its sources, then update 'reviewed' "
                           "and 'next_review'")


@scope("library")
def check_config(library: Library) -> Iterator[Problem]:
    config = library.project.config
    if not config.readable:  # its own error says why; what it sets is unknown
        return
    wrong = {p.line for p in library.load_problems if p.path == config.path and p.line}
    for key, rule in (("reviewer", "PRV002"), ("update_policy", "PRV003"),
                      ("funding", "PRV004")):
        if not getattr(config, key) and config.lines.get((key,)) not in wrong:  # a wrong
            # value has its own error at its line
            yield Problem(f"{CONFIG_NAME} does not set {key!r}", library.root / CONFIG_NAME,
                          rule=rule, hint=f"add {key} = \"...\"; it is printed on every handout")


TOML = "handout.toml"
POLICY = 'update_policy = { en = "Reviewed every 6 months.", zh-TW = "每 6 個月審閱一次。" }\n'
FUNDING = 'funding = { en = "No funding.", zh-TW = "沒有任何資助。" }\n'
WHAT = "content/en/what.md"
RULES = (
    Rule("PRV001", "warning", "next_review date has passed",
         "DISCERN 5; MedlinePlus and NHS show review dates; stale facts mislead", (check_block,),
         case((WHAT, "next_review: 2027-05-01", "next_review: 2026-11-02"),
              at=(WHAT, "next_review:")),
         case((WHAT, "next_review: 2027-05-01", "next_review: 2026-11-21"))),
    Rule("PRV002", "warning", "handout.toml names no reviewer",
         "MedlinePlus: reviewers shown; DISCERN 4", (check_config,),
         case((TOML, 'reviewer = "Test reviewer"\n', ""), at=(TOML, None)),
         case((TOML, 'reviewer = "Test reviewer"\n', 'reviewer = { en = "A", zh-TW = "乙" }\n'))),
    Rule("PRV003", "warning", "handout.toml has no update_policy", "IPDAS: update policy",
         (check_config,),
         case((TOML, POLICY, ""), at=(TOML, None)),
         case((TOML, POLICY, ""), (TOML, FUNDING, FUNDING + '\n[update_policy]\nen = "Yearly."'
                                   '\nzh-TW = "每年一次。"\n'))),
    Rule("PRV004", "warning", "handout.toml has no funding / conflicts statement",
         "IPDAS: funding and conflicts of interest", (check_config,),
         case((TOML, FUNDING, ""), at=(TOML, None)),
         case((TOML, FUNDING, 'funding = "No funding."\n'))),
)
