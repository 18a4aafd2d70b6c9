"""Shared test helpers: run the CLI in-process and assert it never crashes."""

from __future__ import annotations

import compileall
import functools
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import typer.testing
from typer.testing import CliRunner

import fkcheck
from fkcheck import rulepack
from fkcheck.cli import app
from fkcheck.results import FileResult, RuleResult

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RULES = ROOT / "rules"
AS_OF = "2026-11-23"  # a fixed reference date keeps every test deterministic

# typer's CliRunner turns the app into a click command on every invoke: it reads every
# command's signature and type hints again (~25 ms, more than most checks take). The
# command it builds is the same each time and holds no state of a run, so build it once.
# (A real process builds it once too; tests/test_help.py builds its own.)
typer.testing._get_command = functools.cache(typer.testing._get_command)


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


_parse_pack = rulepack.parse
_shipped_packs: dict[tuple[bytes, str], rulepack.RulePack] = {}


def _parse_shipped_pack_once(raw: bytes, source: str, **options: Any) -> rulepack.RulePack:
    """``rulepack.parse``, remembering each shipped pack (its digest is in SHA256SUMS).

    Such a pack is not validated again and extends no other: the loaded pack is a function
    of its bytes alone, and it is immutable. Parsing it is most of an in-process
    ``fkcheck check`` of a small file (~13 ms); the CLI tests do that ~1,400 times.
    Any other pack, and every pack loaded outside :func:`invoke`, is parsed as usual
    (tests/test_rulepack.py loads the shipped packs that way).
    """
    trusted = options.get("trust", True)
    if not trusted or hashlib.sha256(raw).hexdigest() not in rulepack.validated_digests():
        return _parse_pack(raw, source, **options)
    pack = _shipped_packs.get((raw, source))
    if pack is None:
        pack = _parse_pack(raw, source, **options)
        if not pack.extends:
            _shipped_packs[raw, source] = pack
    return pack


def invoke(args: list[str], stdin: bytes | str | None = None) -> CliResult:
    """Run ``fkcheck ARGS`` in-process; fail the test on any uncaught exception."""
    runner = CliRunner()
    with mock.patch.object(rulepack, "parse", _parse_shipped_pack_once):
        result = runner.invoke(app, args, input=stdin, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"fkcheck crashed: {result.exception!r}") from result.exception
    assert "Traceback" not in result.stdout + result.stderr
    return CliResult(result.exit_code, result.stdout, result.stderr)


def pytest_configure(config: pytest.Config) -> None:
    """Keep bytecode, as an installed fkcheck and a default Python do.

    With PYTHONDONTWRITEBYTECODE set (some shells and sandboxes set it), every xdist
    worker would rewrite the asserts of all test modules again (~3 s of CPU each) and
    every ``python -m fkcheck`` the tests start would compile fkcheck's sources again
    (~0.1 s each). So the session writes bytecode like a default Python, and the first
    process compiles fkcheck before the workers and the subprocesses start; those read it.
    """
    sys.dont_write_bytecode = False
    if "PYTEST_XDIST_WORKER" not in os.environ:
        compileall.compile_dir(Path(fkcheck.__file__).parent, quiet=1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests (real pre-commit runs) first: started last, they would keep one xdist
    worker busy long after the others have nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """fkcheck changes its defaults in GitHub Actions; tests that want that set it themselves."""
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli():
    return invoke


def rule_result(result: FileResult, rule_id: str) -> RuleResult:
    """The one result of ``rule_id`` in a checked file."""
    found = [r for r in result.results if r.rule.id == rule_id]
    assert len(found) == 1, f"rule {rule_id} evaluated {len(found)} times"
    return found[0]


def verdict(result: RuleResult) -> str:
    """'pass', or the effective severity of a failed rule."""
    return "pass" if result.passed else result.severity
