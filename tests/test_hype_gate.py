"""render, build and list refuse a handout that makes a claim the hype patterns find
(issue 11: the gate keeps a clinic's edit from turning a handout into an advert)."""

from __future__ import annotations

import json

from conftest import output_files


def test_render_refuses_a_claim_and_writes_nothing(run, project):
    what = project / "content" / "en" / "what.md"
    what.write_text(what.read_text(encoding="utf-8").replace(
        "You cannot see them.", "They cure arthritis."), encoding="utf-8")
    result = run("render", "basics", "--lang", "en")
    assert result.exit_code == 1
    assert "content/en/what.md:9: error HYP002: claims a benefit or cure" in result.output
    assert output_files(project) == []
    rows = json.loads(run("list", "--json").output)["handouts"]
    assert [(r["lang"], r["ok"]) for r in rows] == [("en", False), ("zh-TW", True)]


def test_a_claim_kept_with_a_reason_prints(run, project):
    what = project / "content" / "en" / "what.md"
    what.write_text(what.read_text(encoding="utf-8").replace(
        "You cannot see them.", "You cannot see them.\n\n[//]: # (hype-ok: kept for a "
        "reason)\nThey cure arthritis."), encoding="utf-8")
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "They cure arthritis." in result.output


def test_a_hyped_title_is_refused_at_its_line(run, project):
    titles = project / "content" / "zh-TW" / "topics.yaml"
    titles.write_text(titles.read_text(encoding="utf-8").replace(
        "title: ", "title: 無副作用的", 1), encoding="utf-8")
    result = run("render", "basics", "--lang", "zh-TW", "-f", "html", "-o", "-")
    assert result.exit_code == 1
    assert "content/zh-TW/topics.yaml:2: error HYP001" in result.output
