"""Files: what the loaders quietly tolerate but a reviewer should still hear about."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem
from ..project import CONFIG_NAME, Project

SUFFIXES = (".md", ".yaml", ".yml", ".toml", ".po")


def check_files(project: Project) -> Iterator[Problem]:
    paths = [p for p in sorted(project.content_dir.rglob("*")) if p.suffix in SUFFIXES]
    paths += [p for p in (project.root / CONFIG_NAME,) if p.is_file()]
    paths += sorted((project.templates_dir / "locale").rglob("*.po"))
    for path in paths:
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            yield Problem("file starts with a byte-order mark (BOM)", path, 1, rule="FIL002",
                          hint="save as UTF-8 without BOM")
        if b"\r\n" in raw:
            line = raw[: raw.index(b"\r\n")].count(b"\n") + 1
            yield Problem("Windows (CRLF) line endings", path, line, rule="FIL003",
                          hint="save with LF line endings")
