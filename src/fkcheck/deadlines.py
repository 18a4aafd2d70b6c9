"""``fkcheck deadlines``: what falls due or changes between the Stichtag and ``--until``.

Every date that can change the verdict is tried by evaluating the pack on that day, so
the report says what actually happens then ("Ab 01.01.2027 … – Förderfähig: nein"), not
what a rule of thumb predicts:

- the next Fortschreibung of the Handlungskonzept (D.I.6, H.II.3), and the day the
  warning window before it opens;
- the yearly Interessensbekundung to the SMWA by 30 September (F.II.1);
- memberships ending (``bis``: the member counts up to and including that day);
- waivers expiring (a waiver holds up to and including its ``bis``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from fkcheck import document, engine, rulepack, sources
from fkcheck.checkbase import shift_months
from fkcheck.errors import InputError, Problem, UsageError
from fkcheck.i18n import Lang
from fkcheck.results import EXIT_INVALID, EXIT_OK, FileResult, RuleResult, Run
from fkcheck.runner import Options

KINDS = ("fortschreibung", "warnfenster", "interessensbekundung", "mitgliedschaft_endet",
         "ausnahme_endet")  # fmt: skip
DEFAULT_MONTHS = 18  # --until defaults to 18 months after the Stichtag
DECLARATION_DAY = (9, 30)  # F.II.1: "bis spätestens 30. September eines Jahres"
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Deadline:
    """One date in the schedule and the verdict from the day it takes effect."""

    date: dt.date
    kind: str
    rule: str | None  # the rule it concerns (for a membership: the first rule it breaks)
    subject: str | None  # the member's name, or None
    effective: dt.date  # the first day of the new state, on which the pack was evaluated
    eligible: bool
    failing: tuple[str, ...]  # rules not met from ``effective`` on
    newly_failing: tuple[RuleResult, ...] = ()  # met the day before, not met from then on
    due: dt.date | None = None  # for warnfenster: the Fortschreibung it warns of


@dataclass(frozen=True)
class FileSchedule:
    name: str
    alliance: str | None = None
    deadlines: tuple[Deadline, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Schedule:
    files: tuple[FileSchedule, ...]
    stichtag: dt.date
    until: dt.date
    pack: rulepack.RulePack = field(repr=False)

    def exit_code(self) -> int:
        return EXIT_INVALID if any(f.problems for f in self.files) else EXIT_OK


def default_until(stichtag: dt.date) -> dt.date:
    return shift_months(stichtag, DEFAULT_MONTHS)


def build(paths: list[str], options: Options, until: dt.date | None = None) -> Schedule:
    pack = rulepack.load(options.rules)
    end = until or default_until(options.stichtag)
    files = tuple(
        _file(item, pack, options, end)
        for item in sources.read(
            paths, options.limits.max_bytes, options.skip, options.force_exclude
        )
    )
    return Schedule(files, options.stichtag, end, pack)


def _file(
    item: sources.Input, pack: rulepack.RulePack, options: Options, until: dt.date
) -> FileSchedule:
    if item.problem is not None:
        return FileSchedule(item.name, problems=(item.problem,))
    assert item.raw is not None
    try:
        source = document.load(item.name, item.raw, options.limits)
    except InputError as exc:
        return FileSchedule(item.name, problems=exc.problems)
    cache: dict[dt.date, FileResult] = {}

    def verdict_on(day: dt.date) -> FileResult:
        if day not in cache:
            cache[day] = engine.evaluate(
                pack, source, day, options.warn_before, waivers=options.waivers
            )
        return cache[day]

    today = verdict_on(options.stichtag)
    if today.invalid:  # e.g. a waiver for a rule the pack does not know
        return FileSchedule(item.name, today.title, problems=today.problems)
    found = [
        _deadline(event, verdict_on)
        for event in _events(source, today, options.stichtag, until, options.waivers)
    ]
    order = {kind: index for index, kind in enumerate(KINDS)}
    found.sort(key=lambda d: (d.date, order[d.kind], d.rule or "", d.subject or ""))
    return FileSchedule(item.name, today.title, tuple(found))


@dataclass(frozen=True)
class _Event:
    date: dt.date
    kind: str
    rule: str | None
    subject: str | None
    effective: dt.date
    due: dt.date | None = None


def _events(
    source: document.Source, today: FileResult, stichtag: dt.date, until: dt.date, waivers: bool
) -> Iterator[_Event]:
    for result in today.results:
        due = result.facts.get("faellig_am") if result.rule.check == "aktualitaet" else None
        if not isinstance(due, dt.date):
            continue
        window = int(result.facts.get("warnfenster_tage") or 0)
        start = due - dt.timedelta(days=window)
        if stichtag <= start <= until and window:
            yield _Event(start, "warnfenster", result.rule.id, None, start, due)
        if due <= until:  # an overdue plan is listed too: it is the most urgent date
            yield _Event(due, "fortschreibung", result.rule.id, None, max(due + ONE_DAY, stichtag))
    for year in range(stichtag.year, until.year + 1):
        day = dt.date(year, *DECLARATION_DAY)
        if stichtag <= day <= until:
            yield _Event(day, "interessensbekundung", None, None, day)
    for member in source.document.mitglieder:
        if member.bis is not None and stichtag <= member.bis < until:
            yield _Event(member.bis + ONE_DAY, "mitgliedschaft_endet", None, member.name,
                         member.bis + ONE_DAY)  # fmt: skip
    if waivers:
        for waiver in engine.read_waivers(source):
            if stichtag <= waiver.until < until:
                end = waiver.until + ONE_DAY
                yield _Event(end, "ausnahme_endet", waiver.rule, None, end)


def _deadline(event: _Event, verdict_on: Callable[[dt.date], FileResult]) -> Deadline:
    then = verdict_on(event.effective)
    before = {r.rule.id for r in verdict_on(event.effective - ONE_DAY).results if r.unmet}
    failing = tuple(r.rule.id for r in then.results if r.unmet)
    newly = tuple(r for r in then.results if r.unmet and r.rule.id not in before)
    rule = event.rule
    if event.kind == "mitgliedschaft_endet" and newly:
        rule = newly[0].rule.id
    return Deadline(
        event.date,
        event.kind,
        rule,
        event.subject,
        event.effective,
        then.eligible(),
        failing,
        newly,
        event.due,
    )


# --- the command ----------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What ``fkcheck deadlines`` was asked for (the command line, parsed; None: not given)."""

    paths: list[str]
    stichtag: dt.date | None = None
    until: dt.date | None = None
    rules: str | None = None
    format: str = "text"
    output: Path | None = None
    warn_before: int | None = None
    lang: Lang | None = None
    config: str | None = None  # --config; None: look for .fkcheck.yaml
    no_config: bool = False


def run(request: Request, out: TextIO, err: TextIO) -> int:
    """Build the schedule, write it (atomically to a file, never over an input); the exit
    status: 0, or 2 when an input could not be read.

    Paths, rule pack, language, warning window and waivers come from the command line,
    then ``.fkcheck.yaml``, then the defaults, exactly as for ``fkcheck check``.
    """
    from fkcheck import config, runner, settings
    from fkcheck.report.common import encodable
    from fkcheck.report.schedule import FORMATS

    given = {"as-of": request.stichtag, "rules": request.rules, "lang": request.lang,
             "warn-before": request.warn_before}  # fmt: skip
    found = config.load(request.config, search=not request.no_config)
    plan = settings.plan(request.paths, given, found, os.environ, dt.date.today())
    stichtag, lang = plan.options.stichtag, plan.lang
    until = request.until or default_until(stichtag)
    if until < stichtag:
        raise UsageError([Problem("usage.until_before", {"until": until, "von": stichtag})])
    schedule = build(plan.paths, plan.options, until)
    for file in schedule.files:
        _report_problems(file, lang, err)
    text = encodable(FORMATS[request.format](schedule, lang))
    if request.output is None:
        _write(out, text, binary=request.format == "ics")
    else:
        checked = Run(tuple(FileResult(f.name) for f in schedule.files), schedule.pack, until)
        runner.refuse_input(request.output, checked, plan.protected)
        runner.write_atomically(request.output, text)
    return schedule.exit_code()


def _write(out: TextIO, text: str, *, binary: bool) -> None:
    """iCalendar lines end in CRLF already: bytes go out as they are, so that a Windows
    console stream does not turn them into CR CR LF."""
    from fkcheck import streams

    raw = getattr(out, "buffer", None) if binary else None
    if raw is None:
        streams.write(out, text)  # a cut-off schedule is exit 2, never 0
        return
    try:
        out.flush()
        raw.write(text.encode("utf-8"))
        raw.flush()
    except OSError as exc:  # a broken pipe or a closed stream: not delivered
        raise UsageError([Problem("usage.output_broken")]) from exc


def _report_problems(file: FileSchedule, lang: Lang, err: TextIO) -> None:
    from fkcheck.report.common import problem_message
    from fkcheck.report.escape import inert, unlike_command

    for problem in file.problems:
        where = file.name
        if problem.line is not None:
            where += f":{problem.line}:{problem.column or 1}"
        err.write(unlike_command(inert(f"{where}: {problem_message(problem, lang)}")) + "\n")
