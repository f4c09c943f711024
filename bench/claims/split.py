#!/usr/bin/env python3
"""Split the labelled claims corpus into train / dev / test.

Reads   bench/claims/raw/<lang>.jsonl   (one JSON object per line)
Writes  bench/claims/<lang>/train.jsonl, dev.jsonl, test.jsonl
Prints  the counts per label x split for every language.

The split is by ``group`` (every sentence paraphrased from one page, or
written in one batch, lands in the same split) and stratified by label as far
as the groups allow, aiming at 50 % train / 20 % dev / 30 % test.  It is
deterministic: the only randomness is a ``random.Random`` seeded with a fixed
string, so two runs produce the same bytes.

Before splitting, every record is validated; the script exits with status 1
and writes nothing if any record is malformed, if an id or a text repeats
within a language, or if a group mixes sources or origins.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW_DIR = HERE / "raw"
LANGS = ("en", "zh-TW")
SEED = "exo-handouts-claims-2026"
SPLITS = ("train", "dev", "test")
RATIOS = {"train": 0.5, "dev": 0.2, "test": 0.3}
LABELS = (
    "safety",
    "benefit",
    "approval",
    "comparison",
    "social_proof",
    "suitability",
    "promotion",
    "none",
)
SOURCES = (
    "clinic",
    "salon",
    "news",
    "authority",
    "journal",
    "forum",
    "handout-style",
    "written",
)
WRITTEN_SOURCES = ("handout-style", "written")
FIELDS = ("id", "text", "label", "lang", "source", "group", "origin", "note")
MAX_TEXT = 200


class CorpusError(Exception):
    pass


def norm_text(text: str) -> str:
    """Key used for the duplicate check: NFKC, collapsed whitespace, casefold."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def load(lang: str) -> list[dict]:
    path = RAW_DIR / f"{lang}.jsonl"
    errors: list[str] = []
    records: list[dict] = []
    seen_ids: dict[str, int] = {}
    seen_text: dict[str, int] = {}
    id_re = re.compile(rf"^{re.escape(lang)}-\d{{4}}$")
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            if not isinstance(rec, dict) or tuple(rec) != FIELDS:
                errors.append(f"{where}: fields must be exactly {FIELDS}")
                continue
            if not all(isinstance(rec[k], str) for k in FIELDS):
                errors.append(f"{where}: every field must be a string")
                continue
            text = rec["text"]
            if not id_re.match(rec["id"]):
                errors.append(f"{where}: id {rec['id']!r} is not {lang}-NNNN")
            if rec["lang"] != lang:
                errors.append(f"{where}: lang {rec['lang']!r} in {path.name}")
            if rec["label"] not in LABELS:
                errors.append(f"{where}: unknown label {rec['label']!r}")
            if rec["source"] not in SOURCES:
                errors.append(f"{where}: unknown source {rec['source']!r}")
            if not text or text != text.strip():
                errors.append(f"{where}: text is empty or has outer whitespace")
            if "\n" in text or "\r" in text:
                errors.append(f"{where}: text contains a newline")
            if len(text) > MAX_TEXT:
                errors.append(f"{where}: text has {len(text)} > {MAX_TEXT} characters")
            if not rec["group"]:
                errors.append(f"{where}: empty group")
            written = rec["source"] in WRITTEN_SOURCES
            if written and rec["origin"]:
                errors.append(f"{where}: written/handout-style record has an origin")
            if not written and not rec["origin"].startswith(("http://", "https://")):
                errors.append(f"{where}: paraphrased record needs an origin URL")
            if rec["id"] in seen_ids:
                errors.append(f"{where}: duplicate id (first on line {seen_ids[rec['id']]})")
            seen_ids.setdefault(rec["id"], lineno)
            key = norm_text(text)
            if key in seen_text:
                errors.append(f"{where}: duplicate text (first on line {seen_text[key]})")
            seen_text.setdefault(key, lineno)
            records.append(rec)

    group_meta: dict[str, set] = defaultdict(set)
    origin_groups: dict[str, set] = defaultdict(set)
    for rec in records:
        group_meta[rec["group"]].add((rec["source"], rec["origin"]))
        if rec["origin"]:
            origin_groups[rec["origin"]].add(rec["group"])
    for group, meta in sorted(group_meta.items()):
        if len(meta) > 1:
            errors.append(f"{path.name}: group {group!r} mixes sources/origins {sorted(meta)}")
    for origin, groups in sorted(origin_groups.items()):
        if len(groups) > 1:
            errors.append(f"{path.name}: one page is split over groups {sorted(groups)}")
    if errors:
        raise CorpusError("\n".join(errors))
    return records


def assign(records: list[dict], lang: str) -> dict[str, str]:
    """Greedy stratified group assignment; returns group -> split."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        groups[rec["group"]][rec["label"]] += 1
    total = Counter(rec["label"] for rec in records)
    n = len(records)
    target = {s: {lab: RATIOS[s] * total[lab] for lab in LABELS} for s in SPLITS}
    target_size = {s: RATIOS[s] * n for s in SPLITS}

    rng = random.Random(f"{SEED}:{lang}")
    order = sorted(groups)
    rng.shuffle(order)
    # Largest groups first (stable, so ties keep the seeded order).
    order.sort(key=lambda g: -sum(groups[g].values()))

    counts = {s: Counter() for s in SPLITS}
    sizes = {s: 0 for s in SPLITS}

    def cost(split: str, add: Counter) -> float:
        c = 0.0
        for lab in LABELS:
            before = counts[split][lab] - target[split][lab]
            after = before + add[lab]
            c += (after * after - before * before) / (target[split][lab] + 1.0)
        before = sizes[split] - target_size[split]
        after = before + sum(add.values())
        c += (after * after - before * before) / (target_size[split] + 1.0)
        return c

    result: dict[str, str] = {}
    for group in order:
        add = groups[group]
        best = min(SPLITS, key=lambda s: (cost(s, add), SPLITS.index(s)))
        result[group] = best
        counts[best].update(add)
        sizes[best] += sum(add.values())
    return result


def write_split(records: list[dict], lang: str, where: dict[str, str]) -> dict[str, list[dict]]:
    out_dir = HERE / lang
    out_dir.mkdir(exist_ok=True)
    parts: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for rec in records:
        parts[where[rec["group"]]].append(rec)
    for split, recs in parts.items():
        with (out_dir / f"{split}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(json.dumps({k: rec[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    return parts


def report(lang: str, parts: dict[str, list[dict]]) -> None:
    width = max(len(lab) for lab in LABELS)
    print(f"== {lang} ==")
    print(f"{'label':<{width}}  " + "  ".join(f"{s:>5}" for s in SPLITS) + "  total")
    for lab in LABELS:
        row = [sum(1 for r in parts[s] if r["label"] == lab) for s in SPLITS]
        print(f"{lab:<{width}}  " + "  ".join(f"{v:>5}" for v in row) + f"  {sum(row):>5}")
    row = [len(parts[s]) for s in SPLITS]
    print(f"{'all':<{width}}  " + "  ".join(f"{v:>5}" for v in row) + f"  {sum(row):>5}")
    groups = [len({r['group'] for r in parts[s]}) for s in SPLITS]
    print(f"{'groups':<{width}}  " + "  ".join(f"{v:>5}" for v in groups) + f"  {sum(groups):>5}")
    written = [sum(1 for r in parts[s] if r["source"] in WRITTEN_SOURCES) for s in SPLITS]
    print(f"{'written':<{width}}  " + "  ".join(f"{v:>5}" for v in written) + f"  {sum(written):>5}")
    print()


def main() -> int:
    loaded = {}
    for lang in LANGS:
        try:
            loaded[lang] = load(lang)
        except CorpusError as exc:
            print(f"refusing to split {lang}:\n{exc}", file=sys.stderr)
            return 1
    for lang, records in loaded.items():
        where = assign(records, lang)
        parts = write_split(records, lang, where)
        crossing = {
            g for g in where
            if len({s for s in SPLITS for r in parts[s] if r["group"] == g}) != 1
        }
        assert not crossing, f"groups crossing splits: {sorted(crossing)}"
        report(lang, parts)
    print(f"seed {SEED!r}; ratios " + ", ".join(f"{s} {RATIOS[s]:.0%}" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
