"""Every rule `handout check` knows, gathered from the modules that report them.

The README's rule table is generated from this list (`handout check --rules`) and a test
compares the two, so the documentation cannot drift from the code.
"""

from __future__ import annotations

from . import (
    balance,
    files,
    hype,
    loading,
    overrides,
    printing,
    provenance,
    readability,
    structure,
    translations,
)
from .registry import Rule

FAMILIES = ("FIL", "STR", "BAL", "HYP", "PRV", "TRN", "RDB", "PRT", "OVR")
RULES: dict[str, Rule] = {rule.id: rule for rule in sorted(
    (*loading.RULES, *files.RULES, *structure.RULES, *balance.RULES, *hype.RULES,
     *provenance.RULES, *translations.RULES, *readability.RULES, *printing.RULES,
     *overrides.RULES),
    key=lambda rule: (FAMILIES.index(rule.id[:3]), rule.id))}


def checks(scope: str) -> list:
    """The distinct checks of one scope, in rule order."""
    return list(dict.fromkeys(check for rule in RULES.values() for check in rule.checks
                              if check.scope == scope))


def table() -> str:
    """The README's rule table, as Markdown."""
    rows = ["| Rule | Severity | What it finds | Why (instrument) |", "|---|---|---|---|"]
    rows += [f"| {r.id} | {r.severity} | {r.summary} | {r.rationale} |" for r in RULES.values()]
    return "\n".join(rows)
