"""The labelled sets of the claims corpus, and which of them training may read.

Each set is a jsonl file per language (records as in README.md). The first corpus was
split into train/dev/test; its test split and then `holdout2/` were each measured and
retired into the training data (their looks are logged in their READMEs); `train2/` and
`train3/` were gathered for training only, from sites on the other side of a host
partition from `holdout3/`'s (see holdout3/README.md). `holdout3/` is the measure the
README quotes (measured once): training never reads it, and its sentences are never shown.
`train4/` is staged (see STAGED).
`holdout4/` is held in reserve, from sites no other set used: nothing reads its sentences
(tests/test_hype.py reads its origins, to hold its sites apart). When the
gate changes, move `holdout3` into the training sets and make `holdout4` the measure, then
measure it once and log the look in its README.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "zh-TW")
FILES = {
    "train": "{lang}/train.jsonl",
    "dev": "{lang}/dev.jsonl",
    "test": "{lang}/test.jsonl",
    "holdout2": "holdout2/{lang}.jsonl",
    "train2": "train2/{lang}.jsonl",
    "train3": "train3/{lang}.jsonl",
    "holdout3": "holdout3/{lang}.jsonl",
    "train4": "train4/{lang}.jsonl",
}
RESERVED = "holdout4"  # not in FILES: no script reads its sentences before its one look
MEASURE = "holdout3"
DEV = "holdout3"  # the committed gate's measure is the next gate's dev set (train_model dev)
# Gathered for the next gate; the shipped weights were trained without them, so training
# reads them only when asked (`train_model.py dev --staged`) until the gate changes.
STAGED = ("train4",)
TRAINING = tuple(name for name in FILES if name != MEASURE and name not in STAGED)


def path(lang: str, name: str) -> Path:
    return HERE / FILES[name].format(lang=lang)


def records(lang: str, name: str) -> list[dict]:
    """The set's records, or none when the set has no file for the language yet."""
    file = path(lang, name)
    if not file.is_file():
        return []
    with file.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
