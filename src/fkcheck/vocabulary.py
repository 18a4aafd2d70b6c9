"""The registry of checks a rule pack can name: a literal dict.

Each entry declares the JSON Schema of the rule's ``parameter``, the facts its
messages may quote, its outcome codes and which parameters hold field paths, so
that a rule pack is validated completely before anything is checked.
"""

from __future__ import annotations

from typing import Any

from fkcheck.checkbase import CheckSpec
from fkcheck.checks import (
    aktualitaet,
    feld_vorhanden,
    mitglied_vorhanden,
    muster,
    seitenbalance,
    validate_muster,
    wert_erlaubt,
)

# --- registry ----------------------------------------------------------------------

_PATH = {"type": "string", "pattern": r"^[a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*$"}
_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
_SEVERITY = {"enum": ["error", "warning", "info"]}


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


CHECKS: dict[str, CheckSpec] = {
    "wert_erlaubt": CheckSpec(
        wert_erlaubt,
        _object(
            {
                "feld": _PATH,
                "werte": _STRINGS,
                "referenz": _object(
                    {"feld": _PATH, "tabelle": {"type": "string"}, "spalte": {"type": "string"}},
                    ["feld", "tabelle", "spalte"],
                ),
            },
            ["feld", "werte"],
        ),
        frozenset({"wert", "erlaubt", "schluessel", "referenzname", "referenzwert"}),
        frozenset({"ok", "fehlt", "falsch", "unbekannt", "passt_nicht"}),
        ("feld", "referenz.feld"),
    ),
    "mitglied_vorhanden": CheckSpec(
        mitglied_vorhanden,
        {
            **_object(
                {
                    "arten": _STRINGS,
                    "art_aus_feld": _PATH,
                    "mindestens": {"type": "integer", "minimum": 1},
                },
                [],
            ),
            "oneOf": [{"required": ["arten"]}, {"required": ["art_aus_feld"]}],
        },
        frozenset({"arten", "mindestens", "anzahl", "mitglieder", "inaktiv"}),
        frozenset({"ok", "fehlt", "inaktiv", "zu_wenige"}),
        ("art_aus_feld",),
    ),
    "seitenbalance": CheckSpec(
        seitenbalance,
        _object(
            {
                "verhaeltnis": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000},
                "seiten": {"type": "object", "additionalProperties": _STRINGS},
            },
            ["verhaeltnis"],
        ),
        frozenset(
            {
                "stimmen_arbeitgeber",
                "stimmen_arbeitnehmer",
                "mitglieder_arbeitgeber",
                "mitglieder_arbeitnehmer",
                "verhaeltnis",
                "tatsaechlich",
                "fehlende_seite",
            }
        ),
        frozenset({"ok", "seite_fehlt", "unausgewogen"}),
    ),
    "aktualitaet": CheckSpec(
        aktualitaet,
        {
            **_object(
                {
                    "daten": {"type": "array", "items": _PATH, "minItems": 1},
                    "jahre": {"type": "integer", "minimum": 1, "maximum": 100},
                    "monate": {"type": "integer", "minimum": 1, "maximum": 1200},
                    "warnfenster_tage": {"type": "integer", "minimum": 0},
                    "warn_schwere": _SEVERITY,
                },
                ["daten", "warnfenster_tage"],
            ),
            "oneOf": [{"required": ["jahre"]}, {"required": ["monate"]}],
        },
        frozenset(
            {
                "jahre",
                "monate",
                "warnfenster_tage",
                "letztes_datum",
                "faellig_am",
                "tage_bis_faellig",
                "tage_ueberfaellig",
                "grenze",
            }
        ),
        frozenset({"ok", "kein_datum", "ueberfaellig", "bald_faellig"}),
        ("daten",),
    ),
    "feld_vorhanden": CheckSpec(
        feld_vorhanden,
        _object(
            {
                "feld": _PATH,
                "nur_wenn": _object(
                    {
                        "liste": _PATH,
                        "mindestens": {"type": "integer", "minimum": 1},
                        "datum": {"type": "string"},
                    },
                    ["liste"],
                ),
            },
            ["feld"],
        ),
        frozenset({"feld", "wert", "anzahl"}),
        frozenset({"ok", "nicht_erforderlich", "fehlt", "leer"}),
        ("feld", "nur_wenn.liste"),
    ),
    "muster": CheckSpec(
        muster,
        _object(
            {
                "feld": _PATH,
                "muster": {"type": "string", "minLength": 1, "maxLength": 1000},
                "optional": {"type": "boolean"},
            },
            ["feld", "muster"],
        ),
        frozenset({"feld", "muster", "wert"}),
        frozenset({"ok", "nicht_angegeben", "fehlt", "passt_nicht"}),
        ("feld",),
        validate_muster,
    ),
}
