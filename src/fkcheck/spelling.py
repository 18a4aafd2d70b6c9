"""What the user almost wrote: near-miss values and the everyday names of member kinds.

File values are keywords: lower case, ``_`` between words, ``ae``/``oe``/``ue``/``ss``
for umlauts (``kreisfreie_stadt``, ``agentur_fuer_arbeit``). An officer writes
``Kreisfreie Stadt``, ``agentur_für_arbeit`` or ``IHK``; each gets the exact keyword
to write instead.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

# Everyday names of member kinds (SPEC §3), matched at the start of a value and
# ignoring case, spaces and punctuation ("DGB Region Südwestsachsen" → gewerkschaft).
# Each kind's own keyword is matched the same way ("Berufsakademie Sachsen",
# "Universität Leipzig"); the longest match wins.
KIND_ALIASES: Mapping[str, str] = {
    "IHK": "industrie_und_handelskammer",
    "Industrie- und Handelskammer": "industrie_und_handelskammer",
    "HWK": "handwerkskammer",
    "DGB": "gewerkschaft",
    "ver.di": "gewerkschaft",
    "IG Metall": "gewerkschaft",
    "IG BCE": "gewerkschaft",
    "Jobcenter": "jobcenter",
    "Arbeitsagentur": "agentur_fuer_arbeit",
    "Agentur für Arbeit": "agentur_fuer_arbeit",
    "Bundesagentur für Arbeit": "agentur_fuer_arbeit",
    "LaSuB": "schulverwaltung",
    "Landesamt für Schule und Bildung": "schulverwaltung",
    "SCHULEWIRTSCHAFT": "schule_wirtschaft",
    "Arbeitskreis Schule-Wirtschaft": "schule_wirtschaft",
    "Landratsamt": "landkreis",
    "Kreisverwaltung": "landkreis",
    "Technische Universität": "universitaet",
    "Fachhochschule": "hochschule",
}


def keyword_form(text: str) -> str:
    """``Kreisfreie Stadt`` → ``kreisfreiestadt``: case, spaces, hyphens, underscores and
    umlaut spellings do not count."""
    return re.sub(r"[\s_\-]+", "", text.casefold().translate(_UMLAUTS))


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.casefold().translate(_UMLAUTS))


def near_miss(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed value that ``value`` spells differently only in case, spaces, hyphens or
    umlauts (``Landkreis`` → ``landkreis``); None when it is exact or nothing is that close."""
    wanted = keyword_form(value)
    for choice in allowed:
        if choice != value and keyword_form(choice) == wanted:
            return choice
    return None


def kind_for(name: str, kinds: Iterable[str]) -> str | None:
    """The member kind an everyday name stands for (``IHK Chemnitz`` → the chamber), or None."""
    text = _squash(name)
    known = set(kinds)
    names = {**{k: k for k in known}, **KIND_ALIASES}
    matches = [
        (len(_squash(alias)), kind)
        for alias, kind in names.items()
        if kind in known and _squash(alias) and text.startswith(_squash(alias))
    ]
    return max(matches)[1] if matches else None


def suggest(word: str, choices: Iterable[str], *, kinds: bool = False) -> str | None:
    """The best guess of what ``word`` was meant to be among ``choices``: a near miss, then
    (for member kinds) an everyday name, then a close spelling."""
    options = list(choices)
    exact = near_miss(word, options)
    if exact is not None:
        return exact
    if kinds:
        kind = kind_for(word, options)
        if kind is not None:
            return kind
    lowered = {c.lower(): c for c in options}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None
