"""Files: what the loader tolerates but a reviewer should still hear about."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem
from ..library import Library
from .registry import Rule, case, scope

SUFFIXES = (".md", ".yaml", ".yml", ".toml", ".po")


@scope("library")
def check_files(library: Library) -> Iterator[Problem]:
    """Byte-order marks and Windows line ends, read from the loaded bytes."""
    for name, raw in sorted(library.snapshot.files.items()):
        if not name.endswith(SUFFIXES):
            continue
        path = library.snapshot.path(name)
        if raw.startswith(b"\xef\xbb\xbf"):
            yield Problem("file starts with a byte-order mark (BOM)", path, 1, rule="FIL002",
                          hint="save as UTF-8 without BOM")
        if b"\r\n" in raw:
            line = raw[: raw.index(b"\r\n")].count(b"\n") + 1
            yield Problem("Windows (CRLF) line endings", path, line, rule="FIL003",
                          hint="save with LF line endings")


WHAT = "content/en/what.md"
RULES = (
    Rule("FIL002", "warning", "file starts with a byte-order mark",
         "Some YAML and diff tools show the BOM as a stray character", (check_files,),
         case((WHAT, "---\n", "\ufeff---\n"), at=(WHAT, 1)),
         case((WHAT, "see them.", "see them.\ufeff"))),
    Rule("FIL003", "warning", "file has Windows (CRLF) line endings",
         "Mixed endings make reviews and diffs noisy", (check_files,),
         case((WHAT, "kind: overview\n", "kind: overview\r\n"), at=(WHAT, "kind: overview")),
         case((WHAT, "see them.", "see them (CR LF)."))),
)
