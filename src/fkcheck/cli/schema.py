"""``fkcheck schema``: the JSON Schema of the alliance file, for editors."""

from pathlib import Path
from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, language
from fkcheck.cli.usage import deliver, report_error
from fkcheck.errors import FkcheckError


def schema(
    output: Annotated[Path | None, typer.Option("--output")] = None,
    lang: LangOption = None,
) -> None:
    """Print or write the alliance file's JSON Schema (help texts: messages_help_files.py)."""
    from fkcheck import schemagen, writing

    try:
        if output is None:
            deliver(schemagen.render(), language(lang))
        else:
            writing.write(output, schemagen.render())
    except FkcheckError as exc:
        report_error(exc, language(lang))
        raise typer.Exit(2) from None
