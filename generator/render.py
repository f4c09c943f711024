"""One handout to bytes: the core the CLI, the site build and the preview call.

It reads no project file and writes none: everything comes from the loaded library (the
bundled fonts are read, and a PDF is laid out in a worker process).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import fonts
from .errors import HandoutError, Problems
from .handout import Consult, Handout, gather
from .library import Library
from .templating import render_html


@dataclass(frozen=True)
class Rendered:
    handout: Handout
    data: bytes
    fmt: str


def render(library: Library, topic: str | Sequence[str], lang: str, fmt: str, *,
           paper: str | None = None, large_print: bool = False,
           consult: Consult = Consult(), site=None, engine=None) -> Rendered:
    """`topic` is one topic id or several, for one handout; `site`
    (generator.site.pages.SiteLinks) places the page in a built website; `engine`
    (generator.engine.Engine) lays out PDFs; without one, one is started.

    A PDF made outside a site build still carries its web page's address and QR code when
    handout.toml has a base_url, so that a paper copy leads to the current version."""
    handout = gather(library, topic, lang, consult)
    refuse_unbalanced(handout)
    if site is None and fmt == "pdf":
        site = paper_links(library, handout)
    html = page(library, handout, fmt, paper=paper, large_print=large_print, site=site)
    if fmt == "html":
        return Rendered(handout, html.encode("utf-8"), fmt)
    return Rendered(handout, pdf_bytes(library, handout, html, engine), fmt)


def paper_links(library: Library, handout: Handout):
    """The web address (and QR code) a paper copy carries: its topic pages', when
    handout.toml has a base_url; else None."""
    if not library.project.config.base_url:
        return None
    from .site.pages import Page, links

    lang = handout.language.tag
    first, *others = (topic_id for topic_id, _ in handout.parts)
    return replace(links(library.project, Page(first, lang, "pdf"), list(library.langs)),
                   also=tuple(links(library.project, Page(t, lang, "pdf"), []).url
                              for t in others))


def page(library: Library, handout: Handout, fmt: str, *, paper: str | None = None,
         large_print: bool = False, site=None) -> str:
    """The handout's HTML: for the screen (`fmt` "html") or for the PDF engine."""
    return render_html(handout, library, target=fmt,
                       paper=paper or library.project.config.paper, large_print=large_print,
                       font_css=fonts.font_face_css() if fmt == "pdf" else "", site=site)


def pdf_bytes(library: Library, handout: Handout, html: str, engine=None) -> bytes:
    """Lay the page out in a PDF worker; its fonts are cut down here, meanwhile."""
    from .engine import Engine
    from .pdf import font_job

    try:
        fonts_needed = font_job(html)
        if engine is not None:
            return engine.render_pdf(html, library.templates, fonts_needed)
        with Engine() as own:
            return own.render_pdf(html, library.templates, fonts_needed)
    except HandoutError as exc:
        raise located(handout, exc) from None


def located(handout: Handout, error: HandoutError) -> HandoutError:
    """The PDF engine's error, with the file and line of each character the fonts lack."""
    from .pdf import MissingGlyphs

    return locate_glyphs(handout, error.chars) if isinstance(error, MissingGlyphs) else error


def refuse_unbalanced(handout: Handout) -> None:
    """A handout missing a balance element, or making a claim the hype patterns find, is
    not printed (see `handout check`)."""
    from .check.balance import handout_errors
    from .check.hype import printed_errors

    blocks = [section.block for section in handout.sections]
    errors = handout_errors(handout.topic, handout.language.tag, blocks)
    errors += printed_errors(blocks, [text for _, text in handout.parts],
                             handout.language.tag)
    if errors:
        raise HandoutError(errors)


def locate_glyphs(handout: Handout, chars: set[str]) -> HandoutError:
    """Say which file and line holds each character the fonts lack."""
    problems = Problems()
    for char in sorted(chars):
        name = f"{char!r} (U+{ord(char):04X})"
        for section in handout.sections:
            block = section.block
            hit = next((i for i, text in enumerate(block.body_text.split("\n"))
                        if char in text), None)
            if hit is not None:
                problems.add(f"no glyph in the bundled fonts for {name}", block.path,
                             block.body_line + hit, hint="replace the character")
                break
            if char in block.title:
                problems.add(f"no glyph in the bundled fonts for {name}", block.path,
                             block.line("title"), hint="replace the character")
                break
        else:
            fields = [f for f in ("patient", "clinician", "clinic", "note")
                      if char in getattr(handout.consult, f)]
            where = f"--{fields[0]}" if fields else "a title, template or source"
            problems.add(f"no glyph in the bundled fonts for {name} in {where}",
                         hint="replace the character")
    return HandoutError(problems.items)
