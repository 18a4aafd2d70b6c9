"""The HTML report's parts about requirements: "Zu tun" and the checklist with legal texts."""

from __future__ import annotations

from fkcheck.i18n import Lang, label
from fkcheck.report.common import (
    force_label,
    message,
    remedy,
    rule_heading,
    status_label,
    title,
    waiver_findings,
    waiver_text,
)
from fkcheck.report.htmlkit import Html, el, join
from fkcheck.results import FileResult, RuleResult

MARK = {"met": "✔", "not_met": "✘", "not_applicable": "–", "reminder": "⚠"}
_ORDER = {"muss": 0, "soll": 1, "plausibilitaet": 2}


def todo_order(result: RuleResult) -> int:
    """Muss, then Soll, then Plausibilität; deadline reminders last."""
    return 3 if result.status == "reminder" else _ORDER.get(result.rule.force, 2)


def todo(file: FileResult, lang: Lang) -> Html:
    """The unmet requirements in order, each with message, remedy and legal basis."""
    open_items = sorted(file.findings, key=todo_order)  # sorted() is stable: pack order within
    items = [_todo_item(r, lang) for r in open_items]
    items += [
        el(
            "li",
            el("h4", label("rule.ausnahme", lang), f" {note.facts.get('regel', '')}"),
            el("p", note.message),
            el("p", el("strong", f"{label('remedy', lang)}: "), note.remediation or ""),
        )
        for note in waiver_findings(file, lang)
    ]
    body = el("ol", items, class_="todo") if items else el("p", label("html.todo.none", lang))
    return el("section", el("h3", label("html.todo", lang)), body)


def _todo_item(result: RuleResult, lang: Lang) -> Html:
    force = label("force.reminder", lang) if result.status == "reminder" else None
    parts: list[object] = [
        el(
            "h4",
            el("span", MARK[result.status], " ", class_=result.status, aria_hidden="true"),
            f"{rule_heading(result, lang)} {title(result, lang)} — ",
            el("span", force or force_label(result, lang), class_=result.status),
        ),
        el("p", message(result, lang)),
    ]
    if result.waiver is not None:
        waived = f"{label('waived', lang)}: {waiver_text(result.waiver, lang)}"
        parts.append(el("p", waived, class_="waived"))
    parts.append(el("p", el("strong", f"{label('remedy', lang)}: "), remedy(result, lang)))
    parts.append(
        el("p", f"{label('legal', lang)}: {result.rule.citation.render(lang)}", class_="source")
    )
    return el("li", parts)


def checklist(file: FileResult, lang: Lang) -> Html:
    """Every rule with its status, legal force, finding and the verbatim legal text."""
    articles = [_rule(r, lang) for r in file.results]
    return el("section", el("h3", label("html.checklist", lang)), articles)


def _rule(result: RuleResult, lang: Lang) -> Html:
    status = status_label(result, lang)
    found = message(result, lang)
    if result.not_applicable:
        status, found = f"{status}: {found}", ""
    head = el(
        "h4",
        el("span", MARK[result.status], class_=result.status, aria_hidden="true"),
        f" {rule_heading(result, lang)} {title(result, lang)} — {force_label(result, lang)} · ",
        el("span", status, class_=result.status),
    )
    parts: list[object] = [head]
    if found:
        parts.append(el("p", f"{label('html.finding', lang)}: {found}"))
    parts.append(_legal(result, lang))
    return el("article", parts, class_="rule")


def _legal(result: RuleResult, lang: Lang) -> Html:
    quoted = [c for c in result.rule.citation.citations if c.wortlaut]
    lead = f"{label('html.legal_text', lang)}: "
    quotes = [
        el(
            "blockquote",
            el("p", lead, f"{c.short()}: " if len(quoted) > 1 else "", c.wortlaut),
            lang="de",
        )
        for c in quoted
    ]
    source = el(
        "p", f"{label('legal', lang)}: {result.rule.citation.render(lang)}", class_="source"
    )
    return join([*quotes, source])
