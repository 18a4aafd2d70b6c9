"""The text report: plain and coloured output show the same characters.

Colour is a wrapping of ANSI codes around pieces of text that are the same either way.
These tests keep the two paths from drifting apart (tabs, wide characters, control codes,
several files).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES
from fkcheck import runner

ANSI_STYLE = re.compile(r"\x1b\[[0-9;]*m")
HEADS = ("✔ ", "⚠ ", "✘ ")  # a file's report starts with its verdict symbol and its name


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _both(paths: list[str], lang: str = "de") -> tuple[str, str]:
    """(plain report, coloured report with its styles removed)."""
    run = runner.run(paths, runner.Options(dt.date.fromisoformat(AS_OF)))
    plain, terminal = io.StringIO(), _Terminal()
    for out in (plain, terminal):
        runner.emit(run, [runner.Output("text")], lang, out, io.StringIO())
    coloured = terminal.getvalue()
    assert ANSI_STYLE.search(coloured)
    return plain.getvalue(), ANSI_STYLE.sub("", coloured)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_colour_changes_no_character_of_the_report(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    plain, coloured = _both([str(EXAMPLES)], lang)
    headers = [ln for ln in plain.splitlines() if ln.endswith(".yaml") and ln[:2] in HEADS]
    assert len(headers) == len(list(EXAMPLES.glob("*.yaml")))  # one report per file
    assert plain == coloured


def test_tabs_and_wide_characters_line_up_the_same_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    text = (EXAMPLES / "02-sitz-fehlt.yaml").read_text("utf-8")
    name = 'name: "Allianz\\tmit Tab \\u4e00\\tEnde"'
    file = tmp_path / "tab.yaml"
    file.write_text(text.replace("name: Fachkräfteallianz Mittelsachsen", name, 1), "utf-8")
    plain, coloured = _both([str(file)])
    assert plain.startswith("✘ Allianz\tmit Tab 一\tEnde — ")  # a tab is data, shown as it is
    assert plain == coloured
