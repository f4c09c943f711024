"""Structure across files: sources nobody cites, blocks no topic uses, and translations
that differ from their source in kind or sources."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

from .. import fonts
from ..errors import Problem
from ..files import line_of
from ..library import Library
from ..project import TEXT_KEYS
from .registry import Rule, case, scope


@scope("library")
def check_strays(library: Library) -> Iterator[Problem]:
    """Sources nobody cites and blocks no topic uses."""
    cited = {s for block in library.blocks.values() for s in block.sources}
    for source_id, source in library.sources.items():
        if source_id not in cited:
            yield Problem(f"source {source_id!r} is not cited by any block",
                          source.path, source.line, rule="STR007",
                          hint="cite it where its facts are used, or remove it")
    used = {b for topic in library.topics.values() for b in topic.blocks}
    for (_, block_id), block in sorted(library.blocks.items()):
        if block_id not in used:
            yield Problem(f"block {block_id!r} is not used by any topic", block.path,
                          rule="STR012", hint="add it to a topic in content/topics.yaml")


@scope("library")
def check_glyphs(library: Library) -> Iterator[Problem]:
    """Every printed character must be in the bundled fonts, or the PDF shows an empty
    box; the render refuses it, and this finds it first, at its line."""
    texts: list[tuple[str, object, int | None]] = []
    for block in library.blocks.values():
        texts.append((block.title, block.path, block.line("title")))
        texts += [(line, block.path, block.body_line + index)
                  for index, line in enumerate(block.body_text.split("\n"))]
    for lang_texts in library.texts.values():
        for text in lang_texts.values():
            texts += [(text.title, text.path, text.title_line),
                      (text.purpose, text.path, text.purpose_line)]
    for source in library.sources.values():
        texts += [(getattr(source, f.name), source.path, source.line) for f in fields(source)
                  if isinstance(getattr(source, f.name), str)]
    config = library.project.config
    for key in TEXT_KEYS:
        value = getattr(config, key)
        for lang_text in value.values() if isinstance(value, dict) else (value,):
            texts.append((lang_text, config.path, line_of(config.lines, (key,))))
    missing = fonts.missing_chars({char for text, _, _ in texts for char in text})
    for text, path, line in texts:
        if found := sorted(missing.intersection(text)):
            yield Problem("the bundled fonts cannot draw " + ", ".join(
                f"{char!r} (U+{ord(char):04X})" for char in found), path, line,
                rule="STR014", hint="replace the character, or write it out in words")


@scope("pair")
def check_parity(original, translation) -> Iterator[Problem]:
    """A block's kind and sources are the same in every language."""
    source = original.lang
    if translation.kind != original.kind:
        yield Problem(f"kind is {translation.kind!r} here but {original.kind!r} in {source}",
                      translation.path, translation.line("kind"), rule="STR009",
                      hint="a block has one kind in every language")
    if sorted(translation.sources) != sorted(original.sources):
        missing = sorted(set(original.sources) - set(translation.sources))
        extra = sorted(set(translation.sources) - set(original.sources))
        yield Problem(f"sources differ from {source}: missing {missing}, extra {extra}",
                      translation.path, translation.line("sources"), rule="STR009",
                      hint="cite the same sources in every language")


EN, ZH = "content/en/", "content/zh-TW/"
S3 = 's3:\n  organisation: "X"\n  title: "Y"\n  year: 2020\n  url: "https://example.org/"\n' \
     '  accessed: 2026-11-21\ns2:\n'
EXTRA = ("---\nkind: overview\ntitle: Extra\nsources: [s1]\nreviewed: 2026-11-01\n"
         "next_review: 2027-05-01\nreviewer: Test reviewer\n---\nMore about you.\n")
RULES = (
    Rule("STR007", "warning", "a bibliography entry is never cited",
         "Keeps the source list honest and reviewable", (check_strays,),
         case(("content/sources.yaml", "s2:\n", S3), at=("content/sources.yaml", "s3:")),
         case(("content/sources.yaml", "s2:\n", S3),
              (EN + "law.md", "sources: [s2]", "sources: [s2, s3]"),
              (ZH + "law.md", "sources: [s2]", "sources: [s2, s3]"))),
    Rule("STR009", "error", "a block's kind or sources differ between languages",
         "Both languages must say the same things from the same sources", (check_parity,),
         case((ZH + "what.md", "kind: overview", "kind: summary"),
              at=(ZH + "what.md", "kind: summary")),
         case((ZH + "what.md", "sources: [s1]", "sources: [ s1 ]"))),
    Rule("STR014", "error", "a character the bundled fonts cannot draw",
         "A PDF would print an empty box in its place; the render refuses it",
         (check_glyphs,),
         case((EN + "risks.md", "serious infection.", "serious infection 🤒."),
              at=(EN + "risks.md", "serious infection")),
         case((EN + "risks.md", "serious infection.", "serious infection (感染) – ≥ 18 %."))),
    Rule("STR012", "warning", "a block file is not used by any topic",
         "Unused text goes stale without anyone reviewing it", (check_strays,),
         case((EN + "extra.md", "", EXTRA), at=(EN + "extra.md", None)),
         case((EN + "extra.md", "", EXTRA), (ZH + "extra.md", "", EXTRA.replace(
             "More about you.", "關於您的更多資訊。")),
              ("content/topics.yaml", "help]", "help, extra]"))),
)
