"""The `handout` command as a clinician runs it: a new process, the PDF engine forked early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.engine import wants_pdf
from generator.project import load_project
from generator.render import render

HANDOUT = str(Path(sys.executable).parent / "handout")
pytestmark = pytest.mark.skipif(not Path(HANDOUT).exists(), reason="console script missing")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([HANDOUT, *args], capture_output=True, text=True, timeout=60)


def test_forked_engine_gives_the_same_pdf_as_rendering_in_process(project, tmp_path):
    out = tmp_path / "h.pdf"
    result = run("--root", str(project), "render", "basics", "--lang", "zh-TW", "-o", str(out))
    assert result.returncode == 0, result.stderr
    direct = render(load_project(project), "basics", "zh-TW", "pdf").data
    assert out.read_bytes() == direct


def test_engine_errors_keep_file_and_line(project, tmp_path):
    block = project / "content/en/risks.md"
    block.write_text(block.read_text().replace("serious infection.", "serious infection 🤒."))
    out = tmp_path / "h.pdf"
    result = run("--root", str(project), "render", "basics", "--lang", "en", "-o", str(out))
    assert result.returncode == 1
    assert "content/en/risks.md:9: error: no glyph in the bundled fonts for '🤒'" in \
        result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_usage_errors_stop_the_engine_too(project):
    result = run("--root", str(project), "render", "nope", "--lang", "en")
    assert result.returncode == 2 and "available: basics" in result.stderr


@pytest.mark.parametrize("args,expected", [
    (["render", "t", "--lang", "zh-TW"], True),
    (["render", "t", "--lang", "en", "-f", "html"], False),
    (["render", "t", "-o", "page.html"], False),
    (["render", "--help"], False),
    (["list"], False),
])
def test_the_engine_starts_only_for_pdfs(args, expected):
    assert wants_pdf(args) is expected
