"""Where a handout project lives and what its handout.toml says."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from .choices import PAPERS
from .errors import HandoutError, Problem, Problems
from .files import CONFIG_NAME, decode, line_of, toml_lines
from .languages import LANGUAGE_TAG
from .markup import UNPRINTABLE_HINT, unprintable

# key -> (type, description); every key is optional. Text keys also take a table with one
# text per language, e.g. funding = { en = "...", zh-TW = "..." }, so that a handout
# never prints a sentence in another language.
CONFIG_KEYS: dict[str, tuple[type, str]] = {
    "clinic": (str, "clinic name printed on every handout"),
    "contact": (str, "contact line printed under the clinic name"),
    "logo": (str, "path of a PNG/JPEG/SVG logo, relative to the project"),
    "logo_alt": (str, "what the logo shows, for screen readers (default: the clinic name)"),
    "paper": (str, "default paper size: A4 or Letter"),
    "base_url": (str, "base URL of the published website"),
    "update_policy": (str, "how and when the handouts are reviewed"),
    "funding": (str, "who pays for the handouts and any conflicts of interest"),
    "reviewer": (str, "the medical reviewer of record, printed on every handout"),
    "source_lang": (str, "the language translations are made from (default: en)"),
    "use_bundled": (bool, "whether the project sits over the reviewed library installed "
                          "with the tool (default: true); false: it is a whole library "
                          "of its own"),
}


# Only web addresses are printed or linked: no javascript:, data: or file: URLs.
WEB_URL = re.compile(r"^https?://[^\s<>\"'`]+\Z", re.IGNORECASE)
TEXT_KEYS = ("clinic", "contact", "logo_alt", "update_policy", "funding", "reviewer")
Text = str | dict[str, str]


@dataclass(frozen=True)
class Config:
    clinic: Text = ""
    contact: Text = ""
    logo: Path | None = None
    logo_alt: Text = ""
    paper: str = "A4"
    base_url: str = ""
    update_policy: Text = ""
    funding: Text = ""
    reviewer: Text = ""
    source_lang: str = "en"
    use_bundled: bool = True
    path: Path | None = field(default=None, compare=False, repr=False)
    lines: dict = field(default_factory=dict, compare=False, repr=False)
    readable: bool = field(default=True, compare=False, repr=False)  # False: it is there,
    # but not valid UTF-8 TOML, so what it sets is unknown

    def missing(self, lang: str) -> list[Problem]:
        """Texts given per language that lack `lang`: a handout never prints another's."""
        return [Problem(f"{key} has no {lang} text", self.path, line_of(self.lines, (key,)),
                        hint=f'add {lang} = "..." to the {key} table', rule="STR005")
                for key in TEXT_KEYS
                if isinstance(getattr(self, key), dict) and lang not in getattr(self, key)]

    def localized(self, lang: str) -> Config:
        """The configuration with every text in `lang` (`missing(lang)`, which `gather`
        raises, says what is not there)."""
        return replace(self, **{key: value.get(lang, "") if isinstance(value, dict) else value
                                for key in TEXT_KEYS for value in (getattr(self, key),)})


@dataclass(frozen=True)
class Project:
    root: Path
    config: Config
    own: bool = True  # False: no project, the bundled library alone (in the current folder)

    @property
    def output_dir(self) -> Path:
        return self.root / "output"


def is_project(path: Path) -> bool:
    return (path / CONFIG_NAME).is_file() or (
        (path / "content").is_dir() and (path / "templates").is_dir())


def find_root(start: Path | None = None, explicit: str | None = None) -> Path:
    """Use --root / HANDOUT_ROOT if given, else search upward from `start` like git."""
    chosen = explicit or os.environ.get("HANDOUT_ROOT")
    if chosen:
        root = Path(chosen).expanduser()
        if not is_project(root):
            raise HandoutError.at(
                f"{root} is not a handout project",
                hint="a project holds content/ and templates/ (and optionally handout.toml)")
        return root.resolve()
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if is_project(candidate):
            return candidate
    raise HandoutError.at(
        f"no handout project found in {here} or any parent directory",
        hint="run inside a project (a folder with content/ and templates/), "
             "or pass --root DIR / set HANDOUT_ROOT")


def read_config(data: bytes | None, path: Path, problems: Problems) -> Config:
    """Read handout.toml; every unknown key or wrong type is reported, never dropped."""
    if data is None:
        return Config()
    text = decode(data, path, problems)
    if text is None:
        return Config(path=path, readable=False)
    try:
        values_in = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        problems.add(f"invalid TOML: {exc}", path, int(match.group(1)) if match else None,
                     rule="STR001", hint="check quoting; text values need double quotes")
        return Config(path=path, readable=False)
    lines = toml_lines(text)
    values: dict[str, object] = {}
    for key, value in values_in.items():
        line = line_of(lines, (key,))
        texts = value.values() if isinstance(value, dict) else (value,)
        if bad := unprintable("".join(text for text in texts if isinstance(text, str))):
            problems.add(f"invisible or control character {bad} in {key}", path, line,
                         rule="STR011", hint=UNPRINTABLE_HINT)
            continue
        if key not in CONFIG_KEYS:
            problems.add(f"unknown key {key!r}", path, line,
                         hint="known keys: " + ", ".join(CONFIG_KEYS), rule="STR004")
            continue
        if key in TEXT_KEYS and isinstance(value, dict):
            wrong = [k for k, v in value.items()
                     if not (LANGUAGE_TAG.match(k) and isinstance(v, str))]
            if wrong:
                problems.add(f"{key}: {', '.join(map(repr, wrong))} is not a language with a "
                             "text", path, line_of(lines, (key, wrong[0])), rule="STR003",
                             hint="a table maps language tags to texts; put plain keys "
                                  "above the first [table] in the file")
            else:
                values[key] = value
            continue
        if key in TEXT_KEYS and isinstance(value, str) and not value.strip():
            problems.add(f"{key} is empty", path, line, rule="STR003",
                         hint=f"write it, or remove the line: an empty {key} prints nothing")
            continue
        if CONFIG_KEYS[key][0] is bool and not isinstance(value, bool):
            problems.add(f"{key} must be true or false", path, line, rule="STR003",
                         hint=f"write {key} = false (no quotes)")
            continue
        if not isinstance(value, CONFIG_KEYS[key][0]):
            problems.add(f"{key} must be a string" + (
                " or a table of one string per language" if key in TEXT_KEYS else ""),
                path, line, rule="STR003", hint=f'write it in double quotes: {key} = "..."')
            continue
        values[key] = value
    if "base_url" in values and WEB_URL.match(str(values["base_url"])):
        parts = urlsplit(str(values["base_url"]))
        if parts.query or parts.fragment or parts.username or parts.password:
            problems.add(f"base_url must be a plain address, without a ?query, #fragment or "
                         f"user name: {values.pop('base_url')!r}", path,
                         line_of(lines, ("base_url",)), rule="STR003",
                         hint="pages are found by adding their path to it, e.g. "
                              "base_url = \"https://clinic.example/handouts/\"")
    elif "base_url" in values:
        problems.add(f"base_url must be an http:// or https:// address, not "
                     f"{values.pop('base_url')!r}", path, line_of(lines, ("base_url",)),
                     rule="STR003", hint='e.g. base_url = "https://clinic.example/handouts/"')
    paper = values.get("paper", "A4")
    if paper not in PAPERS:
        problems.add(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}", path,
                     line_of(lines, ("paper",)), rule="STR003")
        values.pop("paper")
    logo = None
    if "logo" in values:
        written = str(values.pop("logo"))
        logo = (path.parent / written).resolve()
        if not logo.is_relative_to(path.parent.resolve()):
            problems.add(f"logo {written!r} is outside the project", path,
                         line_of(lines, ("logo",)), rule="STR003",
                         hint="copy the logo into the project, e.g. logo = \"logo.png\"")
            logo = None
        elif logo.is_dir():
            problems.add(f"logo {written!r} is a folder", path, line_of(lines, ("logo",)),
                         rule="STR003", hint="give the path of the image file itself")
            logo = None
        elif not logo.is_file():
            problems.add(f"logo file {written!r} does not exist", path,
                         line_of(lines, ("logo",)), rule="STR003",
                         hint="give the logo's path relative to handout.toml")
            logo = None
        elif logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".svg"):
            problems.add("logo must be a .png, .jpg or .svg file", path,
                         line_of(lines, ("logo",)), rule="STR003",
                         hint="save it as PNG, JPEG or SVG")
            logo = None
    return Config(logo=logo, path=path, lines=lines, **values)  # type: ignore[arg-type]
