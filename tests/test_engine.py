"""The `handout` command as a clinician runs it: a new process, its PDF worker started once
the arguments are parsed, and every engine failure a clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.engine import Engine
from generator.library import load_library
from generator.render import render


def run(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})}, **kwargs)


def test_the_console_script_is_the_same_entry_point():
    import tomllib

    from conftest import REPO

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"handout": "generator.__main__:main"}


def test_the_command_gives_the_same_pdf_as_rendering_in_process(project, tmp_path, engine):
    out = tmp_path / "h.pdf"
    result = run("--root", str(project), "render", "basics", "--lang", "zh-TW", "-o", str(out))
    assert result.returncode == 0, result.stderr
    direct = render(load_library(project), "basics", "zh-TW", "pdf", engine=engine).data
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


def test_a_pdf_engine_that_cannot_start_is_a_clear_error(project, tmp_path):
    """As when Pango is missing: WeasyPrint's import fails in the worker."""
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise OSError(\"cannot load library 'libpango-1.0-0'\")")
    out = tmp_path / "h.pdf"
    result = run("--root", str(project), "render", "basics", "--lang", "en", "-o", str(out),
                 env={"PYTHONPATH": str(fake.parent)})
    assert result.returncode == 1, result.stderr
    assert "the PDF engine failed: OSError: cannot load library 'libpango-1.0-0'" in \
        result.stderr
    assert "hint: run `handout doctor`" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


@pytest.mark.parametrize("args,starts", [
    (["--note", "html", "-o", "x.pdf"], True),       # a note that says "html"
    (["-o", "X.HTML"], False),                       # the suffix, in capitals
    (["--format", "html", "-o", "-"], False),
    (["--root-note-is-not-an-option"], False),       # a usage error: nothing starts
])
def test_the_engine_starts_only_when_the_parsed_command_wants_a_pdf(project, args, starts):
    result = run("-v", "--root", str(project), "render", "basics", "--lang", "en", *args,
                 cwd=project)
    assert ("started 1 PDF worker" in result.stderr) is starts, result.stderr


def test_a_project_under_a_folder_named_html_still_gets_an_engine(tmp_path, project):
    import shutil

    root = tmp_path / "var" / "www" / "html" / "x"
    shutil.copytree(project, root)
    out = tmp_path / "h.pdf"
    result = run("-v", "--root", str(root), "render", "basics", "--lang", "en", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "started 1 PDF worker" in result.stderr


def test_weasyprint_loads_by_the_fast_path():
    """Fences pdf.weasyprint(): a WeasyPrint release that loads its libraries differently
    makes this fail loudly (the code then falls back to the slow, ordinary import)."""
    with Engine() as engine:
        report = engine.probe()
    assert report["fast library loading"] is True, report


def test_killing_render_leaves_no_pdf_worker_and_no_temporary_folder(project, tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(project),
                                "render", "basics", "--lang", "zh-TW", "-o",
                                str(tmp_path / "h.pdf")], env=env, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 30
    while not children and time.monotonic() < deadline:
        task = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        children = [int(pid) for pid in task.read_text().split()] if task.exists() else []
        time.sleep(0.01)
    assert children, "the PDF worker never started"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{children[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    status = Path(f"/proc/{children[0]}/status")
    assert not status.exists() or "zombie" in status.read_text(), "the worker outlived render"
    assert not list(tmp_path.glob("handout-pdf-*")), "the worker left its temporary folder"


def test_a_finished_render_leaves_no_temporary_folder(project, tmp_path):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    result = run("--root", str(project), "render", "basics", "--lang", "en", "-o",
                 str(tmp_path / "h.pdf"), env={"TMPDIR": str(temporary)})
    assert result.returncode == 0, result.stderr
    assert list(temporary.iterdir()) == []


def test_closing_an_engine_lets_every_worker_exit_by_itself():
    """Each worker sees end-of-file when the engine closes its pipe, even with siblings that
    were forked after it (they must not hold its pipe open): none is left to be killed."""
    engine = Engine(3)
    for worker in engine.workers:  # a worker that never had a job is simply stopped
        worker.send(None, "", {})
        worker.receive()
    first = engine.workers[0]
    first.close()  # its later siblings are still running
    assert first.process.exitcode == 0, "the first worker had to be killed"
    processes = [worker.process for worker in engine.workers]
    engine.close()
    assert [p.exitcode for p in processes] == [0, 0, 0]


def test_a_refused_pdf_render_stops_its_unused_worker_at_once():
    """Bad content found before any PDF was asked for: the worker, perhaps still importing
    WeasyPrint, is stopped rather than waited for."""
    engine = Engine()
    process = engine.workers[0].process
    engine.close()
    assert process.exitcode == -signal.SIGKILL
