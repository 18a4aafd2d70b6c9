"""The command line: one typer app, one module per command, one entry point.

Each command lives in its own module of this package and is registered below by
name; only the command a run asks for is imported (:class:`helpformat.Group`).
Shared options are in :mod:`fkcheck.cli.options`. :func:`main` is the one place
that turns what went wrong into an exit status (0, 1 or 2), never a traceback.
Commands import their heavy modules inside the function, so that ``fkcheck
--help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, ClassVar

import typer

from fkcheck import __version__, streams
from fkcheck.cli.helpformat import Group
from fkcheck.cli.options import LangOption
from fkcheck.i18n import t


class _Commands(Group):
    # --- the commands, in the order `fkcheck --help` lists them ---------------------------
    # A command is a module of this package holding one function (its logic lives outside
    # the cli package); register it here with one line. Its help texts go into
    # messages_help.py (help.<command>.*); tests/test_help.py checks that every command and
    # option has them in both languages.
    lazy_commands: ClassVar[dict[str, tuple[str, str]]] = {
        "check": ("fkcheck.cli.check", "check"),
        "test": ("fkcheck.cli.test", "test_pack"),
        "rules": ("fkcheck.cli.rules", "rules"),
        "explain": ("fkcheck.cli.explain", "explain"),
        "init": ("fkcheck.cli.init", "init"),
        "schema": ("fkcheck.cli.schema", "schema"),
        "import": ("fkcheck.cli.importer", "import_members"),
        "deadlines": ("fkcheck.cli.deadlines", "deadlines"),
    }


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fkcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
    lang: LangOption = None,  # read by every command through options.requested()
) -> None:
    """fkcheck – Fachkräfterichtlinie Sachsen (help texts: messages_help.py)."""
    if ctx.invoked_subcommand is None:  # bare `fkcheck`: the help, and that is no failure
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


def main() -> None:
    """Console entry point: never a traceback, exit status 0, 1 or 2 (130/143/129 on signals)."""
    from typer._click import exceptions as click_errors

    # fkcheck uses no pydantic plugin; looking for them reads the metadata of every installed
    # distribution at each start (~10 ms). A value the user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    streams.install()
    try:
        code = app(prog_name="fkcheck", standalone_mode=False)
    except click_errors.UsageError as exc:
        from fkcheck.cli import usage

        lang = usage.language(sys.argv[1:])
        streams.note(f"fkcheck: {usage.message(exc, lang)}\n{t('cli.help', lang)}")
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except streams.Terminated as exc:
        sys.exit(128 + exc.signum)
    except Exception as exc:  # last line of defence: report, do not crash
        if os.environ.get("FKCHECK_DEBUG"):
            raise
        streams.note("fkcheck: " + t("internal", "de", {"detail": type(exc).__name__}))
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
