"""Keep the legal quotes of a rule pack verbatim.

The kept copy of the Richtlinie (``rules/quellen/fachkraefterichtlinie.md``) has one
line per Ziffer, Nummer and Buchstabe. A quote is verbatim when each of its fragments
(split at "…", which marks an omission) occurs, in order, inside the text of the place
it cites: ``D.I.2.b`` may quote the lead-in of Nummer 2 and its Buchstabe b, but not
another Nummer. Whitespace and line breaks do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fkcheck.citations import parse_short
from fkcheck.rulepack import RulePack

OMISSION = "…"
_ROMAN_LINE = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\. ", re.MULTILINE)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _block(lines: list[str], start: re.Pattern[str], stop: re.Pattern[str]) -> list[str] | None:
    """The lines from the first that matches ``start`` up to the next that matches ``stop``."""
    for index, line in enumerate(lines):
        if start.match(line):
            end = next((j for j in range(index + 1, len(lines)) if stop.match(lines[j])), None)
            return lines[index:end]
    return None


def scope(law: str, short: str) -> str | None:
    """The text of the Ziffer (or, when the citation names one, the Nummer) cited by
    ``short``; None when the law has no such place."""
    match = parse_short(short)
    if match is None:
        return None
    lines = law.splitlines()
    part = _block(lines, re.compile(rf"## {match['part']}\. "), re.compile(r"## "))
    if part is None:
        return None
    section = _block(part, re.compile(rf"{match['section']}\. "), _ROMAN_LINE)
    if section is None or match["number"] is None:
        return _flat("\n".join(section)) if section else None
    number = _block(section, re.compile(rf"\s*{match['number']}\. "), re.compile(r"\s*[0-9]+\. "))
    if number is None:
        return None
    if match["letter"] and not any(
        line.strip().startswith(f"{match['letter']})") for line in number
    ):
        return None
    return _flat("\n".join(number))


def quote_found(quote: str, text: str) -> bool:
    """Each fragment of ``quote`` occurs in ``text``, in order, none overlapping."""
    position = 0
    for fragment in (_flat(f) for f in quote.split(OMISSION)):
        if not fragment:
            continue
        found = text.find(fragment, position)
        if found < 0:
            return False
        position = found + len(fragment)
    return True


def problems(pack: RulePack, law: str) -> Iterator[str]:
    """Every rule citation of the pack's Richtlinie that is not quoted verbatim from ``law``."""
    for rule in pack.rules:
        for citation in rule.citation.citations:
            if citation.dokument is not None:
                continue
            text = scope(law, citation.stelle)
            if text is None:
                yield f"{rule.id}: {citation.stelle} is not a place in the Richtlinie"
            elif not citation.wortlaut:
                yield f"{rule.id}: {citation.stelle} has no verbatim quote (wortlaut)"
            elif not quote_found(citation.wortlaut, text):
                yield f"{rule.id}: the quote of {citation.stelle} is not in its text"
