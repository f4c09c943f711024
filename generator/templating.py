"""Jinja: the project's templates, escaped by default, strict about undefined names."""

from __future__ import annotations

import base64
import io
import mimetypes
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from .errors import HandoutError
from .handout import Handout
from .i18n import Catalog, parse_language
from .library import Library

TEMPLATE = "handout.html"


def css_string(text: str) -> Markup:
    """Quote text for a CSS `content:` value inside <style>."""
    escaped = (str(text).replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\a ").replace("<", "\\3C "))
    return Markup(f'"{escaped}"')


def sentence(text: str) -> str:
    """End a bibliography part with one full stop, whatever the source already had."""
    text = str(text).strip()
    return text if text.endswith((".", "?", "!", "。")) else text + "."


def css_counters(text: str) -> Markup:
    """Turn 'Page {page} of {pages}' into CSS content with page counters."""
    quoted = str(css_string(text))
    quoted = quoted.replace("{pages}", '" counter(pages) "')
    return Markup(quoted.replace("{page}", '" counter(page) "'))


def qr_code(url: str) -> str:
    """A QR code of `url` as an SVG data URI, so a paper copy leads to the web page."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=4, border=2, xmldecl=False)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def data_uri(name: str, data: bytes) -> str:
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"


class _Templates(jinja2.BaseLoader):
    """Templates from the loaded library (in memory), so rendering reads no file."""

    def __init__(self, templates: Mapping[str, bytes], folder: Path):
        self.templates, self.folder = templates, folder

    def get_source(self, environment, template):
        if template not in self.templates:
            raise jinja2.TemplateNotFound(template)
        try:
            text = self.templates[template].decode("utf-8")
        except UnicodeDecodeError:
            raise HandoutError.at("template is not valid UTF-8", self.folder / template,
                                  hint="save it as UTF-8") from None
        return text, str(self.folder / template), lambda: True


@lru_cache(maxsize=8)
def environment(library: Library, lang: str) -> jinja2.Environment:
    """One environment per library and language: templates are compiled once, not once per
    page (a site build renders dozens)."""
    catalog = library.catalogs.get(lang) or Catalog(None, {})
    language = parse_language(lang)
    env = jinja2.Environment(
        loader=_Templates(library.templates, library.root / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        catalog.gettext, catalog.ngettext, newstyle=True)
    env.filters.update(date=language.date, css_string=css_string,
                       css_counters=css_counters, sentence=sentence, qr=qr_code,
                       html_lang=lambda tag: parse_language(tag).html_lang)
    return env


def render_html(handout: Handout, library: Library, *, target: str, paper: str,
                large_print: bool, font_css: str = "", site=None) -> str:
    """Render the handout page; `target` is "pdf" or "html" (screen and print CSS)."""
    config = library.project.config
    logo = data_uri(config.logo.name, library.logo) if config.logo and library.logo else ""
    return render_template(
        library, TEMPLATE, handout.language.tag, handout=handout,
        config=config.localized(handout.language.tag), target=target, paper=paper,
        large_print=large_print, font_css=Markup(font_css), site=site, logo=logo)


def render_template(library: Library, name: str, lang: str, /, **context) -> str:
    """Render one template in one language, turning Jinja's errors into located ones."""
    env = environment(library, lang)
    folder = library.root / "templates"
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise HandoutError.at(f"template {exc.name!r} not found", folder,
                              hint=f"add {exc.name} to {folder}") from None
    except jinja2.TemplateSyntaxError as exc:
        path = Path(exc.filename) if exc.filename else folder / str(exc.name)
        raise HandoutError.at(f"template syntax error: {exc.message}", path,
                              exc.lineno) from None
    except jinja2.UndefinedError as exc:
        raise HandoutError.at(f"template uses an undefined value: {exc.message}",
                              folder / name) from None
