"""``fkcheck deadlines``: every date is the first day on which the verdict differs, found by
evaluating the pack on that day; JSON follows its schema; the calendar parses back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import jsonschema
import pytest

from conftest import AS_OF, EXAMPLES, ROOT, invoke

E12 = str(EXAMPLES / "12-ein-muss-zwei-hinweise.yaml")  # its only union leaves on 31.12.2026
E02 = str(EXAMPLES / "02-sitz-fehlt.yaml")
E10 = str(EXAMPLES / "10-ausnahmen.yaml")
SCHEMA = json.loads((ROOT / "src/fkcheck/schemas/deadlines.schema.json").read_text("utf-8"))


def deadlines_json(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = invoke(["deadlines", *args, "--as-of", AS_OF, "--format", "json"])
    report = json.loads(result.stdout)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(report)) == []
    return result.exit_code, report["files"]


def test_a_union_leaving_on_31_december_changes_the_verdict_on_1_january() -> None:
    code, files = deadlines_json(E12)
    assert code == 0
    (ending,) = [d for d in files[0]["deadlines"] if d["kind"] == "mitgliedschaft_endet"]
    assert ending["date"] == "2027-01-01"
    assert ending["rule"] == "FRL-1.3"
    assert ending["eligible_from_date"] is False
    assert {"FRL-1.3", "FRL-3"} <= set(ending["failing_from_date"])  # type: ignore[arg-type]
    text = invoke(["deadlines", E12, "--as-of", AS_OF]).stdout
    assert "01.01.2027  Ab 01.01.2027 ist »DGB Region Südwestsachsen« nicht mehr Mitglied" in text
    assert "FRL-1.3 (D.I.2.d) Vertretung einer Gewerkschaft" in text
    assert "Förderfähig: nein" in text


def test_the_day_before_the_change_nothing_has_changed_yet() -> None:
    """The union still counts on 31.12.2026 (bis is inclusive): FRL-1.3 is met that day."""
    result = invoke(["check", E12, "--as-of", "2026-12-31", "--format", "json"])
    report = json.loads(result.stdout)["files"][0]
    assert "FRL-1.3" in report["passed"]
    result = invoke(["check", E12, "--as-of", "2027-01-01", "--format", "json"])
    assert "FRL-1.3" in [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_fortschreibung_and_warning_window_in_date_order() -> None:
    code, files = deadlines_json(E02, "--until", "2028-12-31")
    entries = files[0]["deadlines"]
    assert code == 0
    assert [d["date"] for d in entries] == sorted(d["date"] for d in entries)  # type: ignore[type-var]
    kinds = {d["kind"]: d for d in entries}
    assert kinds["warnfenster"]["date"] == "2028-07-09"  # 90 days before 07.10.2028
    assert kinds["warnfenster"]["eligible_from_date"] is False  # FRL-1.6 is missing anyway
    due = kinds["fortschreibung"]
    assert due["date"] == "2028-10-07" and due["rule"] == "FRL-4.2"
    assert "FRL-4.2" in due["failing_from_date"]  # type: ignore[operator]
    declarations = [d["date"] for d in entries if d["kind"] == "interessensbekundung"]
    assert declarations == ["2027-09-30", "2028-09-30"]


def test_warn_before_moves_the_window() -> None:
    _, files = deadlines_json(E02, "--until", "2028-12-31", "--warn-before", "30")
    (window,) = [d for d in files[0]["deadlines"] if d["kind"] == "warnfenster"]
    assert window["date"] == "2028-09-07"


def test_waivers_expiring_are_listed() -> None:
    _, files = deadlines_json(E10)
    ends = [(d["date"], d["rule"]) for d in files[0]["deadlines"] if d["kind"] == "ausnahme_endet"]
    assert ends == [("2027-04-01", "FRL-4.2"), ("2027-07-01", "FRL-1.6")]


def test_until_defaults_to_18_months() -> None:
    text = invoke(["deadlines", E02, "--as-of", AS_OF]).stdout
    assert text.startswith("Termine vom 23.11.2026 bis 23.05.2028")
    _, files = deadlines_json(E02)
    assert all(d["date"] <= "2028-05-23" for d in files[0]["deadlines"])  # type: ignore[operator]


def test_ics_parses_back_with_stable_uids_and_a_reminder_14_days_before(tmp_path: Path) -> None:
    target = tmp_path / "fristen.ics"
    args = ["deadlines", E12, "--as-of", AS_OF, "--format", "ics", "--output", str(target)]
    assert invoke(args).exit_code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    starts = [e.decoded("dtstart") for e in events]
    assert dt.date(2027, 1, 1) in starts and dt.date(2027, 9, 30) in starts
    for event in events:
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == -dt.timedelta(days=14)
        assert str(event["summary"]).startswith("Fachkräfteallianz Mittelsachsen: ")
    first = {str(e["uid"]) for e in events}
    assert len(first) == len(events)
    assert invoke(args).exit_code == 0  # the same input gives the same UIDs
    again = icalendar.Calendar.from_ical(target.read_bytes())
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == first


def test_english() -> None:
    text = invoke(["deadlines", E12, "--as-of", AS_OF, "--lang", "en"]).stdout
    assert "From 2027-01-01 »DGB Region Südwestsachsen« is no longer a member" in text
    assert "Eligible: no" in text and "Förderfähig" not in text


def test_input_errors_exit_2_and_are_located() -> None:
    result = invoke(["deadlines", str(EXAMPLES / "08-eingabefehler.yaml"), E02, "--as-of", AS_OF])
    assert result.exit_code == 2
    assert "08-eingabefehler.yaml:32:10:" in result.stderr
    assert "Fachkräfteallianz Mittelsachsen — " in result.stdout  # the other file is reported


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--until", "2026-01-01"], "liegt vor dem Stichtag"),
        (["--until", "morgen"], "ungültiges Datum für --until"),
    ],
)
def test_bad_period_is_a_usage_error(args: list[str], message: str) -> None:
    result = invoke(["deadlines", E02, "--as-of", AS_OF, *args])
    assert result.exit_code == 2 and message in result.stderr


def test_output_never_replaces_an_input(tmp_path: Path) -> None:
    copy = tmp_path / "allianz.yaml"
    copy.write_bytes(Path(E12).read_bytes())
    result = invoke(["deadlines", str(copy), "--as-of", AS_OF, "--output", str(copy)])
    assert result.exit_code == 2 and "nicht überschrieben" in result.stderr
    assert copy.read_bytes() == Path(E12).read_bytes()


def test_configuration_gives_paths_language_and_warning_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for ``check``: the command line, then ``.fkcheck.yaml``, then the defaults."""
    (tmp_path / "allianzen").mkdir()
    (tmp_path / "allianzen" / "a.yaml").write_bytes(Path(E02).read_bytes())
    config = "include: ['allianzen/*.yaml']\nlang: en\nwarn-before: 30\n"
    (tmp_path / ".fkcheck.yaml").write_text(config, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["deadlines", "--as-of", AS_OF, "--until", "2028-12-31"])
    assert result.exit_code == 0, result.stderr
    assert "Warning window opens: 30 days left until the update due on 2028-10-07" in result.stdout
    german = invoke(["deadlines", "--as-of", AS_OF, "--lang", "de", "--no-config", "allianzen"])
    assert "Termine vom 23.11.2026" in german.stdout


def test_ics_on_standard_output_keeps_its_line_endings() -> None:
    from typer.testing import CliRunner

    from fkcheck.cli import app

    result = CliRunner().invoke(app, ["deadlines", E12, "--as-of", AS_OF, "--format", "ics"])
    assert result.exit_code == 0
    raw = result.stdout_bytes  # .stdout would fold CRLF into LF
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and b"\r\r\n" not in raw
    assert len(icalendar.Calendar.from_ical(raw).walk("VEVENT")) == 2
