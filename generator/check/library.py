"""Load the whole content library tolerantly: every file that can be read is, and every
problem becomes a finding instead of stopping the run."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..bibliography import Source, read_bibliography
from ..blocks import Block, read_block
from ..errors import HandoutError, Problem
from ..handout import languages
from ..project import Project
from ..topics import Topic, TopicText, read_manifest, read_topic_texts


@dataclass
class Library:
    project: Project
    langs: list[str]
    topics: dict[str, Topic] = field(default_factory=dict)
    texts: dict[str, dict[str, TopicText]] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    bibliography_loaded: bool = False
    blocks: dict[tuple[str, str], Block] = field(default_factory=dict)  # (lang, id)
    problems: list[Problem] = field(default_factory=list)

    def block(self, lang: str, block_id: str) -> Block | None:
        return self.blocks.get((lang, block_id))

    def block_ids(self) -> list[str]:
        return sorted({block_id for _, block_id in self.blocks})


def load_library(project: Project) -> Library:
    library = Library(project, languages(project))
    content = project.content_dir
    library.topics = _attempt(library, read_manifest, content) or {}
    found = _attempt(library, read_bibliography, content)
    if found is not None:
        library.sources, library.bibliography_loaded = found, True
    for lang in library.langs:
        library.texts[lang] = _attempt(library, read_topic_texts, content, lang) or {}
        for path in sorted((content / lang).glob("*.md")):
            block = _attempt(library, read_block, path, lang)
            if block:
                library.blocks[(lang, block.id)] = block
    return library


def _attempt(library: Library, load, *args):
    """Call a reader; keep its problems as findings instead of stopping."""
    try:
        return load(*args)
    except HandoutError as exc:
        library.problems.extend(exc.problems)
        return None
