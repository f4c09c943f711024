"""The `handout` command: parses arguments, calls the core, prints and writes. Nothing else."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .errors import HandoutError
from .handout import Consult, gather, languages
from .output import write_atomic
from .project import PAPERS, Project, find_root, load_project
from .render import FORMATS, render
from .topics import read_manifest

log = logging.getLogger("generator")


class HandoutGroup(click.Group):
    """Turns our errors into 'file:line: message' and exit 1, and never shows a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except HandoutError as exc:
            root = ctx.obj.get("root") if isinstance(ctx.obj, dict) else None
            for problem in exc.problems:
                click.echo(problem.format(root), err=True)
            count = len(exc.problems)
            if count > 1:
                click.echo(f"{count} problems; nothing was written.", err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # e.g. `handout check | head`: the reader has gone
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted; nothing was written.", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug of ours: say so plainly
            if ctx.obj and ctx.obj.get("verbose"):
                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                       "  please report it; run with -v to see the details", err=True)
            sys.exit(70)


@click.group(cls=HandoutGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), envvar="HANDOUT_ROOT",
              help="Project folder (holds content/ and templates/). Default: the current "
                   "folder or the nearest parent that is one. Env: HANDOUT_ROOT.")
@click.option("-v", "--verbose", is_flag=True, help="Show debug messages.")
@click.option("-q", "--quiet", is_flag=True, help="Show errors only.")
@click.version_option(__version__, prog_name="handout")
@click.pass_context
def cli(ctx: click.Context, root: Path | None, verbose: bool, quiet: bool) -> None:
    """Balanced, sourced patient handouts about exosome treatments.

    \b
    Print a handout for a patient:
      handout render what-are-exosomes --lang zh-TW --patient "王小明" --clinician "李醫師"
    See what there is:
      handout list
    Check this machine (fonts, PDF engine, speed path):
      handout doctor
    """
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s")
    ctx.ensure_object(dict).update(root_option=root, verbose=verbose, quiet=quiet)


def _project(ctx: click.Context) -> Project:
    obj = ctx.find_root().obj
    if "project" not in obj:
        root = find_root(explicit=str(obj["root_option"]) if obj["root_option"] else None)
        obj["root"] = root
        obj["project"] = load_project(root)
    return obj["project"]


def _topic(ctx: click.Context, param: click.Parameter, value: str) -> str:
    topics = read_manifest(_project(ctx).content_dir)
    if value not in topics:
        raise click.BadParameter(f"unknown topic {value!r}; available: {', '.join(topics)}")
    return value


def _lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    available = languages(_project(ctx))
    if value not in available:
        raise click.BadParameter(f"unknown language {value!r}; available: "
                                 f"{', '.join(available) or 'none (content/ is empty)'}")
    return value


@cli.command(name="render")
@click.argument("topic", callback=_topic)
@click.option("--lang", "-l", required=True, callback=_lang,
              help="Language of the handout, e.g. zh-TW or en. Never guessed.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS),
              help="pdf or html. Default: from the -o suffix, else pdf.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write. '-' writes to standard output. "
                   "Default: output/<lang>/<topic>.<format>.")
@click.option("--paper", type=click.Choice(PAPERS),
              help="Paper size. Default: handout.toml, else A4.")
@click.option("--large-print", is_flag=True, help="Set text at 18 pt for readers with low vision.")
@click.option("--patient", default="", help="Patient's name, printed on the handout only.")
@click.option("--clinician", default="", help="Clinician's name.")
@click.option("--clinic", default="", help="Clinic name for this consult (default: handout.toml).")
@click.option("--date", "consult_date", type=click.DateTime(["%Y-%m-%d"]),
              help="Consult date, YYYY-MM-DD. Default: today, when any consult detail is given.")
@click.option("--note", default="", help="A short note from the clinician (600 characters).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on standard output.")
@click.pass_context
def render_command(ctx: click.Context, topic: str, lang: str, fmt: str | None,
                   output: str | None, paper: str | None, large_print: bool, patient: str,
                   clinician: str, clinic: str, consult_date: dt.datetime | None, note: str,
                   as_json: bool) -> None:
    """Render one handout as PDF or HTML.

    \b
    Examples:
      handout render what-are-exosomes --lang zh-TW
      handout render what-are-exosomes --lang en --format html -o - > page.html
      handout render what-are-exosomes --lang zh-TW --large-print --paper Letter \\
          --patient "王小明" --clinician "李醫師" --note "下次回診時再討論。"

    The patient's details are printed in the document and written nowhere else:
    not in the file name, the logs or the PDF metadata.
    """
    project = _project(ctx)
    fmt = _format(fmt, output)
    if output == "-" and fmt == "pdf" and sys.stdout.isatty():
        raise click.UsageError("refusing to write a PDF to the terminal; use -o FILE")
    consult = Consult(patient.strip(), clinician.strip(), clinic.strip(),
                      consult_date.date() if consult_date else None, note.strip())
    if consult and consult.date is None:
        consult = Consult(consult.patient, consult.clinician, consult.clinic,
                          dt.date.today(), consult.note)
    result = render(project, topic, lang, fmt, paper=paper, large_print=large_print,
                    consult=consult, engine=ctx.find_root().obj.get("engine"))
    if output == "-":
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
        return
    path = Path(output) if output else project.output_dir / lang / f"{topic}.{fmt}"
    write_atomic(path, result.data)
    summary = {"path": str(path), "topic": topic, "lang": lang, "format": fmt,
               "bytes": len(result.data), "version": result.handout.version}
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    elif not ctx.find_root().obj["quiet"]:
        click.echo(f"wrote {path} ({len(result.data) / 1024:.0f} KB, "
                   f"version {result.handout.version})", err=True)


def _format(fmt: str | None, output: str | None) -> str:
    suffix = Path(output).suffix.lstrip(".").lower() if output and output != "-" else ""
    if fmt and suffix in FORMATS and suffix != fmt:
        raise click.UsageError(f"--format {fmt} does not match the output file {output}")
    return fmt or (suffix if suffix in FORMATS else "pdf")


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """Show every topic in every language, with its title and whether it is complete."""
    project = _project(ctx)
    rows = []
    for topic in read_manifest(project.content_dir):
        for lang in languages(project):
            try:
                handout = gather(project, topic, lang)
            except HandoutError as exc:
                rows.append({"topic": topic, "lang": lang, "title": None, "ok": False,
                             "problems": [p.format(project.root) for p in exc.problems]})
            else:
                rows.append({"topic": topic, "lang": lang, "title": handout.text.title,
                             "ok": True, "problems": [],
                             "next_review": handout.next_review.isoformat()})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r["topic"]) for r in rows), default=5)
    for row in rows:
        status = row["title"] if row["ok"] else f"INCOMPLETE: {row['problems'][0]}"
        click.echo(f"{row['topic']:<{width}}  {row['lang']:<6} {status}")


@cli.command(name="check")
@click.argument("topics", nargs=-1)
@click.option("--lang", "-l", "langs", multiple=True, callback=lambda c, p, v: [
    _lang(c, p, lang) for lang in v], help="Only this language (repeatable).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (for CI).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json for scripts.")
@click.option("--report", is_flag=True, help="Also print a readability table per handout.")
@click.option("--fix-hashes", is_flag=True,
              help="Record in each translation that it matches the current source block.")
@click.option("--rules", "show_rules", is_flag=True, help="List every rule as Markdown.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), hidden=True)
@click.pass_context
def check_command(ctx: click.Context, topics: tuple[str, ...], langs: list[str], strict: bool,
                  fmt: str, report: bool, fix_hashes: bool, show_rules: bool,
                  today: dt.datetime | None) -> None:
    """Check content for balance, sources, translations and readability.

    \b
    Every finding has a file, a line, a severity, a rule id and a hint:
      content/zh-TW/risks.md:12: error HYP001: claims absolute safety: '無副作用'
    Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage.

    \b
    Examples:
      handout check                         # everything
      handout check what-are-exosomes --lang zh-TW --report
      handout check --strict --format json  # in CI
      handout check --fix-hashes            # after updating translations

    A finding can be kept only with a written reason, on the line above it:
      [//]: # (hype-ok: quotes an advert in order to correct it)
    The reason is shown with -v.
    """
    from .check.rules import RULES
    from .check.runner import fix_hashes as compute_fixes
    from .check.runner import run

    if show_rules:
        click.echo("| Rule | Severity | What it finds | Why (instrument) |\n|---|---|---|---|")
        for rule in RULES.values():
            click.echo(f"| {rule.id} | {rule.severity} | {rule.summary} | {rule.rationale} |")
        return
    project = _project(ctx)
    for topic in topics:
        _topic(ctx, None, topic)
    if fix_hashes:
        for path, text in compute_fixes(project, list(topics), langs).items():
            write_atomic(path, text.encode("utf-8"))
            click.echo(f"recorded the source version in {path.relative_to(project.root)}",
                       err=True)
    result = run(project, list(topics), langs, today.date() if today else None, strict)
    verbose = ctx.find_root().obj["verbose"]
    shown = [f for f in result.findings if f.severity != "silenced" or verbose]
    errors, warnings = result.count("error"), result.count("warning")
    silenced = result.count("silenced")
    if fmt == "json":
        click.echo(json.dumps({
            "findings": [_finding_json(f, project.root) for f in shown],
            "summary": {"errors": errors, "warnings": warnings, "silenced": silenced,
                        "strict": strict},
            "report": result.rows}, ensure_ascii=False, indent=2))
    else:
        for finding in shown:
            click.echo(finding.format(project.root) + (
                f"\n  kept because: {finding.note}" if finding.note else ""))
        if report:
            _print_report(result.rows)
        click.echo(f"{errors} errors, {warnings} warnings, {silenced} silenced"
                   + (" (-v shows them)" if silenced and not verbose else ""), err=True)
    if errors:
        sys.exit(1)


def _finding_json(finding, root: Path) -> dict:
    path = finding.path
    if path is not None:
        try:
            path = path.resolve().relative_to(root.resolve())
        except ValueError:
            pass
    return {"path": str(path) if path else None, "line": finding.line,
            "severity": finding.severity, "rule": finding.rule, "message": finding.message,
            "hint": finding.hint, "reason": finding.note or None}


def _print_report(rows: list[dict]) -> None:
    click.echo("\ntopic                              lang    size   readability")
    for row in rows:
        if "grade" in row:
            detail = f"{row['words']:>5} words  grade {row['grade']}"
        else:
            detail = (f"{row['characters']:>5} chars  sentence avg {row['average_sentence']}, "
                      f"max {row['longest_sentence']}; uncommon {row['uncommon_share']:.1%}; "
                      f"您 {row['you_per_1000']}/1000")
        click.echo(f"{row['topic']:<34} {row['lang']:<6} {detail}")


def _shard(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise click.BadParameter("write it as i/n, e.g. 1/4") from None
    if not 1 <= index <= count:
        raise click.BadParameter(f"i must be between 1 and n, not {value}")
    return index, count


@cli.command(name="build")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder. Default: output/site in the project.")
@click.option("--lang", "-l", "langs", multiple=True, callback=lambda c, p, v: [
    _lang(c, p, lang) for lang in v], help="Only this language (repeatable).")
@click.option("--topic", "-t", "topics", multiple=True, callback=lambda c, p, v: [
    _topic(c, p, topic) for topic in v], help="Only this topic (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="Parallel PDF workers. Default: the number of cores.")
@click.option("--clean", is_flag=True, help="Empty the output folder first.")
@click.option("--strict", is_flag=True, help="Stop if `handout check --strict` finds anything.")
@click.option("--shard", callback=_shard, metavar="i/n",
              help="Build a stable 1/n of the pages (CI matrices); indexes in every shard.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on standard output.")
@click.pass_context
def build_command(ctx: click.Context, out: Path | None, langs: list[str], topics: list[str],
                  jobs: int | None, clean: bool, strict: bool,
                  shard: tuple[int, int] | None, as_json: bool) -> None:
    """Build every topic in every language as a static website with PDFs.

    \b
    Examples:
      handout build                      # output/site: HTML, PDFs, indexes, sitemap
      handout build --lang zh-TW --jobs 2
      handout build --shard 2/4 --out site-part-2   # one of four CI machines

    Incremental: a page is rendered again only when one of its inputs changed
    (content, sources, templates, configuration, fonts, the tool's version).
    Safe to interrupt and to re-run; a failed page does not stop the others.
    """
    from .check.runner import run
    from .site.build import build

    project = _project(ctx)
    quiet = ctx.find_root().obj["quiet"]
    langs = langs or languages(project)
    topics = topics or list(read_manifest(project.content_dir))
    if strict:
        findings = [f for f in run(project, topics, langs, strict=True).findings
                    if f.severity == "error"]
        if findings:
            raise HandoutError(findings)
    out = out or project.output_dir / "site"
    progress = None if quiet or as_json else _progress_printer()
    result = build(project, out, langs=langs, topics=topics, jobs=jobs, clean=clean,
                   shard=shard, prune=not (ctx.params.get("langs") or ctx.params.get("topics")),
                   progress=progress)
    if progress:
        progress(None, None, "", "")
    summary = {"out": str(out), "written": sorted(result.written),
               "unchanged": len(result.unchanged), "removed": sorted(result.removed),
               "failed": sorted(result.failed), "seconds": round(result.seconds, 2),
               "pdf_seconds": round(result.pdf_seconds, 2)}
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    for path, problems in sorted(result.failed.items()):
        click.echo(f"FAILED {path}:", err=True)
        for problem in problems:
            click.echo("  " + problem.format(project.root).replace("\n", "\n  "), err=True)
    if not quiet and not as_json:
        click.echo(f"{out}: {len(result.written)} written, {len(result.unchanged)} unchanged, "
                   f"{len(result.removed)} removed, {len(result.failed)} failed "
                   f"in {result.seconds:.2f} s", err=True)
    if result.failed:
        sys.exit(1)


def _progress_printer():
    """A progress bar on a terminal; plain lines in logs and CI."""
    terminal = sys.stderr.isatty()

    def show(done, total, path, status):
        if done is None:
            if terminal:
                click.echo(err=True)
            return
        if terminal:
            width = 30
            filled = width * done // max(total, 1)
            click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {path:<40}",
                       nl=False, err=True)
        else:
            click.echo(f"[{done}/{total}] {status} {path}", err=True)

    return show


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def doctor(ctx: click.Context, as_json: bool) -> None:
    """Report versions, the fonts found and which font-subsetting path this machine takes."""
    from .doctor import diagnose

    report = diagnose(ctx.find_root().obj["root_option"])
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


def main(engine=None) -> None:
    """Run the CLI, then exit without tearing down the interpreter.

    Freeing WeasyPrint's and Pango's objects at exit costs about 0.1 s per command;
    every file is already written and closed by then, so skip it.
    """
    try:
        cli(prog_name="handout", obj={"engine": engine})
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            click.echo(exc.code, err=True)
    if engine:
        engine.close()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
