"""Build mitglieder-mittelsachsen.xlsx from the CSV beside it, as an officer's Excel file would be.

Dates become Excel date cells, counts become number cells, everything else stays text.
Run after changing the CSV and commit both files:

    python examples/mitglieder/make_xlsx.py

``fkcheck import`` of either file gives the members of examples/01-erfuellt.yaml
(tests/test_import.py checks that).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
NAME = "mitglieder-mittelsachsen"
FIXED_TIME = dt.datetime(2026, 1, 1)  # the workbook's own timestamps: reproducible bytes


def cell(text: str) -> Any:
    german_date = re.fullmatch(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})", text)
    if german_date:
        day, month, year = (int(part) for part in german_date.groups())
        return dt.datetime(year, month, day)
    if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})*", text) and len(text) < 8:
        return int(text.replace(".", ""))
    return text or None


def main() -> None:
    with (HERE / f"{NAME}.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Mitglieder"
    for row in rows:
        sheet.append([cell(text) for text in row])
    for column in ("F", "G", "I", "K"):  # Seit, Bis, Einwohner Stand, Mitwirkungserklärung
        for (date_cell,) in sheet[f"{column}2:{column}{len(rows)}"]:
            date_cell.number_format = "DD.MM.YYYY"
    book.properties.created = book.properties.modified = FIXED_TIME
    book.save(HERE / f"{NAME}.xlsx")


if __name__ == "__main__":
    main()
