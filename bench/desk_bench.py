"""Time a cold `handout render` against the same handout from a warm `handout desk`.

Cold: a whole new process per handout, as a clinician's command is. Warm: one POST to a
desk that has already served one request (its PDF workers imported WeasyPrint at start),
timed from the request to the last byte of the PDF, as the browser waits for it. Both
print the same consult handout (patient, clinician, date, note). Prints medians of --runs
runs, alternating the two, and the ratio (the target is 1.7x or more).

    python bench/desk_bench.py [--runs 15] [--topic what-are-exosomes] [--lang zh-TW]
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CONSULT = {"patient": "王小明", "clinician": "李醫師", "date": "2026-11-21",
           "note": "下次回診時再討論。"}


def start_desk(work: Path) -> tuple[subprocess.Popen, int]:
    env = {k: v for k, v in os.environ.items() if k != "HANDOUT_DESK_PASSPHRASE"}
    env["TMPDIR"] = str(work)
    with open(work / "desk.err", "wb") as err:
        process = subprocess.Popen([str(BIN / "handout"), "desk", "--port", "0", "--workers",
                                    "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                   env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"desk at http://[^ ]+:(\d+)/", (work / "desk.err").read_text())
        if found:
            return process, int(found.group(1))
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    sys.exit(f"the desk did not start: {(work / 'desk.err').read_text()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--topic", default="what-are-exosomes")
    parser.add_argument("--lang", default="zh-TW")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="handout-desk-bench-"))
    cold_command = [str(BIN / "handout"), "render", args.topic, "--lang", args.lang,
                    *(f"--{k}={v}" for k, v in CONSULT.items()), "-o", str(work / "h.pdf")]
    process, port = start_desk(work)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("GET", "/")
        response = connection.getresponse()
        response.read()
        cookie = response.getheader("set-cookie").split(";")[0]
        body = urlencode({"topic": args.topic, "lang": args.lang, **CONSULT,
                          "format": "pdf", "csrf": response.getheader("x-csrf-token")})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}

        def warm() -> float:
            started = time.perf_counter()
            connection.request("POST", "/handout", body, headers)
            answer = connection.getresponse()
            data = answer.read()
            seconds = time.perf_counter() - started
            assert answer.status == 200 and data.startswith(b"%PDF-"), data[:300]
            return seconds

        def cold() -> float:
            started = time.perf_counter()
            subprocess.run(cold_command, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
            return time.perf_counter() - started

        first = warm()  # the desk's first request: the one that is not measured
        colds, warms = [], []
        for _ in range(args.runs):  # alternated, so that a noisy moment hits both
            colds.append(cold())
            warms.append(warm())
        connection.close()
    finally:
        process.terminate()
        process.wait(20)
        shutil.rmtree(work, ignore_errors=True)
    cold_median, warm_median = statistics.median(colds), statistics.median(warms)
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.topic} ({args.lang}) with consult details, "
          f"{args.runs} runs each")
    print(f"{'cold `handout render` (whole process)':42} median {cold_median:.3f} s "
          f"(min {min(colds):.3f}, max {max(colds):.3f})")
    print(f"{'warm desk POST /handout':42} median {warm_median:.3f} s "
          f"(min {min(warms):.3f}, max {max(warms):.3f}; first request {first:.3f} s)")
    ratio = cold_median / warm_median
    print(f"warm desk is {ratio:.2f}x faster than a cold render "
          f"({'meets' if ratio >= 1.7 else 'MISSES'} the 1.7x target)")


if __name__ == "__main__":
    main()
