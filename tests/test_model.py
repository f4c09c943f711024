"""The content model: read once, every value located, nothing lost, nothing that crashes."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, output_files

from generator.library import load_library


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("key,value", [("2019", 2019), ("no", False), ("1.5", 1.5),
                                       ("null", None)])
def test_ids_that_yaml_reads_as_numbers_or_words_are_errors_at_their_line(run, project, key,
                                                                           value):
    edit(project / "content/sources.yaml", "s2:\n", f"{key}:\n")
    edit(project / "content/topics.yaml", "basics:", f"basics:\n  blocks: [what]\n{key}:\n"
         "  blocks: [what]\nbasics2:")
    result = run("check")
    assert result.exit_code == 1
    assert f"content/sources.yaml:8: error STR003: source id {value!r} must be" in result.output
    assert f"content/topics.yaml:3: error STR003: topic id {value!r} must be" in result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    result = run("render", "basics", "--lang", "en", "-f", "html")
    assert result.exit_code == 1 and "STR003" in result.output


@pytest.mark.parametrize("value", ["2026-11-21 10:00:00", "0000-01-01", "2026-13-01"])
def test_impossible_dates_and_datetimes_are_errors_not_crashes(run, project, value):
    edit(project / "content/en/what.md", "reviewed: 2026-11-01", f"reviewed: {value}")
    result = run("render", "basics", "--lang", "en", "-f", "html")
    assert result.exit_code == 1
    assert "content/en/what.md:5: error STR003:" in result.output
    assert output_files(project) == []


def test_yaml_aliases_are_refused(run, project):
    edit(project / "content/en/what.md", "sources: [s1]", "sources: &a [s1]\nx: *a")
    result = run("check")
    assert "content/en/what.md:4: error STR001: YAML anchors and aliases are not allowed" \
        in result.output


def test_keys_in_table_form_have_their_line(run, project):
    config = project / "handout.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'reviewer = "Test reviewer"\n', "") + '\n[reviewer]\nen = "A"\nzh_TW = "B"\n',
        encoding="utf-8")
    lines = config.read_text(encoding="utf-8").split("\n")
    line = lines.index('zh_TW = "B"') + 1
    result = run("check")
    assert f"handout.toml:{line}: error STR003: reviewer: 'zh_TW' is not a language" in \
        result.output


def test_a_changed_handout_toml_reaches_the_next_build(run, project):
    """The build used to keep the first configuration it read, and wrote the old clinic name
    under the new digest."""
    assert run("build").exit_code == 0
    page = project / "output/site/en/basics.html"
    edit(project / "handout.toml", 'reviewer = "Test reviewer"',
         'reviewer = "Test reviewer"\nclinic = "Harbour Clinic"')
    assert run("build").exit_code == 0
    assert "Harbour Clinic" in page.read_text(encoding="utf-8")


def test_each_input_file_is_read_once_per_command(project, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli

    opened: list[str] = []
    real = Path.open

    def counting(self, *args, **kwargs):
        if str(self).startswith(str(project)):
            opened.append(self.relative_to(project).as_posix())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting)
    result = CliRunner().invoke(cli, ["--root", str(project), "check", "--today",
                                      "2026-11-21"])
    assert result.exit_code == 0, result.output
    assert "content/en/what.md" in opened and "templates/handout.html" in opened
    assert sorted(opened) == sorted(set(opened)), "a file was read twice"


def test_two_processes_make_byte_identical_pdfs(project, tmp_path):
    def render(seed: str) -> bytes:
        out = tmp_path / f"{seed}.pdf"
        subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "render",
                        "basics", "--lang", "zh-TW", "-o", str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        return out.read_bytes()

    assert render("1") == render("2")


def test_the_library_keeps_a_line_for_every_field(project):
    library = load_library(project)
    block = library.block("en", "what")
    assert [block.line(k) for k in ("kind", "title", "sources", "reviewed")] == [2, 3, 4, 5]
    assert block.body.units[0].line == 9
    assert library.problems == ()


def test_the_import_graph_of_generator_has_no_cycles():
    graph: dict[str, set[str]] = {}
    for path in (REPO / "generator").rglob("*.py"):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(
            ".__init__")
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [f"{target}.{a.name}" for a in node.names]
                found |= {n for n in names if (REPO / (n.replace(".", "/") + ".py")).exists()}
                found.add(target)
        graph[module] = {t for t in found if t != module and t.startswith("generator")}
    seen: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        if seen.get(node) == 1:
            raise AssertionError("import cycle: " + " -> ".join([*stack, node]))
        if seen.get(node) == 2:
            return
        seen[node] = 1
        for target in sorted(graph.get(node, ())):
            # The CLI's command modules register themselves on the group: that is the one
            # loop allowed, inside generator.cli.
            if not (node.startswith("generator.cli") and target.startswith("generator.cli")):
                visit(target, [*stack, node])
        seen[node] = 2

    for module in sorted(graph):
        visit(module, [])


def test_list_marks_a_topic_render_would_refuse(run, project):
    edit(project / "content/topics.yaml", "unknowns, ", "")
    import json

    rows = json.loads(run("list", "--json").output)["handouts"]
    assert [row["ok"] for row in rows] == [False, False]
    assert all("BAL001" in row["problems"][0] and row["next_review"] is None for row in rows)


def test_a_manifest_being_edited_is_a_finding_not_a_crash(project):
    from generator.library import load_library
    from generator.preview import page

    library = load_library(project)
    (project / "content/topics.yaml").write_text("basics: [oops\n", encoding="utf-8")
    shown = page(library, "basics", "zh-TW")
    assert "content/topics.yaml:1: error STR001: invalid YAML" in shown
    assert "unknown topic &#x27;basics&#x27;" in shown


def test_fix_hashes_accepts_what_the_reader_accepts(run, project):
    block = project / "content/zh-TW/what.md"
    edit(block, "translated_from: 02ec7bd4a698\n---", "translated_from: stale\n--- ")
    result = run("check", "--fix-hashes", "--today", "2026-11-21")
    assert result.exit_code == 0, result.output
    assert 'translated_from: "02ec7bd4a698"\n--- \n' in block.read_text(encoding="utf-8")


def test_checking_one_language_reports_its_missing_catalog(run, project):
    import shutil

    shutil.rmtree(project / "templates/locale/zh_TW")
    result = run("check", "basics", "--lang", "zh-TW", "--today", "2026-11-21")
    assert result.exit_code == 1
    assert "no interface translations for zh-TW" in result.output


def test_a_large_image_beside_the_templates_is_not_refused(run, project):
    (project / "templates/logo.png").write_bytes(b"\x89PNG" + b"\0" * 1_500_000)
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-")
    assert result.exit_code == 0, result.output


def test_topic_titles_are_checked_like_topic_ids(run, project):
    edit(project / "content/en/topics.yaml", "basics:", 'ghost:\n  title: "G"\n  purpose: "P"\n'
         'no:\n  title: "N"\n  purpose: "P"\nbasics:')
    result = run("check", "--today", "2026-11-21")
    assert "content/en/topics.yaml:1: error STR004: title for topic 'ghost'" in result.output
    assert "content/en/topics.yaml:4: error STR003: topic id False" in result.output


def test_lines_after_a_multi_line_toml_string_are_still_found(run, project):
    config = project / "handout.toml"
    config.write_text('contact = """\nOpen\n[Mon-Fri]\n"""\npaper = "A5"\n'
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", "--today", "2026-11-21")
    assert "handout.toml:5: error STR003: paper must be one of A4, Letter" in result.output


def test_every_language_profile_has_hype_patterns():
    import yaml

    from generator.check.hype import DATA
    from generator.languages import PROFILES

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for profile in PROFILES.values():
        for part in ("negation", "report", "refute"):
            assert profile.lexicon in data[part], (profile.tag, part)
        assert any(profile.lexicon in by_lang for by_lang in data["rules"].values())


def test_reviewed_in_a_block_prints_its_review_date_in_the_handouts_language(project):
    """'None found as of {reviewed}': the date of the search, from the block's own field,
    so it cannot go stale while the text stays the same."""
    from generator.handout import gather
    from generator.library import load_library

    for lang, old, printed in (("en", "You cannot see them.", "November 1, 2026"),
                               ("zh-TW", "您用肉眼看不到它們。", "2026年11月1日")):
        block = project / "content" / lang / "what.md"
        block.write_text(block.read_text().replace(old, old + " ({reviewed})"))
        section = gather(load_library(project), "basics", lang).sections[0]
        assert f"({printed})" in section.html and "{reviewed}" not in section.html
    texts = project / "content/en/topics.yaml"
    texts.write_text(texts.read_text().replace('purpose: "', 'purpose: "As of {reviewed}: '))
    purpose = gather(load_library(project), "basics", "en").text.purpose
    assert purpose.startswith("As of November 1, 2026: ")  # the oldest block's review


def test_a_source_whose_title_shows_its_year_prints_it_once(project):
    from generator.handout import gather
    from generator.library import load_library

    sources = project / "content/sources.yaml"
    sources.write_text(sources.read_text().replace(
        '"Public Safety Notification on Exosome Products"',
        '"Public Safety Notification on Exosome Products, 6 Dec 2019"'))
    handout = gather(load_library(project), "basics", "en")
    shown = {source.id: source.year_shown for _, source in handout.sources}
    assert shown["s2"] == "" and shown["s1"] != ""
