"""Start the PDF engine before it is needed.

Importing WeasyPrint takes about a quarter of a cold `handout render`. When the command
line asks for a PDF, `start()` forks a child at once that imports it while this process
imports the rest, reads the content and fills the template; the child then lays out the
PDF it is sent. On a two-core desk machine the two halves overlap (0.69 s to 0.55 s for
a three-page handout). Where fork does not exist, or for any other command, nothing
changes: render.py calls pdf.py directly.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from pathlib import Path

from .errors import HandoutError


class Engine:
    """A forked child holding WeasyPrint, ready for one PDF."""

    def __init__(self, pid: int, to_child: int, from_child: int):
        self.pid, self.to_child, self.from_child = pid, to_child, from_child
        self.done = False

    @classmethod
    def start(cls) -> Engine | None:
        if not hasattr(os, "fork"):
            return None
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: it never returns
            os.close(job_write)
            os.close(result_read)
            _serve(job_read, result_write)
        os.close(job_read)
        os.close(result_write)
        return cls(pid, job_write, result_read)

    def render_pdf(self, html: str, base_dir: Path, allowed: list[Path]) -> bytes:
        """The same contract as pdf.render_pdf, run in the child."""
        with os.fdopen(self.to_child, "wb") as job:
            pickle.dump((html, base_dir, allowed), job)
        with os.fdopen(self.from_child, "rb") as answer:
            kind, value = pickle.load(answer)
        os.waitpid(self.pid, 0)
        self.done = True
        if kind == "pdf":
            return value
        if kind == "missing":
            from .pdf import MissingGlyphs

            raise MissingGlyphs(value)
        if kind == "problems":
            raise HandoutError(value)
        raise RuntimeError(f"the PDF engine failed:\n{value}")


    def close(self) -> None:
        """Stop a child that was not needed (an error, --help) and reap it."""
        if not self.done:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.done = True


def _serve(job_read: int, result_write: int) -> None:
    """In the child: import WeasyPrint, wait for one page, answer, exit."""
    try:
        from .pdf import MissingGlyphs, render_pdf, weasyprint

        weasyprint()
        with os.fdopen(job_read, "rb") as job:
            html, base_dir, allowed = pickle.load(job)
        try:
            answer = ("pdf", render_pdf(html, base_dir, allowed))
        except MissingGlyphs as exc:
            answer = ("missing", exc.chars)
        except HandoutError as exc:
            answer = ("problems", exc.problems)
        with os.fdopen(result_write, "wb") as out:
            pickle.dump(answer, out)
    except EOFError:
        pass  # the parent stopped before sending a page (bad input, --help, html)
    except BaseException:
        try:
            with os.fdopen(result_write, "wb") as out:
                pickle.dump(("crash", traceback.format_exc()), out)
        except OSError:
            pass
    finally:
        os._exit(0)


def wants_pdf(args: list[str]) -> bool:
    """Whether a command line will render a PDF (a guess: a wrong one costs time only)."""
    if "render" not in args or {"-h", "--help"} & set(args):
        return False
    return "html" not in " ".join(args)
