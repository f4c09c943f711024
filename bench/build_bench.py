"""Time `handout build` of the whole library: clean with 1 and 2 jobs, no change, one block.

Each figure is a whole process, as a site's CI or a clinic's script runs it. Peak memory
is the largest sum of resident memory over the build and its workers, sampled every 20 ms.

    python bench/build_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDOUT = str(Path(sys.executable).parent / "handout")


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
            total += int(rss.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total * 1024


def run(args: list[str]) -> tuple[float, int, float]:
    """Wall time, peak memory and PDF-phase time of one build."""
    start = time.perf_counter()
    process = subprocess.Popen([HANDOUT, "-q", *args, "--json"], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    peak = 0

    def sample():
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    summary = json.loads(process.stdout.read())
    if process.wait() != 0:
        raise SystemExit(f"build failed: {args}")
    sampler.join()
    return time.perf_counter() - start, peak, summary["pdf_seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="handout-build-bench-"))
    out = work / "site"
    block = ROOT / "content" / "zh-TW" / "what-exosomes-are.md"
    original = block.read_text(encoding="utf-8")
    figures: dict[str, list[tuple[float, int, float]]] = {}
    try:
        for _ in range(args.runs):
            for jobs in ("1", "2"):
                figures.setdefault(f"clean build, --jobs {jobs}", []).append(
                    run(["build", "--clean", "--out", str(out), "--jobs", jobs]))
            figures.setdefault("no-change rebuild", []).append(run(["build", "--out", str(out)]))
            block.write_text(original + "\n", encoding="utf-8")
            figures.setdefault("one-block-change rebuild", []).append(
                run(["build", "--out", str(out)]))
            block.write_text(original, encoding="utf-8")
            run(["build", "--out", str(out)])
    finally:
        block.write_text(original, encoding="utf-8")
    pdfs = sorted(out.rglob("*.pdf"))
    pages = len(pdfs) + len(list(out.rglob("*.html")))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.runs} runs each; {pages} pages "
          f"({len(pdfs)} PDF) plus sitemap")
    for name, samples in figures.items():
        times = [t for t, _, _ in samples]
        print(f"  {name:<26} median {statistics.median(times):6.2f} s  (min {min(times):.2f},"
              f" max {max(times):.2f})  peak memory {max(m for _, m, _ in samples) / 2**20:.0f}"
              " MB")
    one, two = (figures[f"clean build, --jobs {j}"] for j in (1, 2))
    whole = statistics.median(t for t, _, _ in one) / statistics.median(t for t, _, _ in two)
    pdf = statistics.median(p for _, _, p in one) / statistics.median(p for _, _, p in two)
    print(f"  speed-up with 2 jobs: whole build {whole:.2f}x, PDF phase {pdf:.2f}x; pages per "
          f"second with 2 jobs: {pages / statistics.median(t for t, _, _ in two):.1f}")
    sizes = [p.stat().st_size for p in pdfs]
    zh = [p.stat().st_size for p in pdfs if p.parent.name == "zh-TW"]
    print(f"  PDF size: average {statistics.mean(sizes) / 1024:.0f} KB, zh-TW average "
          f"{statistics.mean(zh) / 1024:.0f} KB, largest {max(sizes) / 1024:.0f} KB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
