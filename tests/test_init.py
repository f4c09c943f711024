"""`handout init DIR`: a new clinic project, its commented handout.toml, and its refusals."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import HandoutError, Problems
from generator.project import CONFIG_KEYS, is_project, read_config
from generator.scaffold import refuse_existing, scaffold

FILES = ["content/README.md", "handout.toml", "templates/README.md"]
# handout.toml's keys, in the order a clinic reads them (source_lang is the library's)
ORDER = ["clinic", "contact", "logo", "logo_alt", "paper", "base_url", "reviewer",
         "update_policy", "funding"]


def init(*args: str):
    return CliRunner().invoke(cli, ["init", *args], catch_exceptions=False)


def listing(root: Path) -> dict[str, bytes | str | None]:
    """Every path under `root` with its bytes (a link: its target; a folder: None)."""
    return {p.relative_to(root).as_posix(): f"-> {p.readlink()}" if p.is_symlink()
            else None if p.is_dir() else p.read_bytes() for p in sorted(root.rglob("*"))}


def example_lines(text: str) -> dict[str, str]:
    """Each key's commented example line, `# key = value`, uncommented."""
    found = {}
    for line in text.splitlines():
        if match := re.match(r"# ([a-z_]+) = ", line):
            assert match.group(1) not in found, f"two examples of {match.group(1)}"
            found[match.group(1)] = line.removeprefix("# ")
    return found


def test_init_makes_exactly_the_project_files(tmp_path: Path):
    root = tmp_path / "clinic"
    result = init(str(root))
    assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    folders = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())
    assert files == FILES
    assert folders == ["content", "templates"]
    assert {name: (root / name).read_bytes() for name in FILES} == scaffold(root)
    assert is_project(root)
    assert "made a handout project" in result.stderr
    assert f"handout --root {root} check" in result.stderr


def test_init_in_an_empty_existing_folder(tmp_path: Path):
    result = init(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(tmp_path).as_posix()
                  for p in tmp_path.rglob("*") if p.is_file()) == FILES


def test_quiet_init_says_nothing(tmp_path: Path):
    result = CliRunner().invoke(cli, ["-q", "init", str(tmp_path / "c")],
                                catch_exceptions=False)
    assert result.exit_code == 0 and result.output == ""
    assert (tmp_path / "c" / "handout.toml").is_file()


@pytest.mark.parametrize("marker", ["handout.toml", "content", "templates"])
@pytest.mark.parametrize("as_dir", [False, True], ids=["file", "folder"])
def test_init_refuses_a_folder_holding_a_project(tmp_path: Path, marker: str, as_dir: bool):
    root = tmp_path / "clinic"
    root.mkdir()
    (root / "notes.txt").write_bytes(b"ours\n")
    if as_dir:
        (root / marker).mkdir()
        (root / marker / "keep.md").write_bytes(b"# ours\n")
    else:
        (root / marker).write_bytes(b"# ours\n")
    before = listing(root)
    result = init(str(root))
    assert result.exit_code == 1
    assert str(root) in result.stderr and marker in result.stderr
    assert "already holds a handout project" in result.stderr
    assert listing(root) == before


def test_init_refuses_a_link_named_like_a_marker(tmp_path: Path):
    root = tmp_path / "clinic"
    root.mkdir()
    (root / "content").symlink_to(tmp_path / "nowhere")  # lexists, not exists
    before = listing(root)
    result = init(str(root))
    assert result.exit_code == 1
    assert "already holds a handout project (content)" in result.stderr
    assert listing(root) == before


def test_init_refuses_a_file(tmp_path: Path):
    path = tmp_path / "clinic"
    path.write_bytes(b"not a folder\n")
    result = init(str(path))
    assert result.exit_code != 0
    assert "is a file" in result.output
    assert path.read_bytes() == b"not a folder\n"
    assert sorted(tmp_path.iterdir()) == [path]
    with pytest.raises(HandoutError, match="is a file, not a folder"):
        refuse_existing(path)


def test_init_refuses_a_folder_below_a_file(tmp_path: Path):
    (tmp_path / "clinic").write_bytes(b"x")
    result = init(str(tmp_path / "clinic" / "sub"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'clinic'}: error: is a file" in result.stderr
    assert (tmp_path / "clinic").read_bytes() == b"x"


def test_init_keeps_a_non_project_folder_s_files(tmp_path: Path):
    root = tmp_path / "clinic"
    (root / "logos").mkdir(parents=True)
    (root / "logos" / "logo.png").write_bytes(b"\x89PNG fake")
    (root / "README.md").write_bytes(b"# our own readme\n")
    (root / "content.txt").write_bytes(b"not content/\n")
    before = listing(root)
    result = init(str(root))
    assert result.exit_code == 0, result.output
    after = listing(root)
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(set(after) - set(before)) == sorted(["content", "templates", *FILES])


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch):
    import generator.output

    real, written = generator.output.write_atomic, []

    def fail_on_the_second(path: Path, data: bytes, **kwargs) -> None:
        if written:
            raise HandoutError.at("cannot write file: No space left on device", path)
        written.append(path)
        real(path, data, **kwargs)

    monkeypatch.setattr(generator.output, "write_atomic", fail_on_the_second)
    (tmp_path / "notes.txt").write_bytes(b"ours\n")
    before = listing(tmp_path)
    result = init(str(tmp_path))
    assert result.exit_code == 1 and "No space left" in result.stderr
    assert written and listing(tmp_path) == before


def test_handout_toml_has_every_key_commented_in_order(tmp_path: Path):
    text = scaffold(tmp_path)["handout.toml"].decode("utf-8")
    assert tomllib.loads(text) == {}
    examples = example_lines(text)
    assert list(examples) == ORDER
    assert set(ORDER) <= set(CONFIG_KEYS)
    for key in ORDER:  # a one-line explanation just above each example
        above = text.splitlines()[text.splitlines().index(f"# {examples[key]}") - 1]
        assert above.startswith(f"# {key}: ")
    head = text.split("\n\n")[0]
    assert "handout override PATH" in head and "handout check" in head
    assert "content/" in head and "templates/" in head
    assert re.search(r'# funding = \{ en = "[^"]+", zh-TW = "[^"]+" \}', text)


@pytest.mark.parametrize("key", ORDER)
def test_each_example_reads_without_problems(tmp_path: Path, key: str):
    assert init(str(tmp_path)).exit_code == 0
    (tmp_path / "logo.png").write_bytes(b"\x89PNG fake")  # the example logo's file
    line = example_lines((tmp_path / "handout.toml").read_text(encoding="utf-8"))[key]
    problems = Problems()
    config = read_config(line.encode("utf-8"), tmp_path / "handout.toml", problems)
    assert problems.items == []
    value = tomllib.loads(line)[key]
    expected = (tmp_path / value).resolve() if key == "logo" else value
    assert getattr(config, key) == expected
    for lang in ("en", "zh-TW"):
        assert config.missing(lang) == []


def test_every_example_together_reads_without_problems(tmp_path: Path):
    assert init(str(tmp_path)).exit_code == 0
    (tmp_path / "logo.png").write_bytes(b"\x89PNG fake")
    text = (tmp_path / "handout.toml").read_text(encoding="utf-8")
    uncommented = "\n".join(example_lines(text).values()).encode("utf-8")
    problems = Problems()
    config = read_config(uncommented, tmp_path / "handout.toml", problems)
    assert problems.items == []
    assert config.localized("zh-TW").clinic == "範例家庭診所"


def test_readmes_are_short_and_name_the_checks(tmp_path: Path):
    files = scaffold(tmp_path)
    for name in ("content/README.md", "templates/README.md"):
        text = files[name].decode("utf-8")
        assert 10 <= len(text.splitlines()) <= 20, name
        assert "handout check" in text and "same path" in text
    content = files["content/README.md"].decode("utf-8")
    for named in ("content/<lang>/<block>.md", "content/topics.yaml",
                  "content/en/topics.yaml", "content/zh-TW/topics.yaml"):
        assert named in content


def test_json_names_the_project_and_its_files(tmp_path: Path):
    root = tmp_path / "clinic"
    result = init("--json", str(root))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"path": str(root), "files": [
        "handout.toml", "content/README.md", "templates/README.md"]}


def test_init_does_not_need_a_project(tmp_path: Path, monkeypatch):
    import generator.library

    def refuse(*args, **kwargs):
        raise AssertionError("init loaded a library")

    monkeypatch.setattr(generator.library, "load_library", refuse)
    monkeypatch.chdir(tmp_path)  # no project here or above
    monkeypatch.delenv("HANDOUT_ROOT", raising=False)
    result = init("clinic")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "clinic" / "handout.toml").is_file()


def test_help_teaches_what_to_do_next():
    result = init("--help")
    assert result.exit_code == 0
    for step in ("handout init my-clinic", "handout.toml", "handout --root my-clinic check",
                 "handout --root my-clinic render what-are-exosomes --lang zh-TW"):
        assert step in result.output
    assert "init" in CliRunner().invoke(cli, ["--help"]).output
