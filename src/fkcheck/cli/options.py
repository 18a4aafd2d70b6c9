"""Options shared by several commands, declared once.

A command names its options with these aliases (``lang: LangOption = None``), so an
option reads the same in every command that has it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from fkcheck.errors import Problem, UsageError
from fkcheck.i18n import Lang


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


def language(lang: Language | None) -> Lang:
    return "en" if lang is Language.en else "de"


LangOption = Annotated[
    Language | None, typer.Option("--lang", help="Sprache der Ausgabe (de, en).")
]
RulesOption = Annotated[
    str | None, typer.Option("--rules", help="Regelpaket: Datei oder eingebaute id.")
]
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Stichtag JJJJ-MM-TT (Standard: heute).")
]
WarnBeforeOption = Annotated[
    int | None,
    typer.Option("--warn-before", min=0, help="Warnfenster in Tagen vor Fälligkeit."),
]


def parse_date(value: str, option: str) -> dt.date:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError([Problem("usage.date", {"option": option, "value": value})])
