"""Every legal text in the shipped packs is a verbatim quote of the kept Richtlinie text.

The kept copy is ``rules/quellen/fachkraefterichtlinie.md`` (named by the pack's
``richtlinie.text``). A quote may leave parts out ("…") but must not reword, and it
must come from the place it cites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fkcheck import quotes, rulepack
from fkcheck.citations import long_place, parse_short

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "richtlinie" / "fachkraefterichtlinie.md"


def _kept_text(pack: rulepack.RulePack) -> str:
    path = rulepack.builtin_dir() / str(pack.richtlinie["text"])
    return path.read_text(encoding="utf-8")


def test_every_quote_of_the_shipped_pack_is_verbatim() -> None:
    pack = rulepack.load()
    assert list(quotes.problems(pack, _kept_text(pack))) == []


def test_every_rule_except_the_plausibility_check_cites_and_quotes_the_richtlinie() -> None:
    for rule in rulepack.load().rules:
        own = [c for c in rule.citation.citations if c.dokument is None]
        if rule.force == "plausibilitaet":
            assert own == [], rule.id  # FRL-A.3 cites its data source, not the law
            assert rule.citation.citations[0].dokument
        else:
            assert own, rule.id
            assert all(c.wortlaut for c in own), rule.id


def test_citations_follow_spec_section_2() -> None:
    expected = {
        "FRL-A.1": "A.I, B.I, E.III",
        "FRL-A.2": "A.I, B.I, E.III",
        "FRL-1.1": "D.I.2.a",
        "FRL-1.2": "D.I.2.c",
        "FRL-1.3": "D.I.2.d",
        "FRL-1.4": "D.I.2.e",
        "FRL-1.5": "D.I.2.f",
        "FRL-1.6": "D.I.2.g",
        "FRL-1.7": "D.I.2.b",
        "FRL-1.8": "D.I.4, G.I.2, H.I",
        "FRL-2.1": "D.I.3.a",
        "FRL-2.2": "D.I.3.b",
        "FRL-2.3": "D.I.3.c",
        "FRL-3": "D.I.3 Satz 2",
        "FRL-4.1": "D.I.5",
        "FRL-4.2": "D.I.6 Satz 1, H.II.3",
        "FRL-4.3": "D.I.6.a",
        "FRL-4.4": "D.I.6.b",
        "FRL-4.5": "D.I.6.c",
        "FRL-4.6": "D.I.6.d",
    }
    found = {r.id: r.citation.short() for r in rulepack.load().rules if r.id != "FRL-A.3"}
    assert found == expected


def test_the_long_form_names_the_law_its_dates_and_the_place_in_words() -> None:
    rule = next(r for r in rulepack.load().rules if r.id == "FRL-1.7")
    assert rule.citation.render("de") == (
        "Fachkräfterichtlinie vom 30.04.2019, zuletzt geändert am 13.06.2023, "
        "Großbuchstabe D Ziffer I Nummer 2 Buchstabe b"
    )
    assert rule.citation.render("en") == (
        "Fachkräfterichtlinie of 2019-04-30, last amended on 2023-06-13, "
        "Part D Section I No. 2 letter b"
    )
    assert long_place("D.I.3 Satz 2", "de") == "Großbuchstabe D Ziffer I Nummer 3 Satz 2"


@pytest.mark.parametrize(
    ("stelle", "quote"),
    [
        # the old pack's paraphrase of the scope: not the law's words
        ("B.I", "Gefördert werden Vorhaben in den Landkreisen und Kreisfreien Städten"),
        # verbatim, but from another Nummer than the one cited
        ("D.I.2.b", "Die regionale Fachkräfteallianz hat ein geschäftsführendes Mitglied"),
        # verbatim fragments in the wrong order
        ("D.I.2.b", "zwei kreisangehörige Städte … Die regionale Fachkräfteallianz"),
        # one changed word ("über" for "mit mehr als")
        ("D.I.2.b", "zwei kreisangehörige Städte über 10 000 Einwohnern im Landkreis"),
    ],
)
def test_a_quote_that_is_not_verbatim_or_not_from_its_place_is_caught(
    stelle: str, quote: str
) -> None:
    text = quotes.scope(_kept_text(rulepack.load()), stelle)
    assert text is not None
    assert not quotes.quote_found(quote, text)


def test_a_place_the_richtlinie_does_not_have_is_caught() -> None:
    law = _kept_text(rulepack.load())
    assert quotes.scope(law, "D.I.2.h") is None
    assert quotes.scope(law, "D.I.7") is None
    assert quotes.scope(law, "D.IV") is None
    assert parse_short("D.I.2 b") is None


def test_the_kept_copy_states_its_source_and_stand() -> None:
    law = _kept_text(rulepack.load())
    assert "REVOSax" in law and "Vorschrift 18147" in law
    assert "13 June 2023" in law and "checked 1 December 2026" in law


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared is not beside this checkout")
def test_the_kept_copy_is_the_shared_legal_text() -> None:
    kept = _kept_text(rulepack.load())
    assert kept.endswith(SHARED.read_text(encoding="utf-8"))
