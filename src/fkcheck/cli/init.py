"""``fkcheck init [DATEI]``: a new alliance file, in a German dialogue or as a template."""

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, language
from fkcheck.cli.usage import report_error
from fkcheck.errors import FkcheckError


def init(
    target: Annotated[Path, typer.Argument()] = Path("fachkraefteallianz.yaml"),
    kreis: Annotated[str | None, typer.Option("--kreis")] = None,
    non_interactive: Annotated[bool, typer.Option("--non-interactive")] = False,
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: LangOption = None,
) -> None:
    """Create a new alliance file (help texts: messages_help_files.py)."""
    from fkcheck import initdialog, rulepack

    shown = language(lang)
    try:
        dialog = initdialog.Dialog(sys.stdin, sys.stdout, shown, rulepack.load(), dt.date.today())
        initdialog.create(target, kreis, not non_interactive, force, dialog)
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
