"""Rules the library loader reports while it reads the files (generator/library.py and the
readers it calls): a file that cannot be read, parsed or matched up is a finding at its
file and line, never a crash and never a silently dropped value."""

from __future__ import annotations

from .registry import Rule, case

EN, ZH = "content/en/", "content/zh-TW/"
WHAT, ZH_WHAT = EN + "what.md", ZH + "what.md"
SOURCES = "content/sources.yaml"
BIG = " and more" * 120_000  # past 1 MB

RULES = (
    Rule("FIL001", "error", "file cannot be read: not UTF-8 (Big5 is named when it looks "
         "like Big5), not a regular file, or a link out of the project",
         "A mis-encoded file loses characters silently; only the project's own files are "
         "read", (),
         case((ZH_WHAT, "它們。", "它們\udcff。"), at=(ZH_WHAT, "您用肉眼")),
         case((ZH_WHAT, "它們。", "它們…。"))),
    Rule("FIL004", "error", "tab character in YAML front matter or data",
         "YAML forbids tabs for indentation; the parser error would be obscure", (),
         case((SOURCES, "  year: 2019", "\tyear: 2019"), at=(SOURCES, "year: 2019")),
         case((WHAT, "You cannot see", "You cannot\tsee"))),
    Rule("FIL005", "error", "file is empty", "An empty block prints an empty section", (),
         case((ZH + "help.md", "", ""), at=(ZH + "help.md", 1)),
         case((ZH + "help.md", "請問您的醫師或藥師。", ""))),
    Rule("FIL006", "error", "file is larger than 1 MB",
         "A block is a few paragraphs; a huge file is a mistake (PEMAT: short sections)", (),
         case((WHAT, "You cannot see them.", "You cannot see them." + BIG), at=(WHAT, 1)),
         case((WHAT, "kind: overview\n", "kind: overview\n#" + "x" * 900_000 + "\n"))),
    Rule("STR001", "error", "YAML or front matter cannot be parsed",
         "Nothing a reviewer wrote may be lost to a syntax error", (),
         case((WHAT, "title: What they are", "title: [What"), at=(WHAT, "title: [What")),
         case((WHAT, "title: What they are", 'title: "[What"'))),
    Rule("STR002", "error", "required front-matter field is missing",
         "DISCERN 4-5: sources and dates must be stated", (),
         case((WHAT, "reviewer: Test reviewer\n", ""), at=(WHAT, 1)),
         case((WHAT, "reviewer: Test reviewer", "reviewer: Another reviewer"))),
    Rule("STR003", "error", "field has the wrong type or an invalid value",
         "Dates and kinds drive review reminders and balance checks", (),
         case((WHAT, "reviewed: 2026-11-01", "reviewed: 2026-02-30"),
              at=(WHAT, "reviewed: 2026-02-30")),
         case((WHAT, "reviewed: 2026-11-01", "reviewed: 2026-02-28"))),
    Rule("STR004", "error", "unknown field or key",
         "A misspelt key would otherwise be dropped silently", (),
         case((WHAT, "kind: overview", "kind: overview\nauthor: me"), at=(WHAT, "author: me")),
         case((WHAT, "kind: overview", 'kind: overview\ntranslated_from: "x"'))),
    Rule("STR005", "error", "something a handout needs is missing in a language, or unknown "
         "(a block, the manifest, the bibliography, a configured text)",
         "A handout never mixes languages or skips a section", (),
         case(("content/topics.yaml", "help]", "help, extra]"),
              at=("content/topics.yaml", "blocks:")),
         case(("content/topics.yaml", "[what, studies,", "[studies, what,"))),
    Rule("STR006", "error", "a cited source is not in the bibliography",
         "DISCERN 4: every source must be identifiable", (),
         case((ZH + "law.md", "sources: [s2]", "sources: [s3]"),
              at=(ZH + "law.md", "sources: [s3]")),
         case((ZH + "law.md", "sources: [s2]", "sources: [s2, s1]"),
              (EN + "law.md", "sources: [s2]", "sources: [s2, s1]"))),
    Rule("STR008", "error", "duplicate id (topic, source, key or block in a topic)",
         "YAML keeps only the last duplicate: the first would be lost", (),
         case((SOURCES, "s2:\n", "s1:\n"), at=(SOURCES, 8)),
         case((SOURCES, "s2:\n", "s2b:\n"))),
    Rule("STR010", "error", "a topic has no title or purpose in a language",
         "PEMAT 1 / CDC 1: the purpose is stated at the top", (),
         case((ZH + "topics.yaml", "basics:", "other:"), at=(ZH + "topics.yaml", None)),
         case((ZH + "topics.yaml", "外泌體是什麼", "外泌體簡介"))),
    Rule("STR011", "error", "text the handouts cannot hold: images, # or ## headings, a "
         "link that is not http(s), mailto: or tel:, control or bidi-override characters",
         "Images need text alternatives and layout review; block titles are the headings; "
         "a script link or a hidden character would print something no reviewer read",
         (),
         case((EN + "help.md", "Ask your", "## Help\n\nAsk your"), at=(EN + "help.md", "## Help")),
         case((EN + "help.md", "Ask your", "### Help\n\nAsk your"))),
    Rule("STR013", "error", "a content language has no language profile",
         "Sentences, reading level and hype are measured per language; none is assumed",
         (),
         case(("content/fr/topics.yaml", "", 'basics:\n  title: "T"\n  purpose: "P"\n'),
              at=("content/fr", None)),
         case(("content/notes/topics.yaml", "", 'basics:\n  title: "T"\n'))),
)
