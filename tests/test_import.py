"""``fkcheck import``: a member list from Excel or CSV becomes the file's ``mitglieder``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck import yamlio

SAMPLES = EXAMPLES / "mitglieder"
HEADER = "Id;Name;Art;Seite;Stimmen;Seit;Bis;Einwohner;Gemeindeschlüssel;Mitwirkungserklärung\n"


def members_of(text: str) -> Any:
    return yamlio.load_text(text).data["mitglieder"]


def example_members(name: str = "01-erfuellt.yaml") -> Any:
    return members_of((EXAMPLES / name).read_text(encoding="utf-8"))


def write_csv(tmp_path: Path, body: str, header: str = HEADER, encoding: str = "utf-8") -> Path:
    path = tmp_path / "liste.csv"
    path.write_bytes((header + body).encode(encoding))
    return path


@pytest.mark.parametrize(
    "sample", ["mitglieder-mittelsachsen.csv", "mitglieder-mittelsachsen.xlsx"]
)
def test_shipped_sample_reproduces_the_example_members(sample: str) -> None:
    result = invoke(["import", str(SAMPLES / sample)])
    assert result.exit_code == 0, result.stderr
    assert members_of(result.stdout) == example_members()
    assert "Art „IHK“ übernommen als industrie_und_handelskammer" in result.stderr
    assert "Art „Große Kreisstadt“ übernommen als kreisangehoerige_stadt" in result.stderr


def test_merge_replaces_members_keeps_comments_and_leaves_the_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "allianz.yaml"
    shutil.copy(EXAMPLES / "02-sitz-fehlt.yaml", target)
    before = target.read_bytes()
    result = invoke(
        ["import", str(SAMPLES / "mitglieder-mittelsachsen.csv"), "--merge-into", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == before  # only --output may change it
    merged = yamlio.load_text(result.stdout).data
    assert merged == yamlio.load_text((EXAMPLES / "01-erfuellt.yaml").read_text("utf-8")).data
    assert result.stdout.startswith("# yaml-language-server: $schema=")
    assert "# Beispiel 2: Ein Pflichtsitz fehlt." in result.stdout
    assert "  # D.I.2.b: zwei kreisangehörige Städte" not in result.stdout  # went with the old list


def test_merge_written_over_the_target_when_output_names_it(tmp_path: Path) -> None:
    target = tmp_path / "allianz.yaml"
    shutil.copy(EXAMPLES / "02-sitz-fehlt.yaml", target)
    args = ["import", str(SAMPLES / "mitglieder-mittelsachsen.xlsx"), "--merge-into", str(target)]
    result = invoke([*args, "--output", str(target)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert "# Beispiel 2" in target.read_text(encoding="utf-8")
    assert invoke(["check", str(target), "--as-of", AS_OF]).exit_code == 0  # FRL-1.6 now met


def test_output_never_replaces_the_member_list(tmp_path: Path) -> None:
    table = write_csv(tmp_path, "a;A;IHK;;;;;;;\n")
    before = table.read_bytes()
    result = invoke(["import", str(table), "--output", str(table)])
    assert result.exit_code == 2
    assert "wird nicht überschrieben" in result.stderr
    assert table.read_bytes() == before


def test_unknown_kind_names_row_and_column_with_a_suggestion(tmp_path: Path) -> None:
    table = write_csv(tmp_path, "a;IHK Chemnitz;IHK;;;;;;;\nb;HWK Chemnitz;Handwerkskamer;;;;;;;\n")
    result = invoke(["import", str(table)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{table}:3:3: Spalte C (Art): 'Handwerkskamer' ist keine bekannte Mitgliedsart." in (
        result.stderr
    )
    assert "Meinten Sie 'handwerkskammer'?" in result.stderr


def test_messages_in_english(tmp_path: Path) -> None:
    table = write_csv(tmp_path, "a;X;Kammerorchester;;;;;;;\n")
    result = invoke(["import", str(table), "--lang", "en"])
    assert result.exit_code == 2
    assert "column C (Art): 'Kammerorchester' is not a known member kind" in result.stderr


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("a;A;IHK;;;31.02.2024;;;;", ":2:6: Spalte F (seit): '31.02.2024' ist kein Datum"),
        ("a;A;IHK;;zwei;;;;;", ":2:5: Spalte E (stimmen): 'zwei' ist keine ganze Zahl"),
        ("a;A;IHK;links;;;;;;", ":2:4: Spalte D (Seite): 'links' ist keine Seite"),
        ("a;A;Stadt;;;;;12000;1452409;", ":2:9: Spalte I (gemeindeschluessel): '1452409' hat"),
        ("a;;IHK;;;;;;;", ":2:2: Spalte B (Name) ist leer"),
        ("a;A;IHK;;;01.01.2024;01.01.2020;;;", ":2:1: bis: bis (01.01.2020) liegt vor seit"),
        ("a;A;IHK;;;;;;;\na;B;HWK;;;;;;;", ":3:1: id: Mitglieds-id 'a' ist bereits vergeben"),
    ],
)
def test_bad_cells_are_located_exit_2(tmp_path: Path, row: str, expected: str) -> None:
    result = invoke(["import", str(write_csv(tmp_path, row + "\n"))])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stdout == ""


def test_unknown_header_gets_a_suggestion(tmp_path: Path) -> None:
    table = write_csv(tmp_path, "A;IHK;2\n", header="Name;Art;Stimme\n")
    result = invoke(["import", str(table)])
    assert result.exit_code == 2
    assert ":1:3: Spalte C: unbekannte Überschrift 'Stimme'. Meinten Sie 'stimmen'?" in (
        result.stderr
    )


def test_missing_required_column(tmp_path: Path) -> None:
    result = invoke(["import", str(write_csv(tmp_path, "A\n", header="Name\n"))])
    assert result.exit_code == 2
    assert "Spalte 'Art' fehlt in der Kopfzeile" in result.stderr


def test_comma_csv_in_windows_1252_with_german_and_excel_dates(tmp_path: Path) -> None:
    header = "NAME , art,Seit,bis,Einwohner,x-Notiz\n"
    body = "Große Kreisstadt Glauchau,Große Kreisstadt,01.02.2020,45000,22.500,frei\n"
    result = invoke(["import", str(write_csv(tmp_path, body, header, "cp1252"))])
    assert result.exit_code == 0, result.stderr
    assert members_of(result.stdout) == [
        {
            "name": "Große Kreisstadt Glauchau",
            "art": "kreisangehoerige_stadt",
            "seit": yamlio.load_text("d: 2020-02-01").data["d"],
            "bis": yamlio.load_text("d: 2023-03-15").data["d"],  # Excel day 45000
            "einwohner": 22500,
            "x-Notiz": "frei",
        }
    ]


def test_merged_file_must_stay_valid_nothing_written(tmp_path: Path) -> None:
    target = tmp_path / "allianz.yaml"
    shutil.copy(EXAMPLES / "01-erfuellt.yaml", target)  # geschaeftsfuehrung: lra
    table = write_csv(tmp_path, "x;Landratsamt;Landratsamt;;;;;;;\n")
    out = tmp_path / "neu.yaml"
    result = invoke(["import", str(table), "--merge-into", str(target), "--output", str(out)])
    assert result.exit_code == 2
    assert "wäre nach dem Import ungültig; nichts geschrieben" in result.stderr
    assert "geschaeftsfuehrung nennt 'lra', aber kein Mitglied hat diese id" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("liste.txt", b"Name;Art\n", "Dateityp .txt wird nicht gelesen"),
        ("liste.xlsx", b"not a zip", "keine lesbare Excel-Arbeitsmappe"),
        ("liste.csv", b"\n;;\n", "die Tabelle ist leer"),
    ],
)
def test_unreadable_lists_are_exit_2(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke(["import", str(path)])
    assert result.exit_code == 2
    assert expected in result.stderr


def test_missing_list_is_exit_2(tmp_path: Path) -> None:
    result = invoke(["import", str(tmp_path / "fehlt.csv")])
    assert result.exit_code == 2
    assert "fehlt.csv" in result.stderr
