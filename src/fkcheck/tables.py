"""Read a spreadsheet (``.xlsx``) or a ``.csv`` file as rows of cell values.

CSV as Excel writes it on a German Windows: ``;`` between cells, UTF-8 with a byte order
mark or Windows-1252; ``,`` and tabs are recognised as well. In ``.xlsx`` files the first
worksheet is read, with computed values (never formulas) and dates as dates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from fkcheck import sources
from fkcheck.errors import InputError, Problem

MAX_BYTES = 16 * 1024 * 1024
MAX_ROWS = 100_000
DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    """The header row and the data rows; ``rows`` pairs each row's 1-based number with its cells."""

    header: tuple[Any, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read(path: Path) -> Table:
    """The table in ``path``; an unreadable file or unknown type is a located InputError."""
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise InputError([Problem("import.file_type", {"suffix": path.suffix or "—"})], str(path))
    raw = sources.read_bounded(path, MAX_BYTES)
    cells = _csv_rows(raw) if suffix == ".csv" else _xlsx_rows(raw, path)
    return _table(cells, path)


def _table(cells: Iterator[tuple[Any, ...]], path: Path) -> Table:
    numbered = []
    for number, row in enumerate(cells, start=1):
        if number > MAX_ROWS + 1:
            raise InputError([Problem("import.too_many_rows", {"limit": MAX_ROWS})], str(path))
        if any(_filled(value) for value in row):
            numbered.append((number, tuple(row)))
    if not numbered:
        raise InputError([Problem("import.empty", {}, 1, 1)], str(path))
    (_, header), *rows = numbered
    return Table(header, tuple(rows))


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _csv_rows(raw: bytes) -> Iterator[tuple[Any, ...]]:
    text = _decode(raw)
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield tuple(row)


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM); otherwise Windows-1252, Excel's "CSV" on German Windows."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _xlsx_rows(raw: bytes, path: Path) -> Iterator[tuple[Any, ...]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            rows = list(islice(book.worksheets[0].iter_rows(values_only=True), MAX_ROWS + 2))
        finally:
            book.close()
    except Exception as exc:  # a damaged or foreign file: openpyxl has no common error base
        problem = Problem("import.not_xlsx", {"detail": type(exc).__name__})
        raise InputError([problem], str(path)) from exc
    return iter(rows)
