"""The commands around render: list, doctor, help, and the README's promises."""

from __future__ import annotations

import json
import re

from conftest import REPO


def test_list_shows_topics_by_language_with_titles(run):
    result = run("list")
    assert result.exit_code == 0, result.output
    assert re.search(r"basics\s+en\s+What exosomes are", result.output)
    assert re.search(r"basics\s+zh-TW\s+外泌體是什麼", result.output)


def test_list_json_reports_incomplete_translations(run, project):
    (project / "content/zh-TW/what.md").unlink()
    rows = json.loads(run("list", "--json").output)["handouts"]
    by_lang = {row["lang"]: row for row in rows}
    assert by_lang["en"]["ok"] and by_lang["en"]["title"] == "What exosomes are"
    assert not by_lang["zh-TW"]["ok"]
    assert "has no zh-TW translation" in by_lang["zh-TW"]["problems"][0]


def test_doctor_reports_fonts_and_subsetting_path(run):
    report = json.loads(run("doctor", "--json").output)
    assert report["font subsetting"].startswith("harfbuzz")
    assert any("NotoSansCJKtc-Bold" in line for line in report["fonts"])
    assert "system libharfbuzz-subset" in report
    assert not report["weasyprint import"].startswith("FAILED")


def test_help_teaches_with_examples(run):
    result = run("render", "--help")
    assert result.exit_code == 0
    assert "handout render what-are-exosomes --lang zh-TW" in result.output
    assert "--large-print" in result.output


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command in readme
