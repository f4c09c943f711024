"""`handout check`: each rule has a fixture that triggers it and one that must not.

The base fixture (tests/fixtures/balanced) is a complete, balanced two-language topic that
passes --strict; each case below changes one thing and expects one rule at one place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from generator.cli import cli


@pytest.fixture
def root(project: Path) -> Path:
    """The balanced fixture project (conftest's `project`)."""
    return project


def check(root: Path, *args: str) -> tuple[int, list[dict], dict]:
    result = CliRunner().invoke(cli, ["--root", str(root), "check", "--format", "json",
                                      "--today", "2026-11-21", *args],
                                catch_exceptions=False)
    data = json.loads(result.stdout)
    return result.exit_code, data["findings"], data["summary"]


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_balanced_fixture_passes_strict(root):
    code, findings, summary = check(root, "--strict")
    assert findings == [] and code == 0
    assert summary == {"errors": 0, "warnings": 0, "silenced": 0, "strict": True}


EN, ZH = "content/en/", "content/zh-TW/"
CASES = {
    # rule: (file, old, new, expected path, expected line or None)
    "FIL002": ("content/en/what.md", "---\nkind", "\ufeff---\nkind", EN + "what.md", 1),
    "FIL003": ("content/en/what.md", "kind: overview\n", "kind: overview\r\n", EN + "what.md", 2),
    "FIL004": ("content/sources.yaml", "  year: 2019", "\tyear: 2019", "content/sources.yaml", 11),
    "STR001": ("content/en/what.md", "title: What they are", "title: [What", EN + "what.md", None),
    "STR002": ("content/en/what.md", "reviewer: Test reviewer\n", "", EN + "what.md", 1),
    "STR003": ("content/en/what.md", "reviewed: 2026-11-01", "reviewed: soon", EN + "what.md", 5),
    "STR004": ("content/en/what.md", "kind: overview", "kind: overview\nauthor: me", EN + "what.md", 3),
    "STR005": ("content/topics.yaml", "help]", "help, extra]", "content/topics.yaml", 2),
    "STR006": ("content/zh-TW/law.md", "sources: [s2]", "sources: [s3]", ZH + "law.md", 4),
    "STR008": ("content/sources.yaml", "s2:\n", "s1:\n", "content/sources.yaml", 8),
    "STR009": ("content/zh-TW/what.md", "kind: overview", "kind: summary", ZH + "what.md", 2),
    "STR010": ("content/zh-TW/topics.yaml", "basics:", "other:", ZH + "topics.yaml", None),
    "STR011": ("content/en/help.md", "Ask your", "## Help\n\nAsk your", EN + "help.md", 9),
    "BAL002": ("content/en/studies.md", "7 days.", "7 days." + " It was a careful study"
               " of people who were given one dose and followed by doctors." * 8,
               "content/topics.yaml", 1),
    "BAL003": ("content/en/risks.md", "about 18 in 100 makers (18%)", "18% of makers",
               EN + "risks.md", 9),
    "BAL004": ("content/en/options.md", "- Wait and do nothing for now.\n", "",
               EN + "options.md", 2),
    "BAL005": ("content/en/law.md", "sources: [s2]", "sources: []", EN + "law.md", 4),
    "BAL006": ("content/en/help.md", "Ask your doctor or pharmacist.",
               "\n".join(f"- Option {n}" for n in range(8)), EN + "help.md", 9),
    "HYP001": ("content/zh-TW/what.md", "您用肉眼看不到它們。", "外泌體無副作用。", ZH + "what.md", 10),
    "HYP002": ("content/en/what.md", "You cannot see them.", "They cure arthritis.", EN + "what.md", 9),
    "HYP003": ("content/zh-TW/what.md", "您用肉眼看不到它們。",
               "由於來自您自身的細胞，幾乎不會有排斥反應。", ZH + "what.md", 10),
    "HYP004": ("content/zh-TW/what.md", "您用肉眼看不到它們。", "外泌體疫苗效力不亞於mRNA疫苗。",
               ZH + "what.md", 10),
    "HYP005": ("content/zh-TW/help.md", "請問您的醫師或藥師。", "立即諮詢我們的醫師！", ZH + "help.md", 10),
    "HYP006": ("content/en/what.md", "You cannot see them.", "It is clinically proven.",
               EN + "what.md", 9),
    "HYP010": ("content/en/what.md", "Exosomes are", "[//]: # (hype-ok)\nExosomes are",
               EN + "what.md", 10),
    "PRV001": ("content/en/what.md", "next_review: 2027-05-01", "next_review: 2026-11-02",
               EN + "what.md", None),
    "PRV002": ("handout.toml", 'reviewer = "Test reviewer"\n', "", "handout.toml", None),
    "TRN002": ("content/en/what.md", "You cannot see them.", "You cannot see them at all.",
               ZH + "what.md", 2),
    "TRN003": ("content/zh-TW/studies.md", "給24人", "給42人", ZH + "studies.md", 10),
    "TRN004": ("content/zh-TW/studies.md", "NCT04313647", "NCT04313674", ZH + "studies.md", 10),
    "TRN005": ("content/en/studies.md", "7 days.", "7 days (doi 10.1002/jev2.12404).",
               ZH + "studies.md", None),
    "TRN007": ("content/zh-TW/what.md", "您用肉眼看不到它們。", "您用肉眼看不到这些。", ZH + "what.md", 10),
    "RDB001": ("content/en/help.md", "Ask your doctor or pharmacist.",
               "Notwithstanding institutional pharmacovigilance considerations, "
               "individualised multidisciplinary consultation regarding investigational "
               "biological preparations remains fundamentally indispensable.", EN + "help.md", 2),
    "RDB004": ("content/zh-TW/help.md", "請問您的醫師或藥師。",
               "如果您在接受任何治療之後出現發燒畏寒注射部位紅腫熱痛或是其他讓您覺得不舒服而且持續好幾天都沒有改善的"
               "症狀請儘快回到原來的醫療院所或是前往急診就醫。", ZH + "help.md", 10),
    "RDB005": ("content/zh-TW/help.md", "請問您的醫師或藥師。", "請問您的醫師或藥師。犇淼焱龘靐麤。",
               ZH + "help.md", 2),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_triggers_at_its_place(root, rule):
    name, old, new, where, line = CASES[rule]
    edit(root, name, old, new)
    code, findings, _ = check(root, "--strict")
    hits = [f for f in findings if f["rule"] == rule]
    assert hits, f"{rule} not reported; got {[(f['rule'], f['message']) for f in findings]}"
    assert any(f["path"] == where and (line is None or f["line"] == line) for f in hits), hits
    assert all(f["hint"] for f in hits)
    assert code == 1


NOT_CASES = {
    # rule: (file, old, new): text close to the rule's target that must not trigger it
    "HYP001": ("content/zh-TW/what.md", "您用肉眼看不到它們。", "並非沒有副作用。"),
    "HYP001-en": ("content/en/what.md", "You cannot see them.",
                  "There is no proof that they have no side effects."),
    "HYP001-reported": ("content/zh-TW/what.md", "您用肉眼看不到它們。",
                        "有些廣告說「沒有副作用」，這並不正確。"),
    "HYP002": ("content/en/what.md", "You cannot see them.", "There is no cure."),
    "BAL003": ("content/en/risks.md", "(18%)", "(18 percent, or 18 in 100)"),
    "TRN003": ("content/en/studies.md", "within 7 days", "within seven days"),
    "FIL003": ("content/en/what.md", "kind: overview\n", "kind: overview\n"),
}


@pytest.mark.parametrize("case", sorted(NOT_CASES))
def test_rule_stays_quiet_on_near_misses(root, case):
    name, old, new = NOT_CASES[case]
    edit(root, name, old, new)
    if case == "TRN003":  # the same change in both languages keeps them in step
        edit(root, "content/zh-TW/studies.md", "7天內", "七天內")
        CliRunner().invoke(cli, ["--root", str(root), "check", "--fix-hashes"])
    rule = case.split("-")[0]
    _, findings, _ = check(root)
    assert not [f for f in findings if f["rule"] == rule], findings


def test_silenced_hype_needs_and_shows_its_reason(root):
    edit(root, "content/en/what.md", "Exosomes are", "[//]: # (hype-ok: quotes an advert to "
         "correct it)\nSome adverts promise a cure. Exosomes are")
    edit(root, "content/en/what.md", "Some adverts promise a cure.", "It cures ageing.")
    code, findings, summary = check(root)
    assert code == 0 and summary["silenced"] == 1
    verbose = CliRunner().invoke(cli, ["--root", str(root), "-v", "check", "--today",
                                       "2026-11-21"])
    assert "kept because: quotes an advert to correct it" in verbose.output


def test_enormous_file_and_hype_in_a_purpose_line(root):
    (root / "content/en/what.md").write_text("---\n" + "x" * 1_100_000)
    edit(root, "content/zh-TW/topics.yaml", "這份單張幫助您了解外泌體治療。", "外泌體保證有效，立即預約！")
    _, findings, _ = check(root)
    rules = {(f["rule"], f["path"]) for f in findings}
    assert ("FIL006", EN + "what.md") in rules
    assert ("HYP002", ZH + "topics.yaml") in rules and ("HYP005", ZH + "topics.yaml") in rules


def test_missing_blocks_and_structure(root):
    edit(root, "content/topics.yaml", "unknowns, ", "")
    code, findings, _ = check(root)
    assert any(f["rule"] == "BAL001" and "'unknowns'" in f["message"] for f in findings)
    assert any(f["rule"] == "STR012" and f["path"] == EN + "unknowns.md" for f in findings)


def test_unused_source_is_reported(root):
    edit(root, "content/sources.yaml", "s2:\n", "s3:\n  organisation: \"X\"\n  title: \"Y\"\n"
         "  year: 2020\n  url: \"https://example.org/\"\n  accessed: 2026-11-21\ns2:\n")
    _, findings, _ = check(root)
    assert [f["line"] for f in findings if f["rule"] == "STR007"] == [8]


def test_not_utf8_names_big5_and_empty_and_missing_hash(root):
    (root / "content/zh-TW/what.md").write_bytes("---\nkind: 概要\n---\n".encode("big5"))
    (root / "content/zh-TW/help.md").write_text("")
    edit(root, "content/zh-TW/law.md", "translated_from", "old_field")
    _, findings, _ = check(root)
    rules = {f["rule"]: f for f in findings}
    assert "Big5" in rules["FIL001"]["hint"] and rules["FIL001"]["line"] == 2
    assert rules["FIL005"]["path"] == ZH + "help.md"
    assert rules["STR004"]["path"] == ZH + "law.md"


def test_stale_translation_shows_the_source_diff(root):
    import subprocess

    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=root, check=True)
    edit(root, "content/en/what.md", "You cannot see them.", "You cannot see them at all.")
    _, findings, _ = check(root)
    stale = next(f for f in findings if f["rule"] == "TRN002")
    assert "-Exosomes are tiny bubbles that cells release. You cannot see them." in stale["hint"]
    assert "+Exosomes are tiny bubbles that cells release. You cannot see them at all." in \
        stale["hint"]
    CliRunner().invoke(cli, ["--root", str(root), "check", "--fix-hashes"])
    _, findings, _ = check(root)
    assert not [f for f in findings if f["rule"] == "TRN002"]


def test_overdue_review_is_a_warning_and_an_error_with_strict(root):
    edit(root, "content/en/what.md", "next_review: 2027-05-01", "next_review: 2026-11-02")
    code, findings, _ = check(root)
    assert code == 0 and [f["severity"] for f in findings if f["rule"] == "PRV001"] == ["warning"]
    code, findings, _ = check(root, "--strict")
    assert code == 1 and [f["severity"] for f in findings if f["rule"] == "PRV001"] == ["error"]


def test_json_schema(root):
    edit(root, "content/en/what.md", "You cannot see them.", "They cure arthritis.")
    result = CliRunner().invoke(cli, ["--root", str(root), "check", "--format", "json",
                                      "--report", "--today", "2026-11-21"])
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary", "report"}
    assert set(data["summary"]) == {"errors", "warnings", "silenced", "strict"}
    for finding in data["findings"]:
        assert set(finding) == {"path", "line", "severity", "rule", "message", "hint", "reason"}
        assert finding["severity"] in ("error", "warning", "silenced")
    assert {row["lang"] for row in data["report"]} == {"en", "zh-TW"}
    assert {"grade", "words"} <= set(data["report"][0])


def test_topic_and_lang_filters(root):
    edit(root, "content/en/what.md", "You cannot see them.", "They cure arthritis.")
    _, findings, _ = check(root, "--lang", "zh-TW")
    assert not [f for f in findings if f["rule"] == "HYP002"]
    result = CliRunner().invoke(cli, ["--root", str(root), "check", "nope"])
    assert result.exit_code == 2


def test_rules_table_lists_every_rule():
    from generator.check.rules import RULES

    table = CliRunner().invoke(cli, ["--root", str(REPO), "check", "--rules"]).output
    for rule_id in RULES:
        assert f"| {rule_id} |" in table
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule_id in RULES:
        assert f"| {rule_id} |" in readme, f"{rule_id} is not documented in the README"


def test_bibliography_may_be_split_but_ids_stay_unique(root):
    (root / "content/sources").mkdir()
    (root / "content/sources/lung.yaml").write_text(
        's3:\n  organisation: "ISEV"\n  title: "Patient notice"\n  year: 2020\n'
        '  url: "https://www.isev.org/"\n  accessed: 2026-11-21\n'
        's1:\n  organisation: "Dup"\n  title: "Dup"\n  year: 2020\n'
        '  url: "https://example.org/"\n  accessed: 2026-11-21\n', encoding="utf-8")
    _, findings, _ = check(root)
    assert [(f["rule"], f["path"], f["line"]) for f in findings if f["rule"] == "STR008"] == [
        ("STR008", "content/sources/lung.yaml", 7)]
