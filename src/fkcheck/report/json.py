"""The machine-readable report (SPEC §4), with provenance for audits."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fkcheck import __version__
from fkcheck.citations import law_title
from fkcheck.i18n import Lang
from fkcheck.report.common import Finding, findings, message, waiver_json
from fkcheck.report.escape import inert, json_tree
from fkcheck.results import FileResult, Run

FORMAT = "fkcheck-report"
FORMAT_VERSION = 1


def render(run: Run, lang: Lang, color: bool = False) -> str:
    key = rendered_key(lang)
    if run.files and all(key in f.rendered for f in run.files):
        return _spliced(run, lang, [f.rendered[key] for f in run.files])
    return _dump(json_tree(document(run, lang)), "") + "\n"


def rendered_key(lang: Lang) -> str:
    """The key of a file's entry, as JSON text, in :attr:`FileResult.rendered`."""
    return f"json:{lang}"


def prerender(file: FileResult, run: Run, lang: Lang) -> dict[str, str]:
    """One file's entry of ``files``, as the whole document's text would show it there."""
    return {rendered_key(lang): _dump(json_tree(_file(file, run, lang)), _FILE_INDENT)}


# The entries of "files", the document's one top-level list, are indented twice.
_FILE_INDENT = " " * 4
_PLACEHOLDER = "fkcheck:files"


def _dump(tree: Any, indent: str) -> str:
    text = json.dumps(tree, ensure_ascii=False, indent=2)
    return indent + text.replace("\n", "\n" + indent) if indent else text


def _spliced(run: Run, lang: Lang, entries: list[str]) -> str:
    """The document with the files' entries rendered elsewhere put in place: the same text
    as rendering it whole (json.dumps puts every list element on a line of its own)."""
    tree = json_tree(document(run, lang, files=[_PLACEHOLDER]))
    head, placeholder, tail = _dump(tree, "").partition(f'\n{_FILE_INDENT}"{_PLACEHOLDER}"')
    if not placeholder:  # cannot happen; render it whole rather than wrong
        return _dump(json_tree(document(run, lang)), "") + "\n"
    return head + "\n" + ",\n".join(entries) + tail + "\n"


def document(run: Run, lang: Lang, files: list[Any] | None = None) -> dict[str, Any]:
    """The report as a JSON tree; ``files`` stands in for the files' entries if given."""
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
            "law": _law(pack.richtlinie, lang),
        },
        "reference_date": run.stichtag.isoformat(),
        "fail_on": run.fail_on,
        "warn_before": run.warn_before,
        "waivers": run.waivers,
        "lang": lang,
        "files": [_file(f, run, lang) for f in run.files] if files is None else files,
        "summary": {
            "files": len(run.files),
            **{s: statuses.count(s) for s in ("ok", "gaps", "invalid")},
            "waived": sum(len(f.waived) for f in run.files),
            "exit_code": run.exit_code(),
        },
    }


def _law(richtlinie: Mapping[str, Any], lang: Lang) -> dict[str, Any] | None:
    """The Richtlinie the pack encodes: its versions and where its text comes from."""
    if not richtlinie:
        return None
    expiry = richtlinie.get("befristung")
    return {
        "title": richtlinie.get("titel"),
        "citation": law_title(richtlinie, lang),
        "issued": _iso(richtlinie.get("fassung")),
        "amendments": [_iso(a["datum"]) for a in richtlinie.get("aenderungen", ())],
        "in_force": _iso(richtlinie.get("in_kraft")),
        "source": richtlinie.get("quelle"),
        "expiry": expiry[lang] if expiry else None,
    }


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _file(file: FileResult, run: Run, lang: Lang) -> dict[str, Any]:
    return {
        "path": inert(file.name),
        "status": file.status(run.fail_on),
        "sha256": file.sha256,
        "alliance": None if file.title is None else inert(file.title),
        "eligible": None if file.invalid else file.eligible(),
        "next_due": _iso(file.next_due()),
        "findings": [_finding(f, file.name) for f in findings(file, lang)],
        "passed": [r.rule.id for r in file.results if r.status == "met"],
        "not_applicable": [
            {"rule": r.rule.id, "reason": message(r, lang)}
            for r in file.results
            if r.not_applicable
        ],
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
        "citation_short": finding.citation_short,
        "legal_force": finding.force,
        "reminder": finding.status == "reminder",
        "remediation": finding.remediation,
        "facts": dict(finding.facts),
        "waived": waiver_json(finding.waiver),
        "fingerprint": finding.fingerprint(file),
    }
