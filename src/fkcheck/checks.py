"""The vocabulary of checks a rule pack can name.

Each check is a pure function of the document, the reference date and the
rule's parameters, returning an :class:`Outcome`: passed or not, an outcome
code that selects the message, the facts the messages may quote, and the
document path the finding points at. ``CHECKS`` is the registry; each entry
declares the JSON Schema of its parameters and the facts it provides, so a
rule pack is validated completely before anything is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from pydantic import BaseModel

from fkcheck.errors import DocPath
from fkcheck.i18n import Lang, fmt
from fkcheck.model import Dokument, Mitglied

MISSING: Any = object()


@dataclass(frozen=True)
class Outcome:
    passed: bool
    code: str
    facts: Mapping[str, Any]
    path: DocPath
    at_key: bool = False
    severity: str | None = None  # overrides the rule's severity (the warning window)


@dataclass(frozen=True)
class Context:
    document: Dokument
    stichtag: dt.date
    reference: Mapping[str, Any]
    warn_before: int | None = None


CheckFn = Callable[[Context, Mapping[str, Any]], Outcome]


@dataclass(frozen=True)
class CheckSpec:
    fn: CheckFn
    params: Mapping[str, Any]  # JSON Schema of the rule's ``parameter``
    facts: frozenset[str]
    outcomes: frozenset[str]
    paths: tuple[str, ...] = field(default=())  # parameters that hold field paths


# --- calendar -------------------------------------------------------------------


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --- reading the document by field path --------------------------------------------


def parse_path(dotted: str) -> tuple[str, ...]:
    """``handlungskonzept.fortschreibungen[].datum`` → ('handlungskonzept', 'fortschreibungen', '[]', 'datum')."""
    parts: list[str] = []
    for segment in dotted.split("."):
        if segment.endswith("[]"):
            parts += [segment[:-2], "[]"]
        else:
            parts.append(segment)
    return tuple(parts)


def lookup(document: Dokument, dotted: str) -> Iterator[tuple[DocPath, Any]]:
    """Every (document path, value) at ``dotted``; absent keys yield ``MISSING``.

    A key counts as present only when the file gives it (pydantic's
    ``model_fields_set``), so "missing" and "empty" can be told apart.
    """
    yield from _walk(document, parse_path(dotted), ())


def _walk(node: Any, parts: tuple[str, ...], path: DocPath) -> Iterator[tuple[DocPath, Any]]:
    if not parts:
        yield path, node
        return
    head, rest = parts[0], parts[1:]
    if head == "[]":
        for index, item in enumerate(node if isinstance(node, list) else []):
            yield from _walk(item, rest, (*path, index))
        return
    if isinstance(node, BaseModel) and head in node.model_fields_set:
        yield from _walk(getattr(node, head), rest, (*path, head))
    else:
        yield (*path, head, *(p for p in rest if p != "[]")), MISSING


def lookup_one(document: Dokument, dotted: str) -> tuple[DocPath, Any]:
    return next(lookup(document, dotted))


def is_empty(value: Any) -> bool:
    return value is MISSING or value is None or (isinstance(value, str) and not value.strip())


# --- member helpers -------------------------------------------------------------------


def _kinds(ctx: Context, params: Mapping[str, Any]) -> list[str]:
    if "art_aus_feld" in params:
        _, value = lookup_one(ctx.document, params["art_aus_feld"])
        return [value] if isinstance(value, str) else []
    return list(params["arten"])


def side_of(member: Mitglied, sides: Mapping[str, Any]) -> str:
    if member.seite is not None:
        return member.seite
    for side, kinds in sides.items():
        if member.art in kinds:
            return str(side)
    return "neutral"


# --- the checks --------------------------------------------------------------------


def wert_erlaubt(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """A field's value is one of ``werte``; optionally it matches a reference table."""
    path, value = lookup_one(ctx.document, params["feld"])
    facts: dict[str, Any] = {
        "wert": None,
        "erlaubt": list(params["werte"]),
        "schluessel": None,
        "referenzname": None,
        "referenzwert": None,
    }
    if is_empty(value):
        return Outcome(False, "fehlt", facts, path, at_key=True)
    facts["wert"] = value
    if value not in params["werte"]:
        return Outcome(False, "falsch", facts, path)
    ref = params.get("referenz")
    if ref is None:
        return Outcome(True, "ok", facts, path)
    key_path, key = lookup_one(ctx.document, ref["feld"])
    if is_empty(key):
        return Outcome(True, "ok", facts, path)
    facts["schluessel"] = key
    row = ctx.reference.get(ref["tabelle"], {}).get(str(key))
    if row is None:
        return Outcome(False, "unbekannt", facts, key_path)
    facts["referenzname"], facts["referenzwert"] = row.get("name"), row.get(ref["spalte"])
    if facts["referenzwert"] != value:
        return Outcome(False, "passt_nicht", facts, key_path)
    return Outcome(True, "ok", facts, path)


def mitglied_vorhanden(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """At least ``mindestens`` members of the given kinds are active at the reference date."""
    kinds = _kinds(ctx, params)
    minimum = int(params.get("mindestens", 1))
    matching = [(i, m) for i, m in enumerate(ctx.document.mitglieder) if m.art in kinds]
    active = [m for _, m in matching if m.active_on(ctx.stichtag)]
    inactive = [(i, m) for i, m in matching if not m.active_on(ctx.stichtag)]
    facts = {
        "arten": kinds,
        "mindestens": minimum,
        "anzahl": len(active),
        "mitglieder": [m.name for m in active],
        "inaktiv": [_membership(m) for _, m in inactive],
    }
    if len(active) >= minimum:
        return Outcome(True, "ok", facts, ("mitglieder",), at_key=True)
    if inactive:
        index, member = inactive[0]
        which = "bis" if member.bis is not None and member.bis < ctx.stichtag else "seit"
        return Outcome(False, "inaktiv", facts, ("mitglieder", index, which))
    code = "zu_wenige" if active else "fehlt"
    return Outcome(False, code, facts, ("mitglieder",), at_key=True)


@dataclass(frozen=True)
class Membership:
    """A member that is not active at the reference date, as a fact for messages."""

    name: str
    seit: dt.date | None
    bis: dt.date | None

    def render(self, lang: Lang) -> str:
        words = ("seit", "bis") if lang == "de" else ("from", "until")
        span = [
            f"{w} {fmt(d, lang)}" for w, d in zip(words, (self.seit, self.bis), strict=True) if d
        ]
        return f"{self.name} ({', '.join(span)})" if span else self.name

    def as_json(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "seit": self.seit.isoformat() if self.seit else None,
            "bis": self.bis.isoformat() if self.bis else None,
        }


def _membership(member: Mitglied) -> Membership:
    return Membership(member.name, member.seit, member.bis)


def seitenbalance(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """Both sides have votes, and the larger side has at most ``verhaeltnis`` × the smaller's."""
    sides = params.get("seiten") or ctx.reference.get("seiten", {})
    votes = {"arbeitgeber": 0, "arbeitnehmer": 0}
    counts = {"arbeitgeber": 0, "arbeitnehmer": 0}
    for member in ctx.document.mitglieder:
        side = side_of(member, sides)
        if side in votes and member.active_on(ctx.stichtag):
            votes[side] += member.stimmen
            counts[side] += 1
    limit = Fraction(str(params["verhaeltnis"]))
    larger, smaller = max(votes.values()), min(votes.values())
    facts = {
        "stimmen_arbeitgeber": votes["arbeitgeber"],
        "stimmen_arbeitnehmer": votes["arbeitnehmer"],
        "mitglieder_arbeitgeber": counts["arbeitgeber"],
        "mitglieder_arbeitnehmer": counts["arbeitnehmer"],
        "verhaeltnis": _number(limit),
        "tatsaechlich": _number(Fraction(larger, smaller)) if smaller else None,
        "fehlende_seite": [s for s, v in votes.items() if v == 0],
    }
    where: DocPath = ("mitglieder",)
    if smaller == 0:
        return Outcome(False, "seite_fehlt", facts, where, at_key=True)
    if larger > limit * smaller:
        return Outcome(False, "unausgewogen", facts, where, at_key=True)
    return Outcome(True, "ok", facts, where, at_key=True)


def _number(value: Fraction) -> int | float:
    """An exact ratio as a fact: whole numbers stay integers (shown as '3', not '3.0')."""
    return value.numerator if value.denominator == 1 else round(float(value), 2)


def aktualitaet(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """The latest of the given dates (up to the reference date) is at most ``jahre`` old."""
    dates = [
        (path, value)
        for dotted in params["daten"]
        for path, value in lookup(ctx.document, dotted)
        if isinstance(value, dt.date) and value <= ctx.stichtag
    ]
    years = int(params["jahre"])
    window = ctx.warn_before if ctx.warn_before is not None else int(params["warnfenster_tage"])
    facts: dict[str, Any] = {
        "jahre": years,
        "warnfenster_tage": window,
        "letztes_datum": None,
        "faellig_am": None,
        "tage_bis_faellig": None,
        "tage_ueberfaellig": None,
        "grenze": shift_years(ctx.stichtag, -years),
    }
    if not dates:
        first_path, _ = lookup_one(ctx.document, params["daten"][0])
        return Outcome(False, "kein_datum", facts, first_path, at_key=True)
    path, latest = max(dates, key=lambda item: item[1])
    due = shift_years(latest, years)
    facts.update(letztes_datum=latest, faellig_am=due)
    if latest < facts["grenze"]:
        facts["tage_ueberfaellig"] = (ctx.stichtag - due).days
        return Outcome(False, "ueberfaellig", facts, path)
    left = (due - ctx.stichtag).days
    facts["tage_bis_faellig"] = left
    if 0 <= left <= window:
        return Outcome(
            False, "bald_faellig", facts, path, severity=params.get("warn_schwere", "warning")
        )
    return Outcome(True, "ok", facts, path)


def feld_vorhanden(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """A field is present and not empty — optionally only when a list has enough dated entries."""
    path, value = lookup_one(ctx.document, params["feld"])
    facts: dict[str, Any] = {"feld": params["feld"], "wert": None, "anzahl": None}
    condition = params.get("nur_wenn")
    if condition is not None:
        facts["anzahl"] = _count_until(ctx, condition)
        if facts["anzahl"] < int(condition.get("mindestens", 1)):
            return Outcome(True, "nicht_erforderlich", facts, path, at_key=True)
    if value is MISSING:
        return Outcome(False, "fehlt", facts, path, at_key=True)
    if is_empty(value):
        return Outcome(False, "leer", facts, path)
    facts["wert"] = value
    return Outcome(True, "ok", facts, path)


def _count_until(ctx: Context, condition: Mapping[str, Any]) -> int:
    """Entries of ``liste`` whose ``datum`` (when named) is not after the reference date."""
    key = condition.get("datum")
    count = 0
    for _, item in lookup(ctx.document, condition["liste"] + "[]"):
        day = getattr(item, key, None) if key else None
        if key is None or (isinstance(day, dt.date) and day <= ctx.stichtag):
            count += 1
    return count


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
                "verhaeltnis": {"type": "number", "exclusiveMinimum": 0},
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
        _object(
            {
                "daten": {"type": "array", "items": _PATH, "minItems": 1},
                "jahre": {"type": "integer", "minimum": 1},
                "warnfenster_tage": {"type": "integer", "minimum": 0},
                "warn_schwere": _SEVERITY,
            },
            ["daten", "jahre", "warnfenster_tage"],
        ),
        frozenset(
            {
                "jahre",
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
}
