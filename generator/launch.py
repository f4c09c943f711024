"""The `handout` command's entry point: kept tiny so a PDF engine can start first."""

from __future__ import annotations

import sys


def main() -> None:
    from .engine import Engine, wants_pdf

    engine = Engine.start() if wants_pdf(sys.argv[1:]) else None
    from .cli import main as run

    run(engine)
