"""What every report format needs: rendered texts, counts, JSON-safe facts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from fkcheck.errors import Problem, format_doc_path
from fkcheck.i18n import Lang, count_phrase, label, render, t
from fkcheck.results import FileResult, RuleResult


def message(result: RuleResult, lang: Lang) -> str:
    template = (
        result.rule.text("erfuellt", lang)
        if result.passed
        else result.rule.message(result.outcome, lang)
    )
    return render(template, result.facts, lang)


def remedy(result: RuleResult, lang: Lang) -> str:
    return render(result.rule.text("abhilfe", lang), result.facts, lang)


def title(result: RuleResult, lang: Lang) -> str:
    return render(result.rule.text("titel", lang), result.facts, lang)


def problem_message(problem: Problem, lang: Lang) -> str:
    """The problem's text, led by the path inside the document where there is one."""
    text = t(problem.code, lang, problem.params)
    return f"{format_doc_path(problem.path)}: {text}" if problem.path else text


def status_label(result: RuleResult, lang: Lang) -> str:
    if result.passed:
        return label("status.passed", lang)
    if result.severity == "info":
        return label("severity.info", lang)
    return label("status.due_soon" if result.outcome == "bald_faellig" else "status.failed", lang)


def verdict(file: FileResult, lang: Lang) -> str:
    """'Förderfähig: nein — 2 Muss-Vorgaben nicht erfüllt, 1 Hinweis'."""
    if file.invalid:
        return f"{label('invalid', lang)} — {count_phrase(len(file.problems), 'input', lang)}"
    counts = Counter(r.severity for r in file.findings)
    parts = [count_phrase(counts[s], s, lang) for s in ("error", "warning", "info") if counts[s]]
    head = label("eligible.yes" if file.eligible() else "eligible.no", lang)
    return f"{head} — {', '.join(parts)}" if parts else head


def jsonable_fact(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable_fact(v) for v in value]
    if hasattr(value, "as_json"):
        return value.as_json()
    return value
