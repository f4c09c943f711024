#!/usr/bin/env python3
"""Measure the `handout check` hype gate on the labelled claims corpus.

    python bench/claims/evaluate.py [--split holdout3] [--lang en|zh-TW] [--show-errors]
                                    [--detector patterns|model|both]

Per language it prints the split's size, binary precision and recall (a sentence is
flagged when the detector finds any claim in it; a positive is any label but `none`),
and per kind of claim: its recall (flagged at all) and how often the kind the detector
names is the labelled kind (among that kind's flagged sentences). `--detector` measures
the patterns alone, the trained model alone (HYP011, bench/claims/train_model.py) or
both, as `handout check` runs them (the default). The detector's kind
for a sentence is `generator.check.hype.sentence_kind`: the strongest kind among its
claims, in the corpus's order (bench/claims/README.md, "Labelling guide").

The split is one of the sets of bench/claims/sets.py; the default, `holdout3`, is the
measure the README quotes. `--show-errors` prints the misclassified sentences,
for tuning; it refuses that set, which is looked at only to report. The script reports and
is not a gate: it exits 0 (2 only for wrong arguments).

Standard library and the project's own `generator` package only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import sets  # noqa: E402  (bench/claims/sets.py)
from generator.check.hype import DETECTORS, ORDER, claims, sentence_kind

LANGS = sets.LANGS
SPLITS = tuple(sets.FILES)


@dataclass
class Result:
    lang: str
    split: str
    detector: str = "both"
    size: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # label -> counts
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(lang: str, split: str, keep_errors: bool = False, detector: str = "both"
             ) -> Result:
    """Measure one language on one split with `detector`. `keep_errors` (never for the
    measure) keeps the misclassified sentences."""
    if keep_errors and split == sets.MEASURE:
        raise ValueError(f"{split} is not shown, only measured")
    result = Result(lang, split, detector)
    for record in sets.records(lang, split):
        label = record["label"]
        found = claims(record["text"], lang, detector)
        flagged = bool(found)
        positive = label != "none"
        kind = sentence_kind(found)
        result.size += 1
        result.tp += flagged and positive
        result.fp += flagged and not positive
        result.fn += not flagged and positive
        result.tn += not flagged and not positive
        if positive:
            counts = result.kinds.setdefault(label, {"n": 0, "flagged": 0, "kind_right": 0})
            counts["n"] += 1
            counts["flagged"] += flagged
            counts["kind_right"] += flagged and kind == label
        if keep_errors and (flagged != positive or (positive and kind != label)):
            what = ("missed" if positive and not flagged else
                    "false alarm" if flagged and not positive else f"kind {kind}")
            words = "; ".join(f"{c.rule}/{c.kind}: {c.phrase!r}"
                              for c in found)
            result.errors.append(f"  {record['id']} [{label}] {what}: {record['text']}"
                                 + (f"\n      found {words}" if words else ""))
    return result


def report(result: Result) -> str:
    lines = [(f"== {result.lang} ({result.split}, {result.detector}: {result.size} sentences, "
              f"{result.tp + result.fn} positive, {result.fp + result.tn} none) =="),
             (f"binary  precision {result.precision:.3f}  recall {result.recall:.3f}  "
              f"(tp {result.tp}, fp {result.fp}, fn {result.fn}, tn {result.tn})"),
             f"{'kind':<13}{'n':>4}{'recall':>9}{'kind acc':>10}"]
    for kind in ORDER:
        counts = result.kinds.get(kind)
        if not counts:
            continue
        recall = counts["flagged"] / counts["n"]
        accuracy = (f"{counts['kind_right'] / counts['flagged']:.3f}" if counts["flagged"]
                    else "-")
        lines.append(f"{kind:<13}{counts['n']:>4}{recall:>9.3f}{accuracy:>10}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default=sets.MEASURE,
                        help=f"the labelled set (default: {sets.MEASURE}, the README's measure)")
    parser.add_argument("--lang", choices=LANGS)
    parser.add_argument("--show-errors", action="store_true",
                        help=f"print misclassified sentences (not for {sets.MEASURE})")
    parser.add_argument("--detector", choices=DETECTORS, default="both",
                        help="the patterns, the trained model (HYP011) or both (default)")
    args = parser.parse_args(argv)
    if args.show_errors and args.split == sets.MEASURE:
        parser.error(f"--show-errors is refused for {sets.MEASURE}: it is only measured")
    for lang in [args.lang] if args.lang else LANGS:
        result = evaluate(lang, args.split, keep_errors=args.show_errors,
                          detector=args.detector)
        print(report(result))
        if args.show_errors:
            print(f"errors ({len(result.errors)}):")
            print("\n".join(result.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
