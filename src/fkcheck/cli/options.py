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
    html = "html"


class Level(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class Language(StrEnum):
    de = "de"
    en = "en"


def requested(lang: Language | None) -> Lang | None:
    """The language asked for: this command's --lang, else one given anywhere on the
    command line (``fkcheck --lang en check``), else FKCHECK_LANG; None if none was."""
    if lang is not None:
        return "en" if lang is Language.en else "de"
    from typer._click.globals import get_current_context

    from fkcheck.cli.helpformat import asked_lang

    ctx = get_current_context(silent=True)
    return asked_lang(ctx) if ctx is not None else None


def language(lang: Language | None) -> Lang:
    """The language of a command's output: as :func:`requested`, German by default."""
    return requested(lang) or "de"


# Help texts and placeholders of the options are in the catalogue (messages_help.py).
LangOption = Annotated[Language | None, typer.Option("--lang")]
RulesOption = Annotated[str | None, typer.Option("--rules")]
AsOfOption = Annotated[str | None, typer.Option("--as-of")]
WarnBeforeOption = Annotated[int | None, typer.Option("--warn-before", min=0)]


def parse_date(value: str, option: str) -> dt.date:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError([Problem("usage.date", {"option": option, "value": value})])
