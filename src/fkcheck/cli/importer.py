"""``fkcheck import LISTE``: a member list from a spreadsheet (CSV or Excel)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, language
from fkcheck.cli.usage import report_error
from fkcheck.errors import FkcheckError


def import_members(
    table: Annotated[Path, typer.Argument()],
    merge_into: Annotated[Path | None, typer.Option("--merge-into")] = None,
    output: Annotated[Path | None, typer.Option("--output")] = None,
    lang: LangOption = None,
) -> None:
    """Import a member list (help texts: messages_help_files.py)."""
    from fkcheck import memberimport

    shown = language(lang)
    try:
        request = memberimport.Request(table, merge_into, output)
        memberimport.run(request, sys.stdout, shown)
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
