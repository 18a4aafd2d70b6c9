"""``fkcheck deadlines PATH…``: what falls due or changes, and from which day."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from fkcheck.cli.options import (
    AsOfOption,
    LangOption,
    RulesOption,
    WarnBeforeOption,
    language,
    parse_date,
    requested,
)
from fkcheck.cli.usage import report_error
from fkcheck.errors import FkcheckError


class ScheduleFormat(StrEnum):
    text = "text"
    json = "json"
    ics = "ics"


def deadlines(
    paths: Annotated[list[str] | None, typer.Argument()] = None,
    as_of: AsOfOption = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    fmt: Annotated[ScheduleFormat, typer.Option("--format")] = ScheduleFormat.text,
    output: Annotated[Path | None, typer.Option("--output")] = None,
    rules: RulesOption = None,
    lang: LangOption = None,
    warn_before: WarnBeforeOption = None,
    config_file: Annotated[str | None, typer.Option("--config")] = None,
    no_config: Annotated[bool, typer.Option("--no-config")] = False,
) -> None:
    """Deadlines and dates (help texts: messages_help_files.py)."""
    from fkcheck import deadlines as schedule

    shown = language(lang)
    try:
        day = parse_date(as_of, "--as-of") if as_of else None
        end = parse_date(until, "--until") if until else None
        request = schedule.Request(paths or [], day, end, rules, fmt.value, output, warn_before,
                                   requested(lang), config_file, no_config)  # fmt: skip
        code = schedule.run(request, sys.stdout, sys.stderr)
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
    raise typer.Exit(code)
