"""Every rule, tested from its own declaration (generator/check/*.py, gathered in rules.py).

Each rule carries a triggering edit of the fixture project and a near-miss. The trigger
must report the rule at the file and line its declaration names, in the fixture as it is
and with every block's front-matter fields in reverse order (so a rule that reports a
fixed line instead of its field's is caught); the near-miss must not report it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURE, REPO

from generator.check.registry import Case
from generator.check.rules import RULES, table
from generator.cli import cli

TODAY = "2026-11-21"
# What each trigger's finding says, word for word: a change of wording is a change to
# review. HANDOUT_UPDATE_GOLDEN=1 rewrites the file from the current code.
GOLDEN = Path(__file__).parent / "data" / "rule_findings.json"
UPDATE = os.environ.get("HANDOUT_UPDATE_GOLDEN") == "1"


def check(root: Path, *args: str) -> tuple[int, list[dict]]:
    """`handout check` of the project; a case's `--library {bundle}` puts a copy of the
    unedited fixture beneath it (the overlay rules)."""
    group = []
    if "--library" in args:
        bundle = root.parent / "bundle"
        if not bundle.exists():
            shutil.copytree(FIXTURE, bundle)
            shutil.copytree(REPO / "templates", bundle / "templates")
        at = args.index("--library")
        group, args = ["--library", str(bundle)], args[:at] + args[at + 2:]
    result = CliRunner().invoke(cli, ["--root", str(root), *group, "check", "--format",
                                      "json", "--today", TODAY, *args],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)["findings"]


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")


def apply(root: Path, case: Case) -> None:
    for edit in case.edits:
        path = root / edit.file
        if edit.old == "":
            path.parent.mkdir(parents=True, exist_ok=True)
            text = edit.new
        else:
            text = read(path)
            assert edit.old in text, f"{edit.old!r} not in {edit.file}"
            text = text.replace(edit.old, edit.new, 1)
        path.write_bytes(text.encode("utf-8", "surrogateescape"))


def reverse_front_matter(root: Path) -> None:
    for path in sorted((root / "content").glob("*/*.md")):
        lines = read(path).split("\n")
        end = lines.index("---", 1)
        lines[1:end] = reversed(lines[1:end])
        path.write_text("\n".join(lines), encoding="utf-8")


def expected_line(root: Path, file: str, anchor: str | int | None) -> int | None:
    if anchor is None or isinstance(anchor, int):
        return anchor
    lines = read(root / file).split("\n")
    return next(n for n, line in enumerate(lines, 1) if anchor in line)


def test_the_fixture_passes_strict(project):
    code, findings = check(project, "--strict")
    assert (code, findings) == (0, [])


@pytest.mark.parametrize("order", ["as written", "fields reversed"])
@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_fires_at_its_place(project, rule_id, order):
    rule = RULES[rule_id]
    assert rule.trigger.at is not None, f"{rule_id} declares no place"
    if order == "fields reversed":
        reverse_front_matter(project)
    apply(project, rule.trigger)
    code, findings = check(project, "--strict", *rule.trigger.args)
    file, anchor = rule.trigger.at
    line = expected_line(project, file, anchor)
    hits = [f for f in findings if f["rule"] == rule_id]
    assert hits, f"{rule_id} not reported; got {[(f['rule'], f['message']) for f in findings]}"
    here = [f for f in hits if f["path"] == file and f["line"] == line]
    assert here, f"expected {file}:{line}; got {[(f['path'], f['line']) for f in hits]}"
    assert all(f["hint"] for f in hits)
    assert code == 1
    said = {"message": here[0]["message"], "hint": here[0]["hint"]}
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    if UPDATE and order == "as written":
        golden[rule_id] = said
        GOLDEN.write_text(json.dumps(dict(sorted(golden.items())), ensure_ascii=False,
                                     indent=1) + "\n", encoding="utf-8")
    assert golden.get(rule_id) == said, f"{rule_id} now says {said}"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_stays_quiet_on_its_near_miss(project, rule_id):
    apply(project, RULES[rule_id].near_miss)
    _, findings = check(project, *RULES[rule_id].near_miss.args)
    assert not [f for f in findings if f["rule"] == rule_id], findings


def test_the_readme_rule_table_is_the_generated_one():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert table() in readme, "run `handout check --rules` and paste it into the README"
    assert CliRunner().invoke(cli, ["check", "--rules"]).output.strip() == table()
