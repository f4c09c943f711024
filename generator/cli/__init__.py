"""The `handout` command: parses arguments, calls the core, prints and writes. Nothing else.

The group, shared option callbacks, `list`, `doctor` and the entry point live here;
render.py, check.py and build.py hold a command each.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import traceback
from pathlib import Path

import click

from .. import __version__
from ..errors import HandoutError

log = logging.getLogger("generator")


class HandoutGroup(click.Group):
    """Turns our errors into 'file:line: message' and exit 1, and never shows a traceback."""

    def invoke(self, ctx: click.Context):
        obj = ctx.ensure_object(dict)
        try:
            return super().invoke(ctx)
        except HandoutError as exc:
            for problem in exc.problems:
                click.echo(problem.format(obj.get("root")), err=True)
            count = len(exc.problems)
            if count > 1:
                click.echo(f"{count} problems; {obj.get('kept', 'nothing was written.')}",
                           err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # e.g. `handout check | head`: the reader has gone
            # Our own pipes (the PDF engine's) raise HandoutError instead, so this one is
            # standard output or error.
            if obj.get("verbose"):
                traceback.print_exc()
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:  # a full disk, a file where a folder should be, ...
            where = f"{exc.filename}: " if exc.filename else "the output: "
            click.echo(f"error: cannot write {where}{exc.strerror or exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (see main)
            click.echo(f"interrupted; {obj.get('kept', 'nothing was written.')}", err=True)
            sys.exit(143 if isinstance(exc, Terminated) else 130)
        except Exception as exc:  # a bug of ours: say so plainly
            if obj.get("verbose"):
                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                       "  please report it; run with -v to see the details", err=True)
            sys.exit(70)


@click.group(cls=HandoutGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), envvar="HANDOUT_ROOT",
              help="Project folder (holds content/ and templates/). Default: the current "
                   "folder or the nearest parent that is one. Env: HANDOUT_ROOT.")
@click.option("--library", "library_option", type=click.Path(file_okay=False, path_type=Path),
              envvar="HANDOUT_LIBRARY",
              help="The library beneath the project (default: the reviewed one installed "
                   "with the tool). Env: HANDOUT_LIBRARY.")
@click.option("-v", "--verbose", is_flag=True,
              help="Show this tool's debug messages (never a patient's details).")
@click.option("-q", "--quiet", is_flag=True, help="Show errors only.")
@click.version_option(__version__, prog_name="handout")
@click.pass_context
def cli(ctx: click.Context, root: Path | None, library_option: Path | None, verbose: bool,
        quiet: bool) -> None:
    """Balanced, sourced patient handouts about exosome treatments.

    \b
    Print a handout for a patient:
      handout render what-are-exosomes --lang zh-TW --patient "王小明" --clinician "李醫師"
    See what there is:
      handout list
    Check this machine (fonts, PDF engine, speed path):
      handout doctor
    Start a clinic's own project over the bundled library:
      handout init my-clinic

    \b
    Outside any project, the reviewed library installed with the tool is used, and
    output/ is made in the current folder. Inside a project (a folder with handout.toml,
    or with content/ and templates/), its files replace the bundled ones at the same path.
    """
    # Third-party libraries keep their own (WARNING) level: -v is about this tool.
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING,
                        format="%(relativeCreated)6.0f ms %(levelname)s: %(name)s: %(message)s"
                        if verbose else "%(levelname)s: %(name)s: %(message)s")
    log.setLevel(logging.DEBUG if verbose else logging.NOTSET)
    ctx.ensure_object(dict).update(root_option=root, library_option=library_option,
                                   verbose=verbose, quiet=quiet)


def _library(ctx: click.Context):
    """The project's library, loaded once for the whole command."""
    from ..bundle import locate
    from ..library import load_library

    obj = ctx.find_root().obj
    if "library" not in obj:
        chosen = (str(obj[key]) if obj.get(key) else None
                  for key in ("root_option", "library_option"))
        root, beneath = locate(*chosen)
        # No project: the bundled library alone, as under an empty project here (it is
        # read, never written; output/ is made in the current folder).
        library = load_library(root, beneath)
        obj["root"], obj["library"] = library.root, library
    return obj["library"]


def _topic(ctx: click.Context, param: click.Parameter, value):
    """Validate a topic id, or each of a repeated option's ids (no path tricks)."""
    topics = _library(ctx).topics if _each(value) else {}
    for topic in _each(value):
        if topic not in topics:
            raise click.BadParameter(f"unknown topic {topic!r}; available: {', '.join(topics)}",
                                     ctx=ctx, param=param)
    return list(value) if isinstance(value, tuple) else value


def _lang(ctx: click.Context, param: click.Parameter, value):
    """Validate a language tag, or each of a repeated option's tags."""
    available = _library(ctx).langs if _each(value) else []
    for lang in _each(value):
        if lang not in available:
            raise click.BadParameter(f"unknown language {lang!r}; available: "
                                     f"{', '.join(available) or 'none (content/ is empty)'}",
                                     ctx=ctx, param=param)
    return list(value) if isinstance(value, tuple) else value


def _each(value) -> tuple:
    """The values given: a repeated option's tuple, or one value ("" included)."""
    return value if isinstance(value, tuple) else () if value is None else (value,)


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """Show every topic in every language, with its title and whether it is complete."""
    from ..handout import gather
    from ..render import refuse_unbalanced

    library = _library(ctx)
    rows = []
    for topic in library.topics:
        for lang in library.langs:
            try:
                handout = gather(library, topic, lang)
                refuse_unbalanced(handout)
            except HandoutError as exc:
                rows.append({"topic": topic, "lang": lang, "title": None, "ok": False,
                             "problems": [p.format(library.root) for p in exc.problems],
                             "next_review": None})
            else:
                rows.append({"topic": topic, "lang": lang, "title": handout.text.title,
                             "ok": True, "problems": [],
                             "next_review": handout.next_review.isoformat()})
    if as_json:
        from ..bundle import describe

        click.echo(json.dumps({"library": describe(library), "handouts": rows},
                              ensure_ascii=False, indent=2))
        return
    width = max((len(r["topic"]) for r in rows), default=5)
    for row in rows:
        status = row["title"] if row["ok"] else f"INCOMPLETE: {row['problems'][0]}"
        click.echo(f"{row['topic']:<{width}}  {row['lang']:<6} {status}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def doctor(ctx: click.Context, as_json: bool) -> None:
    """Report versions, the fonts found, which font-subsetting path this machine takes, and
    which library is read: the project, the bundled library beneath it (its version and
    review dates) and what the project overrides."""
    from ..doctor import diagnose

    obj = ctx.find_root().obj
    report = diagnose(obj["root_option"], obj.get("library_option"))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for key, value in report.items():
        if isinstance(value, list):
            click.echo(f"{key}:")
            for item in value:
                click.echo(f"  - {item}")
        else:
            click.echo(f"{key}: {value}")


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a service manager): stopped as Ctrl-C stops, cleaning up."""


def _terminate(signum, frame) -> None:
    raise Terminated


def main() -> None:
    """Run the CLI, then exit without tearing down the interpreter.

    Freeing every module's objects at exit costs tens of milliseconds per command; every
    file is already written and closed, and every PDF worker stopped, by then.
    """
    try:
        # Inside the try: a Ctrl-C that arrives as the handler is being set is ours too.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminate)
        cli(prog_name="handout", obj={})
        code = 0
    except KeyboardInterrupt:  # before the command began (HandoutGroup handles it after)
        click.echo("interrupted; nothing was written.", err=True)
        code = 130
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            click.echo(exc.code, err=True)
    logging.shutdown()
    try:
        sys.stdout.flush()
    except OSError as exc:  # e.g. `handout check > /dev/full`
        sys.stderr.write(f"error: cannot write the output: {exc.strerror or exc}\n")
        code = code or 1
    sys.stderr.flush()
    os._exit(code)


from . import build, check, desk, init, override, preview, render  # noqa: E402,F401  (registers the commands)
