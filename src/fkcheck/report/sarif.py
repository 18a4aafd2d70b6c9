"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

* ``tool.driver.rules``: the pack's rules in pack order, then the pseudo-rules ``input``
  and ``ausnahme``, so a pack rule's ``ruleIndex`` is its position in the pack.
* Levels: error → ``error``, warning → ``warning``, info → ``note``.
* Relative paths are URI references against ``%SRCROOT%``, the folder fkcheck ran in (in
  CI the repository root), whose absolute location is deliberately left out. Absolute
  paths become ``file://`` URIs; standard input is ``%3Cstdin%3E``, without a base.
* Columns count Unicode code points, as the YAML parser does.
* A waived finding keeps its result and gets an ``inSource`` suppression located at the
  waiver, which is written in the analysed file itself (not in a suppression file).
* ``partialFingerprints`` use :meth:`Finding.fingerprint` (no line numbers), so alerts
  survive edits elsewhere in the file. No timestamps, no machine paths, stable order.
"""

from __future__ import annotations

import json
import os
import re
import string
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_from_bytes

from fkcheck import __version__
from fkcheck.errors import format_doc_path
from fkcheck.i18n import Lang, label
from fkcheck.i18n import render as render_template
from fkcheck.report.common import (
    INPUT_RULE,
    WAIVER_RULE,
    Finding,
    findings,
    waiver_justification,
)
from fkcheck.report.escape import inert, json_tree
from fkcheck.results import EXIT_INVALID, FileResult, Run, Waiver
from fkcheck.rulepack import Rule
from fkcheck.sources import STDIN_NAME

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT = "fkcheck/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
PSEUDO_RULES = {INPUT_RULE: "error", WAIVER_RULE: "warning"}
_PSEUDO_NAMES = {INPUT_RULE: "InputError", WAIVER_RULE: "Waiver"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def render(run: Run, lang: Lang, color: bool = False) -> str:
    return json.dumps(json_tree(document(run, lang)), ensure_ascii=False, indent=2) + "\n"


def document(run: Run, lang: Lang) -> dict[str, Any]:
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [_run(run, lang)]}


def _run(run: Run, lang: Lang) -> dict[str, Any]:
    first: dict[str, FileResult] = {}  # a file named twice is one artifact
    for file in run.files:
        first.setdefault(file.name, file)
    artifacts = {name: i for i, name in enumerate(first)}
    rule_ids = [rule.id for rule in run.pack.rules] + list(PSEUDO_RULES)
    rule_index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = [
        _result(finding, file, artifacts, rule_index, lang)
        for file in run.files
        for finding in findings(file, lang)
    ]
    return {
        "tool": {"driver": _driver(run, lang)},
        "invocations": [
            {"executionSuccessful": run.exit_code() != EXIT_INVALID, "exitCode": run.exit_code()}
        ],
        "language": lang,
        "originalUriBaseIds": {SRCROOT: {"description": {"text": label("sarif.srcroot", lang)}}},
        "artifacts": [_artifact(file) for file in first.values()],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": _run_properties(run),
    }


def _run_properties(run: Run) -> dict[str, Any]:
    pack = run.pack
    return {
        "referenceDate": run.stichtag.isoformat(),
        "failOn": run.fail_on,
        "warnBefore": run.warn_before,
        "waivers": run.waivers,
        "rulePack": {
            "id": pack.id,
            "version": pack.version,
            "source": inert(pack.source),
            "sha256": pack.sha256,
            "validFrom": pack.valid_from.isoformat(),
            "validUntil": pack.valid_until.isoformat() if pack.valid_until else None,
            "extends": [
                {"id": b.id, "version": b.version, "sha256": b.sha256} for b in pack.extends
            ],
            "disabled": [{"rule": k, "reason": inert(v)} for k, v in pack.disabled.items()],
        },
    }


def _driver(run: Run, lang: Lang) -> dict[str, Any]:
    rules = [_pack_rule(rule, lang) for rule in run.pack.rules]
    rules += [_pseudo_rule(rule_id, level, lang) for rule_id, level in PSEUDO_RULES.items()]
    return {
        "name": "fkcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "language": lang,
        "rules": rules,
    }


def _pack_rule(rule: Rule, lang: Lang) -> dict[str, Any]:
    citation = inert(rule.citation.render(lang))
    short = inert(rule.citation.short())
    text, markdown = _help(rule, citation, lang)
    return {
        "id": inert(rule.id),
        "name": _pascal(rule.text("titel", "en")) or _pascal(rule.id),
        "shortDescription": {
            "text": f"{short}: {_fill(rule.text('titel', lang), rule.params, lang)}"
        },
        "fullDescription": {"text": _legal_text(rule)},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": list(dict.fromkeys(["fkcheck", rule.citation.dokument])),
            "severity": rule.severity,
            "severityLabel": label(f"severity.{rule.severity}", lang),
            "legalForce": rule.force,
            "legalForceLabel": label(f"force.{rule.force}", lang),
            "citation": citation,
            "citationShort": short,
        },
    }


def _legal_text(rule: Rule) -> str:
    """The quotes, one line each (the line breaks are fkcheck's, the quotes are pack text)."""
    return "\n".join(inert(line) for line in rule.legal_text.split("\n"))


def _pseudo_rule(rule_id: str, level: str, lang: Lang) -> dict[str, Any]:
    help_text = label(f"rule.{rule_id}.help", lang)
    return {
        "id": rule_id,
        "name": _PSEUDO_NAMES[rule_id],
        "shortDescription": {"text": label(f"rule.{rule_id}", lang)},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text, "markdown": _md(help_text)},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["fkcheck"]},
    }


def _help(rule: Rule, citation: str, lang: Lang) -> tuple[str, str]:
    """Legal basis, the (German) legal text, remedy and rationale: as text and as Markdown."""
    sections = [
        (label("legal", lang), citation, False),
        (label("sarif.legal_text", lang), _legal_text(rule), True),
        (label("remedy", lang), _fill(rule.text("abhilfe", lang), rule.params, lang), False),
        (
            label("sarif.rationale", lang),
            _fill(rule.text("begruendung", lang), rule.params, lang),
            False,
        ),
    ]
    present = [section for section in sections if section[1]]
    text = "\n\n".join(f"{head}: {body}" for head, body, _ in present)
    markdown = "\n\n".join(
        f"**{_md(head)}:**\n\n> {_md(body)}" if quoted else f"**{_md(head)}:** {_md(body)}"
        for head, body, quoted in present
    )
    return text, markdown


def _fill(template: str, params: Mapping[str, Any], lang: Lang) -> str:
    """A rule text outside any finding: parameters filled in, unknown facts shown as '…'."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return inert(template)
    return inert(render_template(template, {**dict.fromkeys(names, "…"), **params}, lang))


def _pascal(text: str) -> str:
    """'Employers' representative' → 'EmployersRepresentative' (SARIF's readable rule name)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text.replace("'", ""))
    return "".join(word[0].upper() + word[1:] for word in words)


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _artifact(file: FileResult) -> dict[str, Any]:
    entry: dict[str, Any] = {"location": _artifact_location(file.name), "roles": ["analysisTarget"]}
    if file.title is not None:
        entry["description"] = {"text": inert(file.title)}  # the alliance's name
    if file.sha256:
        entry["hashes"] = {"sha-256": file.sha256}
    return entry


def _artifact_location(name: str, index: int | None = None) -> dict[str, Any]:
    if name == STDIN_NAME:
        location: dict[str, Any] = {"uri": quote(name, safe=""), "description": {"text": name}}
    elif Path(name).is_absolute():
        location = {"uri": Path(name).as_uri()}
    else:  # fsencode: the exact bytes of the name, even if it is not valid UTF-8
        location = {"uri": quote_from_bytes(os.fsencode(Path(name).as_posix()), safe="/")}
        location["uriBaseId"] = SRCROOT
    if index is not None:
        location["index"] = index
    return location


def _result(
    finding: Finding,
    file: FileResult,
    artifacts: Mapping[str, int],
    rule_index: Mapping[str, int],
    lang: Lang,
) -> dict[str, Any]:
    text = finding.message
    if finding.remediation:
        text += f"\n{label('remedy', lang)}: {finding.remediation}"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [_location(file.name, finding.line, finding.column, artifacts, finding.path)],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint(file.name)},
        "properties": {"severity": finding.severity, "documentPath": finding.path},
    }
    extra = {
        "outcome": finding.outcome,
        "code": finding.code,
        "citation": finding.citation_short,
        "legalForce": finding.force,
        "status": finding.status,
    }
    result["properties"].update({key: value for key, value in extra.items() if value})
    if finding.waiver is not None:
        result["suppressions"] = [_suppression(finding.waiver, file.name, artifacts, lang)]
    return result


def _location(
    name: str, line: int | None, column: int | None, artifacts: Mapping[str, int], path: str = ""
) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact_location(name, artifacts[name]),
            "region": {"startLine": max(line or 1, 1), "startColumn": max(column or 1, 1)},
        }
    }
    if path:
        location["logicalLocations"] = [{"fullyQualifiedName": path}]
    return location


def _suppression(
    waiver: Waiver, name: str, artifacts: Mapping[str, int], lang: Lang
) -> dict[str, Any]:
    return {
        "kind": "inSource",
        "status": "accepted",
        "justification": waiver_justification(waiver, lang),
        "location": _location(
            name, waiver.line, waiver.column, artifacts, format_doc_path(waiver.path)
        ),
    }
