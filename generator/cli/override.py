"""`handout override`: copy a bundled file into the project to change it, and record
which version of it the copy starts from."""

from __future__ import annotations

import difflib
import json

import click

from . import _library, cli


@cli.command(name="override")
@click.argument("relpath", metavar="PATH")
@click.option("--accept", is_flag=True,
              help="Record that the project's PATH now starts from the bundled file as it "
                   "is (after taking what changed in it).")
@click.option("--diff", "show_diff", is_flag=True,
              help="Show how the project's PATH differs from the bundled file now.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@click.pass_context
def override_command(ctx: click.Context, relpath: str, accept: bool, show_diff: bool,
                     as_json: bool) -> None:
    """Replace one bundled file (a block, a topic list, a template, a catalog) with the
    project's own copy.

    \b
    Examples:
      handout override content/en/risks-and-warning-signs.md   # copy it in, then edit
      handout override templates/print.css
      handout override --diff content/en/risks-and-warning-signs.md
      handout override --accept content/en/risks-and-warning-signs.md

    The copy's start is recorded in overrides.toml, so that `handout check` says when we
    correct the bundled file later (OVR001). Change one language, and the other
    language's translation is reported stale until it is overridden and updated too.
    """
    from ..errors import HandoutError, Problems
    from ..files import OVERRIDES_NAME
    from ..output import write_atomic
    from ..overrides import fingerprint, read_records, records_text

    if accept and show_diff:
        raise click.UsageError("--accept and --diff do not go together")
    library = _library(ctx)
    snapshot, root = library.snapshot, library.root
    below = snapshot.beneath
    if below is None or not library.project.own:
        raise HandoutError.at(
            f"{root} is not a project over the bundled library",
            hint="make one with `handout init DIR`, then run this inside it (or --root DIR)")
    relpath = relpath.replace("\\", "/").removeprefix("./")
    if relpath not in below.files:
        near = difflib.get_close_matches(relpath, list(below.files), n=3)
        raise HandoutError.at(f"{relpath} is not a file of the bundled library", root,
                              hint="did you mean: " + ", ".join(near) if near else
                              "give its path as in the library, e.g. content/en/<block>.md")
    target = root / relpath
    original = below.files[relpath]
    if show_diff:
        mine = snapshot.files.get(relpath) if snapshot.own(relpath) else None
        if mine is None:
            raise HandoutError.at(f"the project has no {relpath} of its own", target,
                                  hint=f"copy it in first: handout override {relpath}")
        lines = difflib.unified_diff(
            original.decode("utf-8", "replace").splitlines(),
            mine.decode("utf-8", "replace").splitlines(),
            f"bundled/{relpath}", f"project/{relpath}", lineterm="")
        click.echo("\n".join(lines) or f"{relpath} is the same as the bundled file")
        return
    if not accept and target.exists():
        raise HandoutError.at(f"the project already has {relpath}", target,
                              hint=f"see how it differs: handout override --diff {relpath}")
    if accept and not (snapshot.own(relpath) and relpath in snapshot.files):
        raise HandoutError.at(f"the project has no {relpath} of its own", target,
                              hint=f"copy it in first: handout override {relpath}")
    problems = Problems()
    records = {rel: value for rel, (value, _) in read_records(snapshot, problems).items()}
    problems.raise_if_any()
    records[relpath] = fingerprint(original)
    if not accept:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, original)
    write_atomic(root / OVERRIDES_NAME, records_text(records).encode("utf-8"))
    summary = {"path": relpath, "copied": not accept, "fingerprint": records[relpath]}
    if as_json:
        click.echo(json.dumps(summary))
    elif not ctx.find_root().obj["quiet"]:
        click.echo(f"{'copied' if not accept else 'recorded'} {relpath} (bundled version "
                   f"{records[relpath]}); edit it, then run `handout check`", err=True)
