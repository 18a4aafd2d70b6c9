"""Command-line usage errors, and errors that stop a command, in the user's language.

typer (through its vendored click) reports a mistyped option or a bad value
in English. fkcheck's users read German, so the common cases are rendered from
the exception's data; anything else keeps click's text behind a German lead.
Always exit status 2, never a traceback.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

import typer

from fkcheck import streams
from fkcheck.errors import FkcheckError, Problem
from fkcheck.i18n import Lang, did_you_mean, t

if TYPE_CHECKING:
    from fkcheck.rulepack import RulePack

_CHOICE = re.compile(r"'(?P<value>[^']*)' is not one of (?P<allowed>.*)\.$")
_MINIMUM = re.compile(r"greater than or equal to (?P<limit>-?\d+)")
_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'")


def message(exc: Any, lang: Lang) -> str:
    """A one-line message for a click usage error."""
    kind = type(exc).__name__
    text = exc.format_message()
    where = _param(exc)
    if kind == "NoSuchOption":
        hint = did_you_mean(exc.option_name, exc.possibilities or [], lang)
        return t("cli.no_such_option", lang, {"name": exc.option_name, "hint": hint})
    if kind == "MissingParameter":
        return t("cli.missing", lang, {"name": where})
    if kind == "BadOptionUsage" and "requires an argument" in text:
        return t("cli.needs_value", lang, {"name": exc.option_name})
    if kind == "BadOptionUsage" and "does not take a value" in text:
        return t("cli.no_value", lang, {"name": exc.option_name})
    if kind == "BadParameter" and "valid integer" in text:
        return t("cli.integer", lang, {"name": where})
    choice = _CHOICE.search(text)
    if kind == "BadParameter" and choice:
        allowed = choice["allowed"].replace("'", "")
        value = choice["value"]
        hint = did_you_mean(value, allowed.split(", "), lang)
        return t(
            "cli.choice", lang, {"name": where, "value": value, "allowed": allowed, "hint": hint}
        )
    minimum = _MINIMUM.search(text)
    if kind == "BadParameter" and minimum:
        return t("cli.minimum", lang, {"name": where, "limit": minimum["limit"]})
    command = _COMMAND.search(text)
    if command:
        commands = _commands(exc)
        hint = did_you_mean(command["name"], commands, lang)
        params = {"name": command["name"], "hint": hint, "commands": ", ".join(commands)}
        return t("cli.no_such_command", lang, params)
    return t("cli.usage", lang, {"detail": text})


def _commands(exc: Any) -> list[str]:
    """The commands of the group a mistyped command was given to."""
    ctx = getattr(exc, "ctx", None)
    lister = getattr(getattr(ctx, "command", None), "list_commands", None)
    return list(lister(ctx)) if lister is not None else []


def _param(exc: Any) -> str:
    param = getattr(exc, "param", None)
    opts = getattr(param, "opts", None) or []
    return str(opts[0]) if opts else str(getattr(param, "name", "?"))


def language(argv: list[str]) -> Lang:
    """The --lang (or FKCHECK_LANG) of a command line that could not be parsed; German
    unless it asks for English."""
    from fkcheck.cli.helpformat import scan_lang

    return scan_lang(argv) or "de"


def report_error(exc: FkcheckError, lang: Lang) -> None:
    """Write each problem of an error that stopped a command to stderr, located."""
    from fkcheck.report.common import problem_message
    from fkcheck.report.escape import log_line

    for problem in exc.problems:
        where = exc.source or "fkcheck"
        if problem.line is not None:
            where += f":{problem.line}:{problem.column or 1}"
        streams.note(log_line(f"{where}: {problem_message(problem, lang)}"))


def report_notes(notes: tuple[Problem, ...], lang: Lang) -> None:
    """Notes that do not stop a command (e.g. a configuration file that was ignored)."""
    from fkcheck.report.common import problem_message
    from fkcheck.report.escape import log_line

    for note in notes:
        streams.note(log_line(f"fkcheck: {problem_message(note, lang)}"))


def deliver(text: str, lang: Lang) -> None:
    """Write a command's output to stdout; if it cannot be delivered (broken pipe, closed
    stream, full disk), say so and exit 2, never 0 or 1."""
    try:
        streams.write(sys.stdout, text)
    except FkcheckError as exc:
        report_error(exc, lang)
        raise typer.Exit(2) from None


def load_pack(name: str | None, lang: Lang) -> RulePack:
    """The rule pack a command names; a broken or unknown pack is reported, exit 2."""
    from fkcheck import rulepack

    try:
        return rulepack.load(name)
    except FkcheckError as exc:
        report_error(exc, lang)
        raise typer.Exit(2) from None
