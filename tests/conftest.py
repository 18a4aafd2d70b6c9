"""Shared test helpers: run the CLI in-process and assert it never crashes."""

from __future__ import annotations

import compileall
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import typer.testing
from typer.testing import CliRunner

import fkcheck
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


def invoke(args: list[str], stdin: bytes | str | None = None) -> CliResult:
    """Run ``fkcheck ARGS`` in-process; fail the test on any uncaught exception."""
    runner = CliRunner()
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
