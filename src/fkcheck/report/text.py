"""The officer's report: a verdict per file, then every requirement with its status.

A file's report is built as lines of (text, style) pieces and joined into one string.
Without colour (a pipe, a file, CI logs, ``NO_COLOR``) that is plain text and rich is never
imported; with colour, rich renders each file's text in one call. Both give the same
characters: rich drops a few control codes and expands tabs, and the plain path does too.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from fkcheck.i18n import Lang, fmt, label
from fkcheck.report.common import (
    Finding,
    files_summary,
    force_label,
    message,
    problem_message,
    remedy,
    rule_heading,
    status_label,
    symbol,
    title,
    verdict,
    waiver_findings,
    waiver_text,
)
from fkcheck.report.escape import inert, log_line
from fkcheck.results import FileResult, RuleResult, Run

if TYPE_CHECKING:
    from rich.console import Console

_SYMBOL = {
    "passed": "✔",
    "not_applicable": "–",
    "error": "✘",
    "warning": "⚠",
    "info": "ℹ",
    "waived": "⊘",
}
_STYLE = {
    "passed": "green",
    "not_applicable": "dim",
    "error": "bold red",
    "warning": "yellow",
    "info": "cyan",
    "waived": "magenta",
}
# What rich.text.Text removes from any text it is given (bell, backspace, VT, FF, CR).
# (A pattern: str.translate with a dict looks up every character, 30 times slower.)
_RICH_DROPS = re.compile("[\a\b\v\f\r]")

Piece = tuple[str, str]  # (text, rich style; "" for none)


class _Lines:
    """One file's report, line by line; styles matter only with colour."""

    def __init__(self) -> None:
        self.lines: list[list[Piece]] = []

    def add(self, text: str = "", style: str = "") -> None:
        self.lines.append([(text, style)])

    def pieces(self, *pieces: Piece) -> None:
        self.lines.append(list(pieces))


def render(run: Run, lang: Lang, color: bool) -> str:
    console = _console() if color else None
    parts = []
    for file in run.files:
        lines = _Lines()
        _file(lines, file, run, lang)
        parts.append(_join(lines, console))
    if len(run.files) > 1:
        summary = _Lines()
        summary.add(files_summary(run, lang), "bold")
        parts.append(_join(summary, console))
    return "\n".join(parts)  # each part ends with a newline: a blank line between them


def _join(lines: _Lines, console: Console | None) -> str:
    if console is not None:
        return _coloured(lines, console)
    text = "\n".join("".join(text for text, _ in line) for line in lines.lines) + "\n"
    text = _RICH_DROPS.sub("", text)
    return _expand_tabs(text) if "\t" in text else text


def _expand_tabs(text: str) -> str:
    """Tabs as rich shows them: to the next multiple of 8 cells (wide characters count 2)."""
    from rich.text import Text

    shown = Text(text)
    shown.expand_tabs(8)
    return shown.plain


def _console() -> Console:
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        force_terminal=True,
        no_color=False,
        width=100,
        highlight=False,
        emoji=False,
        soft_wrap=True,
    )


def _coloured(lines: _Lines, console: Console) -> str:
    from rich.text import Text

    shown = Text()
    for line in lines.lines:
        for text, style in line:
            shown.append(text, style or None)
        shown.append("\n")
    with console.capture() as captured:
        console.print(shown, end="")
    return captured.get()


def _file(out: _Lines, file: FileResult, run: Run, lang: Lang) -> None:
    heading = f"{file.title} — {file.name}" if file.title else file.name
    out.add(log_line(f"{symbol(file)} {heading}"), "bold")
    pack = run.pack
    meta = (
        f"{label('reference_date', lang)} {fmt(run.stichtag, lang)} · {label('rule_pack', lang)} "
        f"{pack.id} {pack.version}"
    )
    if pack.extends:
        meta += (
            f" ({label('extends', lang)} "
            + ", ".join(f"{b.id} {b.version}" for b in pack.extends)
            + ")"
        )
    if pack.disabled:
        meta += f" · {label('disabled', lang)}: " + ", ".join(pack.disabled)
    out.add(log_line(meta), "dim")
    good = file.eligible()
    out.add(verdict(file, lang), "bold green" if good else "bold red")
    for problem in file.problems:
        where = f"{file.name}:{problem.line or 1}:{problem.column or 1}"
        out.add(log_line(f"  ✘ {where}: {problem_message(problem, lang)}"), "red")
    for result in file.results:
        _result(out, result, file.name, lang)
    for note in waiver_findings(file, lang):
        _waiver_note(out, note, file.name, lang)


def _result(out: _Lines, result: RuleResult, name: str, lang: Lang) -> None:
    kind = _kind(result)
    line: list[Piece] = [
        (f"  {_SYMBOL['waived' if result.waived else kind]} ", ""),
        (f"{rule_heading(result)} ", "bold"),
        (title(result, lang), ""),
        (f" — {status_label(result, lang)}", _STYLE[kind]),
    ]
    if result.unmet:
        line.append((f" ({force_label(result, lang)})", _STYLE[kind]))
    if result.waiver is not None:
        line.append((f" — {label('waived', lang)}", _STYLE["waived"]))
    out.pieces(*line)
    if result.passed:
        out.add(log_line(f"      {message(result, lang)}"), "dim")
    else:
        where = f"{name}:{result.line}:{result.column}"
        out.add(log_line(f"      {where}: {message(result, lang)}"))
        if result.waiver is not None:
            out.add(log_line(f"      {waiver_text(result.waiver, lang)}"), "magenta")
        out.add(log_line(f"      {label('remedy', lang)}: {remedy(result, lang)}"))
    out.add(log_line(f"      {label('legal', lang)}: {result.rule.citation.render(lang)}"), "dim")


def _kind(result: RuleResult) -> str:
    if result.not_applicable:
        return "not_applicable"
    return "passed" if result.passed else result.severity


def _waiver_note(out: _Lines, note: Finding, name: str, lang: Lang) -> None:
    kind = note.severity
    out.pieces(
        (f"  {_SYMBOL[kind]} ", ""),
        (f"{label('rule.ausnahme', lang)} ", "bold"),
        (inert(f"{name}:{note.line}:{note.column}: {note.message}"), _STYLE[kind]),
    )
    out.add(log_line(f"      {label('remedy', lang)}: {note.remediation}"))
