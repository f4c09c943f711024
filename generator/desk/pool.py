"""Warm PDF workers for the desk: N single-worker engines, each request borrowing one.

N requests lay out PDFs at once; the rest wait in line for the next free engine (up to
`wait` seconds, then Busy). A PDF that takes longer than `timeout` seconds has its worker
stopped; the engine is replaced at once, so the next request finds a warm one.

The pool has Engine's `render_pdf` signature, so `generator.render.render(...,
engine=pool)` borrows an engine only for the layout, not while the page is filled in.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Mapping

from ..engine import Engine
from ..errors import HandoutError

log = logging.getLogger(__name__)


class Busy(HandoutError):
    """Every PDF worker stayed busy for longer than the pool's `wait`."""


class EnginePool:
    def __init__(self, size: int, *, timeout: float = 60.0, wait: float = 120.0,
                 factory: Callable[[], Engine] = lambda: Engine(1)) -> None:
        self.size, self.timeout, self.wait, self.factory = max(size, 1), timeout, wait, factory
        self._idle: queue.Queue[Engine] = queue.Queue()
        self._all: list[Engine] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            engine = factory()
            self._all.append(engine)
            self._idle.put(engine)

    def warm(self) -> None:
        """Wait until every worker has imported WeasyPrint (the first request is warm)."""
        engines = [self._idle.get() for _ in range(self.size)]
        try:
            for engine in engines:
                engine.probe()
        finally:
            for engine in engines:
                self._idle.put(engine)

    def render_pdf(self, html: str, assets: Mapping[str, bytes],
                   fonts: Mapping[str, bytes] | None = None) -> bytes:
        try:
            engine = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise Busy.at(f"every PDF worker was busy for {self.wait:g} s",
                          hint="try again in a minute, or start the desk with more "
                               "--workers") from None
        try:
            return engine.render_pdf(html, assets, fonts, timeout=self.timeout)
        except HandoutError:
            if not engine.workers[0].process.is_alive():  # timed out or died: a fresh one
                engine = self._replace(engine)
            raise
        finally:
            self._idle.put(engine)

    def _replace(self, engine: Engine) -> Engine:
        engine.close()
        with self._lock:
            if self._closed:
                return engine
            fresh = self.factory()
            self._all[self._all.index(engine)] = fresh
        log.debug("replaced a PDF worker")
        return fresh

    def pids(self) -> list[int]:
        return [w.process.pid for e in self._all for w in e.workers if w.process.pid]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            engines = list(self._all)
        for engine in engines:
            for worker in engine.workers:  # every pipe first, as Engine.close does
                worker.conn.close()
        for engine in engines:
            engine.close()
