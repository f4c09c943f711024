"""Read the project's text files strictly: UTF-8, YAML with line numbers, no silent loss."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

import yaml

from .errors import HandoutError

MAX_BYTES = 1_000_000
# libyaml's parser when PyYAML's wheel has it (it does on the usual platforms): 10x faster.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def cached_by_file(function):
    """Memoize a reader on its file's path and bytes: a build parses the bibliography and
    the shared blocks once, not once per handout. (Hashing is cheap; parsing is not.)"""
    results: dict = {}

    @functools.wraps(function)
    def wrapper(path: Path, *args):
        try:
            key = (path, hashlib.sha1(path.read_bytes()).digest(), args)
        except OSError:
            return function(path, *args)
        if key not in results:
            results[key] = function(path, *args)
        return results[key]

    return wrapper


def read_text(path: Path) -> str:
    """Return the file as text, or a located error that says how to fix the encoding."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise HandoutError.at(f"cannot read file: {exc.strerror}", path, rule="FIL001") from None
    if len(raw) > MAX_BYTES:
        raise HandoutError.at(f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}", path,
                              hint="split it into smaller blocks", rule="FIL006")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = "save the file as UTF-8"
        try:
            raw.decode("big5")
            hint += " (it looks like Big5: in your editor choose 'Save with encoding: UTF-8')"
        except UnicodeDecodeError:
            pass
        raise HandoutError.at("file is not valid UTF-8", path, line, hint, "FIL001") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


Lines = dict[tuple, int]


def load_yaml(text: str, path: Path, first_line: int = 1) -> tuple[Any, Lines]:
    """Parse YAML and map each key path, e.g. ("topic", "blocks", 2), to its file line."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + first_line
        raise HandoutError.at("tab character in YAML", path, line,
                              hint="indent YAML with spaces, not tabs", rule="FIL004")
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        # Where the unclosed bracket or quote began, when YAML says; else where it stopped.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        raise HandoutError.at(f"invalid YAML: {problem}", path, line,
                              hint="check quoting and indentation; values containing "
                                   "': ' or ' #' need quotes", rule="STR001") from None
    finally:
        loader.dispose()
    lines: Lines = {}
    if node is not None:
        _walk(node, (), lines, first_line, path)
    return data, lines


def _walk(node: yaml.Node, at: tuple, lines: Lines, first_line: int, path: Path) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*at, key.value)
            line = key.start_mark.line + first_line
            if here in lines:
                raise HandoutError.at(f"duplicate key {key.value!r} (first on line "
                                      f"{lines[here]}); YAML would keep only the last", path,
                                      line, hint="remove or rename one of them", rule="STR008")
            lines[here] = line
            _walk(value, here, lines, first_line, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            here = (*at, index)
            lines[here] = item.start_mark.line + first_line
            _walk(item, here, lines, first_line, path)
