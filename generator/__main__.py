"""`python -m generator` is the `handout` command."""

from .cli import main

main()
