"""`handout preview`: the page as the files are now, with the findings, reloading on change."""

from __future__ import annotations

import threading
import urllib.request

import pytest

from generator.library import load_library
from generator.preview import serve


@pytest.fixture
def preview(project):
    server = serve(load_library(project), "basics", "zh-TW", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def get(path: str) -> str:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.read().decode("utf-8")

    get.port = server.server_address[1]
    yield get
    server.shutdown()
    server.server_close()


def test_page_follows_the_files_and_shows_findings(project, preview):
    page = preview("/")
    assert "外泌體是細胞釋放的微小泡泡。" in page and "No findings." in page
    version = preview("/version")
    assert f'var seen = "{version}"' in page

    block = project / "content/zh-TW/what.md"
    block.write_text(block.read_text().replace("微小泡泡。", "微小泡泡，沒有副作用。"))
    assert preview("/version") != version
    page = preview("/")
    assert "沒有副作用" in page
    assert "content/zh-TW/what.md:10: error HYP001" in page

    block.write_text(block.read_text().replace("title: 它們是什麼", "title: [broken"))
    page = preview("/")
    assert "content/zh-TW/what.md:3: error STR001: invalid YAML" in page
    assert "location.reload()" in page  # the broken page still reloads when fixed


@pytest.mark.parametrize("path", ["/../templates/base.css", "/%2e%2e/handout.toml",
                                  "/content/en/what.md", "//etc/passwd"])
def test_no_path_reaches_a_file(preview, project, path):
    """Only / and /version answer; a path that names a file, inside the project or not,
    gets 404 and none of the file's bytes."""
    import http.client

    port = int(preview("/version") and preview.port)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    assert response.status == 404
    assert b"base_url" not in body and b"Exosomes" not in body and b"root:" not in body


@pytest.mark.parametrize(("host", "status"), [
    ("evil.example", 403), ("127.0.0.1.evil.example", 403), ("localhost", 200), (None, 200)])
def test_only_a_page_opened_as_this_machine_is_answered(preview, host, status):
    """Another site's script, whose name was pointed at 127.0.0.1 (DNS rebinding), sends
    its own name as Host: it must not read the preview (the findings name the files)."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=30)
    headers = {"Host": f"{host}:{preview.port}"} if host else {}
    connection.request("GET", "/?reload=1", headers=headers)
    response = connection.getresponse()
    body = response.read()
    assert response.status == status
    assert (b"\xe5\xa4\x96\xe6\xb3\x8c\xe9\xab\x94" in body) == (status == 200)  # 外泌體
    connection.request("HEAD", "/", headers=headers)
    head = connection.getresponse()
    assert head.status == status and head.read() == b""
