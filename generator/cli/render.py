"""`handout render`: one handout of one topic or several, for a consultation or a preview."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from ..choices import FORMATS, PAPERS
from . import _lang, _library, _topic, cli, log


@cli.command(name="render")
@click.argument("topics", metavar="TOPIC...", nargs=-1, required=True)
@click.option("--lang", "-l", required=True,
              help="Language of the handout, e.g. zh-TW or en. Never guessed.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS),
              help="pdf or html. Default: from the -o suffix, else pdf.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write. '-' writes to standard output. "
                   "Default: output/<lang>/<topic>.<format> (several topics: "
                   "<topic>+<topic>...).")
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
def render_command(ctx: click.Context, topics: tuple[str, ...], lang: str, fmt: str | None,
                   output: str | None, paper: str | None, large_print: bool, patient: str,
                   clinician: str, clinic: str, consult_date: dt.datetime | None, note: str,
                   as_json: bool) -> None:
    """Render one handout as PDF or HTML, of one topic or several.

    Several topics make one handout, in the order given: one consult header, each
    topic's blocks, a block they share printed once, one source list.

    \b
    Examples:
      handout render what-are-exosomes --lang zh-TW
      handout render what-are-exosomes before-you-agree --lang zh-TW --patient "王小明"
      handout render what-are-exosomes --lang en --format html -o - > page.html
      handout render what-are-exosomes --lang zh-TW --large-print --paper Letter \\
          --patient "王小明" --clinician "李醫師" --note "下次回診時再討論。"

    The patient's details are printed in the document and written nowhere else:
    not in the file name, the logs or the PDF metadata.
    """
    fmt = _format(fmt, output)
    if output == "-" and fmt == "pdf" and sys.stdout.isatty():
        raise click.UsageError("refusing to write a PDF to the terminal; use -o FILE")
    engine = None
    if fmt == "pdf":  # the worker imports WeasyPrint while the content is read
        from ..engine import Engine

        engine = Engine()
    try:
        from ..handout import JOIN, Consult
        from ..output import check_inside, write_atomic
        from ..render import render

        params = {param.name: param for param in ctx.command.params}
        _topic(ctx, params["topics"], topics)
        if len(set(topics)) < len(topics):
            raise click.BadParameter("a topic is named twice", ctx=ctx,
                                     param=params["topics"])
        topic = JOIN.join(topics)
        _lang(ctx, params["lang"], lang)
        library = _library(ctx)
        consult = Consult(patient.strip(), clinician.strip(), clinic.strip(),
                          consult_date.date() if consult_date else None, note.strip())
        if consult and consult.date is None:
            consult = Consult(consult.patient, consult.clinician, consult.clinic,
                              dt.date.today(), consult.note)
        log.debug("rendering %s (%s) as %s", topic, lang, fmt)
        result = render(library, topics, lang, fmt, paper=paper, large_print=large_print,
                        consult=consult, engine=engine)
    finally:
        if engine:
            engine.close()
    project = library.project
    if output == "-":
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
        return
    if output:
        path = Path(output)
    else:  # never through a link out of the output folder
        path = project.output_dir / lang / f"{topic}.{fmt}"
        check_inside(project.output_dir, f"{lang}/{topic}.{fmt}")
    write_atomic(path, result.data, private=bool(consult))
    summary = {"path": str(path), "topic": topic, "topics": list(topics), "lang": lang,
               "format": fmt,
               "bytes": len(result.data), "version": result.handout.version}
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    elif not ctx.find_root().obj["quiet"]:
        click.echo(f"wrote {path} ({len(result.data) / 1024:.0f} KB, "
                   f"version {result.handout.version})", err=True)


def _format(fmt: str | None, output: str | None) -> str:
    if output and output.endswith(("/", os.sep)):
        raise click.UsageError(f"-o {output} names a folder; give a file name, e.g. "
                               f"-o {output.rstrip('/')}/handout.pdf")
    suffix = Path(output).suffix.lstrip(".").lower() if output and output != "-" else ""
    if fmt and suffix in FORMATS and suffix != fmt:
        raise click.UsageError(f"--format {fmt} does not match the output file {output}")
    chosen = fmt or (suffix if suffix in FORMATS else "pdf")
    if suffix and suffix not in FORMATS and not output.startswith("/dev/"):
        raise click.UsageError(f"-o {output}: the handout is {chosen.upper()}; end the file "
                               f"name in .{chosen}, not .{suffix}")
    return chosen
