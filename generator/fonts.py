"""The fonts every PDF is set in, checked for coverage and subset before WeasyPrint sees them.

Noto Sans CJK TC (Regular and Bold, static OTF) comes from PyPI with `pip install`; its
Latin letters are the family's own, so English and Chinese match. We subset it to the
document's characters with HarfBuzz (uharfbuzz, a wheel) in milliseconds, then let
WeasyPrint embed the small font as is. WeasyPrint's own subsetting needs the system's
libharfbuzz-subset, which a fresh Debian lacks; without it, fontTools takes seconds per PDF.
"""

from __future__ import annotations

import importlib.util
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FAMILY = "Handout Sans"
# Characters CSS may draw that are not in the HTML text: list markers, counters, quotes.
GENERATED = "•◦▪–—0123456789.,:;()[]“”‘’\"' "
# Positioning features only, no substitutions. WeasyPrint maps glyphs back to text
# through the font's cmap when it embeds a font whole, so a ligature glyph (the "fi"
# in "first") would be copied, searched and read aloud as a wrong letter. 'locl' would
# also pull in the Japanese, Korean and Simplified forms of every character (twice the
# glyphs); the TC font's default forms are already Taiwan's.
KEEP_FEATURES = ("kern", "mark", "mkmk")
PACKAGES = {400: "cvttf_NotoSansCJK_Regular", 700: "cvttf_NotoSansCJK_Bold"}
FONT_URL = "handout-font:{weight}"


@dataclass(frozen=True)
class FontFile:
    weight: int
    path: Path
    package: str


@cache
def font_files() -> tuple[FontFile, ...]:
    """Locate the bundled font files without importing their packages."""
    found = []
    for weight, package in PACKAGES.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise FontMissing(package)
        folder = Path(next(iter(spec.submodule_search_locations)))
        otf = sorted(folder.glob("*.otf"))
        if not otf:
            raise FontMissing(package)
        found.append(FontFile(weight, otf[0], package))
    return tuple(found)


def font_face_css() -> str:
    """The @font-face rules a PDF template gets; the PDF worker serves each URL."""
    return "\n".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {font.weight}; '
        f'src: url("{FONT_URL.format(weight=font.weight)}"); }}'
        for font in font_files())


def digest() -> str:
    """A hash of the font files' content: a changed font changes every PDF's build digest."""
    import hashlib

    entries = hashlib.sha256()
    for font in font_files():
        with font.path.open("rb") as handle:
            entries.update(hashlib.file_digest(handle, "sha256").digest())
    return entries.hexdigest()


class FontMissing(RuntimeError):
    def __init__(self, package: str):
        self.package = package
        super().__init__(f"font package {package} is not installed")


def subsetter() -> str:
    """Name the subsetting path this machine takes (shown by `handout doctor`)."""
    return "harfbuzz (uharfbuzz)" if _harfbuzz() else "fontTools (slow: install uharfbuzz)"


@cache
def _harfbuzz():
    try:
        import uharfbuzz
    except ImportError:
        return None
    return uharfbuzz


@cache
def _cmap(path: Path) -> frozenset[int]:
    hb = _harfbuzz()
    if hb:
        return frozenset(hb.Face(hb.Blob.from_file_path(str(path))).unicodes)
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path, lazy=True).getBestCmap())


def needs_glyph(char: str) -> bool:
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def missing_chars(chars: Iterable[str]) -> set[str]:
    """Characters no bundled face can draw; rendering them would show empty boxes."""
    wanted = {c for c in chars if needs_glyph(c)}
    missing: set[str] = set()
    for font in font_files():
        cmap = _cmap(font.path)
        missing |= {c for c in wanted if ord(c) not in cmap}
    return missing


def subset(font: FontFile, chars: Iterable[str]) -> bytes:
    """Return an OpenType font holding only the glyphs for `chars`."""
    codepoints = sorted({ord(c) for c in chars if needs_glyph(c)} | {0x20})
    hb = _harfbuzz()
    if hb:
        face = hb.Face(hb.Blob.from_file_path(str(font.path)))
        request = hb.SubsetInput()
        for codepoint in codepoints:
            request.unicode_set.add(codepoint)
        features = request.layout_feature_tag_set
        features.clear()
        for feature in KEEP_FEATURES:
            features.add(int.from_bytes(feature.encode(), "big"))
        return hb.subset(face, request).blob.data
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    subsetter_ = ft_subset.Subsetter(ft_subset.Options(hinting=False, desubroutinize=True))
    subsetter_.populate(unicodes=codepoints)
    ttfont = TTFont(font.path)
    subsetter_.subset(ttfont)
    out = io.BytesIO()
    ttfont.save(out)
    return out.getvalue()
