"""Small pieces of the core, tested where the rule and CLI tests cannot reach exactly:
found by mutation testing (mutmut), each test kills mutants that survived the others."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REPO

from generator.check.hype import claims
from generator.check.runner import fix_hashes
from generator.check.translations import _first_line, _title_and_body, fix_hash
from generator.errors import Problems
from generator.library import load_library
from generator.markup import parse_body

BLOCK = "---\nkind: overview\ntitle: T\n---\nBody.\n"


def test_fix_hash_replaces_or_adds_the_field_in_the_front_matter_only():
    assert fix_hash(BLOCK, "abc") == '---\nkind: overview\ntitle: T\ntranslated_from: "abc"\n' \
                                     "---\nBody.\n"
    text = "---\nkind: overview\ntranslated_from: old\n---\ntranslated_from: body text\n"
    assert fix_hash(text, "abc") == '---\nkind: overview\ntranslated_from: "abc"\n---\n' \
                                    "translated_from: body text\n"
    assert fix_hash("no front matter\n", "abc") == "no front matter\n"


def test_fix_hashes_edits_only_stale_translations(project):
    edit = project / "content/en/what.md"
    edit.write_text(edit.read_text().replace("You cannot see them.", "You cannot see it."))
    library = load_library(project)
    edits = fix_hashes(library)
    assert list(edits) == [project / "content/zh-TW/what.md"]
    assert f'translated_from: "{library.block("en", "what").fingerprint}"' in \
        edits[project / "content/zh-TW/what.md"]
    assert fix_hashes(library, langs=["en"]) == {}
    assert fix_hashes(library, topics=["basics"], langs=["zh-TW"]) == edits


def test_an_old_version_is_read_with_the_block_reader():
    assert _title_and_body("---\ntitle: ' Old '\nkind: x\n---\n\n Old body. \n") == \
        (" Old ", "Old body.")
    assert _title_and_body("---\r\ntitle: T\r\n---\r\nB\r\n") == ("T", "B")
    assert _title_and_body("---\nkind: x\n---\nB\n") is None
    assert _title_and_body("no front matter") is None


def test_a_differing_number_is_placed_on_its_own_line(project):
    block = project / "content/zh-TW/studies.md"
    block.write_text(block.read_text() + "\n第二段：共有1,234人。\n", encoding="utf-8")
    studied = load_library(project).block("zh-TW", "studies")
    assert _first_line(studied, {"1234"}) == 12
    assert _first_line(studied, {"24"}) == 10
    assert _first_line(studied, {"999"}) == studied.body_line


def test_a_sentence_keeps_its_own_line_inside_a_paragraph():
    body = parse_body("First line.\nSecond line,\nthird line.\n\n- item one\n- item two\n", 9,
                      Path("x.md"), Problems())
    paragraph, first, second = body.units
    assert (paragraph.line, paragraph.text) == (9, "First line. Second line, third line.")
    assert [paragraph.line_at(o) for o in (0, 11, 12, 24, 25, 30)] == [9, 9, 10, 10, 11, 11]
    assert (first.kind, first.line, first.list_start, second.line) == ("item", 13, 13, 14)


def test_negation_carries_over_or_and_refutation_and_quotes_distance_a_claim():
    for sentence in ("No exosome product is approved, or proven to cure anything.",
                     'Adverts say they "cure ageing".',
                     "That exosomes cure arthritis is not true."):
        assert claims(sentence, "en") == [], sentence
    assert [c.rule for c in claims("Exosomes cure arthritis, or so we hope.", "en")] == \
        ["HYP002"]
    assert [c.rule for c in claims("It is safe, and it cures arthritis.", "en")] == ["HYP002"]


def test_the_version_changes_with_each_input_and_not_with_the_folder(project, tmp_path):
    from generator.handout import gather

    def version(root: Path) -> str:
        return gather(load_library(root), "basics", "en").version

    first = version(project)
    moved = tmp_path / "moved"
    shutil.copytree(project, moved)
    assert version(moved) == first
    changes = [("handout.toml", "Test reviewer", "Other reviewer"),
               ("templates/base.css", "body {", "body { color: black;"),
               ("content/en/topics.yaml", "What exosomes are", "What they are"),
               ("content/en/what.md", "tiny", "small"),
               ("content/sources.yaml", "2019", "2020")]
    seen = {first}
    for name, old, new in changes:
        path = moved / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        seen.add(version(moved))
    assert len(seen) == len(changes) + 1


def test_configured_texts_are_printed_in_the_handouts_language(run, project):
    zh = run("render", "basics", "--lang", "zh-TW", "-f", "html", "-o", "-").output
    en = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-").output
    assert "沒有任何資助。" in zh and "No funding." not in zh
    assert "No funding." in en and "沒有任何資助" not in en


def test_the_readme_holds_the_whole_rule_table():
    from generator.check.rules import RULES, table

    lines = table().split("\n")
    assert lines[0] == "| Rule | Severity | What it finds | Why (instrument) |"
    assert len(lines) == len(RULES) + 2
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index(lines[0])
    assert readme[start:start + len(table())] == table()
