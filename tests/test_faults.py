"""Fault injection with real signals: a build (or a render) killed at random points.

The issue: "kill a build at random points; the previous site stays whole, no process is
left, and the next build completes byte-identical to a clean one."

Every build here is a real `python -m generator` process with its real PDF workers, and
every fault a real signal (SIGKILL, SIGTERM, SIGINT, sent to the main process only, the way
`kill PID` or a CI timeout sends it). Site A is built first; then the content changes so
that every page but the language picker changes, and B is a clean build of it. Each kill
point starts the B build in a copy of A, signals it after a delay drawn by a fixed-seed
random.Random over the measured length of a build, and then checks:

1. every page is whole: each file is byte for byte its A or its B version, none is missing
   and nothing else is in the folder (a `.tmp-*` file only after SIGKILL or SIGTERM, which
   no process can clean up after; the next build must remove it);
2. no process of that build is alive (its workers are found while it runs, from
   /proc/<pid>/task/*/children, and after it by a marker in their environment; zombies do
   not count), and nothing of it is left in the temporary folder (each build gets a
   TMPDIR of its own, so that folder must be empty again: the workers' `handout-pdf-*`
   folders, WeasyPrint's files inside them);
3. the next build, not killed, exits 0 and its folder is byte-identical to B (the
   `.handout-build.*` files aside);
4. after SIGTERM or SIGINT the exit status is non-zero and standard error has no Python
   traceback from the tool's code.

Kill points are random, so a narrow window (a file half-written, PDFs being laid out) is
also forced on purpose by the tests after the random ones.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import FIXTURE, REPO

import generator

SEED = 20261121
PAGES = {"index.html", "sitemap.xml", "en/index.html", "zh-TW/index.html",
         "en/basics.html", "en/basics.pdf", "zh-TW/basics.html", "zh-TW/basics.pdf"}
FOLDERS = {"en", "zh-TW"}
STATE_FILES = {".handout-build.json", ".handout-build.lock"}
PACKAGE = str(Path(generator.__file__).resolve().parent) + os.sep
MARK = "HANDOUT_FAULT_TEST_MARK"  # in the environment of a build and of every worker of it
TODAY = "2026-11-21"


# -- processes -------------------------------------------------------------------------------

def _proc_state(pid: int) -> str | None:
    """The process's state letter (R, S, Z, ...), or None when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def _alive(pid: int) -> bool:
    return _proc_state(pid) not in (None, "Z", "X")


def _descendants(pid: int) -> set[int]:
    """Every live descendant; a process that exits while it is read is skipped (its
    /proc folder can vanish between the listing and the read)."""
    found, todo = set(), [pid]
    while todo:
        try:
            tasks = list(Path(f"/proc/{todo.pop()}/task").glob("*/children"))
        except OSError:
            continue
        for task in tasks:
            try:
                children = {int(p) for p in task.read_text().split()}
            except OSError:
                continue
            todo += children - found
            found |= children
    return found


def _marked(mark: str) -> set[int]:
    """Live processes whose environment carries this build's mark: its main process and
    every worker it forked, wherever they were reparented to."""
    needle = f"{MARK}={mark}\0".encode()
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in environ and _alive(int(entry.name)):
            found.add(int(entry.name))
    return found


def _describe(pids) -> str:
    lines = []
    for pid in sorted(pids):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            cmdline = "?"
        lines.append(f"pid {pid} ({_proc_state(pid)}): {cmdline.strip()}")
    return "; ".join(lines)


@dataclass
class Run:
    returncode: int
    stderr: str
    mark: str
    seen: set[int] = field(default_factory=set)  # the build's processes, seen while it ran
    signalled: bool = False  # the signal reached a build still running
    at: float = 0.0  # seconds after the start when it was sent

    def leftovers(self, timeout: float = 20.0) -> set[int]:
        """The build's processes still alive once orphaned workers had time to finish the
        page they were laying out (they read the end of their pipe only after it)."""
        deadline = time.monotonic() + timeout
        while True:
            alive = {pid for pid in self.seen if _alive(pid)} | _marked(self.mark)
            if not alive or time.monotonic() > deadline:
                return alive
            time.sleep(0.05)


def _start(command: list[str], tmpdir: Path, log: Path) -> tuple[subprocess.Popen, str]:
    mark = uuid.uuid4().hex
    env = {**os.environ, "TMPDIR": str(tmpdir), MARK: mark}
    with log.open("wb") as err:  # a file, not a pipe: orphaned workers still hold it open
        proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
    return proc, mark


def _run(command: list[str], tmpdir: Path, log: Path, *, sig: str | None = None,
         delay: float | None = None, when=None) -> Run:
    """Run the command; with `sig`, send it once `delay` seconds have passed, or once
    `when(proc, seen)` is true. The build's processes are collected all along."""
    start = time.monotonic()
    proc, mark = _start(command, tmpdir, log)
    run = Run(0, "", mark, {proc.pid})
    while proc.poll() is None:
        run.seen |= _descendants(proc.pid)
        if sig and ((delay is not None and time.monotonic() - start >= delay)
                    or (when is not None and when(proc, run.seen - {proc.pid}))):
            run.seen |= _descendants(proc.pid)
            if proc.poll() is None:
                run.at = time.monotonic() - start
                proc.send_signal(getattr(signal, sig))
                run.signalled = True
            break
        time.sleep(0.002)
    run.returncode = proc.wait(timeout=120)
    run.stderr = log.read_text(errors="replace")
    return run


def _laying_out_pdfs(proc: subprocess.Popen, workers: set[int]) -> bool:
    """The main process waits for its workers (it has sent them the PDFs to lay out)."""
    return bool(workers) and _proc_state(proc.pid) == "S"


def _our_traceback(stderr: str) -> bool:
    """A Python traceback through the tool's own code (generator/...). One from the
    interpreter's start-up (site, the editable install's finder, runpy), before the first
    line of the tool runs, is not the tool's to prevent."""
    if "Traceback (most recent call last)" not in stderr:
        return False
    return any(f.startswith(PACKAGE) for f in re.findall(r'File "([^"]+)"', stderr))


def _command(project: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "--root", str(project), "-q", *args]


def _build_command(project: Path, out: Path) -> list[str]:
    return _command(project, "build", "--jobs", "2", "--out", str(out))


# -- folders ---------------------------------------------------------------------------------

def _site(out: Path) -> dict[str, bytes]:
    """The published files (the build's own state and lock aside)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in STATE_FILES}


def _strays(out: Path) -> list[str]:
    """Whatever is in the output folder besides the pages, their folders and the state."""
    return sorted(rel for p in out.rglob("*")
                  if (rel := p.relative_to(out).as_posix()) not in PAGES | FOLDERS | STATE_FILES)


def _tmp_left(tmpdir: Path) -> list[str]:
    return sorted(p.name for p in tmpdir.iterdir())


def _left_behind(killed, tmpdir: Path, what: str) -> list[str]:
    """What a killed command left: processes still running, files in its TMPDIR."""
    problems = []
    alive = killed.leftovers()
    if alive:
        problems.append(f"processes of the killed {what} still run: {_describe(alive)}")
    if _tmp_left(tmpdir):
        problems.append(f"the killed {what} left in its TMPDIR: {_tmp_left(tmpdir)}")
    return problems


def _whole(out: Path, a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    """What is wrong with the pages: missing, or neither their A nor their B version."""
    problems = []
    site = _site(out)
    for rel in sorted(PAGES):
        if rel not in site:
            problems.append(f"{rel} is missing (the previous site lost a page)")
        elif site[rel] not in (a[rel], b[rel]):
            problems.append(f"{rel} is neither its previous nor its new version: "
                            f"{len(site[rel])} bytes (A {len(a[rel])}, B {len(b[rel])})")
    state = out / ".handout-build.json"
    if state.exists():
        try:
            json.loads(state.read_text(encoding="utf-8"))
        except ValueError as exc:
            problems.append(f".handout-build.json is not whole: {exc}")
    return problems


# -- the two sites, built once ---------------------------------------------------------------

@dataclass
class Sites:
    root: Path
    project: Path
    a: dict[str, bytes]  # the first good site
    b: dict[str, bytes]  # a clean build of the changed content
    first_write: float  # seconds from the start of a clean build to its first page on disk
    duration: float  # of a whole clean build, the process's start and exit included
    render_old: bytes  # `render basics --lang en` of the first content
    render_new: bytes  # ... and of the changed content
    render_duration: float


def _measured_build(command: list[str], out: Path, tmpdir: Path, log: Path
                    ) -> tuple[float, float]:
    start = time.monotonic()
    proc, _ = _start(command, tmpdir, log)
    first = None
    while proc.poll() is None:
        if first is None and any((out / rel).exists() for rel in PAGES):
            first = time.monotonic() - start
        time.sleep(0.002)
    end = time.monotonic() - start
    assert proc.wait() == 0, log.read_text()
    return (first if first is not None else end), end


def _change_content(project: Path) -> None:
    """Change every handout's text and its review date, and keep the content valid: the
    translation is marked as matching its changed source, and check stays clean."""
    for lang, old, new in (("en", "bubbles", "bubbles (vesicles)"),
                           ("zh-TW", "泡泡", "泡泡（囊泡）")):
        block = project / "content" / lang / "what.md"
        text = block.read_text(encoding="utf-8")
        assert old in text
        block.write_text(text.replace(old, new), encoding="utf-8")
    fixed = subprocess.run(_command(project, "check", "--fix-hashes", "--today", TODAY),
                           capture_output=True, text=True, timeout=120, check=False)
    assert fixed.returncode == 0, fixed.stderr
    # A new review date moves the indexes and the sitemap too (only the language picker,
    # index.html, depends on nothing in content/).
    for block in project.glob("content/*/*.md"):
        text = block.read_text(encoding="utf-8")
        block.write_text(text.replace("reviewed: 2026-11-01", "reviewed: 2026-11-15"),
                         encoding="utf-8")
    for ledger in project.glob("content/ledger/*/*.yaml"):  # the facts re-checked with it
        text = ledger.read_text(encoding="utf-8")
        ledger.write_text(text.replace("checked: 2026-11-01", "checked: 2026-11-15"),
                          encoding="utf-8")


def _check(project: Path) -> str:
    result = subprocess.run(_command(project, "check", "--today", TODAY), capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> Sites:
    root = tmp_path_factory.mktemp("faults")
    project = root / "project"
    shutil.copytree(FIXTURE, project)
    shutil.copytree(REPO / "templates", project / "templates")
    tmpdir = root / "tmp"
    tmpdir.mkdir()
    clean = "0 errors, 0 warnings, 0 silenced\n"  # what check says of the fixture

    _measured_build(_build_command(project, root / "a"), root / "a", tmpdir, root / "a.log")
    a = _site(root / "a")
    _run(_command(project, "render", "basics", "--lang", "en", "-o", str(root / "old.pdf")),
         tmpdir, root / "old.log")
    render_old = (root / "old.pdf").read_bytes()

    _change_content(project)
    assert _check(project) == clean, "the changed content must be as clean as the fixture"

    first, duration = _measured_build(_build_command(project, root / "b"), root / "b", tmpdir,
                                      root / "b.log")
    b = _site(root / "b")
    start = time.monotonic()
    rendered = _run(_command(project, "render", "basics", "--lang", "en", "-o",
                             str(root / "new.pdf")), tmpdir, root / "new.log")
    render_duration = time.monotonic() - start
    assert rendered.returncode == 0, rendered.stderr
    render_new = (root / "new.pdf").read_bytes()

    assert set(a) == set(b) == PAGES
    assert [rel for rel in sorted(PAGES) if a[rel] == b[rel]] == ["index.html"]
    assert render_new != render_old
    assert _tmp_left(tmpdir) == [], "a build or render that finished left temporary files"
    return Sites(root, project, a, b, first, duration, render_old, render_new,
                 render_duration)


# -- random kill points ----------------------------------------------------------------------

def _kill_points():
    """8 kill points, the same on every run: half anywhere in a build (start-up, reading,
    HTML, the PDF workers importing and laying out, writing), half in its last part,
    where the PDFs are laid out and every page is written."""
    rng = random.Random(SEED)
    signals = ["SIGKILL"] * 3 + ["SIGTERM"] * 3 + ["SIGINT"] * 2
    rng.shuffle(signals)
    points = []
    for i, sig in enumerate(signals):
        phase = "anywhere" if i % 2 == 0 else "late"
        u = round(rng.random(), 3)
        points.append(pytest.param(sig, phase, u, id=f"{i:02d}-{sig}-{phase}-{u}"))
    return points


def _delay(sites: Sites, phase: str, u: float) -> float:
    if phase == "anywhere":
        return u * sites.duration
    # From a little before the first page is written (the PDFs are being laid out) to the
    # end of the build.
    late = max(sites.first_write - 2 * (sites.duration - sites.first_write), 0.0)
    return late + u * (sites.duration - late)


@pytest.mark.parametrize(("sig", "phase", "u"), _kill_points())
def test_a_build_killed_at_a_random_point_keeps_the_site_and_the_next_build_is_clean(
        sites, tmp_path, sig, phase, u):
    # On the code as it is, the points whose SIGKILL or SIGTERM lands while the PDFs are
    # being laid out fail with "left in its TMPDIR: ['handout-pdf-...']" (the bug shown
    # by test_a_build_killed_while_its_pdfs_are_laid_out_leaves_no_temporary_folder), and
    # a SIGINT that lands while the command starts with a traceback (see
    # test_ctrl_c_while_the_command_starts_says_interrupted_without_a_traceback). Which
    # points do depends on this machine's speed; the forced tests below do not.
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)  # site A, with its build state
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    command = _build_command(sites.project, out)
    killed = _run(command, tmpdir, tmp_path / "killed.log", sig=sig,
                  delay=_delay(sites, phase, u))
    where = (f"{sig} at {killed.at:.3f} s of a {sites.duration:.2f} s build "
             f"(first page written at {sites.first_write:.2f} s)")
    problems = []

    # A build can finish before a signal sent late lands (the machine is faster than when
    # `sites.duration` was measured): exit 0 with the whole new site is that case. The tool
    # exits 130 for a Ctrl-C anywhere before its work is done, and -9 for a kill.
    if killed.signalled and killed.returncode == 0 and _site(out) == sites.b:
        killed.signalled = False
    if not killed.signalled:  # it finished first: then it is a clean build of B
        where = f"{sig} not sent: the build finished first"
        if killed.returncode != 0:
            problems.append(f"the build exited {killed.returncode}: {killed.stderr}")
    elif sig == "SIGKILL":
        if killed.returncode != -signal.SIGKILL:
            problems.append(f"exit status {killed.returncode}, not -9")
    else:
        if killed.returncode == 0:
            problems.append(f"exit status 0 after {sig}")
        if _our_traceback(killed.stderr):
            problems.append(f"a traceback after {sig}:\n{killed.stderr}")

    # 1. The previous site stays whole.
    problems += _whole(out, sites.a, sites.b)
    strays = _strays(out)
    if killed.signalled and sig in ("SIGKILL", "SIGTERM"):
        # Nothing runs in a process after these (the tool sets no SIGTERM handler): a file
        # being written at that instant leaves its temporary file, for the next build.
        strays = [s for s in strays if not Path(s).name.startswith(".tmp-")]
    if strays:
        problems.append(f"stray files in the output: {strays}")

    # 2. No process left, nothing left in the temporary folder.
    problems += _left_behind(killed, tmpdir, "build")
    if _tmp_left(tmpdir):
        shutil.rmtree(tmpdir)
        tmpdir.mkdir()

    # 3. The next build completes and matches a clean one.
    again = _run(command, tmpdir, tmp_path / "again.log")
    if again.returncode != 0 or _our_traceback(again.stderr):
        problems.append(f"the next build exited {again.returncode}: {again.stderr}")
    if _site(out) != sites.b:
        differ = sorted(rel for rel in set(_site(out)) | set(sites.b)
                        if _site(out).get(rel) != sites.b.get(rel))
        problems.append(f"after the next build these differ from a clean build: {differ}")
    if _strays(out):
        problems.append(f"after the next build, stray files in the output: {_strays(out)}")
    if again.leftovers(5):
        problems.append(f"the next build left processes: {_describe(again.leftovers(0))}")
    if _tmp_left(tmpdir):
        problems.append(f"the next build left in its TMPDIR: {_tmp_left(tmpdir)}")

    assert not problems, where + ":\n- " + "\n- ".join(problems)


# -- a killed render -------------------------------------------------------------------------

def _render_points():
    rng = random.Random(SEED + 1)
    points = []
    for sig, previous in (("SIGKILL", True), ("SIGINT", True), ("SIGTERM", False)):
        u = round(rng.uniform(0.2, 1.0), 3)
        kept = "previous" if previous else "none"
        points.append(pytest.param(sig, previous, u, id=f"{sig}-{kept}-{u}"))
    return points


@pytest.mark.parametrize(("sig", "previous", "u"), _render_points())
def test_a_killed_render_keeps_the_previous_file_whole(sites, tmp_path, sig, previous, u):
    folder = tmp_path / "handouts"
    folder.mkdir()
    target = folder / "basics.pdf"
    if previous:
        target.write_bytes(sites.render_old)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    killed = _run(_command(sites.project, "render", "basics", "--lang", "en", "-o",
                           str(target)), tmpdir, tmp_path / "render.log", sig=sig,
                  delay=u * sites.render_duration)
    where = (f"{sig} at {killed.at:.3f} s of a {sites.render_duration:.2f} s render"
             if killed.signalled else f"{sig} not sent: the render finished first")
    problems = []
    if killed.signalled and killed.returncode == 0:
        problems.append(f"exit status 0 after {sig}")
    if not killed.signalled and killed.returncode != 0:
        problems.append(f"the render exited {killed.returncode}: {killed.stderr}")
    if sig != "SIGKILL" and _our_traceback(killed.stderr):
        problems.append(f"a traceback after {sig}:\n{killed.stderr}")

    if target.exists():
        data = target.read_bytes()
        if data not in (sites.render_old if previous else None, sites.render_new):
            problems.append(f"{target.name} is neither the previous nor the new file "
                            f"({len(data)} bytes)")
    elif previous:
        problems.append(f"the previous {target.name} is gone")
    beside = sorted(p.name for p in folder.iterdir() if p != target)
    if beside and not (killed.signalled and sig in ("SIGKILL", "SIGTERM")
                       and all(name.startswith(".tmp-") for name in beside)):
        problems.append(f"files left beside {target.name}: {beside}")

    problems += _left_behind(killed, tmpdir, "render")
    assert not problems, where + ":\n- " + "\n- ".join(problems)


# -- narrow windows, forced ------------------------------------------------------------------
#
# A random point rarely lands in a window of a few microseconds (a page being written) or
# one that is short on this small fixture (the PDFs being laid out). These tests wait for
# the window itself, then send the signal.

def test_a_build_killed_while_its_pdfs_are_laid_out_leaves_no_temporary_folder(
        sites, tmp_path):
    """A worker outlives its killed parent to finish its page, fails to send it, and
    leaves: it must remove its `handout-pdf-*` folder then too (it did not, before)."""
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    killed = _run(_build_command(sites.project, out), tmpdir, tmp_path / "killed.log",
                  sig="SIGKILL", when=_laying_out_pdfs)
    assert killed.signalled, "the build finished before its PDFs were seen being laid out"
    assert killed.leftovers() == set()
    assert _whole(out, sites.a, sites.b) == []
    assert _tmp_left(tmpdir) == [], (
        "SIGKILL while the PDFs were laid out left the workers' temporary folders")


def test_the_build_right_after_a_killed_one_is_not_locked_out_by_its_workers(
        sites, tmp_path):
    """The workers are forked inside `locked(out)`: with flock() they inherited the lock
    and held it until their page was done, so a re-run at once was refused, naming the
    dead build's pid. The lock is a record lock (lockf), which a child does not inherit."""
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    command = _build_command(sites.project, out)
    killed = _run(command, tmpdir, tmp_path / "killed.log", sig="SIGKILL",
                  when=_laying_out_pdfs)
    assert killed.signalled, "the build finished before its PDFs were seen being laid out"
    try:
        again = _run(command, tmpdir, tmp_path / "again.log")
        assert again.returncode == 0, f"the re-run at once failed: {again.stderr}"
        assert _site(out) == sites.b and _strays(out) == []
    finally:
        killed.leftovers()  # let the orphans finish before the folder goes


def test_ctrl_c_while_the_pdfs_are_laid_out_stops_the_build_with_130(sites, tmp_path):
    """The random points above accept exit 0 with the whole new site as "it finished
    first"; this forced one holds that a Ctrl-C that lands mid-build is never swallowed."""
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    killed = _run(_build_command(sites.project, out), tmpdir, tmp_path / "killed.log",
                  sig="SIGINT", when=_laying_out_pdfs)
    assert killed.signalled, "the build finished before its PDFs were seen being laid out"
    try:
        assert killed.returncode == 130, killed.stderr
        assert "interrupted" in killed.stderr and not _our_traceback(killed.stderr)
    finally:
        killed.leftovers()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _kill_a_write_half_way(tmp_path: Path, target: Path) -> None:
    """write_atomic (what the build writes every page with) of a file big enough that
    SIGKILL lands while its bytes are being written."""
    script = ("import sys; from pathlib import Path; from generator.output import write_atomic;"
              " data = b'%PDF-' + bytes(200_000_000); write_atomic(Path(sys.argv[1]), data)")
    proc, _ = _start([sys.executable, "-c", script, str(target)], tmp_path,
                     tmp_path / "write.log")
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        written = [p for p in target.parent.iterdir() if p.name.startswith(".tmp-")]
        if any(_size(p) > 1_000_000 for p in [*written, target]):  # the target: in place
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0005)
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the write finished before the kill"


def test_a_write_killed_half_way_keeps_the_previous_file_whole(sites, tmp_path):
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)
    _kill_a_write_half_way(tmp_path, out / "en/basics.pdf")
    assert (out / "en/basics.pdf").read_bytes() == sites.a["en/basics.pdf"]
    assert _whole(out, sites.a, sites.b) == []


def test_the_next_build_removes_the_temporary_file_of_a_killed_write(sites, tmp_path):
    """A page being written under SIGKILL leaves its `.tmp-XXXX.pdf` (nothing can remove
    it then); the next build must, or a part of a PDF is published with the site."""
    out = tmp_path / "site"
    shutil.copytree(sites.root / "a", out)
    _kill_a_write_half_way(tmp_path, out / "en/basics.pdf")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    again = _run(_build_command(sites.project, out), tmpdir, tmp_path / "again.log")
    assert again.returncode == 0, again.stderr
    assert _site(out) == sites.b, "the next build is not byte-identical to a clean one"
    assert _strays(out) == []


def test_ctrl_c_while_the_command_starts_says_interrupted_without_a_traceback(
        sites, tmp_path):
    """Ctrl-C while the command imports its libraries, before HandoutGroup.invoke runs,
    printed a KeyboardInterrupt traceback. Only the interpreter's own start-up, the first
    few hundredths of a second, is exempt (see _our_traceback)."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    start = time.monotonic()
    version = _run(_command(sites.project, "--version"), tmpdir, tmp_path / "version.log")
    startup = time.monotonic() - start
    assert version.returncode == 0
    out = tmp_path / "site"
    shown = []
    for i in range(1, 10):
        run = _run(_build_command(sites.project, out), tmpdir, tmp_path / f"{i}.log",
                   sig="SIGINT", delay=startup * i / 10)
        assert run.leftovers() == set()
        if run.signalled and _our_traceback(run.stderr):
            last = run.stderr.strip().splitlines()
            shown.append(f"SIGINT at {run.at:.3f} s (exit {run.returncode}): "
                         f"{' | '.join(last[-4:])}")
        elif run.signalled:
            assert run.returncode != 0
    assert not shown, (f"Ctrl-C in the first {startup:.2f} s printed a traceback:\n"
                       + "\n".join(shown))
