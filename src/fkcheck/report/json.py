"""The machine-readable report (SPEC §4), with provenance for audits."""

from __future__ import annotations

import json
from typing import Any

from fkcheck import __version__
from fkcheck.i18n import Lang
from fkcheck.report.common import Finding, findings, waiver_json
from fkcheck.report.escape import inert, json_tree
from fkcheck.results import FileResult, Run

FORMAT = "fkcheck-report"
FORMAT_VERSION = 1


def render(run: Run, lang: Lang, color: bool = False) -> str:
    return json.dumps(json_tree(document(run, lang)), ensure_ascii=False, indent=2) + "\n"


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
            "source": inert(pack.source),
            "sha256": pack.sha256,
            "valid_from": pack.valid_from.isoformat(),
            "valid_until": pack.valid_until.isoformat() if pack.valid_until else None,
            "applies_on_reference_date": pack.applies_on(run.stichtag),
            "extends": [
                {"id": b.id, "version": b.version, "source": b.source, "sha256": b.sha256}
                for b in pack.extends
            ],
            "disabled": [{"rule": k, "reason": inert(v)} for k, v in pack.disabled.items()],
        },
        "reference_date": run.stichtag.isoformat(),
        "fail_on": run.fail_on,
        "warn_before": run.warn_before,
        "waivers": run.waivers,
        "lang": lang,
        "files": [_file(f, run, lang) for f in run.files],
        "summary": {
            "files": len(run.files),
            **{s: statuses.count(s) for s in ("ok", "gaps", "invalid")},
            "waived": sum(len(f.waived) for f in run.files),
            "exit_code": run.exit_code(),
        },
    }


def _file(file: FileResult, run: Run, lang: Lang) -> dict[str, Any]:
    return {
        "path": inert(file.name),
        "status": file.status(run.fail_on),
        "sha256": file.sha256,
        "alliance": None if file.title is None else inert(file.title),
        "eligible": None if file.invalid else file.eligible(),
        "findings": [_finding(f, file.name) for f in findings(file, lang)],
        "passed": [r.rule.id for r in file.results if r.passed],
    }


def _finding(finding: Finding, file: str) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "path": finding.path,
        "title": finding.title,
        "outcome": finding.outcome,
        "code": finding.code,
        "citation": finding.citation,
        "remediation": finding.remediation,
        "facts": dict(finding.facts),
        "waived": waiver_json(finding.waiver),
        "fingerprint": finding.fingerprint(file),
    }
