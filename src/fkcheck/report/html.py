"""``--format html``: one self-contained, printable report for the file and the application.

One HTML5 file with inline CSS, no script and no external resource; a Content Security
Policy (``default-src 'none'``) makes the browser refuse any request, should one ever slip
in. It prints on A4 with the alliance and the Stichtag in the running header and page
numbers in the footer (see :mod:`fkcheck.report.htmlstyle`). Several files give one report
that starts with an overview matrix (alliances × requirements).

All text from input files and packs reaches the page through :mod:`fkcheck.report.htmlkit`,
which escapes it; the output is deterministic (no timestamps), so golden files stay stable.
"""

from __future__ import annotations

from fkcheck import __version__
from fkcheck.i18n import Lang, fmt, label
from fkcheck.i18n import render as fill
from fkcheck.report.common import files_summary
from fkcheck.report.htmlfile import heading, section
from fkcheck.report.htmlkit import Html, el, join, void
from fkcheck.report.htmlstyle import BASE, named_pages, page_rules
from fkcheck.results import FileResult, RuleResult, Run

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"


def render_html(run: Run, lang: Lang) -> str:
    title = label("html.title", lang)
    stichtag = f"{label('reference_date', lang)} {fmt(run.stichtag, lang)}"
    headers = [heading(f) for f in run.files]
    style = (
        page_rules(
            title,
            stichtag,
            (label("html.page", lang), label("html.page_of", lang)),
            f"fkcheck {__version__}",
        )
        + named_pages(headers)
        + BASE
    )
    head = join(
        [
            void("meta", charset="utf-8"),
            void("meta", http_equiv="Content-Security-Policy", content=_CSP),
            void("meta", name="viewport", content="width=device-width, initial-scale=1"),
            el("title", f"{title} – {headers[0]}" if len(run.files) == 1 else title),
            Html(f"<style>{style}</style>"),  # built from constants and css_string() only
        ]
    )
    # One file: its section is the page (the title is in the running header). Several: the
    # overview comes first, then each file on its own named page.
    body: list[object] = [overview(run, title, lang)] if len(run.files) > 1 else []
    body += [section(f, n, run, lang) for n, f in enumerate(run.files, start=1)]
    page = el("html", el("head", head), el("body", body), lang=lang)
    return f"<!DOCTYPE html>\n{page}\n"


def render(run: Run, lang: Lang, color: bool = False) -> str:
    return render_html(run, lang)


# --- the overview of several files -------------------------------------------------------

_MARKS = {"met": "✔", "muss": "✘", "other": "⚠", "na": "–"}


def mark(result: RuleResult) -> str:
    """Which mark a requirement gets in the overview: met, Muss unmet, other finding, n/a."""
    if result.status == "not_applicable":
        return "na"
    if result.status == "met":
        return "met"
    return "muss" if result.unmet and result.rule.force == "muss" else "other"


def overview(run: Run, title: str, lang: Lang) -> Html:
    rules = run.pack.rules
    columns = [
        el(
            "th",
            el("abbr", rule.id, title=fill(rule.text("titel", lang), rule.params, lang)),
            scope="col",
        )
        for rule in rules
    ]
    head_row = el(
        "tr",
        el("th", label("html.overview.alliance", lang), scope="col", class_="row"),
        columns,
        el("th", label("html.overview.verdict", lang), scope="col"),
    )
    rows = [_row(n, f, [r.id for r in rules], lang) for n, f in enumerate(run.files, start=1)]
    return el(
        "section",
        el("h1", title),
        el("h2", label("html.overview", lang)),
        el("p", files_summary(run, lang)),
        el("p", label("html.overview.intro", lang), class_="muted"),
        el("table", el("thead", head_row), el("tbody", rows), class_="matrix"),
        legend(lang),
        class_="overview",
    )


def _row(number: int, file: FileResult, rule_ids: list[str], lang: Lang) -> Html:
    name = el("th", el("a", heading(file), href=f"#f{number}"), scope="row", class_="row")
    verdict = label("eligible.yes" if file.eligible() else "eligible.no", lang)
    if file.invalid:
        cell = el(
            "td", label("html.mark.invalid", lang), colspan=str(len(rule_ids)), class_="m-muss"
        )
        return el("tr", name, cell, el("td", label("invalid", lang)))
    by_id = {r.rule.id: r for r in file.results}
    cells = [_cell(by_id.get(rule_id), rule_id, lang) for rule_id in rule_ids]
    return el("tr", name, cells, el("td", verdict))


def _cell(result: RuleResult | None, rule_id: str, lang: Lang) -> Html:
    if result is None:
        return el("td", "")
    kind = mark(result)
    words = label(f"html.mark.{kind}", lang)
    return el(
        "td",
        el("span", _MARKS[kind], aria_hidden="true"),
        el("span", words, class_="sr"),
        class_=f"m-{kind}",
        title=f"{rule_id}: {words}",
    )


def legend(lang: Lang) -> Html:
    items = [
        el(
            "li",
            el("span", _MARKS[kind], class_=f"m-{kind}", aria_hidden="true"),
            " ",
            label(f"html.mark.{kind}", lang),
        )
        for kind in ("met", "muss", "other", "na")
    ]
    return el("div", el("h3", label("html.legend", lang)), el("ul", items), class_="legend")
