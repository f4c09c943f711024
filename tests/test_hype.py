"""The hype gate: measured on the claims corpus (bench/claims), kept on its old labelled
set, and run on every printed text.

Published figures come only from bench/claims/holdout3, the held-out measure, printed by
`bench/claims/evaluate.py` (and by test_the_held_out_measure_is_printed below);
the patterns were tuned on the first corpus's train and dev, which
test_tuning_splits_stay_above_0_9 guards, and the model trained on every other set.
tests/data/hype_labelled.yaml is the older, hand-made set the first lexicon was
tuned on: a regression check, never a published figure.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO

from generator.check.hype import (
    MODEL_DIR,
    ORDER,
    Model,
    check_hype,
    claims,
    hype_model,
    lexicon,
    message,
    sentence_kind,
)
from generator.cli import cli
from generator.library import load_library

LABELLED = yaml.safe_load(
    (Path(__file__).parent / "data" / "hype_labelled.yaml").read_text(encoding="utf-8"))
_spec = importlib.util.spec_from_file_location("evaluate",
                                               REPO / "bench" / "claims" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
sys.modules["evaluate"] = evaluate  # its dataclasses look their module up
_spec.loader.exec_module(evaluate)  # type: ignore[union-attr]
_spec = importlib.util.spec_from_file_location("train_model",
                                               REPO / "bench" / "claims" / "train_model.py")
train_model = importlib.util.module_from_spec(_spec)
sys.modules["train_model"] = train_model
_spec.loader.exec_module(train_model)  # type: ignore[union-attr]


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
def test_the_held_out_measure_is_printed(lang, capsys):
    """The README's figures: bench/claims/holdout3, measured, never shown sentence by
    sentence, never read by the training (train_model.corpus)."""
    result = evaluate.evaluate(lang, "holdout3")
    assert result.size >= 250 and not result.errors
    assert not any(s.group.startswith(("h3-", "h4-")) for s in train_model.corpus(lang))
    assert train_model.sets.RESERVED not in train_model.sets.FILES  # holdout4: unread
    with capsys.disabled():
        print("\n" + evaluate.report(result))


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_staged_sets_are_read_only_when_asked(lang):
    """train4 (sets.STAGED) was gathered after the shipped weights were trained: `cv` and
    `write` leave it out, `dev --staged` reads all of it, and it is not the measure."""
    staged = train_model.sets.records(lang, "train4")
    assert len(staged) >= 900 and "train4" in train_model.sets.STAGED
    assert "train4" not in train_model.sets.TRAINING and train_model.sets.MEASURE != "train4"
    assert not any(s.group.startswith("t4-") for s in train_model.corpus(lang))
    grouped = [s for s in train_model.corpus(lang, staged=True) if s.group.startswith("t4-")]
    assert len(grouped) == len(staged)


def _hosts(folder: str) -> set[str]:
    """The sites a set's pages came from: only the `origin` field is read."""
    found = set()
    for path in (REPO / "bench" / "claims" / folder).glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            origin = json.loads(line).get("origin")
            if origin:
                found.add(urlsplit(origin).hostname.removeprefix("www."))
    return found


def test_held_out_sites_are_apart_from_the_training_sites():
    """The host partitions the held-out READMEs describe: holdout3's sites are none of
    train2's and train3's; holdout4's are none of any other set's."""
    assert _hosts("holdout3") and _hosts("holdout4")
    assert not _hosts("holdout3") & (_hosts("train2") | _hosts("train3"))
    others = set().union(*(_hosts(f) for f in ("raw", "holdout2", "holdout3", "train2",
                                              "train3")))
    assert not _hosts("holdout4") & others


def test_evaluate_refuses_to_show_the_measure(capsys):
    with pytest.raises(SystemExit) as exit_:
        evaluate.main(["--show-errors"])
    assert exit_.value.code == 2
    with pytest.raises(ValueError):
        evaluate.evaluate("en", "holdout3", keep_errors=True)
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
    ("痘疤、毛孔粗大、膚色不均困擾者適用。", "zh-TW", "suitability"),  # 不均 negates nothing
    ("不必動刀，外泌體讓肌膚重返年輕。", "zh-TW", "benefit"),  # nor does 不必
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
    ("Exosome Repair Serum: the claims outpace the evidence.", "en"),
    ("A celebrity's use shows that a treatment is fashionable, not that it is effective.", "en"),
    ("Being told a treatment is 'FDA-registered' is not the same as it being FDA-approved.",
     "en"),
    ("Stem cells from animal placenta cannot regenerate human tissue.", "en"),
    ("把PRP注射到受損組織，可望加速癒合、減輕疼痛。", "zh-TW"),  # hedged
    ("某診所主打「逆齡」「童顏」等字眼明顯誇大。", "zh-TW"),
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


# The trained model (HYP011). Its cross-validated figures are printed by
# bench/claims/train_model.py cv, not asserted here; these sentences are hand-written for
# the tests, in no split of bench/claims.
@pytest.mark.parametrize("key", ["en", "zh-TW"])
def test_the_model_ships_with_the_package_and_is_deterministic(key):
    import generator.check

    path = Path(generator.check.__file__).parent / "hype_model" / f"{key}.json"
    assert MODEL_DIR / f"{key}.json" == path and path.stat().st_size < 3_500_000
    model = hype_model(key)
    assert model is hype_model(key)  # loaded once
    fresh = Model.from_data(json.loads(path.read_text(encoding="utf-8")))
    sentence = "外泌體讓頭髮重新長回來。" if key == "zh-TW" else "Your skin will glow for months."
    assert fresh.read(sentence) == model.read(sentence)
    assert fresh.claim(sentence, lexicon(key), []) == model.claim(sentence, lexicon(key), [])


def test_training_is_deterministic():
    samples = [train_model.Sample(text, label, "g", True) for text, label in (
        ("Zero downtime, guaranteed.", "safety"), ("Book today for $99.", "promotion"),
        ("Exosomes are made by cells.", "none"), ("It rebuilds your skin.", "benefit"),
        ("No trial has shown that.", "none"))]
    setting = train_model.Setting((3, 5), True, epochs=3, cues=True)
    first = train_model.train(samples, setting, "en")
    assert first == train_model.train(list(samples), setting, "en")
    written = json.dumps(first)
    assert written.count('"c:') > 20 and '"k:safety:free"' in written
    assert first["cues"] == "en"


@pytest.mark.parametrize("sentence, lang", [
    ("Your skin will glow for months after a single session.", "en"),
    ("Side effects are practically unheard of with our exosome facial.", "en"),
    ("Our clients notice firmer skin within days.", "en"),
    ("肌膚一次就能回到少女般的光澤。", "zh-TW"),
    ("外泌體讓頭髮重新長回來。", "zh-TW"),
])
def test_the_model_reads_paraphrased_claims_the_patterns_miss(sentence, lang):
    assert claims(sentence, lang, "patterns") == []
    found = claims(sentence, lang)
    assert [c.rule for c in found] == ["HYP011"] and found[0].kind in ORDER
    assert found[0].phrase and all(part in sentence for part in found[0].phrase.split(" … "))
    assert message(found[0]).startswith("the model reads a claim the patterns do not name (")


@pytest.mark.parametrize("sentence, lang", [
    ("It does not leave you glowing for months.", "en"),
    ("Nobody has shown that your skin will glow for months.", "en"),
    ("Clinics claim your skin will glow for months.", "en"),  # reported: the gate
    ("肌膚不會一次就回到少女般的光澤。", "zh-TW"),
    ("沒有證據顯示外泌體讓頭髮重新長回來。", "zh-TW"),
    ("外泌體可能讓頭髮重新長回來。", "zh-TW"),  # hedged: the gate
])
def test_the_model_passes_negated_hedged_and_reported_claims(sentence, lang):
    assert claims(sentence, lang) == []


def test_the_model_is_silenced_like_the_patterns(project):
    path = project / "content" / "en" / "what.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("You cannot see them.", "Side effects are practically "
                                 "unheard of.").replace(
        "Exosomes are", "[//]: # (hype-ok: quotes an advert)\nExosomes are", 1),
        encoding="utf-8")
    block = load_library(project).blocks[("en", "what")]
    found = [p for p in check_hype(block) if p.rule == "HYP011"]
    assert [(p.severity, p.note) for p in found] == [("silenced", "quotes an advert")]
    path.write_text(text.replace("You cannot see them.", "Side effects are practically "
                                 "unheard of."), encoding="utf-8")
    assert [(f["rule"], f["severity"]) for f in check(project)
            if f["rule"].startswith("HYP")] == [("HYP011", "warning")]
