"""Evaluate a rule pack on a document at a reference date. Pure: no I/O, no printing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from fkcheck.checkbase import (
    MISSING,
    Context,
    Outcome,
    count_until,
    lookup,
    lookup_one,
    parse_path,
)
from fkcheck.document import Source
from fkcheck.errors import Problem
from fkcheck.results import FileResult, RuleResult, Waiver, WaiverNote
from fkcheck.rulepack import NOT_APPLICABLE, Rule, RulePack
from fkcheck.vocabulary import CHECKS

PRECONDITION_FAILED = "voraussetzung_fehlt"


def evaluate(
    pack: RulePack,
    source: Source,
    stichtag: dt.date,
    warn_before: int | None = None,
    *,
    waivers: bool = True,
) -> FileResult:
    ctx = Context(source.document, stichtag, pack.reference, warn_before)
    results = tuple(_evaluate_rule(rule, ctx, source) for rule in pack.rules)
    file = FileResult(
        source.name, source.sha256, source.document.allianz.name, results, document=source.document
    )
    if not waivers or not source.document.ausnahmen:
        return file
    found = read_waivers(source)
    problems = _unknown_rules(found, pack, source)
    if problems:
        return dataclasses.replace(file, results=(), problems=problems)
    return apply_waivers(file, found, stichtag, pack.disabled)


def _evaluate_rule(rule: Rule, ctx: Context, source: Source) -> RuleResult:
    outcome = (
        _precondition(rule, ctx) or _exemption(rule, ctx) or CHECKS[rule.check].fn(ctx, rule.params)
    )
    line, column = source.locator.nearest(outcome.path, prefer_key=outcome.at_key)
    facts = {"stichtag": ctx.stichtag, **outcome.facts}
    severity = outcome.severity or rule.severity
    return RuleResult(
        rule,
        outcome.passed,
        outcome.code,
        severity,
        facts,
        outcome.path,
        line,
        column,
        not_applicable=outcome.not_applicable,
        reminder=outcome.reminder,
        subject=_member_name(ctx, outcome.path),
    )


def _member_name(ctx: Context, path: tuple[str | int, ...]) -> str | None:
    """The member a finding points into, so that reports can name it for people."""
    if len(path) > 1 and path[0] == "mitglieder" and isinstance(path[1], int):
        members = ctx.document.mitglieder
        return members[path[1]].name if 0 <= path[1] < len(members) else None
    return None


def _exemption(rule: Rule, ctx: Context) -> Outcome | None:
    """The rule does not apply when all of its ``entfaellt`` conditions hold."""
    conditions = rule.not_applicable_when
    if not conditions or not all(_holds(c, ctx) for c in conditions):
        return None
    first = conditions[0]
    path = parse_path(first.get("feld") or first["liste"])
    facts = dict.fromkeys(CHECKS[rule.check].facts)
    return Outcome(True, NOT_APPLICABLE, facts, path, at_key=True, not_applicable=True)


def _holds(condition: Mapping[str, Any], ctx: Context) -> bool:
    if "feld" in condition:
        values = [v for _, v in lookup(ctx.document, condition["feld"]) if v is not MISSING]
        if "ist" in condition:
            return bool(values) and all(v in condition["ist"] for v in values)
        return all(v not in condition["ist_nicht"] for v in values)
    return count_until(ctx, condition) <= int(condition["hoechstens"])


def _precondition(rule: Rule, ctx: Context) -> Outcome | None:
    """A rule about a section that the file does not have fails with its own message."""
    if rule.precondition is None:
        return None
    path, value = lookup_one(ctx.document, rule.precondition)
    if value is not MISSING and value is not None:
        return None
    facts = dict.fromkeys(CHECKS[rule.check].facts)
    return Outcome(False, PRECONDITION_FAILED, facts, path, at_key=True)


# --- waivers (ausnahmen) --------------------------------------------------------------


def read_waivers(source: Source) -> tuple[Waiver, ...]:
    found = []
    for index, entry in enumerate(source.document.ausnahmen):
        path = ("ausnahmen", index)
        line, column = source.locator.nearest(path)
        found.append(
            Waiver(
                entry.regel,
                entry.begruendung,
                entry.bis,
                entry.genehmigt_durch,
                path,
                line,
                column,
            )
        )
    return tuple(found)


def _unknown_rules(
    waivers: tuple[Waiver, ...], pack: RulePack, source: Source
) -> tuple[Problem, ...]:
    known = [rule.id for rule in pack.rules]
    problems = []
    for waiver in waivers:
        if waiver.rule not in known and waiver.rule not in pack.disabled:
            path = (*waiver.path, "regel")
            line, column = source.locator.nearest(path)
            params = {
                "rule": waiver.rule,
                "pack": pack.id,
                "suggest": waiver.rule,
                "suggest_from": known,
            }
            problems.append(Problem("input.waiver_unknown_rule", params, line, column, path))
    return tuple(problems)


def apply_waivers(
    file: FileResult,
    waivers: tuple[Waiver, ...],
    stichtag: dt.date,
    disabled: Mapping[str, str] | None = None,
) -> FileResult:
    """Attach active waivers to the findings they accept; note expired and unneeded ones."""
    by_rule = {w.rule: w for w in waivers}
    results = []
    for result in file.results:
        waiver = by_rule.get(result.rule.id)
        if waiver is not None and not result.passed and waiver.active_on(stichtag):
            result = dataclasses.replace(result, waiver=waiver)
        results.append(result)
    passed = {r.rule.id for r in file.results if r.passed}
    notes = []
    for waiver in waivers:
        if disabled and waiver.rule in disabled:
            notes.append(WaiverNote("disabled", waiver, disabled[waiver.rule]))
        elif not waiver.active_on(stichtag):
            notes.append(WaiverNote("expired", waiver))
        elif waiver.rule in passed:
            notes.append(WaiverNote("unused", waiver))
    return dataclasses.replace(file, results=tuple(results), waiver_notes=tuple(notes))
