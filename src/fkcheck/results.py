"""Plain, immutable result objects that join the engine to the reporters.

The exit status is decided here, in one place, from the results and the
``--fail-on`` threshold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fkcheck.errors import DocPath, Problem
from fkcheck.rulepack import Rule, RulePack

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


@dataclass(frozen=True)
class RuleResult:
    """The verdict of one rule on one document, with the facts behind it."""

    rule: Rule
    passed: bool
    outcome: str
    severity: str  # effective severity: the rule's own, or the check's override
    facts: Mapping[str, Any]
    path: DocPath
    line: int
    column: int


@dataclass(frozen=True)
class FileResult:
    """One input: either checked (``results``) or invalid (``problems``)."""

    name: str
    sha256: str | None = None
    title: str | None = None
    results: tuple[RuleResult, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def invalid(self) -> bool:
        return bool(self.problems)

    @property
    def findings(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    def blocking(self, fail_on: str) -> tuple[RuleResult, ...]:
        limit = SEVERITY_RANK[fail_on]
        return tuple(r for r in self.findings if SEVERITY_RANK[r.severity] >= limit)

    def status(self, fail_on: str) -> Literal["ok", "gaps", "invalid"]:
        if self.invalid:
            return "invalid"
        return "gaps" if self.blocking(fail_on) else "ok"

    def eligible(self) -> bool:
        """The legal verdict: no Muss-Vorgabe (error) is unmet. Independent of --fail-on."""
        return not self.invalid and not any(r.severity == "error" for r in self.findings)


@dataclass(frozen=True)
class Run:
    """Everything one ``fkcheck check`` found, ready for any reporter."""

    files: tuple[FileResult, ...]
    pack: RulePack
    stichtag: dt.date
    fail_on: str = "error"
    warn_before: int | None = None

    def exit_code(self) -> int:
        if any(f.invalid for f in self.files):
            return EXIT_INVALID
        if any(f.status(self.fail_on) == "gaps" for f in self.files):
            return EXIT_FINDINGS
        return EXIT_OK
