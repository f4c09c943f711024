"""The language-neutral topic manifest and each language's topic titles and purpose lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .blocks import SLUG
from .errors import HandoutError, Problems
from .textfile import cached_by_file, load_yaml, read_text

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


def read_manifest(content_dir: Path) -> dict[str, Topic]:
    return _read_manifest(content_dir / MANIFEST)


@cached_by_file
def _read_manifest(path: Path) -> dict[str, Topic]:
    if not path.is_file():
        raise HandoutError.at("topic manifest not found", path,
                              hint="create it: '<topic-id>:\\n  blocks: [block-a, block-b]'",
                              rule="STR005")
    data, lines = load_yaml(read_text(path), path)
    if not isinstance(data, dict) or not data:
        raise HandoutError.at("the manifest must map topic ids to their blocks", path, 1,
                              rule="STR003")
    problems = Problems()
    topics: dict[str, Topic] = {}
    for topic_id, entry in data.items():
        line = lines[(topic_id,)]
        if not isinstance(topic_id, str) or not SLUG.match(topic_id):
            problems.add(f"topic id {topic_id!r} must be lower-case letters, digits and "
                         "hyphens", path, line, rule="STR003")
            continue
        if not isinstance(entry, dict) or set(entry) != {"blocks"}:
            problems.add(f"topic {topic_id!r} must have exactly one key, 'blocks'", path, line,
                         rule="STR004")
            continue
        blocks = entry["blocks"]
        if not (isinstance(blocks, list) and blocks
                and all(isinstance(b, str) and SLUG.match(b) for b in blocks)):
            problems.add(f"topic {topic_id!r}: blocks must be a non-empty list of block ids",
                         path, lines[(topic_id, "blocks")], rule="STR003")
            continue
        block_lines = tuple(lines[(topic_id, "blocks", i)] for i in range(len(blocks)))
        for index, block_id in enumerate(blocks):
            if block_id in blocks[:index]:
                problems.add(f"block {block_id!r} is listed twice in topic {topic_id!r}",
                             path, block_lines[index], rule="STR008")
        topics[topic_id] = Topic(topic_id, tuple(blocks), path, line, block_lines)
    problems.raise_if_any()
    return topics


def read_topic_texts(content_dir: Path, lang: str) -> dict[str, TopicText]:
    return _read_topic_texts(content_dir / lang / MANIFEST, lang)


@cached_by_file
def _read_topic_texts(path: Path, lang: str) -> dict[str, TopicText]:
    if not path.is_file():
        raise HandoutError.at(f"no topic titles for language {lang}", path,
                              hint="create it: '<topic-id>:\\n  title: ...\\n  purpose: ...'",
                              rule="STR010")
    data, lines = load_yaml(read_text(path), path)
    if not isinstance(data, dict):
        raise HandoutError.at("must map topic ids to a title and a purpose", path, 1,
                              rule="STR003")
    problems = Problems()
    texts: dict[str, TopicText] = {}
    for topic_id, entry in data.items():
        line = lines[(topic_id,)]
        if not isinstance(entry, dict):
            problems.add(f"topic {topic_id!r} needs 'title' and 'purpose'", path, line,
                         rule="STR010")
            continue
        for key in entry.keys() - {"title", "purpose"}:
            problems.add(f"unknown key {key!r} in topic {topic_id!r}", path,
                         lines[(topic_id, key)], hint="only 'title' and 'purpose' are used",
                         rule="STR004")
        for key in ("title", "purpose"):
            if not (isinstance(entry.get(key), str) and entry[key].strip()):
                problems.add(f"topic {topic_id!r} needs a non-empty {key!r}", path,
                             lines.get((topic_id, key), line), rule="STR010")
        if all(isinstance(entry.get(k), str) for k in ("title", "purpose")):
            texts[topic_id] = TopicText(entry["title"].strip(), entry["purpose"].strip(),
                                        path, line)
    problems.raise_if_any()
    return texts
