"""What every report format needs: rendered texts, counts, JSON-safe facts."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import posixpath
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fkcheck.errors import Problem, format_doc_path
from fkcheck.i18n import Lang, count_phrase, fmt, label, render, t
from fkcheck.report.escape import inert
from fkcheck.results import FileResult, RuleResult, Run, Waiver, WaiverNote


def message(result: RuleResult, lang: Lang) -> str:
    """What was found: the fact that met the rule, why it does not apply, or the gap."""
    template = (
        result.rule.text("erfuellt", lang)
        if result.status == "met"
        else result.rule.message(result.outcome, lang)
    )
    return inert(render(template, result.facts, lang))


def remedy(result: RuleResult, lang: Lang) -> str:
    return inert(render(result.rule.text("abhilfe", lang), result.facts, lang))


def title(result: RuleResult, lang: Lang) -> str:
    """The rule's title, its placeholders filled from the rule's parameters (and facts)."""
    known = {k: v for k, v in result.facts.items() if v is not None}
    return inert(render(result.rule.text("titel", lang), {**result.rule.params, **known}, lang))


def problem_message(problem: Problem, lang: Lang) -> str:
    """The problem's text, led by the path inside the document where there is one."""
    text = t(problem.code, lang, problem.params)
    return inert(f"{format_doc_path(problem.path)}: {text}" if problem.path else text)


_STATUS_LABEL = {
    "met": "status.passed",
    "not_met": "status.failed",
    "not_applicable": "status.not_applicable",
    "reminder": "status.due_soon",
}


def status_label(result: RuleResult, lang: Lang) -> str:
    """'erfüllt', 'nicht erfüllt', 'entfällt' or 'bald fällig' — never 'erfüllt' for 'entfällt'."""
    return label(_STATUS_LABEL[result.status], lang)


def force_label(result: RuleResult, lang: Lang) -> str:
    """The rule's legal force as an officer reads it: Muss, Soll or Plausibilität."""
    return label(f"force.{result.rule.force}", lang)


def rule_heading(result: RuleResult, lang: Lang | None = None) -> str:
    """'FRL-1.7 (D.I.2.b)': the rule id with its place in the Richtlinie (for people,
    ``lang`` names a sentence in that language; machine formats keep the Richtlinie's form)."""
    return inert(f"{result.rule.id} ({result.rule.citation.short(lang)})")


def finding_force(finding: Finding, lang: Lang) -> str:
    """A rule finding's legal force as a word ('Muss', 'Soll', 'Plausibilität'), or 'Frist'
    for a reminder; a severity word for input errors and waiver notes."""
    if finding.force is None:
        return label(f"severity.{finding.severity}", lang)
    return label(
        "force.reminder" if finding.status == "reminder" else f"force.{finding.force}", lang
    )


def finding_heading(finding: Finding, for_people: bool = False) -> str:
    """'FRL-1.7 (D.I.2.b) Zwei kreisangehörige Städte …' for a rule finding; the title else.
    ``for_people`` names the place in the reader's language ('D.I.3 sentence 2'), as
    :func:`rule_heading` does; machine formats keep the Richtlinie's own form."""
    short = finding.citation_read if for_people else finding.citation_short
    if short is None:
        return finding.title
    return f"{inert(finding.rule)} ({short}) {finding.title}"


def counted_kind(result: RuleResult) -> str:
    """Under which word a finding counts in the verdict: its force, or a reminder."""
    return "reminder" if result.status == "reminder" else result.rule.force


def verdict(file: FileResult, lang: Lang) -> str:
    """'Förderfähig: nein — 2 Muss-Vorgaben nicht erfüllt, 1 Fristerinnerung'."""
    if file.invalid:
        return f"{label('invalid', lang)} — {count_phrase(len(file.problems), 'input', lang)}"
    counts = Counter(counted_kind(r) for r in file.findings)
    kinds = ("muss", "soll", "plausibilitaet", "reminder")
    parts = [count_phrase(counts[k], k, lang) for k in kinds if counts[k]]
    waived = len(file.waived)
    if waived:
        parts.append(f"{label('of_which', lang)} {waived} {label('waived', lang)}")
    head = label("eligible.yes" if file.eligible() else "eligible.no", lang)
    return f"{head} — {', '.join(parts)}" if parts else head


def jsonable_fact(value: Any) -> Any:
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable_fact(v) for v in value]
    if hasattr(value, "as_json"):
        return value.as_json()
    return value


# --- one flat view of every finding, for the machine formats --------------------------

INPUT_RULE = "input"
WAIVER_RULE = "ausnahme"


@dataclass(frozen=True)
class Finding:
    """A finding as every machine format shows it: a failed rule, an input error or a waiver note."""

    rule: str  # a pack rule id, INPUT_RULE or WAIVER_RULE
    severity: str
    message: str
    line: int | None
    column: int | None
    path: str  # the path inside the document ("" for the whole file)
    title: str
    outcome: str | None = None
    code: str | None = None
    citation: str | None = (
        None  # the long form, e.g. "Fachkräfterichtlinie vom …, Großbuchstabe D …"
    )
    citation_short: str | None = None  # e.g. "D.I.2.b"
    citation_read: str | None = None  # the short form in the reader's language (not serialised)
    force: str | None = None  # legal force of a rule: muss, soll, plausibilitaet
    status: str | None = None  # a rule's outcome: not_met, or reminder (met, deadline near)
    remediation: str | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)
    waiver: Waiver | None = None  # the active waiver that accepts this finding

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    def fingerprint(self, file: str) -> str:
        """Stable when lines move and as a finding's wording or outcome changes.

        Built from the rule, the file (normalised: ``./a//b.yaml`` is ``a/b.yaml``) and the
        path inside the document; input errors add their message id, since several may
        share a place.
        """
        name = posixpath.normpath(file.replace(os.sep, "/"))
        key = "\x1f".join((self.rule, name, self.path, self.code or ""))
        # surrogatepass: a file name that is not UTF-8 arrives with escaped bytes (surrogates)
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def findings(file: FileResult, lang: Lang) -> list[Finding]:
    """Input errors, then failed rules in pack order, then waiver notes."""
    out = [_input_finding(p, lang) for p in file.problems]
    out += [_rule_finding(r, lang) for r in file.findings]
    return out + waiver_findings(file, lang)


def waiver_findings(file: FileResult, lang: Lang) -> list[Finding]:
    """The notes on waivers that need attention (expired, not needed)."""
    return [_waiver_finding(note, lang) for note in file.waiver_notes]


def _input_finding(problem: Problem, lang: Lang) -> Finding:
    return Finding(
        rule=INPUT_RULE,
        severity="error",
        message=problem_message(problem, lang),
        line=problem.line,
        column=problem.column,
        path=inert(format_doc_path(problem.path)),
        title=label("rule.input", lang),
        code=problem.code,
    )


def _rule_finding(result: RuleResult, lang: Lang) -> Finding:
    return Finding(
        rule=result.rule.id,
        severity=result.severity,
        message=message(result, lang),
        line=result.line,
        column=result.column,
        path=inert(format_doc_path(result.path)),
        title=title(result, lang),
        outcome=result.outcome,
        citation=inert(result.rule.citation.render(lang)),
        citation_short=inert(result.rule.citation.short()),
        citation_read=inert(result.rule.citation.short(lang)),
        force=result.rule.force,
        status=result.status,
        remediation=remedy(result, lang),
        facts={k: jsonable_fact(v) for k, v in sorted(result.facts.items())},
        waiver=result.waiver,
    )


def _waiver_finding(note: WaiverNote, lang: Lang) -> Finding:
    waiver = note.waiver
    params = {"rule": waiver.rule, "bis": waiver.until, "reason": waiver.reason,
              "disabled_reason": note.reason}  # fmt: skip
    return Finding(
        rule=WAIVER_RULE,
        severity=note.severity,
        message=inert(t(f"waiver.{note.kind}", lang, params)),
        line=waiver.line,
        column=waiver.column,
        path=inert(format_doc_path(waiver.path)),
        title=label("rule.ausnahme", lang),
        outcome=note.kind,
        remediation=t(f"waiver.{note.kind}.remedy", lang),
        facts={"regel": inert(waiver.rule), "bis": waiver.until.isoformat()},
    )


def waiver_json(waiver: Waiver | None) -> dict[str, Any] | None:
    if waiver is None:
        return None
    return {
        "reason": waiver.reason,
        "until": waiver.until.isoformat(),
        "approved_by": waiver.approved_by,
        "line": waiver.line,
        "column": waiver.column,
    }


# --- text from the input is data: see fkcheck.report.escape, the one choke point -------


def encodable(text: str) -> str:
    """Reports are UTF-8: a file name that is not (its bytes arrive as lone surrogates)
    is shown as ``\\udcff`` instead of making the write fail."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _until(waiver: Waiver, lang: Lang) -> str:
    """'Ausnahme bis 31.01.2027, genehmigt durch …'."""
    text = f"{label('waived_until', lang)} {fmt(waiver.until, lang)}"
    if waiver.approved_by:
        text += f", {label('approved_by', lang)} {inert(waiver.approved_by)}"
    return text


def waiver_text(waiver: Waiver, lang: Lang) -> str:
    """'Ausnahme bis 31.01.2027, genehmigt durch … — Begründung: …'."""
    return f"{_until(waiver, lang)} — {label('waiver_reason', lang)}: {inert(waiver.reason)}"


def waiver_justification(waiver: Waiver, lang: Lang) -> str:
    """'<reason> (Ausnahme bis 31.01.2027, genehmigt durch …)': the reason first."""
    return f"{inert(waiver.reason)} ({_until(waiver, lang)})"


def files_summary(run: Run, lang: Lang) -> str:
    """'3 Dateien geprüft: 1 förderfähig ohne Beanstandung, 1 nicht förderfähig, 1 nicht prüfbar'.

    Counted by the verdict, like each file's symbol: a file that is not eligible is never
    "ohne Beanstandung", even when a waiver lets the pipeline pass.
    """
    kinds = Counter(verdict_kind(f) for f in run.files)
    order = ("clean", "remarks", "not_eligible", "invalid")
    parts = [label(f"summary.{k}", lang).format(n=kinds[k]) for k in order if kinds[k]]
    return f"{label('summary.total', lang).format(n=len(run.files))}: {', '.join(parts)}"


def verdict_kind(file: FileResult) -> str:
    """'invalid', 'not_eligible', 'remarks' (eligible with findings) or 'clean'."""
    if file.invalid:
        return "invalid"
    if not file.eligible():
        return "not_eligible"
    return "remarks" if file.findings or file.waiver_notes else "clean"


def symbol(file: FileResult) -> str:
    """✔ eligible without findings, ⚠ eligible with findings, ✘ not eligible or invalid."""
    if not file.eligible():
        return "✘"
    return "⚠" if file.findings or file.waiver_notes else "✔"
