"""The built site in a real browser: headless Chromium over HTTP on 127.0.0.1, axe-core.

Needs Chromium (Debian: apt-get install chromium) and Playwright for Python; without them
these tests are skipped, unless HANDOUT_REQUIRE_BROWSER=1 (as .ci/run sets) makes that a
failure. Screenshots are saved in output/test-artifacts/.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from generator.cli import cli

ARTIFACTS = Path(os.environ.get("HANDOUT_ARTIFACTS", REPO / "output" / "test-artifacts"))
CHROMIUM = os.environ.get("HANDOUT_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


def _unavailable() -> str | None:
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if not CHROMIUM:
        return "Chromium is not installed (Debian: apt-get install chromium)"
    return None


reason = _unavailable()
if reason and os.environ.get("HANDOUT_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"browser tests required but {reason}")
pytestmark = pytest.mark.skipif(bool(reason), reason=reason or "")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The fixture project built once and served on a free port of 127.0.0.1."""
    root = tmp_path_factory.mktemp("site") / "project"
    shutil.copytree(REPO / "tests" / "fixtures" / "balanced", root)
    shutil.copytree(REPO / "templates", root / "templates")
    out = root / "output" / "site"
    result = CliRunner().invoke(cli, ["--root", str(root), "-q", "build", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def test_choose_language_open_topic_switch_language_and_get_the_pdf(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="繁體中文").click()
    assert page.url == site + "/zh-TW/index.html"
    page.get_by_role("link", name="外泌體是什麼").click()
    assert page.url == site + "/zh-TW/basics.html"
    assert page.locator("html").get_attribute("lang") == "zh-Hant-TW"
    assert page.locator("h1").inner_text() == "外泌體是什麼"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "topic-zh-TW.png", full_page=True)

    page.get_by_role("link", name="English").click()
    assert page.url == site + "/en/basics.html"
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=ARTIFACTS / "topic-en.png", full_page=True)

    pdf_link = page.get_by_role("link", name="Download PDF")
    response = page.request.get(site + "/en/" + pdf_link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")


@pytest.mark.parametrize("path", ["/", "/en/index.html", "/zh-TW/index.html",
                                  "/en/basics.html", "/zh-TW/basics.html"])
def test_no_serious_or_critical_accessibility_violations(site, page, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site + path)
    results = Axe().run(page)
    bad = [(v["id"], v["impact"], v["help"]) for v in results.response["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []
