"""``fkcheck rules`` and ``fkcheck explain`` (issue 11, item 4)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator

import pytest

from conftest import RULES, invoke
from fkcheck import packcases, packtest, ruleexamples, rulepack
from fkcheck.ruleexamples import fragment


@pytest.fixture(autouse=True, scope="module")
def _load_each_case_file_once() -> Iterator[None]:
    """Finding one rule's examples loads all the pack's case files (~0.13 s), and this module
    does that for every rule several times. The case files do not change while it runs and
    nothing changes a loaded case, so each is loaded once here (tests/test_packtest.py and
    tests/test_rule_cases.py load them afresh)."""
    with pytest.MonkeyPatch.context() as patch:
        cached = functools.lru_cache(maxsize=None)(packcases.load_cases)
        patch.setattr(packcases, "load_cases", cached)
        yield


def test_rules_lists_id_citation_force_severity_and_title() -> None:
    result = invoke(["rules"])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("FRL-")]
    assert len(lines) == 21
    assert "FRL-1.7  D.I.2.b" in result.stdout
    assert any(
        "FRL-A.3" in line and "Plausibilität" in line and "(Warnung)" in line for line in lines
    )
    assert "Zwei kreisangehörige Städte mit mehr als 10000 Einwohnern (Fehler)" in result.stdout


def test_rules_as_json_and_markdown() -> None:
    data = json.loads(invoke(["rules", "--format", "json", "--lang", "en"]).stdout)
    first = data["rules"][0]
    assert data["rule_pack"]["id"] == "sn-frl"
    assert first["id"] == "FRL-A.1" and first["force"] == "muss" and first["severity"] == "error"
    markdown = invoke(["rules", "--format", "markdown"]).stdout
    assert markdown.startswith("| Regel | Fundstelle | Verbindlichkeit | Schwere | Titel |")
    assert markdown.count("\n| FRL-") == 21


def test_rules_of_another_pack() -> None:
    result = invoke(["rules", "--rules", str(RULES / "beispiele" / "geschaeftsordnung.yaml")])
    assert result.exit_code == 0
    assert "GO-1" in result.stdout


def test_explain_quotes_the_law_verbatim_and_fills_in_the_parameters() -> None:
    result = invoke(["explain", "FRL-1.7"])
    assert result.exit_code == 0
    rule = next(r for r in rulepack.load().rules if r.id == "FRL-1.7")
    out = " ".join(result.stdout.split())
    assert " ".join(rule.legal_text.split()) in out
    for part in ("Verbindlichkeit: Muss-Vorgabe", "Schwere: Fehler", "D.I.2.b –",
                 "Großbuchstabe D Ziffer I Nummer 2 Buchstabe b", "Was das heißt:",
                 "mindestens 2 aktive(s) Mitglied(er)", "mehr als 10000 Einwohnern",
                 "Entfällt: Nur für Landkreise", "Was tun:",
                 "Beispiel: erfüllt", "Beispiel: nicht erfüllt", "einwohner: 10001"):  # fmt: skip
        assert part in out, part


def test_explain_in_english_labels_the_legal_text_as_german() -> None:
    result = invoke(["explain", "FRL-1.7", "--lang", "en"])
    assert result.exit_code == 0
    assert "Legal text (German, verbatim and authoritative):" in result.stdout
    assert "Legal force: mandatory requirement" in result.stdout
    assert "Example: not met" in result.stdout


def test_an_unknown_rule_gets_a_suggestion_and_exit_2() -> None:
    result = invoke(["explain", "FRL-17"])
    assert result.exit_code == 2
    assert "keine Regel 'FRL-17'. Meinten Sie 'FRL-1.7'?" in result.stderr
    assert invoke(["explain", "frl-1.7"]).exit_code == 0  # ids are not case-sensitive


def test_every_rule_has_a_plain_explanation_and_both_examples() -> None:
    pack = rulepack.load()
    for rule in pack.rules:
        assert rule.text("erklaerung", "de") and rule.text("erklaerung", "en"), rule.id
        assert [e.passing for e in ruleexamples.examples(pack, rule.id)] == [True, False], rule.id


@pytest.mark.parametrize("rule_id", [rule.id for rule in rulepack.load().rules])
def test_each_example_is_a_tested_case_with_that_verdict(rule_id: str) -> None:
    """The snippet is the named case's edited document, cut down, and the case passes."""
    pack = rulepack.load()
    folder = ruleexamples.cases_dir(pack)
    assert folder is not None
    cases = {c.name: c for c in packtest.load_cases(str(folder / f"{rule_id}.yaml"))}
    rule = next(r for r in pack.rules if r.id == rule_id)
    for example in ruleexamples.examples(pack, rule_id):
        case = cases[example.case]
        assert not packtest.run_case(case, pack).mismatches
        assert (case.expected[rule_id] in packtest.PASSING) == example.passing
        assert example.yaml == ruleexamples.snippet(case, ruleexamples._fields(rule.params))
        assert case.edited or example.passing  # a failing example always edits the base


def test_a_fragment_keeps_whole_list_entries_and_drops_removed_keys() -> None:
    document = {"a": {"b": 1, "c": 2}, "m": [{"x": 1}, {"x": 2}, {"x": 3}]}
    assert fragment(document, ("m.2.x", "a.c", "a.gone")) == {
        "m": [{"x": 3}],
        "a": {"c": 2, "b": 1},
    }
