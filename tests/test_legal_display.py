"""How the legal side of a rule reaches the officer in every format (SPEC §2).

Each rule shows its exact citation (short form beside the id; the long form in JSON and
SARIF), its legal force (Muss, Soll, Plausibilität) apart from the severity, and a rule
that does not apply is shown as "entfällt" with its reason, never as "erfüllt".
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from conftest import AS_OF, invoke
from fkcheck import rulepack

E01 = "examples/01-erfuellt.yaml"
E09 = "examples/09-kreisfreie-stadt-erstes-konzept.yaml"
# A Landkreis without any member: every membership and plan rule fails.
EMPTY = """\
version: 1
allianz:
  name: Leere Allianz
  bundesland: SN
  gebiet: {name: Landkreis Zwickau, art: landkreis, kreisschluessel: "14524"}
mitglieder: []
handlungskonzept:
  beschluss: {datum: 2020-01-01, gremium: kreistag}
"""


def _check(path: str, fmt: str, *extra: str, stdin: str | None = None) -> tuple[int, str]:
    result = invoke(["check", path, "--as-of", AS_OF, "--format", fmt, *extra], stdin)
    return result.exit_code, result.stdout


def _rules() -> tuple[rulepack.Rule, ...]:
    return rulepack.load().rules


def test_text_shows_every_rule_with_its_short_citation() -> None:
    _, text = _check(E01, "text")
    for rule in _rules():
        assert f"{rule.id} ({rule.citation.short()})" in text
    assert "FRL-1.7 (D.I.2.b)" in text and "FRL-1.8 (D.I.4, G.I.2, H.I)" in text
    assert "Großbuchstabe D" not in text  # the long form is detail, for --verbose
    _, full = _check(E01, "text", "--verbose")
    assert "Großbuchstabe D Ziffer I Nummer 2 Buchstabe b" in full


def test_json_findings_carry_the_long_and_the_short_citation() -> None:
    code, out = _check("-", "json", stdin=EMPTY)
    assert code == 1
    findings = json.loads(out)["files"][0]["findings"]
    by_id = {r.id: r for r in _rules()}
    assert {f["rule"] for f in findings} >= {"FRL-1.1", "FRL-1.7", "FRL-1.8", "FRL-4.1"}
    for finding in findings:
        rule = by_id[finding["rule"]]
        assert finding["citation_short"] == rule.citation.short()
        assert finding["citation"] == rule.citation.render("de")
        assert finding["legal_force"] == rule.force
    (towns,) = [f for f in findings if f["rule"] == "FRL-1.7"]
    assert towns["citation"] == (
        "Fachkräfterichtlinie vom 30.04.2019, zuletzt geändert am 13.06.2023, "
        "Großbuchstabe D Ziffer I Nummer 2 Buchstabe b"
    )


def test_sarif_rules_and_results_carry_the_citation() -> None:
    _, out = _check("-", "sarif", stdin=EMPTY)
    run = json.loads(out)["runs"][0]
    table = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    for rule in _rules():
        entry = table[rule.id]
        assert entry["properties"]["citationShort"] == rule.citation.short()
        assert entry["properties"]["citation"] == rule.citation.render("de")
        assert entry["shortDescription"]["text"].startswith(rule.citation.short() + ": ")
    for result in run["results"]:
        assert (
            result["properties"]["citation"]
            == table[result["ruleId"]]["properties"]["citationShort"]
        )


def test_markdown_names_the_citation_for_findings_and_met_rules() -> None:
    _, failing = _check("-", "markdown", stdin=EMPTY)
    assert "| FRL-1.7 (D.I.2.b) Zwei kreisangehörige Städte" in failing
    assert "| Muss |" in failing
    _, met = _check(E01, "markdown")
    for rule in _rules():
        assert f"- {rule.id} ({rule.citation.short()})".replace("_", "\\_") in met


def test_not_applicable_is_shown_as_entfaellt_with_its_reason_in_every_format() -> None:
    code, text = _check(E09, "text")
    assert code == 0
    lines = text.splitlines()
    for rule_id in ("FRL-1.7", "FRL-4.6"):
        (line,) = [ln for ln in lines if f" {rule_id} (" in ln]
        assert ": entfällt – " in line and "erfüllt" not in line
    assert "Nur für Landkreise" in text and "erstkonzept: true" in text
    assert "Fundstelle im Konzept: —" not in text

    _, out = _check(E09, "json")
    report = json.loads(out)["files"][0]
    assert [n["rule"] for n in report["not_applicable"]] == ["FRL-1.7", "FRL-4.6"]
    assert not {"FRL-1.7", "FRL-4.6"} & set(report["passed"])

    _, md = _check(E09, "markdown")
    assert "FRL-1.7 (D.I.2.b) Zwei kreisangehörige Städte" in md and "– entfällt: Nur" in md

    _, xml = _check(E09, "junit")
    cases = {c.get("name", "").split(" ")[0]: c for c in ET.fromstring(xml).iter("testcase")}
    skipped = cases["FRL-4.6"].find("skipped")
    assert skipped is not None and skipped.get("message", "").startswith("entfällt: Erstes")

    _, en = _check(E09, "text", "--lang", "en")
    assert ": not applicable – " in en and "Only for rural districts" in en


def test_a_plausibility_finding_is_labelled_so_and_keeps_the_file_eligible() -> None:
    neighbour = EMPTY.replace("Leere Allianz", "Kopie").replace(
        "gebiet: {name: Landkreis Zwickau", "gebiet: {name: Landkreis Görlitz"
    )
    _, text = _check("-", "text", "--lang", "de", stdin=neighbour)
    (line,) = [ln for ln in text.splitlines() if " FRL-A.3 (" in ln]
    assert "⚠ Plausibilität · FRL-A.3" in line
    assert "Stammt die Datei von einem anderen Kreis?" in text


def test_only_an_unmet_muss_rule_makes_a_file_ineligible() -> None:
    original = Path(E01).read_text(encoding="utf-8")
    neighbour = original.replace("name: Landkreis Mittelsachsen", "name: Görlitz")
    code, out = _check("-", "json", stdin=neighbour)
    report: dict[str, Any] = json.loads(out)["files"][0]
    assert [f["rule"] for f in report["findings"]] == ["FRL-A.3"]
    assert report["eligible"] is True and code == 0
    _, text = _check("-", "text", stdin=neighbour)
    assert "Förderfähig: ja — 1 Plausibilitätshinweis" in text
