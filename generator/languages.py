"""What differs by language when text is read and checked, one object per language.

The rest of the code asks a profile (`profile.sentences(text)`, `profile.size(text)`,
`profile.addresses(text)`) and never branches on a language code. A content language
without a profile is reported (STR013) instead of being checked as if it were English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A content folder name: a BCP 47 tag such as en or zh-TW.
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
EN_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")
ZH_SENTENCE_END = re.compile(r"(?<=[。！？；])")
WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
# Simplified forms that Big5 happens to encode; all others are found by encoding.
SIMPLIFIED_IN_BIG5 = "体据与么"


@dataclass(frozen=True)
class Profile:
    """How to read one language: sentences, length, address, script, measures, lexicon."""

    tag: str
    sentence_end: re.Pattern
    unit: str            # what size() counts: "words" or "characters"
    address: re.Pattern  # the reader addressed directly ('you' / 「您」)
    address_hint: str
    readability: str     # "flesch-kincaid" or "sentence-length" (check/readability.py)
    lexicon: str         # the key of this language's patterns in check/hype.yaml
    stops: str = ".!?"         # what ends a sentence (not counted in its length)
    traditional: bool = False  # Simplified-only characters are errors (TRN007)
    native_name: str = ""      # the language's name for itself, where Babel's is clumsy

    def sentences(self, text: str) -> list[tuple[int, str]]:
        """Each sentence with its offset in `text`."""
        found, start = [], 0
        for match in self.sentence_end.finditer(text):
            found.append((start, text[start:match.start()]))
            start = match.end()
        found.append((start, text[start:]))
        return [(offset, part.strip()) for offset, part in found if part.strip()]

    def size(self, text: str) -> int:
        """What a reader has to get through: words, or Han characters."""
        if self.unit == "characters":
            return len(HAN.findall(text))
        return len(WORD.findall(text))

    def sentence_length(self, sentence: str) -> int:
        """Characters that count towards a sentence's length: no spaces, no closing stop."""
        if self.unit == "characters":
            return len(re.sub(rf"[\s{re.escape(self.stops)}]", "", sentence))
        return len(WORD.findall(sentence))

    def addresses(self, text: str) -> bool:
        return bool(self.address.search(text))

    def foreign_script(self, text: str) -> list[str]:
        """Characters this language's script does not use (Simplified in Traditional)."""
        if not self.traditional:
            return []
        return sorted({char for char in text if simplified(char)})


def simplified(char: str) -> bool:
    """A Simplified-only Han character: not in Big5 but in GB2312 (or a known exception)."""
    if char in SIMPLIFIED_IN_BIG5:
        return True
    if not HAN.match(char):
        return False
    try:
        char.encode("big5")
        return False
    except UnicodeEncodeError:
        pass
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


PROFILES = {profile.tag: profile for profile in (
    Profile("en", EN_SENTENCE_END, "words", re.compile(r"\byou(?:r|rs|rself)?\b", re.I),
            "speak to the reader: 'you'", "flesch-kincaid", "en"),
    Profile("zh-TW", ZH_SENTENCE_END, "characters", re.compile("您"),
            "speak to the reader: 「您」", "sentence-length", "zh-TW", stops="。！？；",
            traditional=True,
            native_name="繁體中文"),
)}


def profile(tag: str) -> Profile | None:
    return PROFILES.get(tag)
