"""The language-neutral topic manifest and each language's topic titles and purpose lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .blocks import SLUG
from .errors import Problems
from .files import load_mapping

MANIFEST = "topics.yaml"


@dataclass(frozen=True)
class Topic:
    """A topic: which blocks, in which order; `block_lines` locate them in the manifest."""

    id: str
    blocks: tuple[str, ...]
    path: Path
    line: int
    block_lines: tuple[int, ...]


@dataclass(frozen=True)
class TopicText:
    """A topic's title and purpose line in one language."""

    title: str
    purpose: str
    path: Path
    line: int
    title_line: int
    purpose_line: int


RESERVED = frozenset({"index"})  # <lang>/index.html is the language's index


def read_manifest(data: bytes, path: Path, problems: Problems) -> dict[str, Topic]:
    loaded = load_mapping(data, path, problems, "topic ids to their blocks")
    if loaded is None:
        return {}
    entries, lines = loaded
    topics: dict[str, Topic] = {}
    for topic_id, entry in entries.items():
        line = lines[(topic_id,)]
        if not isinstance(topic_id, str) or not SLUG.match(topic_id):
            problems.add(f"topic id {topic_id!r} must be lower-case letters, digits and "
                         "hyphens, at most 64", path, line, rule="STR003",
                         hint="quote it if it is a number or a word such as 'no'")
            continue
        if topic_id in RESERVED:
            problems.add(f"topic id {topic_id!r} is taken by the site's own pages", path, line,
                         rule="STR003", hint="choose another id; each language's index is "
                                             "index.html")
            continue
        if not isinstance(entry, dict) or set(entry) != {"blocks"}:
            problems.add(f"topic {topic_id!r} must have exactly one key, 'blocks'", path, line,
                         rule="STR004", hint="write: blocks: [block-a, block-b]")
            continue
        blocks = entry["blocks"]
        if not (isinstance(blocks, list) and blocks):
            problems.add(f"topic {topic_id!r}: blocks must be a non-empty list of block ids",
                         path, lines[(topic_id, "blocks")], rule="STR003",
                         hint="e.g. blocks: [what-exosomes-are, evidence-in-people]")
            continue
        wrong = [i for i, b in enumerate(blocks) if not (isinstance(b, str) and SLUG.match(b))]
        if wrong:
            problems.add(f"topic {topic_id!r}: block id {blocks[wrong[0]]!r} must be the name "
                         "of a block file: lower-case letters, digits and hyphens, at most 64",
                         path, lines[(topic_id, "blocks", wrong[0])], rule="STR003",
                         hint="e.g. what-exosomes-are for content/<lang>/what-exosomes-are.md")
            continue
        block_lines = tuple(lines[(topic_id, "blocks", i)] for i in range(len(blocks)))
        for index, block_id in enumerate(blocks):
            if block_id in blocks[:index]:
                problems.add(f"block {block_id!r} is listed twice in topic {topic_id!r}",
                             path, block_lines[index], rule="STR008",
                             hint="list each block once")
        topics[topic_id] = Topic(topic_id, tuple(blocks), path, line, block_lines)
    return topics


def read_topic_texts(data: bytes, path: Path, problems: Problems) -> dict[str, TopicText]:
    loaded = load_mapping(data, path, problems, "topic ids to a title and a purpose")
    if loaded is None:
        return {}
    entries, lines = loaded
    texts: dict[str, TopicText] = {}
    for topic_id, entry in entries.items():
        line = lines[(topic_id,)]
        if not isinstance(topic_id, str) or not SLUG.match(topic_id):
            problems.add(f"topic id {topic_id!r} must be lower-case letters, digits and "
                         "hyphens", path, line, rule="STR003", hint="quote it if it is a "
                         "number or a word such as 'no'")
            continue
        if not isinstance(entry, dict):
            problems.add(f"topic {topic_id!r} needs 'title' and 'purpose'", path, line,
                         rule="STR010", hint="write 'title:' and 'purpose:' under it")
            continue
        for key in entry.keys() - {"title", "purpose"}:
            problems.add(f"unknown key {key!r} in topic {topic_id!r}", path,
                         lines[(topic_id, key)], hint="only 'title' and 'purpose' are used",
                         rule="STR004")
        ok = True
        for key in ("title", "purpose"):
            if not (isinstance(entry.get(key), str) and entry[key].strip()):
                ok = False
                problems.add(f"topic {topic_id!r} needs a non-empty {key!r}", path,
                             lines.get((topic_id, key), line), rule="STR010",
                             hint=f"write '{key}: ...' under '{topic_id}:'")
        if ok:
            texts[topic_id] = TopicText(
                entry["title"].strip(), entry["purpose"].strip(), path, line,
                lines[(topic_id, "title")], lines[(topic_id, "purpose")])
    return texts
