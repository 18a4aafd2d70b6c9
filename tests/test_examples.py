"""Every shipped example gives the exit status and rule ids its comment promises."""

from __future__ import annotations

import json

import pytest

from conftest import AS_OF, EXAMPLES, invoke

MODELINE = "# yaml-language-server: $schema=../src/fkcheck/schemas/alliance.schema.json"

EXPECTED = {
    "01-erfuellt.yaml": (0, []),
    "02-sitz-fehlt.yaml": (1, ["FRL-1.6"]),
    "03-mitgliedschaft-beendet.yaml": (1, ["FRL-1.3", "FRL-3"]),
    "04-unausgewogen.yaml": (0, ["FRL-3"]),
    "05-falsches-gremium.yaml": (1, ["FRL-4.1"]),
    "06-ueberfaellig.yaml": (1, ["FRL-4.2"]),
    "07-inhalte-fehlen.yaml": (1, ["FRL-4.4", "FRL-4.6"]),
    "08-eingabefehler.yaml": (2, ["input", "input", "input"]),
    "09-kreisfreie-stadt-erstes-konzept.yaml": (0, ["FRL-2.1", "FRL-2.3"]),
    "10-ausnahmen.yaml": (0, ["FRL-4.2", "ausnahme", "ausnahme"]),
    "11-staedte-fehlen.yaml": (1, ["FRL-1.7"]),
    "12-ein-muss-zwei-hinweise.yaml": (1, ["FRL-1.6", "FRL-2.1", "FRL-2.2"]),
}
# Rules that do not apply ("entfällt") per example; all others apply.
NOT_APPLICABLE = {"09-kreisfreie-stadt-erstes-konzept.yaml": ["FRL-1.7", "FRL-4.6"]}


def test_every_example_is_listed() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name: str) -> None:
    code, rules = EXPECTED[name]
    result = invoke(["check", str(EXAMPLES / name), "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == code
    report = json.loads(result.stdout)
    assert [f["rule"] for f in report["files"][0]["findings"]] == rules
    if code != 2:
        not_applicable = [n["rule"] for n in report["files"][0]["not_applicable"]]
        assert not_applicable == NOT_APPLICABLE.get(name, [])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_starts_with_a_comment_saying_what_it_shows(name: str) -> None:
    """The editor modeline comes first (VS Code's YAML extension reads it), then the story."""
    modeline, first = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()[:2]
    assert modeline == MODELINE
    assert first.startswith("# Beispiel")


def test_waived_example_fails_without_waivers() -> None:
    args = ["check", str(EXAMPLES / "10-ausnahmen.yaml"), "--as-of", AS_OF, "--format", "json"]
    report = json.loads(invoke(args).stdout)
    findings = report["files"][0]["findings"]
    assert findings[0]["waived"]["until"] == "2027-03-31"
    assert [f["outcome"] for f in findings[1:]] == ["unused", "expired"]
    assert report["files"][0]["eligible"] is False  # a waiver does not change the law
    strict = invoke([*args, "--no-waivers"])
    assert strict.exit_code == 1
    assert [f["rule"] for f in json.loads(strict.stdout)["files"][0]["findings"]] == ["FRL-4.2"]
    assert invoke([*args, "--fail-on", "warning"]).exit_code == 1  # the expired waiver
