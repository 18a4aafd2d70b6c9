"""The machine-readable report (SPEC §4), with provenance for audits."""

from __future__ import annotations

import json
from typing import Any

from fkcheck import __version__
from fkcheck.errors import format_doc_path
from fkcheck.i18n import Lang
from fkcheck.report.common import jsonable_fact, message, problem_message, remedy, title
from fkcheck.results import FileResult, RuleResult, Run

FORMAT = "fkcheck-report"
FORMAT_VERSION = 1


def render(run: Run, lang: Lang) -> str:
    return json.dumps(document(run, lang), ensure_ascii=False, indent=2) + "\n"


def document(run: Run, lang: Lang) -> dict[str, Any]:
    pack = run.pack
    statuses = [f.status(run.fail_on) for f in run.files]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "tool": {"name": "fkcheck", "version": __version__},
        "rule_pack": {
            "id": pack.id,
            "version": pack.version,
            "source": pack.source,
            "sha256": pack.sha256,
            "valid_from": pack.valid_from.isoformat(),
            "valid_until": pack.valid_until.isoformat() if pack.valid_until else None,
            "applies_on_reference_date": pack.applies_on(run.stichtag),
        },
        "reference_date": run.stichtag.isoformat(),
        "fail_on": run.fail_on,
        "warn_before": run.warn_before,
        "lang": lang,
        "files": [_file(f, run, lang) for f in run.files],
        "summary": {
            "files": len(run.files),
            **{s: statuses.count(s) for s in ("ok", "gaps", "invalid")},
            "exit_code": run.exit_code(),
        },
    }


def _file(file: FileResult, run: Run, lang: Lang) -> dict[str, Any]:
    if file.invalid:
        findings = [
            {
                "rule": "input",
                "severity": "error",
                "message": problem_message(p, lang),
                "line": p.line,
                "column": p.column,
                "path": format_doc_path(p.path),
                "code": p.code,
            }
            for p in file.problems
        ]
    else:
        findings = [_finding(r, lang) for r in file.findings]
    return {
        "path": file.name,
        "status": file.status(run.fail_on),
        "sha256": file.sha256,
        "alliance": file.title,
        "eligible": None if file.invalid else file.eligible(),
        "findings": findings,
        "passed": [r.rule.id for r in file.results if r.passed],
    }


def _finding(result: RuleResult, lang: Lang) -> dict[str, Any]:
    return {
        "rule": result.rule.id,
        "severity": result.severity,
        "message": message(result, lang),
        "line": result.line,
        "column": result.column,
        "path": format_doc_path(result.path),
        "outcome": result.outcome,
        "title": title(result, lang),
        "citation": result.rule.citation.render(lang),
        "remediation": remedy(result, lang),
        "facts": {k: jsonable_fact(v) for k, v in sorted(result.facts.items())},
    }
