#!/usr/bin/env python3
"""Coverage-guided fuzz harness: alliance file -> load -> evaluate -> every report.

The whole input is the alliance file (so the seed corpus holds plain YAML files).
The reference date, the ``--warn-before`` window and ``--fail-on`` are derived
from the same bytes with ``atheris.FuzzedDataProvider``, which takes integers
from the *end* of the buffer.

Expected: ``fkcheck.errors.InputError`` (a located problem report). Any other
exception, or a broken report invariant, is a bug and crashes the fuzzer.

Usage (see fuzz/README.md):
    python fuzz/fuzz_document.py -dict=fuzz/yaml.dict -artifact_prefix=fuzz/crashes/ \
        fuzz/work/document fuzz/corpus/document
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["fkcheck", "ruamel"]):
    from fkcheck import document, engine, rulepack
    from fkcheck.errors import FkcheckError, InputError
    from fkcheck.report import REPORTERS
    from fkcheck.results import EXIT_INVALID, FileResult, Run

    for fmt in REPORTERS:  # imported lazily on first use: import them here to instrument them
        importlib.import_module(f"fkcheck.report.{fmt}")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzzcommon import check_reports

NAME = "fuzz.yaml"
PACK = rulepack.load()  # the built-in pack, loaded once
FIXED_DAY = dt.date(2026, 11, 23)  # the reference date of the golden tests
FIRST = dt.date(2000, 1, 1).toordinal()
LAST = dt.date(2100, 12, 31).toordinal()
FAIL_ON = ("error", "warning", "info")


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)  # integers come from the tail of the buffer
    day = dt.date.fromordinal(fdp.ConsumeIntInRange(FIRST, LAST))
    warn_before = fdp.ConsumeIntInRange(-1, 400)
    fail_on = FAIL_ON[fdp.ConsumeIntInRange(0, 2)]
    warn = None if warn_before < 0 else warn_before

    try:
        source = document.load(NAME, data)
    except FkcheckError as exc:  # InputError, or its documented base class
        assert exc.problems, f"{type(exc).__name__} without problems"
        if isinstance(exc, InputError):
            assert exc.source == NAME, exc.source
        # Render the refusal exactly as the CLI does (runner._check): located problems.
        invalid = FileResult(NAME, "0" * 64, problems=exc.problems)
        check_reports(Run(files=(invalid,), pack=PACK, stichtag=day, fail_on=fail_on))
        return

    for stichtag in (day, FIXED_DAY):
        result = engine.evaluate(PACK, source, stichtag, warn)
        # Checked against every rule, or refused as a whole (a waiver names an unknown rule).
        assert len(result.results) == (0 if result.invalid else len(PACK.rules)), result.problems
        run = Run(files=(result,), pack=PACK, stichtag=stichtag, fail_on=fail_on, warn_before=warn)
        assert (run.exit_code() == EXIT_INVALID) == result.invalid
        check_reports(run)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
