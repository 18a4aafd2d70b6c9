"""What the user almost wrote: near-miss values and the everyday names of member kinds.

File values are keywords: lower case, ``_`` between words, ``ae``/``oe``/``ue``/``ss``
for umlauts (``kreisfreie_stadt``, ``agentur_fuer_arbeit``). An officer writes
``Kreisfreie Stadt``, ``agentur_für_arbeit`` or ``IHK``; each gets the exact keyword
to write instead.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def keyword_form(text: str) -> str:
    """``Kreisfreie Stadt`` → ``kreisfreiestadt``: case, spaces, hyphens, underscores and
    umlaut spellings do not count."""
    return re.sub(r"[\s_\-]+", "", text.casefold().translate(_UMLAUTS))


def near_miss(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed value that ``value`` spells differently only in case, spaces, hyphens or
    umlauts (``Landkreis`` → ``landkreis``); None when it is exact or nothing is that close."""
    wanted = keyword_form(value)
    for choice in allowed:
        if choice != value and keyword_form(choice) == wanted:
            return choice
    return None


def kind_for(name: str, kinds: Iterable[str]) -> str | None:
    """The member kind an everyday name stands for (``IHK Chemnitz`` → the chamber), or None.

    The names are those of ``fkcheck import`` (:mod:`fkcheck.kindalias`): one table.
    """
    from fkcheck import kindalias  # imports the model, which uses this module

    kind = kindalias.kind_for(name, sure=True)
    return kind if kind in set(kinds) else None


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
