"""Report invariants shared by the fuzz harnesses (import after atheris.instrument_imports)."""

from __future__ import annotations

import json
import re

from fkcheck.i18n import LANGS
from fkcheck.report import REPORTERS
from fkcheck.results import Run

# C0 controls except "\n", DEL and C1 controls: the text report must show them escaped
# (report.text.safe); rich expands "\t" to spaces, so a raw tab is a finding too.
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _reject_constant(name: str) -> None:
    raise AssertionError(f"JSON report contains non-standard constant {name}")


def check_reports(run: Run) -> None:
    """Render every reporter in both languages (colour off) and assert cheap invariants."""
    for fmt, reporter in REPORTERS.items():
        for lang in LANGS:
            out = reporter(run, lang, False)
            assert isinstance(out, str), (fmt, lang, type(out))
            if fmt == "json":
                parsed = json.loads(out, parse_constant=_reject_constant)
                assert parsed["summary"]["exit_code"] == run.exit_code(), parsed["summary"]
                assert len(parsed["files"]) == len(run.files)
            elif fmt == "text":
                bad = RAW_CONTROL.search(out)
                assert bad is None, (
                    f"raw control char {bad.group()!r} at offset {bad.start()} in the text "
                    f"report ({lang}): {out[max(0, bad.start() - 60) : bad.end() + 20]!r}"
                )
    REPORTERS["text"](run, "de", True)  # colour on: must not crash (ESC expected there)
