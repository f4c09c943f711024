"""Writing results: whole files or nothing, never a half-written PDF."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import HandoutError


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
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
