"""Provenance: review dates that have not passed, and who reviews, updates and pays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..blocks import Block
from ..errors import Problem
from ..project import CONFIG_NAME, Project

CONFIG_RULES = {"reviewer": "PRV002", "update_policy": "PRV003", "funding": "PRV004"}


def check_block(block: Block, today: dt.date) -> Iterator[Problem]:
    if block.next_review < today:
        yield Problem(f"next review was due on {block.next_review.isoformat()}", block.path,
                      rule="PRV001", hint="review the block against its sources, then "
                                          "update 'reviewed' and 'next_review'")


def check_config(project: Project) -> Iterator[Problem]:
    for key, rule in CONFIG_RULES.items():
        if not getattr(project.config, key):
            yield Problem(f"{CONFIG_NAME} does not set {key!r}", project.root / CONFIG_NAME,
                          rule=rule, hint=f"add {key} = \"...\"; it is printed on every handout")
