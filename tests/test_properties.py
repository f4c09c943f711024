"""Property tests (Hypothesis): random front matter and Markdown never crash a reader or
the renderer, and the rendered HTML has no element or attribute the templates did not put
there.

Every test is derandomized (the same examples on every run, so CI is never flaky) and
keeps no example database. The project is copied once per module; each example writes
its file into that copy and puts the original back afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import currently_in_test_context, event, example, given, settings
from hypothesis import strategies as st

from generator.cli import cli
from generator.errors import HandoutError, Problem, Problems
from generator.files import decode, load_yaml, split_front_matter, toml_lines
from generator.library import load_library
from generator.markup import parse_body
from generator.render import render

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "balanced"
TODAY = "2026-11-21"
BLOCKS = ("content/en/what.md", "content/zh-TW/what.md")
YAML_FILES = ("content/topics.yaml", "content/en/topics.yaml", "content/sources.yaml")


def fast(examples: int):
    return settings(derandomize=True, deadline=None, database=None,
                    max_examples=examples, print_blob=False)


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """One copy of tests/fixtures/balanced with the real templates, for a whole module."""
    project = tmp_path_factory.mktemp("properties") / "project"
    shutil.copytree(FIXTURE, project)
    shutil.copytree(REPO / "templates", project / "templates")
    return project


class Written:
    """Write files into the shared project for one example; put the originals back."""

    def __init__(self, root: Path, files: dict[str, bytes]):
        self.root, self.files = root, files
        self.saved: dict[str, bytes | None] = {}

    def __enter__(self):
        for name, data in self.files.items():
            path = self.root / name
            self.saved[name] = path.read_bytes() if path.exists() else None
            path.write_bytes(data)
        return self.root

    def __exit__(self, *exc):
        for name, data in self.saved.items():
            path = self.root / name
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)


# ---------------------------------------------------------------------------- strategies

ODD_CHARS = ("\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u00a0", "\u00ad", "\u200b",
             "\u200d", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\ufffd", "\uffff",
             "\U0001f600", "\U0010ffff", "\u0301", "\u3000", "外", "泌", "您", "\r", "\t", "\\",
             "\"", "'", "#", ":", "&", "<", ">", "[", "]", "{", "}", "*", "_", "`", "|", "!",
             "%", "@", "~", "-", "=", "\n")
# Any code point but lone surrogates (those come in below as undecodable bytes).
any_text = st.text(st.one_of(st.characters(blacklist_categories=("Cs",)),
                             st.sampled_from(ODD_CHARS)), max_size=30)
# What a person might type: no control or separator characters, no surrogates.
typed_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                                   blacklist_characters="\u202a\u202b\u202c\u202d\u202e"
                                                        "\u2066\u2067\u2068\u2069"),
                     max_size=30)

DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
VALID = {"kind": "overview", "title": "What they are", "sources": ["s1"],
         "reviewed": dt.date(2026, 11, 1), "next_review": dt.date(2027, 5, 1),
         "reviewer": "Test reviewer"}

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text,
                    st.dates(), st.datetimes(), st.sampled_from(["overview", "s1", "s2"]))
yaml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(any_text, st.integers(), st.dates(),
                                                      st.booleans()), inner, max_size=4)),
    max_leaves=12)

YAML_LINES = [
    "kind: overview", "kind: overveiw", "kind:", "kind: [overview]", "kind: {a: 1}",
    "title: What they are", 'title: ""', "title: a: b", "title: 3", "title: [x]",
    "sources: [s1]", "sources: [s1, nope]", "sources: s1", "sources:", "  - s1", "- s1",
    "sources: [[s1]]", "sources: {s1: 1}", "reviewed: 2026-11-01", "reviewed: 2026-02-30",
    "reviewed: 2026-11-01T10:00:00", "reviewed: 2026-11-01 10:00:00+08:00",
    "reviewed: 99999-01-01", "next_review: 2027-05-01", "next_review: 0000-01-01",
    "next_review: 2026-10-01", "reviewer: Test reviewer", "reviewer: &r Someone",
    "other: *r", "base: &b {a: 1}", "<<: *b", "<<: {a: 1}", "x: *undefined",
    "x: !!python/object/apply:os.system ['true']", "x: !!python/name:os.system",
    "x: !!binary aGk=", "!!binary aGk=: 1", "x: !custom 1", "x: !!set {a, b}",
    "x: !!omap [a: 1]", "x: !!float abc", "x: !!int 0xZZ", "x: !!timestamp 2026-13-01",
    "x: !!bool maybe", "x: !!str", "? [a, b]", ": 1", "? complex", "{a: 1}", "[1, 2]",
    "key: [", "key: {", "key: 'unclosed", 'key: "unclosed', 'key: "\\x00\\ud800"',
    "key: |", "  literal", "key: >-", "\tkey: tab", "key:\tvalue", "%YAML 1.1",
    "%TAG ! tag:x,2000:", "...", "--- ", "# comment", "key: value # comment", "a: b: c",
    "- - -", "translated_from: 02ec7bd4a698", "translated_from: 123",
    "translated_from: [x]", "'quoted key': 1", "!!null : 1", "~: x", "2019: year",
    "2019-01-01: date key", "true: yes", "y: n", "1e3: 1", ".nan: x", ".inf: x",
    "0x1F: hex", "0o17: oct", "key: 123456789012345678901234567890", "  indented: 1",
    "        deeper: 2", "key: " + "[" * 60 + "]" * 60, "key: " + "{a: " * 40 + "1" + "}" * 40,
    "key: '" + "x" * 5000 + "'", "&a [*a]", "x: &a\n  y: *a", "@reserved", "`reserved",
    "key: @at", "key: %pct", "-", "?", ":", "|", ">", "*", "&", "!",
]

# Raw HTML, which must come out as text wherever it is written.
RAW_HTML = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>",
    "<style>body{display:none}</style>", "<div onclick=x>text</div>", "<!-- comment",
    "<!-- c -->", "<a href='javascript:x'>x</a>", "<svg onload=x>", "<object data=x>",
    "</section></main><script>", "<?php echo 1 ?>", "<![CDATA[x]]>", "<!DOCTYPE x>",
    "<base href=//evil>", "<meta http-equiv=refresh content=0>", "<form><input>",
    "<math><mi>x</mi></math>", "<table><tr><td>x</td></tr></table>", "<br>", "</p>",
    "<p style=color:red>", "<h1>top</h1>", "<textarea>", "<title>", "<noscript>",
]

MD_LINES = [
    # headings, of every level (# and ## are refused in a block)
    "# one", "## two", "### three", "#### four", "##### five", "###### six", "####### seven",
    "Setext\n===", "Setext\n---", "#", "### ",
    # lists
    "- item", "* item", "+ item", "1. item", "1) item", "3. item", "999999999. item",
    "  - nested", "    1. nested", "- [ ] task", "- [x] task", "-", "1.",
    # tables
    "| a | b |", "|---|:-:|", "| x | y |", "|:--|--:|", "| <b>c</b> | `d` |", "||", "|-|",
    # links, including the dangerous schemes
    "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](  javascript:alert(1))",
    "[x](java\tscript:alert(1))", "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript&colon;alert(1))", "[x](javascript&#58;alert(1))",
    "[x](%6Aavascript:alert(1))", "[x](\x00javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](data:image/png;base64,AA)",
    "[x](DATA:text/html,<script>)", "[x](vbscript:msgbox)", "[x](file:///etc/passwd)",
    "[x](<javascript:alert(1)>)", "[x](<java script:a>)", "<javascript:alert(1)>",
    "<http://example.org>", "<mailto:a@b.org>", "a@b.org", "http://bare.example.org",
    "[x][ref]", "[ref]", "[ref]: javascript:alert(1)", "[ref]: http://x 'title\" onmouseover=\"x'",
    '[x](http://x "t\\" onclick=\\"y")', "[x](http://x 'a' 'b')", "[x](#frag)",
    "[x](//evil.example/x.js)", '[x](" onmouseover="alert(1))', "[](x)", "[x]()",
    *RAW_HTML,
    # entities
    "&#0;", "&lt;script&gt;", "&#x3C;script&#x3E;", "&#60;img src=x onerror=alert(1)&#62;",
    "&amp;", "&nbsp;", "&#xD800;", "&#1114112;", "&#x110000;", "&unknown;", "&quot;", "&",
    "&#", "&#x;",
    # images (refused in a block)
    "![alt](x.png)", "![alt](javascript:alert(1))", "![a](data:image/svg+xml;base64,PHN2Zz4=)",
    "![a](x.png \"t\" onerror=\"y\")",
    # code
    "`code <b>`", "``a ` b``", "```", "```js\" onclick=\"x", "~~~", "    indented <script>",
    "```\n<script>\n```",
    # emphasis, rules, breaks, quotes
    "*em*", "**strong**", "_u_", "__uu__", "~~strike~~", "***", "---", "___", "* * *",
    "*a **b* c**", "> quote", ">>> deep", "> - item", "line  ", "line\\", "\\*", "\\<b>",
    # footnote-ish brackets and the silencing marker
    "[^1]", "[^1]: note", "[//]: # (hype-ok: quotes an advert)", "[//]: # (x)",
    "[//]: # (readability-ok)", "[[x]]", "]]", "[[",
    # blank and odd lines
    "", "", " ", "\t", "\t- tab item", "\u00a0", "\ufeff",
]


def lines_of(fragments: list[str], text: st.SearchStrategy) -> st.SearchStrategy:
    """Lines, each a fragment, a random text, or a fragment with random text around it."""
    fragment = st.sampled_from(fragments)
    return st.one_of(
        fragment, text,
        st.tuples(text, fragment, text).map("".join),
        st.tuples(fragment, st.sampled_from(["", " ", "  "]), text).map("".join))


def long_line(text: st.SearchStrategy) -> st.SearchStrategy:
    return st.tuples(text, st.integers(1000, 12000)).map(lambda t: (t[0] or "word ") * (
        t[1] // max(1, len(t[0] or "word "))))


def markdown(text: st.SearchStrategy, fragments=MD_LINES) -> st.SearchStrategy:
    line = st.one_of(lines_of(fragments, text), long_line(text))
    return st.lists(st.one_of(line, lines_of(fragments, text)), max_size=25).map("\n".join)


# Characters YAML writes as escapes in a double-quoted text; the page must not print them.
ESCAPES = ["\x00", "\x07", "\x1b[31m", "\x85", "\u200b", "\u202e", "\u2066", "\u2028"]


@st.composite
def valid_front_matter(draw) -> str:
    """Front matter the reader accepts, in any YAML style, with any texts a person types."""
    words = st.one_of(typed_text, typed_text, lines_of(RAW_HTML, typed_text),
                      lines_of(ESCAPES, typed_text)).filter(str.strip)
    meta = dict(VALID, title=draw(words), reviewer=draw(words),
                sources=draw(st.lists(st.sampled_from(["s1", "s2"]), min_size=1, max_size=3)))
    if draw(st.booleans()):
        meta["translated_from"] = draw(st.sampled_from(["02ec7bd4a698", "", "x"]))
    return yaml.dump(meta, Dumper=DUMPER, allow_unicode=draw(st.booleans()),
                     default_flow_style=draw(st.sampled_from([False, True, None])),
                     sort_keys=draw(st.booleans()), width=draw(st.integers(10, 200))).rstrip("\n")


@st.composite
def front_matter(draw) -> str:
    """Random YAML: the valid fields with some dropped, replaced or added, dumped in any
    style, then random lines put in; or lines from scratch."""
    if draw(st.booleans()):
        meta = dict(VALID)
        for key in draw(st.lists(st.sampled_from(list(VALID)), max_size=3, unique=True)):
            del meta[key]
        for key in draw(st.lists(st.sampled_from([*VALID, "translated_from"]), max_size=2)):
            meta[key] = draw(yaml_values)
        meta.update(draw(st.dictionaries(st.one_of(any_text, st.integers(), st.dates()),
                                         yaml_values, max_size=2)))
        document = draw(st.one_of(st.just(meta), st.just(meta), yaml_values))
        text = yaml.dump(document, Dumper=DUMPER, allow_unicode=draw(st.booleans()),
                         default_flow_style=draw(st.sampled_from([False, True, None])),
                         sort_keys=draw(st.booleans()), width=draw(st.integers(10, 200)))
        lines = text.split("\n")
    else:
        lines = []
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(lines_of(YAML_LINES, any_text)))
    if lines and draw(st.booleans()):  # a line twice: duplicate keys
        lines.append(draw(st.sampled_from(lines)))
    if lines and draw(st.integers(0, 5)) == 0:  # a tab where the indentation was
        at = draw(st.integers(0, len(lines) - 1))
        lines[at] = "\t" + lines[at].lstrip(" ")
    return "\n".join(lines)


OPENINGS = ["--- \n", "---\t\n", " ---\n", "----\n", "", "\n---\n", "+++\n", "---"]
CLOSINGS = ["\n--- \n", "\n...\n", "\n", "", "\n----\n", "\n---"]
DAMAGE = {"crlf": lambda t: t.replace("\n", "\r\n"), "cr": lambda t: t.replace("\n", "\r"),
          "bom": lambda t: "\ufeff" + t, "bom-inside": lambda t: t.replace("\n", "\n\ufeff", 1),
          "nul": lambda t: t + "\x00", "strip": lambda t: t.strip(), "empty": lambda t: " \n"}


@st.composite
def block_file(draw) -> bytes:
    """A block file's bytes. A quarter have valid front matter and a body a person might
    write (so the block loads, is checked and renders), a quarter valid front matter and
    any body, a quarter damaged front matter, and a quarter damage of every kind: odd
    '---' lines, CRLF, lone CRs, BOMs, NULs, bytes that are not UTF-8."""
    mode = draw(st.sampled_from(["typed", "any body", "damaged", "wild"]))
    meta = draw(valid_front_matter() if mode in ("typed", "any body") else front_matter())
    body = draw(markdown(typed_text if mode == "typed" else any_text))
    if mode != "wild":
        return f"---\n{meta}\n---\n{body}".encode("utf-8", "surrogatepass")
    text = (draw(st.sampled_from(["---\n", *OPENINGS])) + meta
            + draw(st.sampled_from(["\n---\n", *CLOSINGS])) + body)
    for change in draw(st.lists(st.sampled_from(sorted(DAMAGE)), max_size=2, unique=True)):
        text = DAMAGE[change](text)
    data = text.encode("utf-8", "surrogatepass")
    encoding = draw(st.sampled_from(["utf-8", "bytes", "latin-1", "big5", "utf-16",
                                     "surrogateescape"]))
    if encoding == "bytes":  # undecodable bytes somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif encoding == "surrogateescape":  # how a file of bad bytes reads back in Python
        data = (text + draw(st.sampled_from(["\udce9", "\udcff\udcfe", "\udc80"]))).encode(
            "utf-8", "surrogateescape")
    elif encoding != "utf-8":
        data = text.encode(encoding, "replace")
    return data


FRONT = (FIXTURE / "content" / "en" / "what.md").read_text(encoding="utf-8").split("---\n")[1]


def block_with(body: str) -> bytes:
    """The fixture's what.md with another body."""
    return f"---\n{FRONT}---\n{body}\n".encode("utf-8", "surrogatepass")


def block_with_title(title: str) -> bytes:
    return block_with("Exosomes are tiny.").replace(b"title: What they are",
                                                     b"title: " + title.encode())


# A valid-ish body: what an author might write, hostile markup included, but no control
# characters, no images and no # or ## headings (those are refused, so nothing renders).
ALLOWED_MD = [line for line in MD_LINES
              if not re.match(r"#{1,2} |Setext\n|!\[", line)
              and not any(c in line for c in "\x00\ufeff")]
valid_ish = markdown(typed_text, ALLOWED_MD)
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(char: str) -> bool:
    """What a page may print (the rule for block bodies and consult fields): no controls
    but a line break, no surrogates, no line or paragraph separators, no bidi controls."""
    return char == "\n" or (unicodedata.category(char) not in ("Cc", "Cs", "Zl", "Zp")
                             and char not in BIDI)


# --------------------------------------------------------------------------- invariants

def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") + 1


# YAML counts a lone CR, NEL, U+2028 and U+2029 as line breaks and markdown-it a lone CR,
# while a file's lines are its LF lines. files.decode refuses a file with them (STR011), so
# the readers below it never see them: the properties of those readers alone (parse_body,
# load_yaml) check the upper bound of a line only in text without them.
OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]|^%", re.MULTILINE)


def other_breaks(data: bytes | str) -> bool:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return bool(OTHER_BREAKS.search(text))


def assert_located(problems, root: Path) -> None:
    """Every problem names a file inside the project, and a line within that file."""
    top = root.resolve()
    for problem in problems:
        assert isinstance(problem, Problem), problem
        assert problem.path is not None, problem
        where = Path(problem.path).resolve()
        assert where.is_relative_to(top), problem
        assert problem.message and problem.rule, problem
        if problem.line is not None:
            assert isinstance(problem.line, int) and problem.line >= 1, problem
            if where.is_file():
                assert problem.line <= line_count(where), (problem, line_count(where))


def check_json(root: Path) -> dict:
    """`handout check --format json`: exit 0 or 1 (never 2 or 70), no traceback, and
    findings whose paths are inside the project."""
    result = CliRunner().invoke(cli, ["--root", str(root), "check", "--format", "json",
                                      "--today", TODAY])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    report = json.loads(result.stdout)
    for finding in report["findings"]:
        assert finding["path"], finding
        shown = Path(finding["path"])
        assert not shown.is_absolute() and ".." not in shown.parts, finding
    assert (result.exit_code == 1) == (report["summary"]["errors"] > 0), report["summary"]
    return report


def render_or_refuse(library, lang: str = "en") -> bytes | None:
    """An HTML render: its bytes, or our own error with its problems; nothing else.
    (--hypothesis-show-statistics shows how many examples rendered.)"""
    try:
        data = render(library, "basics", lang, "html").data
    except HandoutError as exc:
        assert exc.problems
        tally("refused")
        return None
    tally("rendered")
    return data


def tally(what: str) -> None:
    if currently_in_test_context():
        event(what)


# What markdown-it (js-default preset, html off; see generator/markup.py) makes of the
# Markdown a block may hold; images and # / ## headings are refused before rendering.
BODY_TAGS = {"p", "ul", "ol", "li", "strong", "em", "s", "a", "code", "pre", "blockquote",
             "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "h5", "h6"}
BODY_ATTRS = {("a", "href"), ("a", "title"), ("ol", "start"), ("code", "class"),
              ("th", "style"), ("td", "style")}
REFUSED_TAGS = {"img", "h1", "h2"}  # markdown-it makes them; parse_body reports them
REFUSED_ATTRS = {("img", "src"), ("img", "alt"), ("img", "title")}
ALIGN = re.compile(r"text-align:(left|center|right)")
BAD_SCHEMES = ("javascript:", "vbscript:", "file:")
SAFE_DATA = re.compile(r"data:image/(gif|png|jpeg|webp);")  # markdown-it lets these through


class Markup(HTMLParser):
    """Every element, attribute, comment and declaration html.parser sees in a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.starts: Counter = Counter()
        self.ends: Counter = Counter()
        self.attrs: set[tuple[str, str]] = set()
        self.values: list[tuple[str, str, str]] = []
        self.other: Counter = Counter()
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.starts[tag] += 1
        for name, value in attrs:
            self.attrs.add((tag, name))
            self.values.append((tag, name, value or ""))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.ends[tag] += 1

    def handle_comment(self, data):
        self.other["comment"] += 1

    def handle_decl(self, decl):
        self.other["declaration " + decl.lower()] += 1

    def handle_pi(self, data):
        self.other["processing instruction"] += 1

    def unknown_decl(self, data):
        self.other["unknown declaration"] += 1


def as_browser_reads(url: str) -> str:
    """A URL as a browser takes it: tabs and newlines removed, leading spaces and controls
    stripped, the scheme in lower case."""
    return re.sub(r"[\t\n\r]", "", url).lstrip("".join(map(chr, range(0x21)))).lower()


def dangerous(value: str) -> bool:
    url = as_browser_reads(value)
    return url.startswith(BAD_SCHEMES) or (url.startswith("data:") and not SAFE_DATA.match(url))


@pytest.fixture(scope="module")
def baselines(root) -> dict[str, Markup]:
    """The unmodified fixture's pages: all the markup the templates put there."""
    library = load_library(root)
    assert not library.problems
    return {lang: Markup(render(library, "basics", lang, "html").data.decode("utf-8"))
            for lang in ("en", "zh-TW")}


def assert_no_foreign_markup(html: str, baseline: Markup) -> None:
    """Only the template's elements and attributes, plus what Markdown makes of a block;
    and only printable characters (see `printable`)."""
    unprintable = sorted({c for c in html if not printable(c) and c != "\t"})
    assert not unprintable, f"the page prints {unprintable}"
    page = Markup(html)
    foreign = set(page.starts) - set(baseline.starts) - BODY_TAGS
    assert not foreign, f"elements the templates do not make: {foreign}"
    attrs = page.attrs - baseline.attrs - BODY_ATTRS
    assert not attrs, f"attributes the templates do not make: {attrs}"
    for tag in (set(page.starts) | set(baseline.starts)) - BODY_TAGS:
        # h1, h2, section, style, meta, ...: exactly as many as the template makes
        assert (page.starts[tag], page.ends[tag]) == (baseline.starts[tag], baseline.ends[tag]), \
            (tag, page.starts[tag], page.ends[tag])
    assert page.other == baseline.other, page.other
    template_values = set(baseline.values)
    for tag, name, value in page.values:
        assert not name.startswith("on"), (tag, name, value)
        assert not as_browser_reads(value).startswith(BAD_SCHEMES), (tag, name, value)
        if (tag, name, value) in template_values:
            continue
        if as_browser_reads(value).startswith("data:"):
            assert (tag, name) == ("a", "href") and not dangerous(value), (tag, name, value)
        if name == "style":
            assert ALIGN.fullmatch(value), (tag, name, value)
        if (tag, name) == ("code", "class"):
            assert value.startswith("language-"), value
        if (tag, name) == ("ol", "start"):
            assert value.isdigit(), value


# ------------------------------------------------------------- 1. readers never crash

@fast(80)
@given(name=st.sampled_from(BLOCKS), data=block_file())
@example(name=BLOCKS[0], data=b"---\nkind: &k overview\nother: *k\n---\nBody.\n")
@example(name=BLOCKS[0], data=b"\xef\xbb\xbf---\r\nkind: overview\r\nkind: x\r\n---\r\n\xff\n")
@example(name=BLOCKS[1], data=b"---\n\tkind: overview\n---\n# h\n\x00")
@example(name=BLOCKS[0], data=b"---\nx: " + b"[" * 3000 + b"]" * 3000 + b"\n---\nx\n")
@example(name=BLOCKS[0], data=b"---\n" + b"- " * 3000 + b"x\n---\nx\n")
@example(name=BLOCKS[0], data=b"---\nkind: overview\n---\n" + b">" * 5000 + b" x\n")
@example(name=BLOCKS[0], data=b"---\nkind: overview\n---\n"
         + b"".join(b"  " * i + b"- x\n" for i in range(300)))
@example(name=BLOCKS[0], data=block_with_title('"<script>alert(1)</script>"'))
def test_readers_never_crash_on_a_random_block_file(root, baselines, name, data):
    lang = name.split("/")[1]
    with Written(root, {name: data}):
        library = load_library(root)
        assert_located(library.problems, root)
        page = render_or_refuse(library, lang)
        if page is not None:  # the front matter was valid: its texts are escaped, too
            assert_no_foreign_markup(page.decode("utf-8"), baselines[lang])
        check_json(root)


HOSTILE_VALUES = ['"javascript:alert(1)"', '"<script>alert(1)</script>"',
                  '"https://x/\\" onclick=x"', '"https://example.org/<img src=x onerror=y>"',
                  '"data:text/html,x"', '" "', '"https://example.org/ javascript:x"',
                  "10.1000/x\"><b>", "[what, what]", "{}", "2026-02-30", "-1",
                  "99999999999999999999", "!!binary aGk=", "*a", "&a x"]


@st.composite
def yaml_file(draw) -> tuple[str, bytes]:
    """A YAML file of the project: the fixture's with one value replaced (it mostly still
    loads, so the value reaches the page), or random YAML from scratch."""
    if draw(st.booleans()):
        name = draw(st.sampled_from(YAML_FILES))
        top = draw(st.sampled_from(["basics", "s1", "s2", "other"]))
        text = draw(st.one_of(front_matter(), yaml_values.map(lambda value: yaml.dump(
            {top: value}, Dumper=DUMPER, allow_unicode=True))))
        return name, text.encode("utf-8", "surrogatepass")
    name = draw(st.sampled_from(["content/sources.yaml", "content/en/topics.yaml"]))
    lines = (FIXTURE / name).read_text(encoding="utf-8").split("\n")
    at = draw(st.sampled_from([i for i, line in enumerate(lines) if ": " in line]))
    words = typed_text.filter(str.strip)
    value = draw(st.one_of(words, words, words, scalars))
    flow = yaml.dump([value], Dumper=DUMPER, default_flow_style=True, allow_unicode=True,
                     width=10**6).strip()[1:-1]
    flow = draw(st.one_of(st.just(flow), st.just(flow), st.sampled_from(HOSTILE_VALUES)))
    lines[at] = lines[at].split(": ")[0] + ": " + flow
    return name, "\n".join(lines).encode("utf-8", "surrogatepass")


@fast(40)
@given(file=yaml_file())
@example(file=("content/sources.yaml", (FIXTURE / "content/sources.yaml").read_bytes().replace(
    b'title: "Public', b'title: "<script>alert(1)</script> Public')))
def test_readers_never_crash_on_a_random_yaml_file(root, baselines, file):
    name, data = file
    with Written(root, {name: data}):
        library = load_library(root)
        assert_located(library.problems, root)
        page = render_or_refuse(library)
        if page is not None:
            assert_no_foreign_markup(page.decode("utf-8"), baselines["en"])
        check_json(root)


# ---------------------------------------------------------- 2. the renderer never crashes

@fast(40)
@given(body=st.one_of(markdown(typed_text), markdown(any_text)))
@example(body="<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n&#0; &lt;script&gt;")
@example(body="![a](x.png)\n\n## two\n\n\x00\u202e")
def test_render_returns_html_or_a_located_error(root, baselines, body):
    with Written(root, {BLOCKS[0]: block_with(body)}):
        page = render_or_refuse(load_library(root))
    if page is not None:
        assert_no_foreign_markup(page.decode("utf-8"), baselines["en"])


# ---------------------------------------------------------------- 3. no foreign markup

@fast(50)
@given(body=valid_ish)
@example(body="<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n<iframe src=//x>\n"
              "<style>body{}</style>\n<!-- c")
@example(body="[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](&#106;avascript:alert(1)) "
              "[d](java\tscript:x) <javascript:alert(1)> [e](data:text/html,x)\n\n"
              "[ref]: vbscript:x\n\n[f][ref]")
@example(body='[x](http://x "t\\" onclick=\\"y") [y](" onmouseover="alert(1))\n\n'
              '```js" onclick="x\ncode\n```\n\n| a | b |\n|:-|-:|\n| <b>c</b> | d |')
@example(body="&#60;script&#62;alert(1)&#60;/script&#62; &#x3C;img src=x onerror=y&#x3E; "
              "&#0; &#xD800; &lt;script&gt;\n\n</section></main><script>")
def test_rendered_html_has_only_the_templates_markup(root, baselines, body):
    with Written(root, {BLOCKS[0]: block_with(body)}):
        page = render_or_refuse(load_library(root))
    if page is not None:
        assert_no_foreign_markup(page.decode("utf-8"), baselines["en"])


def test_the_allowed_markup_is_what_it_says(baselines):
    """The baselines are the templates' pages (one <style>, no script, no image), and each
    body tag and attribute allowed above is one markdown-it makes (the lists cannot drift)."""
    for baseline in baselines.values():
        assert baseline.starts["style"] == 1 and baseline.starts["html"] == 1
        assert not {"script", "iframe", "object", "embed", "img"} & set(baseline.starts)
    problems = Problems()
    body = parse_body("### h\n\n#### h\n\n##### h\n\n###### h\n\n- a\n\n1. b\n\np\n\n3. c\n\n"
                      "> q\n\n---\n\n*e* **s** ~~x~~ `c` [l](http://x \"t\")  \nbr\n\n"
                      "```py\nx\n```\n\n| a | b |\n|:-|-:|\n| c | d |\n", 1, Path("x.md"),
                      problems)
    page = Markup(body.html)
    assert not problems.items
    assert set(page.starts) == BODY_TAGS
    assert page.attrs == BODY_ATTRS


@fast(200)
@given(text=markdown(any_text))
@example(text="![a](x.png)\n# h\n<script>x</script>")
@example(text="Text ![a](x.png) more.")
@example(text="[x](javascript:alert(1)) [y](data:text/html,x) <vbscript:x>")
def test_markdown_alone_makes_only_body_markup(text):
    """parse_body on any text makes body markup only; whatever would be refused (an
    image, a # or ## heading, a javascript: link) is reported at a line (STR011), so the
    block never renders. Every line it names is a line of the text."""
    problems = Problems()
    body = parse_body(text, 9, Path("content/en/what.md"), problems)
    page = Markup(body.html)
    assert set(page.starts) - BODY_TAGS - REFUSED_TAGS == set(), page.starts
    assert page.attrs - BODY_ATTRS - REFUSED_ATTRS == set(), page.attrs
    assert page.other == Counter(), page.other
    assert not any(name.startswith("on") for _, name, _ in page.values)
    # Each refusal is told by its STR011 message (checked by a word of it).
    said = " ".join(p.message for p in problems.items if p.rule == "STR011")
    if "img" in page.starts:
        assert "image" in said, problems.items
    if {"h1", "h2"} & set(page.starts):
        assert "heading level" in said, problems.items
    if any(dangerous(value) for tag, _, value in page.values if tag != "img"):
        assert "link" in said, problems.items
    last = 9 + text.count("\n") if not other_breaks(text) else float("inf")
    for problem in problems.items:
        assert 9 <= problem.line <= last, problem
    for unit in body.units:
        assert 9 <= unit.line <= last, unit
        assert all(9 <= line <= last for _, line in unit.breaks), unit


# ------------------------------------------------------------------- 4. the pure helpers

PATH = Path("/project/content/en/what.md")


@fast(150)
@given(text=st.one_of(any_text, front_matter(),
                      st.tuples(st.sampled_from(["---\n", *OPENINGS]), front_matter(),
                                st.sampled_from(["\n---\n", *CLOSINGS]),
                                markdown(any_text)).map("".join)))
@example(text="---\n---\n")
@example(text="---")
@example(text=" --- \nkind: x\n\t---\t\nbody")
def test_split_front_matter_is_total_and_exact(text):
    """Either one problem at line 1, or the front matter and body exactly as written, with
    the body's first line right after the closing '---'."""
    problems = Problems()
    split = split_front_matter(text, PATH, problems)
    if split is None:
        assert len(problems.items) == 1 and problems.items[0].line == 1, problems.items
        return
    assert not problems.items
    meta, body, body_line = split
    lines = text.split("\n")
    assert 3 <= body_line <= len(lines) + 1
    assert lines[0].strip() == "---" and lines[body_line - 2].strip() == "---"
    assert not any(line.strip() == "---" for line in lines[1:body_line - 2])
    assert "\n".join(lines[1:body_line - 2]) == meta
    assert "\n".join(lines[body_line - 1:]) == body


@fast(200)
@given(text=st.one_of(front_matter(), any_text, st.lists(lines_of(YAML_LINES, any_text),
                                                          max_size=8).map("\n".join)),
       first=st.integers(1, 50))
@example(text="a: [\n", first=2)
@example(text="a: 1\na: 2", first=2)
@example(text="a: &x 1\nb: *x", first=2)
@example(text="a:\n\tb", first=2)
@example(text="a: 2026-02-30\n\n\n", first=2)
@example(text='a: "\n\n', first=1)
@example(text="? [a]\n: 1", first=3)
def test_load_yaml_never_raises_and_locates_within_the_text(text, first):
    """Data and the line of each key, or one located problem; never an exception. Every
    line is one of the text's (counted from `first`)."""
    problems = Problems()
    loaded = load_yaml(text, PATH, problems, first_line=first)
    last = first + text.count("\n") if not other_breaks(text) else float("inf")
    if loaded is None:
        assert len(problems.items) <= 1
    else:
        assert not problems.items
        assert all(first <= line <= last for line in loaded[1].values()), loaded[1]
    for problem in problems.items:
        assert problem.path == PATH and problem.rule and problem.message, problem
        assert first <= problem.line <= last, (problem, last)


@fast(100)
@given(data=st.one_of(st.binary(max_size=200), any_text.map(
    lambda t: t.encode("utf-8", "surrogatepass")), block_file()))
def test_decode_gives_text_or_one_located_problem(data):
    problems = Problems()
    text = decode(data, PATH, problems)
    if text is None:
        assert len(problems.items) == 1
        assert 1 <= problems.items[0].line <= data.count(b"\n") + 1
    else:  # each line of the text is a line of the file: only CRLF became LF
        assert not problems.items and not text.startswith("\ufeff")
        assert text.count("\n") == data.count(b"\n")


@fast(150)
@given(text=st.lists(st.one_of(any_text, st.sampled_from(
    ["[a]", "[[a.b]]", "a = 1", '"q.k" = 2', "x.y = 3", 's = """', '"""', "t = '''",
     "[ a . b ]", "k = { a = 1 }", "= 1", "[", "a.", "'' = 1"])), max_size=10).map("\n".join))
def test_toml_lines_never_raise_and_stay_in_the_file(text):
    lines = toml_lines(text)
    assert all(1 <= line <= text.count("\n") + 1 for line in lines.values())


# --------------------------------------------------------------- bugs these tests found

# Found by these tests: a finding after a lone CR, NEL, U+2028 or U+2029, or after a last
# %directive, named a line past the end of the file.
@pytest.mark.parametrize("name,old,new", [
    (BLOCKS[0], "cannot see them.", "cannot see them.\ra\rb\rc\rd\re\rf\r# Heading"),
    (BLOCKS[0], "cannot see them.", "cannot see them." + "\r" * 10 + "![picture](x.png)"),
    (BLOCKS[0], "reviewer: Test reviewer", "reviewer: Test reviewer" + "\u2028" * 10 + "x: ["),
    (BLOCKS[0], "reviewer: Test reviewer", "reviewer: Test reviewer" + "\x85" * 10 + "kind: x"),
    (BLOCKS[0], "reviewer: Test reviewer", "reviewer: Test reviewer" + "\r" * 10 + "x: ["),
    ("content/topics.yaml", "help]\n", "help]\n%YAML 1.1"),
])
def test_no_finding_names_a_line_past_the_end(root, name, old, new):
    original = (root / name).read_text(encoding="utf-8")
    assert old in original
    with Written(root, {name: original.replace(old, new).encode("utf-8")}):
        lines = line_count(root / name)
        said = [f for f in check_json(root)["findings"] if f["path"] == name]
        assert said
        assert all(f["line"] is None or f["line"] <= lines for f in said), (lines, said)


# Found by these tests: a YAML escape put a control or bidi
# character in a block's title or reviewer; check accepted it and the page printed it.
@pytest.mark.parametrize("field,value", [
    ("title", '"What\\x00 they are"'), ("title", '"What \\e[31mthey are"'),
    ("title", '"What \\u202ethey are"'), ("reviewer", '"Test\\x07 reviewer"'),
    ("reviewer", '"Test \\u2066reviewer"'),
])
def test_front_matter_text_is_printable(root, field, value):
    """The body refuses these characters (STR011), and so do the consult fields; a title
    or reviewer written with a YAML escape is printed as it is. (handout.toml's reviewer
    is taken out, so that the block's reviewer is the one printed.)"""
    block = (root / BLOCKS[0]).read_text(encoding="utf-8")
    line = next(x for x in block.split("\n") if x.startswith(field + ":"))
    config = (root / "handout.toml").read_text(encoding="utf-8")
    with Written(root, {BLOCKS[0]: block.replace(line, f"{field}: {value}").encode(),
                        "handout.toml": re.sub(r"(?m)^reviewer = .*\n", "", config).encode()}):
        errors = check_json(root)["summary"]["errors"]
        page = render_or_refuse(load_library(root))
    printed = [c for c in (page or b"").decode("utf-8") if not printable(c) and c != "\t"]
    assert errors or not printed, f"check accepts it, and the page prints {printed}"
