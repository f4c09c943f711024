"""Hostile input and faults (issue 9): nothing lost, nothing outside the output touched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def test_render_to_a_device_or_fifo_writes_into_it_and_keeps_it(run, project, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", f"import sys; d=open({str(fifo)!r}, 'rb')"
                               ".read(); sys.stdout.write(str(len(d)))"],
                              stdout=subprocess.PIPE, text=True)
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", str(fifo))
    assert result.exit_code == 0, result.output
    assert int(reader.communicate(timeout=30)[0]) > 1000
    assert fifo.is_fifo()
    assert run("render", "basics", "--lang", "en", "-f", "html", "-o", os.devnull
               ).exit_code == 0
    assert Path(os.devnull).is_char_device()


def test_render_onto_a_folder_is_refused(run, project, tmp_path):
    folder = tmp_path / "x.html"
    folder.mkdir()
    result = run("render", "basics", "--lang", "en", "-o", str(folder))
    assert result.exit_code == 2 and "is a directory" in result.output
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_writing_never_replaces_a_folder(tmp_path):
    from generator.errors import HandoutError
    from generator.output import write_atomic

    folder = tmp_path / "page.html"
    folder.mkdir()
    with pytest.raises(HandoutError, match="is a folder, not a file"):
        write_atomic(folder, b"x")
    assert folder.is_dir()


def test_clean_build_into_the_project_deletes_nothing_of_it(run, project):
    refused = run("build", "--out", str(project), "--clean")
    assert refused.exit_code == 1 and not (project / ".handout-build.lock").exists()
    assert run("build", "--out", str(project)).exit_code == 0
    result = run("build", "--out", str(project), "--clean")
    assert result.exit_code == 1 and "--clean refuses to empty this folder" in result.output
    for kept in ("content/topics.yaml", "templates/handout.html", "handout.toml"):
        assert (project / kept).is_file()


def test_clean_removes_only_what_the_build_wrote(run, project, tmp_path):
    out = tmp_path / "site"
    assert run("build", "--out", str(out)).exit_code == 0
    (out / "en" / "mine.txt").write_text("not the build's")
    assert run("build", "--out", str(out), "--clean").exit_code == 0
    assert (out / "en" / "mine.txt").read_text() == "not the build's"
    assert (out / "en" / "basics.pdf").is_file()


@pytest.mark.parametrize("path", ["../outside.txt", "/etc/hostname", "en/../../outside.txt"])
def test_a_tampered_build_state_cannot_delete_outside_the_output(run, project, tmp_path, path):
    out = tmp_path / "site"
    victim = tmp_path / "outside.txt"
    victim.write_text("keep me")
    assert run("build", "--out", str(out)).exit_code == 0
    state = out / ".handout-build.json"
    data = json.loads(state.read_text())
    data["pages"][path] = "0"
    state.write_text(json.dumps(data))
    result = run("build", "--out", str(out))
    assert result.exit_code == 1
    assert "the build state names files outside the output folder" in result.output
    assert victim.read_text() == "keep me" and Path("/etc/hostname").exists()


def test_only_web_addresses_are_linked(run, project):
    sources = project / "content/sources.yaml"
    sources.write_text(sources.read_text().replace('url: "https://www.fda.gov/"',
                                                   'url: "javascript:alert(1)"'))
    config = project / "handout.toml"
    config.write_text(config.read_text().replace('"https://handouts.example.org/"',
                                                 '"javascript:alert(1)//"'))
    result = run("check", "--today", "2026-11-21")
    assert "content/sources.yaml:12: error STR003: url of source 's2' must be an http://" \
        in result.output
    assert "handout.toml:1: error STR003: base_url must be an http:// or https:// address" \
        in result.output
    html = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-")
    assert html.exit_code == 1 and "javascript:" not in html.stdout


def test_the_sitemap_stays_valid_xml_whatever_the_base_url(run, project):
    import xml.etree.ElementTree as ET

    config = project / "handout.toml"
    config.write_text(config.read_text().replace('"https://handouts.example.org/"',
                                                 '"https://example.org/r&d/"'))
    assert run("build").exit_code == 0
    tree = ET.parse(project / "output/site/sitemap.xml")
    assert tree.getroot()[0][0].text.startswith("https://example.org/r&d/")


@pytest.mark.parametrize("url", ["https://example.org/?a=1", "https://example.org/#top",
                                 "https://user:pw@example.org/"])
def test_a_base_url_pages_cannot_be_added_to_is_refused(run, project, url):
    config = project / "handout.toml"
    config.write_text(config.read_text().replace('"https://handouts.example.org/"', f'"{url}"'))
    result = run("check")
    assert result.exit_code == 1
    assert "handout.toml:1: error STR003: base_url must be a plain address" in result.output


@pytest.mark.parametrize("args", [["check", "--format", "json"], ["list", "--json"],
                                  ["render", "basics", "--lang", "en", "-f", "html", "-o", "-"]])
def test_a_full_standard_output_is_a_clear_error(project, args):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project),
                                 *args], stdout=full, stderr=subprocess.PIPE, text=True,
                                timeout=60, check=False)
    assert result.returncode == 1, result.stderr
    assert "cannot write the output: No space left on device" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_an_output_folder_below_a_file_is_a_clear_error(run, project, tmp_path):
    (tmp_path / "somefile").write_text("x")
    result = run("build", "--out", str(tmp_path / "somefile" / "sub"))
    assert result.exit_code == 1 and "Not a directory" in result.output
    assert "internal error" not in result.output


@pytest.mark.parametrize("value", ["\udcff\udcfe", "Jane\x7f", "Jane\x9b", "Jane\u2028Doe",
                                   "\u202eenaJ"])
def test_consult_fields_refuse_what_cannot_be_printed_as_typed(run, project, value):
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-",
                 "--patient", value)
    assert result.exit_code == 1
    assert "--patient contains control or invisible direction characters" in result.output


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\u2028", "\u200b", "\u202e",
                                  "\u00ad"])
def test_control_characters_in_a_block_are_found_by_check_at_their_line(run, project, char):
    block = project / "content/en/what.md"
    block.write_text(block.read_text().replace("You cannot", f"You{char} cannot"))
    result = run("check", "--today", "2026-11-21")
    kind = "line break" if char == "\u2028" else "invisible or control character"
    assert f"content/en/what.md:9: error STR011: {kind} U+{ord(char):04X}" in result.output
    assert run("render", "basics", "--lang", "en", "-f", "html", "-o", "-").exit_code == 1


def test_checking_one_topic_and_language_keeps_its_broken_files(run, project):
    block = project / "content/zh-TW/what.md"
    block.write_text(block.read_text().replace("title: 它們是什麼", "title: [broken"))
    result = run("check", "basics", "--lang", "zh-TW", "--today", "2026-11-21")
    assert result.exit_code == 1
    assert "content/zh-TW/what.md:3: error STR001: invalid YAML" in result.output
    result = run("build", "--strict", "--lang", "zh-TW")
    assert result.exit_code == 1 and "STR001" in result.output


def test_a_published_file_changed_by_hand_is_written_again(run, project):
    assert run("build").exit_code == 0
    pdf = project / "output/site/en/basics.pdf"
    good = pdf.read_bytes()
    pdf.write_bytes(b"%PDF-1.7 someone else's handout, with a patient's name")
    result = run("build", "--json")
    assert result.exit_code == 0
    assert "en/basics.pdf" in json.loads(result.stdout)["written"]
    assert pdf.read_bytes() == good


@pytest.mark.parametrize("make", ["fifo", "zero", "brackets"])
def test_files_that_would_hang_a_reader_are_refused_or_read_quickly(project, make):
    block = project / "content/en/what.md"
    if make == "fifo":
        block.unlink()
        os.mkfifo(block)
    elif make == "zero":
        block.unlink()
        block.symlink_to("/dev/zero")
    else:
        block.write_text(block.read_text() + "\n" + "[" * 100_000 + "\n")
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "check",
                             "--today", "2026-11-21"], capture_output=True, text=True,
                            timeout=120, check=False)
    if make == "brackets":
        assert result.returncode == 0, result.stdout + result.stderr
    else:
        assert result.returncode == 1
        assert "content/en/what.md: error FIL001: not a regular file" in result.stdout


def test_a_logo_must_be_the_image_its_name_says_and_have_a_text(run, project):
    import shutil

    fake = project / "logo.png"
    shutil.copy("/etc/passwd", fake)
    config = project / "handout.toml"
    config.write_text('logo = "logo.png"\n' + config.read_text())
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-")
    assert result.exit_code == 1
    assert "handout.toml:1: error STR003: the logo is not a PNG image" in result.output
    assert "root:" not in result.output
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    result = run("check", "--today", "2026-11-21")
    assert "handout.toml:1: error STR002: the logo has no text for screen readers" in \
        result.output
    config.write_text('logo_alt = { en = "A blue cross", zh-TW = "藍色十字" }\n'
                      + config.read_text())
    html = run("render", "basics", "--lang", "zh-TW", "-f", "html", "-o", "-")
    assert html.exit_code == 0 and 'alt="藍色十字"' in html.stdout


@pytest.mark.parametrize("text", ['reviewer = "A"\nreviewer = "B"\n', "reviewer = 3\n"])
def test_a_broken_configuration_gets_its_error_and_no_false_warnings(run, project, text):
    (project / "handout.toml").write_text(text)
    result = run("check")
    assert result.exit_code == 1 and "handout.toml:" in result.output
    assert "does not set 'reviewer'" not in result.output


def test_fixing_hashes_keeps_a_linked_translation_and_its_line_ends(run, project):
    """--fix-hashes writes through a link inside the project (the link stays, and the file
    it names is the one updated), and keeps the file's CR LF line ends and byte-order mark."""
    (project / "shared").mkdir()
    translation = project / "content/zh-TW/what.md"
    shared = project / "shared/what.md"
    shared.write_bytes(b"\xef\xbb\xbf" + translation.read_bytes().replace(b"\n", b"\r\n"))
    translation.unlink()
    translation.symlink_to("../../shared/what.md")
    source = project / "content/en/what.md"
    source.write_text(source.read_text().replace("You cannot see them.", "You cannot see it."))
    assert run("check", "--fix-hashes").exit_code == 0
    assert translation.is_symlink()
    data = shared.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert b"translated_from:" in data and b"02ec7bd4a698" not in data
