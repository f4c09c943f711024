"""`handout build`: the website, with progress and a summary."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import HandoutError
from . import _lang, _library, _topic, cli


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
@click.option("--lang", "-l", "langs", multiple=True, callback=_lang,
              help="Only this language (repeatable).")
@click.option("--topic", "-t", "topics", multiple=True, callback=_topic,
              help="Only this topic (repeatable).")
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
    from ..check.runner import run
    from ..site.build import build

    library = _library(ctx)
    project = library.project
    quiet = ctx.find_root().obj["quiet"]
    whole_site = not (langs or topics)  # only then may pages of old builds be removed
    langs = langs or list(library.langs)
    topics = topics or list(library.topics)
    if strict:
        findings = [f for f in run(library, topics, langs, strict=True).findings
                    if f.severity == "error"]
        if findings:
            raise HandoutError(findings)
    out = out or project.output_dir / "site"
    ctx.find_root().obj["kept"] = ("each file written so far is whole and kept; build again "
                                   "to finish the rest.")
    progress = None if quiet or as_json else _progress_printer()
    result = build(library, out, langs=langs, topics=topics, jobs=jobs, clean=clean,
                   shard=shard, prune=whole_site, progress=progress)
    if progress:
        progress(None, None, "", "")
    summary = {"out": str(out), "written": sorted(result.written),
               "unchanged": len(result.unchanged), "removed": sorted(result.removed),
               "failed": sorted(result.failed), "kept": result.kept,
               "seconds": round(result.seconds, 2),
               "pdf_seconds": round(result.pdf_seconds, 2)}
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    for path, problems in sorted(result.failed.items()):
        kept = " (its last good version stays published)" if path in result.kept else ""
        click.echo(f"FAILED {path}{kept}:", err=True)
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
