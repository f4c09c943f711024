"""`handout init`: the files a new clinic project starts with, and when to refuse to make one.

Pure: `scaffold` returns bytes and `refuse_existing` only looks; the CLI writes.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from .errors import HandoutError
from .files import CONFIG_NAME

# What makes a folder a project already: init never writes over any of these.
PROJECT_MARKERS = (CONFIG_NAME, "content", "templates")

HANDOUT_TOML = """\
# handout.toml: this clinic's settings. Every key is optional: remove the "# " to use one.
# The handouts come from the reviewed library bundled with `handout`; a file under content/
# or templates/ at the same path as a bundled one replaces it. `handout override PATH` copies
# one in and records its fingerprint; `handout check` reports it when the original changes.
#
# A text is one string for every language, or a table with one text per language, as in
# funding below; give every language (en and zh-TW) so no handout prints another's text.

# clinic: the clinic's name, printed on every handout.
# clinic = { en = "Example Family Clinic", zh-TW = "範例家庭診所" }

# contact: the contact line printed under the clinic's name.
# contact = { en = "Tel. 02-1234-5678, 1 Example Road, Taipei", zh-TW = "電話 02-1234-5678，臺北市範例路1號" }

# logo: a PNG, JPEG or SVG file, its path relative to this file.
# logo = "logo.png"

# logo_alt: what the logo shows, read out by screen readers (default: the clinic's name).
# logo_alt = { en = "Example Family Clinic logo: a green leaf", zh-TW = "範例家庭診所標誌：一片綠葉" }

# paper: the default paper size, A4 or Letter (default: A4).
# paper = "A4"

# base_url: where `handout build`'s website is published; links and each PDF's QR code use it.
# base_url = "https://clinic.example/handouts/"

# reviewer: the medical reviewer of record, printed on every handout.
# reviewer = { en = "Dr. A. Example, family physician", zh-TW = "範例醫師，家庭醫學科" }

# update_policy: how and when the handouts are reviewed.
# update_policy = { en = "Reviewed every 6 months, and at once when a law or a study changes.", zh-TW = "每6個月審閱一次；法規或研究有變動時，立即更新。" }

# funding: who pays for the handouts, and any conflicts of interest.
# funding = { en = "Paid for by the clinic; no seller of exosome products pays for or reviews them.", zh-TW = "由本診所支付；沒有任何外泌體產品的販售者出資或審閱。" }
"""

CONTENT_README = """\
# content/: this clinic's own text

The handouts are made from the reviewed library bundled with `handout`. Put a file here
only to replace a bundled one or to add to the library; everything else stays bundled.

- **Replace** a bundled file by putting yours at the same path: `handout override
  content/zh-TW/questions-to-ask.md` copies the bundled one here to start from.
- **Add a block**: `content/<lang>/<block>.md`, YAML front matter (`kind`, `title`,
  `sources`, `reviewed`, `next_review`, `reviewer`), then Markdown. The file name is the
  block id. An evidence, regulation or safety block also needs its claim ledger,
  `content/ledger/<lang>/<block>.yaml`.
- **Add a topic**: its ordered block ids in `content/topics.yaml`
  (`my-topic: {blocks: [...]}`), and its `title` and `purpose` in
  `content/en/topics.yaml` and `content/zh-TW/topics.yaml`.
- **Add a source** in a file of your own, e.g. `content/sources/clinic.yaml`, written as
  the bundled `content/sources.yaml`.
- **Both languages**: every block and topic needs its en and zh-TW text. Changing one
  makes the other's translation stale: update it, then `handout check --fix-hashes`.

Run `handout check` after every change: it names the file and line of each problem.
"""

TEMPLATES_README = """\
# templates/: this clinic's own page layout

The handouts are laid out by the templates bundled with `handout`: `handout.html` (the
handout, Jinja), `index.html` and `root.html` (the website's lists), `base.css`,
`print.css` (paper) and `screen.css` (web), and the interface strings' translations in
`locale/zh_TW/LC_MESSAGES/messages.po`.

- **Replace** a bundled file by putting yours here at the same path, e.g.
  `templates/print.css`. `handout override templates/print.css` copies the bundled one
  here to start from; `handout check` tells you when the bundled original changes.
- **Both languages**: English interface strings are written in the templates, as
  `{{ _("Sources") }}`; each needs its zh-TW text in `locale/zh_TW/LC_MESSAGES/messages.po`
  (an untranslated or fuzzy one is an error). A new string means overriding that file too.
- Templates are code: only change them if you can review HTML and CSS. To change the
  clinic's name, contact line or logo, edit `handout.toml` instead.

Run `handout check` after every change, and look at the result with
`handout preview what-are-exosomes --lang zh-TW` before printing.
"""


def scaffold(directory: Path) -> dict[str, bytes]:
    """The files `handout init` makes in `directory`: relative path -> bytes."""
    del directory  # the same files for every clinic; the path is for the caller's check
    return {
        CONFIG_NAME: HANDOUT_TOML.encode("utf-8"),
        "content/README.md": CONTENT_README.encode("utf-8"),
        "templates/README.md": TEMPLATES_README.encode("utf-8"),
    }


def refuse_existing(directory: Path) -> None:
    """Raise if `directory` cannot become a new project: it, or a folder above it, is not
    a folder, or it already holds a project (handout.toml, content/ or templates/)."""
    for place in (directory, *directory.parents):
        if os.path.lexists(place):
            break
    else:
        return
    if not place.is_dir():  # a file, or a link to nothing
        what = "is a file, not a folder" if place.is_file() else "is not a folder"
        raise HandoutError.at(
            what if place == directory else f"{what}, so it cannot hold {directory}", place,
            hint="give the path of a new or empty folder, e.g. handout init my-clinic")
    if place != directory:
        return  # DIR is made fresh inside an existing folder
    found = [name + ("/" if (directory / name).is_dir() else "")
             for name in PROJECT_MARKERS if os.path.lexists(directory / name)]
    if found:
        raise HandoutError.at(
            f"already holds a handout project ({', '.join(found)}); nothing was written",
            directory,
            hint="init makes a new project and never replaces a file: choose a new or "
                 f"empty folder, or use this one: handout --root {shlex.quote(str(directory))} "
                 "check")
