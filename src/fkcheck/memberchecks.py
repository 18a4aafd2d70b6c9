"""Checks about the members of an alliance (registered in :mod:`fkcheck.vocabulary`).

A member counts for a requirement when it has one of the rule's kinds, is active at the
reference date and meets the rule's further conditions (population, Kreis). Every member
of a matching kind that does not count is reported with the reason, so that the officer
sees why a town listed in the file was refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from fkcheck.checkbase import Context, Outcome, lookup_one
from fkcheck.errors import DocPath
from fkcheck.i18n import Lang, coded, fmt, label
from fkcheck.model import Mitglied


def _kinds(ctx: Context, params: Mapping[str, Any]) -> list[str]:
    if "art_aus_feld" in params:
        _, value = lookup_one(ctx.document, params["art_aus_feld"])
        return [value] if isinstance(value, str) else []
    return list(params["arten"])


def side_of(member: Mitglied, sides: Mapping[str, Any]) -> str:
    if member.seite is not None:
        return member.seite
    return _side_of_kind(member.art, sides)


def _side_of_kind(kind: str, sides: Mapping[str, Any]) -> str:
    for side, kinds in sides.items():
        if kind in kinds:
            return str(side)
    return "neutral"


def _members_of(ctx: Context, kinds: list[str]) -> list[tuple[int, Mitglied]]:
    """The members of the given kinds with their index, in file order."""
    by_kind = ctx.members_by_kind
    found = [entry for kind in dict.fromkeys(kinds) for entry in by_kind.get(kind, ())]
    if len(kinds) > 1:
        found.sort(key=lambda entry: entry[0])
    return found


# --- facts about members, rendered per language -------------------------------------------


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


@dataclass(frozen=True)
class Refusal:
    """A member of a matching kind that does not count, and why.

    ``reason`` is one of ``beendet``, ``noch_nicht``, ``einwohner_fehlt``, ``zu_klein``,
    ``anderer_kreis``; ``detail`` holds the values the reason's text quotes.
    """

    name: str
    reason: str
    detail: Mapping[str, Any]

    def render(self, lang: Lang) -> str:
        template = label(f"refusal.{self.reason}", lang)
        values = {k: fmt(v, lang) for k, v in self.detail.items()}
        return f"{self.name} ({template.format(**values)})"

    def as_json(self) -> dict[str, Any]:
        detail = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in self.detail.items()}
        return {"name": self.name, "reason": self.reason, **detail}


def _refusal(
    member: Mitglied, ctx: Context, params: Mapping[str, Any], key: str | None
) -> Refusal | None:
    """Why ``member`` (of a matching kind) does not count, or None when it counts."""
    day = ctx.stichtag
    if member.bis is not None and member.bis < day:
        return Refusal(member.name, "beendet", {"bis": member.bis})
    if member.seit is not None and member.seit > day:
        return Refusal(member.name, "noch_nicht", {"seit": member.seit})
    schluessel = member.gemeindeschluessel
    if key and schluessel and not schluessel.startswith(key):
        return Refusal(
            member.name, "anderer_kreis", {"gemeindeschluessel": schluessel, "kreisschluessel": key}
        )
    threshold = params.get("einwohner_ueber")
    if threshold is not None:
        if member.einwohner is None:
            return Refusal(member.name, "einwohner_fehlt", {"grenze": threshold})
        if member.einwohner <= threshold:
            return Refusal(
                member.name, "zu_klein", {"einwohner": member.einwohner, "grenze": threshold}
            )
    return None


# Where a refused member's finding points: the field that made it not count.
_REFUSAL_FIELD = {
    "beendet": "bis",
    "noch_nicht": "seit",
    "anderer_kreis": "gemeindeschluessel",
    "zu_klein": "einwohner",
}


# --- the checks -------------------------------------------------------------------------


def mitglied_vorhanden(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """At least ``mindestens`` members of the given kinds count at the reference date.

    A member counts when it is active and, where the rule says so, has more than
    ``einwohner_ueber`` inhabitants and a ``gemeindeschluessel`` within the Kreis whose
    key is at ``schluessel_aus_feld`` (a member without a key is not refused for it).
    """
    kinds = _kinds(ctx, params)
    minimum = int(params.get("mindestens", 1))
    key = None
    if "schluessel_aus_feld" in params:
        _, found = lookup_one(ctx.document, params["schluessel_aus_feld"])
        key = found if isinstance(found, str) else None
    counted: list[Mitglied] = []
    refused: list[tuple[int, Mitglied, Refusal]] = []
    for index, member in _members_of(ctx, kinds):
        refusal = _refusal(member, ctx, params, key)
        if refusal is None:
            counted.append(member)
        else:
            refused.append((index, member, refusal))
    inactive = [m for _, m, r in refused if r.reason in ("beendet", "noch_nicht")]
    facts = {
        "arten": coded("art", kinds),
        "mindestens": minimum,
        "einwohner_ueber": params.get("einwohner_ueber"),
        "anzahl": len(counted),
        "mitglieder": [m.name for m in counted],
        "inaktiv": [_membership(m) for m in inactive],
        "abgelehnt": [r for _, _, r in refused],
    }
    if len(counted) >= minimum:
        return Outcome(True, "ok", facts, ("mitglieder",), at_key=True)
    if refused:
        index, _, refusal = refused[0]
        code = "inaktiv" if len(inactive) == len(refused) else "abgelehnt"
        field = _REFUSAL_FIELD.get(refusal.reason)
        if field is None:  # the population is not given: point at the member
            return Outcome(False, code, facts, ("mitglieder", index), at_key=True)
        return Outcome(False, code, facts, ("mitglieder", index, field))
    code = "zu_wenige" if counted else "fehlt"
    return Outcome(False, code, facts, ("mitglieder",), at_key=True)


def mitglied_benannt(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """The field names a member (by ``id``) that is active at the reference date.

    That the id names a member at all is checked when the file is read (input error).
    """
    path, value = lookup_one(ctx.document, params["feld"])
    facts: dict[str, Any] = {"id": None, "mitglied": None, "seit": None, "bis": None}
    if not isinstance(value, str) or not value.strip():
        return Outcome(False, "fehlt", facts, path, at_key=True)
    facts["id"] = value
    for index, member in enumerate(ctx.document.mitglieder):
        if member.id == value:
            facts.update(mitglied=member.name, seit=member.seit, bis=member.bis)
            if member.active_on(ctx.stichtag):
                return Outcome(True, "ok", facts, path)
            ended = member.bis is not None and member.bis < ctx.stichtag
            return Outcome(
                False, "inaktiv", facts, ("mitglieder", index, "bis" if ended else "seit")
            )
    return Outcome(False, "fehlt", facts, path)


def seitenbalance(ctx: Context, params: Mapping[str, Any]) -> Outcome:
    """Both sides have votes, and the larger side has at most ``verhaeltnis`` × the smaller's."""
    sides = params.get("seiten") or ctx.reference.get("seiten", {})
    votes = {"arbeitgeber": 0, "arbeitnehmer": 0}
    counts = {"arbeitgeber": 0, "arbeitnehmer": 0}
    for kind, members in ctx.members_by_kind.items():
        kind_side = _side_of_kind(kind, sides)
        for _, member in members:
            side = kind_side if member.seite is None else member.seite
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
        "fehlende_seite": coded("seite", [s for s, v in votes.items() if v == 0]),
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
