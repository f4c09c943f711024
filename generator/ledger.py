"""The claim ledger: for each factual sentence of a block, where in which source it is
said, when that was checked, and a second reviewer's verdict.

One file per block and language, `content/ledger/<lang>/<block>.yaml`, a list of entries:

    - claim: "gave 24 people one dose"     # part of one sentence, as printed
      source: shi2021                      # one of the block's sources
      where: 'Table 2: "24 healthy volunteers"'
      checked: 2026-12-02
      second: {reviewer: "A. Reviewer", date: 2026-12-02, verdict: confirmed}

`handout check` matches each entry to its sentence (check/provenance.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .errors import Problems
from .files import decode, load_yaml

FOLDER = "content/ledger"
VERDICTS = ("confirmed", "corrected", "not-supported")
FIELDS = ("claim", "source", "where", "checked", "second")
SECOND_FIELDS = ("reviewer", "date", "verdict")  # and optionally "note": what was read


def ledger_path(root: Path, lang: str, block_id: str) -> Path:
    return root / FOLDER / lang / f"{block_id}.yaml"


@dataclass(frozen=True)
class Second:
    reviewer: str
    date: dt.date
    verdict: str
    note: str = ""


@dataclass(frozen=True)
class Entry:
    claim: str
    source: str
    where: str
    checked: dt.date
    second: Second | None
    path: Path
    line: int


def read_ledger(data: bytes, path: Path, problems: Problems) -> tuple[Entry, ...]:
    """A block's ledger entries; each broken one is reported at its line and left out."""
    text = decode(data, path, problems)
    loaded = load_yaml(text, path, problems) if text is not None else None
    if loaded is None:
        return ()
    items, lines = loaded
    if not isinstance(items, list):
        problems.add("a ledger is a list of entries ('- claim: ...')", path, 1, rule="STR003",
                     hint="start each entry with '- claim:'")
        return ()
    entries = []
    for index, item in enumerate(items):
        line = lines[(index,)]
        if not isinstance(item, dict):
            problems.add("a ledger entry must be a mapping with claim, source, where, "
                         "checked", path, line, rule="STR003")
            continue
        before = len(problems.items)
        for key in item:
            if key not in FIELDS:
                problems.add(f"unknown ledger field {key!r}", path, lines[(index, key)],
                             rule="STR004", hint="known fields: " + ", ".join(FIELDS))
        for key in ("claim", "source", "where"):
            if not (isinstance(item.get(key), str) and item[key].strip()):
                problems.add(f"ledger entry needs {key!r} as text", path,
                             lines.get((index, key), line), rule="STR002")
        if type(item.get("checked")) is not dt.date:
            problems.add("ledger entry needs 'checked', the date it was checked (YYYY-MM-DD)",
                         path, lines.get((index, "checked"), line), rule="STR002")
        second = _second(item.get("second"), path, lines, index, line, problems)
        if len(problems.items) == before:
            entries.append(Entry(" ".join(item["claim"].split()), item["source"].strip(),
                                 item["where"].strip(), item["checked"], second, path, line))
    return tuple(entries)


def _second(value, path: Path, lines: dict, index: int, line: int,
            problems: Problems) -> Second | None:
    if value is None:
        return None
    at = lines.get((index, "second"), line)
    if not isinstance(value, dict) or set(value) - {"note"} != set(SECOND_FIELDS) or \
            not isinstance(value["reviewer"], str) or type(value["date"]) is not dt.date or \
            not isinstance(value.get("note", ""), str):
        problems.add("second must be {reviewer: name, date: YYYY-MM-DD, verdict: ..., "
                     "note: what was read (optional)}", path, at, rule="STR003",
                     hint="verdict: " + ", ".join(VERDICTS))
        return None
    if value["verdict"] not in VERDICTS:
        problems.add(f"verdict {value['verdict']!r} is not one of {', '.join(VERDICTS)}", path,
                     lines.get((index, "second", "verdict"), at), rule="STR003")
        return None
    return Second(value["reviewer"].strip(), value["date"], value["verdict"],
                  value.get("note", "").strip())
