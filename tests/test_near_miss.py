"""Input that is nearly right gets the exact fix (issue 11, item 5).

A value that differs from an allowed keyword only in case, spaces, hyphens or umlauts is an
input error naming that keyword — ``gebiet.art`` included, where other text is still allowed
(a territory outside the scope, which FRL-A.2 reports). Everyday names of member kinds
(IHK, DGB …) are suggested as their kind. Every value a remedy tells the user to write is
itself allowed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck import rulepack
from fkcheck.i18n import render
from fkcheck.kindalias import KIND_ALIASES
from fkcheck.model import CHOICES, TERRITORY_KINDS
from fkcheck.spelling import kind_for, near_miss

BASE = (EXAMPLES / "01-erfuellt.yaml").read_text(encoding="utf-8")


def _findings(text: str, tmp_path: Path, lang: str = "de") -> tuple[int, list[dict[str, object]]]:
    path = tmp_path / "allianz.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke(["check", str(path), "--as-of", AS_OF, "--format", "json", "--lang", lang])
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    art: landkreis\n    kreisschluessel", "    art: Landkreis\n    kreisschluessel",
         "allianz.gebiet.art: ungültiger Wert 'Landkreis'. Meinten Sie 'landkreis'?"),
        ("    art: landkreis\n    kreisschluessel", "    art: Kreisfreie Stadt\n    kreisschluessel",
         "allianz.gebiet.art: ungültiger Wert 'Kreisfreie Stadt'. Meinten Sie 'kreisfreie_stadt'?"),
        ("art: agentur_fuer_arbeit", "art: agentur_für_arbeit",
         "ungültiger Wert 'agentur_für_arbeit'. Meinten Sie 'agentur_fuer_arbeit'?"),
        ("art: schulverwaltung", "art: Schul-Verwaltung",
         "ungültiger Wert 'Schul-Verwaltung'. Meinten Sie 'schulverwaltung'?"),
        ("gremium: allianz", "gremium: Allianz",
         "ungültiger Wert 'Allianz'. Meinten Sie 'allianz'?"),
    ],
)  # fmt: skip
def test_a_near_miss_is_an_input_error_naming_the_keyword(
    old: str, new: str, expected: str, tmp_path: Path
) -> None:
    assert old in BASE
    code, findings = _findings(BASE.replace(old, new, 1), tmp_path)
    assert code == 2
    assert [f["rule"] for f in findings] == ["input"]
    assert expected in str(findings[0]["message"])
    assert "Kleinbuchstaben" in str(findings[0]["message"])


def test_the_near_miss_message_is_english_with_lang_en(tmp_path: Path) -> None:
    text = BASE.replace(
        "    art: landkreis\n    kreisschluessel", "    art: Landkreis\n    kreisschluessel"
    )
    code, findings = _findings(text, tmp_path, "en")
    assert code == 2
    assert "invalid value 'Landkreis'. Did you mean 'landkreis'?" in str(findings[0]["message"])


def test_other_text_for_the_territory_is_still_checked_by_frl_a2(tmp_path: Path) -> None:
    text = BASE.replace(
        "    art: landkreis\n    kreisschluessel", "    art: bezirk\n    kreisschluessel"
    )
    code, findings = _findings(text, tmp_path)
    assert code == 1
    assert "FRL-A.2" in [f["rule"] for f in findings]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("IHK", "industrie_und_handelskammer"),
        ("IHK Chemnitz", "industrie_und_handelskammer"),
        ("HWK", "handwerkskammer"),
        ("DGB Region Südwestsachsen", "gewerkschaft"),
        ("ver.di", "gewerkschaft"),
        ("IG Metall", "gewerkschaft"),
        ("Jobcenter Zwickau", "jobcenter"),
        ("LaSuB", "schulverwaltung"),
        ("SCHULEWIRTSCHAFT", "schule_wirtschaft"),
        ("Berufsakademie Sachsen", "berufsakademie"),
        ("Agentur für Arbeit Zwickau", "agentur_fuer_arbeit"),
        ("Landratsamt", "landkreis"),
        ("Schule am Park", "schule"),
    ],
)
def test_everyday_names_map_to_their_kind(name: str, kind: str, tmp_path: Path) -> None:
    assert kind_for(name, CHOICES["art"]) == kind
    code, findings = _findings(BASE.replace("art: gewerkschaft", f"art: {name}", 1), tmp_path)
    assert code == 2
    assert f"Meinten Sie '{kind}'?" in str(findings[0]["message"])


def test_aliases_name_real_kinds_and_nothing_unrelated_matches() -> None:
    assert set(KIND_ALIASES.values()) <= set(CHOICES["art"])
    assert kind_for("Stadt Zwickau", CHOICES["art"]) is None
    assert near_miss("landkreis", TERRITORY_KINDS) is None  # exact is no near miss
    assert near_miss("Landkreis Zwickau", TERRITORY_KINDS) is None


# A value the user is told to write: "art: x", "art x", "gremium: x", "gebiet.art auf x",
# "set … to x". A placeholder ({arten}) would show whatever the file holds, so it fails too.
_NAMED_VALUE = re.compile(
    r"\b(?P<key>art|gremium|seite|bundesland)\b(?::|\s+auf|\s+to)?\s+(?P<value>\{?[A-Za-z_]+\}?)"
)


def _allowed(key: str) -> set[str]:
    return set(CHOICES[key]) | (set(TERRITORY_KINDS) if key == "art" else set())


def test_every_value_a_remedy_names_is_allowed() -> None:
    named = []
    for rule in rulepack.load().rules:
        for lang in ("de", "en"):
            text = render(rule.text("abhilfe", lang), rule.params, lang)
            for match in _NAMED_VALUE.finditer(text):
                named.append((rule.id, match["key"], match["value"]))
                assert match["value"] in _allowed(match["key"]), (rule.id, lang, match.group())
    assert {rule for rule, _k, _v in named} >= {"FRL-1.1", "FRL-1.3", "FRL-1.6", "FRL-4.1"}
