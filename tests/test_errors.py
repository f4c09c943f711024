"""Bad input: a clear message naming file and line, the right exit code, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import output_files


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def check_fails(run, project, *expected: str, lang="zh-TW", code=1, fmt="pdf"):
    result = run("render", "basics", "--lang", lang, "--format", fmt)
    assert result.exit_code == code, result.output
    for text in expected:
        assert text in result.output
    assert "Traceback" not in result.output
    assert output_files(project) == []
    return result


def test_broken_front_matter_names_file_and_line(run, project):
    replace(project / "content/zh-TW/risks.md", "title: 風險", "title: [風險")
    check_fails(run, project, "content/zh-TW/risks.md:", "invalid YAML")


def test_front_matter_field_problems_are_all_reported(run, project):
    block = project / "content/zh-TW/what.md"
    replace(block, "reviewed: 2026-11-01", "reviewed: 2026/11/01\nauthor: someone")
    replace(block, "kind: overview", "kind: overveiw")
    result = check_fails(run, project, "content/zh-TW/what.md:2: error STR003: unknown kind",
                         "content/zh-TW/what.md:5: error STR003: reviewed must be a date",
                         "unknown front-matter field 'author'")
    assert "3 problems" in result.output


def test_unknown_block_in_manifest_names_manifest_line(run, project):
    replace(project / "content/topics.yaml", "[what, studies,", "[what,\n    studys,")
    check_fails(run, project, "content/topics.yaml:3: error STR005: unknown block 'studys'")


def test_missing_bibliography_id_names_block_line(run, project):
    replace(project / "content/zh-TW/risks.md", "sources: [s1, s2]", "sources: [s1,\n  s9]")
    check_fails(run, project, "content/zh-TW/risks.md:5: error STR006: source 's9' is not in "
                              "the bibliography")


def test_missing_translation_is_an_error_not_a_fallback(run, project):
    (project / "content/zh-TW/risks.md").unlink()
    check_fails(run, project, "content/topics.yaml:2: error STR005: block 'risks' has no zh-TW "
                              "translation (it exists in en)")


def test_missing_interface_string_is_an_error(run, project):
    replace(project / "templates/locale/zh_TW/LC_MESSAGES/messages.po",
            'msgstr "資料來源："', 'msgstr ""')
    check_fails(run, project, "messages.po:", "'Sources:' is not translated")


@pytest.mark.parametrize("topic", ["nope", "../etc/passwd", "basics/../basics"])
def test_unknown_topic_lists_available(run, project, topic):
    result = run("render", topic, "--lang", "en")
    assert result.exit_code == 2
    assert "available: basics" in result.output
    assert output_files(project) == []


@pytest.mark.parametrize("lang", ["fr", "../en", "zh-tw"])
def test_unknown_language_lists_available(run, project, lang):
    result = run("render", "basics", "--lang", lang)
    assert result.exit_code == 2
    assert "available: en, zh-TW" in result.output


def test_format_and_output_suffix_must_agree(run, project):
    result = run("render", "basics", "--lang", "en", "--format", "html", "-o", "x.pdf")
    assert result.exit_code == 2


def test_missing_glyph_names_the_block_line(run, project):
    replace(project / "content/en/risks.md", "serious infection.", "serious infection 🤒.")
    check_fails(run, project, "content/en/risks.md:9: error: no glyph", "U+1F912", lang="en")


def test_template_cannot_fetch_remote_urls(run, project):
    replace(project / "templates/base.css", "body { margin: 0; overflow-wrap: break-word; }",
            'body { margin: 0; background: url("http://127.0.0.1:9/x.png"); }')
    check_fails(run, project, "refused to fetch http://127.0.0.1:9/x.png", lang="en")


def test_template_cannot_read_files_outside_templates(run, project, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really")
    replace(project / "templates/base.css", "body { margin: 0; overflow-wrap: break-word; }",
            f'body {{ background: url("{secret.as_uri()}"); }}')
    check_fails(run, project, "refused to fetch file:", lang="en")


def test_images_in_blocks_are_refused(run, project):
    replace(project / "content/en/options.md", "- Ask your", "- ![x](http://e.com/x.png)\n- Ask your")
    check_fails(run, project, "content/en/options.md:10: error STR011: images are not allowed",
                lang="en", fmt="html")


def test_non_utf8_block_says_big5(run, project):
    (project / "content/zh-TW/what.md").write_bytes(
        "---\nkind: overview\ntitle: 囊泡\n---\n".encode("big5"))
    check_fails(run, project, "content/zh-TW/what.md:3: error FIL001: file is not valid UTF-8",
                "Big5")


def test_unknown_config_key_is_reported(run, project):
    (project / "handout.toml").write_text('clinic = "A"\npaper = "A5"\nlogo_path = "x"\n')
    check_fails(run, project, "handout.toml:3: error STR004: unknown key 'logo_path'",
                "handout.toml:2: error STR003: paper must be one of A4, Letter")


def test_unbalanced_topic_is_refused_with_its_findings(run, project):
    replace(project / "content/topics.yaml", "unknowns, ", "")
    check_fails(run, project, "content/topics.yaml:1: error BAL001: topic 'basics' (zh-TW) has "
                              "no 'unknowns' block")


def test_config_text_missing_in_the_language_is_an_error(run, project):
    replace(project / "handout.toml", 'funding = { en = "No funding.", zh-TW = "沒有任何資助。" }',
            'funding = { en = "No funding." }')
    check_fails(run, project, "handout.toml:4: error STR005: funding has no zh-TW text")
    assert run("render", "basics", "--lang", "en", "-f", "html", "-o", "-").exit_code == 0
    result = run("check", "--today", "2026-11-21")
    assert result.exit_code == 1
    assert "handout.toml:4: error STR005: funding has no zh-TW text" in result.output


def test_overlong_consult_field_is_refused(run, project):
    result = run("render", "basics", "--lang", "en", "--note", "x" * 700)
    assert result.exit_code == 1
    assert "--note is 700 characters long" in result.output
    assert output_files(project) == []


def test_no_project_found(tmp_path):
    from click.testing import CliRunner

    from generator.cli import cli

    result = CliRunner().invoke(cli, ["--root", str(tmp_path), "list"])
    assert result.exit_code == 1
    assert "is not a handout project" in result.output
