"""The values a command line may choose from, importable without loading anything else
(the CLI parses its arguments before it starts a PDF worker)."""

FORMATS = ("pdf", "html")
PAPERS = ("A4", "Letter")
