"""``fkcheck test PACK [CASES...]``: run a rule pack's own test cases."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from fkcheck.cli.options import Language
from fkcheck.cli.usage import report_error
from fkcheck.errors import FkcheckError
from fkcheck.i18n import Lang


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
        report_error(exc, language)
        raise typer.Exit(2) from None
    sys.stdout.write(packtest.render(test_run, language))
    uncovered = any(test_run.coverage.values())
    raise typer.Exit(test_run.exit_code or int(strict and uncovered))
