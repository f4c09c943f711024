#!/usr/bin/env python3
"""How often the hype gate flags balanced handout text it has never seen.

    python bench/handout_text/false_alarms.py

Every sentence in bench/handout_text/<lang>.jsonl is balanced patient-handout prose
written for this measure (README.md here), never used to tune or train the gate. A flag
on one is a false alarm: a refusal (a pattern, HYP001-009) or a reviewer's warning (the
model, HYP011). Prints the rates per language and per topic, never the sentences, so that
the set stays a measure. Standard library and the project's `generator` only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from generator.check.hype import claims  # noqa: E402


def measure(lang: str) -> dict:
    """Counts per topic: sentences, flagged by a pattern, flagged by the model only."""
    counts: dict[str, Counter] = {}
    with (HERE / f"{lang}.jsonl").open(encoding="utf-8") as fh:
        for record in map(json.loads, filter(str.strip, fh)):
            found = claims(record["text"], lang)
            topic = counts.setdefault(record["topic"], Counter())
            topic["n"] += 1
            topic["pattern"] += any(c.rule != "HYP011" for c in found)
            topic["model"] += any(c.rule == "HYP011" for c in found)
    return counts


def main() -> int:
    for lang in ("en", "zh-TW"):
        counts = measure(lang)
        total = sum(counts.values(), Counter())
        print(f"== {lang}: {total['n']} sentences; refused by a pattern {total['pattern']} "
              f"({total['pattern'] / total['n']:.1%}), warned by the model {total['model']} "
              f"({total['model'] / total['n']:.1%}) ==")
        for topic, c in sorted(counts.items()):
            print(f"{topic:<10}{c['n']:>4}  pattern {c['pattern']:>3}  model {c['model']:>3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
