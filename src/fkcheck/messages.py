"""The message catalogue: every text a user reads, except rule texts (those live in the pack).

German is authoritative; English follows it. Keys are stable ids, used by
:mod:`fkcheck.i18n`, which renders them.
"""

from __future__ import annotations

import errno

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
    "input.gemeindeschluessel": {
        "de": 'Gemeindeschlüssel {found} hat nicht genau 8 Ziffern (z. B. "14522090"; '
        "die ersten 5 sind der Kreisschlüssel)",
        "en": 'Gemeindeschlüssel {found} does not have exactly 8 digits (e.g. "14522090"; '
        "the first 5 are the Kreisschlüssel)",
    },
    "input.min": {
        "de": "Wert {found} ist zu klein; erlaubt ist mindestens {limit}",
        "en": "value {found} is too small; the minimum is {limit}",
    },
    "input.duplicate_id": {
        "de": "Mitglieds-id '{id}' ist bereits vergeben (mitglieder[{first}])",
        "en": "member id '{id}' is already used (mitglieder[{first}])",
    },
    "input.duplicate_waiver": {
        "de": "für Regel '{rule}' gibt es schon eine Ausnahme (ausnahmen[{first}])",
        "en": "rule '{rule}' already has a waiver (ausnahmen[{first}])",
    },
    "input.waiver_unknown_rule": {
        "de": "Ausnahme für unbekannte Regel '{rule}'; das Regelpaket {pack} kennt sie nicht.{hint}",
        "en": "waiver for unknown rule '{rule}'; rule pack {pack} has no such rule.{hint}",
    },
    "input.unknown_member": {
        "de": "geschaeftsfuehrung nennt '{id}', aber kein Mitglied hat diese id.{hint}",
        "en": "geschaeftsfuehrung names '{id}', but no member has this id.{hint}",
    },
    "input.bis_before_seit": {
        "de": "bis ({bis}) liegt vor seit ({seit})",
        "en": "bis ({bis}) is before seit ({seit})",
    },
    "input.max": {
        "de": "Wert {found} ist zu groß; erlaubt ist höchstens {limit}",
        "en": "value {found} is too large; the maximum is {limit}",
    },
    "input.const": {
        "de": "Wert {found} ist nicht erlaubt; erwartet wird {expected}",
        "en": "value {found} is not allowed; expected {expected}",
    },
    "input.one_of": {
        "de": "genau eine der Angaben ist nötig: {detail}",
        "en": "exactly one of these is needed: {detail}",
    },
    "input.pattern": {
        "de": "Wert {found} hat nicht die erwartete Form (nur Kleinbuchstaben, Ziffern, '.', "
        "'_' und '-' bzw. die in der Dokumentation beschriebene Schreibweise)",
        "en": "value {found} does not have the expected form (see the documentation)",
    },
    "input.min_items": {
        "de": "mindestens {limit} Eintrag/Einträge nötig",
        "en": "at least {limit} entries are needed",
    },
    "input.too_long": {
        "de": "zu lang: höchstens {limit} Zeichen bzw. Einträge",
        "en": "too long: at most {limit} characters or entries",
    },
    "input.no_form": {
        "de": "Wert {found} passt zu keiner der erlaubten Formen",
        "en": "value {found} matches none of the allowed forms",
    },
    "input.too_few_keys": {
        "de": "hier fehlt eine Angabe; möglich sind: {detail}",
        "en": "something is missing here; possible keys: {detail}",
    },
    "input.invalid": {
        "de": "ungültiger Wert: {detail}",
        "en": "invalid value: {detail}",
    },
    # --- rule packs and usage ----------------------------------------------------------
    "pack.no_citation": {
        "de": "Die Regel nennt keine Fundstelle: fundstellen fehlt (oder, im ersten "
        "Paketformat, {missing})",
        "en": "The rule names no legal basis: fundstellen is missing (or, in the first pack "
        "format, {missing})",
    },
    "pack.bad_citation": {
        "de": "Fundstelle {found} ist nicht in der Zitierweise der Richtlinie geschrieben "
        "(z. B. D.I.2.b oder D.I.3 Satz 2); eine Stelle in einem anderen Dokument nennt "
        "dieses unter dokument",
        "en": "citation {found} is not in the Richtlinie's own form (e.g. D.I.2.b or "
        "D.I.3 Satz 2); a place in another document names that document under dokument",
    },
    "pack.citation_without_law": {
        "de": "Fundstelle {found} verweist auf die Richtlinie, aber das Paket hat keinen "
        "Abschnitt richtlinie",
        "en": "citation {found} refers to the Richtlinie, but the pack has no richtlinie section",
    },
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
    "pack.reserved_id": {
        "de": "Regel-id '{id}' ist für fkcheck reserviert (Eingabefehler, Ausnahmen); bitte "
        "eine andere id wählen",
        "en": "rule id '{id}' is reserved by fkcheck (input errors, waivers); please choose "
        "another id",
    },
    "pack.inherited_id": {
        "de": "Regel-id '{id}' gibt es schon im Basispaket {base}; eine eigene Regel braucht "
        "eine neue id (eine geerbte Regel ändern Sie unter aenderungen)",
        "en": "rule id '{id}' already exists in the base pack {base}; a rule of your own needs "
        "a new id (change an inherited rule under aenderungen)",
    },
    "pack.unknown_rule": {
        "de": "Das Basispaket {base} hat keine Regel '{id}'.{hint}",
        "en": "the base pack {base} has no rule '{id}'.{hint}",
    },
    "pack.duplicate_change": {
        "de": "Regel '{id}' wird unter aenderungen mehrfach geändert; bitte zusammenfassen",
        "en": "rule '{id}' is changed more than once under aenderungen; please merge the entries",
    },
    "pack.changes_without_base": {
        "de": "aenderungen setzt ein Basispaket voraus (erweitert: …)",
        "en": "aenderungen needs a base pack (erweitert: …)",
    },
    "pack.bad_regex": {
        "de": "ungültiger regulärer Ausdruck '{pattern}' (RE2-Syntax; RE2 kennt keine "
        "Rückverweise und kein Lookaround): {detail}",
        "en": "invalid regular expression '{pattern}' (RE2 syntax): {detail}",
    },
    "pack.cycle": {
        "de": "Regelpakete erweitern sich im Kreis: {chain}",
        "en": "rule packs extend each other in a cycle: {chain}",
    },
    "pack.extends_too_deep": {
        "de": "zu viele Ebenen von erweitert (höchstens {limit})",
        "en": "too many levels of erweitert (at most {limit})",
    },
    "pack.unknown_kind": {
        "de": "unbekannte Mitgliedsart '{name}'.{hint}",
        "en": "unknown member kind '{name}'.{hint}",
    },
    "pack.bad_path": {
        "de": "Feldpfad '{name}' gibt es im Dateiformat nicht",
        "en": "field path '{name}' does not exist in the file format",
    },
    "waiver.expired": {
        "de": "Die Ausnahme für {rule} ist am {bis} abgelaufen und gilt nicht mehr "
        "(Begründung war: {reason}).",
        "en": "The waiver for {rule} expired on {bis} and no longer applies "
        "(its reason was: {reason}).",
    },
    "waiver.expired.remedy": {
        "de": "Die Lücke schließen oder die Ausnahme mit neuem Ablaufdatum erneut genehmigen lassen.",
        "en": "Close the gap, or have the waiver approved again with a new expiry date.",
    },
    "waiver.unused": {
        "de": "Die Ausnahme für {rule} wird nicht gebraucht: die Regel ist erfüllt.",
        "en": "The waiver for {rule} is not needed: the rule is met.",
    },
    "waiver.disabled": {
        "de": "Die Ausnahme für {rule} wird nicht gebraucht: das Regelpaket hat die Regel "
        "abgeschaltet ({disabled_reason}).",
        "en": "The waiver for {rule} is not needed: the rule pack switched the rule off "
        "({disabled_reason}).",
    },
    "waiver.disabled.remedy": {
        "de": "Die Ausnahme aus ausnahmen entfernen.",
        "en": "Remove the waiver from ausnahmen.",
    },
    "waiver.unused.remedy": {
        "de": "Die Ausnahme aus ausnahmen entfernen.",
        "en": "Remove the waiver from ausnahmen.",
    },
    "usage.output_twice": {
        "de": "zwei Berichte sollen in dieselbe Datei geschrieben werden",
        "en": "two reports would be written to the same file",
    },
    "usage.summary_failed": {
        "de": "Hinweis: Zusammenfassung für GITHUB_STEP_SUMMARY nicht geschrieben: {reason}",
        "en": "note: summary for GITHUB_STEP_SUMMARY not written: {reason}",
    },
    "usage.report_spec": {
        "de": "--report erwartet FORMAT=DATEI (z. B. sarif=fkcheck.sarif), nicht '{value}'; "
        "Formate: {allowed}",
        "en": "--report expects FORMAT=FILE (e.g. sarif=fkcheck.sarif), not '{value}'; "
        "formats: {allowed}",
    },
    "usage.no_paths": {
        "de": "keine Dateien angegeben: Pfade nennen oder in .fkcheck.yaml unter include festlegen",
        "en": "no files given: name paths or set include in .fkcheck.yaml",
    },
    "config.not_found": {
        "de": "Konfigurationsdatei '{path}' nicht gefunden",
        "en": "configuration file '{path}' not found",
    },
    "config.pattern": {
        "de": "Muster '{pattern}' muss relativ zum Ordner der Konfiguration sein "
        "(kein '/' am Anfang, kein '..')",
        "en": "pattern '{pattern}' must be relative to the configuration's folder "
        "(no leading '/', no '..')",
    },
    "config.not_mapping": {
        "de": "die Konfiguration muss eine Zuordnung (Schlüssel: Wert) sein",
        "en": "the configuration must be a mapping (key: value)",
    },
    "test.no_rule": {
        "de": "erwartet ist ein einzelnes Ergebnis, aber die Datei nennt keine regel",
        "en": "erwartet is a single verdict, but the file names no regel",
    },
    "test.outcome_without_verdict": {
        "de": "ergebnis nennt Regeln ohne erwartetes Ergebnis in erwartet: {rules}",
        "en": "ergebnis names rules without a verdict in erwartet: {rules}",
    },
    "test.bad_edit": {
        "de": "Änderung passt nicht zum Basisdokument: {detail}",
        "en": "edit does not fit the base document: {detail}",
    },
    "test.no_cases": {
        "de": "keine Testfälle gefunden",
        "en": "no test cases found",
    },
    "test.xfail": {"de": "erwartet fehlschlagend: {reason}", "en": "expected to fail: {reason}"},
    "test.xpass": {
        "de": "Fall ist jetzt erfüllt; xfail entfernen",
        "en": "case passes now; remove xfail",
    },
    "test.summary": {
        "de": "{n} Fälle: {ok} bestanden, {failed} fehlgeschlagen",
        "en": "{n} cases: {ok} passed, {failed} failed",
    },
    "test.untested": {
        "de": "Regeln ohne Testfall: {rules}",
        "en": "rules without a test case: {rules}",
    },
    "test.no_pass": {
        "de": "Regeln ohne Fall, in dem sie erfüllt sind: {rules}",
        "en": "rules without a case where they pass: {rules}",
    },
    "test.no_fail": {
        "de": "Regeln ohne Fall, in dem sie verletzt sind: {rules}",
        "en": "rules without a case where they fail: {rules}",
    },
    "test.unknown": {
        "de": "Fälle nennen Regeln, die das Paket nicht hat: {rules}",
        "en": "cases name rules the pack does not have: {rules}",
    },
    "cli.no_such_option": {
        "de": "unbekannte Option {name}.{hint}",
        "en": "no such option {name}.{hint}",
    },
    "cli.no_such_command": {
        "de": "unbekannter Befehl '{name}'.{hint} Befehle: {commands}",
        "en": "no such command '{name}'.{hint} Commands: {commands}",
    },
    "cli.missing": {"de": "Pflichtangabe {name} fehlt", "en": "{name} is missing"},
    "cli.needs_value": {
        "de": "Option {name} braucht einen Wert",
        "en": "option {name} needs a value",
    },
    "cli.choice": {
        "de": "ungültiger Wert '{value}' für {name}; erlaubt: {allowed}.{hint}",
        "en": "invalid value '{value}' for {name}; allowed: {allowed}.{hint}",
    },
    "cli.minimum": {
        "de": "Wert für {name} zu klein; erlaubt ist mindestens {limit}",
        "en": "value for {name} is too small; the minimum is {limit}",
    },
    "cli.integer": {
        "de": "Wert für {name} muss eine ganze Zahl sein",
        "en": "the value for {name} must be a whole number",
    },
    "cli.no_value": {
        "de": "Option {name} nimmt keinen Wert",
        "en": "option {name} does not take a value",
    },
    "cli.usage": {"de": "Aufruf fehlerhaft: {detail}", "en": "usage error: {detail}"},
    "cli.help": {
        "de": "Hilfe: fkcheck --help oder fkcheck check --help",
        "en": "help: fkcheck --help or fkcheck check --help",
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
    # --- fkcheck deadlines (issue 10) ------------------------------------------------------
    "usage.until_before": {
        "de": "--until {until} liegt vor dem Stichtag {von}",
        "en": "--until {until} is before the reference date {von}",
    },
    "deadline.heading": {
        "de": "Termine vom {von} bis {bis}",
        "en": "Dates from {von} to {bis}",
    },
    "deadline.none": {
        "de": "Keine Termine in diesem Zeitraum.",
        "en": "No dates in this period.",
    },
    "deadline.fortschreibung": {
        "de": "Fortschreibung des Handlungskonzepts fällig am {date} (D.I.6, H.II.3)",
        "en": "Update of the action plan due on {date} (D.I.6, H.II.3)",
    },
    "deadline.warnfenster": {
        "de": "Warnfenster beginnt: noch {days} Tage bis zur Fortschreibung am {due}",
        "en": "Warning window opens: {days} days left until the update due on {due}",
    },
    "deadline.interessensbekundung": {
        "de": "Interessensbekundung an das SMWA bis {date} (F.II.1), soweit für {next_year} "
        "noch keine vorliegt",
        "en": "Declaration of interest to the SMWA by {date} (F.II.1), unless one for "
        "{next_year} has already been made",
    },
    "deadline.mitgliedschaft_endet": {
        "de": "Ab {date} ist »{subject}« nicht mehr Mitglied",
        "en": "From {date} »{subject}« is no longer a member",
    },
    "deadline.ausnahme_endet": {
        "de": "Ab {date} gilt die Ausnahme für {rule} nicht mehr",
        "en": "From {date} the waiver for {rule} no longer applies",
    },
    "deadline.then_missing": {
        "de": "nicht mehr erfüllt: {rules}",
        "en": "no longer met: {rules}",
    },
    "deadline.from": {"de": "ab {date}", "en": "from {date}"},
    "deadline.summary.fortschreibung": {
        "de": "Handlungskonzept fortschreiben",
        "en": "Update the action plan",
    },
    "deadline.summary.warnfenster": {
        "de": "Fortschreibung vorbereiten (fällig am {due})",
        "en": "Prepare the update (due on {due})",
    },
    "deadline.summary.interessensbekundung": {
        "de": "Interessensbekundung an das SMWA",
        "en": "Declaration of interest to the SMWA",
    },
    "deadline.summary.mitgliedschaft_endet": {
        "de": "Mitgliedschaft endet: {subject}",
        "en": "Membership ends: {subject}",
    },
    "deadline.summary.ausnahme_endet": {
        "de": "Ausnahme für {rule} endet",
        "en": "Waiver for {rule} ends",
    },
    "internal": {
        "de": "interner Fehler in fkcheck ({detail}); bitte melden. Mit FKCHECK_DEBUG=1 "
        "wird der technische Ablauf angezeigt.",
        "en": "internal error in fkcheck ({detail}); please report it. Set FKCHECK_DEBUG=1 "
        "for the technical trace.",
    },
}


LABELS: dict[str, dict[str, str]] = {
    "severity.error": {"de": "Fehler", "en": "error"},
    "severity.warning": {"de": "Warnung", "en": "warning"},
    "severity.info": {"de": "Hinweis", "en": "note"},
    "status.passed": {"de": "erfüllt", "en": "met"},
    "status.failed": {"de": "nicht erfüllt", "en": "not met"},
    "status.due_soon": {"de": "erfüllt, Frist läuft bald ab", "en": "met, deadline approaching"},
    "force.reminder": {"de": "Frist", "en": "Deadline"},
    "status.not_applicable": {"de": "entfällt", "en": "not applicable"},
    "force.muss": {"de": "Muss", "en": "Must"},
    "force.soll": {"de": "Soll", "en": "Should"},
    "force.plausibilitaet": {"de": "Plausibilität", "en": "Plausibility"},
    "force.muss.long": {"de": "Muss-Vorgabe", "en": "mandatory requirement"},
    "force.soll.long": {"de": "Soll-Vorgabe", "en": "recommended requirement"},
    "force.plausibilitaet.long": {
        "de": "Plausibilitätsprüfung (keine Vorgabe der Richtlinie)",
        "en": "plausibility check (not a requirement of the Richtlinie)",
    },
    # why a member of the right kind does not count (FRL-1.x)
    "refusal.beendet": {"de": "Mitgliedschaft endete am {bis}", "en": "membership ended on {bis}"},
    "refusal.noch_nicht": {"de": "Mitglied erst ab {seit}", "en": "member only from {seit}"},
    "refusal.einwohner_fehlt": {
        "de": "Einwohnerzahl nicht angegeben",
        "en": "population not given",
    },
    "refusal.zu_klein": {
        "de": "{einwohner} Einwohner, nötig sind mehr als {grenze}",
        "en": "{einwohner} inhabitants, more than {grenze} needed",
    },
    "refusal.anderer_kreis": {
        "de": "Gemeindeschlüssel {gemeindeschluessel} gehört nicht zum Kreis {kreisschluessel}",
        "en": "Gemeindeschlüssel {gemeindeschluessel} is not in Kreis {kreisschluessel}",
    },
    "adopted_by": {"de": "beschlossen", "en": "adopted"},
    "eligible.yes": {"de": "Förderfähig: ja", "en": "Eligible: yes"},
    "eligible.no": {"de": "Förderfähig: nein", "en": "Eligible: no"},
    "invalid": {"de": "Nicht prüfbar", "en": "Could not be checked"},
    "reference_date": {"de": "Stichtag", "en": "Reference date"},
    "rule_pack": {"de": "Regelpaket", "en": "Rule pack"},
    "remedy": {"de": "Was tun", "en": "What to do"},
    "legal": {"de": "Rechtsgrundlage", "en": "Legal basis"},
    "summary": {"de": "Zusammenfassung", "en": "Summary"},
    "waived": {"de": "per Ausnahme zurückgestellt", "en": "waived"},
    "of_which": {"de": "davon", "en": "of which"},
    "extends": {"de": "erweitert", "en": "extends"},
    "disabled": {"de": "abgeschaltet", "en": "switched off"},
    "waived_until": {"de": "Ausnahme bis", "en": "waiver until"},
    "waiver_reason": {"de": "Begründung", "en": "reason"},
    "approved_by": {"de": "genehmigt durch", "en": "approved by"},
    "rule.input": {"de": "Eingabefehler", "en": "Input error"},
    "rule.ausnahme": {"de": "Ausnahme", "en": "Waiver"},
    "rule.input.help": {
        "de": "Die Datei konnte nicht geprüft werden: Sie ist kein gültiges YAML oder "
        "folgt nicht dem Dateiformat (SPEC §3). Die Meldung nennt Zeile, Spalte und "
        "was erwartet wird.",
        "en": "The file could not be checked: it is not valid YAML or does not follow the "
        "file format (SPEC §3). The message names line, column and what is expected.",
    },
    "rule.ausnahme.help": {
        "de": "Ausnahmen (ausnahmen:) stellen bekannte Lücken mit Begründung und Ablaufdatum "
        "zurück. Abgelaufene Ausnahmen gelten nicht mehr; nicht benötigte sollten "
        "entfernt werden.",
        "en": "Waivers (ausnahmen:) accept known gaps with a reason and an expiry date. "
        "Expired waivers no longer apply; unneeded ones should be removed.",
    },
    # --- the officer's text report (issue 10) ----------------------------------------------
    "todo": {"de": "Zu tun", "en": "To do"},
    "done": {"de": "Erfüllt oder entfällt", "en": "Met or not applicable"},
    "line": {"de": "Zeile {n}", "en": "line {n}"},
    "line_column": {"de": "Zeile {n}, Spalte {c}", "en": "line {n}, column {c}"},
    "place.mitglieder": {"de": "{n}. Mitglied", "en": "member {n}"},
    "place.fortschreibungen": {"de": "{n}. Fortschreibung", "en": "update {n}"},
    "place.ausnahmen": {"de": "{n}. Ausnahme", "en": "waiver {n}"},
    "place.item": {"de": "{n}. Eintrag", "en": "entry {n}"},
    "legal_text": {"de": "Rechtstext", "en": "Legal text (German)"},
    "note": {"de": "Hinweis", "en": "Note"},
    "summary.total": {"de": "{n} Dateien geprüft", "en": "{n} files checked"},
    "summary.clean": {
        "de": "{n} förderfähig ohne Beanstandung",
        "en": "{n} eligible without findings",
    },
    "summary.remarks": {"de": "{n} förderfähig mit Hinweisen", "en": "{n} eligible with remarks"},
    "summary.not_eligible": {"de": "{n} nicht förderfähig", "en": "{n} not eligible"},
    "summary.invalid": {"de": "{n} nicht prüfbar", "en": "{n} could not be checked"},
    # report formats
    "gh.annotations": {
        "de": "fkcheck: Anmerkungen: {error}, {warning}, {notice} ({finding} insgesamt).",
        "en": "fkcheck: annotations: {error}, {warning}, {notice} ({finding} in total).",
    },
    "gh.ui_limit": {
        "de": "fkcheck: GitHub zeigt je Schritt nur {limit} Anmerkungen jeder Art an; alle Befunde stehen oben im Protokoll.",
        "en": "fkcheck: GitHub shows only {limit} annotations of each kind per step; every finding is listed in the log above.",
    },
    "md.heading": {
        "de": "fkcheck – Prüfbericht",
        "en": "fkcheck report",
    },
    "md.col.rule": {
        "de": "Regel",
        "en": "Rule",
    },
    "md.col.severity": {
        "de": "Verbindlichkeit",
        "en": "Legal force",
    },
    "md.col.where": {
        "de": "Stelle",
        "en": "Location",
    },
    "md.col.finding": {
        "de": "Befund",
        "en": "Finding",
    },
    "md.severity.input": {
        "de": "Fehler",
        "en": "error",
    },
    "md.no_findings": {
        "de": "keine Befunde",
        "en": "no findings",
    },
    "md.passed.one": {
        "de": "1 Regel erfüllt",
        "en": "1 rule met",
    },
    "md.passed.many": {
        "de": "{n} Regeln erfüllt",
        "en": "{n} rules met",
    },
    "sarif.legal_text": {
        "de": "Rechtstext",
        "en": "Legal text (German, authoritative)",
    },
    "sarif.rationale": {
        "de": "Begründung",
        "en": "Rationale",
    },
    "sarif.srcroot": {
        "de": "Das Verzeichnis, in dem fkcheck aufgerufen wurde (in CI die Wurzel des Repositorys).",
        "en": "The folder fkcheck was run in (in CI, the root of the repository).",
    },
}


# --- display labels of the file format's values (issue 10) ---------------------------------
# A report never shows a raw key such as ``kreisfreie_stadt`` to an officer: facts that hold
# such a value are :class:`fkcheck.i18n.Code` and render through this table. Domains are
# named after the file's key (``art`` of members and of ``gebiet``, ``seite``, ``gremium``,
# ``bundesland``). ``gremium`` reads as the agent of "beschlossen …" / "adopted …".
VALUE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "art": {
        "landkreis": {"de": "Landkreis", "en": "rural district"},
        "kreisfreie_stadt": {"de": "Kreisfreie Stadt", "en": "independent city"},
        "kreisangehoerige_stadt": {
            "de": "Kreisangehörige Stadt",
            "en": "town within the district",
        },
        "kommune": {"de": "Gemeinde", "en": "municipality"},
        "arbeitgeberverband": {"de": "Arbeitgeberverband", "en": "employers' association"},
        "unternehmensverband": {"de": "Unternehmensverband", "en": "business association"},
        "industrie_und_handelskammer": {
            "de": "Industrie- und Handelskammer",
            "en": "chamber of industry and commerce",
        },
        "handwerkskammer": {"de": "Handwerkskammer", "en": "chamber of crafts"},
        "kreishandwerkerschaft": {
            "de": "Kreishandwerkerschaft",
            "en": "district association of craft guilds",
        },
        "unternehmen": {"de": "Unternehmen", "en": "company"},
        "gewerkschaft": {"de": "Gewerkschaft", "en": "trade union"},
        "agentur_fuer_arbeit": {"de": "Agentur für Arbeit", "en": "employment agency"},
        "jobcenter": {"de": "Jobcenter", "en": "job centre"},
        "schulverwaltung": {"de": "Schulverwaltung", "en": "school authority"},
        "schule": {"de": "Schule", "en": "school"},
        "schule_wirtschaft": {
            "de": "Arbeitskreis Schule-Wirtschaft",
            "en": "school–business working group",
        },
        "wirtschaftsfoerderung": {"de": "Wirtschaftsförderung", "en": "economic development"},
        "migrationsvertretung": {
            "de": "Vertretung von Menschen mit Migrationshintergrund",
            "en": "representation of people with a migration background",
        },
        "universitaet": {"de": "Universität", "en": "university"},
        "hochschule": {"de": "Hochschule", "en": "university of applied sciences"},
        "berufsakademie": {"de": "Berufsakademie", "en": "university of cooperative education"},
        "gleichstellungsbeauftragte": {
            "de": "Gleichstellungsbeauftragte",
            "en": "equal-opportunity officer",
        },
        "bildungstraeger": {"de": "Bildungsträger", "en": "education provider"},
        "wohlfahrtsverband": {"de": "Wohlfahrtsverband", "en": "welfare association"},
        "sonstige": {"de": "Sonstige", "en": "other"},
    },
    "seite": {
        "arbeitgeber": {"de": "Arbeitgeberseite", "en": "employer side"},
        "arbeitnehmer": {"de": "Arbeitnehmerseite", "en": "employee side"},
        "neutral": {"de": "neutral", "en": "neutral"},
    },
    "gremium": {
        "allianz": {"de": "von der Allianz selbst", "en": "by the alliance itself"},
        "kreistag": {"de": "vom Kreistag", "en": "by the district council"},
        "stadtrat": {"de": "vom Stadtrat", "en": "by the city council"},
        "verwaltung": {"de": "von der Verwaltung", "en": "by the administration"},
    },
    "bundesland": {
        "BW": {"de": "Baden-Württemberg", "en": "Baden-Württemberg"},
        "BY": {"de": "Bayern", "en": "Bavaria"},
        "BE": {"de": "Berlin", "en": "Berlin"},
        "BB": {"de": "Brandenburg", "en": "Brandenburg"},
        "HB": {"de": "Bremen", "en": "Bremen"},
        "HH": {"de": "Hamburg", "en": "Hamburg"},
        "HE": {"de": "Hessen", "en": "Hesse"},
        "MV": {"de": "Mecklenburg-Vorpommern", "en": "Mecklenburg-Western Pomerania"},
        "NI": {"de": "Niedersachsen", "en": "Lower Saxony"},
        "NW": {"de": "Nordrhein-Westfalen", "en": "North Rhine-Westphalia"},
        "RP": {"de": "Rheinland-Pfalz", "en": "Rhineland-Palatinate"},
        "SL": {"de": "Saarland", "en": "Saarland"},
        "SN": {"de": "Sachsen", "en": "Saxony"},
        "ST": {"de": "Sachsen-Anhalt", "en": "Saxony-Anhalt"},
        "SH": {"de": "Schleswig-Holstein", "en": "Schleswig-Holstein"},
        "TH": {"de": "Thüringen", "en": "Thuringia"},
    },
}


# German texts for the operating-system errors a user is likely to meet (by errno).
OS_REASONS_DE: dict[int, str] = {
    errno.ENOENT: "Datei oder Verzeichnis nicht gefunden",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "Vorgang nicht erlaubt",
    errno.ELOOP: "zu viele Ebenen symbolischer Verknüpfungen (Verknüpfung im Kreis?)",
    errno.EISDIR: "ist ein Verzeichnis",
    errno.ENOTDIR: "ein Teil des Pfades ist kein Verzeichnis",
    errno.ENOSPC: "kein Speicherplatz mehr auf dem Gerät",
    errno.EROFS: "Dateisystem ist schreibgeschützt",
    errno.ENAMETOOLONG: "Dateiname zu lang",
    errno.EIO: "Ein-/Ausgabefehler",
    errno.EBUSY: "Gerät oder Ressource belegt",
    errno.EEXIST: "Datei existiert bereits",
    errno.EXDEV: "Verschieben über Dateisystemgrenzen nicht möglich",
}
