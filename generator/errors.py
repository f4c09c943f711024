"""The one error type the core raises: it names the file and line so a person can fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can.

    `rule` names the check (see generator/check/rules.py); `severity` is "error" or
    "warning"; `note` carries the written reason when a finding was silenced.
    """

    message: str
    path: Path | None = None
    line: int | None = None
    hint: str | None = None
    rule: str = ""
    severity: str = "error"
    note: str = ""

    def location(self, root: Path | None = None) -> str:
        if self.path is None:
            return ""
        shown = self.path
        if root is not None:  # the path as named, else as resolved (a link keeps its name)
            if self.path.is_relative_to(root):
                shown = self.path.relative_to(root)
            else:
                try:
                    shown = self.path.resolve().relative_to(root.resolve())
                except (ValueError, OSError, RuntimeError):  # outside; a loop of links
                    pass
        return f"{shown}:{self.line}" if self.line else str(shown)

    def format(self, root: Path | None = None) -> str:
        where = self.location(root)
        label = f"{self.severity} {self.rule}" if self.rule else self.severity
        text = f"{where}: {label}: {self.message}" if where else f"{label}: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class HandoutError(Exception):
    """Bad input: carries every problem found, so they can be fixed in one pass."""

    def __init__(self, problems: Problem | Iterable[Problem]):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))

    @classmethod
    def at(cls, message: str, path: Path | None = None, line: int | None = None,
           hint: str | None = None, rule: str = "") -> HandoutError:
        return cls(Problem(message, path, line, hint, rule))


class Problems:
    """Collects problems while validating; raises them together at the end."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, message: str, path: Path | None = None, line: int | None = None,
            hint: str | None = None, rule: str = "") -> None:
        self.items.append(Problem(message, path, line, hint, rule))

    def extend(self, error: HandoutError) -> None:
        self.items.extend(error.problems)

    def raise_if_any(self) -> None:
        if self.items:
            raise HandoutError(self.items)
