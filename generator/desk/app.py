"""The desk's web app (Starlette): one page, one form, the handout back as PDF or HTML.

Routes: GET / (the page), POST /handout (the form: the handout, or 400 with what is
wrong), GET /desk.js and /desk.css (from the project's templates/), and, when a passphrase
is set, GET/POST /login and POST /logout. Nothing else; every other method is refused.

A patient's details pass through `handout()` only: read from the request body, checked,
rendered in memory and sent back. They are never logged, written, cached or put in a URL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html as htmlmod
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..engine import EngineTimeout
from ..errors import HandoutError
from ..handout import CONSULT_LIMITS, gather
from ..library import Library
from ..render import render
from ..site.pages import language_name
from ..templating import render_template
from .order import Wrong, read_order
from .pool import Busy
from .session import COOKIE, Session, Sessions

log = logging.getLogger(__name__)

TEMPLATE = "desk.html"
MAX_BODY = 64 * 1024  # the form is a few kilobytes at most
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# The screen handout: its CSS is inline (one self-contained file), allowed by a nonce;
# no script at all, images and fonts only as data: URIs.
HANDOUT_CSP = ("default-src 'none'; style-src 'nonce-{nonce}'; img-src data:; font-src data:; "
               "form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {  # on every response
    "cache-control": "no-store",
    "pragma": "no-cache",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
# Not on the PDF: browsers' own PDF viewers show the file in a frame of their own, which
# frame-ancestors and X-Frame-Options can blank; a PDF is not HTML and runs no page script.
FRAMED = {"x-frame-options": "DENY"}
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    purpose: str
    lang: str  # the language the title is in (the interface's, when it has one)
    search: str  # every language's title and purpose, lowercased, for the search box


def _entries(library: Library) -> dict[str, list[Entry]]:
    """The topic list in each interface language, made once."""
    texts: dict[tuple[str, str], tuple[str, str]] = {}
    for lang in library.langs:
        for topic in library.topics:
            try:
                text = gather(library, topic, lang).text
            except HandoutError:  # incomplete in this language: its raw title, if any
                text = library.texts.get(lang, {}).get(topic)
                if text is None:
                    continue
            texts[lang, topic] = (text.title.replace("{reviewed}", ""),
                                  text.purpose.replace("{reviewed}", ""))
    out = {}
    for ui in library.langs:
        entries = []
        for topic in library.topics:
            lang = ui if (ui, topic) in texts else next(
                (lang for lang in library.langs if (lang, topic) in texts), None)
            title, purpose = texts[lang, topic] if lang else (topic, "")
            search = " ".join([topic, *(" ".join(texts[lang, topic]) for lang in
                                        library.langs if (lang, topic) in texts)]).lower()
            entries.append(Entry(topic, title, purpose, lang or ui, search))
        out[ui] = entries
    return out


def host_of(header: str) -> str:
    """The host name of a Host header, without its port ([::1]:8000 gives ::1)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: the Host check (DNS rebinding), the body limit and the headers
    every response carries."""

    def __init__(self, app, hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if host_of(headers.get("host", "")) not in self.hosts:
            await _plain(send, 421, "This desk answers only to its own address "
                                    "(see --allowed-host).")
            return
        if scope["method"] == "POST":
            length = headers.get("content-length", "")
            if not length.isdigit():
                await _plain(send, 411, "Send the form with a Content-Length.")
                return
            if int(length) > MAX_BODY:
                await _plain(send, 413, "The form is too large.")
                return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = dict(HEADERS)
                kind = dict(message.get("headers", [])).get(b"content-type", b"")
                if not kind.startswith(b"application/pdf"):
                    extra.update(FRAMED)
                    if b"content-security-policy" not in have:
                        extra["content-security-policy"] = PAGE_CSP
                kept = [(k, v) for k, v in message.get("headers", [])
                        if k.lower().decode("latin-1") not in HEADERS]
                message = {**message, "headers": kept + [
                    (k.encode(), v.encode()) for k, v in extra.items()]}
            await send(message)

        started = False

        async def tracked(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:  # a bug of ours: said without a word of the request
            where = ", ".join(p.location() for p in getattr(exc, "problems", ()) if p.path)
            log.error("internal error: %s%s", type(exc).__name__, f" ({where})" if where else "")
            if not started:
                await _plain(send, 500, "Internal error at the desk; nothing was kept.")


async def _plain(send, status: int, text: str) -> None:
    body = text.encode() + b"\n"
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        *((k.encode(), v.encode()) for k, v in {**HEADERS, **FRAMED,
                                                  "content-security-policy": PAGE_CSP}.items())]})
    await send({"type": "http.response.body", "body": body})


def allowed_hosts(host: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The Host names the desk answers to: the loopback names, the address it is bound
    to (unless a wildcard) and those given with --allowed-host."""
    names = {*LOOPBACK, *(h.lower() for h in extra)}
    if host not in ("0.0.0.0", "::", ""):
        names.add(host.lower().strip("[]"))
    return frozenset(names)


def create_app(library: Library, pool, *, hosts: frozenset[str],
               passphrase: str | None = None, sessions: Sessions | None = None,
               today: Callable[[], dt.date] = dt.date.today) -> Starlette:
    """The desk for `library`; `pool` lays out PDFs (desk.pool.EnginePool, or an Engine)."""
    sessions = sessions or Sessions(passphrase)
    entries = _entries(library)
    langs = list(library.langs)
    names = {lang: language_name(lang) for lang in langs}
    config = library.project.config
    static = {"desk.js": "text/javascript; charset=utf-8",
              "desk.css": "text/css; charset=utf-8"}

    def interface(request: Request, asked: str | None) -> str:
        """The interface language: asked for (?ui= or the form's ui), else the browser's
        Accept-Language, else English. (The handout's language is never guessed.)"""
        if asked in langs:
            return asked
        for part in request.headers.get("accept-language", "").split(","):
            tag = part.split(";")[0].strip().lower()
            for lang in langs:
                if tag and (tag == lang.lower() or tag.split("-")[0] == lang.lower().split(
                        "-")[0]):
                    return lang
        return "en" if "en" in langs else langs[0]

    def page(ui: str, session: Session, *, status: int = 200, view: str = "form",
             values: dict | None = None, wrong: list[Wrong] = (), problems=(),
             preselected: str = "", query: str = "", plain: bool = False,
             message: str = "") -> Response:
        values = values or {}
        text = render_template(
            library, TEMPLATE, ui, view="text" if plain else view, ui=ui, ui_name=names[ui],
            langs=[(lang, names[lang]) for lang in langs],
            entries=entries[ui], values=values, chosen=set(values.get("topics", ())),
            wrong=list(wrong), problems=list(problems), preselected=preselected,
            query=query, shown={e.id for e in entries[ui] if query.lower() in e.search},
            preselected_name=names.get(preselected, ""), limits=CONSULT_LIMITS, papers=("A4", "Letter"),
            paper=values.get("paper") or config.paper, today=today().isoformat(),
            csrf=sessions.token(session), locked=sessions.locked, message=message,
            switch={lang: "/?" + urlencode({k: v for k, v in (
                ("ui", lang), ("lang", preselected), ("q", query)) if v}) for lang in langs})
        if plain:
            return Response(htmlmod.unescape(text).strip() + "\n", status,
                            media_type="text/plain; charset=utf-8")
        return Response(text, status, media_type="text/html; charset=utf-8",
                        headers={"x-csrf-token": sessions.token(session)})

    def with_cookie(response: Response, request: Request, value: str | None) -> Response:
        if value is not None:
            response.set_cookie(COOKIE, value, httponly=True, samesite="strict", path="/",
                                secure=request.url.scheme == "https")
        return response

    def current(request: Request) -> Session | None:
        return sessions.read(request.cookies.get(COOKIE))

    async def home(request: Request) -> Response:
        session, cookie = current(request), None
        if not sessions.allowed(session):
            if sessions.locked:
                return RedirectResponse("/login", 303)
            session, cookie = sessions.issue()
        ui = interface(request, request.query_params.get("ui"))
        lang = request.query_params.get("lang", "")
        query = request.query_params.get("q", "")[:100]
        values = {"lang": lang} if lang in langs else {}
        response = page(ui, session, values=values, preselected=values.get("lang", ""),
                        query=query)
        return with_cookie(response, request, cookie)

    async def handout(request: Request) -> Response:
        session = current(request)
        try:
            form = await request.form(max_files=0, max_fields=64, max_part_size=8 * 1024)
        except Exception:  # a malformed body; its content is not logged
            return Response("The form could not be read.\n", 400,
                            media_type="text/plain; charset=utf-8")
        fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
        ui = interface(request, form.get("ui") if isinstance(form.get("ui"), str) else None)
        plain = "text/html" not in request.headers.get("accept", "")
        if not sessions.allowed(session):
            return _refused(ui, "login" if sessions.locked else "csrf", plain)
        token = form.get("csrf") or request.headers.get("x-csrf-token")
        if not isinstance(token, str) or not sessions.check_token(session, token):
            return _refused(ui, "csrf", plain)
        order, wrong, values = read_order(fields, library.topics, langs, config.paper,
                                          today())
        if order is None:
            return page(ui, session, status=400, values=values, wrong=wrong, plain=plain)
        try:
            result = await run_in_threadpool(
                render, library, list(order.topics), order.lang, order.fmt, paper=order.paper,
                large_print=order.large_print, consult=order.consult, engine=pool)
        except (Busy, EngineTimeout) as exc:
            return page(ui, session, status=503, values=values, problems=exc.problems,
                        plain=plain)
        except HandoutError as exc:
            return page(ui, session, status=400, values=values, problems=exc.problems,
                        plain=plain)
        except Exception as exc:  # a bug of ours: its type only, never its message
            log.error("internal error: %s", type(exc).__name__)
            return _refused(ui, "internal", plain)
        name = "+".join(order.topics) + f".{order.lang}.{order.fmt}"
        disposition = {"content-disposition": f'inline; filename="{name}"'}
        if order.fmt == "pdf":
            return Response(result.data, media_type="application/pdf", headers=disposition)
        nonce = secrets.token_urlsafe(16)
        body = result.data.decode("utf-8").replace("<style>", f'<style nonce="{nonce}">')
        return Response(body, media_type="text/html; charset=utf-8", headers={
            **disposition, "content-security-policy": HANDOUT_CSP.format(nonce=nonce)})

    def _refused(ui: str, why: str, plain: bool) -> Response:
        status = {"login": 403, "csrf": 403, "internal": 500}[why]
        session, _ = sessions.issue()  # for the page's token; no cookie is set
        return page(ui, session, status=status, view="message", message=why, plain=plain)

    async def login(request: Request) -> Response:
        if not sessions.locked:
            return RedirectResponse("/", 303)
        session, cookie = current(request), None
        if request.method == "GET":
            if sessions.allowed(session):
                return RedirectResponse("/", 303)
            if session is None:
                session, cookie = sessions.issue()
            ui = interface(request, request.query_params.get("ui"))
            return with_cookie(page(ui, session, view="login"), request, cookie)
        try:
            form = await request.form(max_files=0, max_fields=8, max_part_size=1024)
        except Exception:
            return Response("The form could not be read.\n", 400,
                            media_type="text/plain; charset=utf-8")
        ui = interface(request, form.get("ui") if isinstance(form.get("ui"), str) else None)
        plain = "text/html" not in request.headers.get("accept", "")
        token, given = form.get("csrf"), form.get("passphrase")
        if not isinstance(token, str) or not sessions.check_token(session, token):
            return _refused(ui, "csrf", plain)
        if not isinstance(given, str) or not sessions.check_passphrase(given):
            await asyncio.sleep(1)  # slows guessing down
            return page(ui, session, status=403, view="login", message="wrong", plain=plain)
        _, value = sessions.issue(authenticated=True)  # a new id: no session fixation
        return with_cookie(RedirectResponse(f"/?{urlencode({'ui': ui})}", 303), request,
                           value)

    async def logout(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=8, max_part_size=1024)
        token = form.get("csrf")
        if not isinstance(token, str) or not sessions.check_token(current(request), token):
            return _refused("en", "csrf", True)
        response = RedirectResponse("/login" if sessions.locked else "/", 303)
        response.delete_cookie(COOKIE, path="/")
        return response

    async def asset(request: Request) -> Response:
        name = request.url.path.lstrip("/")
        if sessions.locked and not sessions.allowed(current(request)) and name != "desk.css":
            return Response("Log in first.\n", 403, media_type="text/plain; charset=utf-8")
        data = library.templates.get(name)
        if data is None:
            return Response("Not found.\n", 404, media_type="text/plain; charset=utf-8")
        return Response(data, media_type=static[name])

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/handout", handout, methods=["POST"]),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        *(Route(f"/{name}", asset, methods=["GET"]) for name in static),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(Guard, hosts=hosts)
    return app
