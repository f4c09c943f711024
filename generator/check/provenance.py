"""Provenance: review dates that have not passed, and who reviews, updates and pays."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..blocks import Block
from ..errors import Problem
from ..files import CONFIG_NAME
from ..languages import profile
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


# Blocks whose facts the ledger must carry (the issue: evidence, regulation and safety).
LEDGER_KINDS = ("evidence", "regulation", "safety")
# A sentence that states a fact someone must be able to trace: a number, a date, a trial
# or registry id, a law or a fine, an approval, or what an agency or society said.
FACTUAL = re.compile(
    r"[0-9０-９]|NCT\d|\b(?:Act|Regulation|Directive|FDA|TFDA|EMA|MHRA|ISEV|Ministry|"
    r"approv\w*|licen[cs]\w*|fines?)\b|法》|條例|法規|罰|核准|許可|食藥署|衛福部|衛生局",
    re.IGNORECASE)


@scope("library")
def check_ledger(library: Library) -> Iterator[Problem]:
    """Each factual sentence has an entry; each entry still has its sentence, names a
    source the block cites, was checked since the block's review, and was reviewed by a
    second person."""
    for (lang, block_id), block in sorted(library.blocks.items()):
        entries = library.ledgers.get((lang, block_id), ())
        measure = profile(lang)
        if measure is None or (block.kind not in LEDGER_KINDS and not entries):
            continue
        ledger = library.ledger_path(lang, block_id)
        sentences = [(" ".join(sentence.split()), unit.line_at(offset))
                     for unit in block.body.units
                     for offset, sentence in measure.sentences(unit.text)]
        if block.kind in LEDGER_KINDS:
            for sentence, line in sentences:
                if FACTUAL.search(sentence) and not any(e.claim in sentence for e in entries):
                    yield Problem(f"a factual sentence has no ledger entry: {sentence[:70]!r}",
                                  block.path, line, rule="PRV005",
                                  hint=f"add '- claim: ...' with its source, where and "
                                       f"checked to {ledger.relative_to(library.root)}")
        for entry in entries:
            if not any(entry.claim in sentence for sentence, _ in sentences):
                yield Problem(f"ledger claim {entry.claim[:60]!r} is no longer in "
                              f"{block.path.name}", entry.path, entry.line, rule="PRV006",
                              hint="copy the claim from the sentence as printed, or remove "
                                   "the entry")
            elif entry.source not in block.sources:
                yield Problem(f"ledger source {entry.source!r} is not among the block's "
                              "sources", entry.path, entry.line, rule="PRV006",
                              hint=f"cite it in {block.path.name}, or name the source the "
                                   "claim comes from")
            if entry.checked < block.reviewed:
                yield Problem(f"checked on {entry.checked.isoformat()}, before the block's "
                              f"review of {block.reviewed.isoformat()}", entry.path,
                              entry.line, rule="PRV007",
                              hint="check the claim against its source again, then update "
                                   "'checked'")
            if entry.second is None:
                yield Problem("no second reviewer has checked this claim", entry.path,
                              entry.line, rule="PRV008",
                              hint="someone who did not write the block checks it against "
                                   "the source and adds second: {reviewer, date, verdict}")


TOML = "handout.toml"
POLICY = 'update_policy = { en = "Reviewed every 6 months.", zh-TW = "每 6 個月審閱一次。" }\n'
FUNDING = 'funding = { en = "No funding.", zh-TW = "沒有任何資助。" }\n'
WHAT = "content/en/what.md"
STUDIES, LEDGER_EN = "content/en/studies.md", "content/ledger/en/studies.yaml"
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
         case((TOML, POLICY, ""), (TOML, "use_bundled = false", 'use_bundled = false\n'
                                   '[update_policy]\nen = "Yearly."\nzh-TW = "每年一次。"'))),
    Rule("PRV004", "warning", "handout.toml has no funding / conflicts statement",
         "IPDAS: funding and conflicts of interest", (check_config,),
         case((TOML, FUNDING, ""), at=(TOML, None)),
         case((TOML, FUNDING, 'funding = "No funding."\n'))),
    Rule("PRV005", "error", "a factual sentence in an evidence, regulation or safety block "
         "has no claim-ledger entry",
         "DISCERN 4: a reviewer can trace every number, date, id, law and agency statement",
         (check_ledger,),
         case((STUDIES, "within 7 days.", "within 7 days. Two more trials started in 2025."),
              at=(STUDIES, "Two more trials")),
         case((STUDIES, "within 7 days.", "within 7 days. It was small."))),
    Rule("PRV006", "error", "a ledger entry whose claim is no longer in its block, or whose "
         "source the block does not cite",
         "An entry must vouch for the text as printed, from a source the reader sees",
         (check_ledger,),
         case((STUDIES, "gave 24 people", "gave 25 people"),
              at=(LEDGER_EN, "- claim: \"One small trial")),
         case((STUDIES, "gave 24 people one dose.", "gave 24 people\none dose."))),
    Rule("PRV007", "error", "a ledger entry was checked before the block's last review",
         "A reviewed block re-checks its facts (DISCERN 5)", (check_ledger,),
         case((STUDIES, "reviewed: 2026-11-01", "reviewed: 2026-11-05"),
              at=(LEDGER_EN, "- claim: \"One small trial")),
         case((LEDGER_EN, "checked: 2026-11-01", "checked: 2026-11-05"))),
    Rule("PRV008", "warning", "a ledger entry has no second reviewer's verdict",
         "Facts checked by someone who did not write them", (check_ledger,),
         case((LEDGER_EN, '  second: {reviewer: "Second reviewer", date: 2026-11-02, '
               'verdict: confirmed}\n- claim: "It found', '- claim: "It found'),
              at=(LEDGER_EN, "- claim: \"One small trial")),
         case((LEDGER_EN, "verdict: confirmed}\n- claim: \"It found",
               "verdict: corrected}\n- claim: \"It found"))),
)
