"""Plain, immutable result objects that join the engine to the reporters.

The exit status is decided here, in one place, from the results and the
``--fail-on`` threshold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from fkcheck.errors import DocPath, Problem
from fkcheck.model import Dokument
from fkcheck.rulepack import Rule, RulePack

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


@dataclass(frozen=True)
class Waiver:
    """An ``ausnahmen`` entry of the alliance file, with where it is written."""

    rule: str
    reason: str
    until: dt.date
    approved_by: str | None
    path: DocPath
    line: int
    column: int

    def active_on(self, day: dt.date) -> bool:
        """A waiver holds up to and including its ``bis`` day."""
        return day <= self.until


@dataclass(frozen=True)
class WaiverNote:
    """A waiver that needs attention: ``expired`` (stopped working), ``unused`` (the rule
    passes) or ``disabled`` (the rule pack switched the rule off; ``reason`` says why)."""

    kind: Literal["expired", "unused", "disabled"]
    waiver: Waiver
    reason: str = ""

    @property
    def severity(self) -> str:
        return "warning" if self.kind == "expired" else "info"


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
    waiver: Waiver | None = None  # an active waiver that accepts this finding
    not_applicable: bool = False  # passed because the rule does not apply ("entfällt")
    reminder: bool = False  # a met requirement whose deadline is near (a finding, not a gap)
    subject: str | None = None  # the name of the member that ``path`` points into, if any

    @property
    def waived(self) -> bool:
        return not self.passed and self.waiver is not None

    @property
    def status(self) -> Literal["met", "not_met", "not_applicable", "reminder"]:
        """The outcome as an officer reads it; waivers do not change it."""
        if self.not_applicable:
            return "not_applicable"
        if self.passed:
            return "met"
        return "reminder" if self.reminder else "not_met"

    @property
    def unmet(self) -> bool:
        """A requirement that is not met in law (a reminder is met)."""
        return self.status == "not_met"


@dataclass(frozen=True)
class FileResult:
    """One input: either checked (``results``) or invalid (``problems``)."""

    name: str
    sha256: str | None = None
    title: str | None = None
    results: tuple[RuleResult, ...] = ()
    problems: tuple[Problem, ...] = ()
    waiver_notes: tuple[WaiverNote, ...] = ()
    # The checked document, for reports that show more than findings (the HTML report's
    # member list and timeline); None for an invalid file.
    document: Dokument | None = field(default=None, compare=False, repr=False)
    # Report text already rendered for this file, by a key of the reporter's choosing (a
    # split run renders each file's text report where it was checked; fkcheck.parallel).
    rendered: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def invalid(self) -> bool:
        return bool(self.problems)

    @property
    def findings(self) -> tuple[RuleResult, ...]:
        """Every rule that did not pass, waived or not."""
        return tuple(r for r in self.results if not r.passed)

    @property
    def waived(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if r.waived)

    def blocking(self, fail_on: str) -> tuple[RuleResult | WaiverNote, ...]:
        """What fails the run: unwaived findings and waiver notes at or above ``fail_on``."""
        limit = SEVERITY_RANK[fail_on]
        candidates: list[RuleResult | WaiverNote] = [r for r in self.findings if not r.waived]
        candidates += self.waiver_notes
        return tuple(item for item in candidates if SEVERITY_RANK[item.severity] >= limit)

    def status(self, fail_on: str) -> Literal["ok", "gaps", "invalid"]:
        if self.invalid:
            return "invalid"
        return "gaps" if self.blocking(fail_on) else "ok"

    def next_due(self) -> dt.date | None:
        """The next Fortschreibung of the plan (the due date of a deadline rule), or None when
        the file is invalid or has no plan."""
        due = [r.facts.get("faellig_am") for r in self.results if r.rule.check == "aktualitaet"]
        dates = [d for d in due if isinstance(d, dt.date)]
        return min(dates) if dates else None

    def eligible(self) -> bool:
        """The legal verdict: no Muss-Vorgabe is unmet.

        Decided by each rule's legal force, not its severity: a pack may make a Muss rule
        a warning for its pipeline, and a Soll rule an error, without changing the law.
        Independent of ``--fail-on`` and of waivers: a waiver lets a pipeline pass, it
        does not make an unmet prerequisite met.
        """
        return not self.invalid and not any(
            r.unmet and r.rule.force == "muss" for r in self.results
        )


@dataclass(frozen=True)
class Run:
    """Everything one ``fkcheck check`` found, ready for any reporter."""

    files: tuple[FileResult, ...]
    pack: RulePack
    stichtag: dt.date
    fail_on: str = "error"
    warn_before: int | None = None
    waivers: bool = True  # False with --no-waivers (audits)
    verbose: bool = False  # the text report shows every requirement in full (--verbose)

    def exit_code(self) -> int:
        if any(f.invalid for f in self.files):
            return EXIT_INVALID
        if any(f.status(self.fail_on) == "gaps" for f in self.files):
            return EXIT_FINDINGS
        return EXIT_OK
