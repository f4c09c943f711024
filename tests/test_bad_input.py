"""Every way the readers refuse input, each case's findings compared word for word with
tests/data/bad_input_findings.json: file, line, rule, message and hint. A change of any of
them is a change to review (HANDOUT_UPDATE_GOLDEN=1 rewrites the file)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

GOLDEN = Path(__file__).parent / "data" / "bad_input_findings.json"
UPDATE = os.environ.get("HANDOUT_UPDATE_GOLDEN") == "1"
SOURCES, TOML, MANIFEST = "content/sources.yaml", "handout.toml", "content/topics.yaml"
EN_TEXTS, WHAT = "content/en/topics.yaml", "content/en/what.md"
S2 = ('s2:\n  organisation: "U.S. Food and Drug Administration"\n  title: "Public Safety '
      'Notification on Exosome Products"\n  year: 2019\n  url: "https://www.fda.gov/"\n'
      '  accessed: 2026-11-21\n')

CASES = {
    # name: [(file, old, new)]; old "" replaces the whole file, new None deletes it
    "bibliography is a list": [(SOURCES, "", "- s1\n- s2\n")],
    "source entry is text": [(SOURCES, S2, "s2: the FDA notice\n")],
    "source field unknown and empty": [(SOURCES, "  year: 2019", '  year: 2019\n  pages: 3\n'
                                                                '  container: ""')],
    "source with authors and organisation, no title": [
        (SOURCES, '  title: "Public Safety Notification on Exosome Products"\n',
         '  authors: "Someone"\n')],
    "source year and accessed wrong": [(SOURCES, "  year: 2019", '  year: "2019a"'),
                                       (SOURCES, "  accessed: 2026-11-21\ns2", "s2")],
    "source without a locator": [(SOURCES, '  url: "https://www.fda.gov/"\n', "")],
    "bibliography missing": [(SOURCES, "", None)],
    "toml invalid": [(TOML, "", 'paper = "A4\n')],
    "toml wrong types and a missing logo": [(TOML, "", 'paper = 4\nlogo = "nope.png"\n'
                                                      'clinic = ["A"]\nuse_bundled = false\n')],
    "toml logo of another kind": [(TOML, "", 'logo = "logo.gif"\nuse_bundled = false\n'),
                                  ("logo.gif", "", "GIF")],
    "toml not utf-8": [(TOML, "", "clinic = \"\udce9\"\n")],
    "manifest is a list": [(MANIFEST, "", "- basics\n")],
    "manifest entry wrong": [(MANIFEST, "", "basics:\n  blocks: [what]\n  title: x\n"
                                            "other: [what]\nthird:\n  blocks: []\n")],
    "manifest lists a block twice": [(MANIFEST, "[what, studies,", "[what, what, studies,")],
    "manifest missing": [(MANIFEST, "", None)],
    "titles wrong": [(EN_TEXTS, "", 'basics:\n  title: ""\n  purpose: "P"\n  extra: 1\n')],
    "titles not a mapping": [(EN_TEXTS, "", "basics: just text\n")],
    "titles missing": [(EN_TEXTS, "", None)],
    "block without front matter": [(WHAT, "", "Exosomes are tiny.\n")],
    "block front matter not closed": [(WHAT, "\n---\nExosomes", "\nExosomes")],
    "block front matter a list": [(WHAT, "", "---\n- kind\n---\nBody.\n")],
    "block fields wrong": [(WHAT, "kind: overview", "kind: overveiw"),
                           (WHAT, "title: What they are", 'title: ""'),
                           (WHAT, "sources: [s1]", "sources: s1"),
                           (WHAT, "next_review: 2027-05-01", "next_review: 2026-10-01")],
    "translation fingerprint a number": [("content/zh-TW/what.md", "02ec7bd4a698", "123")],
    "yaml with a tab, a duplicate key": [(WHAT, "kind: overview", "kind: overview\nkind: x"),
                                         (SOURCES, "  year: 2021", "\tyear: 2021")],
    "ledger not a list": [("content/ledger/en/law.yaml", "", "claim: x\n")],
    "ledger entries wrong": [("content/ledger/en/law.yaml", "", '- claim: ""\n  source: s2\n'
                              '  checked: 2026-11-01\n  author: me\n- "just text"\n'
                              '- claim: "No exosome"\n  source: s2\n  where: "p. 1"\n'
                              '  checked: 2026-11-01\n  second: {reviewer: R, date: '
                              '2026-11-02, verdict: maybe}\n')],
    "ledger of no block": [("content/ledger/en/nothing.yaml", "", "[]\n")],
    "a language babel does not know": [("content/xx/topics.yaml", "", "basics: {}\n")],
}


def apply(root: Path, edits) -> None:
    for name, old, new in edits:
        path = root / name
        if new is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_bytes().decode("utf-8", "surrogateescape") if old else ""
        assert not old or old in text, (name, old)
        text = text.replace(old, new, 1) if old else new
        path.write_bytes(text.encode("utf-8", "surrogateescape"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gives_exactly_these_findings(project, name):
    apply(project, CASES[name])
    result = CliRunner().invoke(cli, ["--root", str(project), "check", "--format", "json",
                                      "--today", "2026-11-21"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    said = [{k: f[k] for k in ("path", "line", "rule", "message", "hint")}
            for f in json.loads(result.stdout)["findings"] if f["severity"] == "error"]
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    if UPDATE:
        golden[name] = said
        GOLDEN.write_text(json.dumps(dict(sorted(golden.items())), ensure_ascii=False,
                                     indent=1) + "\n", encoding="utf-8")
    assert said == golden.get(name)
    assert "Traceback" not in result.output
