"""The alliance file, format version 1, as pydantic models.

Field names are the file's keys (German, ASCII-transliterated). Models are
strict and frozen: a value of the wrong type is an input error, never coerced
silently. Keys starting with ``x-`` are the user's own and are dropped before
validation (:func:`fkcheck.document.without_user_keys`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from fkcheck.spelling import near_miss

MEMBER_KINDS = (
    "landkreis",
    "kreisfreie_stadt",
    "kreisangehoerige_stadt",
    "kommune",
    "arbeitgeberverband",
    "unternehmensverband",
    "industrie_und_handelskammer",
    "handwerkskammer",
    "kreishandwerkerschaft",
    "unternehmen",
    "gewerkschaft",
    "agentur_fuer_arbeit",
    "jobcenter",
    "schulverwaltung",
    "schule",
    "schule_wirtschaft",
    "wirtschaftsfoerderung",
    "migrationsvertretung",
    "universitaet",
    "hochschule",
    "berufsakademie",
    "gleichstellungsbeauftragte",
    "bildungstraeger",
    "wohlfahrtsverband",
    "sonstige",
)
MemberKind = Literal[
    "landkreis",
    "kreisfreie_stadt",
    "kreisangehoerige_stadt",
    "kommune",
    "arbeitgeberverband",
    "unternehmensverband",
    "industrie_und_handelskammer",
    "handwerkskammer",
    "kreishandwerkerschaft",
    "unternehmen",
    "gewerkschaft",
    "agentur_fuer_arbeit",
    "jobcenter",
    "schulverwaltung",
    "schule",
    "schule_wirtschaft",
    "wirtschaftsfoerderung",
    "migrationsvertretung",
    "universitaet",
    "hochschule",
    "berufsakademie",
    "gleichstellungsbeauftragte",
    "bildungstraeger",
    "wohlfahrtsverband",
    "sonstige",
]
assert get_args(MemberKind) == MEMBER_KINDS

Land = Literal[
    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"
]
TERRITORY_KINDS = ("landkreis", "kreisfreie_stadt")
Side = Literal["arbeitgeber", "arbeitnehmer", "neutral"]
Body = Literal["allianz", "kreistag", "stadtrat", "verwaltung"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: Any) -> Any:
    """Accept YAML dates and ``YYYY-MM-DD`` strings; nothing else."""
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("fk_date", "invalid date", {"found": value.isoformat()})
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("fk_date", "invalid date", {"found": repr(value)})


def _format_version(value: Any) -> Any:
    # Literal[1] would also accept True and 1.0 (they compare equal to 1).
    if type(value) is not int or value != 1:
        raise PydanticCustomError("fk_version", "unsupported version", {"found": value})
    return value


def _nonempty(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        raise PydanticCustomError("fk_nonempty", "must not be empty")
    return value


def _official_key(digits: int, error: str) -> Any:
    """An official key of ``digits`` digits, given as a string or (without leading zeros
    to lose, as every Saxon key starts with 14) as a YAML integer."""

    def validate(value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and not re.fullmatch(f"[0-9]{{{digits}}}", value):
            raise PydanticCustomError(error, "bad key", {"found": repr(value)})
        return value

    return validate


def _territory_kind(value: str) -> str:
    """Other text names a territory outside the scope (FRL-A.2 reports it); a near miss of
    ``landkreis`` or ``kreisfreie_stadt`` (``Landkreis``) is a typo, and an input error."""
    close = near_miss(value, TERRITORY_KINDS)
    if close is not None:
        raise PydanticCustomError("fk_near_miss", "near miss", {"suggestion": close})
    return value


def _key_schema(digits: int) -> WithJsonSchema:
    """What an editor should accept for an official key: the string or the bare number."""
    low, high = 10 ** (digits - 1), 10**digits - 1
    return WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": f"^[0-9]{{{digits}}}$"},
                {"type": "integer", "minimum": low, "maximum": high},
            ]
        }
    )


# WithJsonSchema: the JSON Schema (``fkcheck schema``) states what the validators accept.
Date = Annotated[
    dt.date, BeforeValidator(_date), WithJsonSchema({"type": "string", "format": "date"})
]
Text = Annotated[
    str, BeforeValidator(_nonempty), WithJsonSchema({"type": "string", "pattern": "\\S"})
]
Kreisschluessel = Annotated[
    str, BeforeValidator(_official_key(5, "fk_kreisschluessel")), _key_schema(5)
]
Gemeindeschluessel = Annotated[
    str, BeforeValidator(_official_key(8, "fk_gemeindeschluessel")), _key_schema(8)
]


class _Model(BaseModel):
    # Keys starting with ``x-`` never reach a model: document.without_user_keys drops them.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Gebiet(_Model):
    name: Text
    art: Annotated[Text, AfterValidator(_territory_kind)]
    kreisschluessel: Kreisschluessel | None = None


class Allianz(_Model):
    name: Text
    bundesland: Land
    gebiet: Gebiet
    gegruendet: Date | None = None
    geschaeftsfuehrung: Text | None = None


class Mitglied(_Model):
    id: Text | None = None
    name: Text
    art: MemberKind
    seite: Side | None = None
    stimmen: Annotated[int, Field(ge=0)] = 1
    seit: Date | None = None
    bis: Date | None = None
    einwohner: Annotated[int, Field(ge=0)] | None = None  # official population (D.I.2.b)
    einwohner_stand: Date | None = None  # the date that population figure refers to
    gemeindeschluessel: Gemeindeschluessel | None = None  # amtlicher Gemeindeschlüssel
    mitwirkungserklaerung: Date | None = None  # signed declaration of membership (H.II.2)

    def active_on(self, day: dt.date) -> bool:
        """Active at ``day``: ``seit`` absent or ≤ day, ``bis`` absent or ≥ day."""
        return (self.seit is None or self.seit <= day) and (self.bis is None or self.bis >= day)


class Beschluss(_Model):
    datum: Date
    gremium: Body
    fundstelle: Text | None = None


class Fortschreibung(_Model):
    datum: Date
    # Only an update the alliance adopts itself keeps the plan current (D.I.5, H.II.3).
    gremium: Body = "allianz"
    fundstelle: Text | None = None


class Inhalte(_Model):
    # Empty or null contents are not input errors: FRL-4.3..4.6 report them
    # with the legal reference, which helps the user more.
    ausgangslage: str | None = None
    aktivitaeten: str | None = None
    handlungsschwerpunkte: str | None = None
    ergebnisse: str | None = None


class Handlungskonzept(_Model):
    titel: Text | None = None
    beschluss: Beschluss
    # The alliance's very first plan: no measure has been funded yet, so it cannot
    # report results (FRL-4.6 does not apply until its first Fortschreibung).
    erstkonzept: bool = False
    fortschreibungen: list[Fortschreibung] = []
    inhalte: Inhalte | None = None


class Sitzung(_Model):
    """A meeting of the alliance (optional; for repository rule packs that require meetings)."""

    datum: Date
    fundstelle: Text | None = None


class Ausnahme(_Model):
    """A waiver: a known gap, accepted until ``bis`` for a stated reason (CI use)."""

    regel: Text
    begruendung: Text
    bis: Date
    genehmigt_durch: Text | None = None


class Dokument(_Model):
    """One alliance file."""

    version: Annotated[int, BeforeValidator(_format_version), WithJsonSchema({"const": 1})]
    allianz: Allianz
    mitglieder: list[Mitglied]
    handlungskonzept: Handlungskonzept | None = None
    sitzungen: list[Sitzung] = []
    ausnahmen: list[Ausnahme] = []


# The choices and allowed keys of every model, for "did you mean" suggestions.
MODELS: dict[str, type[_Model]] = {
    "": Dokument,
    "allianz": Allianz,
    "gebiet": Gebiet,
    "mitglieder": Mitglied,
    "handlungskonzept": Handlungskonzept,
    "beschluss": Beschluss,
    "fortschreibungen": Fortschreibung,
    "inhalte": Inhalte,
    "sitzungen": Sitzung,
    "ausnahmen": Ausnahme,
}
CHOICES: dict[str, tuple[str, ...]] = {
    "art": MEMBER_KINDS,
    "bundesland": get_args(Land),
    "seite": get_args(Side),
    "gremium": get_args(Body),
}
