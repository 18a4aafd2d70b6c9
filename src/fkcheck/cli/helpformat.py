"""``--help`` in the user's language, frame included, without Python type names.

typer's help frame ("Usage", "Options", "Show this message and exit") is English
and shows Python types (``<list[str]>``). fkcheck renders the whole help itself,
through click's own extension points: the command classes below override
``format_help``, and ``parse_args`` notes the language before click acts on an
eager ``--help``, so ``--lang en`` works before or after ``--help`` and on the
group or the command. Texts come from the catalogue (``help.*`` keys); a command
or option without a catalogue entry falls back to its typer ``help=``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, ClassVar

import typer
from typer._click import Command as ClickCommand
from typer._click import Context, HelpFormatter, Parameter
from typer.core import TyperCommand, TyperGroup

from fkcheck.i18n import Lang
from fkcheck.messages import MESSAGES

_LANG_KEY = "fkcheck.lang"


def scan_lang(args: Iterable[str], environ: Mapping[str, str] = os.environ) -> Lang | None:
    """The language a command line asks for: ``--lang en`` anywhere before ``--``, else
    ``FKCHECK_LANG``; None when neither says (the default, German, applies)."""
    words = list(args)
    for index, arg in enumerate(words):
        if arg == "--":
            break
        value = arg[len("--lang=") :] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(words):
            value = words[index + 1]
        if value in ("de", "en"):
            return "en" if value == "en" else "de"
    env = environ.get("FKCHECK_LANG", "").strip().lower()
    return "en" if env == "en" else ("de" if env == "de" else None)


def asked_lang(ctx: Context) -> Lang | None:
    """The language this invocation asks for (``--lang`` anywhere, or FKCHECK_LANG)."""
    lang = ctx.meta.get(_LANG_KEY)
    return "en" if lang == "en" else ("de" if lang == "de" else None)


def context_lang(ctx: Context) -> Lang:
    """The language of this invocation's help and messages: German unless asked otherwise."""
    return asked_lang(ctx) or "de"


def _note_lang(ctx: Context, args: list[str]) -> None:
    # The group sees the whole command line, so a --lang after the command counts too.
    asked = scan_lang(args)
    if asked is not None or _LANG_KEY not in ctx.meta:
        ctx.meta[_LANG_KEY] = asked


def _text(key: str, lang: Lang, fallback: str | None = None) -> str | None:
    entry = MESSAGES.get(key)
    return entry[lang] if entry else fallback


def _frame(key: str, lang: Lang) -> str:
    return MESSAGES[f"help.frame.{key}"][lang]


def _command_key(ctx: Context) -> str:
    """``help.check``: the catalogue prefix of a command (``help.fkcheck`` for the group)."""
    return f"help.{ctx.command.name if ctx.parent is not None else 'fkcheck'}"


def _param_row(param: Parameter, ctx: Context, lang: Lang) -> tuple[str, str]:
    common = param.name in ("help", "lang")
    key = f"help.common.{param.name}" if common else f"{_command_key(ctx)}.{param.name}"
    metavar = _text(f"{key}.metavar", lang)
    names = ", ".join(param.opts) if param.param_type_name == "option" else ""
    if param.param_type_name == "argument":
        names = (metavar or str(param.name).upper()) + ("..." if param.nargs == -1 else "")
    elif metavar:
        names += f" {metavar}"
    text = _text(key, lang, getattr(param, "help", None) or "")
    choices = _choices(param)
    if choices:
        text = f"{text} {_frame('values', lang)}: {', '.join(str(c) for c in choices)}."
    return names, str(text)


def _choices(param: Parameter) -> list[str]:
    """The values of an enum option (typer keeps its annotation, click a Choice type)."""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return [str(c) for c in getattr(getattr(param, "type", None), "choices", None) or ()]


def _usage(ctx: Context, lang: Lang) -> str:
    pieces = [_frame("options_metavar", lang)]
    for param in ctx.command.get_params(ctx):
        if param.param_type_name == "argument":
            name = _param_row(param, ctx, lang)[0]
            pieces.append(name if param.required else f"[{name}]")
    if isinstance(ctx.command, TyperGroup):
        pieces.append(_frame("command_metavar", lang))
    return " ".join(pieces)


def _write_help(ctx: Context, formatter: HelpFormatter, commands: list[tuple[str, str]]) -> None:
    lang = context_lang(ctx)
    key = _command_key(ctx)
    # Always "fkcheck", also when run as ``python -m fkcheck`` or in tests.
    path = "fkcheck" if ctx.parent is None else f"fkcheck {ctx.info_name}"
    formatter.write_usage(path, _usage(ctx, lang), prefix=_frame("usage", lang) + " ")
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(_text(key, lang, ctx.command.help) or "")
    rows = [_param_row(p, ctx, lang) for p in ctx.command.get_params(ctx)]
    arguments = [
        row
        for row, p in zip(rows, ctx.command.get_params(ctx), strict=True)
        if p.param_type_name == "argument"
    ]
    sections = [("arguments", arguments), ("options", [r for r in rows if r not in arguments])]
    sections.append(("commands", commands))
    for title, section in sections:
        if section:
            with formatter.section(_frame(title, lang)):
                formatter.write_dl(section)
    for title, suffix in (("examples", "examples"), ("exit_status", "exit")):
        block = _text(f"{key}.{suffix}", lang)
        if block:
            with formatter.section(_frame(title, lang)):
                for line in block.splitlines():
                    formatter.write(f"{'':>{formatter.current_indent}}{line}\n")


class Command(TyperCommand):
    """A command whose help follows the user's language."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        _note_lang(ctx, args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_help(ctx, formatter, [])


class Group(TyperGroup):
    """The ``fkcheck`` group: its help lists the commands in the user's language.

    Commands are loaded on demand: ``lazy_commands`` maps each name, in the order the help
    lists them, to the module and function that implement it. ``fkcheck check`` imports and
    builds only ``check``; the other seven modules and their typer signatures cost nothing.
    """

    lazy_commands: ClassVar[Mapping[str, tuple[str, str]]] = {}

    def list_commands(self, ctx: Context) -> list[str]:
        return [*self.lazy_commands, *(n for n in self.commands if n not in self.lazy_commands)]

    def get_command(self, ctx: Context, cmd_name: str) -> ClickCommand | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            module, function = self.lazy_commands[cmd_name]
            single = typer.Typer(
                add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None
            )
            single.command(cmd_name, cls=Command)(
                getattr(importlib.import_module(module), function)
            )
            self.commands[cmd_name] = typer.main.get_command(single)
        return self.commands.get(cmd_name)

    def all_commands(self, ctx: Context) -> dict[str, ClickCommand]:
        """Every command by name, all loaded (for the help and the tests)."""
        loaded = {name: self.get_command(ctx, name) for name in self.list_commands(ctx)}
        return {name: command for name, command in loaded.items() if command is not None}

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        _note_lang(ctx, args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        lang = context_lang(ctx)
        rows = []
        for name in self.list_commands(ctx):
            command: Any = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, _text(f"help.{name}.summary", lang, command.help) or ""))
        _write_help(ctx, formatter, rows)
