"""Jinja: the project's templates, escaped by default, strict about undefined names."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path

import jinja2
from markupsafe import Markup

from .errors import HandoutError
from .handout import Handout
from .project import Config

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


def data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


def environment(templates_dir: Path, handout: Handout) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        handout.catalog.gettext, handout.catalog.ngettext, newstyle=True)
    env.filters.update(date=handout.language.date, css_string=css_string,
                       css_counters=css_counters, sentence=sentence)
    return env


def render_html(handout: Handout, templates_dir: Path, config: Config, *, target: str,
                paper: str, large_print: bool, font_css: str = "") -> str:
    """Render the handout page; `target` is "pdf" or "html" (screen and print CSS)."""
    env = environment(templates_dir, handout)
    config = config.localized(handout.language.tag)
    try:
        template = env.get_template(TEMPLATE)
        return template.render(
            handout=handout, config=config, target=target, paper=paper,
            large_print=large_print, font_css=Markup(font_css),
            logo=data_uri(config.logo) if config.logo else "")
    except jinja2.TemplateNotFound as exc:
        raise HandoutError.at(f"template {exc.name!r} not found", templates_dir,
                              hint=f"searched {templates_dir}") from None
    except jinja2.TemplateSyntaxError as exc:
        path = Path(exc.filename) if exc.filename else templates_dir / str(exc.name)
        raise HandoutError.at(f"template syntax error: {exc.message}", path,
                              exc.lineno) from None
    except jinja2.UndefinedError as exc:
        raise HandoutError.at(f"template uses an undefined value: {exc.message}",
                              templates_dir / TEMPLATE) from None
