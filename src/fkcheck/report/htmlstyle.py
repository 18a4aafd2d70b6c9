"""The HTML report's style sheet: inline, for screen and for A4 print.

The running page header (alliance and Stichtag) and the page numbers use CSS page
margin boxes (``@top-left``, ``@bottom-right`` with ``counter(page)``/``counter(pages)``),
which Chromium renders in print and print-to-PDF since version 131. Each alliance's
section is a *named page* with its own header, so a report on several alliances shows
the right name on every page. Long tables also repeat their column heads (``thead``)
on each page, which every browser does.
"""

from __future__ import annotations

from collections.abc import Sequence

from fkcheck.report.htmlkit import css_string

BASE = """
:root { --ok: #17612e; --bad: #a4161a; --warn: #8a5a00; --muted: #5a5a5a; --line: #c8c8c8; }
html { font: 10.5pt/1.4 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #111; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; margin: 0 0 .3em; border-bottom: 2px solid #333; }
h3 { font-size: 1.1em; margin: 1.2em 0 .4em; break-after: avoid; }
h4 { font-size: 1em; margin: 0 0 .2em; }
p { margin: .2em 0 .4em; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
th, td { border: 1px solid var(--line); padding: .2em .35em; text-align: left;
  vertical-align: top; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tbody th[scope=rowgroup] { background: #f6f6f6; font-weight: 600; }
blockquote { margin: .3em 0 .3em 1em; padding-left: .6em; border-left: 3px solid var(--line);
  font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.meta, .source, .muted { color: var(--muted); font-size: .9em; }
.verdict { font-size: 1.15em; font-weight: 700; padding: .4em .6em; border: 2px solid; }
.verdict.yes { color: var(--ok); } .verdict.no { color: var(--bad); }
.met { color: var(--ok); } .not_met { color: var(--bad); } .reminder { color: var(--warn); }
.not_applicable { color: var(--muted); } .waived { color: #6b2c91; }
ol.todo > li, article.rule { break-inside: avoid; margin-bottom: .6em; }
article.rule { border-top: 1px solid var(--line); padding-top: .3em; }
ul.docs { list-style: none; padding-left: 0; }
ul.docs > li { break-inside: avoid; margin-bottom: .7em; }
ul.names { columns: 2; }
table.members { font-size: .92em; }
table.members th[scope=row] { width: 38%; font-weight: normal; }
blockquote p { margin: 0; }
.matrix th, .matrix td { text-align: center; padding: .15em; font-size: .85em; }
.matrix th.row { text-align: left; }
.matrix thead th { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.matrix thead th.row { writing-mode: horizontal-tb; transform: none; }
.m-met { color: var(--ok); } .m-muss { color: var(--bad); font-weight: 700; }
.m-other { color: var(--warn); } .m-na { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
"""


def page_rules(default_header: str, stichtag: str, page: tuple[str, str], footer: str) -> str:
    """The A4 page with its running header and footer (the report's title)."""
    numbers = f"{css_string(page[0] + ' ')} counter(page) {css_string(' ' + page[1] + ' ')} "
    return (
        "@page { size: A4; margin: 20mm 16mm 18mm;\n"
        f"  @top-left {{ content: {css_string(default_header)}; {_BOX} }}\n"
        f"  @top-right {{ content: {css_string(stichtag)}; {_BOX} }}\n"
        f"  @bottom-left {{ content: {css_string(footer)}; {_BOX} }}\n"
        f"  @bottom-right {{ content: {numbers}counter(pages); {_BOX} }} }}\n"
    )


_BOX = "font-size: 8.5pt; color: #444;"


def named_pages(headers: Sequence[str]) -> str:
    """One named page per alliance section (``f1``, ``f2``, …) with its name as header
    (the Stichtag stays on the right, from the default page)."""
    rules = []
    for number, header in enumerate(headers, start=1):
        rules.append(
            f"#f{number} {{ page: f{number}; }}\n"
            f"@page f{number} {{ @top-left {{ content: {css_string(header)}; {_BOX} }} }}\n"
        )
    return "".join(rules)
