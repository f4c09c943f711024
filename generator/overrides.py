"""What a clinic's project overrides in the library beneath it, and whether each override
still starts from the library's file as it is now.

`overrides.toml` in the project records, for each file that replaces a bundled one, the
fingerprint of the bundled file it was made from (`handout override` writes it). When we
correct a bundled file, its fingerprint changes and `handout check` says so (OVR001), as
it does for a translation whose source changed.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass

from .errors import Problems
from .files import OVERRIDES_NAME, Snapshot, decode, toml_lines

FINGERPRINT = re.compile(r"^[0-9a-f]{12}\Z")
HEADER = ("# Files of this project that replace a file of the bundled library, each with the\n"
          "# fingerprint of the bundled file it was made from. Written by `handout override`;\n"
          "# `handout check` says when a bundled file changes after its override was made.\n")


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


@dataclass(frozen=True)
class Override:
    path: str                 # relative to the project
    bundled: str              # the bundled file's fingerprint now
    recorded: str | None      # the fingerprint it was made from, if recorded

    @property
    def state(self) -> str:
        if self.recorded is None:
            return "not recorded"
        return "current" if self.recorded == self.bundled else "bundled file changed"

    def as_dict(self) -> dict:
        return {"path": self.path, "state": self.state, "bundled": self.bundled,
                "recorded": self.recorded}


def read_records(snapshot: Snapshot, problems: Problems) -> dict[str, tuple[str, int | None]]:
    """overrides.toml: relative path -> (fingerprint, line); each bad entry a problem."""
    data = snapshot.files.get(OVERRIDES_NAME)
    path = snapshot.path(OVERRIDES_NAME)
    text = decode(data, path, problems) if data is not None else None
    if text is None:
        return {}
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.add(f"invalid TOML: {exc}", path, rule="STR001",
                     hint='each line: "content/en/block.md" = "<12 hex digits>"')
        return {}
    lines = toml_lines(text)
    records = {}
    for key, value in values.items():
        if not (isinstance(value, str) and FINGERPRINT.match(value)):
            problems.add(f"{key!r}: a fingerprint is 12 hex digits, not {value!r}", path,
                         lines.get((key,)), rule="STR003",
                         hint=f"run: handout override --accept {key}")
            continue
        records[key] = (value, lines.get((key,)))
    return records


def overrides(snapshot: Snapshot, records: dict[str, tuple[str, int | None]]) -> list[Override]:
    """Every file of the project that replaces a different file beneath it."""
    below = snapshot.beneath.files if snapshot.beneath else {}
    return [Override(rel, fingerprint(below[rel]), records.get(rel, (None, None))[0])
            for rel in snapshot.overridden()]


def records_text(records: dict[str, str]) -> str:
    """overrides.toml with these records, sorted."""
    return HEADER + "".join(f'"{rel}" = "{value}"\n' for rel, value in sorted(records.items()))
