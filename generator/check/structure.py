"""Structure: every manifest block in every language, every citation resolvable, no strays."""

from __future__ import annotations

from collections.abc import Iterator

from ..blocks import block_path
from ..errors import HandoutError, Problem
from ..markup import render_block
from .library import Library


def check_structure(library: Library, topics: list[str], langs: list[str]) -> Iterator[Problem]:
    content = library.project.content_dir
    for topic_id in topics:
        topic = library.topics[topic_id]
        for lang in langs:
            if topic_id not in library.texts.get(lang, {}):
                yield Problem(f"topic {topic_id!r} has no title and purpose in {lang}",
                              content / lang / "topics.yaml", rule="STR010",
                              hint=f"add '{topic_id}:' with 'title:' and 'purpose:'")
            for block_id, line in zip(topic.blocks, topic.block_lines, strict=True):
                if library.block(lang, block_id) is None and not block_path(
                        content, lang, block_id).exists():
                    have = [o for o in library.langs if library.block(o, block_id)]
                    what = (f"has no {lang} translation (it exists in {', '.join(have)})"
                            if have else "does not exist in any language")
                    yield Problem(f"block {block_id!r} {what}", topic.path, line,
                                  hint=f"create content/{lang}/{block_id}.md",
                                  rule="STR005")
    for (lang, _), block in sorted(library.blocks.items()):
        if lang not in langs:
            continue
        for source_id, line in zip(block.sources, block.source_lines, strict=True):
            if library.bibliography_loaded and source_id not in library.sources:
                yield Problem(f"source {source_id!r} is not in the bibliography", block.path,
                              line, hint="add it to sources.yaml or fix the id", rule="STR006")
        try:
            render_block(block)
        except HandoutError as exc:
            yield from exc.problems


def check_strays(library: Library) -> Iterator[Problem]:
    """Sources nobody cites and blocks no topic uses (only meaningful for a full run)."""
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


def check_parity(library: Library, langs: list[str]) -> Iterator[Problem]:
    """A block's kind and sources are the same in every language."""
    source = library.project.config.source_lang
    for block_id in library.block_ids():
        original = library.block(source, block_id)
        if original is None:
            continue
        for lang in langs:
            other = library.block(lang, block_id)
            if other is None or lang == source:
                continue
            if other.kind != original.kind:
                yield Problem(f"kind is {other.kind!r} here but {original.kind!r} in {source}",
                              other.path, 2, rule="STR009",
                              hint="a block has one kind in every language")
            if sorted(other.sources) != sorted(original.sources):
                missing = sorted(set(original.sources) - set(other.sources))
                extra = sorted(set(other.sources) - set(original.sources))
                yield Problem(f"sources differ from {source}: missing {missing}, extra {extra}",
                              other.path, other.source_lines[0] if other.source_lines else 4,
                              rule="STR009", hint="cite the same sources in every language")
