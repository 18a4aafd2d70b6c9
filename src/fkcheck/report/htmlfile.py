"""One alliance's part of the HTML report, from the verdict to the provenance."""

from __future__ import annotations

from collections.abc import Mapping

from fkcheck import __version__
from fkcheck.i18n import Lang, fmt, label
from fkcheck.model import Ausnahme
from fkcheck.report.common import problem_message, verdict
from fkcheck.report.htmldocs import documents
from fkcheck.report.htmlkit import Html, el
from fkcheck.report.htmlmembers import members, timeline, votes
from fkcheck.report.htmlrules import checklist, todo
from fkcheck.results import FileResult, Run


def heading(file: FileResult) -> str:
    """What the page header and the overview call a file: its alliance, or its name."""
    return file.title or file.name


def section(file: FileResult, number: int, run: Run, lang: Lang) -> Html:
    parts: list[object] = [
        el("h2", heading(file)),
        el(
            "p",
            f"{label('html.file', lang)}: {file.name} · "
            f"{label('reference_date', lang)} {fmt(run.stichtag, lang)}",
            class_="meta",
        ),
        el("p", verdict(file, lang), class_="verdict " + ("yes" if file.eligible() else "no")),
    ]
    if file.invalid:
        parts.append(_problems(file, lang))
    else:
        sides = run.pack.reference.get("seiten", {})
        parts += [
            todo(file, lang),
            checklist(file, lang),
            members(file, sides, run.stichtag, lang),
            votes(file, lang),
            timeline(file, run.stichtag, lang),
            waivers(file, run, lang),
            documents(file, run.pack.richtlinie, run.stichtag, lang),
        ]
    parts += [provenance(file, run, lang), note(run, lang)]
    return el("section", parts, id=f"f{number}", class_="file")


def _problems(file: FileResult, lang: Lang) -> Html:
    items = [
        el(
            "li",
            f"{label('html.line', lang)} {p.line}: " if p.line else "",
            problem_message(p, lang),
        )
        for p in file.problems
    ]
    return el("section", el("h3", label("html.input_errors", lang)), el("ol", items))


def waivers(file: FileResult, run: Run, lang: Lang) -> Html | None:
    """The file's waivers (ausnahmen) and what became of each at the Stichtag."""
    entries = file.document.ausnahmen if file.document else []
    if not entries:
        return None
    heading = el("h3", label("html.waivers", lang))
    if not run.waivers:
        return el("section", heading, el("p", label("html.waivers.off", lang)))
    notes = {note.waiver.rule: note.kind for note in file.waiver_notes}
    columns = ("html.waiver.col.rule", "waiver_reason", "waived_until", "approved_by")
    head = el(
        "thead",
        el(
            "tr",
            [el("th", label(c, lang), scope="col") for c in columns],
            el("th", label("html.col.status", lang), scope="col"),
        ),
    )
    rows = [_waiver(entry, notes.get(entry.regel, "active"), lang) for entry in entries]
    return el("section", heading, el("table", head, rows))


def _waiver(entry: Ausnahme, state: str, lang: Lang) -> Html:
    return el(
        "tr",
        el("th", entry.regel, scope="row"),
        el("td", entry.begruendung),
        el("td", fmt(entry.bis, lang)),
        el("td", entry.genehmigt_durch or "—"),
        el(
            "td",
            label(f"html.waiver.{state}", lang),
            class_="met" if state == "active" else "reminder",
        ),
    )


def provenance(file: FileResult, run: Run, lang: Lang) -> Html:
    """Which program, rule pack and input bytes this report rests on, and the Stichtag."""
    pack = run.pack
    pack_name = f"{pack.id} {pack.version}"
    if pack.extends:
        bases = ", ".join(f"{b.id} {b.version}" for b in pack.extends)
        pack_name += f" ({label('extends', lang)} {bases})"
    facts = [
        (label("html.provenance.tool", lang), f"fkcheck {__version__}"),
        (label("rule_pack", lang), pack_name),
        (label("html.provenance.pack_hash", lang), el("span", pack.sha256, class_="hash")),
        (label("html.file", lang), file.name),
        (label("html.provenance.input", lang), el("span", file.sha256 or "—", class_="hash")),
        (label("reference_date", lang), fmt(run.stichtag, lang)),
    ]
    items = [[el("dt", term), el("dd", text)] for term, text in facts]
    return el("section", el("h3", label("html.provenance", lang)), el("dl", items, class_="facts"))


def note(run: Run, lang: Lang) -> Html | None:
    """The pack's note that only the officially published Richtlinie is authoritative."""
    text = run.pack.richtlinie.get("hinweis")
    if not isinstance(text, Mapping):
        return None
    said = text.get(lang) or text.get("de")
    return el("p", el("strong", f"{label('html.note', lang)}: "), str(said)) if said else None
