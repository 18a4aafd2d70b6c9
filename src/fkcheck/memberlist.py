"""A member list (one row per member, German column headers) → ``mitglieder`` entries.

Headers are matched ignoring case, spaces and umlaut spellings (``Gemeindeschlüssel``,
``gemeinde schluessel``); columns headed ``x-…`` are copied as the user's own keys.
Every problem names the row and the column letter, as the spreadsheet shows them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fkcheck import kindalias
from fkcheck.errors import Problem
from fkcheck.tables import Table, column_letter

FIELDS = (
    "id",
    "name",
    "art",
    "seite",
    "stimmen",
    "seit",
    "bis",
    "einwohner",
    "einwohner_stand",
    "gemeindeschluessel",
    "mitwirkungserklaerung",
)
REQUIRED = ("name", "art")
HEADERS = {kindalias.words(name).replace(" ", ""): name for name in FIELDS}
SIDES = {"arbeitgeber": "arbeitgeber", "arbeitnehmer": "arbeitnehmer", "neutral": "neutral"}
_GERMAN_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class CellError(ValueError):
    """A cell's value does not fit its column: the message id and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Imported:
    members: list[dict[str, Any]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # each member's row in the table
    problems: list[Problem] = field(default_factory=list)
    mapped: dict[str, str] = field(default_factory=dict)  # free-text kind → keyword


def members(table: Table) -> Imported:
    result = Imported()
    columns = _columns(table.header, result.problems)
    if result.problems:
        return result
    for number, cells in table.rows:
        member = _member(number, cells, columns, result)
        if member is not None:
            result.members.append(member)
            result.rows.append(number)
    return result


def _columns(header: tuple[Any, ...], problems: list[Problem]) -> dict[int, str]:
    """Column index → the key it fills; unknown, doubled and missing headers are problems."""
    columns: dict[int, str] = {}
    for index, raw in enumerate(header):
        text = "" if raw is None else str(raw).strip()
        key = text if text.startswith("x-") else HEADERS.get(kindalias.words(text).replace(" ", ""))
        where = {"column": column_letter(index), "header": text}
        if not text:
            continue
        if key is None:
            params = {**where, "allowed": list(FIELDS), "suggest": text, "suggest_from": FIELDS}
            problems.append(Problem("import.unknown_header", params, 1, index + 1))
        elif key in columns.values():
            problems.append(Problem("import.double_header", where, 1, index + 1))
        else:
            columns[index] = key
    for key in REQUIRED:
        if key not in columns.values():
            problems.append(Problem("import.missing_header", {"header": key.capitalize()}, 1, 1))
    return columns


def _member(
    number: int, cells: tuple[Any, ...], columns: dict[int, str], result: Imported
) -> dict[str, Any] | None:
    values = {key: cells[index] for index, key in columns.items() if index < len(cells)}
    if not any(_text(v) for v in values.values()):
        return None  # a row with data only in ignored columns
    member: dict[str, Any] = {}
    for index, key in columns.items():
        value = cells[index] if index < len(cells) else None
        if not _text(value):
            if key in REQUIRED:
                where = {"column": column_letter(index), "header": key.capitalize()}
                result.problems.append(Problem("import.cell_missing", where, number, index + 1))
            continue
        try:
            member[key] = _convert(key, value, result.mapped)
        except CellError as exc:
            params = {"column": column_letter(index), "header": key, **exc.params}
            result.problems.append(Problem(exc.code, params, number, index + 1))
    return {key: member[key] for key in (*FIELDS, *sorted(member)) if key in member}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _convert(key: str, value: Any, mapped: dict[str, str]) -> Any:
    if key.startswith("x-"):
        return _own(value)
    if key == "art":
        return _kind(value, mapped)
    convert: Callable[[Any], Any] = CONVERTERS.get(key, _text)
    return convert(value)


def _own(value: Any) -> Any:
    """A value of the user's own column, kept as a number, date or text."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, (int, float, dt.date)) else _text(value)


def _kind(value: Any, mapped: dict[str, str]) -> str:
    text = _text(value)
    kind = kindalias.kind_for(text)
    if kind is None:
        names = kindalias.accepted_names()
        raise CellError("import.kind", found=text, suggest=text, suggest_from=names)
    if text != kind:
        mapped[text] = kind
    return kind


def _side(value: Any) -> str:
    text = kindalias.words(_text(value)).replace(" ", "")
    for prefix, side in SIDES.items():
        if text.startswith(prefix):
            return side
    raise CellError("import.side", found=_text(value), allowed=list(SIDES))


def _count(value: Any) -> int:
    """A whole number ≥ 0; ``23.718`` and ``23 718`` are German thousands separators."""
    if isinstance(value, bool):
        raise CellError("import.number", found=str(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = re.sub(r"[.\s\u00a0\u202f']", "", _text(value))
        if not text.isdecimal() or not text.isascii():
            raise CellError("import.number", found=_text(value))
        number = int(text)
    if number < 0:
        raise CellError("import.number", found=_text(value))
    return number


def _date(value: Any) -> dt.date:
    """TT.MM.JJJJ, JJJJ-MM-TT, a date cell, or an Excel date number (days since 1899-12-30)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    try:
        if isinstance(value, (int, float)) or text.isdecimal():
            return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
        german = _GERMAN_DATE.fullmatch(text)
        if german:
            day, month, year = (int(part) for part in german.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text) if len(text) == 10 else _no_date(text)
    except (ValueError, OverflowError):
        return _no_date(text)


def _no_date(text: str) -> dt.date:
    raise CellError("import.date", found=text)


def _key(digits: int) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        text = _text(value)
        if not (text.isdecimal() and text.isascii() and len(text) == digits):
            raise CellError("import.gemeindeschluessel", found=text)
        return text

    return convert


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "seite": _side,
    "stimmen": _count,
    "einwohner": _count,
    "seit": _date,
    "bis": _date,
    "einwohner_stand": _date,
    "mitwirkungserklaerung": _date,
    "gemeindeschluessel": _key(8),
}
