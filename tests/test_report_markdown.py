"""``--format markdown``: a merge-request comment whose structure data cannot change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_golden import EXAMPLE_FILES, GOLDEN, VOLATILE, compare
from test_report_github import HOSTILE_KEY_DOC, RAW_CONTROL, run, write_hostile

import fkcheck
from conftest import AS_OF, ROOT, invoke
from fkcheck.report.markdown import cell

COLUMNS = 5
# A GFM table cell: escaped characters or anything but a pipe (cmark-gfm's scanner).
CELL = re.compile(r"(?:\\.|[^|\\])*")
# Every line begins with text of our own; data never starts a line.
OWN_LINE = re.compile(
    r"(## fkcheck|### [✔⚠✘] |\*\*|\| |✔ |<details><summary>|</details>|- FRL-"
    r"|Stichtag |Reference date |\d+ (Dateien|files) )"
)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def cells(row: str) -> list[str]:
    """Split a table row as GFM does: at pipes that are not backslash-escaped."""
    assert row.startswith("| ") and row.endswith(" |"), row
    inner = row[1:-1]
    parts = []
    while True:
        match = CELL.match(inner)
        assert match is not None
        parts.append(match.group())
        inner = inner[match.end() :]
        if not inner:
            return parts
        inner = inner[1:]  # the separating pipe


def check_structure(output: str) -> list[list[str]]:
    """Every line is ours, every table row has the five columns; returns the rows."""
    assert not RAW_CONTROL.search(output)
    rows = []
    for line in output.split("\n"):
        if line:
            assert OWN_LINE.match(line), line
        if line.startswith("|"):
            rows.append(cells(line))
            assert len(rows[-1]) == COLUMNS, line
    return rows


def normalise(output: str) -> str:
    return output.replace(f"fkcheck {fkcheck.__version__}", f"fkcheck {VOLATILE}")


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_markdown_report_of_example(name: str) -> None:
    code, output = run(f"examples/{name}", "markdown")
    expected_code, _ = run(f"examples/{name}", "json")
    assert code == expected_code
    check_structure(output)
    compare(GOLDEN / f"{Path(name).stem}.md", normalise(output))


def test_english_headers() -> None:
    _, output = run("examples/02-sitz-fehlt.yaml", "markdown", "--lang", "en")
    rows = check_structure(output)
    assert rows[0] == [" Rule ", " Legal force ", " Location ", " Finding ", " What to do "]
    assert "**Eligible: no — 1 mandatory requirement not met**" in output
    assert "<details><summary>20 rules met</summary>" in output
    assert "| FRL-1.6 (D.I.2.g) Regional economic development | Must |" in output


def test_compliant_file_has_no_table() -> None:
    _, output = run("examples/01-erfuellt.yaml", "markdown")
    assert "✔ keine Befunde" in output and "| Regel |" not in output


def test_several_files_are_counted() -> None:
    paths = ["examples/01-erfuellt.yaml", "examples/02-sitz-fehlt.yaml"]
    result = invoke(["check", *paths, "--as-of", AS_OF, "--format", "markdown"])
    check_structure(result.stdout)
    summary = "2 Dateien geprüft: 1 förderfähig ohne Beanstandung, 1 nicht förderfähig"
    assert summary in result.stdout


def test_hostile_data_creates_no_structure(tmp_path: Path) -> None:
    code, output = run(write_hostile(tmp_path), "markdown")
    assert code == 0
    rows = check_structure(output)
    assert len(rows) == 4  # header, separator, the waived FRL-1.6, the expired waiver
    for raw in ("<script>", "<i>", "[link](http", "*fett*", "_kursiv_", "$x$", "~s~", "@octocat"):
        assert raw not in output
    waived = rows[2]
    assert waived[1] == " Muss ⊘ "
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\| \\\\x00 \\\\x1b\\[2J" in waived[3]
    assert "⊘ per Ausnahme zurückgestellt: Ausnahme bis 31.01.2027" in waived[3]
    assert "x%0A::warning::owned\\\\n::error::" in waived[3]  # newline shown as \n
    assert rows[3][0] == " Ausnahme FRL-3 " and "Alt x%0A" in rows[3][3]


def test_hostile_key_in_input_error(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.yaml"
    path.write_text(HOSTILE_KEY_DOC, encoding="utf-8")
    code, output = run(path, "markdown")
    assert code == 2
    rows = check_structure(output)
    assert any("owned" in row[3] for row in rows)


def test_escaping_keeps_ordinary_text_readable() -> None:
    assert (
        cell("Fachkräfteallianz Görlitz (Stand 2026)") == "Fachkräfteallianz Görlitz (Stand 2026)"
    )
    assert cell("art schule_wirtschaft") == "art schule_wirtschaft"
    assert cell("_kursiv_ a|b <b> & x") == r"\_kursiv\_ a\|b &lt;b&gt; &amp; x"
    assert cell("kontakt@wifoe.de, @octocat") == "kontakt@wifoe.de, @\u2060octocat"
    assert cell("a\nb\r\nc\x1b[0m") == r"a b c\\x1b\[0m"


@given(st.text())
def test_any_text_stays_in_one_cell(text: str) -> None:
    row = f"| {cell(text)} | x |"
    assert "\n" not in row and not RAW_CONTROL.search(row)
    assert len(cells(row)) == 2
    assert "<" not in cell(text)
