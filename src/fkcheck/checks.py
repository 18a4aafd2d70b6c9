"""The checks a rule pack can name, as pure functions (registered in :mod:`fkcheck.vocabulary`).

Each returns an :class:`~fkcheck.checkbase.Outcome`: passed or not, an outcome
code that selects the message, the facts the messages may quote, and the
document path the finding points at.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from fkcheck.checkbase import (
    MISSING,
    Context,
    Outcome,
    is_empty,
    lookup,
    lookup_one,
    parse_path,
    shift_period,
)
from fkcheck.errors import DocPath
from fkcheck.i18n import Lang, fmt
from fkcheck.model import Mitglied

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
    years = params.get("jahre")
    window = ctx.warn_before if ctx.warn_before is not None else int(params["warnfenster_tage"])
    facts: dict[str, Any] = {
        "jahre": years,
        "monate": params.get("monate"),
        "warnfenster_tage": window,
        "letztes_datum": None,
        "faellig_am": None,
        "tage_bis_faellig": None,
        "tage_ueberfaellig": None,
        "grenze": shift_period(ctx.stichtag, params, -1),
    }
    if not dates:
        first_path, _ = lookup_one(ctx.document, params["daten"][0])
        return Outcome(False, "kein_datum", facts, first_path, at_key=True)
    path, latest = max(dates, key=lambda item: item[1])
    due = shift_period(latest, params)
    facts.update(letztes_datum=latest, faellig_am=due)
    # Years: SPEC §2 compares with "D minus the period" (29 Feb -> 28 Feb, kept exactly).
    # Months: shifting back and forth does not round-trip at month ends (31 Mar - 1 month
    # is 28 Feb, 28 Feb + 1 month is 28 Mar), so the due date itself decides.
    overdue = due < ctx.stichtag if "monate" in params else latest < facts["grenze"]
    if overdue:
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


def muster(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """Every value at ``feld`` is given and contains a match of ``muster`` (RE2 syntax).

    With ``[]`` in the path every list entry counts: one without the field fails with
    ``fehlt`` there (unless ``optional``). RE2 matches in linear time, so a pattern from
    an untrusted pack cannot hang the check.
    """
    pattern = compile_pattern(params["muster"])
    values = list(lookup(ctx.document, params["feld"]))
    facts: dict[str, Any] = {"feld": params["feld"], "muster": params["muster"], "wert": None}
    given = [(path, value) for path, value in values if not is_empty(value)]
    if not params.get("optional"):
        missing = next((path for path, value in values if is_empty(value)), None)
        if missing is not None or not values:
            where = missing if missing is not None else _list_or_field(params["feld"])
            return Outcome(False, "fehlt", facts, where, at_key=True)
    elif not given:
        return Outcome(True, "nicht_angegeben", facts, _list_or_field(params["feld"]), True)
    for path, value in given:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if pattern.search(text) is None:
            facts["wert"] = text
            return Outcome(False, "passt_nicht", facts, path)
    return Outcome(True, "ok", facts, given[0][0])


def _list_or_field(dotted: str) -> tuple[str, ...]:
    """Where a missing value points: the field, or the list that has no entries."""
    parts = parse_path(dotted)
    return parts[: parts.index("[]")] if "[]" in parts else parts


@functools.lru_cache(maxsize=256)
def compile_pattern(text: str) -> Any:
    import re2  # google-re2: linear-time matching; imported only when a pack uses ``muster``

    options = re2.Options()
    options.log_errors = False  # RE2 would log the pattern, unescaped, to stderr
    return re2.compile(text, options)


def validate_muster(params: Mapping[str, Any]) -> Iterator[tuple[DocPath, str, dict[str, Any]]]:
    try:
        compile_pattern(params["muster"])
    except Exception as exc:  # re2.error, or anything its bindings raise for a bad pattern
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        yield ("muster",), "pack.bad_regex", {"pattern": params["muster"], "detail": str(detail)}
