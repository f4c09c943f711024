"""Hype: marketing claims in either language, told apart from their negation or report.

A claim is a predicate of one kind (safety, benefit, comparison, approval, social proof,
suitability, promotion) said of a treatment or product (named, a pronoun, or the
headline's unstated subject), unless it is hedged ("may", 「可能」), negated ("no proof
that", 「並非」), or attributed in order to be distanced or refuted ("so-called",
「號稱」, "… is a myth"). The clinic's own voice ("Dr Lee says …", 「院長表示…」) and a
conditional ("if treated early, …") do not distance a claim.

The patterns are data (hype.yaml), one list per kind and language profile
(`Profile.lexicon`). Each finding names its kind and the words that made it.
A sentence the patterns pass is read by a small trained model (hype_model/<lang>.json,
bench/claims/train_model.py): above its threshold, and unless the same distance cues stand
at its heaviest words, it is a warning (HYP011) for a reviewer, with the kind it reads and
those words. Measured on bench/claims (python bench/claims/evaluate.py --detector …).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..blocks import Block
from ..errors import Problem
from ..files import line_of
from ..languages import profile
from ..library import Library
from ..project import TEXT_KEYS
from ..topics import TopicText
from .registry import Rule, case, scope

DATA = Path(__file__).with_name("hype.yaml")
# Paired marks; the straight quote " is paired in order, so a stray one (an inch mark,
# a quote left open) quotes nothing.
QUOTES = (("「", "」"), ("“", "”"), ("『", "』"), ("‘", "’"))
STRAIGHT = '"'
CLAUSE_END = re.compile(r"([,，、:：;；—–(（?？!！]|\s-\s)")
LIST_COMMA = (",", "，", "、")
PARENTHESIS = re.compile(r"\([^()]*\)|（[^（）]*）")  # "No trial (Phase III) has shown"
# The rest of a question: "Do exosomes repair joints?", 「外泌體能對抗癌症嗎？」
QUESTION = re.compile(r"^[^.。!！?？]*(?:[?？]|嗎)")
CONTINUES = re.compile(r"\s*(?:or|nor)\b|\s*[或]", re.IGNORECASE)
KEEP_HINT = "state what is known instead, or keep it with a reason: a line " \
            "'[//]: # (hype-ok: why)' above it"
DISTANCE = ("negation", "report", "refute", "hedge", "evidence_hedge")  # what `_distanced` reads
CUES = DISTANCE + ("own_voice", "carry")


@dataclass(frozen=True)
class Kind:
    rule: str
    kind: str
    patterns: tuple[re.Pattern, ...]
    advice: re.Pattern | None  # before the match: advice, not a claim ("a trial is safer")


@dataclass(frozen=True)
class Lexicon:
    kinds: tuple[Kind, ...]
    negation: re.Pattern
    report: re.Pattern
    refute: re.Pattern
    hedge: re.Pattern
    evidence_hedge: re.Pattern
    own_voice: re.Pattern
    carry: re.Pattern  # a clause ending so goes on in the next: 「沒有試驗證明，…」

    @property
    def rules(self) -> dict[str, list[re.Pattern]]:
        return {kind.rule: list(kind.patterns) for kind in self.kinds}


def _one(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


@cache
def data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


TERM = re.compile(r"%([a-z_]+)%")


@cache
def lexicon(key: str) -> Lexicon:
    loaded = data()
    terms = loaded.get("terms", {}).get(key, {})

    def expand(pattern: str) -> str:  # %treatment% -> the language's subject terms
        return TERM.sub(lambda m: f"(?:{terms[m.group(1)]})", pattern)

    kinds = tuple(
        Kind(rule, entry["kind"],
             tuple(re.compile(expand(p), re.IGNORECASE) for p in entry.get(key, [])),
             _one([expand(p) for p in entry["advice"][key]])
             if key in entry.get("advice", {}) else None)
        for rule, entry in loaded["rules"].items())
    return Lexicon(kinds, **{cue: _one([expand(p) for p in loaded[cue].get(key, [])])
                             for cue in CUES})


@dataclass(frozen=True)
class Claim:
    rule: str
    phrase: str
    kind: str = ""


DETECTORS = ("patterns", "model", "both")


def claims(sentence: str, lang: str, detector: str = "both") -> list[Claim]:
    """The claims a sentence makes, one per rule: the first phrase of each rule that is
    not hedged, negated, reported or quoted at a distance; and, when the patterns find
    none, the trained model's reading (HYP011), if it has one. `detector` picks the
    patterns, the model or both (bench/claims/evaluate.py compares them)."""
    measure = profile(lang)
    if measure is None:
        return []
    words = lexicon(measure.lexicon)
    quoted = _quoted(sentence)
    found = [] if detector == "model" else _pattern_claims(sentence, words, quoted)
    if found or detector == "patterns":
        return found
    model = hype_model(measure.lexicon)
    read = model.claim(sentence, words, quoted) if model else None
    return [read] if read else []


def _pattern_claims(sentence: str, words: Lexicon, quoted: list[tuple[int, int]]
                    ) -> list[Claim]:
    found = []
    for kind in words.kinds:
        for pattern in kind.patterns:
            match = next((m for m in pattern.finditer(sentence)
                          if not _distanced(sentence, m.start(), m.end(), words, quoted)
                          and not (kind.advice and _advice(sentence, m.start(), kind))),
                         None)
            if match:
                found.append(Claim(kind.rule, match.group(0).strip(), kind.kind))
                break
    return found


ORDER = ("safety", "benefit", "approval", "comparison", "social_proof", "suitability",
         "promotion")


def sentence_kind(found: list[Claim]) -> str:
    """The one kind a sentence's claims add up to (bench/claims/README.md, "Labelling
    guide"): the strongest, except that words inside an approval claim ("FDA-registered,
    so safety is guaranteed") are its ground, and that safety or benefit set against an
    alternative ("minimal compared with surgery") is a comparison."""
    if not found:
        return "none"
    kinds = {claim.kind for claim in found}
    approval = [c.phrase for c in found if c.kind == "approval"]
    kinds -= {c.kind for c in found if c.kind != "approval"
              and any(c.phrase in phrase for phrase in approval)}
    kinds |= {"approval"} if approval else set()
    if "comparison" in kinds and kinds & {"safety", "benefit"} and not any(
            c.rule == "HYP001" and SUPERLATIVE.search(c.phrase) for c in found):
        return "comparison"
    return next(kind for kind in ORDER if kind in kinds)


SUPERLATIVE = re.compile(r"safest|最安全", re.IGNORECASE)

# The trained model (bench/claims/train_model.py): a multinomial logistic regression over
# the kinds and "none", on character n-grams (and, in English, words and word pairs),
# shipped as data, one file per language profile, loaded on first use.
MODEL_DIR = Path(__file__).with_name("hype_model")
CLASSES = ORDER + ("none",)
WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ＡＢ１ -> AB1
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+|[^\w\s]")
PAD = "\x01"


def _normal(text: str) -> str:
    """Lower case, half-width, every digit a 0; one character for one, so that a feature's
    offsets are the sentence's."""
    return "".join("0" if char.isdigit() else lowered if len(lowered := char.lower()) == 1
                   else char for char in text.translate(WIDE))


def features(text: str, chars: tuple[int, int], words: bool, cues: Lexicon | None = None
             ) -> dict[str, list[tuple[int, int]]]:
    """Each feature of a sentence with the spans (start, end) it occurs at: character
    n-grams of `chars` sizes ("c:…", the sentence padded at both ends); with `words`,
    word unigrams and bigrams ("w:…", "b:… …"); with `cues`, where the lexicon's patterns
    match, distanced or not ("k:<kind>", "k:<kind>:free"), and its distance cues
    ("q:<cue>"), so that the model learns when the patterns are to be trusted."""
    found = _ngrams(text, chars, words)
    if cues is not None:
        quoted = _quoted(text)
        for kind in cues.kinds:
            for pattern in kind.patterns:
                for m in pattern.finditer(text):
                    span = (m.start(), m.end())
                    found.setdefault("k:" + kind.kind, []).append(span)
                    if not _distanced(text, m.start(), m.end(), cues, quoted):
                        found.setdefault(f"k:{kind.kind}:free", []).append(span)
        for cue in DISTANCE:
            for m in getattr(cues, cue).finditer(text):
                found.setdefault("q:" + cue, []).append((m.start(), m.end()))
    return found


def _ngrams(text: str, chars: tuple[int, int], words: bool
            ) -> dict[str, list[tuple[int, int]]]:
    norm = _normal(text)
    padded = PAD + norm + PAD
    found: dict[str, list[tuple[int, int]]] = {}
    for size in range(chars[0], chars[1] + 1):
        for index in range(len(padded) - size + 1):
            gram = padded[index:index + size]
            if gram.strip(PAD + " "):
                found.setdefault("c:" + gram, []).append(
                    (max(index - 1, 0), min(index - 1 + size, len(norm))))
    if words:
        tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(norm)]
        for index, (token, start, end) in enumerate(tokens):
            found.setdefault("w:" + token, []).append((start, end))
            if index + 1 < len(tokens):
                after, _, stop = tokens[index + 1]
                found.setdefault(f"b:{token} {after}", []).append((start, stop))
    return found


@dataclass(frozen=True)
class Model:
    """One language's trained model; `threshold` and `gate` were chosen by cross-validation
    (bench/claims/train_model.py): the model flags a sentence when its probability of
    some claim exceeds `threshold`, unless `gate` finds the claim distanced."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    chars: tuple[int, int]
    words: bool
    threshold: float
    gate: str  # how distance is read at its words (see `distanced`); "none": not at all
    cues: str = ""  # the lexicon whose matches are features too (see `features`), if any

    @classmethod
    def from_data(cls, data: dict) -> Model:
        return cls(tuple(data["classes"]), tuple(data["bias"]),
                   {key: tuple(value) for key, value in data["weights"].items()},
                   tuple(data["chars"]), data["words"], data["threshold"], data["gate"],
                   data.get("cues", ""))

    def read(self, sentence: str) -> tuple[list[float], dict[str, list[tuple[int, int]]]]:
        """The probability of each class, and the sentence's features the model knows."""
        found = features(sentence, self.chars, self.words,
                         lexicon(self.cues) if self.cues else None)
        known = {key: spans for key, spans in found.items() if key in self.weights}
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        scores = list(self.bias)
        for key in known:
            for index, weight in enumerate(self.weights[key]):
                scores[index] += scale * weight
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [value / total for value in exps], known

    def spans(self, sentence: str, kind: str, known: dict[str, list[tuple[int, int]]]
              ) -> list[tuple[float, int, int]]:
        """The words (English) or character runs (Chinese) that weigh most towards `kind`
        against "none": (weight, start, end), heaviest first, at most three."""
        k, none = self.classes.index(kind), self.classes.index("none")
        weight = [0.0] * len(sentence)
        for key, occurs in known.items():
            share = (self.weights[key][k] - self.weights[key][none]) / len(occurs)
            for start, end in occurs:
                for index in range(start, end):
                    weight[index] += share / (end - start)
        if self.words:
            runs = [(m.start(), m.end()) for m in TOKEN.finditer(sentence)
                    if m.group()[0].isalnum()]
        else:
            runs = [(start, start + size) for size in (2, 3, 4)
                    for start in range(len(sentence) - size + 1)
                    if not any(c.isspace() or not c.isalnum() for c in sentence[start:start + size])]
        scored = sorted(((sum(weight[s:e]), s, e) for s, e in runs), key=lambda t: (-t[0], t[1]))
        chosen: list[tuple[float, int, int]] = []
        for value, start, end in scored:
            if value <= 0 or len(chosen) == 3:
                break
            if all(end <= s or start >= e for _, s, e in chosen):
                chosen.append((value, start, end))
        return chosen

    def claim(self, sentence: str, words: Lexicon, quoted: list[tuple[int, int]]
              ) -> Claim | None:
        """HYP011: the model's claim in a sentence, with the words that made it."""
        probabilities, known = self.read(sentence)
        if 1 - probabilities[self.classes.index("none")] <= self.threshold:
            return None
        kind = max(ORDER, key=lambda name: probabilities[self.classes.index(name)])
        chosen = self.spans(sentence, kind, known)
        if not chosen:
            return None
        if self.distanced(sentence, chosen, words, quoted):
            return None
        return Claim("HYP011", _phrase(sentence, chosen), kind)

    def distanced(self, sentence: str, chosen: list[tuple[float, int, int]], words: Lexicon,
                  quoted: list[tuple[int, int]]) -> bool:
        """The patterns' distance cues (negation, hedge, report, refutation, scare quotes)
        at the model's words: the heaviest ("span"), any of them ("spans"), or any cue
        anywhere in the sentence ("sentence")."""
        if self.gate == "sentence":
            return any(cue.search(sentence) for cue in
                       (words.negation, words.hedge, words.report, words.evidence_hedge))
        count = {"span": 1, "spans": len(chosen)}.get(self.gate, 0)
        return any(_distanced(sentence, start, end, words, quoted)
                   for _, start, end in chosen[:count])


def _phrase(sentence: str, chosen: list[tuple[float, int, int]]) -> str:
    """The chosen spans in the sentence's order; neighbours joined as they stand."""
    parts: list[list[int]] = []
    for _, start, end in sorted(chosen, key=lambda t: t[1]):
        if parts and not sentence[parts[-1][1]:start].strip():
            parts[-1][1] = end
        else:
            parts.append([start, end])
    return " … ".join(sentence[start:end] for start, end in parts)


@cache
def hype_model(key: str) -> Model | None:
    """The language's model from the package, or None if it ships none."""
    path = MODEL_DIR / f"{key}.json"
    if not path.is_file():
        return None
    return Model.from_data(json.loads(path.read_text(encoding="utf-8")))


def _clause(before: str, carry: re.Pattern | None = None) -> str:
    """The clause a match stands in, up to it: back to the last clause mark, and further
    over an "or" ("no X is approved, or proven to work") or a comma after a `carry` cue
    ("nobody has shown they are consistent, safe and effective")."""
    parts = CLAUSE_END.split(PARENTHESIS.sub(lambda m: " " * len(m.group()), before))
    scope_ = parts.pop()  # parts: text, mark, text, mark, ..., text
    while parts and (CONTINUES.match(scope_) or
                     (parts[-1] in LIST_COMMA and carry and carry.search(parts[-2]))):
        mark = parts.pop()
        scope_ = parts.pop() + mark + scope_
    return scope_


def _advice(sentence: str, start: int, kind: Kind) -> bool:
    return bool(kind.advice.search(_clause(sentence[:start])))  # type: ignore[union-attr]


def _distanced(sentence: str, start: int, end: int, words: Lexicon,
               quoted: list[tuple[int, int]]) -> bool:
    before = sentence[:start]
    scope_ = _clause(before, words.carry)
    inside = sentence[start:end]  # a subject ... predicate match spans its own hedges
    if words.negation.search(scope_) or words.hedge.search(scope_ + inside):
        return True
    if words.report.search(before + inside) or words.evidence_hedge.search(sentence):
        return True
    if words.refute.search(sentence[end:]) or QUESTION.match(sentence[end:]):
        return True
    for open_, close in quoted:  # scare quotes, unless the clinic speaks in them
        if open_ < start and end <= close + 1:
            after = sentence[close + 1:]
            return not (words.own_voice.match(after) or (open_ == 0 and not after.strip(" .。")))
    return False


def _quoted(sentence: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of each quotation; an unpaired mark quotes nothing."""
    spans = []
    for open_, close in QUOTES:
        stack = []
        for index, char in enumerate(sentence):
            if char == open_:
                stack.append(index)
            elif char == close and stack:
                spans.append((stack.pop(), index))
    marks = [index for index, char in enumerate(sentence) if char == STRAIGHT]
    spans += list(zip(marks[::2], marks[1::2]))
    return spans


def message(claim: Claim) -> str:
    """What a finding says: the kind of claim, and the words that made it."""
    return f"{MESSAGE[claim.rule]} ({claim.kind}): {claim.phrase!r}"


@scope("library")
def check_topic_texts(library: Library) -> Iterator[Problem]:
    """Hype in each topic's title and purpose line."""
    for lang, texts in library.texts.items():
        for text in texts.values():
            for value, line in ((text.title, text.title_line), (text.purpose, text.purpose_line)):
                for claim in claims(value, lang):
                    yield Problem(message(claim), text.path, line, rule=claim.rule,
                                  hint="state what is known instead")


@scope("library")
def check_config_texts(library: Library) -> Iterator[Problem]:
    """Hype in the clinic's texts from handout.toml (clinic, contact, logo_alt, reviewer,
    update_policy, funding), printed on every handout: a text given per language is read
    in its language, a plain one in every language of the library. Names and contact
    lines (clinic, contact, logo_alt, reviewer) get the patterns only: the model was
    trained and measured on sentences, and reads "Dr Lin, dermatologist" or a phone
    number as a claim."""
    config = library.project.config
    for key in TEXT_KEYS:
        detector = "both" if key in PROSE_KEYS else "patterns"
        value = getattr(config, key)
        texts = (value.items() if isinstance(value, dict) else
                 ((lang, value) for lang in library.langs) if value else ())
        seen = set()
        for lang, text in texts:
            measure = profile(lang)
            if measure is None:
                continue
            where = (key, lang) if isinstance(value, dict) else (key,)
            for _, sentence in measure.sentences(text):
                for claim in claims(sentence, lang, detector):
                    if (claim.rule, where) in seen:
                        continue
                    seen.add((claim.rule, where))
                    yield Problem(f"{key}: {message(claim)}", config.path,
                                  line_of(config.lines, where), rule=claim.rule,
                                  hint="state what is known instead")


PROSE_KEYS = ("update_policy", "funding")  # the configured texts the model reads too


@scope("block")
def check_hype(block: Block, today: dt.date | None = None) -> Iterator[Problem]:
    """Hype in a block's title (printed as the section's heading) and in each sentence of
    its body: paragraphs, headings, list items and table cells."""
    return _block_hype(block, "both")


def printed_errors(blocks: list[Block], texts: list[TopicText], lang: str) -> list[Problem]:
    """The hype that stops a handout from being printed (`render`, `build`): the patterns'
    claims in its blocks, title and purpose lines, unless kept with a reason. The model's
    readings (HYP011) are warnings for a reviewer, not a gate."""
    found = [p for block in blocks for p in _block_hype(block, "patterns")]
    for text in texts:
        for value, line in ((text.title, text.title_line), (text.purpose, text.purpose_line)):
            found += [Problem(message(claim), text.path, line, rule=claim.rule,
                              hint="state what is known instead")
                      for claim in claims(value, lang, detector="patterns")]
    return [p for p in found if p.severity == "error" and SEVERITY.get(p.rule) == "error"]


def _block_hype(block: Block, detector: str) -> Iterator[Problem]:
    measure = profile(block.lang)
    for claim in claims(block.title, block.lang, detector):
        yield Problem(message(claim), block.path, block.line("title"), rule=claim.rule,
                      hint="state what is known instead")
    for unit in block.body.units if measure else ():
        markers = {family: (why, line) for family, why, line in unit.silenced}
        reason, marker_line = markers.get("hype", ("", 0))
        for offset, sentence in measure.sentences(unit.text):
            for claim in claims(sentence, block.lang, detector):
                yield Problem(message(claim), block.path, unit.line_at(offset),
                              rule=claim.rule, severity="silenced" if reason else "error",
                              note=reason or "", hint=None if reason else KEEP_HINT)
        if "hype" in markers and not reason:
            yield Problem("hype-ok marker without a reason", block.path, marker_line,
                          rule="HYP010", hint="write why: [//]: # (hype-ok: the reason)")


EN, ZH = "content/en/what.md", "content/zh-TW/what.md"
EN_LINE, ZH_LINE = "You cannot see them.", "您用肉眼看不到它們。"
CHECKS = (check_hype, check_topic_texts, check_config_texts)


def _pair(rule_id, severity, summary, rationale, file, old, trigger, near):
    """A hype rule whose trigger replaces a sentence; runs at import (see registry.case)."""
    return Rule(rule_id, severity, summary, rationale,  # pragma: no mutate
                CHECKS,  # pragma: no mutate
                case((file, old, trigger), at=(file, trigger)),  # pragma: no mutate
                case((file, old, near)))  # pragma: no mutate


RULES = (
    _pair("HYP001", "error",
          "claims no, rare or minimal risk, side effects or downtime, or the safest "
          "('side effects are extremely rare', 「無副作用」)",
          "DISCERN 6; balance-and-quality.md hype list", ZH, ZH_LINE, "外泌體無副作用。",
          "並非沒有副作用。"),
    _pair("HYP002", "error",
          "claims a benefit or cure for an unapproved treatment, unhedged "
          "('restores elasticity', 「根治」「修復受損細胞」)",
          "DISCERN 6; efficacy claimed for unapproved treatments", EN, EN_LINE,
          "They cure arthritis.", "There is no cure."),
    _pair("HYP003", "error", "'natural' or 'your own cells' offered as proof of safety",
          "DISCERN 6; seed 001's 'recognised as self' argument", ZH, ZH_LINE,
          "由於來自您自身的細胞，幾乎不會有排斥反應。", "來自您自身的細胞，不等於安全。"),
    _pair("HYP004", "error",
          "better, safer or stronger than an alternative, or ranked first, without data "
          "('safer than stem cells', 「取代雷射」)",
          "DISCERN 6; seed 003's vaccine comparison", ZH, ZH_LINE,
          "外泌體疫苗效力不亞於mRNA疫苗。", "沒有研究比較外泌體疫苗和mRNA疫苗。"),
    _pair("HYP005", "error",
          "a price, offer, booking call or contact line inside educational text (「立即諮詢」)",
          "DISCERN 6 and 2: education, not promotion", "content/zh-TW/help.md",
          "請問您的醫師或藥師。", "立即諮詢我們的醫師！", "請問您的醫師或藥師，再決定。"),
    _pair("HYP006", "error", "'clinically proven' / 「臨床證實」 without a trial",
          "DISCERN 4-6: evidence named, not asserted", EN, EN_LINE,
          "It is clinically proven.", "It is not clinically proven."),
    _pair("HYP007", "error",
          "celebrities, patient counts, ratings or popularity offered as proof "
          "('celebrities swear by', 「明星都在打」)",
          "DISCERN 6; testimonials are not evidence", EN, EN_LINE,
          "Celebrities swear by them.", "Celebrities are no evidence."),
    _pair("HYP008", "error",
          "who the treatment is 'suitable for', as marketing ('ideal candidates', 「適合…族群」)",
          "DISCERN 6 and 15: whether it suits you is for your doctor", ZH, ZH_LINE,
          "特別適合熬夜族使用。", "是否適用於您，請問您的醫師。"),
    _pair("HYP009", "error",
          "an approval, registration, certificate, standard or patent offered as proof "
          "('FDA registered, so safe', 「衛福部核准，安心有保障」)",
          "DISCERN 4 and 6; an approval says what it says, no more", EN, EN_LINE,
          "FDA registered, so you know it's safe.",
          "FDA registration does not mean a product works."),
    _pair("HYP011", "warning",
          "the model reads a claim the patterns do not name (its kind and its heaviest "
          "words are given; a reviewer decides)",
          "bench/claims: the patterns miss paraphrases; a trained model "
          "(bench/claims/train_model.py) reads them", EN, EN_LINE,
          "Side effects are practically unheard of.", "Side effects are not unheard of."),
    Rule("HYP010", "error", "a hype silence marker has no written reason",
         "A kept claim must carry its justification (balance-and-quality.md)", (check_hype,),
         case((EN, "Exosomes are", "[//]: # (hype-ok)\nExosomes are"), at=(EN, "[//]:")),
         case((EN, "Exosomes are", "[//]: # (hype-ok: quotes an advert)\nExosomes are"))),
)
SUMMARY = {rule.id: rule.summary for rule in RULES}
SEVERITY = {rule.id: rule.severity for rule in RULES}
KINDS = {kind.rule: kind.kind for kind in lexicon("en").kinds}
# What a finding says before its kind and words: "claims … (safety): 'zero downtime'".
MESSAGE = {
    "HYP001": "claims rare or no side effects, risk or downtime",
    "HYP002": "claims a benefit or cure",
    "HYP003": "offers 'natural' or 'your own cells' as proof of safety",
    "HYP004": "claims to beat an alternative, without data",
    "HYP005": "promotes a price, offer or booking",
    "HYP006": "asserts proof without naming a trial",
    "HYP007": "offers popularity or endorsement as proof",
    "HYP008": "markets whom the treatment suits",
    "HYP009": "offers an approval, registration or certificate as proof",
    "HYP011": "the model reads a claim the patterns do not name",
}
