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
    muster,
    name_passt,
    validate_aktualitaet,
    validate_muster,
    wert_erlaubt,
)
from fkcheck.memberchecks import mitglied_benannt, mitglied_vorhanden, seitenbalance

# --- registry ----------------------------------------------------------------------

_PATH = {"type": "string", "pattern": r"^[a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*$"}
_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
_SEVERITY = {"enum": ["error", "warning", "info"]}
# A date for ``aktualitaet``: a path, or a path into list entries whose dates count only
# when a field of the entry has one of ``werte`` (e.g. adopted by the alliance itself).
_DATE_ENTRY = {
    "oneOf": [
        _PATH,
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["feld", "nur_wenn"],
            "properties": {
                "feld": {**_PATH, "pattern": r"^[a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*\[\]\.[a-z_]+$"},
                "nur_wenn": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["feld", "werte"],
                    "properties": {
                        "feld": {"type": "string", "pattern": "^[a-z_]+$"},
                        "werte": _STRINGS,
                    },
                },
            },
        },
    ]
}


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
                    "einwohner_ueber": {"type": "integer", "minimum": 0},
                    "schluessel_aus_feld": _PATH,
                },
                [],
            ),
            "oneOf": [{"required": ["arten"]}, {"required": ["art_aus_feld"]}],
        },
        frozenset(
            {
                "arten",
                "mindestens",
                "einwohner_ueber",
                "anzahl",
                "mitglieder",
                "inaktiv",
                "abgelehnt",
            }
        ),
        frozenset({"ok", "fehlt", "inaktiv", "abgelehnt", "zu_wenige"}),
        ("art_aus_feld", "schluessel_aus_feld"),
    ),
    "mitglied_benannt": CheckSpec(
        mitglied_benannt,
        _object({"feld": _PATH}, ["feld"]),
        frozenset({"id", "mitglied", "seit", "bis"}),
        frozenset({"ok", "fehlt", "inaktiv"}),
        ("feld",),
    ),
    "name_passt": CheckSpec(
        name_passt,
        _object(
            {
                "feld": _PATH,
                "schluessel": _PATH,
                "tabelle": {"type": "string"},
                "spalte": {"type": "string"},
            },
            ["feld", "schluessel", "tabelle", "spalte"],
        ),
        frozenset({"wert", "schluessel", "erwartet", "referenzname"}),
        frozenset({"ok", "kein_schluessel", "unbekannt", "passt_nicht"}),
        ("feld", "schluessel"),
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
                    "daten": {"type": "array", "items": _DATE_ENTRY, "minItems": 1},
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
                "nicht_gezaehlt",
            }
        ),
        frozenset(
            {
                "ok",
                "kein_datum",
                "ueberfaellig",
                "bald_faellig",
                "ueberfaellig.fremd",
                "bald_faellig.fremd",
            }
        ),
        ("daten",),
        validate_aktualitaet,
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
