"""Files: what the loader tolerates but a reviewer should still hear about."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem
from ..library import Library
from .registry import Rule, case, scope

SUFFIXES = (".md", ".yaml", ".yml", ".toml", ".po")


@scope("library")
def check_files(library: Library) -> Iterator[Problem]:
    """Byte-order marks and Windows line ends, read from the loaded bytes; files beside
    the inputs that are never read."""
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

    for name in library.snapshot.skipped:
        yield Problem("this file is not read", library.snapshot.path(name), rule="FIL007",
                      hint="blocks are content/<lang>/<id>.md, titles topics.yaml, sources and "
                           "ledgers .yaml; rename it, or move it out of this folder")


EN = "content/en/"
WHAT = EN + "what.md"
RULES = (
    Rule("FIL002", "warning", "file starts with a byte-order mark",
         "Some YAML and diff tools show the BOM as a stray character", (check_files,),
         case((WHAT, "---\n", "\ufeff---\n"), at=(WHAT, 1)),
         case((WHAT, "see them.", "see them.\ufeff"))),
    Rule("FIL003", "warning", "file has Windows (CRLF) line endings",
         "Mixed endings make reviews and diffs noisy", (check_files,),
         case((WHAT, "kind: overview\n", "kind: overview\r\n"), at=(WHAT, "kind: overview")),
         case((WHAT, "see them.", "see them (CR LF)."))),
    Rule("FIL007", "warning", "a file beside the content that is never read (what.MD, "
         "sources/x.yml)", "A translator's work saved under the wrong name would be lost "
         "silently", (check_files,),
         case((EN + "what.markdown", "", "Exosomes."), at=(EN + "what.markdown", None)),
         case((EN + "what.md", "Exosomes are", "Exosomes (in what.markdown) are"))),
)
