"""Hostile inputs stay within bounded memory: run as real processes under a 500 MB cap.

The in-process catalogue (tests/test_input_errors.py) proves the located messages;
this runs the heaviest inputs as separate ``python -m fkcheck`` processes with a hard
address-space limit, so an input that made fkcheck allocate without bound would end
in a MemoryError ("interner Fehler") instead of the expected message. Time is not
asserted here: bench/hostile.py measures it for every catalogue input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_input_errors import CASES

from conftest import AS_OF

resource = pytest.importorskip("resource", reason="address-space limits need a POSIX system")

LIMIT = 500 * 1024 * 1024
HEAVY = {
    "billion-laughs": "Alias",
    "nested-brackets-20000": "Verschachtelung zu tief",
    "nested-braces-unclosed-in-value": "Verschachtelung zu tief",
    "file-over-the-size-limit": "zu groß",
}


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run_capped(path: str) -> tuple[int, dict]:
    args = [sys.executable, "-m", "fkcheck", "check", path, "--as-of", AS_OF, "--format", "json"]
    done = subprocess.run(args, capture_output=True, preexec_fn=_limit, timeout=120, check=False)
    assert b"Traceback" not in done.stderr and b"interner Fehler" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout)


@pytest.mark.parametrize("case_id", sorted(HEAVY))
def test_heavy_catalogue_inputs_under_500_mb(case_id: str, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.id == case_id)
    file = tmp_path / "allianz.yaml"
    assert case.data is not None
    file.write_bytes(case.data.encode() if isinstance(case.data, str) else case.data)
    code, report = run_capped(str(file))
    assert code == 2
    assert HEAVY[case_id] in report["files"][0]["findings"][0]["message"]


def test_a_five_megabyte_line_under_500_mb(tmp_path: Path) -> None:
    line = tmp_path / "zeile.yaml"
    line.write_text("version: 1\nx-lang: " + "a" * 5_000_000 + "\nunbekannt: 1\n", "utf-8")
    code, report = run_capped(str(line))
    assert code == 2  # refused at the value, before it is checked against any rule
    (too_long,) = report["files"][0]["findings"]
    assert too_long["code"] == "input.scalar_too_long"
    assert (too_long["line"], too_long["column"]) == (2, 9)
    assert "5000000 Zeichen" in too_long["message"]
