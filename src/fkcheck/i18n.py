"""User-facing texts in German (authoritative) and English, keyed by stable ids.

Rule texts live in the rule pack; this catalogue holds everything else a user
reads: input errors, report labels, verdicts.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

Lang = Literal["de", "en"]
LANGS: tuple[Lang, ...] = ("de", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading and parsing ---------------------------------------------------
    "input.unreadable": {
        "de": "Datei kann nicht gelesen werden: {reason}",
        "en": "cannot read file: {reason}",
    },
    "input.not_found": {
        "de": "Datei oder Verzeichnis nicht gefunden",
        "en": "no such file or directory",
    },
    "input.not_regular": {
        "de": "keine gewöhnliche Datei (z. B. Gerät, Pipe oder Verzeichnis); nicht gelesen",
        "en": "not a regular file (e.g. a device, pipe or directory); not read",
    },
    "input.no_yaml_files": {
        "de": "Verzeichnis enthält keine *.yaml- oder *.yml-Dateien",
        "en": "directory contains no *.yaml or *.yml files",
    },
    "input.too_large": {
        "de": "Datei ist zu groß ({size} Bytes; erlaubt sind höchstens {limit} Bytes)",
        "en": "file is too large ({size} bytes; at most {limit} bytes are allowed)",
    },
    "input.binary": {
        "de": "Datei enthält Binärdaten (Null-Byte) und ist keine YAML-Textdatei",
        "en": "file contains binary data (a NUL byte) and is not a YAML text file",
    },
    "input.encoding": {
        "de": "ungültige Zeichenkodierung: Byte 0x{byte} ist kein gültiges {encoding}. "
        "Bitte die Datei als UTF-8 speichern.",
        "en": "invalid encoding: byte 0x{byte} is not valid {encoding}. Please save the file as UTF-8.",
    },
    "input.control_char": {
        "de": "unzulässiges Steuerzeichen {char} in der Datei",
        "en": "control character {char} is not allowed in the file",
    },
    "input.syntax": {
        "de": "YAML-Syntaxfehler: {detail_de}",
        "en": "YAML syntax error: {detail}",
    },
    "input.empty": {
        "de": "Datei ist leer; erwartet wird eine Allianz-Beschreibung (version, allianz, mitglieder)",
        "en": "file is empty; expected an alliance description (version, allianz, mitglieder)",
    },
    "input.multiple_documents": {
        "de": "mehr als ein YAML-Dokument in einer Datei ('---'); erlaubt ist genau eines",
        "en": "more than one YAML document in one file ('---'); exactly one is allowed",
    },
    "input.tag": {
        "de": "YAML-Tag {tag} ist nicht erlaubt; fkcheck erzeugt keine Objekte aus YAML",
        "en": "YAML tag {tag} is not allowed; fkcheck does not construct objects from YAML",
    },
    "input.tag_value": {
        "de": "Wert '{value}' passt nicht zum Tag {tag}",
        "en": "value '{value}' does not match tag {tag}",
    },
    "input.duplicate_key": {
        "de": "Schlüssel '{key}' kommt doppelt vor (zuerst in Zeile {first_line})",
        "en": "duplicate key '{key}' (first in line {first_line})",
    },
    "input.complex_key": {
        "de": "nur einfache Texte sind als Schlüssel erlaubt",
        "en": "only plain text is allowed as a key",
    },
    "input.merge": {
        "de": "'<<' (Zusammenführen) erwartet einen Abschnitt oder eine Liste von Abschnitten",
        "en": "'<<' (merge) expects a mapping or a list of mappings",
    },
    "input.unknown_alias": {
        "de": "Verweis *{anchor} auf einen unbekannten Anker",
        "en": "alias *{anchor} refers to an unknown anchor",
    },
    "input.alias_bomb": {
        "de": "zu viele Alias-Expansionen (mehr als {limit} Knoten); Datei wird nicht verarbeitet",
        "en": "too many alias expansions (more than {limit} nodes); file not processed",
    },
    "input.too_deep": {
        "de": "Verschachtelung zu tief (mehr als {limit} Ebenen)",
        "en": "nesting too deep (more than {limit} levels)",
    },
    # --- structure (file format v1) -----------------------------------------------
    "input.not_mapping": {
        "de": "erwartet wird ein Abschnitt mit Schlüsseln (version, allianz, mitglieder), "
        "gefunden: {found}",
        "en": "expected a mapping with keys (version, allianz, mitglieder), found: {found}",
    },
    "input.missing": {
        "de": "Pflichtangabe '{key}' fehlt",
        "en": "required key '{key}' is missing",
    },
    "input.unknown_key": {
        "de": "unbekannter Schlüssel '{key}'.{hint} Erlaubt: {allowed}. "
        "Eigene Angaben bitte mit 'x-' beginnen.",
        "en": "unknown key '{key}'.{hint} Allowed: {allowed}. Prefix your own data with 'x-'.",
    },
    "input.choice": {
        "de": "ungültiger Wert {found}.{hint} Erlaubt: {allowed}",
        "en": "invalid value {found}.{hint} Allowed: {allowed}",
    },
    "input.version": {
        "de": "Formatversion {found} wird nicht unterstützt; erwartet: version: 1",
        "en": "format version {found} is not supported; expected: version: 1",
    },
    "input.type": {
        "de": "erwartet: {expected}, gefunden: {found}",
        "en": "expected: {expected}, found: {found}",
    },
    "input.nonempty": {
        "de": "darf nicht leer sein",
        "en": "must not be empty",
    },
    "input.date": {
        "de": "ungültiges Datum {found}; erwartet: JJJJ-MM-TT (z. B. 2024-03-15)",
        "en": "invalid date {found}; expected: YYYY-MM-DD (e.g. 2024-03-15)",
    },
    "input.kreisschluessel": {
        "de": 'Kreisschlüssel {found} hat nicht genau 5 Ziffern (z. B. "14522")',
        "en": 'Kreisschlüssel {found} does not have exactly 5 digits (e.g. "14522")',
    },
    "input.min": {
        "de": "Wert {found} ist zu klein; erlaubt ist mindestens {limit}",
        "en": "value {found} is too small; the minimum is {limit}",
    },
    "input.duplicate_id": {
        "de": "Mitglieds-id '{id}' ist bereits vergeben (mitglieder[{first}])",
        "en": "member id '{id}' is already used (mitglieder[{first}])",
    },
    "input.unknown_member": {
        "de": "geschaeftsfuehrung nennt '{id}', aber kein Mitglied hat diese id.{hint}",
        "en": "geschaeftsfuehrung names '{id}', but no member has this id.{hint}",
    },
    "input.bis_before_seit": {
        "de": "bis ({bis}) liegt vor seit ({seit})",
        "en": "bis ({bis}) is before seit ({seit})",
    },
    "input.invalid": {
        "de": "ungültiger Wert: {detail}",
        "en": "invalid value: {detail}",
    },
    # --- rule packs and usage ----------------------------------------------------------
    "pack.invalid": {
        "de": "Regelpaket ungültig: {detail}",
        "en": "invalid rule pack: {detail}",
    },
    "pack.not_found": {
        "de": "Regelpaket '{name}' nicht gefunden (weder Datei noch eingebautes Paket).{hint}",
        "en": "rule pack '{name}' not found (neither a file nor a built-in pack).{hint}",
    },
    "pack.duplicate_id": {
        "de": "Regel-id '{id}' kommt mehrfach vor",
        "en": "rule id '{id}' occurs more than once",
    },
    "pack.unknown_check": {
        "de": "unbekannte Prüfung '{name}'.{hint} Verfügbar: {allowed}",
        "en": "unknown check '{name}'.{hint} Available: {allowed}",
    },
    "pack.placeholder": {
        "de": "Platzhalter {{{name}}} ist für die Prüfung '{check}' nicht bekannt. Verfügbar: {allowed}",
        "en": "placeholder {{{name}}} is not known for check '{check}'. Available: {allowed}",
    },
    "pack.template": {
        "de": "Textvorlage fehlerhaft: {detail}",
        "en": "malformed text template: {detail}",
    },
    "pack.unknown_kind": {
        "de": "unbekannte Mitgliedsart '{name}'.{hint}",
        "en": "unknown member kind '{name}'.{hint}",
    },
    "pack.bad_path": {
        "de": "Feldpfad '{name}' gibt es im Dateiformat nicht",
        "en": "field path '{name}' does not exist in the file format",
    },
    "usage.date": {
        "de": "ungültiges Datum für {option}: '{value}'; erwartet JJJJ-MM-TT",
        "en": "invalid date for {option}: '{value}'; expected YYYY-MM-DD",
    },
    "usage.output_is_input": {
        "de": "--output {path} ist zugleich eine Eingabedatei; sie wird nicht überschrieben",
        "en": "--output {path} is also an input file; it is not overwritten",
    },
    "usage.output_failed": {
        "de": "Bericht kann nicht geschrieben werden: {reason}",
        "en": "cannot write report: {reason}",
    },
    "usage.stdin_twice": {
        "de": "'-' (Standardeingabe) darf nur einmal angegeben werden",
        "en": "'-' (standard input) may be given only once",
    },
    "usage.pack_not_valid": {
        "de": "Hinweis: Das Regelpaket {pack} gilt vom {von} bis {bis}; der Stichtag {stichtag} "
        "liegt außerhalb. Ergebnisse bitte mit der für den Stichtag geltenden Fassung prüfen.",
        "en": "note: rule pack {pack} applies from {von} to {bis}; the reference date {stichtag} "
        "lies outside. Please check the results against the version in force at that date.",
    },
    "internal": {
        "de": "interner Fehler in fkcheck ({detail}); bitte melden. Mit FKCHECK_DEBUG=1 "
        "wird der technische Ablauf angezeigt.",
        "en": "internal error in fkcheck ({detail}); please report it. Set FKCHECK_DEBUG=1 "
        "for the technical trace.",
    },
}

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
    "found character that cannot start any token": "Zeichen kann hier nicht stehen "
    "(Tabulatoren sind in YAML nicht erlaubt; bitte Leerzeichen verwenden)",
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


def did_you_mean(word: str, choices: Iterable[str], lang: Lang) -> str:
    """A " Meinten Sie '…'?" sentence, or '' when nothing is close."""
    options = list(choices)
    lowered = {c.lower(): c for c in options}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    if not close:
        return ""
    best = lowered[close[0]]
    return f" Meinten Sie '{best}'?" if lang == "de" else f" Did you mean '{best}'?"


def fmt(value: Any, lang: Lang) -> str:
    """Render a fact for a message: German dates, lists joined with commas."""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()
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
    if "suggest_from" in params:
        params["hint"] = did_you_mean(
            str(params.pop("suggest", "")), params.pop("suggest_from"), lang
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


class _Default(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, facts: Mapping[str, Any], lang: Lang) -> str:
    """Fill a template with facts formatted for ``lang``; a malformed template is shown as is."""
    values = {k: fmt(v, lang) for k, v in facts.items()}
    try:
        return template.format_map(_Default(values))
    except (ValueError, IndexError, AttributeError):
        return template


def label(key: str, lang: Lang) -> str:
    return LABELS[key][lang]


LABELS: dict[str, dict[str, str]] = {
    "severity.error": {"de": "Muss", "en": "must"},
    "severity.warning": {"de": "Soll", "en": "should"},
    "severity.info": {"de": "Hinweis", "en": "note"},
    "status.passed": {"de": "erfüllt", "en": "met"},
    "status.failed": {"de": "nicht erfüllt", "en": "not met"},
    "status.due_soon": {"de": "bald fällig", "en": "due soon"},
    "eligible.yes": {"de": "Förderfähig: ja", "en": "Eligible: yes"},
    "eligible.no": {"de": "Förderfähig: nein", "en": "Eligible: no"},
    "invalid": {"de": "Nicht prüfbar", "en": "Could not be checked"},
    "reference_date": {"de": "Stichtag", "en": "Reference date"},
    "rule_pack": {"de": "Regelpaket", "en": "Rule pack"},
    "remedy": {"de": "Was tun", "en": "What to do"},
    "legal": {"de": "Rechtsgrundlage", "en": "Legal basis"},
    "summary": {"de": "Zusammenfassung", "en": "Summary"},
}


def count_phrase(n: int, kind: str, lang: Lang) -> str:
    """'2 Muss-Vorgaben nicht erfüllt' and friends, with correct plurals."""
    forms = {
        "error": (
            ("Muss-Vorgabe", "Muss-Vorgaben"),
            ("mandatory requirement", "mandatory requirements"),
        ),
        "warning": (
            ("Soll-Vorgabe", "Soll-Vorgaben"),
            ("recommended requirement", "recommended requirements"),
        ),
        "info": (("Hinweis", "Hinweise"), ("note", "notes")),
        "input": (("Eingabefehler", "Eingabefehler"), ("input error", "input errors")),
    }
    de, en = forms[kind]
    words = de if lang == "de" else en
    noun = words[0] if n == 1 else words[1]
    if kind in ("error", "warning"):
        tail = " nicht erfüllt" if lang == "de" else " not met"
        return f"{n} {noun}{tail}"
    return f"{n} {noun}"
