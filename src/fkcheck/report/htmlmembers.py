"""The HTML report's parts about the alliance itself: members, votes and the plan's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from fkcheck.checkbase import lookup_one
from fkcheck.i18n import Lang, fmt, label, value_label
from fkcheck.memberchecks import side_of
from fkcheck.model import Beschluss, Dokument, Fortschreibung, Mitglied
from fkcheck.report.common import rule_heading, status_label, title
from fkcheck.report.htmlkit import Html, el, void
from fkcheck.results import FileResult, RuleResult

MEMBER_CHECK, BALANCE_CHECK, DUE_CHECK = "mitglied_vorhanden", "seitenbalance", "aktualitaet"
_COLUMNS = ("name", "side", "votes", "since", "until", "status", "declaration")


def value(domain: str, raw: str, lang: Lang) -> str:
    """The display label of a value of the file ('Kreisfreie Stadt'), or the value itself."""
    return value_label(domain, raw, lang)


def day(date: dt.date | None, lang: Lang) -> str:
    return fmt(date, lang) if date is not None else "—"


def _roles(file: FileResult, document: Dokument) -> list[tuple[RuleResult, list[str]]]:
    """The member requirements of the pack (D.I.2 and D.I.3), each with its member kinds."""
    roles = []
    for result in file.results:
        if result.rule.check != MEMBER_CHECK:
            continue
        params = result.rule.params
        kinds = list(params.get("arten", []))
        if "art_aus_feld" in params:
            _, found = lookup_one(document, params["art_aus_feld"])
            kinds = [found] if isinstance(found, str) else []
        roles.append((result, kinds))
    return roles


def members(file: FileResult, sides: Mapping[str, Any], stichtag: dt.date, lang: Lang) -> Html:
    """One table, a group of rows per role (the requirement a member fills), head repeated."""
    document = file.document
    assert document is not None
    heading = el("h3", label("html.members", lang))
    if not document.mitglieder:
        return el("section", heading, el("p", label("html.members.none", lang)))
    groups: list[tuple[str, list[Mitglied]]] = []
    placed: set[int] = set()
    for result, kinds in _roles(file, document):
        found = [m for i, m in enumerate(document.mitglieder) if m.art in kinds and i not in placed]
        placed.update(i for i, m in enumerate(document.mitglieder) if m.art in kinds)
        if found:
            groups.append((f"{title(result, lang)} — {rule_heading(result, lang)}", found))
    rest = [m for i, m in enumerate(document.mitglieder) if i not in placed]
    if rest:
        groups.append((label("html.members.other", lang), rest))
    head = el(
        "thead", el("tr", [el("th", label(f"html.col.{c}", lang), scope="col") for c in _COLUMNS])
    )
    bodies = [_group(name, found, document, sides, stichtag, lang) for name, found in groups]
    return el("section", heading, el("table", head, bodies, class_="members"))


def _group(
    name: str,
    found: Sequence[Mitglied],
    document: Dokument,
    sides: Mapping[str, Any],
    stichtag: dt.date,
    lang: Lang,
) -> Html:
    caption = el("tr", el("th", name, colspan=str(len(_COLUMNS)), scope="rowgroup"))
    rows = [_member(m, document, sides, stichtag, lang) for m in found]
    return el("tbody", caption, rows)


def _member(
    member: Mitglied, document: Dokument, sides: Mapping[str, Any], stichtag: dt.date, lang: Lang
) -> Html:
    managing = member.id is not None and member.id == document.allianz.geschaeftsfuehrung
    name: list[object] = [
        member.name,
        void("br"),
        el("span", value("art", member.art, lang), class_="muted"),
    ]
    if managing:
        name += [void("br"), el("strong", label("html.member.managing", lang))]
    cells = [
        el("th", name, scope="row"),
        el("td", value("seite", side_of(member, sides), lang)),
        el("td", str(member.stimmen)),
        el("td", day(member.seit, lang)),
        el("td", day(member.bis, lang)),
        el("td", _standing(member, stichtag, lang)),
        el("td", day(member.mitwirkungserklaerung, lang)),
    ]
    return el("tr", cells)


def _standing(member: Mitglied, stichtag: dt.date, lang: Lang) -> Html:
    if member.active_on(stichtag):
        return el("span", label("html.member.active", lang), class_="met")
    key = "ended" if member.bis is not None and member.bis < stichtag else "future"
    return el("span", label(f"html.member.{key}", lang), class_="not_met")


def votes(file: FileResult, lang: Lang) -> Html | None:
    """The arithmetic of the balance rule (FRL-3): members and votes per side, the ratio."""
    result = next((r for r in file.results if r.rule.check == BALANCE_CHECK), None)
    if result is None or result.not_applicable:
        return None
    facts = result.facts
    lines = [
        label("html.votes.side", lang).format(
            side=value("seite", side, lang),
            members=facts.get(f"mitglieder_{side}", 0),
            votes=facts.get(f"stimmen_{side}", 0),
        )
        for side in ("arbeitgeber", "arbeitnehmer")
    ]
    limit = fmt(facts.get("verhaeltnis"), lang)
    ratio = facts.get("tatsaechlich")
    if ratio is None:
        lines.append(label("html.votes.one_side", lang).format(limit=limit))
    else:
        lines.append(label("html.votes.ratio", lang).format(ratio=fmt(ratio, lang), limit=limit))
    heading = el("h3", f"{label('html.votes', lang)} — {rule_heading(result, lang)}")
    verdict = el("p", el("strong", status_label(result, lang), class_=result.status))
    return el("section", heading, el("ul", [el("li", line) for line in lines]), verdict)


def plan_currency(file: FileResult) -> tuple[dt.date, dt.date] | None:
    """The plan's latest counted adoption and when it must next be updated: the facts
    ``letztes_datum`` and ``faellig_am`` of the currency rule (FRL-4.2)."""
    for result in file.results:
        latest, due = result.facts.get("letztes_datum"), result.facts.get("faellig_am")
        if result.rule.check == DUE_CHECK and isinstance(due, dt.date):
            assert isinstance(latest, dt.date)
            return latest, due
    return None


def timeline(file: FileResult, stichtag: dt.date, lang: Lang) -> Html:
    """Beschluss, Fortschreibungen (with the body that adopted them) and the next due date."""
    heading = el("h3", label("html.timeline", lang))
    plan = file.document.handlungskonzept if file.document else None
    if plan is None:
        return el("section", heading, el("p", label("html.timeline.none", lang)))
    rows = [_event("adopted", plan.beschluss, stichtag, lang)]
    rows += [
        _event("update", update, stichtag, lang)
        for update in sorted(plan.fortschreibungen, key=lambda u: u.datum)
    ]
    currency = plan_currency(file)
    due_text = day(currency[1], lang) if currency else label("html.timeline.no_due", lang)
    rows.append(
        el(
            "tr",
            el("th", label("html.timeline.due", lang), scope="row"),
            el("td", el("strong", due_text), colspan="3"),
        )
    )
    caption = plan.titel or ""
    return el("section", heading, el("p", caption) if caption else None, el("table", rows))


def _event(kind: str, event: Beschluss | Fortschreibung, stichtag: dt.date, lang: Lang) -> Html:
    notes = []
    # Only the alliance itself adopts the plan (D.I.5); an update by another body does not
    # keep it current (H.II.3; SPEC §2, FRL-4.2).
    if event.gremium != "allianz":
        notes.append(label(f"html.timeline.not_alliance.{kind}", lang))
    if event.datum > stichtag:
        notes.append(label("html.timeline.later", lang))
    adopted = label("html.timeline.by", lang).format(gremium=value("gremium", event.gremium, lang))
    where = event.fundstelle
    return el(
        "tr",
        el("th", label(f"html.timeline.{kind}", lang), scope="row"),
        el("td", day(event.datum, lang)),
        el("td", adopted, void("br") if where else None, where),
        el("td", "; ".join(notes), class_="not_met" if event.gremium != "allianz" else None),
    )
