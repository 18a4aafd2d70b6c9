"""``--help`` fits its readers (issue 11, item 6): German by default, English with ``--lang en``
in any position or FKCHECK_LANG, the frame included; examples and exit codes; no Python type
names; bare ``fkcheck`` shows the help and exits 0."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
import typer
import typer.main

from conftest import EXAMPLES, invoke
from fkcheck.cli import app, main
from fkcheck.messages import MESSAGES

GERMAN_FRAME = ("Aufruf:", "Optionen:", "Argumente:", "Befehle:", "Beispiele:", "Exit-Status:",
                "Diese Hilfe anzeigen und beenden", "Standard", "Sprache")  # fmt: skip
ENGLISH_FRAME = ("Usage:", "Options:", "Arguments:", "Commands:", "Examples:", "Exit status:",
                 "Show this message and exit", "default")  # fmt: skip
PYTHON_TYPES = re.compile(
    r"<(str|int|bool|float|path|list|text|choice)\b|\[x>=|\[\d+<=|list\[str\]"
)


def _group() -> Any:
    group = typer.main.get_command(app)
    return group, typer.Context(group)


def _commands() -> list[str]:
    group, ctx = _group()
    return list(group.all_commands(ctx))


def _help(args: list[str]) -> str:
    result = invoke(args)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "--help"],
        ["--help", "--lang", "en"],
        ["--help", "--lang=en"],
        ["--lang", "en", "check", "--help"],
        ["check", "--help", "--lang", "en"],
        ["check", "--lang", "en", "--help"],
        ["test", "--help", "--lang", "en"],
    ],
)
def test_lang_en_anywhere_gives_english_help_throughout(args: list[str]) -> None:
    text = _help(args)
    assert "Usage: fkcheck" in text and "Options:" in text
    assert "Show this message and exit." in text
    for word in GERMAN_FRAME:
        assert word not in text, word


def test_fkcheck_lang_in_the_environment_gives_english_help(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FKCHECK_LANG", "en")
    assert "Usage: fkcheck check" in _help(["check", "--help"])
    assert "Aufruf: fkcheck check" in _help(["check", "--help", "--lang", "de"])


@pytest.mark.parametrize("command", [[], *[[name] for name in _commands()]])
def test_german_help_has_no_english_frame_and_every_section(command: list[str]) -> None:
    text = _help([*command, "--help"])
    assert text.startswith(" ".join(["Aufruf: fkcheck", *command]))
    for word in ("Optionen:", "Beispiele:", "Exit-Status:", "Diese Hilfe anzeigen und beenden."):
        assert word in text, word
    for word in ENGLISH_FRAME:
        assert word not in text, word
    exit_codes = text.partition("Exit-Status:")[2]
    assert "\n  0  " in exit_codes and "\n  2  " in exit_codes


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("command", [[], *[[name] for name in _commands()]])
def test_help_shows_no_python_type_names(command: list[str], lang: str) -> None:
    text = _help([*command, "--help", "--lang", lang])
    assert not PYTHON_TYPES.search(text), PYTHON_TYPES.search(text)


def test_the_check_help_names_its_placeholders_in_the_users_language() -> None:
    german = _help(["check", "--help"])
    for shown in ("--as-of JJJJ-MM-TT", "--warn-before TAGE", "--output DATEI", "[PFAD...]"):
        assert shown in german
    english = _help(["check", "--help", "--lang", "en"])
    for shown in ("--as-of YYYY-MM-DD", "--warn-before DAYS", "--output FILE", "[PATH...]"):
        assert shown in english


def test_every_command_and_option_has_help_texts_in_both_languages() -> None:
    group, ctx = _group()
    for name, command in [("fkcheck", group), *group.all_commands(ctx).items()]:
        keys = [f"help.{name}", f"help.{name}.examples", f"help.{name}.exit"]
        if name != "fkcheck":
            keys.append(f"help.{name}.summary")
        for param in command.params:
            if param.name not in ("help", "lang"):
                keys.append(f"help.{name}.{param.name}")
        for key in keys:
            assert set(MESSAGES.get(key, {})) == {"de", "en"}, key


def test_bare_fkcheck_prints_the_help_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    result = invoke([])
    assert result.exit_code == 0
    assert result.stdout.startswith("Aufruf: fkcheck [OPTIONEN] BEFEHL")
    monkeypatch.setattr(sys, "argv", ["fkcheck"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 0
    assert "Befehle:" in capsys.readouterr().out


def test_lang_before_the_command_sets_the_language_of_its_output() -> None:
    path = str(EXAMPLES / "02-sitz-fehlt.yaml")
    result = invoke(["--lang", "en", "check", path, "--as-of", "2026-11-23"])
    assert result.exit_code == 1
    assert "Eligible: no" in result.stdout
