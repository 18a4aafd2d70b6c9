"""``fkcheck test PACK [CASES...]``: run a rule pack's own test cases."""

from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, language
from fkcheck.cli.usage import deliver, report_error
from fkcheck.errors import FkcheckError
from fkcheck.i18n import Lang


def test_pack(
    pack: Annotated[str, typer.Argument()],
    cases: Annotated[list[str] | None, typer.Argument()] = None,
    lang: LangOption = None,
    strict: Annotated[bool, typer.Option("--strict")] = False,
) -> None:
    """Run a rule pack's test cases (help texts: messages_help.py)."""
    from fkcheck import packtest, rulepack

    shown: Lang = language(lang)
    try:
        loaded = rulepack.load(pack)
        test_run = packtest.run(loaded, cases or [packtest.default_cases(pack)])
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
    deliver(packtest.render(test_run, shown), shown)
    uncovered = any(test_run.coverage.values())
    raise typer.Exit(test_run.exit_code or int(strict and uncovered))
