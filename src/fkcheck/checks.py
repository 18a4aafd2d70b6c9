"""The checks a rule pack can name, as pure functions (registered in :mod:`fkcheck.vocabulary`).

Each returns an :class:`~fkcheck.checkbase.Outcome`: passed or not, an outcome
code that selects the message, the facts the messages may quote, and the
document path the finding points at. The checks about members are in
:mod:`fkcheck.memberchecks`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fkcheck.checkbase import (
    MISSING,
    Context,
    Outcome,
    count_until,
    is_empty,
    lookup,
    lookup_one,
    model_has_path,
    parse_path,
    shift_period,
)
from fkcheck.errors import DocPath
from fkcheck.i18n import Lang, coded, fmt, label, value_label


def wert_erlaubt(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """A field's value is one of ``werte``; optionally it matches a reference table."""
    path, value = lookup_one(ctx.document, params["feld"])
    facts: dict[str, Any] = {
        "wert": None,
        "erlaubt": coded(params["feld"], list(params["werte"])),
        "schluessel": None,
        "referenzname": None,
        "referenzwert": None,
    }
    if is_empty(value):
        return Outcome(False, "fehlt", facts, path, at_key=True)
    facts["wert"] = coded(params["feld"], value)
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
    expected = row.get(ref["spalte"])
    facts["referenzname"], facts["referenzwert"] = row.get("name"), coded(ref["spalte"], expected)
    if expected != value:
        return Outcome(False, "passt_nicht", facts, key_path)
    return Outcome(True, "ok", facts, path)


_NAME_NOISE = re.compile(r"[\s\-‐‑–—]+")


def _name_key(text: str) -> str:
    """Case and the spelling of spaces and dashes do not matter when names are compared."""
    return _NAME_NOISE.sub("-", text.casefold()).strip("-")


def name_passt(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """The name at ``feld`` contains the name that the reference table gives for the key.

    Not applicable without a key, or with a key the table does not know (another rule
    reports that).
    """
    path, name = lookup_one(ctx.document, params["feld"])
    key_path, key = lookup_one(ctx.document, params["schluessel"])
    facts: dict[str, Any] = {
        "wert": None,
        "schluessel": None,
        "erwartet": None,
        "referenzname": None,
    }
    facts["wert"] = None if is_empty(name) else name
    if is_empty(key):
        return Outcome(True, "kein_schluessel", facts, key_path, at_key=True, not_applicable=True)
    facts["schluessel"] = key
    row = ctx.reference.get(params["tabelle"], {}).get(str(key))
    if row is None:
        return Outcome(True, "unbekannt", facts, key_path, not_applicable=True)
    facts["erwartet"], facts["referenzname"] = row.get(params["spalte"]), row.get("name")
    expected = str(facts["erwartet"] or "")
    if isinstance(name, str) and expected and _name_key(expected) in _name_key(name):
        return Outcome(True, "ok", facts, path)
    return Outcome(False, "passt_nicht", facts, key_path)


@dataclass(frozen=True)
class Uncounted:
    """A date that does not count for ``aktualitaet``: adopted by another body."""

    datum: dt.date
    value: str  # the value of the entry's condition field (a gremium)

    def render(self, lang: Lang) -> str:
        body = value_label("gremium", self.value, lang)
        return f"{fmt(self.datum, lang)} ({label('adopted_by', lang)} {body})"

    def as_json(self) -> dict[str, str]:
        return {"datum": self.datum.isoformat(), "gremium": self.value}


def _dates(
    ctx: Context, entry: str | Mapping[str, Any]
) -> Iterator[tuple[DocPath, dt.date, str | None]]:
    """The dates at a ``daten`` entry up to the reference date, each with the value of the
    entry's ``nur_wenn`` field when that value is not allowed (the date does not count)."""
    if isinstance(entry, str):
        for path, value in lookup(ctx.document, entry):
            if isinstance(value, dt.date) and value <= ctx.stichtag:
                yield path, value, None
        return
    parent, _, leaf = entry["feld"].rpartition(".")
    condition = entry["nur_wenn"]
    for path, item in lookup(ctx.document, parent):
        day = getattr(item, leaf, None)
        if isinstance(day, dt.date) and day <= ctx.stichtag:
            # getattr, not lookup: an absent key takes the format's default (gremium: allianz)
            found = getattr(item, condition["feld"], None)
            refused = None if found in condition["werte"] else str(found)
            yield (*path, leaf), day, refused


def aktualitaet(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """The latest of the given dates (up to the reference date) is at most ``jahre`` old.

    A ``daten`` entry may be an object with ``nur_wenn``: its dates count only when the
    entry's field has one of the allowed values. Dates that do not count are facts
    (``nicht_gezaehlt``); when a later one exists, a failing outcome gets the variant
    ``.fremd``, whose message says why that date did not keep the plan current.
    """
    found = [d for entry in params["daten"] for d in _dates(ctx, entry)]
    dates = [(path, day) for path, day, refused in found if refused is None]
    uncounted = [Uncounted(day, refused) for _, day, refused in found if refused is not None]
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
        "nicht_gezaehlt": sorted(uncounted, key=lambda u: u.datum),
    }
    if not dates:
        first = params["daten"][0]
        first_path, _ = lookup_one(ctx.document, first if isinstance(first, str) else first["feld"])
        return Outcome(False, "kein_datum", facts, first_path, at_key=True)
    path, latest = max(dates, key=lambda item: item[1])
    later = [u for u in uncounted if u.datum > latest]
    variant = ".fremd" if later else ""
    due = shift_period(latest, params)
    facts.update(letztes_datum=latest, faellig_am=due, nicht_gezaehlt=later)
    # Years: SPEC §2 compares with "D minus the period" (29 Feb -> 28 Feb, kept exactly).
    # Months: shifting back and forth does not round-trip at month ends (31 Mar - 1 month
    # is 28 Feb, 28 Feb + 1 month is 28 Mar), so the due date itself decides.
    overdue = due < ctx.stichtag if "monate" in params else latest < facts["grenze"]
    if overdue:
        facts["tage_ueberfaellig"] = (ctx.stichtag - due).days
        return Outcome(False, "ueberfaellig" + variant, facts, path)
    left = (due - ctx.stichtag).days
    facts["tage_bis_faellig"] = left
    if 0 <= left <= window:
        severity = params.get("warn_schwere", "warning")
        code = "bald_faellig" + variant
        return Outcome(False, code, facts, path, severity=severity, reminder=True)
    return Outcome(True, "ok", facts, path)


def feld_vorhanden(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """A field is present and not empty — optionally only when a list has enough dated entries."""
    path, value = lookup_one(ctx.document, params["feld"])
    facts: dict[str, Any] = {"feld": params["feld"], "wert": None, "anzahl": None}
    condition = params.get("nur_wenn")
    if condition is not None:
        facts["anzahl"] = count_until(ctx, condition)
        if facts["anzahl"] < int(condition.get("mindestens", 1)):
            return Outcome(
                True, "nicht_erforderlich", facts, path, at_key=True, not_applicable=True
            )
    if value is MISSING:
        return Outcome(False, "fehlt", facts, path, at_key=True)
    if is_empty(value):
        return Outcome(False, "leer", facts, path)
    facts["wert"] = value
    return Outcome(True, "ok", facts, path)


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


def validate_aktualitaet(
    params: Mapping[str, Any],
) -> Iterator[tuple[DocPath, str, dict[str, Any]]]:
    """A ``nur_wenn`` field is a field of the list entries that hold the dates."""
    for index, entry in enumerate(params["daten"]):
        if isinstance(entry, Mapping):
            parent = entry["feld"].rpartition(".")[0]
            dotted = f"{parent}.{entry['nur_wenn']['feld']}"
            if not model_has_path(dotted):
                yield ("daten", index, "nur_wenn", "feld"), "pack.bad_path", {"name": dotted}
