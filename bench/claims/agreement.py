#!/usr/bin/env python3
"""How far two annotators agree: a set's labels against a second annotator's.

    python bench/claims/agreement.py

For each set in SETS, a second annotator, given only the labelling guide and the sentences
(150 per language, drawn from the set by `random.Random("agree-<lang>").sample`), labelled
them blind; the labels are in <set>/second/<lang>.jsonl. Prints raw agreement and Cohen's
kappa over the eight labels and over claim / none. Standard library only.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / n / n
    return observed, (observed - expected) / (1 - expected)


SETS = ("holdout2", "train4")


def main() -> int:
    for name, lang in product(SETS, ("en", "zh-TW")):
        gold = {}
        with (HERE / name / f"{lang}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                gold[record["id"]] = record["label"]
        with (HERE / name / "second" / f"{lang}.jsonl").open(encoding="utf-8") as fh:
            # a sentence dropped from the set after the sample (a near-duplicate) is skipped
            pairs = [(gold[r["id"]], r["label"]) for r in map(json.loads, fh) if r["id"] in gold]
        labels, binary = kappa(pairs), kappa([(a != "none", b != "none") for a, b in pairs])
        print(f"{name} {lang}: {len(pairs)} sentences; eight labels: agreement {labels[0]:.3f}, "
              f"kappa {labels[1]:.3f}; claim or none: agreement {binary[0]:.3f}, "
              f"kappa {binary[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
