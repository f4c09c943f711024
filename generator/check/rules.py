"""Every rule `handout check` knows: id, default severity, what it asks, and why.

The README's rule table is generated from this list (`handout check --rules`), so the
documentation cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # "error" or "warning"; --strict makes every warning an error
    summary: str
    rationale: str


RULES = {rule.id: rule for rule in (
    # Files
    Rule("FIL001", "error", "file is not UTF-8 (Big5 is named when it looks like Big5)",
         "Readable by every tool; a mis-encoded file loses characters silently"),
    Rule("FIL002", "warning", "file starts with a byte-order mark",
         "Some YAML and diff tools show the BOM as a stray character"),
    Rule("FIL003", "warning", "file has Windows (CRLF) line endings",
         "Mixed endings make reviews and diffs noisy"),
    Rule("FIL004", "error", "tab character in YAML front matter or data",
         "YAML forbids tabs for indentation; the parser error would be obscure"),
    Rule("FIL005", "error", "file is empty", "An empty block prints an empty section"),
    Rule("FIL006", "error", "file is larger than 1 MB",
         "A block is a few paragraphs; a huge file is a mistake (PEMAT: short sections)"),
    # Structure
    Rule("STR001", "error", "YAML or front matter cannot be parsed",
         "Nothing a reviewer wrote may be lost to a syntax error"),
    Rule("STR002", "error", "required front-matter field is missing",
         "DISCERN 4-5: sources and dates must be stated"),
    Rule("STR003", "error", "field has the wrong type or an invalid value",
         "Dates and kinds drive review reminders and balance checks"),
    Rule("STR004", "error", "unknown field or key",
         "A misspelt key would otherwise be dropped silently"),
    Rule("STR005", "error", "a manifest block is missing in a language, or unknown",
         "A handout never mixes languages or skips a section"),
    Rule("STR006", "error", "a cited source is not in the bibliography",
         "DISCERN 4: every source must be identifiable"),
    Rule("STR007", "warning", "a bibliography entry is never cited",
         "Keeps the source list honest and reviewable"),
    Rule("STR008", "error", "duplicate id (topic, source, key or block in a topic)",
         "YAML keeps only the last duplicate: the first would be lost"),
    Rule("STR009", "error", "a block's kind or sources differ between languages",
         "Both languages must say the same things from the same sources"),
    Rule("STR010", "error", "a topic has no title or purpose in a language",
         "PEMAT 1 / CDC 1: the purpose is stated at the top"),
    Rule("STR011", "error", "Markdown the handouts cannot hold (images, # or ## headings)",
         "Images need text alternatives and layout review; block titles are the headings"),
    Rule("STR012", "warning", "a block file is not used by any topic",
         "Unused text goes stale without anyone reviewing it"),
    # Balance
    Rule("BAL001", "error", "a topic lacks a required block kind",
         "DISCERN 6-12, 15, CDC 11 and 19: what it is, evidence, unknowns, law, risks, "
         "alternatives, questions and further help all present"),
    Rule("BAL002", "error", "benefit text outweighs risk and uncertainty text",
         "DISCERN 6 (balanced), CDC 19 (risks and benefits both)"),
    Rule("BAL003", "error", "a percentage is not also given as 'X in 100' or in words",
         "CDC Clear Communication Index item 20; PEMAT numbers clear"),
    Rule("BAL004", "error", "the alternatives block lists fewer than two options",
         "DISCERN 12 and 14: more than one choice, including doing nothing"),
    Rule("BAL005", "error", "an evidence, regulation or safety block cites no source",
         "DISCERN 4: claims about evidence and law carry their source"),
    Rule("BAL006", "warning", "a list has more than 7 items", "CDC: lists of 7 items or fewer"),
    # Hype
    Rule("HYP001", "error", "claims absolute safety ('no side effects', 「無副作用」)",
         "DISCERN 6; balance-and-quality.md hype list"),
    Rule("HYP002", "error", "cure, guarantee or miracle words ('cure', 「根治」「保證」)",
         "DISCERN 6; efficacy claimed for unapproved treatments"),
    Rule("HYP003", "error", "'natural' or 'your own cells' offered as proof of safety",
         "DISCERN 6; seed 001's 'recognised as self' argument"),
    Rule("HYP004", "error", "superiority without comparative data (「效力不亞於」)",
         "DISCERN 6; seed 003's vaccine comparison"),
    Rule("HYP005", "error", "call to book or buy inside educational text (「立即諮詢」)",
         "DISCERN 6 and 2: education, not promotion"),
    Rule("HYP006", "error", "'clinically proven' / 「臨床證實」 without a trial",
         "DISCERN 4-6: evidence named, not asserted"),
    Rule("HYP010", "error", "a hype silence marker has no written reason",
         "A kept claim must carry its justification (balance-and-quality.md)"),
    # Provenance
    Rule("PRV001", "warning", "next_review date has passed",
         "DISCERN 5; MedlinePlus and NHS show review dates; stale facts mislead"),
    Rule("PRV002", "warning", "handout.toml names no reviewer",
         "MedlinePlus: reviewers shown; DISCERN 4"),
    Rule("PRV003", "warning", "handout.toml has no update_policy", "IPDAS: update policy"),
    Rule("PRV004", "warning", "handout.toml has no funding / conflicts statement",
         "IPDAS: funding and conflicts of interest"),
    # Translations
    Rule("TRN001", "warning", "a translation does not record which source version it is from",
         "Without it a changed source cannot be detected"),
    Rule("TRN002", "warning", "the source-language block changed since it was translated",
         "MedlinePlus: translations must follow reviewed source text"),
    Rule("TRN003", "error", "numbers differ between languages",
         "Same facts in each language: a mistyped number changes a risk"),
    Rule("TRN004", "error", "trial IDs (NCT…) differ between languages",
         "Readers look trials up by their ID"),
    Rule("TRN005", "error", "DOIs differ between languages", "Sources must match"),
    Rule("TRN007", "error", "Simplified-only characters in zh-TW text",
         "Written for Taiwan readers, in Traditional characters"),
    # Readability
    Rule("RDB001", "warning", "English block above the grade limit (Flesch-Kincaid)",
         "AMA grade 6 / NIH grade 8; PEMAT understandability"),
    Rule("RDB002", "warning", "English handout above the grade limit (Flesch-Kincaid)",
         "AMA grade 6 / NIH grade 8"),
    Rule("RDB003", "warning", "zh-TW block's average sentence is too long",
         "No validated zh-TW formula exists; sentence length is the usual proxy"),
    Rule("RDB004", "warning", "zh-TW sentence longer than the limit", "Short sentences (PEMAT)"),
    Rule("RDB005", "warning", "too many characters outside the common set (Big5 level 1)",
         "Rare characters slow readers"),
    Rule("RDB006", "warning", "the handout never addresses the reader ('you' / 「您」)",
         "PEMAT: addresses the reader directly"),
)}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
