"""PDFs checked by what a reader and a PDF tool see: text, fonts, metadata, pages."""

from __future__ import annotations

import io
import re

import pytest
from conftest import pdf_text
from pypdf import PdfReader

SENTENCES = {
    "en": ["What exosomes are", "Exosomes are tiny bubbles that cells release.",
           "The first studies of their benefit are small.",
           "No exosome treatment is approved in Taiwan or the US."],
    "zh-TW": ["外泌體是什麼", "外泌體是細胞釋放的微小泡泡。", "最早的研究規模很小。",
              "臺灣和美國都沒有核准任何外泌體治療。"],
}
FOOTERS = {"en": ["Page 1 of 2", "Page 2 of 2", "Reviewed: November 1, 2026", "Next review: May 1, 2027"],
           "zh-TW": ["第 1 頁，共 2 頁", "第 2 頁，共 2 頁", "審閱日期：2026年11月1日", "下次審閱：2027年5月1日"]}
LANG_TAG = {"en": "en", "zh-TW": "zh-Hant-TW"}


def render(run, project, lang, *extra):
    out = project / f"out-{lang}.pdf"
    result = run("render", "basics", "--lang", lang, "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def fonts_of(data: bytes) -> dict[str, dict]:
    reader = PdfReader(io.BytesIO(data))
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            found[str(font["/BaseFont"])] = descriptor.get_object()
    return found


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_pdf_has_title_blocks_and_footer_text(run, project, lang):
    text = pdf_text(render(run, project, lang))
    flat = "".join(text.split())  # lines may break anywhere in Chinese
    for sentence in SENTENCES[lang]:
        assert "".join(sentence.split()) in flat
    for footer in FOOTERS[lang]:
        assert footer in text
    assert re.search(r"[0-9a-f]{10}", text), "content version missing from the footer"


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_pdf_embeds_only_our_fonts_subset_with_real_bold(run, project, lang):
    fonts = fonts_of(render(run, project, lang))
    assert {re.sub(r"^/[A-Z]{6}\+", "", name) for name in fonts} == {
        "Handout-Sans", "Handout-Sans-Bold"}
    for name, descriptor in fonts.items():
        assert re.match(r"^/[A-Z]{6}\+", name), f"{name} is not marked as a subset"
        embedded = descriptor["/FontFile3"].get_object()
        assert len(embedded.get_data()) < 150_000, "font was not subset"


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
def test_pdf_metadata_language_and_tags(run, project, lang):
    reader = PdfReader(io.BytesIO(render(run, project, lang)))
    assert reader.metadata.title == SENTENCES[lang][0]
    assert reader.metadata.author == "exo-handouts"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == LANG_TAG[lang]
    assert "/StructTreeRoot" in root, "PDF is not tagged"


def test_pdf_is_reproducible(run, project):
    assert render(run, project, "zh-TW") == render(run, project, "zh-TW")


def test_paper_size_and_large_print(run, project):
    letter = PdfReader(io.BytesIO(render(run, project, "en", "--paper", "Letter")))
    width, height = (float(v) for v in letter.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)
    a4 = PdfReader(io.BytesIO(render(run, project, "en")))
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]

    sizes = []
    large = PdfReader(io.BytesIO(render(run, project, "en", "--large-print")))
    for page in large.pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.append(
            abs(size * tm[0] * cm[0])) if text.strip() else None)
    assert sizes and min(sizes) >= 18 - 0.01, f"smallest text is {min(sizes)} pt"


def test_consult_details_printed_but_not_in_metadata_or_file_name(run, project):
    data = render(run, project, "zh-TW", "--patient", "王小明", "--clinician", "李醫師",
                  "--date", "2026-11-21", "--note", "下次回診再討論。")
    text = pdf_text(data)
    for expected in ("王小明", "李醫師", "2026年11月21日", "下次回診再討論。"):
        assert expected in text
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert not any("王小明" in str(value) for value in metadata.values())
    assert not any("王小明" in p.name for p in project.rglob("*"))


def test_a_consult_print_carries_its_web_address_and_qr_code(run, project):
    """A paper copy leads to the current version: the topic page's address and a QR code,
    when handout.toml has a base_url, as on the site's PDFs (issue 13)."""
    def segments(data: bytes) -> int:  # the QR code is drawn as hundreds of line segments
        return sum(page.get_contents().get_data().count(b" l\n")
                   for page in PdfReader(io.BytesIO(data)).pages)

    data = render(run, project, "en", "--patient", "Jane Doe")
    assert "https://handouts.example.org/en/basics.html" in "".join(pdf_text(data).split())
    config = project / "handout.toml"
    config.write_text(config.read_text().replace('base_url = "https://handouts.example.org/"\n',
                                                 ""))
    plain = render(run, project, "en", "--patient", "Jane Doe")
    assert "handouts.example.org" not in pdf_text(plain)
    assert segments(data) - segments(plain) > 200


def test_same_inputs_give_the_same_pdf_wherever_the_project_is(project, tmp_path, engine):
    import shutil

    from generator.library import load_library
    from generator.render import render

    elsewhere = tmp_path / "somewhere" / "else"
    shutil.copytree(project, elsewhere)
    here, there = (render(load_library(p), "basics", "zh-TW", "pdf", engine=engine)
                   for p in (project, elsewhere))
    assert here.handout.version == there.handout.version
    assert here.data == there.data
