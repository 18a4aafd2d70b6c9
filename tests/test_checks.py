"""Unit tests of the calendar arithmetic and field lookup behind the checks."""

from __future__ import annotations

import datetime as dt

import pytest

from fkcheck import yamlio
from fkcheck.checkbase import MISSING, is_empty, lookup, parse_path, shift_years
from fkcheck.document import validate

D = dt.date


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (D(2024, 2, 29), 2, D(2026, 2, 28)),
        (D(2024, 2, 29), -2, D(2022, 2, 28)),
        (D(2024, 2, 29), 4, D(2028, 2, 29)),
        (D(2023, 11, 15), 2, D(2025, 11, 15)),
        (D(2026, 3, 1), -2, D(2024, 3, 1)),
        (D(2025, 12, 31), 2, D(2027, 12, 31)),
    ],
)
def test_shift_years(day: dt.date, years: int, expected: dt.date) -> None:
    assert shift_years(day, years) == expected


def test_parse_path() -> None:
    assert parse_path("a.b[].c") == ("a", "b", "[]", "c")


DOC = """version: 1
allianz: {name: A, bundesland: SN, gebiet: {name: G, art: landkreis}}
mitglieder: []
handlungskonzept:
  beschluss: {datum: 2024-01-01, gremium: allianz}
  fortschreibungen: [{datum: 2025-01-01}, {datum: 2026-01-01}]
  inhalte: {ausgangslage: null}
"""


def test_lookup_tells_missing_from_empty() -> None:
    doc = validate(yamlio.load_text(DOC))
    assert list(lookup(doc, "handlungskonzept.fortschreibungen[].datum")) == [
        (("handlungskonzept", "fortschreibungen", 0, "datum"), D(2025, 1, 1)),
        (("handlungskonzept", "fortschreibungen", 1, "datum"), D(2026, 1, 1)),
    ]
    ((_, empty),) = lookup(doc, "handlungskonzept.inhalte.ausgangslage")
    ((path, missing),) = lookup(doc, "handlungskonzept.inhalte.ergebnisse")
    assert empty is None and is_empty(empty)
    assert missing is MISSING and path == ("handlungskonzept", "inhalte", "ergebnisse")
    ((path, _),) = lookup(doc, "allianz.gebiet.kreisschluessel")
    assert path == ("allianz", "gebiet", "kreisschluessel")


def test_is_empty() -> None:
    assert is_empty("  ") and is_empty(None) and is_empty(MISSING) and not is_empty("x")


MEMBERS = """version: 1
allianz: {name: A, bundesland: SN, gebiet: {name: G, art: landkreis}}
mitglieder:
  - {name: IHK, art: industrie_und_handelskammer}
  - {name: DGB, art: gewerkschaft, bis: 2020-01-01}
  - {name: HWK, art: handwerkskammer, seit: 2030-01-01}
  - {name: Firma, art: unternehmen}
  - {name: IHK 2, art: industrie_und_handelskammer, bis: 2020-01-01}
  - {name: HWK 2, art: handwerkskammer}
"""


def test_members_of_several_kinds_are_listed_in_file_order() -> None:
    from fkcheck.checkbase import Context
    from fkcheck.memberchecks import mitglied_vorhanden

    ctx = Context(validate(yamlio.load_text(MEMBERS)), D(2026, 11, 23), {})
    params = {"arten": ["handwerkskammer", "industrie_und_handelskammer"], "mindestens": 3}
    outcome = mitglied_vorhanden(ctx, params)
    assert outcome.facts["mitglieder"] == ["IHK", "HWK 2"]
    assert [r.name for r in outcome.facts["abgelehnt"]] == ["HWK", "IHK 2"]
    assert (outcome.code, outcome.path) == ("inaktiv", ("mitglieder", 2, "seit"))
