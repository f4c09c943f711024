"""HTML to PDF with WeasyPrint: imported only here, fetching nothing but our own files."""

from __future__ import annotations

import ctypes.util
import importlib
import logging
import os
import shutil
import sys
import types
import warnings
from contextlib import contextmanager
from functools import cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.request import url2pathname

from . import fonts
from .errors import HandoutError

FONT_URL = "handout-font:{weight}"


@cache
def weasyprint():
    """Import WeasyPrint, skipping its library search's subprocesses.

    WeasyPrint tries several names per shared library, and cffi runs
    ctypes.util.find_library (ldconfig, gcc, ld) for each name that is not a file;
    the last name on each list is the real soname, so the search is not needed on
    Linux and macOS. This halves the import time (0.5 s to 0.28 s on 2 cores), and
    deferring two unused fontTools modules saves another 0.08 s. Fontconfig gets a
    configuration with no system fonts (see fontconfig.conf).
    """
    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    deferred = {name: _Deferred(name) for name in DEFERRED}
    for name, stand_in in deferred.items():
        sys.modules.setdefault(name, stand_in)
    try:
        with warnings.catch_warnings(), _no_system_fonts():
            # Reported by `handout doctor`: we subset fonts ourselves.
            warnings.filterwarnings("ignore", message="HarfBuzz-Subset")
            # Intended: our fontconfig.conf lists no system fonts.
            warnings.filterwarnings("ignore", message="No fonts configured")
            import weasyprint as module
    finally:
        ctypes.util.find_library = original
        for name, stand_in in deferred.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return module


# fontTools modules WeasyPrint imports for subsetting and variable fonts. Our PDFs embed
# fonts already subset and static, so they are never called: importing them costs 80 ms.
DEFERRED = ("fontTools.subset", "fontTools.varLib.instancer")


class _Deferred(types.ModuleType):
    """Stands in for a module during WeasyPrint's import; loads the real one if called."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)

        def call(*args, **kwargs):
            return getattr(importlib.import_module(self.__name__), name)(*args, **kwargs)

        return call


def font_face_css() -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{fonts.FAMILY}"; font-weight: {font.weight}; '
        f'src: url("{FONT_URL.format(weight=font.weight)}"); }}'
        for font in fonts.font_files())


def render_pdf(html: str, base_dir: Path, allowed: list[Path]) -> bytes:
    """Lay out and write the PDF; any WeasyPrint warning is an error, not a log line."""
    chars = set(unescape(html)) | set(fonts.GENERATED)
    missing = fonts.missing_chars(chars)
    if missing:
        raise MissingGlyphs(missing)
    bold = _bold_text(html) | set(fonts.GENERATED)
    pdf, problems = _write(html, base_dir, allowed, {400: chars, 700: bold})
    if problems and bold != chars:
        # The template made more text bold than _bold_text knows: embed every glyph.
        pdf, problems = _write(html, base_dir, allowed, {400: chars, 700: chars})
    if problems:
        raise HandoutError.at("the PDF renderer reported: " + "; ".join(problems),
                              hint="fix the template or content named in the message")
    return pdf


def _write(html: str, base_dir: Path, allowed: list[Path],
           chars: dict[int, set[str]]) -> tuple[bytes, list[str]]:
    font_bytes = {FONT_URL.format(weight=f.weight): fonts.subset(f, chars[f.weight])
                  for f in fonts.font_files()}
    wp = weasyprint()
    fetcher = _fetcher(wp, font_bytes, [p.resolve() for p in allowed])
    with _no_system_fonts():
        font_config = wp.text.fonts.FontConfiguration()
    try:
        with _captured_warnings() as problems:
            document = wp.HTML(string=html, base_url=base_dir.resolve().as_uri() + "/",
                               url_fetcher=fetcher).render(font_config=font_config)
            pdf = document.write_pdf(full_fonts=True, pdf_tags=True)
        return pdf, problems + _foreign_fonts(document)
    finally:
        # WeasyPrint copies @font-face fonts to a temporary folder and removes it only
        # when garbage-collected; remove it now so a fast exit leaves nothing behind.
        folder = getattr(font_config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            font_config._folder = None


class _BoldText(HTMLParser):
    """Text inside the elements base.css sets in bold; only these need Bold glyphs."""

    TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "th"}
    CLASSES = {"purpose", "clinic"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.chars: set[str] = set()

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "br", "img", "hr", "input"):
            return
        classes = set((dict(attrs).get("class") or "").split())
        inside = bool(self.stack and self.stack[-1])
        self.stack.append(inside or tag in self.TAGS or bool(classes & self.CLASSES))

    def handle_endtag(self, tag):
        if self.stack and tag not in ("meta", "link", "br", "img", "hr", "input"):
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1]:
            self.chars.update(data)


def _bold_text(html: str) -> set[str]:
    parser = _BoldText()
    parser.feed(html)
    return parser.chars


def _foreign_fonts(document) -> list[str]:
    """Any text set in a font other than ours, or drawn as an empty box, is a failure."""
    found = []
    for font in document.fonts.values():
        family = font.family.decode() if isinstance(font.family, bytes) else str(font.family)
        if family != fonts.FAMILY:
            found.append(f"some text fell back to the system font {family!r}")
        if font.missing:
            chars = "".join(chr(c) for c in font.missing)
            found.append(f"no glyph for {chars!r} in {family!r}")
    return found


class MissingGlyphs(HandoutError):
    """Characters the bundled fonts cannot draw; the caller says where they came from."""

    def __init__(self, chars: set[str]):
        self.chars = chars
        listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in sorted(chars))
        super().__init__(HandoutError.at(f"no glyph in the bundled fonts for {listed}",
                                         hint="replace the character").problems)


def _fetcher(wp, font_bytes: dict[str, bytes], allowed: list[Path]):
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class ProjectOnlyFetcher(URLFetcher):
        """Serves our fonts, data: URLs and files in the allowed folders; refuses the rest."""

        def fetch(self, url, headers=None):
            if url in font_bytes:
                return URLFetcherResponse(url, font_bytes[url], {"Content-Type": "font/otf"})
            if url.startswith("data:"):  # inline, e.g. the logo: no file, no network
                return super().fetch(url, headers)
            if url.startswith("file:"):
                path = Path(url2pathname(url.removeprefix("file:"))).resolve()
                if any(path.is_relative_to(root) for root in allowed) and path.is_file():
                    return URLFetcherResponse(url, path.read_bytes())
            raise ValueError(f"refused to fetch {url} (only project template files load)")

    return ProjectOnlyFetcher()


@contextmanager
def _no_system_fonts():
    """Point fontconfig at fontconfig.conf while WeasyPrint reads its configuration.

    Restored at once, so that other programs this process starts (a browser in the
    tests, say) still see the system's fonts.
    """
    previous = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(Path(__file__).with_name("fontconfig.conf"))
    try:
        yield
    finally:
        if previous is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = previous


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
