"""The shape of a rule: what it finds, why, which check reports it, and two examples.

Each family module (files, structure, balance, hype, provenance, translations,
readability) declares its rules beside its checks; rules.py gathers them. The examples
are edits of the test fixture (tests/fixtures/balanced): `trigger` must make the rule
fire at the line holding `at`'s text, and `near_miss`, text close to what the rule
looks for, must not. tests/test_rules.py runs both for every rule, and the README's
rule table is generated from the same declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SCOPES = ("library", "block", "pair", "handout", "loading")


@dataclass(frozen=True)
class Edit:
    """Replace `old` with `new` in `file` (a path in the fixture project)."""

    file: str
    old: str
    new: str


@dataclass(frozen=True)
class Case:
    edits: tuple[Edit, ...]
    at: tuple[str, str | None] | None = None  # (file, text on the finding's line, or None)
    args: tuple[str, ...] = ()  # what `handout check` needs to run the rule (--report)


# The helpers below run while the rules are declared, at import, where a mutation test
# cannot switch a mutant on: they are left out of it; the declarations they build are
# tested rule by rule instead.
def case(*edits: tuple[str, str, str], at: tuple[str, str | None] | None = None,
         args: tuple[str, ...] = ()) -> Case:
    return Case(tuple(Edit(*edit) for edit in edits), at, args)  # pragma: no mutate


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # "error" or "warning"; --strict makes every warning an error
    summary: str
    rationale: str
    checks: tuple[Callable, ...]  # the checks that report it; none: found while loading
    trigger: Case
    near_miss: Case


def scope(name: str):
    """Mark a check with what it is called on: the library, a block, a translation pair
    or a handout (a topic in one language)."""
    assert name in SCOPES  # pragma: no mutate

    def mark(function: Callable) -> Callable:
        function.scope = name  # type: ignore[attr-defined]  # pragma: no mutate
        return function  # pragma: no mutate

    return mark
