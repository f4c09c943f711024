"""Translations: which source version each follows, and the facts that must not differ."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from ..blocks import Block, parse_front_matter
from ..blocks import fingerprint as block_fingerprint
from ..errors import Problem, Problems
from ..files import split_front_matter
from ..languages import profile
from .registry import Rule, case, scope

NCT = re.compile(r"NCT\d{8}")
DOI = re.compile(r"10\.\d{4,9}/[^\s)\]）」，。；]+(?<![.,;])")
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split(), 1)}
# A month name counts only in a date ("1 May 2025", "May 2025"): "may" is also a verb.
MONTH_IN_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?({'|'.join(MONTHS)})\s+\d{{4}}\b|"
                           rf"\b\d{{1,2}}\s+({'|'.join(MONTHS)})\b", re.IGNORECASE)
SCALE = {"million": 10**6, "billion": 10**9, "thousand": 10**3, "萬": 10**4, "億": 10**8}
NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|萬|億)?", re.IGNORECASE)


def body_text(block: Block) -> str:
    return "\n".join(unit.text for unit in block.body.units)


def numbers(text: str) -> set[str]:
    """Numbers as written in either language: 2,000,000 = 2 million = 200萬; months too."""
    text = DOI.sub(" ", NCT.sub(" ", text))
    found = set()
    for digits, scale in NUMBER.findall(text):
        value = float(digits.replace(",", "")) * SCALE.get(scale.lower(), 1)
        found.add(str(int(value)) if value.is_integer() else f"{value:g}")
    for match in MONTH_IN_DATE.finditer(text):
        found.add(str(MONTHS[(match.group(1) or match.group(2)).lower()]))
    return found


@scope("pair")
def check_pair(original: Block, translation: Block) -> Iterator[Problem]:
    """Compare a translation with its source-language block."""
    yield from _check_follows(original, translation)
    source_text, text = body_text(original), body_text(translation)
    for rule, what, extract in (("TRN004", "trial IDs", lambda t: set(NCT.findall(t))),
                                ("TRN005", "DOIs", lambda t: set(DOI.findall(t))),
                                ("TRN003", "numbers", numbers)):
        want, have = extract(source_text), extract(text)
        if want != have:
            parts = []
            if want - have:
                parts.append(f"missing {', '.join(sorted(want - have))}")
            if have - want:
                parts.append(f"not in {original.lang}: {', '.join(sorted(have - want))}")
            yield Problem(f"{what} differ from {original.lang}: {'; '.join(parts)}",
                          translation.path, _first_line(translation, have - want),
                          rule=rule, hint=f"compare with {original.path.name} in "
                                          f"{original.lang}; write numbers as digits in both")


@scope("block")
def check_script(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    """Characters of another script, e.g. Simplified-only characters in zh-TW text."""
    measure = profile(block.lang)
    for unit in block.body.units if measure else ():
        found = measure.foreign_script(unit.text)
        if found:
            yield Problem(f"Simplified characters: {' '.join(found)}", block.path, unit.line,
                          rule="TRN007", hint="use the Traditional form used in Taiwan")


def _first_line(block: Block, values: set[str]) -> int:
    for unit in block.body.units:
        if any(v.rstrip("0").rstrip(".") in unit.text.replace(",", "") for v in values):
            return unit.line
    return block.body.first_line


def _check_follows(original: Block, translation: Block) -> Iterator[Problem]:
    current = original.fingerprint
    if not translation.translated_from:
        yield Problem(f"does not record which {original.lang} version it translates",
                      translation.path, 1, rule="TRN001",
                      hint="once it matches the source, run: handout check --fix-hashes")
    elif translation.translated_from != current:
        yield Problem(f"{original.path.name} in {original.lang} changed since this was "
                      f"translated ({translation.translated_from} → {current})",
                      translation.path, translation.line("translated_from"), rule="TRN002",
                      hint=_diff_hint(original, translation.translated_from)
                      if original.path.parent.parent == translation.path.parent.parent
                      else f"the source is the project's override: copy the translation in "
                           f"too (handout override content/{translation.lang}/"
                           f"{translation.path.name}), update it, then run handout check "
                           f"--fix-hashes")


def _diff_hint(original: Block, fingerprint: str) -> str:
    """Show what changed in the source, found in git history by its fingerprint."""
    old = _previous_body(original, fingerprint)
    if old is None:
        return (f"see: git log -p -- {original.path.name}; update the translation, then "
                f"run handout check --fix-hashes")
    diff = list(difflib.unified_diff(old.splitlines(),
                                     original.body.text.strip().splitlines(),
                                     "translated from", "now", lineterm="", n=0))[2:14]
    return "the source changed:\n    " + "\n    ".join(diff) + \
           "\n  then run: handout check --fix-hashes"


def _previous_body(block: Block, fingerprint: str) -> str | None:
    folder = block.path.parent
    try:
        log = subprocess.run(["git", "log", "--format=%H", "-n", "40", "--", block.path.name],
                             cwd=folder, capture_output=True, text=True, timeout=10)
        prefix = subprocess.run(["git", "rev-parse", "--show-prefix"], cwd=folder,
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    for commit in log.stdout.split():
        shown = subprocess.run(["git", "show", f"{commit}:{prefix}{block.path.name}"],
                               cwd=folder, capture_output=True, text=True, timeout=10)
        old = _title_and_body(shown.stdout)
        if old and block_fingerprint(*old) == fingerprint:
            return old[1]
    return None


def _title_and_body(text: str) -> tuple[str, str] | None:
    """An old version's title and body, read by the same front-matter reader as today's."""
    parsed = parse_front_matter(text.replace("\r\n", "\n"), Path("old"), Problems())
    if parsed is None or not isinstance(parsed[0].get("title"), str):
        return None
    return parsed[0]["title"], parsed[2].strip()


def fix_hash(text: str, fingerprint: str) -> str:
    """A translation file's text with `translated_from` set in its front matter (as the
    block reader splits it). The value is quoted, so that a fingerprint of digits only
    stays a text."""
    split = split_front_matter(text, Path("block"), Problems())
    if split is None:
        return text
    lines = text.split("\n")
    end = split[2] - 2  # the closing '---', just above the body's first line
    field = f'translated_from: "{fingerprint}"'
    for index in range(1, end):
        if lines[index].startswith("translated_from:"):
            lines[index] = field
            break
    else:
        lines.insert(end, field)
    return "\n".join(lines)


EN, ZH = "content/en/", "content/zh-TW/"
DOI_TEXT = "7 days (doi 10.1002/jev2.12404)."
RULES = (
    Rule("TRN001", "warning", "a translation does not record which source version it is from",
         "Without it a changed source cannot be detected", (check_pair,),
         case((ZH + "what.md", "translated_from: 02ec7bd4a698\n", ""), at=(ZH + "what.md", 1)),
         case((ZH + "what.md", "translated_from: 02ec7bd4a698",
               'translated_from: "02ec7bd4a698"'))),
    Rule("TRN002", "warning", "the source-language block changed since it was translated",
         "MedlinePlus: translations must follow reviewed source text", (check_pair,),
         case((EN + "what.md", "You cannot see them.", "You cannot see them at all."),
              at=(ZH + "what.md", "translated_from:")),
         case((EN + "what.md", "reviewer: Test reviewer", "reviewer: Other reviewer"))),
    Rule("TRN003", "error", "numbers differ between languages",
         "Same facts in each language: a mistyped number changes a risk", (check_pair,),
         case((ZH + "studies.md", "給24人", "給42人"), at=(ZH + "studies.md", "給42人")),
         case((EN + "studies.md", "gave 24 people", "gave 24 (twenty-four) people"))),
    Rule("TRN004", "error", "trial IDs (NCT…) differ between languages",
         "Readers look trials up by their ID", (check_pair,),
         case((ZH + "studies.md", "NCT04313647", "NCT04313674"),
              at=(ZH + "studies.md", "NCT04313674")),
         case((ZH + "studies.md", "NCT04313647", "NCT04313674"),
              (EN + "studies.md", "NCT04313647", "NCT04313674"))),
    Rule("TRN005", "error", "DOIs differ between languages", "Sources must match", (check_pair,),
         case((EN + "studies.md", "7 days.", DOI_TEXT), at=(ZH + "studies.md", "一項小型試驗")),
         case((EN + "studies.md", "7 days.", DOI_TEXT),
              (ZH + "studies.md", "7天內沒有發現嚴重傷害。",
               "7天內沒有發現嚴重傷害（doi 10.1002/jev2.12404）。"))),
    Rule("TRN007", "error", "Simplified-only characters in zh-TW text",
         "Written for Taiwan readers, in Traditional characters", (check_script,),
         case((ZH + "what.md", "您用肉眼看不到它們。", "您用肉眼看不到这些。"),
              at=(ZH + "what.md", "这些")),
         case((ZH + "what.md", "您用肉眼看不到它們。", "您用肉眼看不到這些。"))),
)
