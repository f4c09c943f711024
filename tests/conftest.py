"""Shared fixtures: a small project copied per test, the CLI runner, PDF readers."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import page
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from generator.cli import cli

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "balanced"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/balanced with the repository's real templates."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    shutil.copytree(REPO / "templates", root / "templates")
    return root


@pytest.fixture
def run(project: Path):
    """Invoke `handout --root PROJECT ...`; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, root: Path | None = None):
        return runner.invoke(cli, ["--root", str(root or project), *args],
                             catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def engine():
    """One PDF worker for the in-process tests that render PDFs."""
    from generator.engine import Engine

    with Engine() as started:
        yield started


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def ua_failures(data: bytes) -> list[str]:
    """What the PDF/UA-1 validator finds, as 'rule: message' lines."""
    report = page.validate_pdf_bytes(data, profile=page.ValidationProfile.PDF_UA_1)
    return [f"{f.rule_id}: {f.message}" for f in report.failures]


def size_of(data: bytes, phrase: str) -> float:
    """The size on the page of the text run that holds `phrase`."""
    found = []
    for one in PdfReader(io.BytesIO(data)).pages:
        one.extract_text(visitor_text=lambda text, cm, tm, font, size: found.append(
            abs(size * tm[0] * cm[0])) if phrase in text else None)
    assert found, f"{phrase!r} not found"
    return round(min(found), 1)


def alt_texts(data: bytes) -> list[str]:
    """Every figure's /Alt in the PDF's structure tree: what a screen reader says."""
    from generator.pdf import structure_elements

    tree = PdfReader(io.BytesIO(data)).trailer["/Root"]["/StructTreeRoot"]
    return [str(e["/Alt"]) for e in structure_elements(tree, "/Figure") if "/Alt" in e]


def add_second_topic(root: Path) -> None:
    """A topic "second" that shares most of basics' blocks, in both languages."""
    topics = root / "content" / "topics.yaml"
    topics.write_text(topics.read_text() + "second:\n  blocks: [what, unknowns, law, "
                      "risks, options, questions, help, studies]\n", encoding="utf-8")
    for lang, title in (("en", "Second topic"), ("zh-TW", "第二個主題")):
        path = root / "content" / lang / "topics.yaml"
        text = path.read_text(encoding="utf-8")
        purpose = re.search(r"purpose: (.*)", text).group(1)
        path.write_text(text + f"second:\n  title: {title}\n  purpose: {purpose}\n",
                        encoding="utf-8")


def output_files(root: Path) -> list[Path]:
    out = root / "output"
    return sorted(p for p in out.rglob("*") if p.is_file()) if out.exists() else []


def pytest_terminal_summary(terminalreporter):
    """Skipped browser tests are said out loud, not left in the short summary."""
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if "test_browser" in str(r.location[0])]
    if skipped:
        reason = skipped[0].longrepr[2] if isinstance(skipped[0].longrepr, tuple) else ""
        terminalreporter.write_line(
            f"WARNING: {len(skipped)} real-browser tests did not run ({reason}); "
            ".ci/run installs Chromium and requires them", yellow=True, bold=True)
