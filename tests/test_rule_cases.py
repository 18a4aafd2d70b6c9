"""Data-driven rule cases: every rule of SPEC §2, passing and failing, with boundary dates.

The cases live in ``tests/cases/<RULE-ID>.yaml`` (format: :mod:`fkcheck.packtest`)
and edit ``tests/cases/base.yaml``, a compliant alliance. Each case runs here as
its own pytest item through the same code as ``fkcheck test``; the command
itself is run on them in tests/test_packtest.py.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from fkcheck import packcases, packtest, rulepack

CASES_DIR = Path(__file__).parent / "cases"


@cache
def pack() -> rulepack.RulePack:
    return rulepack.load()


@cache
def all_cases() -> tuple[packcases.Case, ...]:
    files = packcases.case_files([str(CASES_DIR)])
    return tuple(case for path in files for case in packcases.load_cases(path))


def _params() -> list[Any]:
    params = []
    for case in all_cases():
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_rule_case(case: packcases.Case) -> None:
    result = packtest.run_case(case, pack())
    assert not result.mismatches, f"{case.id} at {case.stichtag}: {result.mismatches}"


def test_every_case_file_is_about_its_rule_and_names_it() -> None:
    for case in all_cases():
        assert list(case.expected) == [Path(case.file).stem], case.id


def test_every_rule_has_passing_and_failing_cases() -> None:
    gaps = packtest.coverage(list(all_cases()), pack())
    assert gaps == {"untested": [], "no_pass": [], "no_fail": [], "unknown": []}
    assert len(pack().rules) == 21


def test_failing_cases_expect_the_rules_own_severity_or_the_warning() -> None:
    """A failing case expects the rule's severity (or a warning from the FRL-4.2 window)."""
    severities = {rule.id: rule.severity for rule in pack().rules}
    for case in all_cases():
        for rule_id, expected in case.expected.items():
            if expected not in packtest.PASSING:
                allowed = {severities[rule_id]}
                if str(case.outcomes.get(rule_id)).startswith("bald_faellig"):
                    allowed = {"warning"}
                assert expected in allowed, case.id


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in all_cases()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_base_document_passes_every_rule() -> None:
    base = packcases.Case("base.yaml", "base", 1, packcases.DEFAULT_STICHTAG,
                         packcases.load_base(CASES_DIR / "base.yaml"), None,
                         {rule.id: "pass" for rule in pack().rules})  # fmt: skip
    assert packtest.run_case(base, pack()).mismatches == ()
