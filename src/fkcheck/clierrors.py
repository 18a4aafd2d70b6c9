"""Command-line usage errors in the user's language.

typer (through its vendored click) reports a mistyped option or a bad value
in English. fkcheck's users read German, so the common cases are rendered from
the exception's data; anything else keeps click's text behind a German lead.
Always exit status 2, never a traceback.
"""

from __future__ import annotations

import re
from typing import Any

from fkcheck.i18n import Lang, did_you_mean, t

_CHOICE = re.compile(r"'(?P<value>[^']*)' is not one of (?P<allowed>.*)\.$")
_MINIMUM = re.compile(r"greater than or equal to (?P<limit>-?\d+)")
_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'")
COMMANDS = ("check", "test", "deadlines")


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
        hint = did_you_mean(command["name"], COMMANDS, lang)
        params = {"name": command["name"], "hint": hint, "commands": ", ".join(COMMANDS)}
        return t("cli.no_such_command", lang, params)
    return t("cli.usage", lang, {"detail": text})


def _param(exc: Any) -> str:
    param = getattr(exc, "param", None)
    opts = getattr(param, "opts", None) or []
    return str(opts[0]) if opts else str(getattr(param, "name", "?"))


def language(argv: list[str]) -> Lang:
    """The --lang of a command line that could not be parsed (German unless it says en)."""
    for index, arg in enumerate(argv):
        if arg == "--lang=en" or (arg == "--lang" and argv[index + 1 : index + 2] == ["en"]):
            return "en"
    return "de"
