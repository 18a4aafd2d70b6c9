"""``--format github``: workflow commands that data from the input can never forge.

The checks read the output the way the GitHub runner does (actions/runner
``ActionCommand.cs``): a command is a line that starts with ``::`` after leading blanks;
properties and data are unescaped by plain replacement, ``%25`` last. Lines that are no
command are also searched for the old ``##[command]`` syntax anywhere in the line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from test_golden import EXAMPLE_FILES, GOLDEN, compare

from conftest import AS_OF, ROOT, invoke
from fkcheck.report.github import command, inert

# What an attacker would put into a name, a reason or a key (YAML double-quoted escapes:
# \n newline, \0 NUL, \e ESC, \u2028 line separator, \u202e right-to-left override).
HOSTILE = (
    r"x%0A::warning::owned\n::error:: ]]> <script>alert(1)</script> & | \0 \e[2J"
    r" ##[add-mask]geheim @octocat *fett* _kursiv_ [link](http://example.org) #1 $x$ ~s~"
    r" \\ \r\n::notice::zwei\u2028::error::drei \u202e"
)
HOSTILE_DOC = f"""\
version: 1
allianz:
  name: "Allianz {HOSTILE}"
  bundesland: SN
  gebiet: {{name: Stadt Dresden, art: kreisfreie_stadt, kreisschluessel: "14612"}}
  geschaeftsfuehrung: stadt
mitglieder:
  - {{id: stadt, name: Stadtverwaltung, art: kreisfreie_stadt}}
  - {{name: IHK Chemnitz, art: industrie_und_handelskammer, stimmen: 2}}
  - {{name: DGB, art: gewerkschaft, stimmen: 2}}
  - {{name: Agentur für Arbeit, art: agentur_fuer_arbeit}}
  - {{name: LaSuB, art: schulverwaltung}}
  - {{name: Migrationsbeirat, art: migrationsvertretung}}
  - {{name: TU Freiberg, art: universitaet}}
  - {{name: Gleichstellungsbeauftragte, art: gleichstellungsbeauftragte}}
  - {{name: "Wifö {HOSTILE}", art: wirtschaftsfoerderung, bis: 2020-01-01}}
handlungskonzept:
  beschluss: {{datum: 2025-11-15, gremium: allianz}}
  erstkonzept: true
  inhalte: {{ausgangslage: K1, aktivitaeten: K2, handlungsschwerpunkte: K3}}
ausnahmen:
  - regel: FRL-1.6
    begruendung: "Grund {HOSTILE}"
    bis: 2027-01-31
    genehmigt_durch: "Amt {HOSTILE}"
  - regel: FRL-3
    begruendung: "Alt {HOSTILE}"
    bis: 2020-01-01
"""
# An unknown key is quoted in the input error's message and path.
HOSTILE_KEY_DOC = f'version: 1\n"{HOSTILE}": 1\n'
OUR_COMMANDS = {"error", "warning", "notice"}
DATA_CODES = (("%0D", "\r"), ("%0A", "\n"), ("%25", "%"))
PROPERTY_CODES = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))
# Characters that a terminal, the runner or the log viewer may take as a line break or
# an escape sequence; none may reach the output raw.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202e]")


@dataclass(frozen=True)
class Command:
    name: str
    properties: dict[str, str]
    data: str


def unescape(text: str, codes: tuple[tuple[str, str], ...]) -> str:
    for code, char in codes:
        text = text.replace(code, char)
    return text


def parse(line: str) -> Command | None:
    """The runner's reading of one output line (TryParseV2)."""
    line = line.lstrip()
    end = line.find("::", 2)
    if not line.startswith("::") or end < 0:
        return None
    name, _, props = line[2:end].partition(" ")
    properties = {}
    for item in props.strip().split(","):
        key, sep, value = item.partition("=")
        if key and sep and value:
            properties[key] = unescape(value, PROPERTY_CODES)
    return Command(name, properties, unescape(line[end + 2 :], DATA_CODES))


def commands(output: str) -> list[Command]:
    """Every command in the output; fails on anything the runner would take for another."""
    assert not RAW_CONTROL.search(output)
    found = []
    for line in output.split("\n"):
        parsed = parse(line)
        if parsed is None:
            assert "##[" not in line, line
            continue
        assert parsed.name in OUR_COMMANDS, line
        found.append(parsed)
    return found


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def write_hostile(tmp_path: Path) -> Path:
    path = tmp_path / "allianz.yaml"
    path.write_text(HOSTILE_DOC, encoding="utf-8")
    return path


def run(path: Path | str, fmt: str, *extra: str) -> tuple[int, str]:
    result = invoke(["check", str(path), "--as-of", AS_OF, "--format", fmt, *extra])
    return result.exit_code, result.stdout


# --- golden files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_github_report_of_example(name: str) -> None:
    code, output = run(f"examples/{name}", "github")
    expected_code, report = run(f"examples/{name}", "json")
    assert code == expected_code
    found = commands(output)
    assert len(found) == len(json.loads(report)["files"][0]["findings"])
    assert all(c.properties["file"] == f"examples/{name}" for c in found)
    compare(GOLDEN / f"{Path(name).stem}.github.txt", output)


def test_english_titles_and_summary() -> None:
    _, output = run("examples/03-mitgliedschaft-beendet.yaml", "github", "--lang", "en")
    found = commands(output)
    assert [(c.name, c.properties["title"]) for c in found] == [
        ("error", "FRL-1.3 (D.I.2.d) Trade-union representative (Must)"),
        (
            "warning",
            "FRL-3 (D.I.3 Satz 2) Balanced representation of employers and employees (Should)",
        ),
    ]
    assert "Eligible: no" in output
    assert "annotations: 1 error, 1 warning, 0 notices (2 findings in total)." in output


# --- data from the input cannot forge commands ------------------------------------------


def test_hostile_names_and_reasons_stay_data(tmp_path: Path) -> None:
    path = write_hostile(tmp_path)
    code, output = run(path, "github")
    _, report = run(path, "json")
    expected = json.loads(report)["files"][0]["findings"]
    found = commands(output)
    assert code == 0  # FRL-1.6 is waived, FRL-3 passes; the expired waiver is a warning
    assert [c.name for c in found] == ["notice", "warning"]
    for cmd, finding in zip(found, expected, strict=True):
        assert cmd.properties["file"] == str(path)
        assert cmd.properties["line"] == str(finding["line"])
        lines = cmd.data.split("\n")
        assert lines[0] == inert(finding["message"])  # round trip, controls made visible
        assert not any(line.lstrip().startswith("::") for line in lines)
        assert r"x%0A::warning::owned\n::error::" in cmd.data
    assert "Ausnahme bis 31.01.2027" in found[0].data and "Grund x%0A" in found[0].data
    assert r"\x00 \x1b[2J" in found[0].data and r"\u2028::error::drei \u202e" in found[0].data


def test_hostile_alliance_name_in_summary_is_inert(tmp_path: Path) -> None:
    _, output = run(write_hostile(tmp_path), "github")
    summary = [line for line in output.split("\n") if not line.startswith("::")]
    assert any(r"##\[add-mask]geheim" in line for line in summary)
    assert all(not line.lstrip().startswith("::") for line in summary)


def test_hostile_key_in_input_error(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.yaml"
    path.write_text(HOSTILE_KEY_DOC, encoding="utf-8")
    code, output = run(path, "github")
    found = commands(output)
    assert code == 2
    assert {c.name for c in found} == {"error"}
    assert any(r"x%0A::warning::owned\n::error::" in c.data for c in found)


def test_nul_byte_in_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "binär.yaml"
    path.write_bytes(b"version: 1\nallianz: \x00\n")
    code, output = run(path, "github")
    found = commands(output)
    assert code == 2
    assert [(c.name, c.properties["title"]) for c in found] == [("error", "Eingabefehler")]


def test_hostile_file_name(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c%0A::error::x.yaml"
    path.write_text("version: 2\n", encoding="utf-8")
    _, output = run(path, "github")
    found = commands(output)
    assert found and all(c.properties["file"] == str(path) for c in found)


def test_stdin_has_no_file_property() -> None:
    data = (ROOT / "examples/02-sitz-fehlt.yaml").read_bytes()
    result = invoke(["check", "-", "--as-of", AS_OF, "--format", "github"], data)
    (found,) = commands(result.stdout)
    assert "file" not in found.properties and found.name == "error"


def test_more_than_ten_of_a_kind_is_noted(tmp_path: Path) -> None:
    gaps = (ROOT / "examples/07-inhalte-fehlen.yaml").read_text(encoding="utf-8")
    for index in range(6):  # two Muss-Vorgaben each
        (tmp_path / f"{index}.yaml").write_text(gaps, encoding="utf-8")
    _, output = run(tmp_path, "github")
    assert sum(c.name == "error" for c in commands(output)) == 12
    assert "Anmerkungen: 12 Fehler, 0 Warnungen, 0 Hinweise (12 Befunde insgesamt)." in output
    assert "GitHub zeigt je Schritt nur 10 Anmerkungen jeder Art an" in output
    _, single = run("examples/07-inhalte-fehlen.yaml", "github")
    assert "GitHub zeigt" not in single


@given(st.text(min_size=1), st.text(), st.text(min_size=1))
def test_escaping_round_trips(title: str, message: str, file: str) -> None:
    """The runner trims the property list and drops empty values; fkcheck sends neither."""
    title = inert(title).strip()
    assume(title and file == file.strip())
    line = command("warning", [("file", file), ("title", title)], inert(message))
    assert "\n" not in line and "\r" not in line
    parsed = parse(line)
    assert parsed == Command("warning", {"file": file, "title": title}, inert(message))
