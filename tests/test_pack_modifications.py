"""Rules are data: edited copies of rules/sn-frl.yaml change verdicts without code changes.

Each test edits the pack's YAML *text*, loads it with ``rulepack.parse`` and checks
that the same document gets the opposite verdict from the original pack.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import rule_result, verdict
from fkcheck import document, engine, rulepack
from fkcheck.results import FileResult

PACK_FILE = Path(__file__).resolve().parents[1] / "rules" / "sn-frl.yaml"
BASE_FILE = Path(__file__).resolve().parent / "cases" / "base.yaml"
STICHTAG = dt.date(2026, 11, 23)
_RULE_START = re.compile(r"^  - id: (?P<id>\S+)\n", re.MULTILINE)
_BLOCK_END = re.compile(r"^(  - id: |  # ---)", re.MULTILINE)


def original_text() -> str:
    return PACK_FILE.read_text("utf-8")


def original_pack() -> rulepack.RulePack:
    return rulepack.parse(original_text().encode("utf-8"), "original-pack")


def modified_pack(text: str) -> rulepack.RulePack:
    return rulepack.parse(text.encode("utf-8"), "test-pack")


def rule_block(text: str, rule_id: str) -> tuple[int, int]:
    """Start and end offsets of one rule's entry in the pack text."""
    starts = [m for m in _RULE_START.finditer(text) if m.group("id") == rule_id]
    assert len(starts) == 1, f"rule {rule_id} not found exactly once in the pack text"
    start = starts[0].start()
    following = _BLOCK_END.search(text, starts[0].end())
    end = following.start() if following else len(text)
    return start, end


def replace_in_rule(text: str, rule_id: str, old: str, new: str) -> str:
    """Replace ``old`` (which must occur exactly once) inside the entry of ``rule_id``."""
    start, end = rule_block(text, rule_id)
    block = text[start:end]
    assert block.count(old) == 1, f"{old!r} occurs {block.count(old)} times in {rule_id}"
    return text[:start] + block.replace(old, new) + text[end:]


# --- the document side (kept self-contained; same conventions as test_rule_cases.py) ---


def base_document() -> dict[str, Any]:
    """A fresh copy of tests/cases/base.yaml (compliant at 2026-11-23)."""
    data = YAML(typ="safe", pure=True).load(BASE_FILE.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def doc_with(edits: dict[str, Any]) -> dict[str, Any]:
    """The base document with values set by dotted path (integer list indexes allowed)."""
    doc = base_document()
    for dotted, value in edits.items():
        *parents, last = [int(p) if p.isdigit() else p for p in dotted.split(".")]
        node: Any = doc
        for part in parents:
            node = node[part]
        node[last] = value
    return doc


def run(doc: dict[str, Any], pack: rulepack.RulePack, stichtag: dt.date = STICHTAG) -> FileResult:
    raw = json.dumps(doc, default=str, ensure_ascii=False).encode("utf-8")
    return engine.evaluate(pack, document.load("case.yaml", raw), stichtag)


def verdict_of(result: FileResult, rule_id: str) -> str:
    return verdict(rule_result(result, rule_id))


# --- the tests ---------------------------------------------------------------------------


def test_helpers_find_the_rule_blocks() -> None:
    text = original_text()
    ids = [m.group("id") for m in _RULE_START.finditer(text)]
    assert ids == [rule.id for rule in original_pack().rules]
    start, end = rule_block(text, "FRL-1.6")
    assert "wirtschaftsfoerderung" in text[start:end]
    assert "FRL-2.1" not in text[start:end]


def test_unmodified_copy_behaves_like_the_builtin_pack() -> None:
    builtin = rulepack.load()
    copy_ = original_pack()
    assert [r.id for r in copy_.rules] == [r.id for r in builtin.rules]
    result = run(base_document(), copy_)
    assert all(r.passed for r in result.results)


def test_three_years_instead_of_two_accepts_an_older_plan() -> None:
    # Last updated 2024-05-23: 2.5 years before D = 2026-11-23.
    doc = doc_with({"handlungskonzept.fortschreibungen": [{"datum": dt.date(2024, 5, 23)}]})
    text = replace_in_rule(original_text(), "FRL-4.2", "jahre: 2\n", "jahre: 3\n")

    original = rule_result(run(doc, original_pack()), "FRL-4.2")
    assert (verdict(original), original.outcome) == ("error", "ueberfaellig")

    modified = rule_result(run(doc, modified_pack(text)), "FRL-4.2")
    # Due 2027-05-23 is 181 days after D: outside the 90-day window, so a plain pass.
    assert (verdict(modified), modified.outcome) == ("pass", "ok")
    assert modified.facts["faellig_am"] == dt.date(2027, 5, 23)


def test_ratio_two_rejects_a_three_to_one_split() -> None:
    # Employers 3 votes (IHK 2 + HWK 1), employees 1 (DGB; IG Metall made neutral).
    doc = doc_with({"mitglieder.4.art": "sonstige"})
    text = replace_in_rule(original_text(), "FRL-3", "verhaeltnis: 3}", "verhaeltnis: 2}")

    original = rule_result(run(doc, original_pack()), "FRL-3")
    assert verdict(original) == "pass"

    modified = rule_result(run(doc, modified_pack(text)), "FRL-3")
    assert (verdict(modified), modified.outcome) == ("warning", "unausgewogen")


def _pack_with_bildungstraeger_rule() -> str:
    """The pack plus FRL-X.1: a copy of FRL-1.6 requiring a bildungstraeger."""
    text = original_text()
    start, end = rule_block(text, "FRL-1.6")
    block = text[start:end]
    new = block.replace("  - id: FRL-1.6\n", "  - id: FRL-X.1\n")
    new = new.replace("arten: [wirtschaftsfoerderung]", "arten: [bildungstraeger]")
    assert new.count("FRL-X.1") == 1 and "bildungstraeger" in new
    return text[:end] + new + text[end:]


def test_an_added_required_kind_becomes_a_new_rule() -> None:
    pack = modified_pack(_pack_with_bildungstraeger_rule())
    assert len(pack.rules) == len(original_pack().rules) + 1
    new_rule = next(r for r in pack.rules if r.id == "FRL-X.1")
    assert new_rule.severity == "error"

    doc = base_document()  # has no bildungstraeger
    original = run(doc, original_pack())
    assert "FRL-X.1" not in {r.rule.id for r in original.results}
    assert original.eligible()

    modified = run(doc, pack)
    result = rule_result(modified, "FRL-X.1")
    assert (verdict(result), result.outcome) == ("error", "fehlt")
    assert not modified.eligible()

    # Adding a bildungstraeger satisfies the new rule.
    with_provider = copy.deepcopy(doc)
    with_provider["mitglieder"].append(
        {"name": "Bildungswerk der Wirtschaft", "art": "bildungstraeger"}
    )
    assert verdict_of(run(with_provider, pack), "FRL-X.1") == "pass"


def test_severity_error_for_balance_fails_the_run_but_not_the_legal_verdict() -> None:
    # 4:1 votes: IHK 2 + HWK 2 against DGB 1 (IG Metall made neutral).
    doc = doc_with({"mitglieder.4.art": "sonstige", "mitglieder.2.stimmen": 2})
    text = replace_in_rule(original_text(), "FRL-3", "schwere: warning\n", "schwere: error\n")

    original = run(doc, original_pack())
    assert verdict_of(original, "FRL-3") == "warning"
    assert original.eligible()

    modified = run(doc, modified_pack(text))
    assert verdict_of(modified, "FRL-3") == "error"
    assert modified.status("error") == "gaps"  # the pipeline fails …
    assert modified.eligible()  # … but a Soll-Vorgabe stays one: the law decides eligibility


def test_legal_force_muss_for_balance_makes_the_alliance_ineligible() -> None:
    doc = doc_with({"mitglieder.4.art": "sonstige", "mitglieder.2.stimmen": 2})
    text = replace_in_rule(original_text(), "FRL-3", "kraft: soll\n", "kraft: muss\n")
    modified = run(doc, modified_pack(text))
    assert verdict_of(modified, "FRL-3") == "warning"
    assert not modified.eligible()


def test_a_shorter_kind_list_drops_the_jobcenter() -> None:
    # Only the Jobcenter (Agentur made 'sonstige') represents employment services.
    doc = doc_with({"mitglieder.5.art": "sonstige"})
    text = replace_in_rule(
        original_text(),
        "FRL-1.4",
        "arten: [agentur_fuer_arbeit, jobcenter]",
        "arten: [agentur_fuer_arbeit]",
    )
    assert verdict_of(run(doc, original_pack()), "FRL-1.4") == "pass"
    assert verdict_of(run(doc, modified_pack(text)), "FRL-1.4") == "error"


@pytest.mark.parametrize(("window", "expected"), [("30", "pass"), ("90", "warning")])
def test_the_warning_window_is_a_pack_parameter(window: str, expected: str) -> None:
    # Latest update 2025-10-07 → due 2027-10-07; D = 2027-08-08 is 60 days before it.
    doc = doc_with({"handlungskonzept.fortschreibungen": [{"datum": dt.date(2025, 10, 7)}]})
    text = replace_in_rule(
        original_text(), "FRL-4.2", "warnfenster_tage: 90\n", f"warnfenster_tage: {window}\n"
    )
    result = run(doc, modified_pack(text), dt.date(2027, 8, 8))
    assert verdict_of(result, "FRL-4.2") == expected
    assert verdict_of(run(doc, original_pack(), dt.date(2027, 8, 8)), "FRL-4.2") == "warning"


# --- FRL-1.7 (D.I.2.b): count, threshold and severity are pack parameters ---------------


def test_the_number_of_towns_is_a_pack_parameter() -> None:
    doc = base_document()  # two towns: Döbeln (23718) and Freiberg (40000)
    text = replace_in_rule(original_text(), "FRL-1.7", "mindestens: 2\n", "mindestens: 3\n")
    assert verdict_of(run(doc, original_pack()), "FRL-1.7") == "pass"
    modified = run(doc, modified_pack(text))
    assert verdict_of(modified, "FRL-1.7") == "error"
    assert not modified.eligible()


def test_the_population_threshold_is_a_pack_parameter() -> None:
    doc = base_document()
    text = replace_in_rule(
        original_text(), "FRL-1.7", "einwohner_ueber: 10000\n", "einwohner_ueber: 30000\n"
    )
    result = rule_result(run(doc, modified_pack(text)), "FRL-1.7")
    assert verdict(result) == "error" and result.outcome == "abgelehnt"
    (refused,) = result.facts["abgelehnt"]
    assert (refused.name, refused.reason) == ("Große Kreisstadt Döbeln", "zu_klein")
    assert "mehr als 30000" in refused.render("de")


def test_the_severity_of_the_towns_rule_is_a_pack_parameter() -> None:
    doc = doc_with({"mitglieder.13.einwohner": 9000})
    text = replace_in_rule(original_text(), "FRL-1.7", "schwere: error\n", "schwere: warning\n")
    original = run(doc, original_pack())
    modified = run(doc, modified_pack(text))
    assert verdict_of(original, "FRL-1.7") == "error"
    assert verdict_of(modified, "FRL-1.7") == "warning"
    assert modified.status("error") == "ok"  # the pipeline passes at --fail-on error …
    assert not modified.eligible()  # … but D.I.2.b stays a Muss-Vorgabe
