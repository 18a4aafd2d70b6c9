"""The officer's report: the verdict, then what is to do, then what is met, one line each.

Each file's report is built as one string (colour as ANSI codes only when asked for), so
a thousand files cost a thousand joins, not tens of thousands of terminal writes.
``verbose`` adds today's full detail: every requirement with its legal basis, and the
legal text of each open point.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from fkcheck.i18n import Lang, fmt, label, t
from fkcheck.report.common import (
    Finding,
    files_summary,
    force_label,
    message,
    remedy,
    rule_heading,
    status_label,
    symbol,
    title,
    verdict,
    waiver_findings,
    waiver_text,
)
from fkcheck.report.escape import inert, unlike_command
from fkcheck.report.places import reference, where
from fkcheck.results import FileResult, RuleResult, Run

_SGR = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "bold red": "1;31",
    "bold green": "1;32",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
    "magenta": "35",
}
_SYMBOL = {"met": "✔", "not_applicable": "–", "error": "✘", "warning": "⚠", "info": "ℹ"}
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_FORCE_ORDER = {"muss": 0, "soll": 1, "plausibilitaet": 2}
INDENT = "      "


class _Painter:
    """Wraps text in ANSI colour codes, or leaves it plain (not a terminal, NO_COLOR)."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if self.color and text else text


def render(run: Run, lang: Lang, color: bool, verbose: bool | None = None) -> str:
    paint = _Painter(color)
    detail = run.verbose if verbose is None else verbose
    key = None if color else rendered_key(lang, detail)
    blocks = [
        (file.rendered.get(key) if key else None) or file_report(file, run, lang, paint, detail)
        for file in run.files
    ]
    if len(run.files) > 1:
        blocks.append(paint(files_summary(run, lang), "bold") + "\n")
    note = pack_note(run, lang)
    if note:
        blocks.append(paint(inert(f"{label('note', lang)}: {note}"), "dim") + "\n")
    return "\n".join(blocks)


def pack_note(run: Run, lang: Lang) -> str:
    """The pack's note on the legal texts ("only the official Richtlinie is authoritative")."""
    note = run.pack.richtlinie.get("hinweis") if run.pack.richtlinie else None
    return str(note.get(lang, "")) if isinstance(note, Mapping) else ""


def rendered_key(lang: Lang, verbose: bool) -> str:
    """The key of a file's plain text report in :attr:`FileResult.rendered`."""
    return f"text:{lang}:{'verbose' if verbose else 'brief'}"


def prerender(file: FileResult, run: Run, lang: Lang) -> dict[str, str]:
    """The plain text report of ``file`` in ``lang``, at ``run``'s detail, by its key."""
    return {
        rendered_key(lang, run.verbose): file_report(file, run, lang, _Painter(False), run.verbose)
    }


def file_report(file: FileResult, run: Run, lang: Lang, paint: _Painter, verbose: bool) -> str:
    lines = [*_header(file, run, lang, paint)]
    todo = list(_todo(file, lang, paint, verbose))
    if todo:
        lines += ["", paint(f"{label('todo', lang)}:", "bold"), *todo]
    done = [r for r in file.results if r.status in ("met", "not_applicable")]
    if done:
        lines += ["", paint(f"{label('done', lang)}:", "bold")]
        lines += [line for r in done for line in _done(r, lang, paint, verbose)]
    # No line that input text begins may be taken for a CI workflow command (``::error``).
    return "\n".join(unlike_command(line) for line in lines) + "\n"


def _header(file: FileResult, run: Run, lang: Lang, paint: _Painter) -> Iterator[str]:
    heading = f"{file.title} — {file.name}" if file.title else file.name
    yield paint(f"{symbol(file)} {inert(heading)}", "bold")
    pack = run.pack
    meta = (
        f"{label('reference_date', lang)} {fmt(run.stichtag, lang)} · {label('rule_pack', lang)} "
        f"{pack.id} {pack.version}"
    )
    if pack.extends:
        bases = ", ".join(f"{b.id} {b.version}" for b in pack.extends)
        meta += f" ({label('extends', lang)} {bases})"
    if pack.disabled:
        meta += f" · {label('disabled', lang)}: " + ", ".join(pack.disabled)
    yield paint(inert(meta), "dim")
    yield paint(verdict(file, lang), "bold green" if file.eligible() else "bold red")


def _todo(file: FileResult, lang: Lang, paint: _Painter, verbose: bool) -> Iterator[str]:
    """Input errors; unmet requirements (Muss, Soll, Plausibilität); reminders; waiver notes."""
    for problem in file.problems:
        place = where(problem.line, problem.column, problem.path, lang)
        text = t(problem.code, lang, problem.params)  # the place says where, in words
        yield paint(inert(f"  ✘ {place}: {text}" if place else f"  ✘ {text}"), "red")
        yield INDENT + paint(inert(reference(file.name, problem.line, problem.column)), "dim")
    unmet = sorted(
        (r for r in file.results if r.unmet), key=lambda r: _FORCE_ORDER.get(r.rule.force, 3)
    )
    reminders = [r for r in file.results if r.status == "reminder"]
    for result in unmet + reminders:
        yield from _open_point(result, file.name, lang, paint, verbose)
    for note in waiver_findings(file, lang):
        yield from _waiver_note(note, file.name, lang, paint)


def _open_point(
    result: RuleResult, name: str, lang: Lang, paint: _Painter, verbose: bool
) -> Iterator[str]:
    style = _STYLE[result.severity]
    kind = (
        label("force.reminder", lang) if result.status == "reminder" else force_label(result, lang)
    )
    heading = paint(inert(f"{rule_heading(result, lang)} {title(result, lang)}"), "bold")
    if result.status == "reminder":  # met in law: say so beside the deadline
        heading += f" — {status_label(result, lang)}"
    yield f"  {paint(_SYMBOL[result.severity], style)} {paint(kind, style)} · {heading}"
    place = where(result.line, None, result.path, lang, result.subject)
    text = inert(f"{INDENT}{message(result, lang)} ({place})")
    yield f"{text}  {paint(inert(reference(name, result.line, result.column)), 'dim')}"
    if result.waiver is not None:
        yield paint(inert(f"{INDENT}{waiver_text(result.waiver, lang)}"), "magenta")
    yield inert(f"{INDENT}{label('remedy', lang)}: {remedy(result, lang)}")
    if verbose:
        yield from _legal(result, lang, paint)


def _legal(result: RuleResult, lang: Lang, paint: _Painter) -> Iterator[str]:
    yield paint(
        inert(f"{INDENT}{label('legal', lang)}: {result.rule.citation.render(lang)}"), "dim"
    )
    quotes = result.rule.citation.legal_text().splitlines()  # one line per cited place
    if quotes:
        yield paint(inert(f"{INDENT}{label('legal_text', lang)}:"), "dim")
        for quote in quotes:
            yield paint(inert(f"{INDENT}  „{quote}“"), "dim")


def _waiver_note(note: Finding, name: str, lang: Lang, paint: _Painter) -> Iterator[str]:
    style = _STYLE[note.severity]
    head = f"  {paint(_SYMBOL[note.severity], style)} {paint(label('rule.ausnahme', lang), style)}"
    place = where(note.line, None, (), lang)
    ref = paint(inert(reference(name, note.line, note.column)), "dim")
    yield f"{head} · {inert(note.message)} ({place})  {ref}"
    yield inert(f"{INDENT}{label('remedy', lang)}: {note.remediation}")


def _done(result: RuleResult, lang: Lang, paint: _Painter, verbose: bool) -> Iterator[str]:
    """'✔ FRL-1.2 (D.I.2.c) Vertretung der Arbeitgeber: Vertreten durch: IHK Chemnitz'."""
    mark = _SYMBOL[result.status]
    style = "green" if result.status == "met" else "dim"
    fact = message(result, lang)
    if result.status == "not_applicable":
        fact = f"{status_label(result, lang)} – {fact}"
    heading = inert(f"{rule_heading(result, lang)} {title(result, lang)}")
    if not verbose:
        yield f"  {paint(mark, style)} {heading}: {inert(fact)}"
        return
    yield f"  {paint(mark, style)} {paint(heading, 'bold')} — {status_label(result, lang)}"
    yield paint(inert(f"{INDENT}{fact}"), "dim")
    yield from _legal(result, lang, paint)
