"""Languages: Babel locales, dates, and strict gettext catalogs for template strings."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.pofile import PoFileError, read_po

from .errors import HandoutError, Problems

SOURCE_LANG = "en"  # msgids in templates are English


@dataclass(frozen=True)
class Language:
    tag: str  # the content folder name, a BCP 47 tag such as "zh-TW"
    locale: Locale

    @property
    def html_lang(self) -> str:
        """BCP 47 with script where Babel knows one: zh-TW becomes zh-Hant-TW."""
        parts = [self.locale.language, self.locale.script, self.locale.territory]
        return "-".join(p for p in parts if p)

    @property
    def name(self) -> str:
        return self.locale.get_display_name(self.locale) or self.tag

    def date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.locale)


def parse_language(tag: str) -> Language:
    try:
        return Language(tag, Locale.parse(tag, sep="-"))
    except (ValueError, UnknownLocaleError):
        raise HandoutError.at(f"{tag!r} is not a language Babel knows",
                              hint="name content folders with BCP 47 tags: en, zh-TW") from None


def catalog_name(lang: str) -> str:
    """The catalog's path under templates/."""
    return f"locale/{lang.replace('-', '_')}/LC_MESSAGES/messages.po"


class Catalog:
    """Translations that fail loudly: a missing string is an error, never English instead."""

    def __init__(self, path: Path | None, messages: dict[str, str]):
        self.path = path
        self.messages = messages

    def gettext(self, message: str) -> str:
        if self.path is None:
            return message
        try:
            return self.messages[message]
        except KeyError:
            raise HandoutError.at(
                f"no translation for template string {message!r}", self.path,
                hint="add it: pybabel extract -F babel.cfg -o messages.pot . && "
                     "pybabel update -i messages.pot -d templates/locale") from None

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


def read_catalog(data: bytes | None, path: Path, lang: str, problems: Problems) -> Catalog:
    """A language's interface strings; an untranslated or fuzzy string is a problem."""
    if lang == SOURCE_LANG:
        return Catalog(None, {})
    if data is None:
        problems.add(f"no interface translations for {lang}", path, rule="STR005",
                     hint=f"create it: pybabel init -i messages.pot "
                          f"-d templates/locale -l {lang.replace('-', '_')}")
        return Catalog(path, {})
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True)
    except (PoFileError, UnicodeDecodeError) as exc:
        problems.add(f"cannot read catalog: {exc}", path, rule="STR001",
                     hint="check the quoting of msgid and msgstr lines")
        return Catalog(path, {})
    messages: dict[str, str] = {}
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy or not message.string:
            problems.add(f"{message.id!r} is not translated"
                         + (" (marked fuzzy)" if message.fuzzy else ""), path, message.lineno,
                         hint="write the msgstr and remove the 'fuzzy' flag", rule="STR005")
        elif wrong := _placeholder_problem(str(message.id), str(message.string)):
            problems.add(wrong, path, message.lineno, rule="STR003",
                         hint="keep every %(name)s of the msgid, unchanged; write a literal "
                              "% as %%")
        else:
            messages[str(message.id)] = str(message.string)
    return Catalog(path, messages)


# A %-placeholder, as Jinja's gettext fills them: %(name)s, %s, %d, or %% for a literal %.
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[#0 +-]*\d*(?:\.\d+)?([a-zA-Z%])?")


def _placeholder_problem(msgid: str, msgstr: str) -> str | None:
    """Why a translation would fail to fill in, or drop, one of the msgid's values."""
    def names(text: str) -> str:
        return ", ".join(sorted(m[0] for m in PLACEHOLDER.finditer(text) if m[2] != "%"))

    if names(msgid) != names(msgstr):
        return (f"the translation of {msgid!r} must have the placeholders "
                f"{names(msgid) or 'none'}, not {names(msgstr) or 'none'}")
    try:  # a value as the msgid's own conversion wants it: %(n)d a number, %(x)s a text
        values = {m[1]: 1 if m[2] in "dic" else "x" for m in PLACEHOLDER.finditer(msgid) if m[1]}
        msgstr % values if values else msgstr % ()
    except (ValueError, TypeError, KeyError) as exc:
        return f"the translation of {msgid!r} cannot be filled in: {exc}"
    return None
