"""JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure DevOps, …).

One ``<testsuite>`` per input file, one ``<testcase>`` per rule of the pack, in pack order:

* a rule that passed is an empty testcase;
* a gap that fails the run at ``--fail-on`` is a ``<failure>`` of its severity;
* a gap below the threshold passes, with the finding in ``<system-out>``, so that the
  JUnit verdict always agrees with fkcheck's exit status (a Hinweis does not turn the
  pipeline red unless ``--fail-on info`` asks for it);
* a gap accepted by an active waiver is ``<skipped>``, with the waiver's reason;
* a waiver that needs attention (expired or unused) is an extra testcase
  ``ausnahme <rule>``, by the same rule: a failure only when it blocks at ``--fail-on``;
* a file that could not be checked has a single testcase ``input`` with an ``<error>``.

Every text passes through :mod:`fkcheck.report.escape` (:func:`xml_safe` for data,
:func:`xml_lines` for fkcheck's own lines around inert pieces): ElementTree escapes ``<``,
``&`` and quotes, but would write characters that XML 1.0 forbids (NUL, ESC, lone
surrogates) and so produce a file no parser accepts, and a line of data could look like a
workflow command in a CI log. The output is deterministic: no timestamps, hostnames or times.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from fkcheck.i18n import Lang, label
from fkcheck.report.common import (
    INPUT_RULE,
    WAIVER_RULE,
    Finding,
    finding_force,
    findings,
    message,
    rule_heading,
    title,
    verdict,
    waiver_justification,
)
from fkcheck.report.escape import inert, xml_lines, xml_safe
from fkcheck.results import FileResult, RuleResult, Run, WaiverNote


def render(run: Run, lang: Lang, color: bool = False) -> str:
    root = ET.Element("testsuites", name="fkcheck")
    for file in run.files:
        root.append(_suite(file, run, lang))
    _count(root, root.findall("testsuite/testcase"))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _count(element: ET.Element, cases: list[ET.Element]) -> None:
    kinds = {"failures": "failure", "errors": "error", "skipped": "skipped"}
    element.set("tests", str(len(cases)))
    for attribute, tag in kinds.items():
        element.set(attribute, str(sum(1 for case in cases if case.find(tag) is not None)))


def _suite(file: FileResult, run: Run, lang: Lang) -> ET.Element:
    suite = ET.Element("testsuite", name=xml_safe(file.name))
    properties = ET.SubElement(suite, "properties")
    for name, value in _properties(file, run, lang):
        ET.SubElement(properties, "property", name=name, value=xml_safe(value))
    suite.extend(_cases(file, run, lang))
    _count(suite, suite.findall("testcase"))
    return suite


def _case(file: FileResult, name: str) -> ET.Element:
    return ET.Element("testcase", classname=xml_safe(file.name), name=xml_safe(name))


def _properties(file: FileResult, run: Run, lang: Lang) -> Iterator[tuple[str, str]]:
    if file.title is not None:
        yield "alliance", file.title
    yield "verdict", verdict(file, lang)
    yield "status", file.status(run.fail_on)
    yield "reference_date", run.stichtag.isoformat()
    yield "rule_pack", f"{run.pack.id} {run.pack.version}"
    yield "fail_on", run.fail_on


def _cases(file: FileResult, run: Run, lang: Lang) -> Iterator[ET.Element]:
    if file.invalid:
        yield _input_case(file, lang)
        return
    blocking = file.blocking(run.fail_on)
    views = findings(file, lang)
    by_rule = {f.rule: f for f in views if f.rule != WAIVER_RULE}
    for result in file.results:
        case = _case(file, f"{rule_heading(result)} {title(result, lang)}")
        if result.not_applicable:
            reason = f"{label('status.not_applicable', lang)}: {message(result, lang)}"
            ET.SubElement(case, "skipped", message=xml_safe(reason))
        elif not result.passed:
            _outcome(case, by_rule[result.rule.id], file.name, _blocks(result, blocking), lang)
        yield case
    notes = [f for f in views if f.rule == WAIVER_RULE]
    for note, raw in zip(notes, file.waiver_notes, strict=True):
        case = _case(file, f"{WAIVER_RULE} {inert(raw.waiver.rule)}")
        _outcome(case, note, file.name, _blocks(raw, blocking), lang)
        yield case


def _blocks(item: RuleResult | WaiverNote, blocking: tuple[RuleResult | WaiverNote, ...]) -> bool:
    return any(item is candidate for candidate in blocking)


def _input_case(file: FileResult, lang: Lang) -> ET.Element:
    case = _case(file, INPUT_RULE)
    lines = [
        f"{inert(file.name)}:{p.line or 1}:{p.column or 1}: {p.message}"
        for p in findings(file, lang)
        if p.rule == INPUT_RULE
    ]
    error = ET.SubElement(case, "error", type=INPUT_RULE, message=xml_safe(verdict(file, lang)))
    error.text = xml_lines("\n".join(lines))
    return case


def _outcome(case: ET.Element, finding: Finding, name: str, blocks: bool, lang: Lang) -> None:
    details = xml_lines(_details(finding, name, lang))
    if finding.waiver is not None:
        reason = f"{label('waived', lang)}: {waiver_justification(finding.waiver, lang)}"
        ET.SubElement(case, "skipped", message=xml_safe(reason))
        ET.SubElement(case, "system-out").text = details
    elif blocks:
        failure = ET.SubElement(
            case, "failure", type=finding.severity, message=xml_safe(finding.message)
        )
        failure.text = details
    else:
        ET.SubElement(case, "system-out").text = details


def _details(finding: Finding, name: str, lang: Lang) -> str:
    """Severity and message, where (file:line:column and document path), remedy, legal basis."""
    where = f"{inert(name)}:{finding.line or 1}:{finding.column or 1}"
    if finding.path:
        where += f" ({finding.path})"
    lines = [f"[{finding_force(finding, lang)}] {finding.message}", where]
    if finding.remediation:
        lines.append(f"{label('remedy', lang)}: {finding.remediation}")
    if finding.citation:
        lines.append(f"{label('legal', lang)}: {finding.citation}")
    return "\n".join(lines)
