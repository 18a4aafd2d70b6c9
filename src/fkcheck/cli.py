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
        list[str], typer.Argument(help="Dateien, Verzeichnisse oder '-' (Standardeingabe).")
    ],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Stichtag JJJJ-MM-TT (Standard: heute).")
    ] = None,
    rules: Annotated[
        str | None, typer.Option("--rules", help="Regelpaket: Datei oder eingebaute id.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Ausgabeformat.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", help="Bericht in diese Datei schreiben.")
    ] = None,
    lang: Annotated[Language, typer.Option("--lang", help="Sprache der Ausgabe.")] = Language.de,
    fail_on: Annotated[
        Level, typer.Option("--fail-on", help="Ab dieser Schwere Exit-Status 1.")
    ] = Level.error,
    warn_before: Annotated[
        int | None,
        typer.Option("--warn-before", min=0, help="Warnfenster in Tagen vor Fälligkeit."),
    ] = None,
) -> None:
    """Allianz-Beschreibungen prüfen / check alliance descriptions."""
    from fkcheck import runner

    language: Lang = "en" if lang is Language.en else "de"
    try:
        stichtag = _parse_date(as_of, "--as-of") if as_of is not None else dt.date.today()
        options = runner.Options(stichtag, rules, fail_on.value, warn_before, language)
        run = runner.run(paths, options)
        runner.emit(run, fmt.value, language, output, sys.stdout, sys.stderr)
    except FkcheckError as exc:
        _report_error(exc, language)
        raise typer.Exit(2) from None
    raise typer.Exit(run.exit_code())


def _parse_date(value: str, option: str) -> dt.date:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError([Problem("usage.date", {"option": option, "value": value})])


def _report_error(exc: FkcheckError, lang: Lang) -> None:
    from fkcheck.report.text import safe

    for problem in exc.problems:
        where = exc.source or "fkcheck"
        if problem.line is not None:
            where += f":{problem.line}:{problem.column or 1}"
        sys.stderr.write(safe(f"{where}: {t(problem.code, lang, problem.params)}") + "\n")


def main() -> None:
    """Console entry point: never a traceback, exit status 0, 1 or 2."""
    try:
        app(prog_name="fkcheck")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last line of defence: report, do not crash
        if os.environ.get("FKCHECK_DEBUG"):
            raise
        sys.stderr.write("fkcheck: " + t("internal", "de", {"detail": type(exc).__name__}) + "\n")
        sys.exit(2)
