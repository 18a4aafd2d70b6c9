"""``fkcheck test PACK``: run a rule pack's own test cases, like ``conftest verify``.

The case format and loading are in :mod:`fkcheck.packcases`. A case passes when
every expected verdict (and outcome) matches; a case marked ``xfail`` passes
when it does not. Coverage lists the pack's own rules that no case exercises.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from fkcheck import document, engine
from fkcheck.errors import InputError, Problem, UsageError
from fkcheck.i18n import Lang, t
from fkcheck.packcases import Case, case_files, load_cases
from fkcheck.results import FileResult, RuleResult
from fkcheck.rulepack import RulePack

PASSING = frozenset({"pass", "entfaellt"})  # verdicts of a rule that does not fail


@dataclass(frozen=True)
class CaseResult:
    case: Case
    mismatches: tuple[str, ...]  # "FRL-4.2: erwartet error, erhalten pass (ok)"

    @property
    def ok(self) -> bool:
        """A case passes when it matches — or, marked xfail, when it does not."""
        return not self.mismatches if self.case.xfail is None else bool(self.mismatches)


# --- running ------------------------------------------------------------------------------


def run_case(case: Case, pack: RulePack) -> CaseResult:
    raw = json.dumps(case.document, default=str, ensure_ascii=False).encode("utf-8")
    try:
        source = document.load(case.id, raw)
    except InputError as exc:
        codes = ", ".join(p.code for p in exc.problems)
        return CaseResult(case, (f"input: {codes}",))
    result = engine.evaluate(pack, source, case.stichtag, case.warn_before)
    return CaseResult(case, tuple(_mismatches(case, result)))


def _mismatches(case: Case, result: FileResult) -> Iterator[str]:
    if result.invalid:
        yield "input: " + ", ".join(p.code for p in result.problems)
        return
    by_rule = {r.rule.id: r for r in result.results}
    for rule_id, expected in case.expected.items():
        got = by_rule.get(rule_id)
        if got is None:
            yield f"{rule_id}: ?"
            continue
        outcome = case.outcomes.get(rule_id)
        if verdict(got) != expected or (outcome is not None and got.outcome != outcome):
            want = expected + (f" ({outcome})" if outcome else "")
            yield f"{rule_id}: {want} ≠ {verdict(got)} ({got.outcome})"


def verdict(result: RuleResult) -> str:
    if result.not_applicable:
        return "entfaellt"
    if result.passed:
        return "pass"
    return "waived" if result.waived else result.severity


def coverage(cases: list[Case], pack: RulePack) -> dict[str, list[str]]:
    """Rules that no case exercises, and rules lacking a passing or a failing case.

    Only the pack's own rules count: inherited ones are covered by their base pack's cases.
    """
    kinds: dict[str, set[str]] = {r.id: set() for r in pack.rules if r.origin == pack.id}
    for case in cases:
        for rule_id, expected in case.expected.items():
            if rule_id in kinds or rule_id not in {r.id for r in pack.rules}:
                kinds.setdefault(rule_id, set()).add("pass" if expected in PASSING else "fail")
    return {
        "untested": [r for r, k in kinds.items() if not k],
        "no_pass": [r for r, k in kinds.items() if k and "pass" not in k],
        "no_fail": [r for r, k in kinds.items() if k and "fail" not in k],
        "unknown": [r for r in kinds if r not in {rule.id for rule in pack.rules}],
    }


# --- the command ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TestRun:
    results: tuple[CaseResult, ...]
    coverage: Mapping[str, list[str]]

    @property
    def exit_code(self) -> int:
        return 0 if all(r.ok for r in self.results) else 1


def default_cases(pack: str) -> str:
    """``rules/x.yaml`` → ``rules/x-faelle``: the case folder beside a pack file."""
    path = Path(pack)
    return str(path.with_name(f"{path.stem}-faelle"))


def run(pack: RulePack, paths: list[str]) -> TestRun:
    cases = [case for path in case_files(paths) for case in load_cases(path)]
    if not cases:
        raise UsageError([Problem("test.no_cases")], ", ".join(paths))
    results = tuple(run_case(case, pack) for case in cases)
    return TestRun(results, coverage(cases, pack))


def render(test_run: TestRun, lang: Lang) -> str:
    from fkcheck.report.escape import inert

    lines = []
    for result in test_run.results:
        case = result.case
        mark = "✔" if result.ok else "✘"
        line = f"{mark} {case.file}:{case.line}: {case.name}"
        if case.xfail is not None:
            line += f" [{t('test.xfail', lang, {'reason': case.xfail})}]"
        if result.mismatches and case.xfail is None:
            line += " — " + "; ".join(result.mismatches)
        if case.xfail is not None and not result.mismatches:
            line += " — " + t("test.xpass", lang)
        lines.append(inert(line))
    passed = sum(r.ok for r in test_run.results)
    counts = {"n": len(test_run.results), "ok": passed, "failed": len(test_run.results) - passed}
    lines += ["", t("test.summary", lang, counts)]
    for key, rules in test_run.coverage.items():
        if rules:
            lines.append(t(f"test.{key}", lang, {"rules": ", ".join(rules)}))
    return "\n".join(lines) + "\n"
