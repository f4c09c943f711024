"""The web page: one self-contained file, correct language, safe with hostile input."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.root_lang = None
        self.headings: list[tuple[str, str]] = []
        self.loads: list[str] = []  # URLs the browser would fetch on open
        self.links: list[str] = []
        self._heading = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.root_lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag, ""]
        if tag in ("img", "script", "iframe", "source", "video", "audio") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link":
            self.loads.append(attrs.get("href", ""))
        if tag == "a":
            self.links.append(attrs.get("href", ""))

    def handle_endtag(self, tag):
        if self._heading and tag == self._heading[0]:
            self.headings.append(tuple(self._heading))
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data


@pytest.mark.parametrize("lang,tag,title,block", [
    ("en", "en", "What exosomes are", "What they are"),
    ("zh-TW", "zh-Hant-TW", "外泌體是什麼", "它們是什麼"),
])
def test_html_lang_headings_and_no_external_loads(run, project, lang, tag, title, block):
    result = run("render", "basics", "--lang", lang, "--format", "html", "-o", "-")
    assert result.exit_code == 0, result.output
    html = result.output
    page = Page(html)
    assert page.root_lang == tag
    assert ("h1", title) in page.headings
    assert ("h2", block) in page.headings
    assert page.loads == []
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html), "CSS loads a remote URL"
    assert "@media print" in html and "<style>" in html


def test_default_output_path_and_json_summary(run, project):
    result = run("render", "basics", "--lang", "en", "--format", "html", "--json")
    assert result.exit_code == 0, result.output
    path = project / "output" / "en" / "basics.html"
    assert path.is_file()
    assert f'"path": "{path}"' in result.output


def test_hostile_consult_fields_stay_text(run, project):
    evil = '<script>alert("x")</script>'
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-",
                 "--patient", evil, "--note", '"><img src=x onerror=alert(1)>')
    assert result.exit_code == 0, result.output
    assert "<script>alert" not in result.output
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in result.output
    assert Page(result.output).loads == []


def test_raw_html_in_markdown_is_shown_as_text(run, project):
    block = project / "content" / "en" / "what.md"
    block.write_text(block.read_text() + "\n<script>alert(1)</script>\n")
    result = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-")
    assert "<script>alert(1)</script>" not in result.output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.output


def test_logo_and_clinic_from_config_are_inlined(run, project):
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    (project / "templates" / "logo.png").write_bytes(png)
    with (project / "handout.toml").open("a") as config:
        config.write('clinic = "Harbour Clinic"\ncontact = "02-1234-5678"\n'
                     'logo = "templates/logo.png"\n')
    html = run("render", "basics", "--lang", "en", "-f", "html", "-o", "-").output
    assert 'src="data:image/png;base64,' in html
    assert "Harbour Clinic" in html and "02-1234-5678" in html
    pdf = project / "x.pdf"
    assert run("render", "basics", "--lang", "en", "-o", str(pdf)).exit_code == 0
    from conftest import pdf_text

    assert "Harbour Clinic" in pdf_text(pdf.read_bytes())


def test_verbose_logs_never_contain_the_patient(project, tmp_path):
    """Run as a clinician would, with -v: the debug log is there, the patient is not."""
    import os
    import subprocess
    import sys

    out = tmp_path / "x.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "-v", "--root", str(project), "render", "basics",
         "--lang", "en", "-o", str(out), "--patient", "Jane Patient", "--note", "Jane's note"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "DEBUG: generator.library: loaded" in result.stderr
    assert "rendering basics (en) as pdf" in result.stderr
    assert "Jane" not in result.stderr + result.stdout
    debug = [line for line in result.stderr.splitlines() if "DEBUG" in line]
    assert debug and all("DEBUG: generator" in line for line in debug), \
        "-v shows this tool's messages, not third-party debug logs"
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p != out
                and b"Jane" in p.read_bytes()]
