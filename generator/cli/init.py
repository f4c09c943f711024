"""`handout init DIR`: a new clinic project on top of the bundled library."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import click

from ..errors import HandoutError
from . import cli


@cli.command(name="init")
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts: the "
              "project's path and the files made.")
@click.pass_context
def init_command(ctx: click.Context, directory: Path, as_json: bool) -> None:
    """Make a clinic project in DIR, on top of the reviewed library bundled with handout.

    \b
    It makes three files, and nothing else:
      DIR/handout.toml          clinic name, contact, logo, paper, base URL, reviewer,
                                update policy, funding: every key commented out, with
                                an example
      DIR/content/README.md     how to replace a bundled block or add a topic
      DIR/templates/README.md   how to replace a bundled template or stylesheet
    A file placed under content/ or templates/ at the same path as a bundled one
    replaces it; everything else comes from the bundled library.

    DIR may be new, empty, or hold other files (none is changed). A folder that
    already holds a project (handout.toml, content/ or templates/) is refused.

    \b
    Example:
      handout init my-clinic
    Then:
      1. edit my-clinic/handout.toml (your clinic's name, reviewer, funding...)
      2. handout --root my-clinic check
      3. handout --root my-clinic render what-are-exosomes --lang zh-TW
    """
    from ..output import write_atomic
    from ..scaffold import refuse_existing, scaffold

    refuse_existing(directory)
    files = scaffold(directory)
    made_files: list[Path] = []
    made_folders: list[Path] = []
    try:
        for relpath, data in files.items():
            path = directory / relpath
            for folder in reversed([path.parent, *path.parent.parents]):
                if not os.path.lexists(folder):
                    folder.mkdir()
                    made_folders.append(folder)
            if os.path.lexists(path):  # appeared since the check: never replaced
                raise HandoutError.at("appeared while the project was being made; "
                                      "it was left as it is", path)
            write_atomic(path, data)
            made_files.append(path)
    except BaseException:
        for path in reversed(made_files):  # whole project or nothing
            path.unlink(missing_ok=True)
        for folder in reversed(made_folders):
            try:
                folder.rmdir()
            except OSError:  # something else was put in it meanwhile: kept
                pass
        raise
    if as_json:
        click.echo(json.dumps({"path": os.path.abspath(directory), "files": list(files)},
                              ensure_ascii=False, indent=2))
    if not ctx.find_root().obj.get("quiet"):
        shown = shlex.quote(str(directory))
        click.echo(f"made a handout project in {directory}:", err=True)
        for relpath in files:
            click.echo(f"  {relpath}", err=True)
        click.echo("next:\n"
                   f"  1. edit {shlex.quote(str(directory / 'handout.toml'))}: your clinic's "
                   "name, contact line, logo, reviewer, update policy and funding\n"
                   f"  2. handout --root {shown} check\n"
                   f"  3. handout --root {shown} render what-are-exosomes --lang zh-TW\n"
                   f"  to change a bundled block or template: handout --root {shown} "
                   "override PATH", err=True)
