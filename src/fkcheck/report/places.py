"""Places in an alliance file as people name them: "Zeile 14", "3. Mitglied »IHK Chemnitz«".

Tools keep ``path:line:col`` and ``mitglieder[2]`` (github, sarif, json); the officer's
reports say where to look in words, counting from 1.
"""

from __future__ import annotations

from fkcheck.errors import DocPath
from fkcheck.i18n import Lang, label
from fkcheck.messages import LABELS


def doc_place(path: DocPath, lang: Lang, subject: str | None = None) -> str:
    """``('mitglieder', 2, 'bis')`` → '3. Mitglied »IHK Chemnitz« › bis'.

    Keys stay as the file spells them (the officer edits the file); list entries are
    counted from 1 and named by the list they are in. ``subject`` names the member.
    """
    parts: list[str] = []
    keys: list[str] = []
    for index, part in enumerate(path):
        if not isinstance(part, int):
            keys.append(part)
            continue
        parent = str(path[index - 1]) if index else ""
        key = f"place.{parent}" if f"place.{parent}" in LABELS else "place.item"
        entry = label(key, lang).format(n=part + 1)
        if parent == "mitglieder" and subject:
            entry += f" »{subject}«"
        if key != "place.item" and keys and keys[-1] == parent:
            keys.pop()  # "3. Mitglied" already says "mitglieder"
        if keys:
            parts.append(".".join(keys))
        parts.append(entry)
        keys = []
    if keys:
        parts.append(".".join(keys))
    return " › ".join(parts)


def line_place(line: int | None, column: int | None = None, lang: Lang = "de") -> str:
    """'Zeile 14' (or 'Zeile 14, Spalte 3' where the column matters); '' without a line."""
    if line is None:
        return ""
    if column is not None and column > 1:
        return label("line_column", lang).format(n=line, c=column)
    return label("line", lang).format(n=line)


def where(
    line: int | None, column: int | None, path: DocPath, lang: Lang, subject: str | None = None
) -> str:
    """'Zeile 14 · 3. Mitglied »IHK Chemnitz« › bis': the line first, then the place."""
    found = [line_place(line, column, lang), doc_place(path, lang, subject)]
    return " · ".join(p for p in found if p)


def reference(name: str, line: int | None, column: int | None) -> str:
    """``file:line:col`` for tools and for copying into an editor."""
    if line is None:
        return name
    return f"{name}:{line}:{column or 1}"
