"""What this machine has for making handouts, and which (fast or slow) path it takes."""

from __future__ import annotations

import ctypes.util
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__, fonts
from .errors import HandoutError


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def diagnose(root_option: Path | None, library_option: Path | None = None) -> dict:
    report: dict = {
        "handout": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    for package in ("weasyprint", "uharfbuzz", "fonttools", "jinja2", "babel",
                    "markdown-it-py", "click", "pyyaml"):
        report[package] = _version(package)
    try:
        report["fonts"] = [f"{f.weight}: {f.path} ({f.path.stat().st_size // 1024:,} KB, "
                           f"from {f.package})" for f in fonts.font_files()]
    except fonts.FontMissing as exc:
        report["fonts"] = [f"MISSING: {exc} (pip install the project again)"]
    report["font subsetting"] = fonts.subsetter()
    system_subset = ctypes.util.find_library("harfbuzz-subset")
    report["system libharfbuzz-subset"] = (
        f"{system_subset} (not needed: fonts are subset before WeasyPrint)" if system_subset
        else "absent (not needed: fonts are subset before WeasyPrint; WeasyPrint alone "
             "would fall back to slow fontTools; Debian: apt-get install libharfbuzz-subset0)")
    try:
        from .engine import Engine

        with Engine() as engine:
            report.update(engine.probe())
    except HandoutError as exc:  # doctor reports, it does not crash
        report["weasyprint import"] = f"FAILED: {exc.problems[0].message}"
    try:
        report.update(_library(root_option, library_option))
    except HandoutError as exc:
        report["project"] = f"none found ({exc.problems[0].message})"
    return report


def _library(root_option: Path | None, library_option: Path | None) -> dict:
    from .bundle import describe, locate
    from .library import load_library

    root, beneath = locate(str(root_option) if root_option else None,
                           str(library_option) if library_option else None)
    described = describe(load_library(root, beneath))
    described["project"] = described["project"] or "none (the bundled library alone)"
    described["reviewed"] = " to ".join(described["reviewed"].values())
    described["overrides"] = [f"{o['path']} ({o['state']})"
                              for o in described["overrides"]] or "none"
    return described
