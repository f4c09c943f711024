"""The hype lexicon, measured on labelled sentences, including the seeds' own marketing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.check.hype import claims

LABELLED = yaml.safe_load(
    (Path(__file__).parent / "data" / "hype_labelled.yaml").read_text(encoding="utf-8"))


def measure(lang: str | None = None) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    wrong = []
    for item in LABELLED:
        if lang and item["lang"] != lang:
            continue
        flagged = bool(claims(item["text"], item["lang"]))
        tp += flagged and item["hype"]
        fp += flagged and not item["hype"]
        fn += not flagged and item["hype"]
        if flagged != item["hype"]:
            wrong.append(f"{'missed' if item['hype'] else 'false alarm'}: {item['text']}")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), wrong


def test_labelled_set_covers_both_languages_and_the_seeds():
    assert {item["lang"] for item in LABELLED} == {"en", "zh-TW"}
    assert sum(item.get("from") == "seed" for item in LABELLED) >= 10
    assert sum(item["hype"] for item in LABELLED) >= 40
    assert sum(not item["hype"] for item in LABELLED) >= 40


@pytest.mark.parametrize("lang", [None, "en", "zh-TW"])
def test_precision_and_recall_at_least_0_9(lang):
    precision, recall, wrong = measure(lang)
    count = sum(1 for item in LABELLED if lang in (None, item["lang"]))
    print(f"hype lexicon [{lang or 'all'}]: precision {precision:.2f}, recall {recall:.2f}, "
          f"{count} labelled sentences")
    assert precision >= 0.9 and recall >= 0.9, "\n".join(wrong)
