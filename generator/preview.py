"""A live preview for translators and reviewers: the page as it is now, and what is wrong.

`handout preview TOPIC --lang L` serves the handout on 127.0.0.1. Every request renders it
again from the files on disk, with the check's findings for that topic and language above
it; a few lines of script ask once a second whether any file changed and reload the page
when one did, so the page follows the editor. Nothing is written to disk.
"""

from __future__ import annotations

import html
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import HandoutError, Problem
from .files import snapshot
from .library import Library
from .render import render

RELOAD = """<script>
(function () {
  var seen = "%s";
  setInterval(function () {
    fetch("/version").then(function (r) { return r.text(); }).then(function (v) {
      if (v !== seen) { location.reload(); }
    }).catch(function () {});
  }, 1000);
})();
</script>"""


LOCAL_HOSTS = ("127.0.0.1", "localhost")


def inputs_version(root: Path) -> str:
    """A fingerprint of every file the page depends on: the library's own inputs."""
    return snapshot(root).digest[:16]


def page(library: Library, topic: str, lang: str) -> str:
    """The handout with its findings, or the problems that stop it from rendering: read
    again from the files as they are now."""
    from .check.runner import run

    library = library.reload()
    root = library.root
    version = library.snapshot.digest[:16]
    findings = [f for f in run(library, [topic], [lang]).findings if f.severity != "silenced"]
    try:
        body = render(library, topic, lang, "html").data.decode("utf-8")
    except HandoutError as exc:
        findings += [p for p in exc.problems if p not in findings]
        body = "<!doctype html><html><head><meta charset='utf-8'>" \
               "<title>Preview</title></head><body></body></html>"
    panel = _panel(findings, root)
    body = body.replace("<body>", "<body>" + panel, 1)
    return body.replace("</body>", RELOAD % version + "</body>", 1)


def _panel(findings: list[Problem], root: Path) -> str:
    if not findings:
        return ('<div role="status" style="background:#e7f6ec;padding:0.5em 1em;'
                'font:14px sans-serif">No findings.</div>')
    items = "".join(f"<li><code>{html.escape(f.format(root))}</code></li>" for f in findings)
    return ('<div role="alert" style="background:#fdecea;padding:0.5em 1em;'
            f'font:14px sans-serif;white-space:pre-wrap"><ul>{items}</ul></div>')


def serve(library: Library, topic: str, lang: str, port: int) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (port 0 picks a free one); the caller runs serve_forever."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            self._answer(body=True)

        def do_HEAD(self):  # noqa: N802
            self._answer(body=False)

        def _answer(self, body: bool) -> None:
            # Only a page opened as 127.0.0.1 or localhost: another site's script, whose
            # name an attacker pointed at 127.0.0.1 (DNS rebinding), sends its own Host.
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host not in LOCAL_HOSTS:
                self.send_error(403, "open the preview as http://127.0.0.1:PORT/")
                return
            path = self.path.split("?", 1)[0]
            if path == "/version":
                self._send(inputs_version(library.root), "text/plain", body)
            elif path in ("/", "/index.html"):
                self._send(page(library, topic, lang), "text/html", body)
            else:
                self.send_error(404)

        def _send(self, text: str, kind: str, body: bool) -> None:
            data = text.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)

        def log_message(self, *args):  # requests are not worth a line each
            pass

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)
