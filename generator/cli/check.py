"""`handout check`: the findings, as text for people or JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from . import _lang, _library, _topic, cli


@cli.command(name="check")
@click.argument("topics", nargs=-1, callback=_topic)
@click.option("--lang", "-l", "langs", multiple=True, callback=_lang,
              help="Only this language (repeatable).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (for CI).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json for scripts.")
@click.option("--report", is_flag=True,
              help="Also lay out each handout as a PDF and print a table per handout: "
                   "readability, pages, smallest text size, share of text under 12 pt. "
                   "Warns (PRT001) when a handout runs past 4 pages.")
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
    from ..check.rules import table
    from ..check.runner import fix_hashes as compute_fixes
    from ..check.runner import run
    from ..output import write_atomic

    if show_rules:
        click.echo(table())
        return
    library = _library(ctx)
    project = library.project
    if fix_hashes:
        for path, text in compute_fixes(library, list(topics), langs).items():
            write_atomic(path.resolve(), text.encode("utf-8"))  # a link stays a link
            click.echo(f"recorded the source version in {path.relative_to(project.root)}",
                       err=True)
        library = library.reload()  # check what was just written
    result = run(library, list(topics), langs, today.date() if today else None, strict,
                 printed=report)
    verbose = ctx.find_root().obj["verbose"]
    shown = [f for f in result.findings if f.severity != "silenced" or verbose]
    errors, warnings = result.count("error"), result.count("warning")
    silenced = result.count("silenced")
    from ..errors import Problems
    from ..overrides import overrides, read_records

    replaced = overrides(library.snapshot, read_records(library.snapshot, Problems()))
    if fmt == "json":
        click.echo(json.dumps({
            "findings": [_finding_json(f, project.root) for f in shown],
            "overrides": [o.as_dict() for o in replaced],
            "summary": {"errors": errors, "warnings": warnings, "silenced": silenced,
                        "strict": strict},
            "report": result.rows}, ensure_ascii=False, indent=2))
    else:
        for finding in shown:
            click.echo(finding.format(project.root) + (
                f"\n  kept because: {finding.note}" if finding.note else ""))
        if replaced:
            click.echo(f"\nthis project overrides {len(replaced)} bundled file(s):")
            for override in replaced:
                click.echo(f"  {override.path} ({override.state})")
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
        printed = (f"; {row['pages']} pages, smallest {row['smallest_pt']:g} pt, "
                   f"{row['share_under_12pt']:.0%} under 12 pt") if "pages" in row else ""
        if "grade" in row:
            detail = f"{row['words']:>5} words  grade {row['grade']}"
        else:
            detail = (f"{row['characters']:>5} chars  sentence avg {row['average_sentence']}, "
                      f"max {row['longest_sentence']}; uncommon {row['uncommon_share']:.1%}; "
                      f"您 {row['you_per_1000']}/1000")
        click.echo(f"{row['topic']:<34} {row['lang']:<6} {detail}{printed}")
