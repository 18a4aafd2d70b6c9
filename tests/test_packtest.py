"""``fkcheck test PACK``: pass/fail per case, coverage, exit codes, located case errors."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, RULES, invoke

CASES = ROOT / "tests" / "cases"
OWN_PACK = RULES / "beispiele" / "geschaeftsordnung.yaml"


def test_the_builtin_pack_passes_its_own_cases_through_the_command() -> None:
    result = invoke(["test", "sn-frl", str(CASES)])
    assert result.exit_code == 0, result.stdout[-2000:]
    total = sum(1 for line in result.stdout.splitlines() if line.startswith(("✔", "✘")))
    assert total >= 200
    assert f"{total} Fälle: {total} bestanden, 0 fehlgeschlagen" in result.stdout
    assert "ohne Testfall" not in result.stdout  # every rule has passing and failing cases


def test_a_pack_finds_its_cases_beside_it_and_lists_untested_rules(tmp_path: Path) -> None:
    result = invoke(["test", str(OWN_PACK)])
    assert result.exit_code == 0
    assert "11 Fälle: 11 bestanden" in result.stdout
    assert "FRL-1.1" not in result.stdout.split("\n\n")[-1]  # inherited rules are not listed
    pack = tmp_path / "p.yaml"
    shutil.copy(OWN_PACK, pack)
    (tmp_path / "p-faelle").mkdir()
    shutil.copy(OWN_PACK.parent / "geschaeftsordnung-faelle" / "base.yaml", tmp_path / "p-faelle")
    write(tmp_path / "p-faelle" / "go1.yaml", """\
        regel: GO-1
        faelle:
          - {name: named, erwartet: pass}
          - {name: missing, entferne: [mitglieder.3.mitwirkungserklaerung], erwartet: error}
        """)  # fmt: skip
    partial = invoke(["test", str(pack), "--lang", "en"])
    assert partial.exit_code == 0
    assert "rules without a test case: GO-2, GO-3" in partial.stdout
    assert invoke(["test", str(pack), "--strict"]).exit_code == 1


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    shutil.copy(CASES / "base.yaml", tmp_path / "base.yaml")
    return tmp_path


def test_a_failing_case_is_exit_1_and_says_what_differs(cases: Path) -> None:
    write(cases / "c.yaml", """\
        regel: FRL-1.6
        faelle:
          - name: wrongly expected to pass
            entferne: [mitglieder.8]
            erwartet: pass
          - name: right
            entferne: [mitglieder.8]
            erwartet: error
            ergebnis: fehlt
        """)  # fmt: skip
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 1
    assert f"✘ {cases / 'c.yaml'}:3: wrongly expected to pass — FRL-1.6: pass ≠ error (fehlt)" in (
        result.stdout
    )
    assert f"✔ {cases / 'c.yaml'}:6: right" in result.stdout
    assert "2 Fälle: 1 bestanden, 1 fehlgeschlagen" in result.stdout


def test_xfail_and_xpass(cases: Path) -> None:
    write(cases / "c.yaml", """\
        regel: FRL-1.6
        faelle:
          - {name: known bug, entferne: [mitglieder.8], erwartet: pass, xfail: issue 9}
        """)  # fmt: skip
    assert invoke(["test", "sn-frl", str(cases)]).exit_code == 0
    write(cases / "c.yaml", """\
        regel: FRL-1.6
        faelle:
          - {name: fixed, entferne: [mitglieder.8], erwartet: error, xfail: issue 9}
        """)  # fmt: skip
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 1 and "xfail entfernen" in result.stdout


def test_an_unknown_rule_in_a_case_fails_it(cases: Path) -> None:
    write(cases / "c.yaml", "faelle:\n  - {name: typo, erwartet: {FRL-1.66: pass}}\n")
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 1
    assert "FRL-1.66: ?" in result.stdout and "nicht hat: FRL-1.66" in result.stdout


@pytest.mark.parametrize(
    ("text", "where", "fragment"),
    [
        ("regel: FRL-1.6\nfaelle:\n  - {name: a, erwarte: pass}\n", ":3:", "erwartet"),
        ("regel: FRL-1.6\nfaelle:\n  - {name: a, erwartet: passt}\n", ":3:", "pass"),
        ("faelle:\n  - {name: a, erwartet: pass}\n", ":2:", "regel"),
        ("regel: FRL-1.6\nfaelle:\n  - {name: a, entferne: [mitglieder.99], erwartet: pass}\n",
         ":3:", "Basisdokument"),
        ("regel: FRL-1.6\nfaelle: [\n", ":3:", "YAML"),
    ],
)  # fmt: skip
def test_broken_case_files_are_exit_2_with_a_location(
    cases: Path, text: str, where: str, fragment: str
) -> None:
    write(cases / "c.yaml", text)
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 2
    assert f"c.yaml{where}" in result.stderr
    assert fragment in result.stderr


def test_no_cases_and_a_missing_pack_are_exit_2(tmp_path: Path) -> None:
    assert invoke(["test", "sn-frl", str(tmp_path)]).exit_code == 2
    assert invoke(["test", "sn-frx", str(CASES)]).exit_code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_among_the_cases_is_refused_without_blocking(cases: Path) -> None:
    os.mkfifo(cases / "pipe.yaml")
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 2 and "keine gewöhnliche Datei" in result.stderr


def test_a_device_as_base_document_is_refused(cases: Path) -> None:
    write(
        cases / "c.yaml",
        "basis: /dev/zero\nregel: FRL-1.6\nfaelle:\n  - {name: a, erwartet: pass}\n",
    )
    result = invoke(["test", "sn-frl", str(cases / "c.yaml")])
    assert result.exit_code == 2 and "keine gewöhnliche Datei" in result.stderr


def test_a_named_base_document_is_not_a_case_file(cases: Path) -> None:
    shutil.move(cases / "base.yaml", cases / "grundlage.yaml")
    write(
        cases / "c.yaml",
        "basis: grundlage.yaml\nregel: FRL-1.6\nfaelle:\n  - {name: a, erwartet: pass}\n",
    )
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "1 Fälle: 1 bestanden" in result.stdout


def test_an_outcome_without_a_verdict_is_an_error(cases: Path) -> None:
    write(
        cases / "c.yaml",
        "faelle:\n  - {name: a, erwartet: {FRL-1.6: pass}, ergebnis: {FRL-1.5: ok}}\n",
    )
    result = invoke(["test", "sn-frl", str(cases)])
    assert result.exit_code == 2 and "FRL-1.5" in result.stderr
