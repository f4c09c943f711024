"""Overrides: a project's files that replace the bundled library's, and whether each
still starts from the bundled file as it is now (see generator/overrides.py)."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem, Problems
from ..files import OVERRIDES_NAME
from ..library import Library
from ..overrides import overrides, read_records
from .registry import Rule, case, scope


@scope("library")
def check_overrides(library: Library) -> Iterator[Problem]:
    snapshot = library.snapshot
    if snapshot.beneath is None and OVERRIDES_NAME not in snapshot.files:
        return
    problems = Problems()
    records = read_records(snapshot, problems)
    yield from problems.items
    for override in overrides(snapshot, records):
        path = snapshot.path(override.path)
        if override.state == "not recorded":
            yield Problem(f"replaces the bundled {override.path}, but {OVERRIDES_NAME} does "
                          "not record which version of it", path, 1, rule="OVR002",
                          hint=f"if it starts from the bundled file as it is now, run: "
                               f"handout override --accept {override.path}")
        elif override.state == "bundled file changed":
            yield Problem(f"the bundled {override.path} changed since this override was "
                          f"made ({override.recorded} → {override.bundled})", path, 1,
                          rule="OVR001",
                          hint=f"see what changed: handout override --diff {override.path}; "
                               f"take what applies, then: handout override --accept "
                               f"{override.path}")
    overriding = {o.path for o in overrides(snapshot, records)}
    for relpath, (_, line) in records.items():
        if relpath not in overriding:
            yield Problem(f"{relpath} is recorded, but it replaces no bundled file",
                          snapshot.path(OVERRIDES_NAME), line, rule="OVR003",
                          hint="remove the line; or the file was moved or made identical "
                               "to the bundled one")


WHAT = "content/en/what.md"
EDIT = (WHAT, "You cannot see them.", "You cannot see them with your eyes.")
OVER = ("handout.toml", "use_bundled = false", "use_bundled = true")  # the fixture's
BUNDLE = ("--library", "{bundle}")  # the rule tests put the unedited fixture beneath
FIXTURE_WHAT = "7028aac17203"  # the fingerprint of the fixture's what.md
RULES = (
    Rule("OVR001", "warning", "the bundled file an override replaces has changed since",
         "A clinic must hear when we correct a fact it has overridden (as TRN002 for "
         "translations)", (check_overrides,),
         case(OVER, EDIT, (OVERRIDES_NAME, "", f'"{WHAT}" = "0123456789ab"\n'), at=(WHAT, 1),
              args=BUNDLE),
         case(OVER, EDIT, (OVERRIDES_NAME, "", f'"{WHAT}" = "{FIXTURE_WHAT}"\n'), args=BUNDLE)),
    Rule("OVR002", "warning", "an override does not record the bundled version it starts "
         "from", "Without it, a later correction of the bundled file cannot be reported",
         (check_overrides,),
         case(OVER, EDIT, at=(WHAT, 1), args=BUNDLE),
         case(OVER, EDIT, (OVERRIDES_NAME, "", f'"{WHAT}" = "{FIXTURE_WHAT}"\n'), args=BUNDLE)),
    Rule("OVR003", "warning", "overrides.toml records a file that replaces nothing",
         "A stale record hides that the override was removed or moved", (check_overrides,),
         case(OVER, (OVERRIDES_NAME, "", '"content/en/gone.md" = "0123456789ab"\n'),
              at=(OVERRIDES_NAME, "gone.md"), args=BUNDLE),
         case(OVER, EDIT, (OVERRIDES_NAME, "", f'"{WHAT}" = "{FIXTURE_WHAT}"\n'), args=BUNDLE)),
)
