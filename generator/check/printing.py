"""Print: each handout laid out as a PDF and measured from the PDF (`check --report`).

Laying out every handout takes seconds, not the milliseconds of the other checks, so it
runs only when a report is asked for; the PDFs go nowhere.
"""

from __future__ import annotations

import os

from ..errors import HandoutError, Problem
from ..handout import gather
from ..library import Library
from ..measure import MAX_PAGES, measure_pdf
from .registry import Rule, case

LONG = "\n\n" + "Products can carry germs and cause serious infection. " * 40
RULES = (
    Rule("PRT001", "warning", "a handout runs past 4 pages (with --report)",
         "the project's limit for a handout a patient takes home, at UKAAF clear-print "
         "size (12 pt): 4 A4 pages", (),
         case(("content/en/risks.md", "(18%) were open about their products.",
               "(18%) were open about their products." + LONG * 12),
              at=("content/topics.yaml", "basics:"), args=("--report",)),
         case(("content/en/risks.md", "(18%) were open about their products.",
               "(18%) were open about their products." + LONG * 4), args=("--report",))),
)


def measure_handouts(library: Library, topic_ids: list[str], langs: list[str]
                     ) -> tuple[list[dict], list[Problem]]:
    """Per handout: pages, smallest text size, share of text under 12 pt; and a PRT001
    finding for each that runs past the limit. A handout that cannot be made is left to
    the findings that say why."""
    from ..engine import Engine
    from ..render import page, paper_links

    jobs = []
    for topic_id in topic_ids:
        for lang in langs:
            try:
                handout = gather(library, topic_id, lang)
                html = page(library, handout, "pdf", site=paper_links(library, handout))
            except HandoutError:
                continue
            jobs.append(((topic_id, lang), html, library.templates))
    rows, found = [], []
    if not jobs:
        return rows, found
    with Engine(min(os.cpu_count() or 1, len(jobs))) as engine:
        for (topic_id, lang), data, error in engine.map(jobs):
            if data is None:
                continue
            measured = measure_pdf(data)
            rows.append({"topic": topic_id, "lang": lang, **measured.as_dict()})
            if measured.pages > MAX_PAGES:
                topic = library.topics[topic_id]
                found.append(Problem(
                    f"handout {topic_id!r} ({lang}) runs to {measured.pages} pages; a "
                    f"handout should fit in {MAX_PAGES}", topic.path, topic.line,
                    rule="PRT001", hint="shorten its blocks; with base_url in handout.toml "
                                        "the printed source list is shorter"))
    rows.sort(key=lambda row: (topic_ids.index(row["topic"]), langs.index(row["lang"])))
    return rows, found
