"""The command line: parse options, wire load → check → report, map the run to an exit code."""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from fkcheck import __version__
from fkcheck.errors import FkcheckError, Problem, UsageError
from fkcheck.i18n import Lang, t

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Prüft regionale Fachkräfteallianzen gegen die sächsische Fachkräfterichtlinie.",
)


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"


class Level(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class Language(StrEnum):
    de = "de"
    en = "en"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fkcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Version anzeigen / show version."
        ),
    ] = False,
) -> None:
    """fkcheck – Fachkräfterichtlinie Sachsen."""


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Dateien, Verzeichnisse oder '-' (Standardeingabe); ohne Angabe: include "
            "aus .fkcheck.yaml."
        ),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Stichtag JJJJ-MM-TT (Standard: heute).")
    ] = None,
    rules: Annotated[
        str | None, typer.Option("--rules", help="Regelpaket: Datei oder eingebaute id.")
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", help="Ausgabeformat (Standard: text; in GitHub Actions: github)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Bericht in diese Datei schreiben.")
    ] = None,
    report: Annotated[
        list[str] | None,
        typer.Option(
            "--report",
            metavar="FORMAT=DATEI",
            help="Weiteren Bericht aus demselben Lauf schreiben, z. B. sarif=fkcheck.sarif "
            "(mehrfach möglich).",
        ),
    ] = None,
    lang: Annotated[
        Language | None, typer.Option("--lang", help="Sprache der Ausgabe (de, en).")
    ] = None,
    fail_on: Annotated[
        Level | None, typer.Option("--fail-on", help="Ab dieser Schwere Exit-Status 1.")
    ] = None,
    warn_before: Annotated[
        int | None,
        typer.Option("--warn-before", min=0, help="Warnfenster in Tagen vor Fälligkeit."),
    ] = None,
    no_waivers: Annotated[
        bool,
        typer.Option(
            "--no-waivers", help="Ausnahmen (ausnahmen:) ignorieren, z. B. für Prüfungen."
        ),
    ] = False,
    config_file: Annotated[
        str | None,
        typer.Option("--config", help="Konfigurationsdatei (Standard: .fkcheck.yaml suchen)."),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--no-config", help="Keine .fkcheck.yaml lesen.")
    ] = False,
    force_exclude: Annotated[
        bool,
        typer.Option(
            "--force-exclude",
            help="exclude aus .fkcheck.yaml auch auf ausdrücklich genannte Dateien anwenden "
            "(für pre-commit).",
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Textbericht mit allen Einzelheiten und Rechtstexten."
        ),
    ] = False,
) -> None:
    """Allianz-Beschreibungen prüfen / check alliance descriptions."""
    from fkcheck import config, runner, settings

    language: Lang = "en" if lang is Language.en else "de"
    try:
        given = {
            "as-of": _parse_date(as_of, "--as-of") if as_of is not None else None,
            "rules": rules,
            "format": fmt.value if fmt else None,
            "output": str(output) if output else None,
            "report": report,
            "lang": lang.value if lang else None,
            "fail-on": fail_on.value if fail_on else None,
            "warn-before": warn_before,
            "no-waivers": no_waivers,
            "force-exclude": force_exclude,
            "verbose": verbose,
        }
        found = config.load(config_file, search=not no_config)
        plan = settings.plan(paths or [], given, found, os.environ, dt.date.today())
        language = plan.lang
        run = runner.run(plan.paths, plan.options)
        runner.emit(
            run, plan.outputs, language, sys.stdout, sys.stderr, plan.step_summary, plan.protected
        )
    except FkcheckError as exc:
        _report_error(exc, language)
        raise typer.Exit(2) from None
    raise typer.Exit(run.exit_code())


@app.command("test")
def test_pack(
    pack: Annotated[str, typer.Argument(help="Regelpaket: Datei oder eingebaute id.")],
    cases: Annotated[
        list[str] | None,
        typer.Argument(
            help="Testfall-Dateien oder -Verzeichnisse (Standard: <paket>-faelle/ neben dem Paket)."
        ),
    ] = None,
    lang: Annotated[Language, typer.Option("--lang", help="Sprache der Ausgabe.")] = Language.de,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit-Status 1 auch bei Regeln ohne Testfall.")
    ] = False,
) -> None:
    """Testfälle eines Regelpakets ausführen / run a rule pack's test cases."""
    from fkcheck import packtest, rulepack

    language: Lang = "en" if lang is Language.en else "de"
    try:
        loaded = rulepack.load(pack)
        test_run = packtest.run(loaded, cases or [packtest.default_cases(pack)])
    except FkcheckError as exc:
        _report_error(exc, language)
        raise typer.Exit(2) from None
    sys.stdout.write(packtest.render(test_run, language))
    uncovered = any(test_run.coverage.values())
    raise typer.Exit(test_run.exit_code or int(strict and uncovered))


class ScheduleFormat(StrEnum):
    text = "text"
    json = "json"
    ics = "ics"


@app.command()
def deadlines(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Dateien, Verzeichnisse oder '-'.")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Stichtag JJJJ-MM-TT.")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Bis JJJJ-MM-TT (Standard: 18 Monate).")
    ] = None,
    fmt: Annotated[
        ScheduleFormat, typer.Option("--format", help="text, json oder ics (Kalender).")
    ] = ScheduleFormat.text,
    output: Annotated[Path | None, typer.Option("--output", help="In diese Datei.")] = None,
    rules: Annotated[str | None, typer.Option("--rules", help="Regelpaket.")] = None,
    lang: Annotated[Language | None, typer.Option("--lang", help="Sprache (de, en).")] = None,
    warn_before: Annotated[
        int | None, typer.Option("--warn-before", min=0, help="Warnfenster in Tagen.")
    ] = None,
    config_file: Annotated[str | None, typer.Option("--config", help="Konfiguration.")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Keine .fkcheck.yaml.")] = False,
) -> None:
    """Fristen und Termine: was wann fällig wird oder sich ändert / deadlines."""
    from fkcheck import deadlines as schedule

    language: Lang = "en" if lang is Language.en else "de"
    try:
        day = _parse_date(as_of, "--as-of") if as_of else None
        end = _parse_date(until, "--until") if until else None
        request = schedule.Request(paths or [], day, end, rules, fmt.value, output, warn_before,
                                   language if lang else None, config_file, no_config)  # fmt: skip
        code = schedule.run(request, sys.stdout, sys.stderr)
    except FkcheckError as exc:
        _report_error(exc, language)
        raise typer.Exit(2) from None
    raise typer.Exit(code)


def _parse_date(value: str, option: str) -> dt.date:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError([Problem("usage.date", {"option": option, "value": value})])


def _report_error(exc: FkcheckError, lang: Lang) -> None:
    from fkcheck.report.common import inert, problem_message, unlike_command

    for problem in exc.problems:
        where = exc.source or "fkcheck"
        if problem.line is not None:
            where += f":{problem.line}:{problem.column or 1}"
        line = inert(f"{where}: {problem_message(problem, lang)}")
        sys.stderr.write(unlike_command(line) + "\n")


def main() -> None:
    """Console entry point: never a traceback, exit status 0, 1 or 2."""
    from typer._click import exceptions as click_errors

    try:
        code = app(prog_name="fkcheck", standalone_mode=False)
    except click_errors.UsageError as exc:
        from fkcheck import clierrors

        lang = clierrors.language(sys.argv[1:])
        sys.stderr.write(f"fkcheck: {clierrors.message(exc, lang)}\n{t('cli.help', lang)}\n")
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (``fkcheck … | head``): nothing more can be said on stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(2)
    except Exception as exc:  # last line of defence: report, do not crash
        if os.environ.get("FKCHECK_DEBUG"):
            raise
        sys.stderr.write("fkcheck: " + t("internal", "de", {"detail": type(exc).__name__}) + "\n")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
