"""Block bodies from Markdown to safe HTML: raw HTML and images are refused, not passed on."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt

from .blocks import Block
from .errors import Problems

# The handout title is <h1> and block titles are <h2>: a body's headings start at ###.
FIRST_BODY_HEADING = 3


@cache
def _parser() -> MarkdownIt:
    # "js-default" keeps raw HTML off (the "commonmark" preset turns it on).
    return MarkdownIt("js-default", {"html": False, "linkify": False, "typographer": False})


def render_block(block: Block) -> str:
    """Return the block body as HTML, or a located error for what Markdown cannot hold."""
    md = _parser()
    tokens = md.parse(block.body)
    problems = Problems()
    for token in tokens:
        line = block.body_line + token.map[0] if token.map else block.body_line
        if token.type == "heading_open" and int(token.tag[1]) < FIRST_BODY_HEADING:
            problems.add(f"heading level {token.tag[1]} inside a block", block.path, line,
                         hint="the block title is the heading; use ### for subheadings",
                         rule="STR011")
        for child in token.children or ():
            if child.type == "image":
                problems.add("images are not allowed in blocks", block.path, line,
                             hint="describe the picture in words, or put it in a template",
                             rule="STR011")
    problems.raise_if_any()
    return md.renderer.render(tokens, md.options, {})

