"""SARIF report: golden files, the official 2.1.0 schema, GitHub's rules, hostile input.

Regenerate the golden files after an intended change (see tests/test_golden.py):

    FKCHECK_UPDATE_GOLDEN=1 python -m pytest -q tests/test_report_sarif.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from test_golden import EXAMPLE_FILES, GOLDEN, VOLATILE, compare

from conftest import AS_OF, EXAMPLES, ROOT, invoke
from fkcheck import rulepack
from fkcheck.report.escape import inert

SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
LEVELS = {"error", "warning", "note"}
# RFC 3986 characters of the URIs fkcheck writes (no query, no fragment): the schema's
# "uri-reference" format is not checked by jsonschema without extra packages.
URI = re.compile(r"(?:file://)?(?:[A-Za-z0-9\-._~!$&'()*+,;=@/]|%[0-9A-F]{2})+")

# YAML escapes, kept as written by the raw string: a newline, NUL, ESC (a terminal
# "clear screen"), GitHub workflow commands, and the characters XML and Markdown care about.
HOSTILE = r"x%0A::warning::owned\n::error:: ]]> <b> & \0 \e[2J"
HOSTILE_YAML = rf"""version: 1
allianz:
  name: "{HOSTILE}"
  bundesland: SN
  gebiet: {{name: Landkreis Mittelsachsen, art: landkreis}}
mitglieder:
  - {{name: Landratsamt, art: landkreis}}
  - {{name: IHK, art: industrie_und_handelskammer}}
  - name: "DGB {HOSTILE}"
    art: gewerkschaft
    bis: 2026-01-01
  - {{name: Agentur, art: agentur_fuer_arbeit}}
  - {{name: LaSuB, art: schulverwaltung}}
ausnahmen:
  - regel: FRL-1.6
    begruendung: "Grund {HOSTILE}"
    bis: 2027-01-31
    genehmigt_durch: Amtsleitung
"""
# What the YAML escapes above decode to.
HOSTILE_TEXT = "x%0A::warning::owned\n::error:: ]]> <b> & \x00 \x1b[2J"


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def validator() -> Any:
    """The official schema's validator, or None when ../shared/schemas is absent."""
    if not SCHEMA.is_file():
        return None
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif(*args: str, stdin: str | None = None) -> tuple[int, dict[str, Any]]:
    result = invoke(["check", *args, "--format", "sarif", "--as-of", AS_OF], stdin)
    return result.exit_code, json.loads(result.stdout)


def with_waiver(tmp_path: Path, rule: str, until: str) -> Path:
    """Example 02 (FRL-1.6 unmet) with one waiver appended."""
    text = (EXAMPLES / "02-sitz-fehlt.yaml").read_text(encoding="utf-8")
    waiver = f"ausnahmen:\n  - regel: {rule}\n    begruendung: Beitritt im Januar\n"
    path = tmp_path / "allianz.yaml"
    path.write_text(f"{text}{waiver}    bis: {until}\n    genehmigt_durch: Amtsleitung\n")
    return path


def assert_valid(validator: Any, log: dict[str, Any]) -> None:
    """Valid by the official schema (where present) and ready for GitHub code scanning."""
    assert_github_ready(log)
    if validator is None:
        return
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def assert_github_ready(log: dict[str, Any]) -> None:
    """What GitHub code scanning needs beyond the schema, and what fkcheck promises."""
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "fkcheck"
    assert len({rule["id"] for rule in rules}) == len(rules) <= 25_000
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert len(rule["properties"]["tags"]) <= 20
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in LEVELS and result["message"]["text"]
        assert result["partialFingerprints"]["fkcheck/v1"]
        (location,) = result["locations"]
        region = location["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert URI.fullmatch(location["physicalLocation"]["artifactLocation"]["uri"])


def normalise(log: dict[str, Any]) -> dict[str, Any]:
    run = log["runs"][0]
    run["tool"]["driver"]["version"] = run["tool"]["driver"]["semanticVersion"] = VOLATILE
    run["properties"]["rulePack"]["sha256"] = VOLATILE
    return log


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_sarif_report_of_example(name: str, validator: Any) -> None:
    exit_code, log = sarif(f"examples/{name}")
    assert_valid(validator, log)
    assert log["runs"][0]["invocations"][0]["exitCode"] == exit_code
    text = json.dumps(normalise(log), ensure_ascii=False, indent=2) + "\n"
    compare(GOLDEN / f"{Path(name).stem}.sarif", text)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_sarif_matches_the_official_schema(name: str, lang: str, validator: Any) -> None:
    if validator is None:
        pytest.skip(f"official SARIF schema not found at {SCHEMA} (../shared/schemas is absent)")
    _, log = sarif(f"examples/{name}", "--lang", lang)
    assert_valid(validator, log)
    assert log["$schema"] == validator.schema["id"]
    assert log["runs"][0]["language"] == lang


def test_rule_table_is_the_whole_pack_plus_pseudo_rules() -> None:
    _, log = sarif("examples/01-erfuellt.yaml")
    pack = rulepack.load()
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in pack.rules] + ["input", "ausnahme"]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for entry, rule in zip(rules, pack.rules, strict=False):
        title = rule.text("titel", "de").replace("{einwohner_ueber}", "10000")
        assert entry["shortDescription"]["text"] == f"{rule.citation.short()}: {title}"
        assert entry["properties"]["citationShort"] == rule.citation.short()
        assert entry["properties"]["citation"] == rule.citation.render("de")
        assert entry["properties"]["legalForce"] == rule.force
        assert entry["fullDescription"]["text"] == rule.legal_text
        assert entry["defaultConfiguration"]["level"] == levels[rule.severity]
        assert entry["name"] != entry["id"] and entry["name"].isalnum()
    assert log["runs"][0]["results"] == []


def test_english_report_keeps_the_german_legal_text() -> None:
    _, log = sarif("examples/02-sitz-fehlt.yaml", "--lang", "en")
    rule = log["runs"][0]["tool"]["driver"]["rules"][8]
    assert rule["id"] == "FRL-1.6"
    assert rule["shortDescription"]["text"] == "D.I.2.g: Regional economic development"
    assert "Wirtschaftsförderung" in rule["fullDescription"]["text"]


def test_active_waiver_is_an_in_source_suppression(tmp_path: Path, validator: Any) -> None:
    exit_code, log = sarif(str(with_waiver(tmp_path, "FRL-1.6", "2027-01-31")))
    assert_valid(validator, log)
    assert exit_code == 0
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "FRL-1.6"]
    (suppression,) = result["suppressions"]
    assert suppression["kind"] == "inSource" and suppression["status"] == "accepted"
    assert suppression["justification"] == (
        "Beitritt im Januar (Ausnahme bis 31.01.2027, genehmigt durch Amtsleitung)"
    )
    waiver_line = suppression["location"]["physicalLocation"]["region"]["startLine"]
    assert waiver_line > result["locations"][0]["physicalLocation"]["region"]["startLine"]


@pytest.mark.parametrize(
    ("rule", "until", "level"),
    [("FRL-1.6", "2026-01-31", "warning"), ("FRL-1.3", "2027-01-31", "note")],
)
def test_expired_and_unused_waivers_are_reported(
    tmp_path: Path, validator: Any, rule: str, until: str, level: str
) -> None:
    _, log = sarif(str(with_waiver(tmp_path, rule, until)))
    assert_valid(validator, log)
    results = log["runs"][0]["results"]
    (note,) = [r for r in results if r["ruleId"] == "ausnahme"]
    assert note["level"] == level and rule in note["message"]["text"]
    assert not any("suppressions" in r for r in results)


def test_input_errors_are_results_of_the_input_rule(validator: Any) -> None:
    exit_code, log = sarif("examples/08-eingabefehler.yaml")
    assert_valid(validator, log)
    run = log["runs"][0]
    assert exit_code == 2 and run["invocations"][0]["executionSuccessful"] is False
    assert {r["ruleId"] for r in run["results"]} == {"input"}
    assert {r["level"] for r in run["results"]} == {"error"}


def test_fingerprints_survive_shifted_lines(tmp_path: Path) -> None:
    path = tmp_path / "allianz.yaml"
    original = (EXAMPLES / "03-mitgliedschaft-beendet.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    _, before = sarif(str(path))
    path.write_text("# eins\n# zwei\n# drei\n" + original, encoding="utf-8")
    _, after = sarif(str(path))

    def key(log: dict[str, Any]) -> list[tuple[str, int]]:
        return [
            (
                r["partialFingerprints"]["fkcheck/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        ]

    assert [fp for fp, _ in key(before)] == [fp for fp, _ in key(after)]
    assert [line + 3 for _, line in key(before)] == [line for _, line in key(after)]


def test_hostile_text_survives_as_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Any
) -> None:
    folder = tmp_path / "Fach kräfte"
    folder.mkdir()
    (folder / "a #1 100%?.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, log = sarif("Fach kräfte/a #1 100%?.yaml")
    assert_valid(validator, log)
    run = log["runs"][0]
    location = run["artifacts"][0]["location"]
    assert location == {
        "uri": "Fach%20kr%C3%A4fte/a%20%231%20100%25%3F.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    assert unquote(location["uri"]) == "Fach kräfte/a #1 100%?.yaml"
    shown = inert(HOSTILE_TEXT)  # controls and line breaks visible, as in every format
    assert run["artifacts"][0]["description"]["text"] == shown
    messages = {r["ruleId"]: r["message"]["text"] for r in run["results"]}
    assert f"DGB {shown}" in messages["FRL-1.3"]
    (waived,) = [r for r in run["results"] if "suppressions" in r]
    assert waived["suppressions"][0]["justification"].startswith(f"Grund {shown} (")


def test_absolute_paths_and_stdin(validator: Any) -> None:
    example = EXAMPLES / "02-sitz-fehlt.yaml"
    _, log = sarif(str(example), "-", stdin=example.read_text(encoding="utf-8"))
    assert_valid(validator, log)
    first, second = (a["location"] for a in log["runs"][0]["artifacts"])
    assert first == {"uri": example.as_uri()}
    assert second["uri"] == "%3Cstdin%3E" and "uriBaseId" not in second


def test_file_name_that_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Any
) -> None:
    name = os.fsdecode(b"bad\xff.yaml")
    try:
        (tmp_path / name).write_bytes((EXAMPLES / "02-sitz-fehlt.yaml").read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    monkeypatch.chdir(tmp_path)
    _, log = sarif(name)
    assert_valid(validator, log)
    assert log["runs"][0]["artifacts"][0]["location"]["uri"] == "bad%FF.yaml"
