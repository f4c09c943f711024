"""The hype gate: measured on the claims corpus (bench/claims), kept on its old labelled
set, and run on every printed text.

Published figures come only from the test split of bench/claims, printed by
`bench/claims/evaluate.py --split test` (and by test_test_split_figures_are_printed
below); the detector is tuned on train and dev, which test_tuning_splits_stay_above_0_9
guards. tests/data/hype_labelled.yaml is the older, hand-made set the first lexicon was
tuned on: a regression check, never a published figure.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO

from generator.check.hype import claims, message, sentence_kind
from generator.cli import cli

LABELLED = yaml.safe_load(
    (Path(__file__).parent / "data" / "hype_labelled.yaml").read_text(encoding="utf-8"))
_spec = importlib.util.spec_from_file_location("evaluate",
                                               REPO / "bench" / "claims" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
sys.modules["evaluate"] = evaluate  # its dataclasses look their module up
_spec.loader.exec_module(evaluate)  # type: ignore[union-attr]


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
def test_old_labelled_set_stays_at_0_9(lang):
    """A regression check on the set the first lexicon was tuned on (not a figure)."""
    precision, recall, wrong = measure(lang)
    assert precision >= 0.9 and recall >= 0.9, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_tuning_splits_stay_above_0_9(lang):
    """bench/claims train and dev, which the patterns were tuned on: a regression test of
    the tuning, not the published figure (that is the test split's)."""
    results = [evaluate.evaluate(lang, split, keep_errors=True) for split in ("train", "dev")]
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    errors = [line for r in results for line in r.errors
              if "missed" in line or "false alarm" in line]
    print(f"hype gate [{lang}] train+dev: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9, "\n".join(errors)


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_test_split_figures_are_printed(lang, capsys):
    """The README's figures: the test split, measured, never shown sentence by sentence."""
    result = evaluate.evaluate(lang, "test")
    assert result.size >= 150 and not result.errors
    with capsys.disabled():
        print("\n" + evaluate.report(result))


def test_evaluate_refuses_to_show_test_errors(capsys):
    with pytest.raises(SystemExit) as exit_:
        evaluate.main(["--split", "test", "--show-errors"])
    assert exit_.value.code == 2
    with pytest.raises(ValueError):
        evaluate.evaluate("en", "test", keep_errors=True)
    assert evaluate.main(["--split", "dev", "--lang", "en"]) == 0
    assert "binary  precision" in capsys.readouterr().out


@pytest.mark.parametrize("sentence, lang, kind", [
    ("Dr Lee says exosomes cure arthritis.", "en", "benefit"),  # the clinic's own voice
    ("If treated early, exosomes cure arthritis.", "en", "benefit"),  # a conditional
    ('Our 2" vials: side effects are extremely rare.', "en", "safety"),  # a stray inch mark
    ("院長表示，外泌體療程沒有任何副作用。", "zh-TW", "safety"),
    ("「無副作用」是我們對每位顧客的承諾。", "zh-TW", "safety"),
    ("如果你的膝蓋常痛，幹細胞就能讓你不用開刀。", "zh-TW", "benefit"),
    ("Zero downtime.", "en", "safety"),
    ("FDA-registered facility, so every vial is safe.", "en", "approval"),
    ("產品具美國FDA 510(k)許可，安全性有保證。", "zh-TW", "approval"),
    ("Side effects are minimal compared with surgery.", "en", "comparison"),
    ("明星藝人都在打。", "zh-TW", "social_proof"),
    ("特別適合熬夜族使用。", "zh-TW", "suitability"),
    ("Book now and get your first facial for $199.", "en", "promotion"),
])
def test_claims_name_their_kind(sentence, lang, kind):
    found = claims(sentence, lang)
    assert sentence_kind(found) == kind, found
    assert all(f"({c.kind}): {c.phrase!r}" in message(c) for c in found)


@pytest.mark.parametrize("sentence, lang", [
    ("A registered trial is safer than a paid treatment.", "en"),  # advice
    ('Adverts say they "cure ageing".', "en"),  # reported, in scare quotes
    ("Exosomes may help wounds heal, but this is not proven.", "en"),  # hedged
    ("No large trial (Phase III) has shown that exosomes repair any organ.", "en"),
    ("還沒有大型試驗證明，外泌體能修復任何器官或組織。", "zh-TW"),
    ("外泌體能幫忙對抗癌症嗎？", "zh-TW"),  # a question
    ("「比幹細胞更安全」是廣告用語，不是研究結果。", "zh-TW"),  # refuted
])
def test_distanced_phrases_are_no_claims(sentence, lang):
    assert claims(sentence, lang) == []


def check(root: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["--root", str(root), "check", "--format", "json",
                                      "--today", "2026-11-21"], catch_exceptions=False)
    return json.loads(result.stdout)["findings"]


def test_the_clinics_configured_texts_are_checked(project):
    config = project / "handout.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text('clinic = "Glow Clinic: zero downtime"\ncontact = "Call us today"\n'
                      + text.replace('funding = { en = "No funding."',
                                     'funding = { en = "Trusted by celebrities."'),
                      encoding="utf-8")
    found = {(f["rule"], f["path"], f["line"]) for f in check(project)}
    assert {("HYP001", "handout.toml", 1), ("HYP005", "handout.toml", 2),
            ("HYP007", "handout.toml", 6)} <= found
    messages = [f["message"] for f in check(project) if f["path"] == "handout.toml"]
    assert "clinic: claims rare or no side effects, risk or downtime (safety): " \
           "'zero downtime'" in messages
    assert len(messages) == 3  # a plain text is checked in every language, reported once
