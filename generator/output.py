"""Writing results: whole files or nothing, never a half-written PDF."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import HandoutError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all: to a temporary file beside it, then renamed over it.

    Only a regular file (or nothing) is ever replaced. A device, FIFO or socket
    (`-o /dev/null`) is written to directly; a directory is refused.
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
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    except OSError as exc:
        raise HandoutError.at(f"cannot write here: {exc.strerror}", path.parent) from None
    try:
        os.fchmod(fd, 0o644)  # mkstemp's 0600 would hide site files from a web server
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise HandoutError.at(f"cannot write file: {exc.strerror}", path) from None
        raise
