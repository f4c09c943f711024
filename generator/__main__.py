"""`python -m generator` and the `handout` command start here.

Ctrl-C while the command is still importing its libraries ends it at once, without a
traceback: nothing has been read or written yet. generator.cli.main takes over from there.
"""

# The C module under `signal`: importing `signal` itself builds its enums, a window of
# some milliseconds in which Ctrl-C still printed a traceback.
import _signal
import os


def main() -> None:
    _signal.signal(_signal.SIGINT, lambda *_: os._exit(130))
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
