"""exo-handouts: balanced, sourced patient handouts about exosome treatments."""

__version__ = "0.1.0"
