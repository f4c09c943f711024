"""`handout preview`: a live page for translators and reviewers while they edit."""

from __future__ import annotations

import click

from . import _lang, _library, _topic, cli


@cli.command(name="preview")
@click.argument("topic", callback=_topic)
@click.option("--lang", "-l", required=True, callback=_lang, help="Language to preview.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.pass_context
def preview_command(ctx: click.Context, topic: str, lang: str, port: int) -> None:
    """Preview a handout in your browser; it reloads whenever a file changes.

    \b
    Example:
      handout preview what-are-exosomes --lang zh-TW
      then open http://127.0.0.1:8000/ and edit content/zh-TW/*.md

    Above the page: every finding `handout check` has for this topic and language,
    by file and line. Only this machine can connect (127.0.0.1). Ctrl-C stops it.
    """
    from ..preview import serve

    try:
        server = serve(_library(ctx), topic, lang, port)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on port {port}: {exc.strerror}; "
                               "try --port 0") from None
    click.echo(f"previewing {topic} ({lang}) at http://127.0.0.1:{server.server_address[1]}/"
               " (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped.", err=True)
    finally:
        server.server_close()
