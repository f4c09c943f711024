"""PDF workers: processes of their own that hold WeasyPrint and lay out PDFs they are sent.

Importing WeasyPrint takes most of a cold `handout render`. `render` starts one worker as
soon as its arguments say a PDF is wanted, and the worker imports WeasyPrint while this
process reads the library and fills the template. `build` starts several and hands each
the next page. The main process never imports WeasyPrint, so its environment and
fontconfig stay as they were.

A worker reads jobs until its pipe closes: when the process that started it ends, killed
or not, the worker sees end-of-file and exits.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping
from multiprocessing.connection import Connection, wait
from typing import Any, NoReturn

from .errors import HandoutError

log = logging.getLogger(__name__)

START_HINT = ("run `handout doctor`; WeasyPrint needs Pango (Debian: apt-get install "
              "libpango-1.0-0 libpangoft2-1.0-0)")


class EngineTimeout(HandoutError):
    """A PDF took longer than its time limit; its worker was stopped."""


def _context():
    # fork is instant and shares the imported modules; elsewhere spawn is the safe choice.
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


class Worker:
    """One PDF worker process and the pipe to it."""

    def __init__(self, siblings: tuple[Worker, ...] = ()) -> None:
        self.tmp = tempfile.mkdtemp(prefix="handout-pdf-")
        self.conn, child = _context().Pipe()
        # A forked worker gets a copy of every open pipe end: it closes the ones that are
        # not its own, so each worker sees end-of-file as soon as its parent lets go.
        forked = _context().get_start_method() == "fork"
        others = (self.conn, *(worker.conn for worker in siblings)) if forked else ()
        self.process = _context().Process(target=_serve, args=(child, others, self.tmp),
                                          daemon=True, name="handout-pdf")
        self.process.start()
        child.close()
        self.job: Any = None
        self.used = False

    def send(self, key: Any, html: str, assets: Mapping[str, bytes],
             fonts: Mapping[str, bytes] | None = None) -> None:
        self.job, self.used = key, True
        try:
            self.conn.send((html, dict(assets), fonts))
        except OSError:
            pass  # it has died; receive() reports why

    def receive(self, timeout: float | None = None) -> bytes:
        """The PDF for the job sent, or the problems that stopped it. With a `timeout` (in
        seconds), a worker that has not answered by then is stopped (EngineTimeout); the
        engine replaces it before its next job."""
        if timeout is not None and not self.conn.poll(timeout):
            self.job = None
            self.process.kill()
            self.process.join()
            raise EngineTimeout.at(f"the PDF took longer than {timeout:g} s and was stopped",
                                   hint="try again; if it happens again, run `handout "
                                        "doctor` and report it")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            raise HandoutError.at(f"the PDF engine stopped unexpectedly (exit code "
                                  f"{self.process.exitcode})", hint=START_HINT) from None
        finally:
            self.job = None
        if kind in ("pdf", "probe"):
            log.debug("PDF worker answered")
            return value
        if kind == "problems":
            raise HandoutError(value)
        if kind == "missing":
            from .pdf import MissingGlyphs

            raise MissingGlyphs(value)
        raise HandoutError.at(f"the PDF engine failed: {value}", hint=START_HINT)

    def close(self) -> None:
        self.conn.close()
        self.stop()

    def stop(self) -> None:
        if not self.used:  # still importing, or idle: nothing of it is worth waiting for
            self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Engine:
    """A pool of PDF workers, started at once and warmed in the background."""

    def __init__(self, workers: int = 1) -> None:
        self.workers: list[Worker] = []
        for _ in range(max(workers, 1)):
            self.workers.append(Worker(tuple(self.workers)))
        log.debug("started %d PDF worker(s)", len(self.workers))

    def probe(self) -> dict:
        """What the worker found: WeasyPrint's import time and path, Pango's version."""
        worker = self._replace_if_dead(self.workers[0])
        worker.send(None, "", {})
        return worker.receive()  # type: ignore[return-value]

    def render_pdf(self, html: str, assets: Mapping[str, bytes],
                   fonts: Mapping[str, bytes] | None = None, *,
                   timeout: float | None = None) -> bytes:
        """One PDF. `fonts` (pdf.font_job) may be made here while the worker starts. With a
        `timeout`, a worker that takes longer is stopped (EngineTimeout) and replaced."""
        worker = self._replace_if_dead(self.workers[0])
        worker.send(None, html, assets, fonts)
        return worker.receive(timeout)

    def map(self, jobs: Iterable[tuple[Any, str, Mapping[str, bytes]]]
            ) -> Iterator[tuple[Any, bytes | None, HandoutError | None]]:
        """(key, PDF or None, the error that stopped it) for each job, as they finish."""
        pending = iter(jobs)
        idle = list(self.workers)
        busy: dict[Connection, Worker] = {}
        while True:
            while idle and (job := next(pending, None)) is not None:
                worker = idle.pop()
                worker.send(*job)
                busy[worker.conn] = worker
            if not busy:
                return
            for conn in wait(list(busy)):
                worker = busy.pop(conn)  # type: ignore[arg-type]
                key = worker.job
                try:
                    yield key, worker.receive(), None
                except HandoutError as exc:
                    yield key, None, exc
                idle.append(self._replace_if_dead(worker))

    def _replace_if_dead(self, worker: Worker) -> Worker:
        """A worker that died (or could not start) is replaced before its next job."""
        if worker.process.is_alive() or worker.process.exitcode is None:
            return worker
        worker.close()
        fresh = Worker(tuple(w for w in self.workers if w is not worker))
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def close(self) -> None:
        for worker in self.workers:  # every pipe first: then no worker waits on another
            worker.conn.close()
        for worker in self.workers:
            worker.stop()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve(conn: Connection, others: tuple[Connection, ...], tmp: str) -> None:
    """In the worker: import WeasyPrint, then answer each job until the pipe closes."""
    for other in others:  # else our copies would keep those pipes open
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's clean-up (cli.main)
    try:
        from .pdf import MissingGlyphs, prepare_worker, probe, render_pdf

        started = time.perf_counter()
        prepare_worker(tmp)
        seconds = time.perf_counter() - started
        log.debug("PDF worker ready: WeasyPrint imported in %.0f ms", 1000 * seconds)
    except Exception as exc:  # say why at once; the parent reports it with a hint
        conn.send(("crash", f"{type(exc).__name__}: {exc}"))
        _leave(tmp)
    while True:
        try:
            html, assets, fonts = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):  # the parent closed the pipe, or died
            _leave(tmp)
        try:
            answer: tuple = ("pdf", render_pdf(html, assets, fonts)) if html else \
                ("probe", {**probe(), "weasyprint import": f"{seconds:.2f} s"})
        except MissingGlyphs as exc:
            answer = ("missing", exc.chars)
        except HandoutError as exc:
            answer = ("problems", exc.problems)
        except Exception:
            answer = ("crash", traceback.format_exc(limit=-3).strip())
        try:
            conn.send(answer)
        except OSError:  # the parent died while this page was laid out
            _leave(tmp)


def _leave(tmp: str) -> NoReturn:
    """End the worker, leaving nothing behind (os._exit: none of the parent's clean-up
    runs twice)."""
    shutil.rmtree(tmp, ignore_errors=True)
    os._exit(0)
