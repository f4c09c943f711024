"""Block bodies: Markdown parsed once into safe HTML and the plain text units the checks read.

markdown-it's tokens carry their source lines, so each paragraph, list item, heading and
table cell keeps the file line it came from. Raw HTML and images are refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import Problems

# The handout title is <h1> and block titles are <h2>: a body's headings start at ###.
FIRST_BODY_HEADING = 3
# Lists and quotes inside each other: each takes two token levels (list, item), and the
# paragraph and its text two more.
MAX_DEPTH = 4
MAX_LEVEL = 2 * MAX_DEPTH + 1
# A Markdown comment (a link reference that renders as nothing) that keeps the next unit's
# finding, with a written reason:  [//]: # (hype-ok: quotes an advert to correct it)
MARKER = re.compile(r"^\[//\]:\s*#\s*\((?P<rule>[a-z-]+)-ok:?(?P<reason>[^)]*)\)\s*$")
# Where a link may lead: a web page, an e-mail address or a phone number, nothing else.
LINK = re.compile(r"^(https?://|mailto:|tel:)[^\s<>\"'`]+\Z", re.IGNORECASE)
UNPRINTABLE_HINT = "delete it: it prints as nothing, as an empty box, or reorders the text"


def printable(char: str) -> bool:
    """A character that may be printed in a handout. Not: controls (but a line break);
    format characters, which are invisible (a zero-width space inside "no side effects"
    would hide it from the hype check) or reorder what is shown (bidi overrides: a
    reviewer would read one text and a patient another); unpaired surrogates (bytes that
    were not UTF-8); line and paragraph separators."""
    return char == "\n" or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Zl", "Zp")


def unprintable(text: str) -> str:
    """The characters of `text` that `printable` refuses, named for a message."""
    return ", ".join(f"U+{ord(c):04X}" for c in sorted({c for c in text if not printable(c)}))


@dataclass(frozen=True)
class Unit:
    """A paragraph, list item, heading or table cell as plain text.

    `breaks` holds (offset in text, file line) for each line after the first, so a
    sentence can be placed on its own line; `silenced` holds the markers above it.
    """

    text: str
    line: int
    kind: str  # "paragraph", "item", "heading" or "cell"
    breaks: tuple[tuple[int, int], ...] = ()
    silenced: tuple[tuple[str, str, int], ...] = ()  # (family, reason, marker's line)
    list_start: int = 0  # the line of the list this item belongs to

    def line_at(self, offset: int) -> int:
        line = self.line
        for at, number in self.breaks:
            if at > offset:
                break
            line = number
        return line


@dataclass(frozen=True)
class Body:
    text: str
    first_line: int
    html: str
    units: tuple[Unit, ...]


class _Parser(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        """Every link is parsed as one, so that parse_body refuses, at its line, one that
        is not LINK; markdown-it would print a javascript: link as its Markdown text."""
        return True


@cache
def parser() -> MarkdownIt:
    # "js-default" keeps raw HTML off (the "commonmark" preset turns it on).
    return _Parser("js-default", {"html": False, "linkify": False, "typographer": False})


def parse_body(text: str, first_line: int, path: Path, problems: Problems) -> Body:
    md = parser()
    tokens = md.parse(text)
    covered: set[int] = set()
    too_deep = next((t for t in tokens if t.level > MAX_LEVEL), None)
    if too_deep is not None:  # beyond its own limit, markdown-it drops the text unsaid
        problems.add(f"lists or quotes nested more than {MAX_DEPTH} deep", path,
                     first_line + (too_deep.map[0] if too_deep.map else 0), rule="STR011",
                     hint="a handout is read by people of every age: keep lists flat")
    for token in tokens:
        if token.map:
            covered.update(range(token.map[0], token.map[1]))
        line = first_line + token.map[0] if token.map else first_line
        if token.type == "heading_open" and int(token.tag[1]) < FIRST_BODY_HEADING:
            problems.add(f"heading level {token.tag[1]} inside a block", path, line,
                         hint="the block title is the heading; use ### for subheadings",
                         rule="STR011")
        for child in token.children or ():
            href = str(child.attrs.get("href", ""))
            if child.type == "link_open" and not LINK.match(href):
                problems.add(f"link to {href[:60]!r}: only web (http, https), mailto: "
                             "and tel: links are allowed", path, line, rule="STR011",
                             hint="link to a web page, or write the address out in words")
                del child.attrs["href"]  # never in the HTML, even though it is refused
            if child.type == "image":
                problems.add("images are not allowed in blocks", path, line,
                             hint="describe the picture in words, or put it in a template",
                             rule="STR011")
    for index, raw in enumerate(text.split("\n")):
        if bad := unprintable(raw.replace("\t", " ")):
            problems.add(f"invisible or control character {bad} in the text", path,
                         first_line + index, rule="STR011", hint=UNPRINTABLE_HINT)
    markers = {index: (m["rule"], m["reason"].strip())
               for index, raw in enumerate(text.split("\n"))
               if index not in covered and (m := MARKER.match(raw.strip()))}
    units = _units(tokens, first_line, markers)
    for unit in units:  # markdown-it's stand-in for &#0; and other entities of no character
        if "\ufffd" in unit.text:
            problems.add("an entity that is no character (such as &#0;) prints as \ufffd",
                         path, unit.line, rule="STR011", hint="write the character itself")
    return Body(text, first_line, md.renderer.render(tokens, md.options, {}), tuple(units))


def _units(tokens: list[Token], first_line: int, markers: dict[int, tuple[str, str]]
           ) -> list[Unit]:
    found: list[Unit] = []
    pending = sorted(markers.items())
    stack: list[str] = []
    list_lines: list[int] = []
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_lines.append(first_line + token.map[0] if token.map else first_line)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_lines.pop()
        elif token.nesting == 1:
            stack.append(token.type)
        elif token.nesting == -1 and stack:
            stack.pop()
        if token.type != "inline" or not token.map:
            continue
        start = token.map[0]
        text, breaks = _plain(token, first_line + start)
        if not text:
            continue
        silenced = tuple((*reason, first_line + index) for index, reason in pending
                         if index < start)
        pending = [(index, reason) for index, reason in pending if index >= start]
        kind = ("heading" if "heading_open" in stack[-1:] else
                "cell" if stack[-1:] in (["th_open"], ["td_open"]) else
                "item" if "list_item_open" in stack else "paragraph")
        found.append(Unit(text, first_line + start, kind, breaks, silenced,
                          list_lines[-1] if kind == "item" and list_lines else 0))
    return found


def _plain(inline: Token, line: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The words a reader sees, with where each source line starts in them."""
    parts: list[str] = []
    breaks: list[tuple[int, int]] = []
    length = 0
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            piece = child.content
        elif child.type in ("softbreak", "hardbreak"):
            line += 1
            piece = " "
            breaks.append((length + 1, line))
        else:
            continue
        parts.append(piece)
        length += len(piece)
    text = "".join(parts)
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    return stripped.rstrip(), tuple((at - shift, number) for at, number in breaks)
