"""Run every check over the library: the engine behind `handout check`.

The runner gathers the library tolerantly (library.py), then asks each family of rules:
files, structure, balance, hype, provenance, translations, readability. It returns
findings and a per-handout report; printing and exit codes belong to the CLI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..bibliography import bibliography_files
from ..errors import Problem
from ..project import Project
from . import balance, hype, provenance, readability, structure, translations
from .files import check_files
from .library import Library, load_library
from .rules import RULES


@dataclass
class Report:
    findings: list[Problem]
    rows: list[dict] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def run(project: Project, topics: list[str] | None = None, langs: list[str] | None = None,
        today: dt.date | None = None, strict: bool = False) -> Report:
    library = load_library(project)
    topic_ids = topics or list(library.topics)
    langs = langs or library.langs
    selected = _selected_blocks(library, topic_ids, langs)
    found: list[Problem] = list(library.problems)
    found += check_files(project)
    found += structure.check_structure(library, topic_ids, langs)
    found += structure.check_parity(library, langs)
    found += provenance.check_config(project)
    if not topics:
        found += structure.check_strays(library)
    for lang in langs:
        for topic_id, text in library.texts.get(lang, {}).items():
            if topic_id in topic_ids:
                for value in (text.title, text.purpose):
                    found += hype.check_line(value, lang, text.path, text.line)
    for block in selected:
        found += balance.check_block(block)
        found += hype.check_hype(block)
        found += provenance.check_block(block, today or dt.date.today())
        found += readability.check_block(block)
        if block.lang.startswith("zh-TW"):
            found += translations.check_script(block)
        original = library.block(project.config.source_lang, block.id)
        if original and block.lang != original.lang:
            found += translations.check_pair(original, block)
    rows = []
    for topic_id in topic_ids:
        topic = library.topics[topic_id]
        for lang in langs:
            blocks = [library.block(lang, b) for b in topic.blocks]
            if None in blocks:
                continue
            found += balance.check_topic(topic, lang, blocks)
            found += readability.check_handout(topic.path, topic.line, lang, blocks)
            rows.append({"topic": topic_id, "lang": lang, "blocks": len(blocks),
                         **readability.report_row(lang, blocks)})
    relevant = _relevant_paths(library, selected) if topics or langs != library.langs else None
    findings = [_severity(f, strict) for f in _unique(found)
                if relevant is None or f.path is None or f.path in relevant]
    findings.sort(key=lambda f: (str(f.path or ""), f.line or 0, f.rule))
    return Report(findings, rows)


def _selected_blocks(library: Library, topic_ids: list[str], langs: list[str]) -> list:
    wanted = {b for t in topic_ids for b in library.topics[t].blocks}
    return [block for (lang, block_id), block in sorted(library.blocks.items())
            if lang in langs and block_id in wanted]


def _relevant_paths(library: Library, selected: list) -> set[Path]:
    content = library.project.content_dir
    paths = {block.path for block in selected}
    paths |= {content / "topics.yaml", library.project.root / "handout.toml",
              *bibliography_files(content)}
    paths |= {content / lang / "topics.yaml" for lang in library.langs}
    return paths


def _severity(problem: Problem, strict: bool) -> Problem:
    if problem.severity == "silenced":
        return problem
    severity = RULES[problem.rule].severity if problem.rule in RULES else "error"
    if strict and severity == "warning":
        severity = "error"
    return dataclasses.replace(problem, severity=severity)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def fix_hashes(project: Project, topics: list[str] | None = None,
               langs: list[str] | None = None) -> dict[Path, str]:
    """New texts for translations whose recorded source version is missing or old."""
    library = load_library(project)
    source = project.config.source_lang
    wanted = _selected_blocks(library, topics or list(library.topics), langs or library.langs)
    edits = {}
    for block in wanted:
        original = library.block(source, block.id)
        if original and block.lang != source and block.translated_from != original.fingerprint:
            path, text = translations.fix_hash(block, original.fingerprint)
            edits[path] = text
    return edits
