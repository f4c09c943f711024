"""`handout build`: a static site that is incremental, deterministic, lockable and shardable."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner
from conftest import pdf_text
from pypdf import PdfReader

from generator.cli import cli

PAGES = {"index.html", "sitemap.xml", "en/index.html", "zh-TW/index.html",
         "en/basics.html", "en/basics.pdf", "zh-TW/basics.html", "zh-TW/basics.pdf"}


def build(root: Path, *args: str):
    result = CliRunner().invoke(cli, ["--root", str(root), "build", "--json", "--jobs", "1",
                                      *args], catch_exceptions=False)
    summary = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout else None
    return result, summary


def files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def test_builds_every_page_with_links_that_work_from_disk(project):
    result, summary = build(project)
    assert result.exit_code == 0, result.output
    out = project / "output" / "site"
    site = files(out)
    assert set(site) == PAGES
    for name, data in site.items():
        if not name.endswith(".html"):
            continue
        html = data.decode()
        for href in re.findall(r'<a [^>]*href="([^"#]+)"', html):
            if href.startswith("http"):
                continue
            target = (out / name).parent / href
            assert target.resolve().is_file(), f"{name} links to missing {href}"
    topic = site["zh-TW/basics.html"].decode()
    assert 'href="../en/basics.html"' in topic and 'href="basics.pdf"' in topic
    assert '<link rel="canonical" href="https://handouts.example.org/zh-TW/basics.html">' in topic
    assert 'hreflang="en" href="https://handouts.example.org/en/basics.html"' in topic
    assert 'hreflang="zh-Hant-TW"' in site["index.html"].decode()


def test_pdf_carries_the_page_url_qr_code_and_the_web_version(project):
    build(project)
    out = project / "output" / "site"
    pdf = (out / "zh-TW/basics.pdf").read_bytes()
    text = "".join(pdf_text(pdf).split())
    assert "https://handouts.example.org/zh-TW/basics.html" in text
    # The QR code is drawn as vector paths: check the page source that WeasyPrint drew.
    from generator.library import load_library
    from generator.site.pages import Page
    from generator.templating import qr_code

    handout_html = _pdf_source(load_library(project), Page("basics", "zh-TW", "pdf"))
    url = "https://handouts.example.org/zh-TW/basics.html"
    assert f'<img class="qr" src="{qr_code(url)}"' in handout_html
    # ... and that the PDF draws it: a QR code is hundreds of line segments.
    lines = sum(page.get_contents().get_data().count(b" l\n")
                for page in PdfReader(io.BytesIO(pdf)).pages)
    assert lines > 200
    version = re.search(r"版本：([0-9a-f]{10})", pdf_text(pdf)).group(1)
    assert f"版本：{version}" in (out / "zh-TW/basics.html").read_text()


def _pdf_source(library, page) -> str:
    from generator.handout import gather
    from generator.render import page as page_html
    from generator.site.pages import links

    handout = gather(library, page.topic, page.lang)
    return page_html(library, handout, "pdf", site=links(library.project, page, ["en", "zh-TW"]))


def test_sitemap_lists_every_page_with_alternates(project):
    build(project)
    tree = ET.parse(project / "output/site/sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = sorted(e.text for e in tree.findall("s:url/s:loc", ns))
    assert locs == ["https://handouts.example.org/en/basics.html",
                    "https://handouts.example.org/zh-TW/basics.html"]
    assert [e.text for e in tree.findall("s:url/s:lastmod", ns)] == ["2026-11-01"] * 2


def test_second_build_renders_nothing_and_one_block_change_renders_its_pages(project):
    _, first = build(project)
    assert set(first["written"]) == PAGES
    _, second = build(project)
    assert second["written"] == [] and second["unchanged"] == len(PAGES)
    block = project / "content/zh-TW/law.md"
    block.write_text(block.read_text().replace("核准", "核准任何"))
    _, third = build(project)
    assert third["written"] == ["zh-TW/basics.html", "zh-TW/basics.pdf"]


def test_templates_and_config_count_as_inputs(project):
    build(project)
    css = project / "templates/base.css"
    css.write_text(css.read_text() + "\n/* changed */\n")
    _, summary = build(project)
    assert set(summary["written"]) == PAGES - {"sitemap.xml"}  # it uses no template


def test_two_clean_builds_are_byte_identical(project, tmp_path):
    build(project, "--out", str(tmp_path / "a"))
    build(project, "--out", str(tmp_path / "b"), "--clean")
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_a_failed_page_does_not_stop_the_others(project):
    block = project / "content/zh-TW/what.md"
    block.write_text(block.read_text().replace("title: 它們是什麼", "title: [broken"))
    result, summary = build(project)
    assert result.exit_code == 1
    assert summary["failed"] == ["zh-TW/basics.html", "zh-TW/basics.pdf"]
    assert "content/zh-TW/what.md" in result.stderr and "invalid YAML" in result.stderr
    assert (project / "output/site/en/basics.pdf").is_file()


def test_interrupted_build_keeps_the_old_site_and_resumes(project, monkeypatch):
    build(project)
    out = project / "output/site"
    before = files(out)
    for name in ("en/basics.html", "zh-TW/basics.html"):
        page = project / "content" / name.split("/")[0] / "what.md"
        page.write_text(page.read_text().replace("bubbles", "bubbles (vesicles)")
                        .replace("泡泡", "泡泡（囊泡）"))
    import generator.site.build as site_build

    writes, real = [], site_build.write_atomic

    def interrupt(path, data):
        writes.append(path)
        if len(writes) == 2:
            raise KeyboardInterrupt
        return real(path, data)

    monkeypatch.setattr(site_build, "write_atomic", interrupt)
    result, _ = build(project)
    assert result.exit_code == 130
    assert "interrupted; each file written so far is whole and kept" in result.stderr
    after = files(out)
    assert set(after) == set(before) and not list(out.rglob(".tmp-*"))
    changed = [name for name in after if after[name] != before[name]]
    assert changed == ["en/basics.pdf"]  # the one write that finished; the rest are old
    monkeypatch.setattr(site_build, "write_atomic", real)
    _, resumed = build(project)
    assert sorted(resumed["written"]) == ["en/basics.html", "zh-TW/basics.html",
                                          "zh-TW/basics.pdf"]


def test_a_second_build_into_the_same_folder_is_refused(project):
    from generator.site.state import locked

    out = project / "output/site"
    with locked(out):
        result, _ = build(project)
    assert result.exit_code == 1
    assert "another build (pid" in result.output


def test_shards_split_the_pages_stably_and_completely(project, tmp_path):
    names = []
    for index in (1, 2, 3):
        out = tmp_path / f"shard{index}"
        result, _ = build(project, "--out", str(out), "--shard", f"{index}/3")
        assert result.exit_code == 0
        names.append({n for n in files(out) if n.count("/") and "index" not in n})
    assert set.union(*names) == PAGES - {"index.html", "sitemap.xml", "en/index.html",
                                         "zh-TW/index.html"}
    assert sum(len(n) for n in names) == 4
    result, _ = build(project, "--shard", "4/3")
    assert result.exit_code == 2


def test_clean_refuses_a_folder_it_did_not_build(project, tmp_path):
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    result, _ = build(project, "--out", str(other), "--clean")
    assert result.exit_code == 1 and "did not build" in result.output
    assert [p.name for p in other.iterdir()] == ["holiday.jpg"]  # not even a lock file


def test_build_without_base_url_says_what_to_add(project):
    config = project / "handout.toml"
    config.write_text(config.read_text().replace('base_url = "https://handouts.example.org/"\n',
                                                 ""))
    result, _ = build(project)
    assert result.exit_code == 1 and "handout.toml has no base_url" in result.output


def test_parallel_build_matches_serial(project, tmp_path):
    build(project, "--out", str(tmp_path / "serial"))
    result = CliRunner().invoke(cli, ["--root", str(project), "build", "--jobs", "2", "--out",
                                      str(tmp_path / "parallel")])
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "serial") == files(tmp_path / "parallel")


def test_fonts_count_as_inputs_of_the_pdfs(project, tmp_path, monkeypatch):
    """A font with new content but the same name and size changes every PDF's digest."""
    from dataclasses import replace

    import generator.site.build as site_build
    from generator import fonts
    from generator.library import load_library
    from generator.site.state import State

    loaded = load_library(project)
    handouts = site_build._gather(loaded, ["basics"], ["en"], site_build.BuildResult())

    def digests():
        return {job.page.path: job.digest
                for job in site_build._plan(loaded, handouts, State(tmp_path / "site"), None)}

    before = digests()
    real = fonts.font_files()
    other = tmp_path / real[0].path.name
    data = bytearray(real[0].path.read_bytes())
    data[-1] ^= 1  # the same name and size, one bit of content changed
    other.write_bytes(bytes(data))
    monkeypatch.setattr(fonts, "font_files", lambda: (replace(real[0], path=other), *real[1:]))
    after = digests()
    assert after["en/basics.html"] == before["en/basics.html"]
    assert after["en/basics.pdf"] != before["en/basics.pdf"]


def test_a_pdf_that_fails_in_a_build_names_file_and_line(project):
    block = project / "content/en/risks.md"
    block.write_text(block.read_text().replace("serious infection.", "serious infection 🤒."))
    result, summary = build(project)
    assert result.exit_code == 1  # its HTML is not published without it
    assert summary["failed"] == ["en/basics.html", "en/basics.pdf"]
    assert "content/en/risks.md:9: error: no glyph in the bundled fonts for '🤒'" in \
        result.stderr


def test_a_handout_whose_pdf_fails_keeps_html_and_pdf_and_stays_listed(project):
    build(project)
    out = project / "output/site"
    before = files(out)
    for lang, old, new in (("en", "serious infection.", "serious infection 🤒."),
                           ("zh-TW", "嚴重感染", "嚴重感染🤒")):
        block = project / "content" / lang / "risks.md"
        assert old in block.read_text()
        block.write_text(block.read_text().replace(old, new))
    result, summary = build(project)
    assert result.exit_code == 1 and summary["removed"] == []
    assert summary["kept"] == summary["failed"] == sorted(
        f"{lang}/basics.{fmt}" for lang in ("en", "zh-TW") for fmt in ("html", "pdf"))
    assert "FAILED en/basics.pdf (its last good version stays published):" in result.stderr
    assert files(out) == before  # every page, index and the sitemap as they were


def test_a_build_of_one_language_keeps_the_others_listed(project):
    build(project)
    out = project / "output/site"
    whole = files(out)
    result, summary = build(project, "--lang", "en")
    assert result.exit_code == 0 and summary["written"] == []
    assert files(out) == whole  # the picker and the sitemap still name zh-TW


def test_a_page_that_fails_later_keeps_its_last_good_version(project):
    build(project)
    out = project / "output/site"
    before = {name: (out / name).read_bytes() for name in ("zh-TW/basics.html",
                                                           "zh-TW/basics.pdf")}
    whole = files(out)
    block = project / "content/zh-TW/what.md"
    block.write_text(block.read_text().replace("title: 它們是什麼", "title: [broken"))
    result, summary = build(project)
    assert result.exit_code == 1 and summary["removed"] == []
    assert {name: (out / name).read_bytes() for name in before} == before
    # zh-TW's only handout failed: its index, the language picker and the sitemap still
    # list it, as they did
    assert files(out) == whole
    block.write_text(block.read_text().replace("title: [broken", "title: 它們是什麼"))
    result, summary = build(project)
    assert result.exit_code == 0 and summary["failed"] == []
