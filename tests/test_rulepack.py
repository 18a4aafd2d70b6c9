"""The rule pack loader: the built-in pack is valid, broken packs give located errors."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from conftest import RULES
from fkcheck import packcheck, rulepack, schemacheck
from fkcheck.errors import RulePackError
from fkcheck.i18n import t

PACK = (RULES / "sn-frl.yaml").read_text(encoding="utf-8")
SPEC_RULES = ["FRL-A.1", "FRL-A.2", "FRL-A.3", "FRL-1.1", "FRL-1.2", "FRL-1.3", "FRL-1.4",
              "FRL-1.5", "FRL-1.6", "FRL-1.7", "FRL-1.8", "FRL-2.1", "FRL-2.2", "FRL-2.3",
              "FRL-3", "FRL-4.1", "FRL-4.2", "FRL-4.3", "FRL-4.4", "FRL-4.5", "FRL-4.6"]  # fmt: skip
SEVERITIES = {"FRL-2.1": "info", "FRL-2.2": "info", "FRL-2.3": "info", "FRL-3": "warning",
              "FRL-A.3": "warning"}  # fmt: skip
# SPEC §2: legal force, shown to officers apart from the severity.
FORCES = {"FRL-2.1": "soll", "FRL-2.2": "soll", "FRL-2.3": "soll", "FRL-3": "soll",
          "FRL-A.3": "plausibilitaet"}  # fmt: skip


def test_builtin_pack_has_every_rule_of_the_spec_with_its_severity() -> None:
    pack = rulepack.load()
    assert [r.id for r in pack.rules] == SPEC_RULES
    for rule in pack.rules:
        assert rule.severity == SEVERITIES.get(rule.id, "error")
        assert rule.force == FORCES.get(rule.id, "muss")
        assert rule.legal_text or rule.force == "plausibilitaet"
        assert rule.citation.short()
        for kind in ("titel", "meldung", "erfuellt", "abhilfe"):
            assert rule.text(kind, "de") and rule.text(kind, "en")
    assert pack.source == "builtin:sn-frl"
    assert pack.applies_on(dt.date(2026, 11, 23)) and not pack.applies_on(dt.date(2023, 6, 29))
    assert len(pack.reference["kreise"]) == 13


def test_pack_can_be_named_by_path() -> None:
    assert rulepack.load(str(RULES / "sn-frl.yaml")).id == "sn-frl"


def test_unknown_pack_suggests_a_builtin() -> None:
    with pytest.raises(RulePackError) as info:
        rulepack.load("sn-fr")
    assert "sn-frl" in t(info.value.problems[0].code, "de", info.value.problems[0].params)


def broken(old: str, new: str, code: str | None = None) -> tuple[str, int, str]:
    """Apply one edit to the built-in pack; return (code, line, German text) of the problem
    with ``code`` (or of the first problem)."""
    assert old in PACK, old
    with pytest.raises(RulePackError) as info:
        rulepack.parse(PACK.replace(old, new, 1).encode(), "broken.yaml")
    assert info.value.source == "broken.yaml"
    problems = info.value.problems
    problem = next((p for p in problems if p.code == code), problems[0])
    return problem.code, problem.line or 0, t(problem.code, "de", problem.params)


def line_of(fragment: str) -> int:
    return PACK[: PACK.index(fragment)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "code", "fragment"),
    [
        ("pruefung: mitglied_vorhanden\n    parameter: {arten: [gewerkschaft]}",
         "pruefung: mitglied_vorhandn\n    parameter: {arten: [gewerkschaft]}",
         "pack.unknown_check", "mitglied_vorhanden'?"),
        ("parameter: {verhaeltnis: 3}", "parameter: {verhaeltnis: drei}", "input.type", "Zahl"),
        ("parameter: {verhaeltnis: 3}", "parameter: {verhaeltniss: 3}", "input.unknown_key", "verhaeltnis"),
        ("parameter: {arten: [gewerkschaft]}", "parameter: {arten: [gewerkschaften]}",
         "pack.unknown_kind", "gewerkschaft"),
        ("- id: FRL-1.4\n", "- id: FRL-1.3\n", "pack.duplicate_id", "FRL-1.3"),
        ("schwere: warning\n    kraft: soll\n    pruefung: seitenbalance",
         "schwere: warnung\n    kraft: soll\n    pruefung: seitenbalance", "input.choice", "warning"),
        ("schwere: warning\n    kraft: soll\n    pruefung: seitenbalance",
         "schwere: warning\n    kraft: sol\n    pruefung: seitenbalance", "input.choice", "soll"),
        ("    fundstellen:\n      - stelle: D.I.2.d\n        wortlaut: >-\n          Die regionale "
         "Fachkräfteallianz besteht mindestens aus: … d) Vertreter einer\n          Gewerkschaft\n",
         "", "pack.no_citation", "fundstellen"),
        ("      - stelle: D.I.2.d\n", "      - stelle: D I 2 d\n", "pack.bad_citation", "D I 2 d"),
        ("      - stelle: D.I.2.d\n", "      - stelle: D.I.2.d\n        wortlaut_: x\n",
         "input.unknown_key", "wortlaut"),
        ("- {feld: allianz.gebiet.art, ist_nicht: [landkreis]}",
         "- {feld: allianz.gebiet.arten, ist_nicht: [landkreis]}", "pack.bad_path", "allianz.gebiet.arten"),
        ("nur_wenn: {feld: gremium, werte: [allianz]}", "nur_wenn: {feld: gremien, werte: [allianz]}",
         "pack.bad_path", "gremien"),
        ("einwohner_ueber: 10000", "einwohner_ueber: viele", "input.type", "ganze Zahl"),
        ("en: No active member represents a trade union.", "en: No union {gewerkschaft}.",
         "pack.placeholder", "gewerkschaft"),
        ("en: No active member represents a trade union.", "en: No union {.",
         "pack.template", "Textvorlage"),
        ("en: No active member represents a trade union.", "en: No union {stichtag:>999999999}.",
         "pack.template", "{name:…}"),
        ("en: No active member represents a trade union.", "en: No union {stichtag!s}.",
         "pack.template", "{name!…}"),
        ("parameter: {feld: allianz.bundesland, werte: [SN]}",
         "parameter: {feld: allianz.bundesland.x, werte: [SN]}", "pack.bad_path", "allianz.bundesland.x"),
        ("      inaktiv:\n        de: \"Am Stichtag {stichtag} ist keine Gewerkschaft",
         "      inaktive:\n        de: \"Am Stichtag {stichtag} ist keine Gewerkschaft",
         "input.unknown_key", "inaktiv"),
        ("fkcheck_regelpaket: 1", "fkcheck_regelpaket: 1\nfkcheck_regelpaket: 1", "input.duplicate_key", ""),
    ],
)  # fmt: skip
def test_broken_packs_are_refused_with_a_location(
    old: str, new: str, code: str, fragment: str
) -> None:
    got_code, line, text = broken(old, new, code)
    assert got_code == code
    assert fragment in text
    assert line > 0


def test_location_points_at_the_offending_rule() -> None:
    _, line, _ = broken("parameter: {verhaeltnis: 3}", "parameter: {verhaeltnis: -1}")
    assert line == line_of("parameter: {verhaeltnis: 3}")


def test_a_pack_cannot_construct_objects() -> None:
    code, _, _ = broken('version: "2026.1.0"', "version: !!python/object/apply:os.system [echo]")
    assert code == "input.tag"


# --- shipped packs are trusted by their digest ------------------------------------------

REFRESH = "cd rules && sha256sum *.yaml > SHA256SUMS"


def test_every_shipped_pack_is_recorded_by_its_current_digest_and_validates() -> None:
    """rules/SHA256SUMS lets a run skip validating the shipped packs; this test is what
    makes that safe. After editing a pack, run the command below and commit SHA256SUMS."""
    recorded = dict(
        reversed(line.split()) for line in (RULES / "SHA256SUMS").read_text("utf-8").splitlines()
    )
    assert sorted(recorded) == sorted(p.name for p in RULES.glob("*.yaml")), REFRESH
    for name, digest in recorded.items():
        raw = (RULES / name).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == digest, f"{name} changed: {REFRESH}"
        rulepack.parse(raw, name, trust=False)  # raises RulePackError if it is not valid
    assert rulepack.validated_digests() == frozenset(recorded.values())


def test_the_shipped_pack_is_not_validated_again_at_run_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_validation(*args: object) -> list[object]:
        raise AssertionError("the shipped pack was validated at run time")

    monkeypatch.setattr(schemacheck, "validate", no_validation)
    monkeypatch.setattr(packcheck, "problems", no_validation)
    assert rulepack.load().id == "sn-frl"


def test_a_pack_that_differs_by_one_byte_is_validated_in_full() -> None:
    tampered = PACK.replace("schwere: warning\n", "schwere: warnung\n", 1)
    assert tampered != PACK
    with pytest.raises(RulePackError) as info:
        rulepack.parse(tampered.encode(), "builtin:sn-frl")
    assert info.value.problems[0].code == "input.choice"
