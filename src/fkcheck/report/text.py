"""The officer's report: a verdict per file, then every requirement with its status."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

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


def render(run: Run, lang: Lang, color: bool, width: int | None = None) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width or 100,
        highlight=False,
        emoji=False,
        soft_wrap=width is None,
    )
    for index, file in enumerate(run.files):
        if index:
            console.print()
        _file(console, file, run, lang)
    if len(run.files) > 1:
        console.print()
        console.print(Text(files_summary(run, lang), style="bold"))
    return buffer.getvalue()


def _say(console: Console, text: str, style: str = "") -> None:
    """Print one line holding input text: inert, and never taken for a workflow command."""
    console.print(Text(log_line(text), style=style))


def _file(console: Console, file: FileResult, run: Run, lang: Lang) -> None:
    heading = f"{file.title} — {file.name}" if file.title else file.name
    _say(console, f"{symbol(file)} {heading}", "bold")
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
    _say(console, meta, "dim")
    good = file.eligible()
    console.print(Text(verdict(file, lang), style="bold green" if good else "bold red"))
    for problem in file.problems:
        where = f"{file.name}:{problem.line or 1}:{problem.column or 1}"
        _say(console, f"  ✘ {where}: {problem_message(problem, lang)}", "red")
    for result in file.results:
        _result(console, result, file.name, lang)
    for note in waiver_findings(file, lang):
        _waiver_note(console, note, file.name, lang)


def _result(console: Console, result: RuleResult, name: str, lang: Lang) -> None:
    kind = (
        "not_applicable"
        if result.not_applicable
        else "passed"
        if result.passed
        else result.severity
    )
    line = Text(f"  {_SYMBOL['waived' if result.waived else kind]} ")
    line.append(f"{rule_heading(result)} ", style="bold")
    line.append(title(result, lang))
    line.append(f" — {status_label(result, lang)}", style=_STYLE[kind])
    if result.unmet:
        line.append(f" ({force_label(result, lang)})", style=_STYLE[kind])
    if result.waiver is not None:
        line.append(f" — {label('waived', lang)}", style=_STYLE["waived"])
    console.print(line)
    if result.passed:
        _say(console, f"      {message(result, lang)}", "dim")
    else:
        _say(console, f"      {name}:{result.line}:{result.column}: {message(result, lang)}")
        if result.waiver is not None:
            _say(console, f"      {waiver_text(result.waiver, lang)}", "magenta")
        _say(console, f"      {label('remedy', lang)}: {remedy(result, lang)}")
    _say(console, f"      {label('legal', lang)}: {result.rule.citation.render(lang)}", "dim")


def _waiver_note(console: Console, note: Finding, name: str, lang: Lang) -> None:
    kind = note.severity
    line = Text(f"  {_SYMBOL[kind]} ")
    line.append(f"{label('rule.ausnahme', lang)} ", style="bold")
    line.append(inert(f"{name}:{note.line}:{note.column}: {note.message}"), style=_STYLE[kind])
    console.print(line)
    _say(console, f"      {label('remedy', lang)}: {note.remediation}")
