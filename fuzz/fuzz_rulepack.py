#!/usr/bin/env python3
"""Coverage-guided fuzz harness: rule pack bytes -> parse -> evaluate -> every report.

The whole input is the rule pack. ``rulepack.parse`` promises all-or-nothing
validation (schema, checks, paths, member kinds, message placeholders), so a
pack it accepts must evaluate and render without error: every accepted pack is
run against fixed alliance documents (loaded once from the seed files) at a
fixed reference date and at one derived from the input bytes.

Expected: ``fkcheck.errors.RulePackError`` (or its base ``FkcheckError``) from
``parse``. Anything else, or a broken report invariant, is a bug.

Usage (see fuzz/README.md):
    python fuzz/fuzz_rulepack.py -dict=fuzz/yaml.dict -artifact_prefix=fuzz/crashes/ \
        fuzz/work/rulepack fuzz/corpus/rulepack
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["fkcheck", "ruamel", "jsonschema"]):
    # fkcheck.schemacheck imports jsonschema lazily: import it here to instrument it
    import jsonschema  # noqa: F401

    from fkcheck import document, engine, rulepack
    from fkcheck.errors import FkcheckError, RulePackError
    from fkcheck.report import REPORTERS
    from fkcheck.results import Run

    for fmt in REPORTERS:  # imported lazily on first use: import them here to instrument them
        importlib.import_module(f"fkcheck.report.{fmt}")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzzcommon import check_reports

ROOT = Path(__file__).resolve().parents[1]
LABEL = "fuzz-pack.yaml"
FIXED_DAY = dt.date(2026, 11, 23)
FIRST = dt.date(2000, 1, 1).toordinal()
LAST = dt.date(2100, 12, 31).toordinal()
# Documents that exercise many outcomes: all met, gaps, no action plan at all.
DOCUMENTS = tuple(
    document.load(p.name, p.read_bytes())
    for p in (
        ROOT / "examples" / "01-erfuellt.yaml",
        ROOT / "examples" / "07-inhalte-fehlen.yaml",
        ROOT / "examples" / "09-kreisfreie-stadt-erstes-konzept.yaml",
    )
)


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)  # integers come from the tail of the buffer
    day = dt.date.fromordinal(fdp.ConsumeIntInRange(FIRST, LAST))
    source = DOCUMENTS[fdp.ConsumeIntInRange(0, len(DOCUMENTS) - 1)]

    try:
        pack = rulepack.parse(data, LABEL)
    except FkcheckError as exc:  # RulePackError, or its documented base class
        assert exc.problems, f"{type(exc).__name__} without problems"
        if isinstance(exc, RulePackError):
            assert exc.source == LABEL, exc.source
        return

    for stichtag in (day, FIXED_DAY):
        pack.applies_on(stichtag)
        result = engine.evaluate(pack, source, stichtag, 90)
        assert len(result.results) == len(pack.rules)
        check_reports(Run(files=(result,), pack=pack, stichtag=stichtag, warn_before=90))


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
