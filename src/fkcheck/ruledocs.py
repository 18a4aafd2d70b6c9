"""``fkcheck rules`` and ``fkcheck explain``: a pack's rules as an officer reads them.

Everything shown comes from the pack (titles, citations, verbatim legal text, plain
explanation, reasoning, remedy), with the pack's parameters filled in, and from its
tested cases (the examples, :mod:`fkcheck.ruleexamples`). Rendering only; the CLI
decides where it goes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fkcheck.i18n import Lang, fmt, label, render, t
from fkcheck.messages import MESSAGES
from fkcheck.rulepack import Rule, RulePack


def _filled(rule: Rule, kind: str, lang: Lang) -> str:
    return render(rule.text(kind, lang), rule.params, lang).strip()


def row(rule: Rule, lang: Lang) -> dict[str, str]:
    """One line of ``fkcheck rules``: id, citation, legal force, severity, title."""
    return {
        "id": rule.id,
        "citation": rule.citation.short(lang),
        "force": label(f"force.{rule.force}", lang),
        "severity": label(f"severity.{rule.severity}", lang),
        "title": _filled(rule, "titel", lang),
    }


def rules_text(pack: RulePack, lang: Lang) -> str:
    from fkcheck.report.escape import inert

    rows = [row(rule, lang) for rule in pack.rules]
    width = {key: max(len(r[key]) for r in rows) for key in ("id", "citation", "force")}
    lines = [f"{label('rule_pack', lang)} {pack.id} {pack.version}", ""]
    for r in rows:
        cells = [r["id"].ljust(width["id"]), r["citation"].ljust(width["citation"])]
        cells += [r["force"].ljust(width["force"]), f"{r['title']} ({r['severity']})"]
        lines.append(inert("  ".join(cells)))
    lines += ["", t("rules.more", lang)]
    return "\n".join(lines) + "\n"


def rules_json(pack: RulePack, lang: Lang) -> str:
    rules = [
        {**row(rule, lang), "citation": rule.citation.short(), "force": rule.force,
         "severity": rule.severity, "citation_long": rule.citation.render(lang)}
        for rule in pack.rules
    ]  # fmt: skip
    document = {"rule_pack": {"id": pack.id, "version": pack.version}, "rules": rules}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def rules_markdown(pack: RulePack, lang: Lang) -> str:
    from fkcheck.report.escape import cell

    head = [t(f"rules.col.{c}", lang) for c in ("id", "citation", "force", "severity", "title")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for rule in pack.rules:
        r = row(rule, lang)
        cells = [r["id"], r["citation"], r["force"], r["severity"], r["title"]]
        lines.append("| " + " | ".join(cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


RULES_FORMATS = {"text": rules_text, "json": rules_json, "markdown": rules_markdown}


# --- explain ---------------------------------------------------------------------------------


def decision(rule: Rule, lang: Lang) -> list[str]:
    """How fkcheck decides: the check's own sentence with the pack's parameters, the pack's
    reasoning, and when the rule does not apply."""
    params: Mapping[str, Any] = rule.params
    key = f"explain.check.{rule.check}"
    if rule.check == "mitglied_vorhanden":
        key += ".feld" if "art_aus_feld" in params else ""
    facts = {"mindestens": 1, **params}
    sentences = [t(key, lang, facts)] if key in MESSAGES else []
    if "einwohner_ueber" in params:
        sentences.append(t("explain.check.einwohner", lang, params))
    reasoning = _filled(rule, "begruendung", lang)
    if reasoning:
        sentences.append(reasoning)
    reason = rule.outcome_texts.get("entfaellt")
    if reason:
        sentences.append(t("explain.not_applicable", lang, {"grund": reason[lang].strip()}))
    return sentences


def explain(pack: RulePack, rule: Rule, lang: Lang) -> str:
    from fkcheck import ruleexamples
    from fkcheck.report.escape import log_line

    force = label(f"force.{rule.force}.long", lang)
    lines = [f"{rule.id} – {_filled(rule, 'titel', lang)}", ""]
    lines.append(f"{t('explain.force', lang)}: {force} · "
                 f"{t('explain.severity', lang)}: {label(f'severity.{rule.severity}', lang)}")  # fmt: skip
    lines.append(
        f"{label('legal', lang)}: {rule.citation.short(lang)} – {rule.citation.render(lang)}"
    )
    sections = [
        (t("explain.legal_text", lang), rule.legal_text),
        (t("explain.meaning", lang), _filled(rule, "erklaerung", lang)),
        (t("explain.decides", lang), "\n".join(decision(rule, lang))),
        (label("remedy", lang), _filled(rule, "abhilfe", lang)),
    ]
    for example in ruleexamples.examples(pack, rule.id):
        kind = "explain.example_pass" if example.passing else "explain.example_fail"
        heading = t(kind, lang, {"case": example.case, "stichtag": fmt(example.stichtag, lang)})
        sections.append((heading, example.yaml.rstrip("\n")))
    for heading, body in sections:
        if body:
            lines += ["", f"{heading}:"]
            lines += [f"  {line}" if line else "" for line in body.splitlines()]
    return "\n".join(log_line(line) for line in lines) + "\n"  # a pack's text starts no command
