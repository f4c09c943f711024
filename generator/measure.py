"""What a printed handout looks like to its reader, read back from the PDF itself: page
count, the smallest text, the share of text under the clear-print size.

Read from the PDF, not from our templates, so that a stylesheet a clinic overrides, a
WeasyPrint release or a font change is measured as printed. pypdf is imported only here,
only when a measure is asked for.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass

# UKAAF and RNIB clear print: 12 pt at least for body text; we allow nothing under 9 pt
# (sources, footer, captions). Large print (UKAAF): 18 pt at least, everything.
CLEAR_PRINT_PT = 12.0
SMALLEST_PT = 9.0
LARGE_PRINT_PT = 18.0
MAX_PAGES = 4  # a single-topic handout, on A4 or Letter


@dataclass(frozen=True)
class PrintMeasure:
    pages: int
    smallest_pt: float
    share_under_12pt: float  # of the printed characters, spaces not counted

    def as_dict(self) -> dict:
        return asdict(self)


def measure_pdf(data: bytes) -> PrintMeasure:
    from pypdf import PdfReader

    sizes: dict[float, int] = {}

    def seen(text: str, cm: list[float], tm: list[float], font, size: float) -> None:
        printed = sum(not c.isspace() for c in text)
        if printed:  # the size on the page: the font size through both matrices
            shown = round(abs(size * tm[0] * cm[0]), 1)
            sizes[shown] = sizes.get(shown, 0) + printed

    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        page.extract_text(visitor_text=seen)
    total = sum(sizes.values()) or 1
    under = sum(n for size, n in sizes.items() if size < CLEAR_PRINT_PT)
    return PrintMeasure(pages=len(reader.pages), smallest_pt=min(sizes, default=0.0),
                        share_under_12pt=round(under / total, 3))
