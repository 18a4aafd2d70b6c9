"""``fkcheck init``: from nothing to a file that passes ``fkcheck check``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT, invoke

AS_OF = "2026-11-23"
# Landkreis Zwickau (14524), answered question by question.
ZWICKAU = [
    ("Nummer oder Kreisschlüssel", "14524"),
    ("Name der Allianz", ""),  # take the offered name
    ("D.I.2.a", "Landratsamt Zwickau"),
    ("Name der 1. Stadt", "Große Kreisstadt Crimmitschau"),
    ("Einwohner", "17.500"),
    ("Gemeindeschlüssel", "14524030"),
    ("Name der 2. Stadt", "Stadt Zwickau"),
    ("Einwohner", "87000"),
    ("Gemeindeschlüssel", "14524330"),
    ("Name der 3. Stadt", ""),
    ("Welche Arbeitgebervertretung", "IHK Chemnitz, Regionalkammer Zwickau"),
    ("Welche Gewerkschaft? z. B. DGB Region", "DGB Region Südwestsachsen"),
    ("Agentur für Arbeit oder Jobcenter", "Jobcenter Landkreis Zwickau"),
    ("schulischen Belange", "Landesamt für Schule und Bildung, Standort Zwickau"),
    ("Wirtschaftsförderung?", "Wirtschaftsförderung Zwickau"),
    ("D.I.3.a", ""),
    ("D.I.3.b", "Westsächsische Hochschule Zwickau"),
    ("D.I.3.c", ""),
    ("Nummer", "1"),
    ("D.I.5", "15.11.2025"),
    ("erste Handlungskonzept", "n"),
    ("letzten Fortschreibung", ""),
    ("D.I.6.a", "Kapitel 1"),
    ("D.I.6.b", "Kapitel 2"),
    ("D.I.6.c", "Kapitel 3"),
    ("D.I.6.d", "Kapitel 4"),
]


def check_json(path: Path) -> tuple[int, list[str]]:
    result = invoke(["check", str(path), "--as-of", AS_OF, "--format", "json"])
    findings = json.loads(result.stdout)["files"][0]["findings"]
    return result.exit_code, [f["rule"] for f in findings]


def test_pseudo_terminal_session_for_zwickau_passes_check(tmp_path: Path) -> None:
    """A real terminal: the installed program asks, a person (pexpect) answers."""
    pexpect = pytest.importorskip("pexpect")
    target = tmp_path / "zwickau.yaml"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"}
    child = pexpect.spawn(
        sys.executable, ["-m", "fkcheck", "init", str(target)], env=env, encoding="utf-8",
        timeout=120,
    )  # fmt: skip
    # pexpect waits 50 ms before each answer for programs that switch off echo after their
    # prompt (passwords); init reads plain lines, and the pty buffers what comes early.
    child.delaybeforesend = None
    child.expect("Für welchen Kreis ist die Allianz?")
    child.expect("14524  Zwickau")
    for prompt, answer in ZWICKAU:
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect_exact("Alle Muss-Vorgaben sind erfüllt.")
    child.expect_exact("Geschrieben:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert check_json(target) == (0, ["FRL-2.1", "FRL-2.3"])  # two Soll seats skipped
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert 'kreisschluessel: "14524"' in text and "# nur ein Beschluss der Allianz" in text


def test_answers_from_a_pipe_work_too(tmp_path: Path) -> None:
    target = tmp_path / "zwickau.yaml"
    answers = "".join(answer + "\n" for _, answer in ZWICKAU)
    result = invoke(["init", str(target)], stdin=answers)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Noch offen (" in result.stdout  # the live checklist before the plan
    assert "☐ FRL-4.1 (D.I.5)" in result.stdout
    assert check_json(target)[0] == 0


def test_input_ending_early_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "zwickau.yaml"
    result = invoke(["init", str(target)], stdin="14524\n\nLandratsamt Zwickau\n")
    assert result.exit_code == 2
    assert "Eingabe endete vor der letzten Frage; nichts geschrieben" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("kreis", ["14524", "14612"])
def test_template_lists_every_missing_seat_with_exit_1_never_2(tmp_path: Path, kreis: str) -> None:
    target = tmp_path / "vorlage.yaml"
    result = invoke(["init", str(target), "--kreis", kreis, "--non-interactive"])
    assert result.exit_code == 0, result.stderr
    code, rules = check_json(target)
    assert code == 1
    seats = ["FRL-1.1", "FRL-1.2", "FRL-1.3", "FRL-1.4", "FRL-1.5", "FRL-1.6"]
    towns = ["FRL-1.7"] if kreis == "14524" else []
    assert [r for r in rules if r.startswith("FRL-1.")] == [*seats[:6], *towns, "FRL-1.8"]
    assert "FRL-4.1" in rules
    text = target.read_text(encoding="utf-8")
    assert "mitglieder: []" in text
    assert "#     art: gewerkschaft" in text  # the seat as a commented example


def test_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "allianz.yaml"
    target.write_text("meins\n", encoding="utf-8")
    args = ["init", str(target), "--kreis", "14524", "--non-interactive"]
    result = invoke(args)
    assert result.exit_code == 2
    assert "gibt es schon; sie wird nicht überschrieben" in result.stderr
    assert target.read_text(encoding="utf-8") == "meins\n"
    assert invoke([*args, "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server:")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--non-interactive"], "--non-interactive braucht --kreis"),
        (
            ["--kreis", "14525", "--non-interactive"],
            "'14525' ist keiner der 13 sächsischen Kreisschlüssel. Meinten Sie",
        ),
    ],
)
def test_bad_kreis_is_a_usage_error(tmp_path: Path, args: list[str], expected: str) -> None:
    result = invoke(["init", str(tmp_path / "a.yaml"), *args])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert not (tmp_path / "a.yaml").exists()


def test_english_questions_and_comments(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    result = invoke(["init", str(target), "--kreis", "14612", "--lang", "en"], stdin="\n")
    assert result.exit_code == 2  # input ended
    assert "Name of the alliance [Fachkräfteallianz Stadt Dresden]" in result.stdout
    assert "input ended before the last question" in result.stderr
