"""Free-text member kinds ("IHK", "DGB Region …", "Große Kreisstadt") → the file's keywords.

A member list kept in a spreadsheet names kinds the way officers speak. The table below
is data: an everyday name (matched at the start of the text, ignoring case, punctuation
and umlaut spellings, as whole words) and the kind it stands for. Each kind's own keyword
matches too (``agentur_fuer_arbeit``, "Agentur für Arbeit"); the longest match wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from fkcheck.model import MEMBER_KINDS

KIND_ALIASES: Mapping[str, str] = {
    "Landratsamt": "landkreis",
    "Kreisverwaltung": "landkreis",
    "Stadt": "kreisangehoerige_stadt",
    "Große Kreisstadt": "kreisangehoerige_stadt",
    "Kreisstadt": "kreisangehoerige_stadt",
    "Universitätsstadt": "kreisangehoerige_stadt",
    "Gemeinde": "kommune",
    "Arbeitgebervereinigung": "arbeitgeberverband",
    "Unternehmerverband": "unternehmensverband",
    "Wirtschaftsverband": "unternehmensverband",
    "IHK": "industrie_und_handelskammer",
    "Industrie- und Handelskammer": "industrie_und_handelskammer",
    "HWK": "handwerkskammer",
    "Firma": "unternehmen",
    "DGB": "gewerkschaft",
    "ver.di": "gewerkschaft",
    "IG Metall": "gewerkschaft",
    "IG BCE": "gewerkschaft",
    "IG BAU": "gewerkschaft",
    "NGG": "gewerkschaft",
    "GEW": "gewerkschaft",
    "EVG": "gewerkschaft",
    "Arbeitsagentur": "agentur_fuer_arbeit",
    "Bundesagentur für Arbeit": "agentur_fuer_arbeit",
    "LaSuB": "schulverwaltung",
    "Landesamt für Schule und Bildung": "schulverwaltung",
    "Schulamt": "schulverwaltung",
    "Oberschule": "schule",
    "Gymnasium": "schule",
    "Berufsschule": "schule",
    "Berufliches Schulzentrum": "schule",
    "BSZ": "schule",
    "SCHULEWIRTSCHAFT": "schule_wirtschaft",
    "Arbeitskreis Schule-Wirtschaft": "schule_wirtschaft",
    "Arbeitskreis SCHULEWIRTSCHAFT": "schule_wirtschaft",
    "WFG": "wirtschaftsfoerderung",
    "Wirtschaftsförderungsgesellschaft": "wirtschaftsfoerderung",
    "Migrationsbeirat": "migrationsvertretung",
    "Integrationsbeirat": "migrationsvertretung",
    "Ausländerbeirat": "migrationsvertretung",
    "Migrantenorganisation": "migrationsvertretung",
    "TU": "universitaet",
    "Technische Universität": "universitaet",
    "Fachhochschule": "hochschule",
    "HTW": "hochschule",
    "Westsächsische Hochschule": "hochschule",
    "BA Sachsen": "berufsakademie",
    "Gleichstellungsbeauftragter": "gleichstellungsbeauftragte",
    "Bildungswerk": "bildungstraeger",
    "Caritas": "wohlfahrtsverband",
    "Diakonie": "wohlfahrtsverband",
    "AWO": "wohlfahrtsverband",
    "DRK": "wohlfahrtsverband",
    "Sonstiges": "sonstige",
}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def words(text: str) -> str:
    """``Agentur für Arbeit`` and ``agentur_fuer_arbeit`` → ``agentur fuer arbeit``."""
    return " ".join(re.split(r"[^0-9a-z]+", text.casefold().translate(_UMLAUTS))).strip()


# Names that ``import`` takes (and says so), but a "did you mean" does not offer: "Stadt X"
# may be a town of the Landkreis or a Kreisfreie Stadt itself.
UNSURE = frozenset({"Stadt"})


def _names(*, sure: bool) -> dict[str, str]:
    names = {words(kind): kind for kind in MEMBER_KINDS}
    aliases = {a: k for a, k in KIND_ALIASES.items() if not (sure and a in UNSURE)}
    names.update({words(alias): kind for alias, kind in aliases.items()})
    return names


NAMES = _names(sure=False)  # normalised everyday name or keyword → kind
SURE_NAMES = _names(sure=True)


def kind_for(text: str, *, sure: bool = False) -> str | None:
    """The kind ``text`` names (``DGB Region Südwestsachsen`` → gewerkschaft), or None.

    ``sure``: leave out names that may stand for more than one kind (for suggestions).
    """
    wanted = words(text)
    matches = [
        (len(name), kind)
        for name, kind in (SURE_NAMES if sure else NAMES).items()
        if wanted == name or wanted.startswith(name + " ")
    ]
    return max(matches)[1] if matches else None


def accepted_names() -> list[str]:
    """Everything a kind column may say, for "did you mean": the keywords, then the aliases."""
    return [*MEMBER_KINDS, *KIND_ALIASES]
