"""Evaluate a rule pack on a document at a reference date. Pure: no I/O, no printing."""

from __future__ import annotations

import datetime as dt

from fkcheck.checks import CHECKS, MISSING, Context, Outcome, lookup_one
from fkcheck.document import Source
from fkcheck.results import FileResult, RuleResult
from fkcheck.rulepack import Rule, RulePack

PRECONDITION_FAILED = "voraussetzung_fehlt"


def evaluate(
    pack: RulePack, source: Source, stichtag: dt.date, warn_before: int | None = None
) -> FileResult:
    ctx = Context(source.document, stichtag, pack.reference, warn_before)
    results = tuple(_evaluate_rule(rule, ctx, source) for rule in pack.rules)
    return FileResult(source.name, source.sha256, source.document.allianz.name, results)


def _evaluate_rule(rule: Rule, ctx: Context, source: Source) -> RuleResult:
    outcome = _precondition(rule, ctx) or CHECKS[rule.check].fn(ctx, rule.params)
    line, column = source.locator.nearest(outcome.path, prefer_key=outcome.at_key)
    facts = {"stichtag": ctx.stichtag, **outcome.facts}
    severity = outcome.severity or rule.severity
    return RuleResult(
        rule, outcome.passed, outcome.code, severity, facts, outcome.path, line, column
    )


def _precondition(rule: Rule, ctx: Context) -> Outcome | None:
    """A rule about a section that the file does not have fails with its own message."""
    if rule.precondition is None:
        return None
    path, value = lookup_one(ctx.document, rule.precondition)
    if value is not MISSING and value is not None:
        return None
    facts = dict.fromkeys(CHECKS[rule.check].facts)
    return Outcome(False, PRECONDITION_FAILED, facts, path, at_key=True)
