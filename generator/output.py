"""Writing results: whole files or nothing, never a half-written PDF."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from .errors import HandoutError

TEMP_PREFIX = ".tmp-"
# mkstemp's names: the prefix, 8 of [a-z0-9_], the suffix of the file being written
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[a-z0-9_]{8}(\.[a-z]{1,5})?\Z")


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `path` whole or not at all: to a temporary file beside it, then renamed over it.

    Only a regular file (or nothing) is ever replaced. A device, FIFO or socket
    (`-o /dev/null`) is written to directly; a directory is refused. A replaced file keeps
    its permissions; a new one gets the umask's, or, if `private` (it holds a patient's
    details), is readable by its owner only.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise HandoutError.at(f"cannot write file: {exc.strerror}", path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise HandoutError.at("is a folder, not a file", path,
                              hint="give a file name, e.g. -o handout.pdf")
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with path.open("wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise HandoutError.at(f"cannot write file: {exc.strerror}", path) from None
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=path.suffix)
    except OSError as exc:
        raise HandoutError.at(f"cannot write here: {exc.strerror}", path.parent) from None
    try:
        # mkstemp's 0600 would hide site files from a web server
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info else 0o600 if private else
                  0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise HandoutError.at(f"cannot write file: {exc.strerror}", path) from None
        raise


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


def remove_temporaries(folder: Path) -> None:
    """Remove what a write killed half-way (SIGKILL, power loss) left in `folder`: our
    temporary files, known by their name. Call it only while holding the folder's lock."""
    for parent, _, names in os.walk(folder):  # links to folders are not followed
        for name in names:
            path = Path(parent) / name
            if _TEMP_NAME.match(name) and path.is_file() and not path.is_symlink():
                path.unlink()


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it, and set it back
    os.umask(mask)
    return mask
