"""Translations: which source version each follows, and the facts that must not differ."""

from __future__ import annotations

import difflib
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from ..blocks import Block
from ..blocks import fingerprint as block_fingerprint
from ..errors import Problem
from .text import units

NCT = re.compile(r"NCT\d{8}")
DOI = re.compile(r"10\.\d{4,9}/[^\s)\]」，。]+")
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split(), 1)}
# A month name counts only in a date ("1 May 2025", "May 2025"): "may" is also a verb.
MONTH_IN_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?({'|'.join(MONTHS)})\s+\d{{4}}\b|"
                           rf"\b\d{{1,2}}\s+({'|'.join(MONTHS)})\b", re.IGNORECASE)
SCALE = {"million": 10**6, "billion": 10**9, "thousand": 10**3, "萬": 10**4, "億": 10**8}
NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|萬|億)?", re.IGNORECASE)
# Simplified forms that Big5 happens to encode; all others are found by encoding.
SIMPLIFIED_IN_BIG5 = "体据与么"


def body_text(block: Block) -> str:
    return "\n".join(unit.text for unit in units(block))


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


def check_script(block: Block) -> Iterator[Problem]:
    """Simplified-only characters in Traditional Chinese text."""
    for unit in units(block):
        found = sorted({c for c in unit.text if _simplified(c)})
        if found:
            yield Problem(f"Simplified characters: {' '.join(found)}", block.path, unit.line,
                          rule="TRN007", hint="use the Traditional form used in Taiwan")


def _simplified(char: str) -> bool:
    if char in SIMPLIFIED_IN_BIG5:
        return True
    if not "\u4e00" <= char <= "\u9fff":
        return False
    try:
        char.encode("big5")
        return False
    except UnicodeEncodeError:
        pass
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _first_line(block: Block, values: set[str]) -> int:
    for unit in units(block):
        if any(v.rstrip("0").rstrip(".") in unit.text.replace(",", "") for v in values):
            return unit.line
    return block.body_line


def _check_follows(original: Block, translation: Block) -> Iterator[Problem]:
    current = original.fingerprint
    if not translation.translated_from:
        yield Problem(f"does not record which {original.lang} version it translates",
                      translation.path, 2, rule="TRN001",
                      hint="once it matches the source, run: handout check --fix-hashes")
    elif translation.translated_from != current:
        yield Problem(f"{original.path.name} in {original.lang} changed since this was "
                      f"translated ({translation.translated_from} → {current})",
                      translation.path, 2, rule="TRN002",
                      hint=_diff_hint(original, translation.translated_from))


def _diff_hint(original: Block, fingerprint: str) -> str:
    """Show what changed in the source, found in git history by its fingerprint."""
    old = _previous_body(original, fingerprint)
    if old is None:
        return (f"see: git log -p -- {original.path.name}; update the translation, then "
                f"run handout check --fix-hashes")
    diff = list(difflib.unified_diff(old.splitlines(), original.body.strip().splitlines(),
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
    match = re.match(r"---\n(.*?)\n---\n(.*)", text.replace("\r\n", "\n"), re.DOTALL)
    if not match:
        return None
    title = re.search(r"^title:\s*(.+)$", match.group(1), re.MULTILINE)
    return (title.group(1).strip().strip("'\""), match.group(2).strip()) if title else None


def fix_hash(translation: Block, fingerprint: str) -> tuple[Path, str]:
    """The translation file's text with `translated_from` set: the caller writes it."""
    text = translation.path.read_text(encoding="utf-8")
    line = f"translated_from: {fingerprint}"
    if re.search(r"^translated_from:.*$", text, re.MULTILINE):
        text = re.sub(r"^translated_from:.*$", line, text, count=1, flags=re.MULTILINE)
    else:
        end = text.index("\n---", 3)
        text = text[:end] + "\n" + line + text[end:]
    return translation.path, text
