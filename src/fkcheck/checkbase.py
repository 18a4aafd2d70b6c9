"""What every check shares: the context it reads, the outcome it returns, and field paths.

A check is a pure function of the document, the reference date and the rule's
parameters. ``lookup`` reads the document by the dotted field paths that rule
packs use (``handlungskonzept.fortschreibungen[].datum``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from fkcheck.errors import DocPath
from fkcheck.model import Dokument, Mitglied

MISSING: Any = object()


@dataclass(frozen=True)
class Outcome:
    """A check's verdict.

    ``passed`` with ``not_applicable`` means the requirement does not apply to this
    document (shown as "entfällt", never as "erfüllt"). A failed outcome with
    ``reminder`` is a met requirement whose deadline is near: a finding for CI, not an
    unmet requirement in law.
    """

    passed: bool
    code: str
    facts: Mapping[str, Any]
    path: DocPath
    at_key: bool = False
    severity: str | None = None  # overrides the rule's severity (the warning window)
    not_applicable: bool = False
    reminder: bool = False


@dataclass(frozen=True)
class Context:
    document: Dokument
    stichtag: dt.date
    reference: Mapping[str, Any]
    warn_before: int | None = None

    @functools.cached_property
    def members_by_kind(self) -> Mapping[str, list[tuple[int, Mitglied]]]:
        """Each kind's members with their index, in file order: a dozen rules ask about
        members of some kinds, and each would otherwise read every member."""
        found: dict[str, list[tuple[int, Mitglied]]] = {}
        for index, member in enumerate(self.document.mitglieder):
            found.setdefault(member.art, []).append((index, member))
        return found


CheckFn = Callable[[Context, Mapping[str, Any]], Outcome]


@dataclass(frozen=True)
class CheckSpec:
    fn: CheckFn
    params: Mapping[str, Any]  # JSON Schema of the rule's ``parameter``
    facts: frozenset[str]
    outcomes: frozenset[str]
    paths: tuple[str, ...] = field(default=())  # parameters that hold field paths
    # Checks the parameters beyond their schema (a regular expression compiles, …):
    # yields (path below ``parameter``, message id, message params).
    validate: ParamValidator | None = None


ParamValidator = Callable[[Mapping[str, Any]], Iterator[tuple[DocPath, str, dict[str, Any]]]]


# --- calendar -------------------------------------------------------------------


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (or earlier); 29 February becomes 28 February.

    Beyond the calendar's ends (years 1 and 9999) the result is its first or last day.
    """
    year = day.year + years
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.min if year < dt.MINYEAR else dt.date.max
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier); a day the month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.min if year < dt.MINYEAR else dt.date.max
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift_period(day: dt.date, params: Mapping[str, Any], sign: int = 1) -> dt.date:
    """Shift by the rule's period: ``jahre`` or ``monate``."""
    if "monate" in params:
        return shift_months(day, sign * int(params["monate"]))
    return shift_years(day, sign * int(params["jahre"]))


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


def count_until(ctx: Context, condition: Mapping[str, Any]) -> int:
    """Entries of the list ``liste`` whose ``datum`` field (when named) is not after the
    reference date — shared by ``feld_vorhanden``'s ``nur_wenn`` and rules' ``entfaellt``."""
    key = condition.get("datum")
    count = 0
    for _, item in lookup(ctx.document, condition["liste"] + "[]"):
        day = getattr(item, key, None) if key else None
        if key is None or (isinstance(day, dt.date) and day <= ctx.stichtag):
            count += 1
    return count


def is_empty(value: Any) -> bool:
    return value is MISSING or value is None or (isinstance(value, str) and not value.strip())


def model_has_path(dotted: str) -> bool:
    """Whether a field path names a field of the alliance file format."""
    model: Any = Dokument
    for part in parse_path(dotted):
        if part == "[]":
            continue
        if (
            not (isinstance(model, type) and issubclass(model, BaseModel))
            or part not in model.model_fields
        ):
            return False
        model = _inner_model(model.model_fields[part].annotation)
    return True


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
