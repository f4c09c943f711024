"""Print a patient can read and a screen reader can use (issue 13), checked from the PDFs:
text sizes and page counts read back with pypdf, PDF/UA-1 with the page validator."""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
from conftest import add_second_topic, alt_texts, pdf_text, size_of, ua_failures
from pypdf import PdfReader

from generator.measure import measure_pdf

# A 1x1 PNG: a logo that needs its alt text in the PDF.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
CONSULT = ("--patient", "Wang Xiaoming", "--clinician", "Dr Lin", "--clinic", "Lin Clinic",
           "--date", "2026-12-01", "--note", "Bring the product's batch number next time.")


def declares_pdf_ua(data: bytes) -> bool:
    metadata = PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_data()
    return re.search(rb'pdfuaid:part(="1"|>1<)', metadata) is not None


def rendered(run, project, *args: str) -> bytes:
    out = project / "h.pdf"
    result = run("render", *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_the_measure_reads_sizes_and_pages_from_the_pdf(engine):
    """The measure must see small text where there is some: a page with an 8 pt line."""
    from generator.fonts import font_face_css
    from generator.pdf import font_job

    html = ("<html lang='en'><head><title>t</title><style>" + font_face_css() + "@page{size:A4}"
            "html{font-family:'Handout Sans';font-size:12pt}</style></head><body>"
            "<p>Twelve point text, most of the page.</p>"
            "<p style='font-size:8pt'>eight</p>"
            "<p style='break-before:page'>Second page.</p></body></html>")
    data = engine.render_pdf(html, {}, font_job(html))
    measured = measure_pdf(data)
    assert (measured.pages, measured.smallest_pt) == (2, 8.0)
    eight = len("eight") / len("Twelvepointtext,mostofthepage.eightSecondpage.")
    assert measured.share_under_12pt == round(eight, 3)


def test_a_standard_print_is_clear_print_and_pdf_ua(run, project):
    data = rendered(run, project, "basics", "--lang", "zh-TW")
    assert size_of(data, "外泌體是細胞釋放的微小泡泡") >= 12
    assert measure_pdf(data).smallest_pt >= 9
    assert declares_pdf_ua(data)
    assert ua_failures(data) == []


def test_large_print_is_18_pt_everywhere_and_pdf_ua(run, project):
    data = rendered(run, project, "basics", "--lang", "en", "--large-print", "--paper",
                    "Letter")
    assert measure_pdf(data).smallest_pt >= 18
    assert ua_failures(data) == []


def test_a_consult_print_with_every_field_and_a_logo_is_pdf_ua(run, project):
    (project / "logo.png").write_bytes(PNG)
    config = project / "handout.toml"
    config.write_text('logo = "logo.png"\nlogo_alt = "Lin Clinic, a green cross"\n'
                      'clinic = "Lin Clinic"\ncontact = "02-1234-5678"\n' + config.read_text())
    data = rendered(run, project, "basics", "--lang", "en", *CONSULT)
    assert ua_failures(data) == []
    assert "Lin Clinic, a green cross" in alt_texts(data)
    text = "".join(pdf_text(data).split())
    for shown in ("WangXiaoming", "DrLin", "LinClinic", "December1,2026",
                  "https://handouts.example.org/en/basics.html"):
        assert shown in text
    assert measure_pdf(data).smallest_pt >= 9


def test_a_site_build_pdf_is_pdf_ua(run, project, tmp_path):
    out = tmp_path / "site"
    result = run("build", "--out", str(out), "--lang", "zh-TW")
    assert result.exit_code == 0, result.output
    data = (out / "zh-TW" / "basics.pdf").read_bytes()
    assert declares_pdf_ua(data)
    assert ua_failures(data) == []


def test_two_topics_make_one_handout_with_shared_blocks_once(run, project):
    """A second topic that shares most blocks: each heading printed once, the topics'
    own blocks in the order given, one source list numbered once, both addresses."""
    add_second_topic(project)
    out = project / "two.pdf"
    result = run("render", "basics", "second", "--lang", "en", "--patient", "Jane Doe",
                 "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["topics"] == ["basics", "second"]
    data = out.read_bytes()
    text = pdf_text(data)
    lines = text.splitlines()
    headings = [h2 for h2 in ("What they are", "Studies in people", "What is not known",
                              "The law", "Risks") if lines.count(h2) != 1]
    assert headings == [], f"printed more or less than once: {headings}"
    flat = "".join(text.split())
    assert "Whatexosomesare·Secondtopic" in flat  # one title, in the order given
    for url in ("https://handouts.example.org/en/basics.html",
                "https://handouts.example.org/en/second.html"):
        assert url in flat
    listed = text[text.rindex("\nSources\n"):]
    numbers = re.findall(r"^(\d+)\. ", listed, flags=re.MULTILINE)
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and numbers
    assert ua_failures(data) == []
    one = rendered(run, project, "basics", "--lang", "en", "--patient", "Jane Doe")
    assert summary["version"] not in pdf_text(one)


def test_the_same_topic_twice_is_a_usage_error(run):
    result = run("render", "basics", "basics", "--lang", "en")
    assert result.exit_code == 2 and "named twice" in result.output


def test_check_report_measures_every_handout_and_warns_past_four_pages(run, project):
    result = run("check", "--report", "--format", "json")
    rows = json.loads(result.stdout)["report"]
    assert {(r["topic"], r["lang"]) for r in rows} == {("basics", "en"), ("basics", "zh-TW")}
    assert all(r["pages"] <= 4 and r["smallest_pt"] >= 9 for r in rows), rows
    text = run("check", "--report").output
    assert re.search(r"basics\s+en .*\d pages, smallest 9 pt, \d+% under 12 pt", text), text



@pytest.mark.parametrize("lang,other", [("zh-TW", "en"), ("en", "zh-Hant-TW")])
def test_each_reference_in_another_language_is_marked_so_in_the_pdf(run, project, lang,
                                                                     other):
    """A screen reader reads an English title in a zh-TW handout in English, and a
    Chinese one in an English handout in Chinese: /Lang on the reference's span."""
    sources = project / "content" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        '"Public Safety Notification on Exosome Products"', '"外泌體產品安全通報"'),
        encoding="utf-8")
    from generator.pdf import holds_elements, structure_elements

    data = rendered(run, project, "basics", "--lang", lang)
    tree = PdfReader(io.BytesIO(data)).trailer["/Root"]["/StructTreeRoot"]
    references = structure_elements(tree, "/LI")[-2:]  # the fixture's sources: en, zh
    marked = [{str(span["/Lang"]) for span in structure_elements(item, "/Span")
               if "/Lang" in span}
              for item in references]
    expected = [{other}, set()] if lang == "zh-TW" else [set(), {other}]
    assert marked == expected
    assert all(holds_elements(span) for item in references
               for span in structure_elements(item, "/Span") if "/Lang" in span)
    assert ua_failures(data) == []
