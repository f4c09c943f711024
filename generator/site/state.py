"""What the last build wrote, and a lock so that two builds never write the same site."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from ..errors import HandoutError
from ..output import write_atomic

STATE = ".handout-build.json"
LOCK = ".handout-build.lock"
ENTRY = ("title", "purpose", "reviewed", "version")  # a handout's line in its index


class State:
    """Output path -> digest of every input that made it, and of the file as written;
    saved after each page. A file changed or replaced since is not fresh.

    It also keeps each published handout's index entry ("lang/topic" -> title, purpose,
    reviewed, version), so that a page kept after a failed render stays listed as it is.
    """

    def __init__(self, out: Path):
        check_inside(out, STATE)
        self.path = out / STATE
        self.pages: dict[str, str] = {}
        self.entries: dict[str, dict[str, str]] = {}
        if self.path.is_file():
            try:
                saved = json.loads(self.path.read_text(encoding="utf-8"))
                pages, entries = saved["pages"], saved.get("entries", {})
            except (ValueError, KeyError, TypeError, AttributeError):
                return  # unreadable state: everything is rebuilt, nothing is lost
            if not isinstance(pages, dict) or not isinstance(entries, dict):
                return
            outside = sorted(str(p) for p in pages if not inside(out, p))
            if outside:
                raise HandoutError.at(
                    f"the build state names files outside the output folder: "
                    f"{', '.join(outside[:3])}", self.path,
                    hint=f"remove {STATE}; the next build rebuilds every page")
            for relpath in pages:
                check_inside(out, relpath)
            self.pages = {p: str(d) for p, d in pages.items()}
            self.entries = {key: entry for key, entry in entries.items()
                            if isinstance(entry, dict) and set(entry) == set(ENTRY)
                            and all(isinstance(v, str) for v in entry.values())
                            and _is_date(entry["reviewed"])}

    def fresh(self, out: Path, relpath: str, digest: str) -> bool:
        inputs, _, written = self.pages.get(relpath, "").partition(" ")
        if inputs != digest or not (out / relpath).is_file():
            return False
        with (out / relpath).open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest() == written

    def record(self, relpath: str, digest: str, data: bytes) -> None:
        self.pages[relpath] = f"{digest} {hashlib.sha256(data).hexdigest()}"
        self.save()

    def forget(self, relpath: str) -> None:
        self.pages.pop(relpath, None)

    def save(self) -> None:
        data = json.dumps({"version": 2, "pages": dict(sorted(self.pages.items())),
                           "entries": dict(sorted(self.entries.items()))},
                          ensure_ascii=False, indent=1)
        write_atomic(self.path, data.encode("utf-8"))


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def inside(out: Path, relpath: object) -> bool:
    """Whether a path read from the state names a file inside the output folder."""
    if not isinstance(relpath, str) or not relpath or "\0" in relpath:
        return False
    path = PurePosixPath(relpath)
    return not path.is_absolute() and ".." not in path.parts


def check_inside(out: Path, relpath: str) -> None:
    """Refuse to write or remove through a link that leads out of the output folder."""
    target = (out / relpath).resolve()
    if target.is_relative_to(out.resolve()):
        return
    link = next((parent for parent in [out / relpath, *(out / relpath).parents]
                 if parent.is_symlink()), out / relpath)
    raise HandoutError.at(f"{link} is a link to {link.resolve()}, outside the output folder",
                          link, hint="remove the link: a build writes only inside its "
                                     "output folder")


@contextmanager
def locked(out: Path):
    """Hold an exclusive lock on the output folder for the whole build."""
    out.mkdir(parents=True, exist_ok=True)
    try:  # never through a link: opening one would truncate whatever it points at
        handle = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise HandoutError.at(f"cannot use the lock file: {exc.strerror}", out / LOCK,
                              hint=f"remove {out / LOCK}; it must be an ordinary file") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode(errors="replace").strip() or "another process"
            raise HandoutError.at(f"another build (pid {holder}) is writing to this folder",
                                  out, hint="wait for it to finish, or use another --out") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(handle)
