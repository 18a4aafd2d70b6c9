"""User-facing texts in German (authoritative) and English, keyed by stable ids.

Rule texts live in the rule pack; this catalogue holds everything else a user
reads: input errors, report labels, verdicts.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fkcheck.messages import LABELS, MESSAGES, OS_REASONS_DE, VALUE_LABELS
from fkcheck.spelling import suggest

Lang = Literal["de", "en"]
LANGS: tuple[Lang, ...] = ("de", "en")


# German renderings of the YAML parser's most common complaints.
_SYNTAX_DE = {
    "mapping values are not allowed here": "Doppelpunkt an dieser Stelle nicht erlaubt "
    "(Einrückung prüfen oder den Text in Anführungszeichen setzen)",
    "mapping values are not allowed in this context": "Doppelpunkt an dieser Stelle nicht "
    "erlaubt (Einrückung prüfen oder den Text in Anführungszeichen setzen)",
    "could not find expected ':'": "erwarteter Doppelpunkt ':' fehlt",
    "did not find expected key": "Einrückung passt nicht: hier wird ein Schlüssel erwartet",
    "did not find expected node content": "hier fehlt ein Wert",
    "did not find expected ',' or ']'": "erwartet ',' oder ']' (Liste nicht geschlossen?)",
    "did not find expected ',' or '}'": "erwartet ',' oder '}' (Abschnitt nicht geschlossen?)",
    "found character that cannot start any token": "dieses Zeichen kann keinen Wert beginnen "
    "(z. B. @, ` oder ein Tabulator); Text mit solchen Zeichen in Anführungszeichen setzen, "
    "zum Einrücken Leerzeichen verwenden",
    "found duplicate %YAML directive": "die Angabe %YAML steht mehrfach in der Datei",
    "found incompatible YAML document": "YAML-Version wird nicht unterstützt (erlaubt: 1.x)",
    "found undefined tag handle": "unbekanntes Tag-Kürzel (Tags sind ohnehin nicht erlaubt)",
    "did not find expected hexdecimal number": "unvollständige Escape-Sequenz "
    "(nach \\x, \\u oder \\U folgen Hexadezimalziffern)",
    "did not find expected <document start>": "hier wird der Beginn eines Dokuments ('---') "
    "erwartet",
    "found unexpected ':'": "unerwarteter Doppelpunkt (Text in Anführungszeichen setzen)",
    "did not find URI escaped octet": "ungültige %-Kodierung in einem Tag",
    "found unexpected end of stream": "Datei endet unerwartet (Anführungszeichen nicht geschlossen?)",
    "found undefined alias": "Verweis auf einen unbekannten Anker",
    "did not find expected '-' indicator": "Einrückung passt nicht: hier wird ein "
    "Listeneintrag '- ' erwartet",
    "found unknown escape character": "unbekannte Escape-Sequenz in Anführungszeichen",
    "block sequence entries are not allowed here": "Listeneintrag '- ' ist hier nicht erlaubt "
    "(Einrückung prüfen)",
    "did not find expected comment or line break": "unerwarteter Text nach dem Wert",
    "found a tab character that violates indentation": "Tabulatorzeichen in der Einrückung; "
    "bitte Leerzeichen verwenden",
}

TYPE_NAMES: dict[str, dict[str, str]] = {
    "str": {"de": "Text", "en": "text"},
    "int": {"de": "ganze Zahl", "en": "integer"},
    "float": {"de": "Kommazahl", "en": "decimal number"},
    "number": {"de": "Zahl", "en": "number"},
    "bool": {"de": "Wahrheitswert (true/false)", "en": "boolean (true/false)"},
    "none": {"de": "leerer Wert", "en": "empty value"},
    "list": {"de": "Liste", "en": "list"},
    "dict": {"de": "Abschnitt (Schlüssel: Wert)", "en": "mapping (key: value)"},
    "date": {"de": "Datum (JJJJ-MM-TT)", "en": "date (YYYY-MM-DD)"},
}


def type_name(value: Any) -> str:
    """The catalogue key of a loaded YAML value's type."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dt.date):
        return "date"
    for key, types in (("int", int), ("float", float), ("str", str), ("list", list)):
        if isinstance(value, types):
            return key
    return "dict"


def show_value(value: Any) -> str:
    """A short rendering of a found value in YAML spelling; '' for collections and null."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def did_you_mean(word: str, choices: Iterable[str], lang: Lang, *, kinds: bool = False) -> str:
    """A " Meinten Sie '…'?" sentence, or '' when nothing is close (see :mod:`spelling`)."""
    return hint(suggest(word, choices, kinds=kinds), lang)


def hint(suggestion: str | None, lang: Lang) -> str:
    if suggestion is None:
        return ""
    return f" Meinten Sie '{suggestion}'?" if lang == "de" else f" Did you mean '{suggestion}'?"


def fmt(value: Any, lang: Lang) -> str:
    """Render a fact for a message: German dates, lists joined with commas."""
    if isinstance(value, dt.date):
        return (
            f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
            if lang == "de"
            else value.isoformat()
        )
    if hasattr(value, "render"):  # structured facts render themselves (checks.Membership)
        return str(value.render(lang))
    if isinstance(value, (list, tuple)):
        return ", ".join(fmt(v, lang) for v in value) if value else "—"
    if isinstance(value, bool):
        return ("ja" if value else "nein") if lang == "de" else ("yes" if value else "no")
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{round(value, 2):g}"
        return text.replace(".", ",") if lang == "de" else text
    return str(value)


def t(code: str, lang: Lang, params: Mapping[str, Any] | None = None) -> str:
    """Render catalogue message ``code`` with ``params`` in ``lang``."""
    entry = MESSAGES.get(code) or MESSAGES["input.invalid"]
    return render(entry[lang], _prepare(dict(params or {}), lang), lang)


def _prepare(params: dict[str, Any], lang: Lang) -> dict[str, str]:
    """Derive the display values that several messages share from raw problem params."""
    if "errno" in params:
        number = params.pop("errno")
        if lang == "de" and number in OS_REASONS_DE:
            params["reason"] = OS_REASONS_DE[number]
    if "suggest_from" in params:
        params["hint"] = did_you_mean(
            str(params.pop("suggest", "")),
            params.pop("suggest_from"),
            lang,
            kinds=bool(params.pop("suggest_kinds", False)),
        )
    if "expected_type" in params:
        params["expected"] = TYPE_NAMES[params.pop("expected_type")][lang]
        found_type = TYPE_NAMES[params.pop("found_type")][lang]
        shown = params.get("found")
        params["found"] = f"{found_type} ({shown})" if shown else found_type
    elif "found_type" in params:
        params["found"] = TYPE_NAMES[params.pop("found_type")][lang]
    elif params.get("found") == "":
        params["found"] = "(leer)" if lang == "de" else "(empty)"
    if "detail" in params:
        detail = str(params["detail"])
        params["detail_de"] = _SYNTAX_DE.get(detail, detail)
    return {k: fmt(v, lang) for k, v in params.items()}


def render(template: str, facts: Mapping[str, Any], lang: Lang) -> str:
    """Fill ``{name}`` placeholders with facts formatted for ``lang``.

    Only plain names are substituted: format specs are ignored, so a template from an
    untrusted pack cannot allocate without bound or reach attributes. The one conversion
    is ``{x!r}``: the raw value as written in the file (``kreisfreie_stadt``), for texts
    that tell the officer what to type; without it a :class:`Code` shows its label.
    Unknown names stay as written; a malformed template is shown as is.
    """
    try:
        parts = _parse(template)
    except ValueError:
        return template
    out = []
    for literal, name, _spec, conversion in parts:
        out.append(literal)
        if name is not None:
            if name not in facts:
                out.append("{" + name + "}")
            else:
                value = raw(facts[name]) if conversion == "r" else facts[name]
                out.append(fmt(value, lang))
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _parse(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """A template's parts, parsed once: a 1,000-file report renders the same few hundred."""
    return tuple(string.Formatter().parse(template))


# --- values of the file format, shown by their labels -------------------------------------


@dataclass(frozen=True)
class Code:
    """A value of the file format (``kreisfreie_stadt``) as a fact: reports show its label
    ("Kreisfreie Stadt"), JSON keeps the value; a value without a label shows as is."""

    domain: str
    value: str

    def render(self, lang: Lang) -> str:
        return value_label(self.domain, self.value, lang)

    def as_json(self) -> str:
        return self.value


def value_label(domain: str, value: str, lang: Lang) -> str:
    """The display label of a file value, e.g. ('seite', 'arbeitnehmer') → 'Arbeitnehmerseite'."""
    entry = VALUE_LABELS.get(domain, {}).get(value)
    return entry[lang] if entry else value


def coded(field: str, value: Any) -> Any:
    """Wrap the text value(s) of field path ``field`` as :class:`Code` when its last key
    names a labelled domain (``allianz.gebiet.art`` → ``art``); anything else as is."""
    domain = field.rpartition(".")[2].removesuffix("[]")
    if domain not in VALUE_LABELS:
        return value
    if isinstance(value, list):
        return [coded(field, v) for v in value]
    return Code(domain, value) if isinstance(value, str) else value


def raw(value: Any) -> Any:
    """The file's own spelling of a fact: a :class:`Code`'s value, element-wise for lists."""
    if isinstance(value, Code):
        return value.value
    if isinstance(value, (list, tuple)):
        return [raw(v) for v in value]
    return value


def label(key: str, lang: Lang) -> str:
    return LABELS[key][lang]


_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str], bool]] = {
    # kind: (German singular, plural), (English singular, plural), "not met" follows
    "muss": (
        ("Muss-Vorgabe", "Muss-Vorgaben"),
        ("mandatory requirement", "mandatory requirements"),
        True,
    ),
    "soll": (
        ("Soll-Vorgabe", "Soll-Vorgaben"),
        ("recommended requirement", "recommended requirements"),
        True,
    ),
    "plausibilitaet": (
        ("Plausibilitätshinweis", "Plausibilitätshinweise"),
        ("plausibility note", "plausibility notes"),
        False,
    ),
    "reminder": (
        ("Fristerinnerung", "Fristerinnerungen"),
        ("deadline reminder", "deadline reminders"),
        False,
    ),
    "input": (("Eingabefehler", "Eingabefehler"), ("input error", "input errors"), False),
}


def count_phrase(n: int, kind: str, lang: Lang) -> str:
    """'2 Muss-Vorgaben nicht erfüllt', '1 Fristerinnerung' and friends, with correct plurals."""
    de, en, not_met = _COUNTED[kind]
    words = de if lang == "de" else en
    noun = words[0] if n == 1 else words[1]
    if not_met:
        tail = " nicht erfüllt" if lang == "de" else " not met"
        return f"{n} {noun}{tail}"
    return f"{n} {noun}"
