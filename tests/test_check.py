"""`handout check` as a whole: silencing, output, filters, severities, history.

Each rule's own trigger and near-miss are in tests/test_rules.py, generated from the
rules' declarations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

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
    assert set(data) == {"findings", "overrides", "summary", "report"}
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
