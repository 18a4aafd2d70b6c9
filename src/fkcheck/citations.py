"""Citations of the Richtlinie in its own form, and the legal basis of a rule.

The Fachkräfterichtlinie cites itself as "Großbuchstabe D Ziffer I Nummer 2 Buchstabe b",
written short as ``D.I.2.b``. A rule pack writes the short form; reports show it beside
the rule id, and the long form (with the Richtlinie's name and dates, taken from the
pack's ``richtlinie`` block) where a citation must stand on its own: HTML, JSON, SARIF.
A citation of another document (a data source, a Geschäftsordnung) is free text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fkcheck.i18n import Lang, fmt

# Großbuchstabe . Ziffer [. Nummer [. Buchstabe]] [Satz n]
SHORT_FORM = re.compile(
    r"(?P<part>[A-Z])\.(?P<section>[IVX]+)(?:\.(?P<number>[1-9][0-9]?)"
    r"(?:\.(?P<letter>[a-z]))?)?(?: Satz (?P<sentence>[1-9]))?"
)
_WORDS: dict[Lang, tuple[str, ...]] = {
    "de": ("Großbuchstabe", "Ziffer", "Nummer", "Buchstabe", "Satz"),
    "en": ("Part", "Section", "No.", "letter", "sentence"),
}


def parse_short(text: str) -> re.Match[str] | None:
    """The parts of a short citation (``D.I.2.b``, ``D.I.3 Satz 2``), or None."""
    return SHORT_FORM.fullmatch(text)


def long_place(short: str, lang: Lang) -> str:
    """``D.I.2.b`` → 'Großbuchstabe D Ziffer I Nummer 2 Buchstabe b'."""
    match = parse_short(short)
    if match is None:
        return short
    names = ("part", "section", "number", "letter", "sentence")
    words = _WORDS[lang]
    return " ".join(
        f"{word} {match[name]}" for word, name in zip(words, names, strict=True) if match[name]
    )


def law_title(richtlinie: Mapping[str, Any], lang: Lang) -> str:
    """'Fachkräfterichtlinie vom 30.04.2019, zuletzt geändert am 13.06.2023'."""
    name = str(richtlinie.get("kurztitel", ""))
    issued, amended = richtlinie.get("fassung"), richtlinie.get("geaendert")
    words = ("vom", "zuletzt geändert am") if lang == "de" else ("of", "last amended on")
    text = f"{name} {words[0]} {fmt(_date(issued), lang)}" if issued else name
    return f"{text}, {words[1]} {fmt(_date(amended), lang)}" if amended else text


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class Citation:
    """One place a rule rests on: in the pack's Richtlinie (``dokument`` None) or elsewhere."""

    stelle: str
    dokument: str | None = None
    wortlaut: str | None = None  # verbatim quote; omissions marked with "…"
    fassung: dt.date | None = None  # only for other documents (the old pack format)
    # how reports name another document's place beside the rule id: one text or {de, en}
    kurz: str | Mapping[str, str] | None = None

    def short(self, lang: Lang | None = None) -> str:
        """The place as the Richtlinie cites it ('D.I.3 Satz 2'); for an English reader
        (``lang`` 'en') the sentence is named in English ('D.I.3 sentence 2')."""
        if isinstance(self.kurz, Mapping):
            return str(self.kurz.get(lang or "de") or self.kurz["de"])
        if self.kurz:
            return self.kurz
        match = parse_short(self.stelle) if lang == "en" and self.dokument is None else None
        if match is None or not match["sentence"]:
            return self.stelle
        return self.stelle.replace(" Satz ", f" {_WORDS['en'][4]} ")


@dataclass(frozen=True)
class LegalBasis:
    """All citations of a rule, with the law they refer to."""

    citations: tuple[Citation, ...]
    law: Mapping[str, Any]

    @property
    def dokument(self) -> str:
        """The cited document's short title (a tag for code-scanning tools)."""
        first = self.citations[0]
        return first.dokument or str(self.law.get("kurztitel", ""))

    def short(self, lang: Lang | None = None) -> str:
        """'D.I.4, G.I.2, H.I' — shown beside the rule id (see :meth:`Citation.short`)."""
        return ", ".join(c.short(lang) for c in self.citations)

    def render(self, lang: Lang) -> str:
        """The long form: the law's name and dates, then every place in its own words."""
        own = [c for c in self.citations if c.dokument is None]
        parts = []
        if own:
            places = "; ".join(long_place(c.stelle, lang) for c in own)
            parts.append(f"{law_title(self.law, lang)}, {places}")
        for c in self.citations:
            if c.dokument is not None:
                version = "i. d. F. vom" if lang == "de" else "as amended on"
                dated = f" {version} {fmt(c.fassung, lang)}" if c.fassung else ""
                parts.append(f"{c.dokument}{dated} – {c.stelle}")
        return "; ".join(parts)

    def legal_text(self) -> str:
        """The quotes, each led by its place when there are several."""
        quoted = [c for c in self.citations if c.wortlaut]
        if len(quoted) == 1:
            return str(quoted[0].wortlaut)
        return "\n".join(f"{c.short()}: {c.wortlaut}" for c in quoted)
