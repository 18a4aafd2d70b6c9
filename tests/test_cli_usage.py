"""Usage errors through the real entry point: German (or --lang en), exit 2, no traceback."""

from __future__ import annotations

import sys

import pytest

from conftest import EXAMPLES
from fkcheck import __version__
from fkcheck.cli import main


def run_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["fkcheck", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return int(exit_info.value.code or 0), out, err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "--format", "jsn", "x.yaml"],
         "ungültiger Wert 'jsn' für --format; erlaubt: text, json, sarif, junit, github, markdown, html. "
         "Meinten Sie 'json'?"),
        (["check", "--formt", "json", "x.yaml"], "unbekannte Option --formt. Meinten Sie '--format'?"),
        (["chek", "x.yaml"], "unbekannter Befehl 'chek'. Meinten Sie 'check'? Befehle: check, test, rules, explain, init, schema, import, deadlines"),
        (["check", "--warn-before", "-3", "x.yaml"], "Wert für --warn-before zu klein; erlaubt ist mindestens 0"),
        (["check", "x.yaml", "--as-of"], "Option --as-of braucht einen Wert"),
        (["test"], "Pflichtangabe pack fehlt"),
        (["check", "--lang", "en", "--fail-on", "errors", "x.yaml"],
         "invalid value 'errors' for --fail-on; allowed: error, warning, info. Did you mean 'error'?"),
    ],
)  # fmt: skip
def test_usage_errors_are_explained_in_the_users_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    code, out, err = run_main(monkeypatch, capsys, *args)
    assert code == 2
    assert out == ""
    assert err.startswith(f"fkcheck: {expected}\n")
    assert "--help" in err


def test_the_entry_point_passes_the_exit_status_through(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["check", "--as-of", "2026-11-23", "--format", "json"]
    assert run_main(monkeypatch, capsys, *args, str(EXAMPLES / "01-erfuellt.yaml"))[0] == 0
    assert run_main(monkeypatch, capsys, *args, str(EXAMPLES / "02-sitz-fehlt.yaml"))[0] == 1
    assert run_main(monkeypatch, capsys, "--version")[:2] == (0, f"fkcheck {__version__}\n")
