"""The hostile-input corpus: each case breaks one thing in a copy of the fixture project
(or its surroundings), runs one command, and is held to the same promises:

- the exit code is the one named, never 70 (our bug) and never a traceback;
- the message names the file and line (or the option) and the rule;
- nothing is left behind: the project is as the case left it (output/ aside, where a
  command may write only when it succeeds), with no temporary file anywhere;
- nothing is read outside the project: a secret beside it never reaches the output;
- nothing outside the project is touched: the folder beside it is byte for byte the same.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

SECRET = "SECRET-7f3a-do-not-print"
EN, ZH = "content/en/", "content/zh-TW/"
WHAT, ZH_WHAT, SOURCES, TOML = EN + "what.md", ZH + "what.md", "content/sources.yaml", \
    "handout.toml"
MANIFEST, PO = "content/topics.yaml", "templates/locale/zh_TW/LC_MESSAGES/messages.po"
CHECK = ("check", "--today", "2026-11-21")
HTML = ("render", "basics", "--lang", "en", "-f", "html", "-o", "-")


class Place:
    """The project and the folder beside it, as a case sets them up."""

    def __init__(self, root: Path, outside: Path):
        self.root, self.outside = root, outside

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def write(self, name: str, data: str | bytes) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists():
            path.unlink()
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    def link(self, name: str, target: str | Path) -> None:
        path = self.root / name
        if path.is_symlink() or path.is_file():
            path.unlink()
        path.symlink_to(target)

    def replace_with(self, name: str, make: Callable[[Path], None]) -> None:
        path = self.root / name
        path.unlink()
        make(path)


@dataclass(frozen=True)
class Case:
    setup: Callable[[Place], None]
    args: tuple[str, ...]
    code: int
    said: tuple[str, ...]  # each must be in the output; {out} and {outside} are filled in


def case(setup, args, code, *said) -> Case:
    return Case(setup, tuple(args), code, said)


def _big5(p: Place) -> None:
    p.write(ZH_WHAT, (p.root / ZH_WHAT).read_text(encoding="utf-8").encode("big5"))


def _utf16(p: Place) -> None:
    p.write(WHAT, (p.root / WHAT).read_text(encoding="utf-8").encode("utf-16"))


def _deep_list(p: Place) -> None:
    p.edit(WHAT, "You cannot see them.", "You cannot see them.\n\n" + "- " * 3000 + "x\n")


def _outside_block(p: Place) -> None:
    secret = p.outside / "what.md"
    secret.write_text((p.root / WHAT).read_text().replace("You cannot see them.", SECRET))
    p.link(WHAT, secret)


def _outside_language(p: Place) -> None:
    folder = p.outside / "en"
    os.rename(p.root / "content/en", folder)
    (folder / "what.md").write_text((folder / "what.md").read_text()
                                    .replace("You cannot see them.", SECRET))
    (p.root / "content/en").symlink_to(folder)


def _state(p: Place, text: str) -> None:
    site = p.root / "output/site"
    site.mkdir(parents=True)
    (site / ".handout-build.json").write_text(text)


def _logo_in_project(p: Place) -> None:
    p.write("logo.png", "root:x:0:0:root:/root:/bin/bash\n")
    p.edit(TOML, "reviewer =", 'logo = "logo.png"\nlogo_alt = "A cross"\nreviewer =')


ALIAS_BOMB = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n"
GOOD = "kind: overview"

CASES: dict[str, Case] = {
    # -- files: encodings, kinds, sizes, links -------------------------------------------
    "Big5 block": case(_big5, CHECK, 1, f"{ZH_WHAT}:", "FIL001", "looks like Big5"),
    "UTF-16 block": case(_utf16, CHECK, 1, f"{WHAT}:1: error FIL001: file is not valid UTF-8"),
    "byte-order mark": case(lambda p: p.edit(WHAT, "---", "\ufeff---"), CHECK, 0,
                            f"{WHAT}:1: warning FIL002"),
    "Windows line ends": case(lambda p: p.edit(WHAT, "kind: overview\n", "kind: overview\r\n"),
                              CHECK, 0, f"{WHAT}:2: warning FIL003"),
    "empty block": case(lambda p: p.write(WHAT, ""), CHECK, 1, f"{WHAT}:1: error FIL005"),
    "block over 1 MB": case(lambda p: p.edit(WHAT, "You cannot", "x" * 1_100_000), CHECK, 1,
                            f"{WHAT}:1: error FIL006"),
    "block is a FIFO": case(lambda p: p.replace_with(WHAT, os.mkfifo), CHECK, 1,
                            f"{WHAT}: error FIL001: not a regular file"),
    "block links to /dev/zero": case(lambda p: p.link(WHAT, "/dev/zero"), CHECK, 1,
                                     f"{WHAT}: error FIL001: not a regular file"),
    "block links out of the project": case(_outside_block, CHECK, 1,
                                           f"{WHAT}: error FIL001: links to", "outside the project"),
    "language folder links out of the project": case(
        _outside_language, CHECK, 1, f"{WHAT}: error FIL001: links to"),
    "template links out of the project": case(
        lambda p: p.link("templates/handout.html", p.outside / "secret.md"), CHECK, 1,
        "templates/handout.html: error FIL001: links to"),
    "a loop of links": case(lambda p: (p.link(EN + "a.md", "b.md"), p.link(EN + "b.md", "a.md")),
                            CHECK, 1, f"{EN}a.md: error FIL001: cannot read file"),
    "a folder named like a block": case(lambda p: (p.root / EN / "extra.md").mkdir(), CHECK, 0,
                                        "0 errors"),
    # -- front matter -----------------------------------------------------------------------
    "alias bomb": case(lambda p: p.edit(WHAT, GOOD, GOOD + "\n" + ALIAS_BOMB), CHECK, 1,
                       f"{WHAT}:3: error STR001: YAML anchors and aliases are not allowed"),
    "anchor and alias": case(lambda p: p.edit(WHAT, "title: What they are",
                                              "title: &t What they are\nx: *t"), CHECK, 1,
                             "error STR001: YAML anchors and aliases"),
    "a YAML tag": case(lambda p: p.edit(WHAT, "title: What they are", "title: !!binary aGk="),
                       CHECK, 1, f"{WHAT}:3: error STR001: YAML tags (!!binary)"),
    "an empty value with a tag": case(lambda p: p.edit(SOURCES, "  year: 2019", "  year: !!bool"),
                                      CHECK, 1, f"{SOURCES}:", "error STR001: YAML tags"),
    "a line separator in front matter": case(
        lambda p: p.edit(WHAT, "reviewer: Test reviewer", "reviewer: Test\u2028reviewer"), CHECK,
        1, f"{WHAT}:7: error STR011: line break U+2028"),
    "a lone carriage return": case(lambda p: p.edit(WHAT, "You cannot", "You\rcannot"), CHECK, 1,
                                   f"{WHAT}:9: error STR011: line break U+000D"),
    "duplicate key": case(lambda p: p.edit(WHAT, GOOD, GOOD + "\nkind: risks"), CHECK, 1,
                          f"{WHAT}:3: error STR008: duplicate key 'kind' (first on line 2)"),
    "tab in front matter": case(lambda p: p.edit(WHAT, "kind:", "\tkind:"), CHECK, 1,
                                f"{WHAT}:2: error FIL004"),
    "30 February": case(lambda p: p.edit(WHAT, "reviewed: 2026-11-01", "reviewed: 2026-02-30"),
                        CHECK, 1, f"{WHAT}:5: error STR003: '2026-02-30' is not a real date"),
    "month 13": case(lambda p: p.edit(WHAT, "next_review: 2027-05-01",
                                      "next_review: 2026-13-01"), CHECK, 1,
                     f"{WHAT}:6: error STR003: '2026-13-01' is not a real date"),
    "year 0": case(lambda p: p.edit(WHAT, "reviewed: 2026-11-01", "reviewed: 0000-01-01"),
                   CHECK, 1, f"{WHAT}:5: error STR003"),
    "a time of day": case(lambda p: p.edit(WHAT, "reviewed: 2026-11-01",
                                           "reviewed: 2026-11-21 10:00:00"), CHECK, 1,
                          f"{WHAT}:5: error STR003", "has a time of day"),
    "title is a date": case(lambda p: p.edit(WHAT, "title: What they are", "title: 2026-01-01"),
                            CHECK, 1, f"{WHAT}:3: error STR003"),
    "sources are numbers": case(lambda p: p.edit(WHAT, "sources: [s1]", "sources: [1, 2]"),
                                CHECK, 1, f"{WHAT}:4: error STR003"),
    "kind is null": case(lambda p: p.edit(WHAT, GOOD, "kind: null"), CHECK, 1,
                         f"{WHAT}:2: error STR003"),
    "unknown field": case(lambda p: p.edit(WHAT, GOOD, GOOD + "\nauthor: me"), CHECK, 1,
                          f"{WHAT}:3: error STR004"),
    "front matter not closed": case(lambda p: p.edit(WHAT, "\n---\n", "\n"), CHECK, 1,
                                    f"{WHAT}:1: error STR001: front matter is not closed"),
    "a list for a key": case(lambda p: p.edit(WHAT, GOOD, GOOD + "\n? [a]\n: b"), CHECK, 1,
                             f"{WHAT}:3: error STR003: a key must be a plain word"),
    "zero-width space in a title": case(
        lambda p: p.edit(WHAT, "title: What they are", "title: What\u200b they are"), CHECK, 1,
        f"{WHAT}:3: error STR011: invisible or control character U+200B"),
    "terminal escape in a title": case(
        lambda p: p.edit(WHAT, "title: What they are", 'title: "What \\e[31m they are"'), CHECK,
        1, f"{WHAT}:3: error STR011: invisible or control character U+001B"),
    "hype in a block title": case(
        lambda p: p.edit(WHAT, "title: What they are", "title: No side effects"), CHECK, 1,
        f"{WHAT}:3: error HYP001"),
    # -- bodies -------------------------------------------------------------------------------
    "NUL byte": case(lambda p: p.edit(WHAT, "You cannot", "You\x00 cannot"), CHECK, 1,
                     f"{WHAT}:9: error STR011: invisible or control character U+0000"),
    "entity of no character": case(lambda p: p.edit(WHAT, "You cannot", "You &#0; cannot"),
                                   CHECK, 1, f"{WHAT}:9: error STR011: an entity"),
    "right-to-left override": case(
        lambda p: p.edit(WHAT, "You cannot see them.", "\u202estceffe edis on\u202c"), CHECK, 1,
        f"{WHAT}:9: error STR011: invisible or control character U+202C, U+202E"),
    "soft hyphen inside a claim": case(
        lambda p: p.edit(WHAT, "You cannot see them.", "No si\u00adde effects."), CHECK, 1,
        f"{WHAT}:9: error STR011"),
    "javascript: link": case(
        lambda p: p.edit(WHAT, "You cannot see", "You cannot [see](javascript:alert(1))"),
        CHECK, 1, f"{WHAT}:9: error STR011: link to 'javascript:alert(1)'"),
    "data: link": case(
        lambda p: p.edit(WHAT, "You cannot see", "You cannot [see](data:text/html,x)"),
        CHECK, 1, f"{WHAT}:9: error STR011: link to 'data:text/html,x'"),
    "relative link": case(lambda p: p.edit(WHAT, "You cannot see", "You cannot [see](x.html)"),
                          CHECK, 1, f"{WHAT}:9: error STR011: link to 'x.html'"),
    "raw HTML is text": case(lambda p: p.edit(WHAT, "You cannot", "<script>alert(1)</script>"),
                             HTML, 0, "&lt;script&gt;alert(1)&lt;/script&gt;"),
    "template syntax is text": case(lambda p: p.edit(WHAT, "You cannot", "{{ 7*7 }} {% raw %}"),
                                    HTML, 0, "{{ 7*7 }} {% raw %}"),
    "an image": case(lambda p: p.edit(WHAT, "You cannot", "![x](https://e.example/x.png) You"),
                     CHECK, 1, f"{WHAT}:9: error STR011: images are not allowed"),
    "a level-2 heading": case(lambda p: p.edit(WHAT, "Exosomes are", "## Big\n\nExosomes are"),
                              CHECK, 1, f"{WHAT}:9: error STR011: heading level 2"),
    "100,000 brackets": case(lambda p: p.edit(WHAT, "You cannot", "[" * 100_000 + "\n\nYou"),
                             CHECK, 0, "0 errors"),
    "3,000 nested lists": case(_deep_list, CHECK, 1,
                               f"{WHAT}:11: error STR011: lists or quotes nested more than 4"),
    "an emoji the fonts lack": case(lambda p: p.edit(WHAT, "see them.", "see them 🤒."), CHECK, 1,
                                    f"{WHAT}:9: error STR014"),
    # -- manifest and ids ------------------------------------------------------------------
    "topic id with a path": case(lambda p: p.edit(MANIFEST, "basics:", '"../x":'), CHECK, 1,
                                 f"{MANIFEST}:1: error STR003: topic id '../x'"),
    "topic id index": case(lambda p: p.edit(MANIFEST, "basics:", "index:"), CHECK, 1,
                           f"{MANIFEST}:1: error STR003: topic id 'index' is taken"),
    "topic id ending in a newline": case(lambda p: p.edit(MANIFEST, "basics:", '"basics\\n":'),
                                         CHECK, 1, f"{MANIFEST}:1: error STR003: topic id"),
    "block id with a path": case(lambda p: p.edit(MANIFEST, "[what,", "[../../etc/passwd,"),
                                 CHECK, 1, f"{MANIFEST}:2: error STR003: topic 'basics': "
                                           "block id '../../etc/passwd'"),
    "topic id a number": case(lambda p: p.edit(MANIFEST, "basics:", "2019:"), CHECK, 1,
                              f"{MANIFEST}:1: error STR003: topic id 2019"),
    "topic id a boolean": case(lambda p: p.edit(MANIFEST, "basics:", "no:"), CHECK, 1,
                               f"{MANIFEST}:1: error STR003: topic id False"),
    # -- bibliography -------------------------------------------------------------------------
    "javascript: source url": case(
        lambda p: p.edit(SOURCES, '"https://www.fda.gov/"', '"javascript:alert(1)"'), CHECK, 1,
        f"{SOURCES}:12: error STR003: url of source 's2' must be an http:// or https://"),
    "duplicate source": case(lambda p: p.edit(SOURCES, "s2:\n", "s1:\n"), CHECK, 1,
                             f"{SOURCES}:8: error STR008"),
    "source id ending in a newline": case(lambda p: p.edit(SOURCES, "s2:\n", '"s2\\n":\n'),
                                          CHECK, 1, f"{SOURCES}:8: error STR003"),
    # -- handout.toml and the catalogue -----------------------------------------------------
    "TOML that does not parse": case(lambda p: p.write(TOML, 'reviewer = "A\n'), CHECK, 1,
                                     f"{TOML}:1: error STR001"),
    "javascript: base_url": case(lambda p: p.edit(TOML, '"https://handouts.example.org/"',
                                                  '"javascript:alert(1)"'), CHECK, 1,
                                 f"{TOML}:1: error STR003: base_url must be an http"),
    "base_url with a query": case(lambda p: p.edit(TOML, "org/", "org/?a=1"), CHECK, 1,
                                  f"{TOML}:1: error STR003: base_url must be a plain address"),
    "logo outside the project": case(
        lambda p: p.edit(TOML, "reviewer =", f'logo = "{p.outside}/secret.png"\nreviewer ='),
        CHECK, 1, f"{TOML}:2: error STR003: logo", "is outside the project"),
    "logo that is not an image": case(_logo_in_project, CHECK, 1,
                                      f"{TOML}:2: error STR003: the logo is not a PNG image"),
    "source_lang not a content language": case(
        lambda p: p.edit(TOML, "reviewer =", 'source_lang = "fr"\nreviewer ='), CHECK, 1,
        f"{TOML}:2: error STR003: source_lang 'fr' is not a content language"),
    "invisible character in the clinic": case(
        lambda p: p.edit(TOML, "reviewer =", 'clinic = "A\\u200bB"\nreviewer ='), CHECK, 1,
        f"{TOML}:2: error STR011"),
    "an empty clinic": case(lambda p: p.edit(TOML, "reviewer =", 'clinic = ""\nreviewer ='),
                            CHECK, 1, f"{TOML}:2: error STR003: clinic is empty"),
    "a logo text with no logo": case(
        lambda p: p.edit(TOML, "reviewer =", 'logo_alt = "A cross"\nreviewer ='), CHECK, 1,
        f"{TOML}:2: error STR004: logo_alt is set, but there is no logo"),
    "a text for a language with no content": case(
        lambda p: p.edit(TOML, 'zh-TW = "沒有任何資助。" }', 'zh-TW = "沒有任何資助。", fr = "Aucun." }'),
        CHECK, 1, f"{TOML}:4: error STR004: funding has a text for 'fr'"),
    "a year before print": case(lambda p: p.edit(SOURCES, "  year: 2019", "  year: -5"), CHECK, 1,
                                f"{SOURCES}:11: error STR003: year -5 of source 's2'"),
    "a file saved as .markdown": case(lambda p: p.write(EN + "what.markdown", "Exosomes."),
                                      CHECK, 0, f"{EN}what.markdown: warning FIL007"),
    "unknown key": case(lambda p: p.edit(TOML, "reviewer =", 'colour = "red"\nreviewer ='),
                        CHECK, 1, f"{TOML}:2: error STR004: unknown key 'colour'"),
    "a placeholder dropped": case(lambda p: p.edit(PO, 'msgstr "審閱者：%(names)s"',
                                                   'msgstr "審閱者："'), CHECK, 1,
                                  f"{PO}:72: error STR003: the translation of"),
    "a stray percent": case(lambda p: p.edit(PO, 'msgstr "版本：%(version)s"',
                                             'msgstr "版本 100%"'), CHECK, 1,
                            f"{PO}:68: error STR003"),
    "a fuzzy translation": case(lambda p: p.edit(PO, 'msgid "Version: %(version)s"',
                                                 '#, fuzzy\nmsgid "Version: %(version)s"'),
                                CHECK, 1, "error STR005: 'Version: %(version)s' is not "
                                          "translated (marked fuzzy)"),
    # -- what the person at the desk types --------------------------------------------------
    "DEL in the patient's name": case(lambda p: None, (*HTML, "--patient", "Jane\x7f"), 1,
                                      "--patient"),
    "override in the note": case(lambda p: None, (*HTML, "--note", "ok \u202eko"), 1, "--note"),
    "bytes that are not UTF-8": case(lambda p: None, (*HTML, "--patient", "\udcff\udcfe"), 1,
                                     "--patient"),
    "a name too long": case(lambda p: None, (*HTML, "--patient", "J" * 5000), 1, "--patient"),
    "template syntax in the note": case(lambda p: None, (*HTML, "--note", "{{ 7*7 }}"), 0,
                                        "{{ 7*7 }}"),
    "a language with a path": case(lambda p: None, ("render", "basics", "--lang", "../en"), 2,
                                   "unknown language '../en'"),
    "a topic with a path": case(lambda p: None, ("render", "../../etc/passwd", "--lang", "en"),
                                2, "unknown topic '../../etc/passwd'"),
    "-o a folder": case(lambda p: (p.root / "output").mkdir(),
                        ("render", "basics", "--lang", "en", "-o", "{root}/output"), 2,
                        "is a directory"),
    "-o ending in a slash": case(lambda p: None, ("render", "basics", "--lang", "en", "-o",
                                                  "{root}/output/"), 2, "names a folder"),
    "-o of another kind": case(lambda p: None, ("render", "basics", "--lang", "en", "-o",
                                                "{root}/output/x.txt"), 2, "not .txt"),
    "default output through a link": case(
        lambda p: ((p.root / "output").mkdir(), (p.root / "output/en").symlink_to(p.outside)),
        ("render", "basics", "--lang", "en", "-f", "html"), 1, "outside the output folder"),
    # -- the site ----------------------------------------------------------------------------
    "--out inside content": case(lambda p: None, ("build", "--out", "{root}/content/site"), 1,
                                 "--out is inside the project's content/ folder"),
    "--out inside templates": case(lambda p: None, ("build", "--out", "{root}/templates"), 1,
                                   "--out is inside the project's templates/ folder"),
    "a file the build did not write": case(
        lambda p: p.write("output/site/index.html", "mine"), ("build",), 1,
        "1 file(s) here were not written by a build and would be replaced: index.html"),
    "a folder of the site links out": case(
        lambda p: ((p.root / "output/site").mkdir(parents=True),
                   (p.root / "output/site/en").symlink_to(p.outside)),
        ("build",), 1, "output/site/en is a link to", "outside the output folder"),
    "the lock file links out": case(
        lambda p: ((p.root / "output/site").mkdir(parents=True),
                   (p.root / "output/site/.handout-build.lock").symlink_to(
                       p.outside / "secret.md")),
        ("build",), 1, "cannot use the lock file"),
    "the state names a file outside": case(
        lambda p: _state(p, '{"version": 2, "pages": {"../../handout.toml": "0 0"}}'),
        ("build",), 1, "the build state names files outside the output folder"),
    "the state is a folder": case(
        lambda p: (p.root / "output/site/.handout-build.json").mkdir(parents=True), ("build",),
        1, "the build state is not a file"),
    "--clean in a folder it did not build": case(
        lambda p: p.write("output/site/photo.jpg", b"\xff\xd8"), ("build", "--clean"), 1,
        "--clean refuses to empty a folder it did not build"),
    "--clean of the project": case(lambda p: None, ("build", "--out", "{root}", "--clean"), 1,
                                   "--clean refuses to empty this folder"),
}


def _tree(folder: Path, skip: Path | None = None) -> dict[str, object]:
    """Every entry under `folder`, links not followed: a file's bytes, a link's target."""
    found: dict[str, object] = {}
    for parent, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(parent) / name
            if skip and path.is_relative_to(skip):
                continue
            mode = path.lstat().st_mode
            found[str(path.relative_to(folder))] = (
                ("link", os.readlink(path)) if stat.S_ISLNK(mode) else
                ("file", path.read_bytes()) if stat.S_ISREG(mode) else
                ("dir",) if stat.S_ISDIR(mode) else ("special", stat.S_IFMT(mode)))
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input(project, tmp_path, name):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(SECRET)
    (outside / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + SECRET.encode())
    place = Place(project, outside)
    this = CASES[name]
    this.setup(place)
    project_before = _tree(project, skip=project / "output")
    outside_before = _tree(outside)
    output_before = _tree(project / "output") if (project / "output").exists() else {}
    args = [arg.replace("{root}", str(project)) for arg in this.args]
    result = CliRunner().invoke(cli, ["--root", str(project), *args], catch_exceptions=False)
    said = result.output
    assert result.exit_code == this.code, said
    for text in this.said:
        assert text in said, said
    assert "Traceback" not in said and "internal error" not in said
    assert SECRET not in said
    assert _tree(project, skip=project / "output") == project_before, "the project changed"
    assert _tree(outside) == outside_before, "a file outside the project changed"
    written = {k: v for k, v in (_tree(project / "output").items()
               if (project / "output").exists() else ()) if output_before.get(k) != v}
    assert not [k for k in written if ".tmp-" in k], "a temporary file was left"
    if this.code != 0:  # a refused command leaves the output as it was (a lock aside)
        assert [k for k in written if not k.endswith(".handout-build.lock")] == []
    for value in written.values():
        assert value[0] != "file" or SECRET.encode() not in value[1]


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 60
