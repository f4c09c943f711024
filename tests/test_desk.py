"""`handout desk` as a clinic runs it: a real server process on a free loopback port, driven
over HTTP and in headless Chromium (the setup of tests/test_browser.py).

The browser tests skip without Chromium and Playwright, unless HANDOUT_REQUIRE_BROWSER=1
(as .ci/run sets) makes that a failure; the HTTP tests always run.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import FIXTURE, REPO, add_second_topic, pdf_text
from test_browser import CHROMIUM, browser  # noqa: F401  (the fixture, shared)
from test_browser import reason as no_browser

from generator.desk.order import read_order
from generator.desk.session import Sessions

needs_browser = pytest.mark.skipif(bool(no_browser), reason=no_browser or "")
PASSPHRASE = "correct horse battery staple"
FORM = "application/x-www-form-urlencoded"


def make_project(root: Path) -> Path:
    """The fixture project with the repository's templates and a second topic."""
    shutil.copytree(FIXTURE, root)
    shutil.copytree(REPO / "templates", root / "templates")
    add_second_topic(root)
    return root


class Desk:
    """`handout desk` in a process of its own; its output and temporary folder kept."""

    def __init__(self, project: Path, work: Path, *args: str, env: dict | None = None,
                 verbose: bool = False):
        self.work = work
        self.tmp, self.cache = work / "tmp", work / "cache"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.cache.mkdir(exist_ok=True)
        self.stdout, self.stderr = work / "stdout.txt", work / "stderr.txt"
        environment = {k: v for k, v in os.environ.items() if k != "HANDOUT_DESK_PASSPHRASE"}
        environment.update(TMPDIR=str(self.tmp), XDG_CACHE_HOME=str(self.cache), **(env or {}))
        with open(self.stdout, "wb") as out, open(self.stderr, "wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "generator", *(["-v"] if verbose else []), "--root",
                 str(project), "desk", "--port", "0", *args], stdout=out, stderr=err, env=environment)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = re.search(r"desk at http://[^ ]+:(\d+)/", self.stderr.read_text())
            if found:
                self.port = int(found.group(1))
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"the desk did not start: {self.stderr.read_text()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: str | bytes | None = None,
                headers: dict | None = None) -> tuple[http.client.HTTPResponse, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response, data

    def session(self) -> tuple[str, str]:
        """The cookie and CSRF token a clinic system gets from GET /."""
        response, _ = self.request("GET", "/")
        assert response.status == 200
        cookie = response.getheader("set-cookie").split(";")[0]
        return cookie, response.getheader("x-csrf-token")

    def post(self, fields: list[tuple[str, str]], cookie: str | None = None,
             token: str | None = None, headers: dict | None = None):
        if cookie is None:
            cookie, token = self.session()
        body = urlencode([*fields, *([("csrf", token)] if token else [])])
        return self.request("POST", "/handout", body, {"Content-Type": FORM,
                                                       "Cookie": cookie, **(headers or {})})

    def rss_kb(self) -> int:
        """VmRSS of the server and every process under it."""
        total, todo = 0, [self.process.pid]
        while todo:
            pid = todo.pop()
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                total += int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
                for task in Path(f"/proc/{pid}/task").iterdir():
                    todo += [int(p) for p in (task / "children").read_text().split()]
            except (OSError, AttributeError):
                pass
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("desk") / "project")


@pytest.fixture(scope="module")
def desk(project, tmp_path_factory):
    started = Desk(project, tmp_path_factory.mktemp("desk-run"))
    yield started
    started.stop()


def handout_fields(patient: str, *topics: str, lang: str = "zh-TW", fmt: str = "pdf"):
    return [*(("topic", t) for t in topics or ("basics",)), ("lang", lang),
            ("patient", patient), ("clinician", "李醫師"), ("date", "2026-11-21"),
            ("note", "下次回診時再討論。"), ("paper", "A4"), ("format", fmt)]


# --- In the browser -------------------------------------------------------------------


@pytest.fixture
def tab(browser):  # noqa: F811
    context = browser.new_context(accept_downloads=True)
    yield context.new_page()
    context.close()


@needs_browser
def test_two_topics_in_zh_tw_give_a_pdf_with_the_name_and_both_titles(desk, tab):
    tab.goto(desk.url + "/?ui=zh-TW")
    assert tab.locator("html").get_attribute("lang") == "zh-Hant-TW"
    tab.get_by_label("外泌體是什麼").check()
    tab.get_by_label("第二個主題").check()
    tab.get_by_role("radio", name="繁體中文").check()
    tab.get_by_label("病人姓名").fill("林美玲")
    answers = []

    def keep(route):  # the browser's own request, answered by the desk; its bytes kept
        response = route.fetch()
        answers.append((response.status, response.headers, response.body()))
        # 204: the browser stays on the page, as when it saves the PDF instead of showing
        # it, so that we can see the form forget.
        route.fulfill(status=204)

    from playwright.sync_api import expect

    tab.route("**/handout", keep)
    tab.get_by_role("button", name="PDF 列印").click()
    expect(tab.get_by_label("病人姓名")).to_have_value("", timeout=5000)
    (status, headers, data), = answers
    assert status == 200 and headers["content-type"] == "application/pdf"
    assert headers["content-disposition"].startswith("inline")
    assert data.startswith(b"%PDF-")
    text = "".join(pdf_text(data).split())
    assert "林美玲" in text and "外泌體是什麼" in text and "第二個主題" in text
    # The form holds nothing of the last patient.
    assert tab.get_by_label("病人姓名").input_value() == ""
    assert not tab.get_by_label("外泌體是什麼").is_checked()
    assert not tab.get_by_role("radio", name="繁體中文").is_checked()


@needs_browser
def test_the_form_clears_after_three_idle_minutes(desk, tab):
    tab.clock.install()
    tab.goto(desk.url + "/?ui=en&lang=en")
    tab.get_by_label("Patient").fill("Ada Example")
    tab.get_by_label("What exosomes are").check()
    tab.clock.fast_forward("02:50")
    assert tab.get_by_label("Patient").input_value() == "Ada Example"
    tab.clock.fast_forward("00:20")
    assert tab.get_by_label("Patient").input_value() == ""
    assert not tab.get_by_label("What exosomes are").is_checked()
    assert not tab.get_by_role("radio", name="English").is_checked()


@needs_browser
def test_the_search_box_filters_with_script_and_without(desk, tab, browser):  # noqa: F811
    tab.goto(desk.url + "/?ui=en")
    tab.get_by_label("Find a topic").fill("第二")
    assert tab.get_by_label("Second topic").is_visible()
    assert not tab.get_by_label("What exosomes are").is_visible()
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(desk.url + "/?ui=en")
        plain.get_by_label("Find a topic").fill("second")
        plain.get_by_role("button", name="Find").click()
        assert "q=second" in plain.url
        assert plain.get_by_label("Second topic").is_visible()
        assert not plain.get_by_label("What exosomes are").is_visible()
    finally:
        context.close()


@needs_browser
def test_a_link_with_lang_preselects_the_handout_language_and_says_so(desk, tab):
    tab.goto(desk.url + "/?lang=zh-TW&ui=en")
    assert tab.get_by_role("radio", name="繁體中文").is_checked()
    assert "Preselected from the link: 繁體中文" in tab.locator("#preselected").inner_text()
    tab.goto(desk.url + "/?ui=en")
    assert not tab.get_by_role("radio", name="繁體中文").is_checked()
    assert not tab.get_by_role("radio", name="English").is_checked()


@needs_browser
@pytest.mark.parametrize("path", ["/?ui=en", "/?ui=zh-TW&lang=zh-TW"])
def test_no_serious_or_critical_accessibility_violations(desk, tab, path):
    from axe_playwright_python.sync_playwright import Axe

    tab.goto(desk.url + path)
    results = Axe().run(tab)
    bad = [(v["id"], v["impact"], v["help"]) for v in results.response["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []


# --- Over HTTP ------------------------------------------------------------------------


def test_a_posted_form_gets_the_pdf_inline_with_no_store_and_strict_headers(desk):
    cookie, token = desk.session()
    response, data = desk.post(handout_fields("Ada Example", "basics", "second"), cookie,
                               token)
    assert response.status == 200, data[:500]
    assert response.getheader("content-type") == "application/pdf"
    assert response.getheader("content-disposition") == \
        'inline; filename="basics+second.zh-TW.pdf"'
    assert data.startswith(b"%PDF-") and "Ada Example" in pdf_text(data)
    for name, value in (("cache-control", "no-store"), ("x-content-type-options", "nosniff"),
                        ("referrer-policy", "no-referrer")):
        assert response.getheader(name) == value, name
    assert response.getheader("server") is None


def test_the_page_has_a_csp_without_inline_script_and_a_strict_cookie(desk):
    response, data = desk.request("GET", "/")
    csp = response.getheader("content-security-policy")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and response.getheader("x-frame-options") == "DENY"
    assert response.getheader("cache-control") == "no-store"
    cookie = response.getheader("set-cookie").lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = data.decode()
    assert "<script>" not in page and '<script src="/desk.js" defer>' in page
    assert 'maxlength="600"' in page and 'name="csrf"' in page
    js, _ = desk.request("GET", "/desk.js")
    assert js.status == 200 and js.getheader("cache-control") == "no-store"


def test_the_html_handout_runs_no_script_and_allows_only_its_own_styles(desk):
    response, data = desk.post(handout_fields("Ada Example", fmt="html"))
    assert response.status == 200 and response.getheader("content-type").startswith(
        "text/html")
    csp = response.getheader("content-security-policy")
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert "script-src" not in csp and "default-src 'none'" in csp and "unsafe" not in csp
    page = data.decode()
    assert page.count("<style") == page.count(f'<style nonce="{nonce}">') >= 1
    assert "Ada Example" in page and response.getheader("cache-control") == "no-store"


def test_bad_input_is_400_with_the_messages_in_the_interface_language(desk):
    cookie, token = desk.session()
    fields = [("topic", "nope"), ("lang", "xx"), ("date", "2026-02-30"),
              ("patient", "a\u202eb"), ("ui", "zh-TW")]
    response, data = desk.post(fields, cookie, token)
    assert response.status == 400
    text = data.decode()
    assert "沒有 nope 這個主題。" in text and "沒有 xx 這個衛教單張語言。" in text
    assert "日期必須是實際存在的日期" in text and "病人姓名含有控制字元" in text
    assert "Traceback" not in text
    response, data = desk.post([("topic", "basics"), ("lang", "en"),
                                ("patient", "x" * 121)], cookie, token,
                               headers={"Accept": "text/html"})
    assert response.status == 400 and "<!doctype html>" in data.decode()
    assert "Patient is 121 characters long; the limit is 120." in data.decode()


@pytest.mark.parametrize("case", ["no token", "wrong token", "no cookie",
                                  "another browser's token"])
def test_a_post_without_the_right_csrf_token_is_refused(desk, case):
    cookie, token = desk.session()
    _, other_token = desk.session()
    fields = handout_fields("Ada Example")
    if case == "no token":
        response, data = desk.post(fields, cookie, None)
    elif case == "wrong token":
        response, data = desk.post(fields, cookie, token[:-2] + "xx")
    elif case == "no cookie":
        response, data = desk.request("POST", "/handout", urlencode(
            [*fields, ("csrf", token)]), {"Content-Type": FORM})
    else:
        response, data = desk.post(fields, cookie, other_token)
    assert response.status == 403, data[:300]
    assert b"%PDF" not in data and b"Ada Example" not in data


def test_the_token_header_serves_a_clinic_system(desk):
    cookie, token = desk.session()
    body = urlencode(handout_fields("Ada Example"))
    response, data = desk.request("POST", "/handout", body, {
        "Content-Type": FORM, "Cookie": cookie, "X-CSRF-Token": token})
    assert response.status == 200 and data.startswith(b"%PDF-")


def test_only_posts_make_handouts_and_only_to_the_desks_own_host(desk):
    response, _ = desk.request("GET", "/handout?" + urlencode(handout_fields("Ada")))
    assert response.status == 405
    response, _ = desk.request("GET", "/", headers={"Host": f"attacker.example:{desk.port}"})
    assert response.status == 421
    response, _ = desk.request("GET", "/", headers={"Host": f"localhost:{desk.port}"})
    assert response.status == 200
    response, _ = desk.request("POST", "/handout", b"x" * 70_000, {"Content-Type": FORM})
    assert response.status == 413


def test_twenty_concurrent_handouts_each_hold_their_own_name_and_memory_stays_bounded(desk):
    cookie, token = desk.session()
    desk.post(handout_fields("Warm Up"), cookie, token)
    before = desk.rss_kb()
    names = [f"Patient{chr(65 + i)}{chr(97 + i)}son" for i in range(20)]

    def one(name):
        response, data = desk.post(handout_fields(name, "basics", "second"), cookie, token)
        return name, response.status, data

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(20) as threads:
        results = list(threads.map(one, names))
    seconds = time.monotonic() - started
    after = desk.rss_kb()
    for name, status, data in results:
        assert status == 200, data[:300]
        text = pdf_text(data)
        assert name in text, name
        assert [other for other in names if other != name and other in text] == []
    assert after < 1_500_000, f"RSS {after} kB after, {before} kB before"
    assert after - before < 500_000, f"RSS grew from {before} to {after} kB"
    assert seconds < 120


def test_a_patients_name_is_nowhere_but_the_document(project, tmp_path):
    name, other = "Quillon Marbleworth", "祁玥翎"
    started = time.time()
    run = Desk(project, tmp_path / "run", verbose=True)
    try:
        cookie, token = run.session()
        for fmt in ("pdf", "html"):
            response, data = run.post(handout_fields(f"{name} {other}", fmt=fmt), cookie,
                                      token)
            assert response.status == 200 and (name in pdf_text(data) if fmt == "pdf"
                                               else name in data.decode())
        response, _ = run.post([*handout_fields(name), ("topic", "nope")], cookie, token)
        assert response.status == 400
        response, _ = run.post(handout_fields(name), cookie, "forged")
        assert response.status == 403
    finally:
        run.stop()
    assert run.process.returncode == 0, run.stderr.read_text()
    places = [run.stdout, run.stderr, *run.tmp.rglob("*"), *run.cache.rglob("*"),
              *project.rglob("*")]
    home_cache = Path.home() / ".cache"
    if home_cache.is_dir():
        places += [p for p in home_cache.rglob("*") if p.is_file() and
                   p.stat().st_mtime >= started - 1]
    leaked = []
    for path in places:
        if path.is_file():
            data = path.read_bytes()
            if any(word.encode() in data or word.encode("utf-16-le") in data
                   for word in (name, other, "Quillon", "祁玥")):
                leaked.append(str(path))
    assert leaked == []
    assert list(run.tmp.iterdir()) == [], "the desk left files in its temporary folder"


# --- Starting it ----------------------------------------------------------------------


def start(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "HANDOUT_DESK_PASSPHRASE"}
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "desk",
                           "--port", "0", *args], check=False, capture_output=True, text=True,
                          timeout=60,
                          env={**environment, **(env or {})})


@pytest.mark.parametrize("args", [["--host", "0.0.0.0"], ["--host", "::"],
                                  ["--allowed-host", "desk.clinic.example"]])
def test_serving_the_network_without_a_passphrase_is_refused(project, args):
    result = start(project, *args)
    assert result.returncode == 2, result.stderr
    assert "HANDOUT_DESK_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert "desk at" not in result.stderr


def test_a_short_passphrase_is_refused(project):
    result = start(project, "--host", "0.0.0.0", env={"HANDOUT_DESK_PASSPHRASE": "short"})
    assert result.returncode == 2 and "12 or more" in result.stderr


def test_with_a_passphrase_every_request_needs_the_login(project, tmp_path):
    run = Desk(project, tmp_path / "run", "--host", "0.0.0.0",
               env={"HANDOUT_DESK_PASSPHRASE": PASSPHRASE})
    try:
        assert "passphrase required" in run.stderr.read_text()
        response, _ = run.request("GET", "/")
        assert response.status == 303 and response.getheader("location") == "/login"
        response, _ = run.request("GET", "/desk.js")
        assert response.status == 403
        response, _ = run.request("POST", "/handout", urlencode(handout_fields("Ada")),
                                  {"Content-Type": FORM})
        assert response.status == 403
        response, _ = run.request("GET", "/login")
        assert response.status == 200
        pre = response.getheader("set-cookie").split(";")[0]
        token = response.getheader("x-csrf-token")
        # The token of a session before login is no key to the desk.
        response, data = run.post(handout_fields("Ada"), pre, token)
        assert response.status == 403 and b"%PDF" not in data
        login = {"Content-Type": FORM, "Cookie": pre}
        response, _ = run.request("POST", "/login", urlencode(
            {"csrf": token, "passphrase": PASSPHRASE + "x"}), login)
        assert response.status == 403 and not response.getheader("set-cookie")
        response, _ = run.request("POST", "/login", urlencode(
            {"passphrase": PASSPHRASE}), login)
        assert response.status == 403 and not response.getheader("set-cookie")
        response, _ = run.request("POST", "/login", urlencode(
            {"csrf": token, "passphrase": PASSPHRASE}), login)
        assert response.status == 303
        cookie = response.getheader("set-cookie")
        assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
        cookie = cookie.split(";")[0]
        assert cookie.split("=")[1].split(".")[0] != pre.split("=")[1].split(".")[0]
        response, _ = run.request("GET", "/", headers={"Cookie": cookie})
        assert response.status == 200
        token = response.getheader("x-csrf-token")
        response, data = run.post(handout_fields("Ada Example"), cookie, token)
        assert response.status == 200 and "Ada Example" in pdf_text(data)
    finally:
        run.stop()


# --- The parts, in process ------------------------------------------------------------


def test_the_pool_stops_a_handout_past_its_time_limit_and_replaces_the_worker(project):
    from generator.desk.pool import EnginePool
    from generator.engine import EngineTimeout
    from generator.library import load_library
    from generator.render import render

    library = load_library(project)
    pool = EnginePool(1, timeout=0.001)
    try:
        pool.warm()
        first = pool.pids()
        with pytest.raises(EngineTimeout, match="took longer than 0.001 s"):
            render(library, "basics", "en", "pdf", engine=pool)
        assert pool.pids() != first
        pool.timeout = 60
        assert render(library, "basics", "en", "pdf", engine=pool).data.startswith(b"%PDF")
    finally:
        pool.close()


def test_a_cookie_is_void_when_tampered_with_expired_or_from_another_process():
    clock = [1_000_000.0]
    sessions = Sessions(PASSPHRASE, clock=lambda: clock[0])
    session, value = sessions.issue(authenticated=True)
    assert sessions.read(value) == session and sessions.allowed(session)
    assert sessions.read(value.replace(".1.", ".0.")) is None
    assert sessions.read(value[:-1] + ("A" if value[-1] != "A" else "B")) is None
    assert Sessions(PASSPHRASE).read(value) is None
    assert not sessions.allowed(sessions.issue()[0])
    assert sessions.check_token(session, sessions.token(session))
    assert not sessions.check_token(sessions.issue()[0], sessions.token(session))
    clock[0] += 12 * 3600
    assert sessions.read(value) is None


def test_the_order_reads_the_contract():
    today = dt.date(2026, 11, 21)
    order, wrong, _ = read_order([("topic", "a"), ("topic", "b"), ("lang", "en"),
                                  ("patient", " Ada "), ("large_print", "on")],
                                 ["a", "b"], ["en"], "A4", today)
    assert wrong == [] and order.topics == ("a", "b") and order.consult.patient == "Ada"
    assert order.consult.date == today and order.fmt == "pdf" and order.large_print
    _, wrong, _ = read_order([("topic", "a"), ("lang", "en"), ("lang", "en"),
                              ("date", "20261121"), ("paper", "A3")],
                             ["a"], ["en"], "A4", today)
    assert [w.code for w in wrong] == ["twice", "date-bad", "choice-bad"]
