"""One handout to bytes: the pure core the CLI and the site build call. No file is written."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import HandoutError, Problems
from .handout import Consult, Handout, gather
from .project import Project
from .templating import render_html

FORMATS = ("pdf", "html")


@dataclass(frozen=True)
class Rendered:
    handout: Handout
    data: bytes
    fmt: str


def render(project: Project, topic: str, lang: str, fmt: str, *, paper: str | None = None,
           large_print: bool = False, consult: Consult = Consult(), site=None,
           engine=None) -> Rendered:
    """`site` (generator.site.pages.SiteLinks) places the page in a built website;
    `engine` (generator.engine.Engine) is a PDF engine started ahead of time."""
    handout = gather(project, topic, lang, consult)
    refuse_unbalanced(handout)
    paper = paper or project.config.paper
    if fmt == "html":
        html = render_html(handout, project.templates_dir, project.config, target="html",
                           paper=paper, large_print=large_print, site=site)
        return Rendered(handout, html.encode("utf-8"), fmt)
    from . import pdf  # WeasyPrint is imported on the PDF path only

    html = render_html(handout, project.templates_dir, project.config, target="pdf",
                       paper=paper, large_print=large_print, font_css=pdf.font_face_css(),
                       site=site)
    try:
        data = (engine or pdf).render_pdf(html, project.templates_dir, _allowed(project))
    except pdf.MissingGlyphs as exc:
        _locate(handout, exc)
        raise
    return Rendered(handout, data, fmt)


def refuse_unbalanced(handout: Handout) -> None:
    """A handout missing a balance element is not printed (see `handout check`)."""
    from .check import balance
    from .check.rules import RULES

    blocks = [section.block for section in handout.sections]
    found = list(balance.check_topic(handout.topic, handout.language.tag, blocks))
    for block in blocks:
        found += balance.check_block(block)
    errors = [p for p in found if RULES[p.rule].severity == "error"]
    if errors:
        raise HandoutError(errors)


def _allowed(project: Project) -> list:
    allowed = [project.templates_dir]
    if project.config.logo:
        allowed.append(project.config.logo)
    return allowed


def _locate(handout: Handout, exc) -> None:
    """Say which file and line holds each character the fonts lack, then re-raise."""
    problems = Problems()
    for char in sorted(exc.chars):
        name = f"{char!r} (U+{ord(char):04X})"
        for section in handout.sections:
            lines = section.block.body.split("\n")
            hit = next((i for i, text in enumerate(lines) if char in text), None)
            if hit is not None:
                problems.add(f"no glyph in the bundled fonts for {name}", section.block.path,
                             section.block.body_line + hit, hint="replace the character")
                break
        else:
            fields = [f for f in ("patient", "clinician", "clinic", "note")
                      if char in getattr(handout.consult, f)]
            where = f"--{fields[0]}" if fields else "a title, template or source"
            problems.add(f"no glyph in the bundled fonts for {name} in {where}",
                         hint="replace the character")
    exc.problems = problems.items
