"""The project's files, read once: a snapshot of their bytes, and strict parsers over it.

Every command starts from one `Snapshot` (each input file read once, regular files only),
and every parser here keeps a line for each key, so a finding can name file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem, Problems
from .languages import LANGUAGE_TAG
from .markup import UNPRINTABLE_HINT, unprintable

MAX_BYTES = 1_000_000        # a content or configuration file
MAX_ASSET_BYTES = 5_000_000  # a file under templates/ (a logo, an image)
# libyaml's parser when PyYAML's wheel has it (it does on the usual platforms): 10x faster.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CONFIG_NAME = "handout.toml"

Lines = dict[tuple, int]


@dataclass(frozen=True)
class Snapshot:
    """Every input file of a project: path relative to the root -> bytes (or a problem)."""

    root: Path
    files: Mapping[str, bytes]
    unreadable: Mapping[str, Problem]
    skipped: tuple[str, ...] = ()  # files beside the inputs that are not read (what.MD)
    # An overlay (see `overlay`): where each file that came from the library beneath is,
    # and that library's own snapshot.
    origins: Mapping[str, Path] = field(default_factory=dict)
    beneath: Snapshot | None = None

    @property
    def digest(self) -> str:
        return digest_entries(self.files.items())

    def path(self, relpath: str) -> Path:
        """Where the file is: in the project, or in the library beneath it."""
        return self.origins.get(relpath) or self.root / relpath

    def own(self, relpath: str) -> bool:
        """Whether the project itself holds this file (not the library beneath)."""
        return relpath not in self.origins

    def overridden(self) -> list[str]:
        """The project's files that replace one of the library beneath, by path, sorted.
        A copy identical to the library's replaces nothing."""
        if self.beneath is None:
            return []
        below = self.beneath.files
        return sorted(rel for rel, data in self.files.items() if self.own(rel)
                      and rel in below and rel not in PROJECT_ONLY and not merged(rel)
                      and below[rel] != data)

    def under(self, folder: str, suffix: str = "") -> list[str]:
        """Relative paths directly inside `folder` that end in `suffix`, sorted."""
        prefix = folder.rstrip("/") + "/"
        return sorted(p for p in (*self.files, *self.unreadable) if p.startswith(prefix)
                      and "/" not in p[len(prefix):] and p.endswith(suffix))


def digest_entries(entries: Iterable[tuple[str, bytes]]) -> str:
    """One hash over named byte strings: the fingerprint of a set of inputs."""
    digest = hashlib.sha256()
    for name, data in sorted(entries):
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


OVERRIDES_NAME = "overrides.toml"  # a project's record of what it overrides (overrides.py)
# Never taken from the library beneath a project: they describe one project.
PROJECT_ONLY = (CONFIG_NAME, OVERRIDES_NAME)


def merged(relpath: str) -> bool:
    """A topic manifest: a project's is merged with the library's, topic by topic, so it
    adds to it rather than replaces it (library.py)."""
    parts = relpath.split("/")
    return parts[-1] == "topics.yaml" and parts[0] == "content" and len(parts) <= 3


def overlay(beneath: Snapshot, project: Snapshot) -> Snapshot:
    """The project's files over a library's, as a theme's files are in mkdocs: a project
    file at a bundled file's path replaces it; everything else comes from beneath. (The
    handout.toml and the topic manifests are merged key by key: see library.py.)"""
    taken = {rel for rel in (*beneath.files, *beneath.unreadable)
             if rel not in PROJECT_ONLY and rel not in project.files
             and rel not in project.unreadable}
    return Snapshot(
        project.root,
        {**{rel: beneath.files[rel] for rel in taken if rel in beneath.files}, **project.files},
        {**{rel: beneath.unreadable[rel] for rel in taken if rel in beneath.unreadable},
         **project.unreadable},
        project.skipped, {rel: beneath.path(rel) for rel in taken}, beneath)


def _inputs(root: Path) -> Iterator[Path]:
    """The files a project's library is made of: content, templates, handout.toml and
    the record of its overrides."""
    yield root / CONFIG_NAME
    yield root / OVERRIDES_NAME
    content = root / "content"
    yield from (content / name for name in ("topics.yaml", "sources.yaml"))
    for folder, pattern in _content_folders(root):
        yield from sorted(folder.glob(pattern))
        if pattern == "*.md":
            yield folder / "topics.yaml"
    templates = root / "templates"
    if templates.is_dir():
        yield from sorted(p for p in templates.rglob("*") if not p.is_dir())


def _content_folders(root: Path) -> Iterator[tuple[Path, str]]:
    """The folders under content/ that inputs live in, each with its files' pattern."""
    content = root / "content"
    yield content / "sources", "*.yaml"
    for folder in sorted(content.iterdir()) if content.is_dir() else ():
        if folder.is_dir() and LANGUAGE_TAG.match(folder.name):
            yield folder, "*.md"
            yield content / "ledger" / folder.name, "*.yaml"


def snapshot(root: Path) -> Snapshot:
    """Read every input file once: regular files only, none larger than its limit
    (MAX_BYTES, or MAX_ASSET_BYTES under templates/)."""
    files: dict[str, bytes] = {}
    unreadable: dict[str, Problem] = {}
    templates = root / "templates"
    for path in _inputs(root):
        data = read_file(path, MAX_ASSET_BYTES if path.is_relative_to(templates) else MAX_BYTES,
                         within=root)
        if isinstance(data, Problem):
            unreadable[path.relative_to(root).as_posix()] = data
        elif data is not None:
            files[path.relative_to(root).as_posix()] = data
    return Snapshot(root, files, unreadable, _skipped(root, {*files, *unreadable}))


def _skipped(root: Path, read: set[str]) -> tuple[str, ...]:
    """Files in the folders inputs live in that are not inputs: a block saved as .MD or
    .markdown, a bibliography as .yml. Only their names are looked at."""
    names = []
    for folder, _ in _content_folders(root):
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            name = path.relative_to(root).as_posix()
            if name not in read and not path.is_dir() and not path.name.startswith("."):
                names.append(name)
    return tuple(names)


def read_file(path: Path, limit: int, within: Path | None = None) -> bytes | Problem | None:
    """A regular file's bytes; None if there is no such file; a Problem if it is not one,
    or if it is a link to a file outside `within` (the project: nothing else is read)."""
    try:
        info = path.stat()
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links
        return Problem(f"cannot read file: {getattr(exc, 'strerror', None) or exc}", path,
                       rule="FIL001", hint="check that the file exists and that you may read it")
    if stat.S_ISDIR(info.st_mode):
        return None
    if not stat.S_ISREG(info.st_mode):
        return Problem("not a regular file", path, rule="FIL001",
                       hint="replace it with an ordinary file")
    if within is not None and not target.is_relative_to(within.resolve()):
        return Problem(f"links to {target}, outside the project", path, rule="FIL001",
                       hint="copy the file into the project instead of linking to it")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return Problem(f"cannot read file: {exc.strerror}", path, rule="FIL001",
                       hint="check that you may read the file")
    if len(data) > limit:
        return Problem(f"file is larger than {limit:,} bytes", path, 1, rule="FIL006",
                       hint="split it into smaller files")
    return data


BREAK_NAMES = {"\r": "a carriage return alone", "\x85": "next line", "\u2028": "line separator",
               "\u2029": "paragraph separator"}
OTHER_BREAK = re.compile("[" + "".join(BREAK_NAMES) + "]")


def decode(data: bytes, path: Path, problems: Problems) -> str | None:
    """UTF-8 text with LF line ends, or a located problem that says how to fix it."""
    if not data.strip():
        problems.add("file is empty", path, 1, rule="FIL005",
                     hint="write its content, or remove the file")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = "save the file as UTF-8"
        try:
            data.decode("big5")
            hint += " (it looks like Big5: in your editor choose 'Save with encoding: UTF-8')"
        except UnicodeDecodeError:
            pass
        problems.add("file is not valid UTF-8", path, line, hint, "FIL001")
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if match := OTHER_BREAK.search(text):  # YAML and markdown-it would count more lines
        char = match.group(0)
        problems.add(f"line break U+{ord(char):04X} ({BREAK_NAMES[char]}); only LF and CR LF "
                     "end lines here", path, text.count("\n", 0, match.start()) + 1,
                     rule="STR011", hint="replace it with an ordinary line break")
        return None
    return text


class _Refused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def load_yaml(text: str, path: Path, problems: Problems, first_line: int = 1
              ) -> tuple[Any, Lines] | None:
    """Parse YAML; map each key path, e.g. ("topic", "blocks", 2), to its file line.

    Keys are the constructed values (`2019:` is the number 2019), so data and lines agree.
    Anchors and aliases are refused: content needs neither, and they can multiply a small
    file into gigabytes. So are tags (!!int, !!binary): content needs none either.
    """
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + first_line
        problems.add("tab character in YAML", path, line,
                     hint="indent YAML with spaces, not tabs", rule="FIL004")
        return None
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines: Lines = {}
        data = _construct(loader, node, (), lines, first_line, path, set())
        return data, lines
    except yaml.YAMLError as exc:
        # Where the unclosed bracket or quote began, when YAML says; else where it stopped.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark else first_line
        line = min(line, first_line + text.count("\n"))  # "at the end": its last line
        reason = getattr(exc, "problem", None) or str(exc)
        problems.add(f"invalid YAML: {reason}", path, line,
                     hint="check quoting and indentation; values containing "
                          "': ' or ' #' need quotes", rule="STR001")
    except _Refused as exc:
        problems.items.append(exc.problem)
    finally:
        loader.dispose()
    return None


def _construct(loader, node: yaml.Node, at: tuple, lines: Lines, first: int, path: Path,
               seen: set[int]) -> Any:
    if id(node) in seen:  # an alias: the composer hands back the anchored node again
        raise _Refused(Problem("YAML anchors and aliases are not allowed", path,
                               node.start_mark.line + first, rule="STR001",
                               hint="write each value out in full"))
    seen.add(id(node))
    if _tagged(loader, node):  # PyYAML's constructors crash on many tagged values
        raise _Refused(Problem(f"YAML tags ({node.tag.replace('tag:yaml.org,2002:', '!!')}) "
                               "are not allowed", path, node.start_mark.line + first,
                               rule="STR001",
                               hint="write the value alone; quote it if it starts with !"))
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = _scalar(loader, key_node, path, first)
            here = (*at, key)
            line = key_node.start_mark.line + first
            if here in lines:
                raise _Refused(Problem(
                    f"duplicate key {key!r} (first on line {lines[here]}); YAML would keep "
                    "only the last", path, line, hint="remove or rename one of them",
                    rule="STR008"))
            lines[here] = line
            result[key] = _construct(loader, value_node, here, lines, first, path, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[(*at, index)] = item.start_mark.line + first
            items.append(_construct(loader, item, (*at, index), lines, first, path, seen))
        return items
    return _scalar(loader, node, path, first)


def _tagged(loader, node: yaml.Node) -> bool:
    """Whether the node has a tag other than the one YAML gives its text by itself."""
    if isinstance(node, yaml.ScalarNode):  # plain text resolves by its form; quoted is text
        plain = not node.style  # None, or "" from libyaml
        implicit = (plain, not plain)
        return node.tag != loader.resolve(yaml.ScalarNode, node.value, implicit)
    return node.tag != loader.resolve(type(node), None, (True, False))


def _scalar(loader, node: yaml.Node, path: Path, first: int) -> Any:
    line = node.start_mark.line + first
    if not isinstance(node, yaml.ScalarNode):
        raise _Refused(Problem("a key must be a plain word, not a list or mapping", path, line,
                               rule="STR003"))
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, OverflowError):  # 2026-02-30, 2026-13-01, 0000-01-01
        raise _Refused(Problem(f"{node.value!r} is not a real date", path, line,
                               rule="STR003", hint="write a date that exists as YYYY-MM-DD"))
    if isinstance(value, str) and (bad := unprintable(value)):
        raise _Refused(Problem(f"invisible or control character {bad} in {value[:40]!r}",
                               path, line, rule="STR011", hint=UNPRINTABLE_HINT))
    if isinstance(value, dt.datetime):
        raise _Refused(Problem(f"{node.value!r} has a time of day; write the date only", path,
                               line, rule="STR003", hint="write it as YYYY-MM-DD"))
    return value


def load_mapping(data: bytes, path: Path, problems: Problems, what: str
                 ) -> tuple[dict, Lines] | None:
    """A YAML file that must be a mapping (`what` says of what): its data and lines."""
    text = decode(data, path, problems)
    loaded = load_yaml(text, path, problems) if text is not None else None
    if loaded is None:
        return None
    value, lines = loaded
    if not isinstance(value, dict):
        problems.add(f"{path.name} must map {what}", path, 1, rule="STR003",
                     hint="write each entry as 'id:' with its fields indented under it")
        return None
    return value, lines


def split_front_matter(text: str, path: Path, problems: Problems
                       ) -> tuple[str, str, int] | None:
    """(front matter, body, body's first line) of a block file, or a located problem."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        problems.add("block does not start with front matter", path, 1,
                     hint="the first line must be '---'", rule="STR001")
        return None
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    problems.add("front matter is not closed", path, 1,
                 hint="add a line with '---' after the last front-matter field", rule="STR001")
    return None


_TOML_KEY = r'(?:[A-Za-z0-9_-]+|"[^"\n]*"|\'[^\'\n]*\')'
_TOML_TABLE = re.compile(rf"^\[\[?\s*({_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*)\s*\]\]?")
_TOML_ASSIGN = re.compile(rf"^({_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*)\s*=")


def toml_lines(text: str) -> Lines:
    """The line of every key in a TOML file, `[table]` headers and dotted keys included.

    tomllib validates and parses; it keeps no positions, so this scans the lines it
    accepted, skipping the inside of multi-line strings.
    """
    lines: Lines = {}
    table: tuple = ()
    inside = ""  # the quote of a multi-line string that is open
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if inside:
            inside = "" if raw.count(inside) % 2 else inside
            continue
        for quote in ('"""', "'''"):
            if raw.count(quote) % 2:
                inside = quote
        if match := _TOML_TABLE.match(line):
            table = _toml_path(match.group(1))
            lines.setdefault(table, number)
        elif match := _TOML_ASSIGN.match(line):
            key = (*table, *_toml_path(match.group(1)))
            for depth in range(len(table) + 1, len(key) + 1):
                lines.setdefault(key[:depth], number)
    return lines


def _toml_path(dotted: str) -> tuple:
    return tuple(part.strip().strip("\"'") for part in re.findall(_TOML_KEY, dotted))


def line_of(lines: Lines, key: tuple) -> int | None:
    """The line of `key`, else of its nearest parent that has one."""
    while key:
        if key in lines:
            return lines[key]
        key = key[:-1]
    return None
