"""HTML to PDF with WeasyPrint, inside a PDF worker process (see engine.py).

Only a worker imports this module's WeasyPrint: it is a process of its own, so its
environment can name our fontconfig.conf (no system fonts: a missing glyph is an error,
never a fallback) and its temporary folder is a private one the engine removes.
"""

from __future__ import annotations

import ctypes.util
import io
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Mapping
from contextlib import contextmanager
from functools import cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from . import fonts
from .errors import HandoutError

FONTCONFIG = Path(__file__).with_name("fontconfig.conf")
# Templates may link files beside them (url("x.png")); they are served from memory under
# this base, and nothing else on the file system is.
ASSET_BASE = "file:///handout-templates/"


def prepare_worker(tmp: str) -> None:
    """Make this process a PDF worker: our fonts only, a private temp folder, WeasyPrint
    (and pypdf, for mark_reference_languages) imported once, before the first job."""
    os.environ["FONTCONFIG_FILE"] = str(FONTCONFIG)
    tempfile.tempdir = tmp
    weasyprint()
    import pypdf  # noqa: F401


fast_import = False  # whether this process's import took the fast path (`probe` says)


@cache
def weasyprint():
    """Import WeasyPrint, fast when its shared libraries are found by their real names.

    WeasyPrint tries several names per library; for each name that is not a file, cffi
    runs ctypes.util.find_library, which starts ldconfig, gcc and ld: 0.35 s on this kind
    of machine. The last name on each of WeasyPrint's lists is the real soname, which
    loads without a search, so the search is switched off while WeasyPrint is imported,
    in this worker process only. Should a WeasyPrint release load differently, the
    import is repeated the ordinary way (tests/test_engine.py checks the fast path).
    """
    with warnings.catch_warnings():
        # Reported by `handout doctor`: fonts are subset before WeasyPrint sees them.
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset")
        # Intended: our fontconfig.conf lists no system fonts.
        warnings.filterwarnings("ignore", message="No fonts configured")
        try:
            with _no_library_search():
                import weasyprint as module
            global fast_import
            fast_import = True
        except OSError:
            for name in [m for m in sys.modules if m.split(".")[0] == "weasyprint"]:
                del sys.modules[name]
            import weasyprint as module
    return module


def probe() -> dict:
    """How this worker's WeasyPrint was loaded: the fast path, and Pango's version."""
    module = weasyprint()
    number = module.text.ffi.pango.pango_version()
    return {"weasyprint": module.__version__,
            "fast library loading": fast_import,
            "pango": f"{number // 10000}.{number // 100 % 100}.{number % 100}"}


@contextmanager
def _no_library_search():
    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = original


def font_job(html: str) -> dict[str, bytes]:
    """The fonts a page needs, cut down to its characters; a character no bundled face can
    draw is an error here, never an empty box. Needs no WeasyPrint: `render` runs it while
    the worker is still importing."""
    chars = set(unescape(html)) | set(fonts.GENERATED)
    missing = fonts.missing_chars(chars)
    if missing:
        raise MissingGlyphs(missing)
    return _subset({400: chars, 700: _bold_text(html) | set(fonts.GENERATED)})


def _subset(chars: dict[int, set[str]]) -> dict[str, bytes]:
    return {fonts.FONT_URL.format(weight=f.weight): fonts.subset(f, chars[f.weight])
            for f in fonts.font_files()}


def render_pdf(html: str, assets: Mapping[str, bytes],
               font_bytes: Mapping[str, bytes] | None = None) -> bytes:
    """Lay out and write the PDF; any WeasyPrint warning is an error, not a log line."""
    pdf, problems = _write(html, assets, font_bytes or font_job(html))
    if problems:
        # The template made more text bold than _bold_text knows: embed every glyph.
        chars = set(unescape(html)) | set(fonts.GENERATED)
        pdf, problems = _write(html, assets, _subset({400: chars, 700: chars}))
    if problems:
        raise HandoutError.at("the PDF renderer reported: " + "; ".join(problems),
                              hint="fix the template or content named in the message")
    return pdf


def _write(html: str, assets: Mapping[str, bytes], font_bytes: Mapping[str, bytes]
           ) -> tuple[bytes, list[str]]:
    wp = weasyprint()
    fetcher = _fetcher(font_bytes, assets)
    font_config = wp.text.fonts.FontConfiguration()
    with _captured_warnings() as problems:
        document = wp.HTML(string=html, base_url=ASSET_BASE, url_fetcher=fetcher).render(
            font_config=font_config)
        pdf = document.write_pdf(full_fonts=True, pdf_variant="pdf/ua-1")
    return mark_reference_languages(pdf, html), problems


class _References(HTMLParser):
    """The document's language and each source reference's (`<span class="ref" lang>`)."""

    def __init__(self) -> None:
        super().__init__()
        self.document = ""
        self.langs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.document = attrs.get("lang") or ""
        elif tag == "span" and "ref" in (attrs.get("class") or "").split():
            self.langs.append(attrs.get("lang") or "")


def mark_reference_languages(pdf: bytes, html: str) -> bytes:
    """Give each source reference in another language its /Lang in the structure tree,
    so that a screen reader reads an English title in a zh-TW handout in English.

    WeasyPrint tags the document's language only. The source list is the document's last
    list, one item per source (base.css keeps each item on one page); its items are the
    last list items of the structure tree, and the spans inside them take the language.
    A tree that does not have that shape is left as it is."""
    found = _References()
    found.feed(html)
    if all(lang in ("", found.document) for lang in found.langs):
        return pdf
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    items = structure_elements(writer.root_object["/StructTreeRoot"], "/LI")
    if len(items) < len(found.langs):
        return pdf
    references = items[len(items) - len(found.langs):]
    for item, lang in zip(references, found.langs, strict=True):
        if lang and lang != found.document:
            for span in structure_elements(item, "/Span"):
                if holds_elements(span):  # the <span>, not a run of text beside it
                    span[NameObject("/Lang")] = TextStringObject(lang)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def holds_elements(node) -> bool:
    """Whether a structure element holds other elements (a <span>), not only text runs."""
    kids = node["/K"].get_object()
    return any(hasattr(kid.get_object(), "get") for kid in
               (kids if isinstance(kids, list) else [kids]) if hasattr(kid, "get_object"))


def structure_elements(node, kind: str) -> list:
    """The structure elements of `kind` under `node` (a pypdf object), in document order;
    the tests and .ci/wheel_smoke.py read alt texts and languages with it."""
    found, todo = [], [node]
    while todo:
        node = todo.pop().get_object()
        if isinstance(node, list):
            todo.extend(reversed(node))
        elif hasattr(node, "get"):
            if node.get("/S") == kind:
                found.append(node)
            if "/K" in node:
                todo.append(node["/K"])
    return found


class _BoldText(HTMLParser):
    """Text inside the elements base.css sets in bold; only these need Bold glyphs."""

    TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "th"}
    CLASSES = {"purpose", "clinic"}
    VOID = ("meta", "link", "br", "img", "hr", "input")

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.chars: set[str] = set()

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        inside = bool(self.stack and self.stack[-1])
        self.stack.append(inside or tag in self.TAGS or bool(classes & self.CLASSES))

    def handle_endtag(self, tag):
        if self.stack and tag not in self.VOID:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1]:
            self.chars.update(data)


def _bold_text(html: str) -> set[str]:
    parser = _BoldText()
    parser.feed(html)
    return parser.chars


class MissingGlyphs(HandoutError):
    """Characters the bundled fonts cannot draw; the caller says where they came from."""

    def __init__(self, chars: set[str]):
        self.chars = chars
        listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in sorted(chars))
        super().__init__(HandoutError.at(f"no glyph in the bundled fonts for {listed}",
                                         hint="replace the character").problems)

    def __reduce__(self):  # sent from a worker process to the caller
        return (MissingGlyphs, (self.chars,))


def _fetcher(font_bytes: Mapping[str, bytes], assets: Mapping[str, bytes]):
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class ProjectOnlyFetcher(URLFetcher):
        """Serves our fonts, data: URLs and the project's template files; refuses the rest:
        no file outside them, no network."""

        def fetch(self, url, headers=None):
            if url in font_bytes:
                return URLFetcherResponse(url, font_bytes[url], {"Content-Type": "font/otf"})
            if url.startswith("data:"):  # inline, e.g. the logo: no file, no network
                return super().fetch(url, headers)
            name = url.removeprefix(ASSET_BASE)
            if url.startswith(ASSET_BASE) and name in assets:
                return URLFetcherResponse(url, assets[name])
            raise ValueError(f"refused to fetch {url} (only the project's template files "
                             "load)")

    return ProjectOnlyFetcher()


@contextmanager
def _captured_warnings():
    """Collect WeasyPrint's warnings and errors instead of printing them."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler = Collect(logging.WARNING)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
