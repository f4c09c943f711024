"""What the desk's form asks for, read and checked: pure, no HTTP and no rendering.

Each problem is a code with its values (`Wrong`); the page says it in the interface
language (templates/desk.html), so the same check answers a browser and a clinic system.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as _field

from ..choices import FORMATS, PAPERS
from ..handout import CONSULT_LIMITS, Consult
from ..markup import printable

SINGLE = ("lang", "patient", "clinician", "date", "note", "large_print", "paper", "format")
TYPED = ("patient", "clinician", "note")


@dataclass(frozen=True)
class Wrong:
    code: str
    field: str = ""
    values: dict = _field(default_factory=dict)


@dataclass(frozen=True)
class Order:
    topics: tuple[str, ...]
    lang: str
    consult: Consult
    paper: str
    large_print: bool
    fmt: str


def read_order(fields: Iterable[tuple[str, str]], topics: Iterable[str],
               langs: Iterable[str], default_paper: str, today: dt.date
               ) -> tuple[Order | None, list[Wrong], dict]:
    """The order, or what is wrong with it; and the values as sent (to show them again)."""
    topics, langs = list(topics), list(langs)
    chosen: list[str] = []
    values: dict[str, str] = {}
    wrong: list[Wrong] = []
    for name, value in fields:
        if name == "topic":
            chosen.append(value)
        elif name in SINGLE:
            if name in values:
                wrong.append(Wrong("twice", name))
            values[name] = value
    if not chosen:
        wrong.append(Wrong("topic-missing", "topic"))
    for topic in chosen:
        if topic not in topics:
            wrong.append(Wrong("topic-unknown", "topic", {"value": topic[:60]}))
    if len(set(chosen)) < len(chosen):
        wrong.append(Wrong("topic-twice", "topic"))
    lang = values.get("lang", "")
    if not lang:
        wrong.append(Wrong("lang-missing", "lang"))
    elif lang not in langs:
        wrong.append(Wrong("lang-unknown", "lang", {"value": lang[:60]}))
    typed = {name: values.get(name, "").replace("\r\n", "\n").strip() for name in TYPED}
    for name, value in typed.items():
        limit = CONSULT_LIMITS[name]
        if len(value) > limit:
            wrong.append(Wrong("too-long", name, {"length": len(value), "limit": limit}))
        if any(not printable(c) for c in value) or (name != "note" and "\n" in value):
            wrong.append(Wrong("invisible", name))
    date = None
    if values.get("date", "").strip():
        try:
            date = dt.date.fromisoformat(values["date"].strip())
        except ValueError:
            wrong.append(Wrong("date-bad", "date"))
        else:
            if len(values["date"].strip()) != 10:  # fromisoformat also takes 20261121
                wrong.append(Wrong("date-bad", "date"))
    paper = values.get("paper") or default_paper
    if paper not in PAPERS:
        wrong.append(Wrong("choice-bad", "paper", {"choices": ", ".join(PAPERS)}))
    fmt = values.get("format") or "pdf"
    if fmt not in FORMATS:
        wrong.append(Wrong("choice-bad", "format", {"choices": ", ".join(FORMATS)}))
    large = values.get("large_print", "")
    if large not in ("", "on"):
        wrong.append(Wrong("choice-bad", "large_print", {"choices": "on"}))
    if wrong:
        return None, wrong, {**values, **typed, "topics": chosen}
    consult = Consult(typed["patient"], typed["clinician"], "", date, typed["note"])
    if consult and consult.date is None:  # as `handout render`: today, once any is given
        consult = Consult(consult.patient, consult.clinician, "", today, consult.note)
    return (Order(tuple(chosen), lang, consult, paper, large == "on", fmt), [],
            {**values, **typed, "topics": chosen})
