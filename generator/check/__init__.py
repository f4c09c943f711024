"""`handout check`: findings about the content, by file and line, with a rule id.

runner.py gathers the library and asks each family of rules (files, structure, balance,
hype, provenance, translations, readability); rules.py lists every rule and why it exists.
Kept empty so that `render` can import balance.py without loading every check.
"""
