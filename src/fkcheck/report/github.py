"""GitHub Actions workflow commands: one annotation per finding, then a short summary.

Each finding becomes ``::error file=F,line=L,col=C,title=T::MESSAGE`` (``warning`` for a
Soll-Vorgabe, ``notice`` for a Hinweis and for every finding an active waiver accepts).

Why data from the input can never issue a workflow command of its own
(the runner's parser: actions/runner ``ActionCommand.cs``):

* The runner reads a command only from a line that starts with ``::`` (after leading
  blanks). Every line this reporter writes starts with fixed text: ``::error``,
  ``::warning``, ``::notice`` or a summary symbol. Data can never start a line because it
  never contains a raw line break: control characters, including newline, carriage
  return, U+2028/U+2029 and ESC (so ANSI sequences too), are first made visible as
  ``\\n``, ``\\x1b``, … (:func:`inert`). Line breaks of our own, between the
  message and the remedy, are written as ``%0A`` by the escaping.
* Escaping follows the runner's unescaping: ``%`` first (so a ``%0A`` in the input
  stays the text ``%0A``), then CR and LF; properties also escape ``:`` and ``,``, so
  data cannot end the property list (``::``) or start another property (``,``).
* ``::stop-commands::TOKEN`` (and the resume token) are commands like any other:
  they would need a line of their own, which data cannot have.
* Lines that are not commands are also scanned by the runner's old ``##[command]``
  parser, anywhere in the line; the summary therefore writes ``##[`` as ``##\\[``.

GitHub shows at most 10 annotations of each kind per step; all are printed anyway (the
log keeps them) and the summary says how many there are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from fkcheck.i18n import Lang, fmt, label
from fkcheck.report.common import (
    INPUT_RULE,
    WAIVER_RULE,
    Finding,
    finding_force,
    finding_heading,
    findings,
    symbol,
    verdict,
    waiver_text,
)
from fkcheck.report.escape import escape_data, escape_property, inert
from fkcheck.results import FileResult, Run
from fkcheck.sources import STDIN_NAME

LEVELS: dict[str, str] = {"error": "error", "warning": "warning", "info": "notice"}
UI_LIMIT = 10  # annotations of one kind GitHub shows per step

_NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "finding": {"de": ("Befund", "Befunde"), "en": ("finding", "findings")},
    "error": {"de": ("Fehler", "Fehler"), "en": ("error", "errors")},
    "warning": {"de": ("Warnung", "Warnungen"), "en": ("warning", "warnings")},
    "notice": {"de": ("Hinweis", "Hinweise"), "en": ("notice", "notices")},
}


def command(name: str, properties: Iterable[tuple[str, str]], message: str) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    head = f"{name} {props}" if props else name
    return f"::{head}::{escape_data(message)}"


def render(run: Run, lang: Lang, color: bool = False) -> str:
    lines: list[str] = []
    levels: Counter[str] = Counter()
    for file in run.files:
        for finding in findings(file, lang):
            level = level_of(finding)
            levels[level] += 1
            lines.append(annotation(finding, level, file.name, lang))
    lines += summary(run, levels, lang)
    return "\n".join(lines) + "\n"


def level_of(finding: Finding) -> str:
    return "notice" if finding.waived else LEVELS[finding.severity]


def annotation(finding: Finding, level: str, name: str, lang: Lang) -> str:
    properties = [*_location(finding, name), ("title", inert(_title(finding, lang)).strip())]
    body = "\n".join(inert(part) for part in _body(finding, lang))
    return command(level, properties, body)


def _location(finding: Finding, name: str) -> list[tuple[str, str]]:
    if name == STDIN_NAME:
        return []
    where = [("file", inert(name)), ("line", str(max(finding.line or 1, 1)))]
    if finding.line and finding.column:
        where.append(("col", str(max(finding.column, 1))))
    return where


def _title(finding: Finding, lang: Lang) -> str:
    if finding.rule == WAIVER_RULE:
        return f"{finding.title} {finding.facts.get('regel', '')}".rstrip()
    if finding.rule == INPUT_RULE:
        return finding.title
    if finding.waived:
        return f"{finding_heading(finding)} — {label('waived', lang)}"
    return f"{finding_heading(finding)} ({finding_force(finding, lang)})"


def _body(finding: Finding, lang: Lang) -> list[str]:
    parts = [finding.message]
    if finding.waiver is not None:
        parts.append(waiver_text(finding.waiver, lang))
    if finding.remediation:
        parts.append(f"{label('remedy', lang)}: {finding.remediation}")
    if finding.citation:
        parts.append(f"{label('legal', lang)}: {finding.citation}")
    return parts


def summary(run: Run, levels: Counter[str], lang: Lang) -> list[str]:
    """Plain lines for people reading the log; none can be taken for a command."""
    pack = run.pack
    lines = [
        f"fkcheck: {label('reference_date', lang)} {fmt(run.stichtag, lang)} · "
        f"{label('rule_pack', lang)} {pack.id} {pack.version}"
    ]
    lines += [_file_line(file, lang) for file in run.files]
    lines.append(label("gh.annotations", lang).format(**_counts(levels, lang)))
    if any(levels[name] > UI_LIMIT for name in LEVELS.values()):
        lines.append(label("gh.ui_limit", lang).format(limit=UI_LIMIT))
    return [plain(line) for line in lines]


def _counts(levels: Counter[str], lang: Lang) -> dict[str, str]:
    """'3 Fehler', '1 Warnung', … for every level and 'finding' for the total."""
    numbers = {"finding": levels.total(), **{name: levels[name] for name in LEVELS.values()}}
    return {kind: f"{n} {_NOUNS[kind][lang][0 if n == 1 else 1]}" for kind, n in numbers.items()}


def _file_line(file: FileResult, lang: Lang) -> str:
    name = f"{file.name} — {file.title}" if file.title else file.name
    return f"{symbol(file)} {name}: {verdict(file, lang)}"


def plain(line: str) -> str:
    """A summary line: controls visible, and no ``##[`` for the runner's old command syntax."""
    return inert(line).replace("##[", "##\\[")
