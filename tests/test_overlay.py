"""A clinic's project over a library (issue 12): the fixture, unedited, is the library
beneath (`--library`); the clinic's project starts empty, as `handout init` makes it."""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import pdf_text

from generator.cli import cli
from generator.overrides import fingerprint

WHAT = "content/en/what.md"


@pytest.fixture
def library(project: Path) -> Path:
    """The unedited fixture, as the library beneath the clinic's project."""
    return project


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    root = tmp_path / "clinic"
    result = CliRunner().invoke(cli, ["-q", "init", str(root)])
    assert result.exit_code == 0, result.output
    return root


def handout(library: Path, root: Path | None, *args: str, cwd: Path | None = None):
    """`handout --library LIBRARY [--root ROOT] ARGS` (from `cwd`, if given)."""
    base = ["--library", str(library)] + (["--root", str(root)] if root else [])
    with contextlib.chdir(cwd or Path.cwd()):
        return CliRunner().invoke(cli, [*base, *args], catch_exceptions=False)


def listing(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_empty_project_prints_the_library_and_takes_its_reviewer(library, clinic):
    before = listing(library)
    result = handout(library, clinic, "render", "basics", "--lang", "en", "-o",
                     str(clinic / "h.pdf"))
    assert result.exit_code == 0, result.output
    text = "".join(pdf_text((clinic / "h.pdf").read_bytes()).split())
    assert "Whatexosomesare" in text and "Reviewedby:Testreviewer" in text
    assert "handouts.example.org" not in text  # the library's base_url is not lent
    assert listing(library) == before


def test_outside_any_project_the_library_alone_writes_only_output_here(library, tmp_path):
    here = tmp_path / "desk"
    here.mkdir()
    result = handout(library, None, "render", "basics", "--lang", "zh-TW", cwd=here)
    assert result.exit_code == 0, result.output
    made = [p.relative_to(here).as_posix() for p in here.rglob("*") if p.is_file()]
    assert made == ["output/zh-TW/basics.pdf"]
    described = json.loads(handout(library, None, "list", "--json", cwd=here).output)
    assert described["library"]["project"] is None
    assert described["library"]["library"] == str(library.resolve())


def test_a_project_file_replaces_the_library_file_and_topics_merge_by_id(library, clinic):
    (clinic / "content" / "en").mkdir(parents=True, exist_ok=True)
    mine = (library / WHAT).read_text(encoding="utf-8").replace(
        "You cannot see them.", "You cannot see them with your eyes.")
    (clinic / WHAT).write_text(mine, encoding="utf-8")
    (clinic / "content" / "topics.yaml").write_text(
        "short:\n  blocks: [what, studies, unknowns, law, risks, options, questions, help]\n",
        encoding="utf-8")
    for lang, title in (("en", "A short one"), ("zh-TW", "短的一份")):
        (clinic / "content" / lang).mkdir(exist_ok=True)
        (clinic / "content" / lang / "topics.yaml").write_text(
            f"short:\n  title: {title}\n  purpose: {title}.\n", encoding="utf-8")
    rows = json.loads(handout(library, clinic, "list", "--json").output)["handouts"]
    assert {(r["topic"], r["lang"]) for r in rows} == {
        (t, lang) for t in ("basics", "short") for lang in ("en", "zh-TW")}
    result = handout(library, clinic, "render", "basics", "--lang", "en", "-f", "html",
                     "-o", "-")
    assert "You cannot see them with your eyes." in result.output
    checked = json.loads(handout(library, clinic, "check", "--format", "json").output)
    assert [o["path"] for o in checked["overrides"]] == [WHAT]
    stale = [f for f in checked["findings"] if f["rule"] == "TRN002"]
    assert [Path(f["path"]).as_posix() for f in stale] == [
        (library / "content/zh-TW/what.md").as_posix()]
    assert "handout override content/zh-TW/what.md" in stale[0]["hint"]


def test_override_copies_records_diffs_and_accepts(library, clinic):
    result = handout(library, clinic, "override", WHAT)
    assert result.exit_code == 0, result.output
    assert (clinic / WHAT).read_bytes() == (library / WHAT).read_bytes()
    record = (clinic / "overrides.toml").read_text(encoding="utf-8")
    assert f'"{WHAT}" = "{fingerprint((library / WHAT).read_bytes())}"' in record
    again = handout(library, clinic, "override", WHAT)
    assert again.exit_code == 1 and "already has" in again.output
    (clinic / WHAT).write_text((clinic / WHAT).read_text(encoding="utf-8").replace(
        "You cannot see them.", "Too small to see."), encoding="utf-8")
    diff = handout(library, clinic, "override", "--diff", WHAT).output
    assert "-Exosomes are tiny bubbles that cells release. You cannot see them." in diff
    assert "+Exosomes are tiny bubbles that cells release. Too small to see." in diff
    findings = json.loads(handout(library, clinic, "check", "--format", "json").output)
    assert not [f for f in findings["findings"] if f["rule"].startswith("OVR")]
    # We correct the library's file: the clinic hears of it, then takes it.
    (library / WHAT).write_text((library / WHAT).read_text(encoding="utf-8").replace(
        "cells release.", "cells release into the body."), encoding="utf-8")
    findings = json.loads(handout(library, clinic, "check", "--format", "json").output)
    assert [f["rule"] for f in findings["findings"] if f["rule"].startswith("OVR")] == [
        "OVR001"]
    assert handout(library, clinic, "override", "--accept", WHAT).exit_code == 0
    findings = json.loads(handout(library, clinic, "check", "--format", "json").output)
    assert not [f for f in findings["findings"] if f["rule"].startswith("OVR")]


def test_override_refuses_what_is_not_a_library_file_and_outside_a_project(library,
                                                                            clinic, tmp_path):
    result = handout(library, clinic, "override", "content/en/wht.md")
    assert result.exit_code == 1 and "did you mean: content/en/what.md" in result.output
    assert not (clinic / "content/en/wht.md").exists()
    here = tmp_path / "desk"
    here.mkdir()
    outside = handout(library, None, "override", WHAT, cwd=here)
    assert outside.exit_code == 1 and "handout init" in outside.output


def test_fix_hashes_never_writes_the_library(library, clinic):
    handout(library, clinic, "override", WHAT)
    (clinic / WHAT).write_text((clinic / WHAT).read_text(encoding="utf-8").replace(
        "You cannot see them.", "Too small to see."), encoding="utf-8")
    before = listing(library)
    result = handout(library, clinic, "check", "--fix-hashes")
    assert listing(library) == before
    assert "TRN002" in result.output  # still stale: only an override can fix it


def test_use_bundled_false_reads_the_project_alone(library, tmp_path):
    alone = tmp_path / "alone"
    shutil.copytree(library, alone)
    assert "use_bundled = false" in (alone / "handout.toml").read_text(encoding="utf-8")
    (alone / "content" / "en" / "topics.yaml").unlink()
    rows = json.loads(handout(library, alone, "list", "--json").output)
    assert rows["library"]["library"] == str(alone)  # nothing beneath it
    assert not [r for r in rows["handouts"] if r["lang"] == "en" and r["ok"]]
