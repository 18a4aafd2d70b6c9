"""Repository packs on top of the Saxon one: ``erweitert``, ``aenderungen``, own rules.

Also the checks that such packs bring in: ``muster`` (RE2 patterns) and
``aktualitaet`` with ``monate``.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, RULES, invoke, rule_result, verdict
from fkcheck import document, engine, rulepack
from fkcheck.checkbase import shift_months
from fkcheck.errors import RulePackError
from fkcheck.i18n import t

OWN_PACK = RULES / "beispiele" / "geschaeftsordnung.yaml"
HEAD = """\
fkcheck_regelpaket: 1
id: {id}
version: "1"
titel: {{de: Test, en: Test}}
"""


def write_pack(folder: Path, name: str, body: str, pack_id: str | None = None) -> Path:
    path = folder / name
    path.write_text(HEAD.format(id=pack_id or path.stem) + textwrap.dedent(body), "utf-8")
    return path


def refused(path: Path) -> tuple[RulePackError, str]:
    with pytest.raises(RulePackError) as info:
        rulepack.load(str(path))
    problem = info.value.problems[0]
    return info.value, t(problem.code, "de", problem.params)


def test_the_example_pack_extends_the_builtin_one() -> None:
    pack = rulepack.load(str(OWN_PACK))
    builtin = rulepack.load()
    ids = [r.id for r in pack.rules]
    assert ids == [r.id for r in builtin.rules if r.id != "FRL-2.3"] + ["GO-1", "GO-2", "GO-3"]
    assert {r.id: r.severity for r in pack.rules}["FRL-2.2"] == "warning"
    assert "Beirat" in pack.disabled["FRL-2.3"]
    assert [(b.id, b.source) for b in pack.extends] == [("sn-frl", "builtin:sn-frl")]
    assert pack.valid_from == builtin.valid_from and pack.reference == builtin.reference
    assert {r.origin for r in pack.rules} == {"sn-frl", "fka-musterkreis-go"}


def test_reports_name_the_base_pack_and_switched_off_rules() -> None:
    result = invoke(["check", "--rules", str(OWN_PACK), "--as-of", AS_OF, "--format", "json",
                     str(EXAMPLES / "01-erfuellt.yaml")])  # fmt: skip
    report = json.loads(result.stdout)
    assert report["rule_pack"]["extends"][0]["id"] == "sn-frl"
    assert report["rule_pack"]["disabled"][0]["rule"] == "FRL-2.3"
    rules = [f["rule"] for f in report["files"][0]["findings"]]
    assert rules == ["GO-1", "GO-2"]  # no signed declarations recorded, no meeting listed
    assert result.exit_code == 1


def test_base_is_found_relative_to_the_extending_pack(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write_pack(tmp_path / "sub", "base.yaml", "erweitert: sn-frl\n")
    top = write_pack(tmp_path, "top.yaml", "erweitert: sub/base.yaml\n")
    pack = rulepack.load(str(top))
    assert [b.id for b in pack.extends] == ["base", "sn-frl"]
    assert len(pack.rules) == 21


@pytest.mark.parametrize("self_cycle", [True, False])
def test_a_cycle_is_refused_at_the_erweitert_that_closes_it(
    tmp_path: Path, self_cycle: bool
) -> None:
    a = write_pack(
        tmp_path, "a.yaml", "erweitert: a.yaml\n" if self_cycle else "erweitert: b.yaml\n"
    )
    write_pack(tmp_path, "b.yaml", "# b\nerweitert: a.yaml\n")
    error, text = refused(a)
    assert error.problems[0].code == "pack.cycle"
    assert "a.yaml" in text and "→" in text
    assert error.problems[0].line == (5 if self_cycle else 6)  # the erweitert line
    assert error.problems[0].column == 12  # the value of erweitert


def test_a_cycle_is_exit_2_with_file_line_and_column(tmp_path: Path) -> None:
    a = write_pack(tmp_path, "a.yaml", "erweitert: b.yaml\n")
    write_pack(tmp_path, "b.yaml", "erweitert: a.yaml\n")
    result = invoke(["check", "--rules", str(a), str(EXAMPLES / "01-erfuellt.yaml")])
    assert result.exit_code == 2
    assert f"{tmp_path / 'b.yaml'}:5:12:" in result.stderr
    assert "im Kreis" in result.stderr


def test_too_long_chains_end(tmp_path: Path) -> None:
    write_pack(tmp_path, "p0.yaml", "erweitert: sn-frl\n")
    for i in range(1, 12):
        write_pack(tmp_path, f"p{i}.yaml", f"erweitert: p{i - 1}.yaml\n")
    error, _ = refused(tmp_path / "p11.yaml")
    assert error.problems[0].code == "pack.extends_too_deep"


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [
        ("erweitert: sn-frx\n", "pack.not_found", "sn-frl"),
        ("erweitert: sn-frl\naenderungen:\n  - {regel: FRL-2.11, schwere: error}\n",
         "pack.unknown_rule", "FRL-2.1"),
        ("erweitert: sn-frl\naenderungen:\n  - {regel: FRL-2.1, abgeschaltet: true}\n",
         "input.missing", "begruendung"),
        ("erweitert: sn-frl\naenderungen:\n  - {regel: FRL-2.1}\n", "input.too_few_keys",
         "schwere"),
        ("erweitert: sn-frl\naenderungen:\n  - {regel: FRL-2.1, schwere: error}\n"
         "  - {regel: FRL-2.1, schwere: info}\n", "pack.duplicate_change", "FRL-2.1"),
        ("aenderungen:\n  - {regel: FRL-2.1, schwere: error}\n", "input.missing", "richtlinie"),
        ("erweitert: sn-frl\nerweiterung: x\n", "input.unknown_key", "erweitert"),
    ],
)  # fmt: skip
def test_bad_extensions_are_located(tmp_path: Path, body: str, code: str, fragment: str) -> None:
    error, text = refused(write_pack(tmp_path, "p.yaml", body))
    assert error.problems[0].code == code, text
    assert fragment in text
    assert (error.problems[0].line or 0) >= (1 if code == "input.missing" else 5)


RULE = """\
  - id: {id}
    schwere: error
    pruefung: {check}
    parameter: {params}
    fundstelle: {{dokument: GO, stelle: "§ 1"}}
    rechtstext: Text.
    titel: {{de: T, en: T}}
    meldung: {{de: M, en: M}}
    erfuellt: {{de: E, en: E}}
    abhilfe: {{de: A, en: A}}
"""


def own_rule(rule_id: str = "GO-9", check: str = "muster", params: str = "") -> str:
    params = params or "{feld: allianz.name, muster: '^Fachkr'}"
    return "erweitert: sn-frl\nregeln:\n" + RULE.format(id=rule_id, check=check, params=params)


@pytest.mark.parametrize(
    ("rule", "code", "fragment"),
    [
        (own_rule("FRL-1.1"), "pack.inherited_id", "aenderungen"),
        (own_rule(params="{feld: allianz.name, muster: 'a(b'}"), "pack.bad_regex", "a(b"),
        (own_rule(params="{feld: allianz.name, muster: '(a)\\1'}"), "pack.bad_regex", "RE2"),
        (own_rule(params="{feld: allianz.nam, muster: 'a'}"), "pack.bad_path", "allianz.nam"),
        (own_rule(check="python_eval", params="{code: 'import os'}"), "pack.unknown_check", ""),
        (own_rule(check="aktualitaet",
                  params="{daten: [allianz.gegruendet], jahre: 1, monate: 2, warnfenster_tage: 0}"),
         "input.one_of", "jahre | monate"),
        (own_rule().replace('    fundstelle: {dokument: GO, stelle: "§ 1"}\n', ""),
         "pack.no_citation", "fundstelle"),
    ],
)  # fmt: skip
def test_bad_own_rules_are_located(tmp_path: Path, rule: str, code: str, fragment: str) -> None:
    error, text = refused(write_pack(tmp_path, "p.yaml", rule))
    assert error.problems[0].code == code, text
    assert fragment in text
    assert (error.problems[0].line or 0) >= 7  # inside the rule, not at the top


def check_own(
    tmp_path: Path, params: str, doc_edit: str = "", stichtag: str = AS_OF, check: str = "muster"
) -> str:
    pack = rulepack.load(str(write_pack(tmp_path, "p.yaml", own_rule(check=check, params=params))))
    raw = (EXAMPLES / "01-erfuellt.yaml").read_text("utf-8") + doc_edit
    result = engine.evaluate(
        pack, document.load("a.yaml", raw.encode()), dt.date.fromisoformat(stichtag)
    )
    got = rule_result(result, "GO-9")
    return f"{verdict(got)}:{got.outcome}"


@pytest.mark.parametrize(
    ("params", "edit", "expected"),
    [
        ("{feld: allianz.name, muster: '^Fachkräfte'}", "", "pass:ok"),
        ("{feld: allianz.name, muster: '^Allianz'}", "", "error:passt_nicht"),
        ("{feld: 'sitzungen[].fundstelle', muster: '^Protokoll'}", "", "error:fehlt"),
        ("{feld: 'sitzungen[].fundstelle', muster: '^Protokoll', optional: true}", "",
         "pass:nicht_angegeben"),
        ("{feld: 'sitzungen[].fundstelle', muster: '^Protokoll'}",
         "sitzungen:\n  - {datum: 2026-01-01, fundstelle: Protokoll 1}\n"
         "  - {datum: 2026-02-01, fundstelle: Notiz}\n", "error:passt_nicht"),
        ("{feld: 'sitzungen[].datum', muster: '^2026-'}",
         "sitzungen:\n  - {datum: 2026-01-01}\n", "pass:ok"),
        # one meeting without a fundstelle: every entry must have the field …
        ("{feld: 'sitzungen[].fundstelle', muster: '^Protokoll'}",
         "sitzungen:\n  - {datum: 2026-01-01, fundstelle: Protokoll 1}\n  - {datum: 2026-02-01}\n",
         "error:fehlt"),
        # … unless the field is optional
        ("{feld: 'sitzungen[].fundstelle', muster: '^Protokoll', optional: true}",
         "sitzungen:\n  - {datum: 2026-01-01, fundstelle: Protokoll 1}\n  - {datum: 2026-02-01}\n",
         "pass:ok"),
        # RE2 runs in linear time: the classic catastrophic pattern returns at once.
        ("{feld: allianz.name, muster: '^(a+)+$'}", "", "error:passt_nicht"),
    ],
)  # fmt: skip
def test_muster(tmp_path: Path, params: str, edit: str, expected: str) -> None:
    assert check_own(tmp_path, params, edit) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-11-23", -12, "2025-11-23"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -1, "2025-12-15"),
    ],
)
def test_shift_months(day: str, months: int, expected: str) -> None:
    assert shift_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


MEETING = "sitzungen:\n  - {datum: 2025-11-23}\n"
PERIOD = "{daten: ['sitzungen[].datum'], monate: 12, warnfenster_tage: 30}"


@pytest.mark.parametrize(
    ("stichtag", "expected"),
    [
        ("2025-10-23", "error:kein_datum"),  # the meeting lies after the reference date
        ("2026-10-23", "pass:ok"),  # due 2026-11-23, 31 days left
        ("2026-10-24", "warning:bald_faellig"),  # 30 days left: the window's first day
        ("2026-11-23", "warning:bald_faellig"),  # the due day itself
        ("2026-11-24", "error:ueberfaellig"),  # a year and a day
    ],
)
def test_aktualitaet_in_months(tmp_path: Path, stichtag: str, expected: str) -> None:
    assert check_own(tmp_path, PERIOD, MEETING, stichtag, "aktualitaet") == expected


@pytest.mark.parametrize(
    ("meeting", "stichtag", "expected"),
    [
        ("2027-02-28", "2027-03-28", "warning:bald_faellig"),  # due 28.03., the due day
        ("2027-02-28", "2027-03-29", "error:ueberfaellig"),
        ("2027-02-28", "2027-03-31", "error:ueberfaellig"),  # was "passed" before the fix
        ("2027-01-31", "2027-02-28", "warning:bald_faellig"),  # 31.01. + 1 month = 28.02.
        ("2027-01-31", "2027-03-01", "error:ueberfaellig"),
        ("2028-01-31", "2028-02-29", "warning:bald_faellig"),  # leap year
    ],
)
def test_a_one_month_period_at_month_ends(
    tmp_path: Path, meeting: str, stichtag: str, expected: str
) -> None:
    params = "{daten: ['sitzungen[].datum'], monate: 1, warnfenster_tage: 0}"
    edit = f"sitzungen:\n  - {{datum: {meeting}}}\n"
    assert check_own(tmp_path, params, edit, stichtag, "aktualitaet") == expected


def test_a_bad_pattern_writes_nothing_to_stderr_but_the_located_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """RE2's C++ library logs bad patterns to fd 2 itself, unescaped: that is switched off."""
    hostile = "x\\n::warning title=pwned::injected\\n(a)\\\\1\\e[2J"
    pack = write_pack(
        tmp_path, "p.yaml", own_rule(params=f'{{feld: allianz.name, muster: "{hostile}"}}')
    )
    result = invoke(["check", "--rules", str(pack), str(EXAMPLES / "01-erfuellt.yaml")])
    captured = capfd.readouterr()
    assert result.exit_code == 2
    assert "::warning" not in captured.err.replace(result.stderr, "")  # nothing from RE2 itself
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr
    assert "b'" not in result.stderr  # the detail is text, not a bytes repr


def test_reserved_rule_ids_are_refused(tmp_path: Path) -> None:
    for reserved in ("input", "ausnahme"):
        error, text = refused(write_pack(tmp_path, f"{reserved}.yaml", own_rule(reserved)))
        assert error.problems[0].code == "pack.reserved_id" and "reserviert" in text


def test_a_waiver_for_a_switched_off_rule_is_not_needed() -> None:
    raw = (EXAMPLES / "01-erfuellt.yaml").read_text("utf-8") + (
        "ausnahmen:\n  - {regel: FRL-2.3, begruendung: B, bis: 2027-01-31}\n"
    )
    result = engine.evaluate(
        rulepack.load(str(OWN_PACK)), document.load("a.yaml", raw.encode()), dt.date(2026, 11, 23)
    )
    assert not result.invalid
    [note] = result.waiver_notes
    assert (note.kind, note.severity) == ("disabled", "info")
    assert "Beirat" in note.reason
