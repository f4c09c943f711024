"""`handout check`: findings about the content, by file and line, with a rule id.

runner.py asks each registered check (rules.py gathers them from files, structure,
balance, hype, provenance, translations and readability) over the loaded library.
Kept empty so that `render` can import balance.py without loading every check.
"""
