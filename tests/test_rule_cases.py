"""Data-driven rule cases: every rule of SPEC §2, passing and failing, with boundary dates.

Each ``tests/cases/<RULE-ID>.yaml`` lists cases for one rule. A case edits a deep
copy of ``tests/cases/base.yaml`` (a compliant alliance), the result is serialised
to YAML text and run through the real pipeline (``document.load`` →
``engine.evaluate`` with the built-in rule pack), and the verdict of the case's
rule is compared with the expectation. Case file format::

    regel: FRL-4.2
    faelle:
      - name: last passing day of the two-year period
        stichtag: 2027-10-07          # optional, default 2026-11-23
        setze: {dotted.path: value}   # optional: set values (list indexes allowed)
        entferne: [dotted.path]       # optional: delete keys / list items, in this order
        hinzu: {dotted.path: [items]} # optional: append items to lists
        warn_before: 0                # optional: the --warn-before option
        erwartet: pass | error | warning | info
        ergebnis: ueberfaellig        # optional: expected outcome code
        xfail: "reason"               # optional: a known implementation bug (strict xfail)

Edits are applied in the order setze, entferne, hinzu.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import rule_result, verdict
from fkcheck import document, engine, rulepack
from fkcheck.errors import InputError
from fkcheck.results import FileResult

CASES_DIR = Path(__file__).parent / "cases"
BASE_FILE = CASES_DIR / "base.yaml"
DEFAULT_STICHTAG = dt.date(2026, 11, 23)
VERDICTS = ("pass", "error", "warning", "info")
CASE_KEYS = frozenset(
    {
        "name",
        "stichtag",
        "setze",
        "entferne",
        "hinzu",
        "warn_before",
        "erwartet",
        "ergebnis",
        "xfail",
    }
)


@dataclass(frozen=True)
class Case:
    rule_id: str
    file: str
    name: str
    stichtag: dt.date
    setze: dict[str, Any]
    entferne: list[str]
    hinzu: dict[str, list[Any]]
    warn_before: int | None
    erwartet: str
    ergebnis: str | None
    xfail: str | None

    @property
    def id(self) -> str:
        return f"{self.rule_id}: {self.name}"


# --- loading the case files ---------------------------------------------------------


def _read_yaml(path: Path) -> Any:
    # ruamel's safe loader (independent of fkcheck's own loader) turns YYYY-MM-DD into dates.
    return YAML(typ="safe", pure=True).load(path.read_text("utf-8"))


def case_files() -> list[Path]:
    return sorted(p for p in CASES_DIR.glob("*.yaml") if p.name != BASE_FILE.name)


def _parse_case(rule_id: str, file: str, raw: dict[str, Any]) -> Case:
    """Validate one case strictly, so that a typo cannot make a case vacuous."""
    unknown = set(raw) - CASE_KEYS
    assert not unknown, f"{file}: unknown keys {sorted(unknown)} in case {raw.get('name')!r}"
    assert isinstance(raw.get("name"), str) and raw["name"], f"{file}: a case needs a name"
    assert raw.get("erwartet") in VERDICTS, (
        f"{file}: {raw['name']}: erwartet must be one of {VERDICTS}"
    )
    stichtag = raw.get("stichtag", DEFAULT_STICHTAG)
    assert isinstance(stichtag, dt.date), f"{file}: {raw['name']}: stichtag must be a date"
    hinzu = raw.get("hinzu") or {}
    assert all(isinstance(v, list) for v in hinzu.values()), f"{file}: hinzu values must be lists"
    return Case(
        rule_id=rule_id,
        file=file,
        name=raw["name"],
        stichtag=stichtag,
        setze=dict(raw.get("setze") or {}),
        entferne=list(raw.get("entferne") or []),
        hinzu=dict(hinzu),
        warn_before=raw.get("warn_before"),
        erwartet=raw["erwartet"],
        ergebnis=raw.get("ergebnis"),
        xfail=raw.get("xfail"),
    )


@cache
def all_cases() -> tuple[Case, ...]:
    cases: list[Case] = []
    for path in case_files():
        data = _read_yaml(path)
        assert isinstance(data, dict) and set(data) == {"regel", "faelle"}, (
            f"{path.name}: bad layout"
        )
        assert data["regel"] == path.stem, (
            f"{path.name}: regel {data['regel']!r} does not match the file name"
        )
        cases += [_parse_case(data["regel"], path.name, raw) for raw in data["faelle"]]
    return tuple(cases)


@cache
def base_document() -> dict[str, Any]:
    data = _read_yaml(BASE_FILE)
    assert isinstance(data, dict)
    return data


@cache
def pack() -> rulepack.RulePack:
    return rulepack.load()


# --- editing the document by dotted path ----------------------------------------------


def _parts(dotted: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in dotted.split(".")]


def _parent(doc: Any, dotted: str, *, create: bool) -> tuple[Any, str | int]:
    """The container holding the last segment of ``dotted``, and that segment."""
    parts = _parts(dotted)
    node = doc
    for part in parts[:-1]:
        if isinstance(part, int):
            assert isinstance(node, list) and part < len(node), f"{dotted}: no list item {part}"
            node = node[part]
        else:
            assert isinstance(node, dict), f"{dotted}: {part!r} is not inside a mapping"
            if part not in node and create:
                node[part] = {}
            assert part in node, f"{dotted}: no key {part!r}"
            node = node[part]
    return node, parts[-1]


def set_path(doc: Any, dotted: str, value: Any) -> None:
    node, last = _parent(doc, dotted, create=True)
    if isinstance(last, int):
        assert isinstance(node, list) and last < len(node), f"{dotted}: no list item {last}"
    node[last] = copy.deepcopy(value)


def delete_path(doc: Any, dotted: str) -> None:
    node, last = _parent(doc, dotted, create=False)
    if isinstance(last, int):
        assert isinstance(node, list) and last < len(node), f"{dotted}: no list item {last}"
    else:
        assert isinstance(node, dict) and last in node, f"{dotted}: nothing to delete"
    del node[last]


def append_path(doc: Any, dotted: str, items: list[Any]) -> None:
    node, last = _parent(doc, dotted, create=True)
    if isinstance(node, dict) and last not in node:
        node[last] = []
    target = node[last]
    assert isinstance(target, list), f"{dotted}: not a list"
    target.extend(copy.deepcopy(items))


def build_document(case: Case) -> dict[str, Any]:
    doc = copy.deepcopy(base_document())
    for dotted, value in case.setze.items():
        set_path(doc, dotted, value)
    for dotted in case.entferne:
        delete_path(doc, dotted)
    for dotted, items in case.hinzu.items():
        append_path(doc, dotted, items)
    return doc


# --- running the pipeline -----------------------------------------------------------------


def to_yaml_bytes(doc: dict[str, Any]) -> bytes:
    """JSON is valid YAML; dates become "YYYY-MM-DD" strings, which the format accepts."""
    return json.dumps(doc, default=str, ensure_ascii=False, indent=2).encode("utf-8")


def run(doc: dict[str, Any], stichtag: dt.date = DEFAULT_STICHTAG, warn_before: int | None = None,
        rule_pack: rulepack.RulePack | None = None, name: str = "case.yaml") -> FileResult:  # fmt: skip
    raw = to_yaml_bytes(doc)
    try:
        source = document.load(name, raw)
    except InputError as exc:  # a case that is not even a valid file is a broken case
        pytest.fail(f"{name}: the case document is not a valid alliance file: {exc.problems!r}")
    return engine.evaluate(rule_pack or pack(), source, stichtag, warn_before)


# --- the tests --------------------------------------------------------------------------------


def _params() -> list[Any]:
    params = []
    for case in all_cases():
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_rule_case(case: Case) -> None:
    result = run(
        build_document(case), case.stichtag, case.warn_before, name=f"{case.file}#{case.name}"
    )
    got = rule_result(result, case.rule_id)
    detail = (f"{case.id} at {case.stichtag}: passed={got.passed} severity={got.severity} "
              f"outcome={got.outcome} facts={dict(got.facts)}")  # fmt: skip
    assert verdict(got) == case.erwartet, detail
    if case.ergebnis is not None:
        assert got.outcome == case.ergebnis, detail


def test_base_document_passes_every_rule() -> None:
    result = run(base_document(), DEFAULT_STICHTAG, name=BASE_FILE.name)
    assert len(result.results) == len(pack().rules) == 18
    failed = {r.rule.id: (r.severity, r.outcome) for r in result.results if not r.passed}
    assert failed == {}


def test_every_rule_has_passing_and_failing_cases() -> None:
    pack_ids = {rule.id for rule in pack().rules}
    by_rule: dict[str, set[str]] = {}
    for case in all_cases():
        by_rule.setdefault(case.rule_id, set()).add("pass" if case.erwartet == "pass" else "fail")
    assert set(by_rule) <= pack_ids, (
        f"case files for unknown rules: {sorted(set(by_rule) - pack_ids)}"
    )
    missing_files = sorted(pack_ids - {p.stem for p in case_files()})
    assert not missing_files, f"rules without a case file: {missing_files}"
    incomplete = {rid: sorted({"pass", "fail"} - kinds) for rid, kinds in by_rule.items()
                  if kinds != {"pass", "fail"}}  # fmt: skip
    assert not incomplete, f"rules lacking passing or failing cases: {incomplete}"


def test_failing_cases_expect_the_rules_own_severity_or_the_warning() -> None:
    """A failing case expects the rule's severity (or a warning from the FRL-4.2 window)."""
    severities = {rule.id: rule.severity for rule in pack().rules}
    for case in all_cases():
        if case.erwartet != "pass":
            allowed = {severities[case.rule_id]}
            if case.ergebnis == "bald_faellig":
                allowed = {"warning"}
            assert case.erwartet in allowed, case.id


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in all_cases()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
