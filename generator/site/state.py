"""What the last build wrote, and a lock so that two builds never write the same site."""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import hashlib
import json
import os
import threading
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from ..errors import HandoutError
from ..output import check_inside, write_atomic

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
        if os.path.lexists(self.path) and not self.path.is_file():
            raise HandoutError.at("the build state is not a file", self.path,
                                  hint=f"remove it; {STATE} is the build's own record")
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
                    hint="build into a new folder (--out), or remove this one")
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


_HELD: set[str] = set()  # output folders a build in this process holds
_HELD_LOCK = threading.Lock()


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
        key = str(out.resolve())
        try:  # a record lock, not flock(): the PDF workers forked meanwhile do not
            # inherit it, so one that outlives a killed build cannot hold the folder. It
            # is the process's, so builds in this process are kept apart by _HELD.
            with _HELD_LOCK:
                if key in _HELD:
                    raise BlockingIOError(errno.EAGAIN, "held by this process")
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _HELD.add(key)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = os.pread(handle, 32, 0).decode(errors="replace").strip() or "another process"
            raise HandoutError.at(f"another build (pid {holder}) is writing to this folder",
                                  out, hint="wait for it to finish, or use another --out") from None
        try:
            os.ftruncate(handle, 0)
            os.pwrite(handle, str(os.getpid()).encode(), 0)
            yield
        finally:
            _HELD.discard(key)
    finally:
        os.close(handle)
