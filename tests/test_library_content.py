"""The repository's own content renders in every language and format, with its sources."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import REPO, pdf_text, size_of, ua_failures

from generator.cli import cli
from generator.handout import gather
from generator.library import load_library
from generator.measure import measure_pdf

PROJECT = load_library(REPO)
CASES = [(t, lang) for t in PROJECT.topics for lang in PROJECT.langs]
# The gate as of the library's last review, not as of the day the tests run: an overdue
# review is `.ci/run`'s `handout check --strict` to report, with today's date.
REVIEWED_ON = max(block.reviewed for block in PROJECT.blocks.values())


def first_sentence(markdown: str) -> str:
    """The first plain sentence of a block body, as the PDF shows it."""
    for line in markdown.splitlines():
        line = line.strip().lstrip("-*0123456789. ").replace("**", "")
        if line and not line.startswith("#") and "[" not in line and "`" not in line:
            for end in ("。", ". "):
                if end in line:
                    return line.split(end)[0] + end.strip()
            return line
    raise AssertionError("block has no plain sentence")


def test_the_library_has_eight_topics_in_both_languages():
    assert len(PROJECT.topics) == 8
    assert PROJECT.langs == ("en", "zh-TW")


def test_the_library_passes_its_own_quality_gate():
    """Every balance block, every source resolvable, same trial IDs and numbers in both
    languages, readable, hype-free, reviews current: `handout check --strict` finds nothing."""
    from generator.check.runner import run

    findings = run(PROJECT, strict=True, today=REVIEWED_ON).findings
    assert [f.format(REPO) for f in findings] == []


@pytest.mark.parametrize("topic,lang", CASES)
def test_library_pdf_has_every_block_and_fits_four_pages(tmp_path, topic, lang):
    out = tmp_path / "h.pdf"
    result = CliRunner().invoke(cli, ["--root", str(REPO), "render", topic, "--lang", lang,
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    measured = measure_pdf(data)
    assert measured.pages <= 4  # A4: the limit of issues 10 and 13
    assert measured.smallest_pt >= 9  # issue 13: nothing under 9 pt, sources included
    assert ua_failures(data) == []
    text = "".join(pdf_text(data).split())
    handout = gather(PROJECT, topic, lang)
    opening = first_sentence(handout.sections[0].block.body.text)
    assert size_of(data, opening[:8] if lang == "zh-TW" else " ".join(opening.split()[:2])) >= 12
    assert "".join(handout.text.title.split()) in text
    for section in handout.sections:
        block = section.block
        sentence = "".join(first_sentence(block.body.text).replace(
            "{reviewed}", handout.language.date(block.reviewed)).split())
        assert sentence in text, f"{section.block.path}: {sentence!r} not in the PDF"


def test_both_languages_have_the_same_blocks_and_sources():
    for topic in PROJECT.topics:
        en, zh = gather(PROJECT, topic, "en"), gather(PROJECT, topic, "zh-TW")
        assert [s.block.kind for s in en.sections] == [s.block.kind for s in zh.sections]
        assert [s.block.sources for s in en.sections] == [s.block.sources for s in zh.sections]
