"""Time cold `handout render` runs against plain WeasyPrint and headless Chromium.

Each figure is a whole new process, as a clinician's command is: interpreter start,
imports, layout, fonts, writing. Prints the median of --runs runs and the ratios.

    python bench/render_bench.py [--runs 7] [--topic what-are-exosomes]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(command: list[str], runs: int) -> tuple[float, float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, cwd=ROOT)
        samples.append(time.perf_counter() - start)
    return min(samples), statistics.median(samples), max(samples)


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--topic", default="what-are-exosomes")
    args = parser.parse_args()
    handout = str(BIN / "handout")
    work = Path(tempfile.mkdtemp(prefix="handout-bench-"))
    page = work / "page.html"
    subprocess.run([handout, "render", args.topic, "--lang", "zh-TW", "-f", "html",
                    "-o", str(page)], check=True, cwd=ROOT)
    cases = {
        "handout zh-TW PDF": [handout, "render", args.topic, "--lang", "zh-TW",
                              "-o", str(work / "h.pdf")],
        "handout en PDF": [handout, "render", args.topic, "--lang", "en",
                           "-o", str(work / "e.pdf")],
        "handout zh-TW HTML": [handout, "render", args.topic, "--lang", "zh-TW", "-f",
                               "html", "-o", str(work / "h.html")],
        "weasyprint CLI, same HTML": [str(BIN / "weasyprint"), str(page), str(work / "w.pdf")],
    }
    if browser := chromium():
        cases["chromium print-to-pdf, same HTML"] = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={work / 'c.pdf'}", page.as_uri()]
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.runs} cold runs each; topic {args.topic}")
    results = {}
    for name, command in cases.items():
        results[name] = timed(command, args.runs)
        low, median, high = results[name]
        print(f"  {name:<34} median {median:6.3f} s  (min {low:.3f}, max {high:.3f})")
    if "chromium print-to-pdf, same HTML" not in results:
        print("  chromium: not installed, skipped (Debian: apt-get install chromium)")
    ours = results["handout zh-TW PDF"][1]
    for name in ("weasyprint CLI, same HTML", "chromium print-to-pdf, same HTML"):
        if name in results:
            print(f"  ratio {name} / handout zh-TW PDF: {results[name][1] / ours:.2f}x")
    for name in ("h.pdf", "w.pdf", "c.pdf"):
        if (work / name).exists():
            print(f"  size {name}: {(work / name).stat().st_size / 1024:.0f} KB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
