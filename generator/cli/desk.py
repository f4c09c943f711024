"""`handout desk`: the page clinicians print handouts from during a consultation."""

from __future__ import annotations

import ipaddress
import os
import socket

import click

from . import _library, cli, log

PASSPHRASE_ENV = "HANDOUT_DESK_PASSPHRASE"
MIN_PASSPHRASE = 12


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@cli.command(name="desk")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one and prints it).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any but this machine's own (127.0.0.1, ::1) needs "
                   f"a passphrase in the environment variable {PASSPHRASE_ENV}.")
@click.option("--workers", type=click.IntRange(1, 32),
              help="PDF workers: handouts laid out at once; more requests wait their turn. "
                   "Default: 2, or 1 on a one-core machine.")
@click.option("--allowed-host", "allowed", multiple=True, metavar="NAME",
              help="A name clients reach the desk by (its Host header), e.g. the reverse "
                   "proxy's desk.clinic.example; repeatable. Any but localhost needs the "
                   "passphrase.")
@click.option("--timeout", type=click.FloatRange(1, 600), default=60, show_default=True,
              help="Seconds a handout may take to lay out before its worker is stopped.")
@click.pass_context
def desk_command(ctx: click.Context, port: int, host: str, workers: int | None,
                 allowed: tuple[str, ...], timeout: float) -> None:
    """Serve the consult desk: pick topics, the handout's language and the patient's
    details on one page, and get the PDF to print (or the HTML to show).

    \b
    Example:
      handout desk            then open http://127.0.0.1:8000/
      HANDOUT_DESK_PASSPHRASE='a long phrase' handout desk --host 0.0.0.0 \\
          --allowed-host desk.clinic.example

    The patient's details go into the handout only: no log line, file or cache holds
    them. Listening beyond this machine needs a passphrase (asked once per browser and
    clinic day); put TLS in front with a reverse proxy. Ctrl-C stops it.
    """
    passphrase = os.environ.pop(PASSPHRASE_ENV, "") or None  # not passed on to children
    exposed = [name for name in (host, *allowed) if not _loopback(name)]
    if exposed and not passphrase:
        raise click.UsageError(
            f"{exposed[0]} lets other machines reach the desk: set a passphrase of "
            f"{MIN_PASSPHRASE} characters or more in the environment variable "
            f"{PASSPHRASE_ENV} first (never on the command line), or leave out "
            f"{'--host' if exposed[0] == host else '--allowed-host'} to serve this "
            "machine only")
    if passphrase and len(passphrase) < MIN_PASSPHRASE:
        raise click.UsageError(f"{PASSPHRASE_ENV} is {len(passphrase)} characters long; "
                               f"use {MIN_PASSPHRASE} or more")
    import uvicorn

    from ..desk.app import allowed_hosts, create_app
    from ..desk.pool import EnginePool

    library = _library(ctx)
    # The workers start before the socket is opened, so that they do not hold it.
    pool = EnginePool(workers or min(2, os.cpu_count() or 1), timeout=timeout)
    try:
        pool.warm()
        try:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host.strip("[]"), port))
            sock.listen(128)
        except OSError as exc:
            raise click.UsageError(f"cannot listen on {host} port {port}: "
                                   f"{exc.strerror or exc}; try --port 0") from None
        app = create_app(library, pool, hosts=allowed_hosts(host, allowed),
                         passphrase=passphrase)
        config = uvicorn.Config(app, access_log=False, log_config=None, log_level="warning",
                                server_header=False, proxy_headers=True,
                                forwarded_allow_ips="127.0.0.1", lifespan="off",
                                timeout_graceful_shutdown=5)
        shown = f"[{host.strip('[]')}]" if ":" in host else host
        click.echo(f"handout desk at http://{shown}:{sock.getsockname()[1]}/ with "
                   f"{pool.size} PDF worker(s){', passphrase required' if passphrase else ''}"
                   " (Ctrl-C to stop)", err=True)
        log.debug("desk answers to Host: %s", ", ".join(sorted(app.user_middleware[0].kwargs
                                                               ["hosts"])))
        try:
            uvicorn.Server(config).run(sockets=[sock])
        except KeyboardInterrupt:
            pass
        click.echo("stopped.", err=True)
    finally:
        pool.close()
