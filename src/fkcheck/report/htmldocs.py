""" "Unterlagen für den Antrag": what the funding application needs (Richtlinie G.I and H.II).

Each item quotes the Richtlinie verbatim (``tests/test_report_html.py`` checks the quotes
against the kept copy, as for the rule pack) and adds what the file tells about it: the
members without a recorded Mitwirkungserklärung, the plan's due date, the managing member.
"""

from __future__ import annotations

import datetime as dt

from fkcheck.citations import law_title, long_place
from fkcheck.i18n import Lang, fmt, label
from fkcheck.model import Dokument
from fkcheck.report.htmlkit import Html, el
from fkcheck.report.htmlmembers import plan_currency
from fkcheck.results import FileResult

# The Richtlinie's words, in the order an application is put together.
QUOTES: tuple[tuple[str, str], ...] = (
    (
        "H.II.2",
        "Mit der Erstbeantragung von Maßnahmen nach Großbuchstabe B Ziffer I und bei Änderungen "
        "sind der Nachweis einer regionalen Fachkräfteallianz beispielsweise durch "
        "unterzeichnete Mitwirkungserklärungen der Mitglieder sowie Ausführungen zur "
        "Arbeitsweise und Organisation der Fachkräfteallianz vorzulegen. Bei "
        "Folgeantragstellungen kann auf einen bereits vorliegenden Nachweis verwiesen werden.",
    ),
    (
        "H.II.3",
        "Mit der Erstbeantragung von Maßnahmen nach Großbuchstabe B Ziffer I und danach "
        "mindestens im Abstand von zwei Jahren ist ein von der Fachkräfteallianz beschlossenes "
        "regionales Handlungskonzept nach Großbuchstabe D Ziffer I Nummer 5 vorzulegen.",
    ),
    (
        "H.II.4",
        "Mit dem Antrag auf Förderung ist eine befürwortende Stellungnahme der regionalen "
        "Fachkräfteallianz zur geplanten Maßnahme vorzulegen.",
    ),
    (
        "H.II.5",
        "Mit der Antragseinreichung hat der Antragsteller eine Abgrenzung der Maßnahme zu "
        "vergleichbaren bestehenden Förderprogrammen oder gesetzlichen Leistungen vorzunehmen.",
    ),
    (
        "G.I.3",
        "Mit der Antragstellung hat der Antragsteller zu bestätigen, dass die Maßnahme nicht zur "
        "Kofinanzierung von weiteren aus öffentlichen Mitteln finanzierten Projekten "
        "herangezogen wird, sofern es sich nicht um eine Maßnahmen gemäß des Dritten Buches "
        "Sozialgesetzbuch handelt, die eine Mitfinanzierung Dritter ermöglicht.",
    ),
    (
        "G.I.2",
        "Der Antrag auf Gewährung einer Zuwendung ist schriftlich nach den Vorgaben der "
        "Bewilligungsstelle und unter Verwendung der zur Verfügung gestellten Formulare über "
        "das geschäftsführende Mitglied der Fachkräfteallianz einzureichen.",
    ),
)


def documents(file: FileResult, law: object, stichtag: dt.date, lang: Lang) -> Html:
    document = file.document
    assert document is not None
    items = [_item(place, quote, file, document, law, stichtag, lang) for place, quote in QUOTES]
    return el(
        "section",
        el("h3", label("html.docs", lang)),
        el("p", label("html.docs.intro", lang), class_="muted"),
        el("ul", items, class_="docs"),
    )


def _item(
    place: str,
    quote: str,
    file: FileResult,
    document: Dokument,
    law: object,
    stichtag: dt.date,
    lang: Lang,
) -> Html:
    source = f"{law_title(law, lang)}, {long_place(place, lang)}"  # type: ignore[arg-type]
    return el(
        "li",
        el(
            "h4",
            el("span", "☐ ", aria_hidden="true"),
            f"{place}: {label(f'html.docs.{place}', lang)}",
        ),
        _from_file(place, file, document, stichtag, lang),
        el("blockquote", el("p", quote), lang="de"),
        el("p", source, class_="source"),
    )


def _from_file(
    place: str, file: FileResult, document: Dokument, stichtag: dt.date, lang: Lang
) -> Html | None:
    """What the alliance file says about this item, where it says anything."""
    if place == "H.II.2":
        missing = [
            m.name
            for m in document.mitglieder
            if m.active_on(stichtag) and m.mitwirkungserklaerung is None
        ]
        if not missing:
            return el("p", label("html.docs.H.II.2.complete", lang), class_="met")
        return el(
            "div",
            el("p", label("html.docs.H.II.2.missing", lang), class_="not_met"),
            el("ul", [el("li", name) for name in missing], class_="names"),
        )
    if place == "H.II.3":
        currency = plan_currency(file)
        if currency is None:
            return el("p", label("html.timeline.none", lang), class_="not_met")
        text = label("html.docs.H.II.3.state", lang)
        latest, due = currency
        return el("p", text.format(datum=fmt(latest, lang), faellig=fmt(due, lang)))
    if place == "G.I.2":
        return _managing(document, stichtag, lang)
    return None


def _managing(document: Dokument, stichtag: dt.date, lang: Lang) -> Html:
    wanted = document.allianz.geschaeftsfuehrung
    member = next((m for m in document.mitglieder if wanted and m.id == wanted), None)
    if member is None or not member.active_on(stichtag):
        return el("p", label("html.docs.G.I.2.missing", lang), class_="not_met")
    return el("p", label("html.docs.G.I.2.named", lang).format(name=member.name))
