"""``fkcheck check PATH...``: check alliance files against a rule pack."""

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from fkcheck.cli.options import (
    AsOfOption,
    Format,
    LangOption,
    Level,
    RulesOption,
    WarnBeforeOption,
    language,
    parse_date,
    requested,
)
from fkcheck.cli.usage import report_error, report_notes
from fkcheck.errors import FkcheckError
from fkcheck.i18n import Lang


def check(
    paths: Annotated[list[str] | None, typer.Argument()] = None,
    as_of: AsOfOption = None,
    rules: RulesOption = None,
    fmt: Annotated[Format | None, typer.Option("--format")] = None,
    output: Annotated[Path | None, typer.Option("--output")] = None,
    report: Annotated[list[str] | None, typer.Option("--report")] = None,
    lang: LangOption = None,
    fail_on: Annotated[Level | None, typer.Option("--fail-on")] = None,
    warn_before: WarnBeforeOption = None,
    no_waivers: Annotated[bool, typer.Option("--no-waivers")] = False,
    config_file: Annotated[str | None, typer.Option("--config")] = None,
    no_config: Annotated[bool, typer.Option("--no-config")] = False,
    force_exclude: Annotated[bool, typer.Option("--force-exclude")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=0, max=64)] = None,
) -> None:
    """Check alliance descriptions (help texts: messages_help.py)."""
    from fkcheck import config, runner, settings

    shown: Lang = language(lang)
    try:
        given = {
            "as-of": parse_date(as_of, "--as-of") if as_of is not None else None,
            "rules": rules,
            "format": fmt.value if fmt else None,
            "output": str(output) if output else None,
            "report": report,
            "lang": requested(lang),
            "fail-on": fail_on.value if fail_on else None,
            "warn-before": warn_before,
            "no-waivers": no_waivers,
            "force-exclude": force_exclude,
            "verbose": verbose,
            "jobs": jobs,
        }
        found = config.load(config_file, search=not no_config)
        report_notes(found.notes, shown)
        plan = settings.plan(paths or [], given, found, os.environ, dt.date.today())
        shown = plan.lang
        run = runner.run(plan.paths, plan.options)
        runner.emit(
            run, plan.outputs, shown, sys.stdout, sys.stderr, plan.step_summary, plan.protected
        )
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
    raise typer.Exit(run.exit_code())
