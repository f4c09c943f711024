"""Run every check over the loaded library: the engine behind `handout check`.

Findings come from the loader (files that cannot be read or matched up) and from each
registered check, by scope: the library, each block, each translation with its source,
each handout (a topic in one language). Printing and exit codes belong to the CLI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..blocks import Block
from ..errors import Problem
from ..library import Library
from . import printing, readability
from .rules import RULES, checks
from .translations import fix_hash


@dataclass
class Report:
    findings: list[Problem]
    rows: list[dict] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def run(library: Library, topics: list[str] | None = None, langs: list[str] | None = None,
        today: dt.date | None = None, strict: bool = False, printed: bool = False) -> Report:
    """Every finding for the chosen topics and languages (default: all of them); with
    `printed`, each handout is also laid out and measured as a PDF."""
    topic_ids = list(topics or library.topics)
    langs = list(langs or library.langs)
    whole = not topics and set(langs) == set(library.langs)
    found: list[Problem] = list(library.problems)
    for lang in langs:
        found += library.project.config.missing(lang)
        for topic_id in topic_ids:
            found += library.missing(topic_id, lang)
    for check in checks("library"):
        found += check(library)
    topic_ids = [t for t in topic_ids if t in library.topics]  # missing() reported the rest
    selected = _selected(library, topic_ids, langs, whole)
    source = library.project.config.source_lang
    for block in selected:
        for check in checks("block"):
            found += check(block, today or dt.date.today())
        original = library.block(source, block.id)
        if original and block.lang != source:
            for check in checks("pair"):
                found += check(original, block)
    rows = []
    for topic_id in topic_ids:
        topic = library.topics[topic_id]
        for lang in langs:
            blocks = [library.block(lang, b) for b in topic.blocks]
            if None in blocks:
                continue
            for check in checks("handout"):
                found += check(topic, lang, blocks)
            rows.append({"topic": topic_id, "lang": lang, "blocks": len(blocks),
                         **readability.report_row(lang, blocks)})
    if printed:
        measured, problems = printing.measure_handouts(library, topic_ids, langs)
        found += problems
        sizes = {(row["topic"], row["lang"]): row for row in measured}
        rows = [{**row, **sizes.get((row["topic"], row["lang"]), {})} for row in rows]
    if not whole:
        relevant = set().union(*(library.paths_for(t, lang) for t in topics or library.topics
                                 for lang in langs))
        found = [f for f in found if f.path is None or f.path in relevant]
    findings = [_severity(f, strict) for f in dict.fromkeys(found)]
    findings.sort(key=lambda f: (str(f.path or ""), f.line or 0, f.rule))
    return Report(findings, rows)


def _selected(library: Library, topic_ids: list[str], langs: list[str],
              whole: bool) -> list[Block]:
    """The blocks to check: every block in a whole run, else those the topics use."""
    wanted = {b for t in topic_ids for b in library.topics[t].blocks}
    return [block for (lang, block_id), block in sorted(library.blocks.items())
            if lang in langs and (whole or block_id in wanted)]


def _severity(problem: Problem, strict: bool) -> Problem:
    if problem.severity == "silenced":
        return problem
    severity = RULES[problem.rule].severity if problem.rule in RULES else "error"
    if strict and severity == "warning":
        severity = "error"
    return dataclasses.replace(problem, severity=severity)


def fix_hashes(library: Library, topics: list[str] | None = None,
               langs: list[str] | None = None) -> dict[Path, str]:
    """New texts for translations whose recorded source version is missing or old."""
    source = library.project.config.source_lang
    wanted = _selected(library, list(topics or library.topics), list(langs or library.langs),
                       not topics)
    edits = {}
    for block in wanted:
        original = library.block(source, block.id)
        relpath = f"content/{block.lang}/{block.id}.md"
        if not library.snapshot.own(relpath):
            continue  # the bundled library's, never written: TRN002 says to override it
        if original and block.lang != source and block.translated_from != original.fingerprint:
            raw = library.snapshot.files[relpath].decode("utf-8")
            text = fix_hash(raw.removeprefix("\ufeff").replace("\r\n", "\n"),
                            original.fingerprint)
            if "\r\n" in raw:  # the file's own line ends and byte-order mark, kept
                text = text.replace("\n", "\r\n")
            edits[block.path] = "\ufeff" * raw.startswith("\ufeff") + text
    return edits
