"""The reviewed library that ships with the tool, and which library a command reads.

An installed wheel holds it as package data (generator/library/: content/, templates/,
handout.toml; see pyproject.toml). In a clone of the repository it is the clone itself,
which is then both the bundled library and the project, with nothing beneath it.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import HandoutError
from .project import find_root, is_project

PACKAGED = Path(__file__).resolve().with_name("library")
CHECKOUT = Path(__file__).resolve().parent.parent


def bundled_root(explicit: str | None = None) -> Path | None:
    """--library / HANDOUT_LIBRARY if given, else the package's own, else the clone's."""
    chosen = explicit or os.environ.get("HANDOUT_LIBRARY")
    if chosen:
        root = Path(chosen).expanduser()
        if not is_project(root):
            raise HandoutError.at(f"{root} is not a handout library",
                                  hint="a library holds content/ and templates/")
        return root.resolve()
    for candidate in (PACKAGED, CHECKOUT):
        if (candidate / "content").is_dir() and (candidate / "templates").is_dir():
            return candidate
    return None


def locate(root_option: str | None, library_option: str | None
           ) -> tuple[Path | None, Path | None]:
    """(project, library beneath it). Outside any project: (None, the bundled library)."""
    beneath = bundled_root(library_option)
    try:
        return find_root(explicit=root_option), beneath
    except HandoutError:
        if root_option or os.environ.get("HANDOUT_ROOT") or beneath is None:
            raise
        return None, beneath


def describe(library) -> dict:
    """Which library a command read: the project, the library beneath it, that library's
    version and review dates, and what the project overrides."""
    from .errors import Problems
    from .files import digest_entries
    from .overrides import overrides, read_records

    snapshot = library.snapshot
    base = snapshot.beneath or snapshot  # no library beneath: the project is one itself
    own = [b for b in library.blocks.values() if b.path.is_relative_to(base.root)]
    dates = sorted(b.reviewed for b in own) or [None]
    newest = dates[-1]
    version = (f"{newest:%Y.%m.%d}+" if newest else "") + \
        digest_entries(base.files.items())[:8]
    found = overrides(snapshot, read_records(snapshot, Problems()))
    return {"project": str(library.root) if library.project.own else None,
            "library": str(base.root), "library_version": version,
            "reviewed": {"oldest": str(dates[0]), "newest": str(newest)},
            "overrides": [o.as_dict() for o in found]}
