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
    "input.unreadable_folder": {
        "de": "Verzeichnis kann nicht gelesen werden: {reason}; die Dateien darin wurden nicht "
        "geprüft",
        "en": "cannot read folder: {reason}; the files in it were not checked",
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
    "input.too_many_nodes": {
        "de": "Datei enthält zu viele Einträge (mehr als {limit} Schlüssel, Werte und Listen); "
        "Datei wird nicht verarbeitet (Grenze: limits.max-nodes in .fkcheck.yaml)",
        "en": "file has too many entries (more than {limit} keys, values and lists); file not "
        "processed (limit: limits.max-nodes in .fkcheck.yaml)",
    },
    "input.scalar_too_long": {
        "de": "Wert ist zu lang ({length} Zeichen; erlaubt sind höchstens {limit}, "
        "Grenze: limits.max-scalar in .fkcheck.yaml)",
        "en": "value is too long ({length} characters; at most {limit} are allowed, "
        "limit: limits.max-scalar in .fkcheck.yaml)",
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
    # near misses (issue 11): the exact keyword for a value spelled almost right
    "input.near_miss": {
        "de": "ungültiger Wert {found}. Meinten Sie '{suggestion}'? Der Wert muss genau so "
        "geschrieben werden (Kleinbuchstaben, _ statt Leerzeichen oder Bindestrich, ae/oe/ue/ss "
        "statt ä/ö/ü/ß).",
        "en": "invalid value {found}. Did you mean '{suggestion}'? The value must be written "
        "exactly like that (lower case, _ instead of spaces or hyphens, ae/oe/ue/ss instead "
        "of ä/ö/ü/ß).",
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
    "config.not_owned": {
        "de": "Hinweis: Die Konfiguration {path} wird nicht verwendet, weil {folder} einem "
        "anderen Benutzer gehört. Eine fremde Konfiguration könnte Berichte über Ihre Dateien "
        "schreiben. Wenn Sie ihr vertrauen, nennen Sie sie ausdrücklich: --config {path}",
        "en": "note: the configuration {path} is not used because {folder} belongs to another "
        "user. A configuration from someone else could write reports over your files. If you "
        "trust it, name it explicitly: --config {path}",
    },
    "config.not_repository": {
        "de": "Hinweis: Die Konfiguration {path} wird nicht verwendet: {git} ist kein "
        "Git-Repository, und außerhalb eines Repositorys gilt nur eine .fkcheck.yaml im "
        "aktuellen Ordner. Wenn Sie ihr vertrauen, nennen Sie sie ausdrücklich: --config {path}",
        "en": "note: the configuration {path} is not used: {git} is not a git repository, and "
        "outside a repository only a .fkcheck.yaml in the current folder applies. If you trust "
        "it, name it explicitly: --config {path}",
    },
    "config.output_outside": {
        "de": "Berichtsdatei '{path}' liegt nicht im Ordner der Konfiguration; erlaubt ist nur "
        "ein Pfad darunter (kein '~', kein absoluter Pfad, kein '..', keine Verknüpfung nach "
        "außen). Andere Orte bitte mit --output oder --report angeben.",
        "en": "report file '{path}' is not inside the configuration's folder; only a path below "
        "it is allowed (no '~', no absolute path, no '..', no link leading outside). Name other "
        "places with --output or --report.",
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
    "usage.output_is_builtin": {
        "de": "--output {path} ist ein eingebautes Regelpaket von fkcheck; es wird nie überschrieben",
        "en": "--output {path} is a built-in rule pack of fkcheck; it is never overwritten",
    },
    "usage.output_broken": {
        "de": "Bericht nicht vollständig ausgegeben: der Empfänger der Ausgabe (z. B. head oder "
        "ein anderes Programm hinter |) hat vorzeitig geschlossen",
        "en": "report not delivered completely: the receiver of the output (e.g. head or another "
        "program after |) closed early",
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
    # --- files written on request: init, schema, import (issue 11b) -------------------
    "file.write_failed": {
        "de": "{path} kann nicht geschrieben werden: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "file.exists": {
        "de": "{path} gibt es schon; sie wird nicht überschrieben. Einen anderen Dateinamen "
        "angeben oder --force, um sie zu ersetzen.",
        "en": "{path} already exists and is not overwritten. Give another file name, or "
        "--force to replace it.",
    },
    "file.is_input": {
        "de": "{path} ist eine Eingabe dieses Befehls und wird nicht überschrieben",
        "en": "{path} is an input of this command and is not overwritten",
    },
    # --- fkcheck import (issue 11b) ----------------------------------------------------
    "import.file_type": {
        "de": "Dateityp {suffix} wird nicht gelesen; erwartet wird eine .csv- oder .xlsx-Datei",
        "en": "file type {suffix} is not read; expected a .csv or .xlsx file",
    },
    "import.not_xlsx": {
        "de": "Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx) ({detail}); bitte in Excel "
        "öffnen und als .xlsx oder CSV (Trennzeichen-getrennt) speichern",
        "en": "file is not a readable Excel workbook (.xlsx) ({detail}); please open it in Excel "
        "and save it as .xlsx or CSV",
    },
    "import.empty": {
        "de": "die Tabelle ist leer; erwartet wird eine Kopfzeile (Name, Art, …) und eine "
        "Zeile je Mitglied",
        "en": "the table is empty; expected a header row (Name, Art, …) and one row per member",
    },
    "import.too_many_rows": {
        "de": "mehr als {limit} Zeilen; so große Tabellen werden nicht gelesen",
        "en": "more than {limit} rows; tables this large are not read",
    },
    "import.unknown_header": {
        "de": "Spalte {column}: unbekannte Überschrift '{header}'.{hint} Erlaubt: {allowed}. "
        "Eigene Spalten bitte mit 'x-' beginnen.",
        "en": "column {column}: unknown header '{header}'.{hint} Allowed: {allowed}. "
        "Start your own columns with 'x-'.",
    },
    "import.double_header": {
        "de": "Spalte {column}: Überschrift '{header}' kommt doppelt vor",
        "en": "column {column}: header '{header}' occurs twice",
    },
    "import.missing_header": {
        "de": "Spalte '{header}' fehlt in der Kopfzeile (Pflichtangabe)",
        "en": "column '{header}' is missing from the header row (required)",
    },
    "import.cell_missing": {
        "de": "Spalte {column} ({header}) ist leer; die Angabe ist Pflicht",
        "en": "column {column} ({header}) is empty; it is required",
    },
    "import.kind": {
        "de": "Spalte {column} (Art): '{found}' ist keine bekannte Mitgliedsart.{hint} "
        "Möglich sind die Arten des Dateiformats (z. B. gewerkschaft, jobcenter) und gängige "
        "Namen wie IHK, HWK, DGB, Jobcenter, LaSuB, Stadt",
        "en": "column {column} (Art): '{found}' is not a known member kind.{hint} "
        "Use a kind of the file format (e.g. gewerkschaft, jobcenter) or a common name such "
        "as IHK, HWK, DGB, Jobcenter, LaSuB, Stadt",
    },
    "import.side": {
        "de": "Spalte {column} (Seite): '{found}' ist keine Seite; erlaubt: {allowed}",
        "en": "column {column} (Seite): '{found}' is not a side; allowed: {allowed}",
    },
    "import.number": {
        "de": "Spalte {column} ({header}): '{found}' ist keine ganze Zahl ab 0",
        "en": "column {column} ({header}): '{found}' is not a whole number of at least 0",
    },
    "import.date": {
        "de": "Spalte {column} ({header}): '{found}' ist kein Datum; erwartet TT.MM.JJJJ "
        "(z. B. 15.03.2024)",
        "en": "column {column} ({header}): '{found}' is not a date; expected DD.MM.YYYY "
        "(e.g. 15.03.2024)",
    },
    "import.gemeindeschluessel": {
        "de": "Spalte {column} ({header}): '{found}' hat nicht genau 8 Ziffern (z. B. 14524330)",
        "en": "column {column} ({header}): '{found}' does not have exactly 8 digits "
        "(e.g. 14524330)",
    },
    "import.mapped": {
        "de": "Hinweis: Art „{text}“ übernommen als {kind}",
        "en": 'note: kind "{text}" taken as {kind}',
    },
    "import.header": {
        "de": "Mitglieder aus {file} (fkcheck import). In die Allianz-Datei übernehmen oder\n"
        "fkcheck import {file} --merge-into DATEI verwenden.",
        "en": "Members from {file} (fkcheck import). Copy into the alliance file, or use\n"
        "fkcheck import {file} --merge-into FILE.",
    },
    "import.merge_invalid": {
        "de": "{file} wäre nach dem Import ungültig; nichts geschrieben",
        "en": "{file} would be invalid after the import; nothing written",
    },
    "import.not_faithful": {
        "de": "die Mitgliederliste lässt sich nicht unverändert als YAML schreiben; nichts "
        "geschrieben (bitte melden)",
        "en": "the member list cannot be written as YAML unchanged; nothing written "
        "(please report this)",
    },
    # --- fkcheck init (issue 11b) ------------------------------------------------------
    "init.eof": {
        "de": "Eingabe endete vor der letzten Frage; nichts geschrieben. Für eine Vorlage ohne Fragen: fkcheck init DATEI --kreis SCHLÜSSEL --non-interactive",
        "en": "input ended before the last question; nothing written. For a template without questions: fkcheck init FILE --kreis KEY --non-interactive",
    },
    "init.needs_kreis": {
        "de": "--non-interactive braucht --kreis mit dem Kreisschlüssel, z. B. --kreis 14524 für den Landkreis Zwickau",
        "en": "--non-interactive needs --kreis with the Kreisschlüssel, e.g. --kreis 14524 for Landkreis Zwickau",
    },
    "init.unknown_kreis": {
        "de": "'{key}' ist keiner der 13 sächsischen Kreisschlüssel.{hint} Beispiele: 14524 Zwickau, 14612 Dresden",
        "en": "'{key}' is not one of the 13 Saxon Kreisschlüssel.{hint} Examples: 14524 Zwickau, 14612 Dresden",
    },
    "init.again": {
        "de": "Diese Antwort passt nicht; bitte noch einmal.",
        "en": "That answer does not fit; please try again.",
    },
    "init.written": {
        "de": "Geschrieben: {path}. Prüfen mit: fkcheck check {path}",
        "en": "Written: {path}. Check it with: fkcheck check {path}",
    },
    "init.complete": {
        "de": "✔ Alle Muss-Vorgaben sind erfüllt.",
        "en": "✔ All mandatory requirements are met.",
    },
    "init.open": {
        "de": "Noch offen ({n} Muss-Vorgaben):",
        "en": "Still open ({n} mandatory requirements):",
    },
    "init.kreise": {
        "de": "Für welchen Kreis ist die Allianz?",
        "en": "Which Kreis is the alliance for?",
    },
    "init.art.landkreis": {
        "de": "Landkreis",
        "en": "Landkreis",
    },
    "init.art.kreisfreie_stadt": {
        "de": "Kreisfreie Stadt",
        "en": "Kreisfreie Stadt",
    },
    "init.q.kreis": {
        "de": "Nummer oder Kreisschlüssel",
        "en": "Number or Kreisschlüssel",
    },
    "init.q.name": {
        "de": "Name der Allianz",
        "en": "Name of the alliance",
    },
    "init.q.authority": {
        "de": "{citation} – Wer vertritt den Landkreis bzw. die Stadt selbst?",
        "en": "{citation} – Who represents the Landkreis or city itself?",
    },
    "init.towns": {
        "de": "D.I.2.b – Mindestens zwei kreisangehörige Städte mit mehr als 10 000 Einwohnern (Kreisschlüssel {key}). Leere Eingabe beendet die Liste.",
        "en": "D.I.2.b – At least two towns of the Landkreis with more than 10,000 inhabitants (Kreisschlüssel {key}). An empty answer ends the list.",
    },
    "init.q.town": {
        "de": "Name der {n}. Stadt, z. B. Große Kreisstadt …",
        "en": "Name of town {n}, e.g. Große Kreisstadt …",
    },
    "init.q.einwohner": {
        "de": "  Einwohner (amtliche Zahl)",
        "en": "  Inhabitants (official figure)",
    },
    "init.q.gemeindeschluessel": {
        "de": "  Gemeindeschlüssel (8 Ziffern, beginnt mit {key}; leer, wenn unbekannt)",
        "en": "  Gemeindeschlüssel (8 digits, starting with {key}; empty if unknown)",
    },
    "init.q.seat": {
        "de": "{citation} – {question} z. B. {example}",
        "en": "{citation} – {question} e.g. {example}",
    },
    "init.q.seat_optional": {
        "de": "{citation} (Soll, leer = überspringen) – {question} z. B. {example}",
        "en": "{citation} (recommended, empty = skip) – {question} e.g. {example}",
    },
    "init.seat.arbeitgeber": {
        "de": "Welche Arbeitgebervertretung (Kammer oder Verband)?",
        "en": "Which employers' representative (chamber or association)?",
    },
    "init.seat.gewerkschaft": {
        "de": "Welche Gewerkschaft?",
        "en": "Which trade union?",
    },
    "init.seat.arbeitsverwaltung": {
        "de": "Agentur für Arbeit oder Jobcenter?",
        "en": "Agentur für Arbeit or Jobcenter?",
    },
    "init.seat.schule": {
        "de": "Wer vertritt die schulischen Belange?",
        "en": "Who represents school concerns?",
    },
    "init.seat.wirtschaftsfoerderung": {
        "de": "Wer ist die regionale Wirtschaftsförderung?",
        "en": "Who is the regional economic development?",
    },
    "init.seat.migration": {
        "de": "Wer vertritt Menschen mit Migrationshintergrund?",
        "en": "Who represents people with a migration background?",
    },
    "init.seat.hochschule": {
        "de": "Welche Hochschule oder Berufsakademie?",
        "en": "Which university or Berufsakademie?",
    },
    "init.seat.gleichstellung": {
        "de": "Wer vertritt die Gleichstellungsbeauftragten?",
        "en": "Who represents the equal-opportunity officers?",
    },
    "init.example.arbeitgeber": {
        "de": "IHK Chemnitz, Regionalkammer {name}",
        "en": "IHK Chemnitz, Regionalkammer {name}",
    },
    "init.example.gewerkschaft": {
        "de": "DGB Region Südwestsachsen",
        "en": "DGB Region Südwestsachsen",
    },
    "init.example.arbeitsverwaltung": {
        "de": "Agentur für Arbeit {name}",
        "en": "Agentur für Arbeit {name}",
    },
    "init.example.schule": {
        "de": "Landesamt für Schule und Bildung, Standort {name}",
        "en": "Landesamt für Schule und Bildung, Standort {name}",
    },
    "init.example.wirtschaftsfoerderung": {
        "de": "Wirtschaftsförderung {name}",
        "en": "Wirtschaftsförderung {name}",
    },
    "init.example.migration": {
        "de": "Migrationsbeirat {name}",
        "en": "Migrationsbeirat {name}",
    },
    "init.example.hochschule": {
        "de": "Westsächsische Hochschule Zwickau",
        "en": "Westsächsische Hochschule Zwickau",
    },
    "init.example.gleichstellung": {
        "de": "Gleichstellungsbeauftragte des Landkreises",
        "en": "Gleichstellungsbeauftragte des Landkreises",
    },
    "init.manager": {
        "de": "D.I.4 – Welches Mitglied ist geschäftsführend? Über dieses Mitglied geht der Förderantrag.",
        "en": "D.I.4 – Which member is the managing member? The funding application goes through it.",
    },
    "init.q.manager": {
        "de": "Nummer",
        "en": "Number",
    },
    "init.q.beschluss": {
        "de": "D.I.5 – Datum, an dem die Allianz ihr Handlungskonzept beschlossen hat (TT.MM.JJJJ; leer = noch keins)",
        "en": "D.I.5 – Date the alliance adopted its action plan (DD.MM.YYYY; empty = none yet)",
    },
    "init.q.erstkonzept": {
        "de": "Ist es das erste Handlungskonzept der Allianz? (j/n)",
        "en": "Is it the alliance's very first action plan? (y/n)",
    },
    "init.q.fortschreibung": {
        "de": "D.I.6 – Datum der letzten Fortschreibung durch die Allianz (TT.MM.JJJJ; leer = keine)",
        "en": "D.I.6 – Date of the latest update adopted by the alliance (DD.MM.YYYY; empty = none)",
    },
    "init.q.ausgangslage": {
        "de": "D.I.6.a – Wo steht die Ausgangslage? z. B. Kapitel 1",
        "en": "D.I.6.a – Where is the initial situation? e.g. Kapitel 1",
    },
    "init.q.aktivitaeten": {
        "de": "D.I.6.b – Wo stehen die Aktivitäten? z. B. Kapitel 2",
        "en": "D.I.6.b – Where are the activities? e.g. Kapitel 2",
    },
    "init.q.handlungsschwerpunkte": {
        "de": "D.I.6.c – Wo stehen Handlungsschwerpunkte und Förderziele? z. B. Kapitel 3",
        "en": "D.I.6.c – Where are the priorities and funding goals? e.g. Kapitel 3",
    },
    "init.q.ergebnisse": {
        "de": "D.I.6.d – Wo stehen die Ergebnisse? z. B. Kapitel 4 (leer beim ersten Konzept)",
        "en": "D.I.6.d – Where are the results? e.g. Kapitel 4 (empty for a first plan)",
    },
    "init.c.head": {
        "de": "yaml-language-server: $schema={schema}\nFachkräfteallianz {gebiet} – angelegt mit „fkcheck init“.\nPrüfen: fkcheck check {datei}",
        "en": 'yaml-language-server: $schema={schema}\nFachkräfteallianz {gebiet} – created with "fkcheck init".\nCheck it: fkcheck check {datei}',
    },
    "init.c.name": {
        "de": "Name der Allianz",
        "en": "name of the alliance",
    },
    "init.c.bundesland": {
        "de": "SN = Sachsen; die Richtlinie gilt nur hier",
        "en": "SN = Saxony; the Richtlinie applies only here",
    },
    "init.c.geschaeftsfuehrung": {
        "de": "id des geschäftsführenden Mitglieds (D.I.4)",
        "en": "id of the managing member (D.I.4)",
    },
    "init.c.gebiet.name": {
        "de": "Landkreis oder Kreisfreie Stadt",
        "en": "Landkreis or Kreisfreie Stadt",
    },
    "init.c.gebiet.art": {
        "de": "landkreis oder kreisfreie_stadt",
        "en": "landkreis or kreisfreie_stadt",
    },
    "init.c.gebiet.kreisschluessel": {
        "de": "amtlicher Kreisschlüssel (5 Ziffern)",
        "en": "official Kreisschlüssel (5 digits)",
    },
    "init.c.mitglieder": {
        "de": "Mitglieder: Mindestbesetzung nach D.I.2 a–g, weitere nach D.I.3.\nJedes Mitglied: id (Kurzname), name, art; optional seite, stimmen, seit, bis.",
        "en": "Members: minimum membership under D.I.2 a–g, more under D.I.3.\nEach member: id (short name), name, art; optional seite, stimmen, seit, bis.",
    },
    "init.c.mitglieder_leer": {
        "de": "noch leer: Beispiele am Ende der Datei; beim Eintragen [] entfernen",
        "en": "still empty: examples at the end of the file; remove [] when adding members",
    },
    "init.c.id": {
        "de": "Kurzname, eindeutig",
        "en": "short name, unique",
    },
    "init.c.art": {
        "de": "Art des Mitglieds (Liste: README oder Schema)",
        "en": "member kind (list: README or schema)",
    },
    "init.c.einwohner": {
        "de": "amtliche Einwohnerzahl (D.I.2.b: mehr als 10 000)",
        "en": "official population (D.I.2.b: more than 10,000)",
    },
    "init.c.gemeindeschluessel": {
        "de": "amtlicher Gemeindeschlüssel (8 Ziffern)",
        "en": "official Gemeindeschlüssel (8 digits)",
    },
    "init.c.handlungskonzept": {
        "de": "Handlungskonzept (D.I.5) und Fortschreibungen (D.I.6, mindestens alle zwei Jahre)",
        "en": "action plan (D.I.5) and its updates (D.I.6, at least every two years)",
    },
    "init.c.gremium": {
        "de": "nur ein Beschluss der Allianz selbst zählt (D.I.5)",
        "en": "only the alliance's own decision counts (D.I.5)",
    },
    "init.c.erstkonzept": {
        "de": "erstes Konzept: noch keine Ergebnisse nötig",
        "en": "first plan: no results needed yet",
    },
    "init.c.ausgangslage": {
        "de": "D.I.6.a Ausgangslage",
        "en": "D.I.6.a initial situation",
    },
    "init.c.aktivitaeten": {
        "de": "D.I.6.b Aktivitäten",
        "en": "D.I.6.b activities",
    },
    "init.c.handlungsschwerpunkte": {
        "de": "D.I.6.c Handlungsschwerpunkte und Förderziele",
        "en": "D.I.6.c priorities and funding goals",
    },
    "init.c.ergebnisse": {
        "de": "D.I.6.d Ergebnisse",
        "en": "D.I.6.d results",
    },
    "init.t.members": {
        "de": "Pflichtsitze nach D.I.2 – Beispiele zum Übernehmen (Zeichen '# ' entfernen, Namen anpassen):\nmitglieder:\n  - id: lra\n    name: Landratsamt {name}           # D.I.2.a: der Kreis selbst\n    art: {art}\n  - id: ihk\n    name: IHK Chemnitz, Regionalkammer {name}   # D.I.2.c\n    art: industrie_und_handelskammer\n  - id: dgb\n    name: DGB Region …                 # D.I.2.d\n    art: gewerkschaft\n  - id: afa\n    name: Agentur für Arbeit {name}    # D.I.2.e (oder art: jobcenter)\n    art: agentur_fuer_arbeit\n  - id: lasub\n    name: Landesamt für Schule und Bildung, Standort …   # D.I.2.f\n    art: schulverwaltung\n  - id: wf\n    name: Wirtschaftsförderung {name}  # D.I.2.g\n    art: wirtschaftsfoerderung",
        "en": "Mandatory seats under D.I.2 – examples to copy (remove '# ', adjust the names):\nmitglieder:\n  - id: lra\n    name: Landratsamt {name}           # D.I.2.a: the Kreis itself\n    art: {art}\n  - id: ihk\n    name: IHK Chemnitz, Regionalkammer {name}   # D.I.2.c\n    art: industrie_und_handelskammer\n  - id: dgb\n    name: DGB Region …                 # D.I.2.d\n    art: gewerkschaft\n  - id: afa\n    name: Agentur für Arbeit {name}    # D.I.2.e (or art: jobcenter)\n    art: agentur_fuer_arbeit\n  - id: lasub\n    name: Landesamt für Schule und Bildung, Standort …   # D.I.2.f\n    art: schulverwaltung\n  - id: wf\n    name: Wirtschaftsförderung {name}  # D.I.2.g\n    art: wirtschaftsfoerderung",
    },
    "init.t.towns": {
        "de": '  # D.I.2.b: mindestens zwei kreisangehörige Städte mit mehr als 10 000 Einwohnern\n  - id: stadt1\n    name: Große Kreisstadt …\n    art: kreisangehoerige_stadt\n    einwohner: 0                     # amtliche Zahl eintragen\n    gemeindeschluessel: "…"          # 8 Ziffern',
        "en": '  # D.I.2.b: at least two towns with more than 10,000 inhabitants\n  - id: stadt1\n    name: Große Kreisstadt …\n    art: kreisangehoerige_stadt\n    einwohner: 0                     # enter the official figure\n    gemeindeschluessel: "…"          # 8 digits',
    },
    "init.t.manager": {
        "de": "Und unter allianz: geschaeftsfuehrung: lra   # D.I.4: id des geschäftsführenden Mitglieds",
        "en": "And under allianz: geschaeftsfuehrung: lra   # D.I.4: id of the managing member",
    },
    "init.t.plan": {
        "de": "Handlungskonzept (D.I.5, D.I.6):\nhandlungskonzept:\n  beschluss:\n    datum: JJJJ-MM-TT\n    gremium: allianz\n  inhalte:\n    ausgangslage: Kapitel …\n    aktivitaeten: Kapitel …\n    handlungsschwerpunkte: Kapitel …\n    ergebnisse: Kapitel …",
        "en": "Action plan (D.I.5, D.I.6):\nhandlungskonzept:\n  beschluss:\n    datum: YYYY-MM-DD\n    gremium: allianz\n  inhalte:\n    ausgangslage: Kapitel …\n    aktivitaeten: Kapitel …\n    handlungsschwerpunkte: Kapitel …\n    ergebnisse: Kapitel …",
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
    # --- HTML report (issue 10, part B) ---------------------------------------------------
    "html.title": {"de": "fkcheck – Prüfbericht", "en": "fkcheck – compliance report"},
    "html.page": {"de": "Seite", "en": "Page"},
    "html.page_of": {"de": "von", "en": "of"},
    "html.file": {"de": "Datei", "en": "File"},
    "html.overview": {"de": "Übersicht", "en": "Overview"},
    "html.overview.intro": {
        "de": "Je Allianz eine Zeile, je Vorgabe eine Spalte; Einzelheiten folgen je Allianz.",
        "en": "One row per alliance, one column per requirement; details follow per alliance.",
    },
    "html.overview.alliance": {"de": "Allianz", "en": "Alliance"},
    "html.overview.verdict": {"de": "Ergebnis", "en": "Verdict"},
    "html.legend": {"de": "Zeichenerklärung", "en": "Legend"},
    "html.mark.met": {"de": "erfüllt", "en": "met"},
    "html.mark.muss": {"de": "Muss-Vorgabe nicht erfüllt", "en": "mandatory requirement not met"},
    "html.mark.other": {
        "de": "Soll-Vorgabe oder Plausibilität nicht erfüllt, oder Frist läuft bald ab",
        "en": "recommendation or plausibility check not met, or deadline approaching",
    },
    "html.mark.na": {"de": "entfällt", "en": "not applicable"},
    "html.mark.invalid": {"de": "Datei nicht prüfbar", "en": "file could not be checked"},
    "html.todo": {"de": "Zu tun", "en": "To do"},
    "html.todo.none": {
        "de": "Nichts zu tun: Alle Vorgaben sind erfüllt.",
        "en": "Nothing to do: every requirement is met.",
    },
    "html.input_errors": {"de": "Eingabefehler", "en": "Input errors"},
    "html.line": {"de": "Zeile", "en": "line"},
    "html.checklist": {"de": "Prüfliste", "en": "Checklist"},
    "html.legal_text": {"de": "Rechtstext", "en": "Legal text (German)"},
    "html.finding": {"de": "Befund", "en": "Finding"},
    "html.members": {"de": "Mitglieder", "en": "Members"},
    "html.col.name": {"de": "Name", "en": "Name"},
    "html.col.side": {"de": "Seite", "en": "Side"},
    "html.col.votes": {"de": "Stimmen", "en": "Votes"},
    "html.col.since": {"de": "seit", "en": "since"},
    "html.col.until": {"de": "bis", "en": "until"},
    "html.col.status": {"de": "Stand am Stichtag", "en": "Status at the reference date"},
    "html.col.declaration": {"de": "Mitwirkungserklärung", "en": "Declaration of membership"},
    "html.member.active": {"de": "aktiv", "en": "active"},
    "html.member.ended": {"de": "ausgeschieden", "en": "left"},
    "html.member.future": {"de": "noch nicht Mitglied", "en": "not yet a member"},
    "html.member.managing": {"de": "geschäftsführendes Mitglied", "en": "managing member"},
    "html.members.other": {"de": "Weitere Mitglieder", "en": "Further members"},
    "html.members.none": {"de": "Keine Mitglieder eingetragen.", "en": "No members entered."},
    "html.votes": {"de": "Stimmenverhältnis", "en": "Balance of votes"},
    "html.votes.side": {
        "de": "{side}: {members} aktive Mitglieder, {votes} Stimmen",
        "en": "{side}: {members} active members, {votes} votes",
    },
    "html.votes.ratio": {
        "de": "Verhältnis der größeren zur kleineren Seite: {ratio} : 1; zulässig höchstens {limit} : 1",
        "en": "Ratio of the larger to the smaller side: {ratio} : 1; at most {limit} : 1 allowed",
    },
    "html.votes.one_side": {
        "de": "Eine Seite hat keine Stimmen; ein Verhältnis lässt sich nicht bilden (zulässig höchstens {limit} : 1).",
        "en": "One side has no votes, so there is no ratio (at most {limit} : 1 allowed).",
    },
    "html.timeline": {"de": "Handlungskonzept: Zeitleiste", "en": "Action plan: timeline"},
    "html.timeline.none": {
        "de": "Kein Handlungskonzept angegeben.",
        "en": "No action plan is given.",
    },
    "html.timeline.adopted": {"de": "Beschluss", "en": "Adopted"},
    "html.timeline.update": {"de": "Fortschreibung", "en": "Update"},
    "html.timeline.due": {"de": "Nächste Fortschreibung fällig", "en": "Next update due"},
    "html.timeline.by": {"de": "beschlossen {gremium}", "en": "adopted {gremium}"},
    "html.timeline.later": {"de": "nach dem Stichtag", "en": "after the reference date"},
    "html.timeline.not_alliance.adopted": {
        "de": "nicht von der Allianz selbst beschlossen (D.I.5)",
        "en": "not adopted by the alliance itself (D.I.5)",
    },
    "html.timeline.not_alliance.update": {
        "de": "zählt nicht: nicht von der Allianz selbst beschlossen (D.I.5, H.II.3)",
        "en": "does not count: not adopted by the alliance itself (D.I.5, H.II.3)",
    },
    "html.timeline.no_due": {
        "de": "Kein Fälligkeitsdatum: Es gibt keinen zählenden Beschluss bis zum Stichtag.",
        "en": "No due date: there is no counting adoption up to the reference date.",
    },
    "html.waivers": {"de": "Ausnahmen", "en": "Waivers"},
    "html.waivers.none": {"de": "Keine Ausnahmen eingetragen.", "en": "No waivers entered."},
    "html.waivers.off": {
        "de": "Ausnahmen wurden für diese Prüfung nicht angewendet (--no-waivers).",
        "en": "Waivers were not applied in this check (--no-waivers).",
    },
    "html.waiver.active": {"de": "angewendet", "en": "applied"},
    "html.waiver.expired": {"de": "abgelaufen", "en": "expired"},
    "html.waiver.unused": {"de": "nicht benötigt", "en": "not needed"},
    "html.waiver.disabled": {"de": "Regel abgeschaltet", "en": "rule switched off"},
    "html.waiver.col.rule": {"de": "Regel", "en": "Rule"},
    "html.provenance": {"de": "Herkunft dieser Prüfung", "en": "Provenance of this check"},
    "html.provenance.tool": {"de": "Programm", "en": "Program"},
    "html.provenance.input": {"de": "Eingabedatei (SHA-256)", "en": "Input file (SHA-256)"},
    "html.provenance.pack_hash": {"de": "Regelpaket (SHA-256)", "en": "Rule pack (SHA-256)"},
    "html.note": {"de": "Hinweis", "en": "Note"},
    "html.docs": {"de": "Unterlagen für den Antrag", "en": "Documents for the application"},
    "html.docs.intro": {
        "de": "Was dem Förderantrag nach Großbuchstabe G und H der Richtlinie beizufügen ist. "
        "Die Kästchen sind zum Abhaken beim Zusammenstellen gedacht.",
        "en": "What the funding application needs under Parts G and H of the Richtlinie. "
        "The boxes are for ticking off while putting it together.",
    },
    "html.docs.H.II.2": {
        "de": "Nachweis der Fachkräfteallianz: unterzeichnete Mitwirkungserklärungen der "
        "Mitglieder und Ausführungen zur Arbeitsweise und Organisation – mit dem ersten "
        "Antrag und bei Änderungen.",
        "en": "Proof that the alliance exists: signed declarations of membership and a "
        "description of how the alliance works and is organised – with the first application "
        "and after changes.",
    },
    "html.docs.H.II.2.missing": {
        "de": "Ohne eingetragene Mitwirkungserklärung (aktive Mitglieder):",
        "en": "Without a recorded declaration of membership (active members):",
    },
    "html.docs.H.II.2.complete": {
        "de": "Für alle aktiven Mitglieder ist eine Mitwirkungserklärung eingetragen.",
        "en": "A declaration of membership is recorded for every active member.",
    },
    "html.docs.H.II.3": {
        "de": "Das von der Allianz beschlossene Handlungskonzept – mit dem ersten Antrag und "
        "danach mindestens alle zwei Jahre.",
        "en": "The action plan adopted by the alliance – with the first application and then "
        "at least every two years.",
    },
    "html.docs.H.II.3.state": {
        "de": "Zuletzt beschlossen am {datum}; nächste Fortschreibung fällig am {faellig}.",
        "en": "Last adopted on {datum}; next update due on {faellig}.",
    },
    "html.docs.H.II.4": {
        "de": "Eine befürwortende Stellungnahme der Allianz zu jeder geplanten Maßnahme.",
        "en": "A supporting opinion of the alliance on each planned measure.",
    },
    "html.docs.H.II.5": {
        "de": "Eine Abgrenzung der Maßnahme zu vergleichbaren Förderprogrammen und "
        "gesetzlichen Leistungen.",
        "en": "A statement separating the measure from comparable funding programmes and "
        "statutory benefits.",
    },
    "html.docs.G.I.3": {
        "de": "Die Bestätigung, dass die Maßnahme keine anderen öffentlich finanzierten "
        "Projekte kofinanziert.",
        "en": "Confirmation that the measure does not co-finance other publicly funded projects.",
    },
    "html.docs.G.I.2": {
        "de": "Der Antrag wird über das geschäftsführende Mitglied eingereicht.",
        "en": "The application is submitted through the managing member.",
    },
    "html.docs.G.I.2.named": {
        "de": "Geschäftsführendes Mitglied: {name}",
        "en": "Managing member: {name}",
    },
    "html.docs.G.I.2.missing": {
        "de": "Noch kein aktives geschäftsführendes Mitglied benannt (siehe Zu tun).",
        "en": "No active managing member named yet (see To do).",
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
    errno.EBADF: "die Ausgabe ist geschlossen",
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


# --- issue 11: --help texts, kept in their own module (see fkcheck.messages_help) ---------
from fkcheck.messages_help import HELP  # noqa: E402

MESSAGES.update(HELP)


# --- issue 11: fkcheck rules / fkcheck explain ---------------------------------------------
MESSAGES.update(
    {
        "rules.more": {
            "de": "Erläuterung einer Regel: fkcheck explain REGEL (z. B. fkcheck explain FRL-1.7)",
            "en": "To explain a rule: fkcheck explain RULE (e.g. fkcheck explain FRL-1.7)",
        },
        "rules.col.id": {"de": "Regel", "en": "Rule"},
        "rules.col.citation": {"de": "Fundstelle", "en": "Legal basis"},
        "rules.col.force": {"de": "Verbindlichkeit", "en": "Legal force"},
        "rules.col.severity": {"de": "Schwere", "en": "Severity"},
        "rules.col.title": {"de": "Titel", "en": "Title"},
        "explain.force": {"de": "Verbindlichkeit", "en": "Legal force"},
        "explain.severity": {"de": "Schwere", "en": "Severity"},
        "explain.legal_text": {
            "de": "Rechtstext (wörtlich)",
            "en": "Legal text (German, verbatim and authoritative)",
        },
        "explain.meaning": {"de": "Was das heißt", "en": "What it means"},
        "explain.decides": {"de": "So entscheidet fkcheck", "en": "How fkcheck decides"},
        "explain.example_pass": {
            "de": "Beispiel: erfüllt (Testfall „{case}“, Stichtag {stichtag})",
            "en": 'Example: met (test case "{case}", reference date {stichtag})',
        },
        "explain.example_fail": {
            "de": "Beispiel: nicht erfüllt (Testfall „{case}“, Stichtag {stichtag})",
            "en": 'Example: not met (test case "{case}", reference date {stichtag})',
        },
        "explain.unknown_rule": {
            "de": "Das Regelpaket {pack} hat keine Regel '{id}'.{hint} Alle Regeln: fkcheck rules",
            "en": "rule pack {pack} has no rule '{id}'.{hint} All rules: fkcheck rules",
        },
        "explain.not_applicable": {"de": "Entfällt: {grund}", "en": "Does not apply: {grund}"},
        "explain.check.wert_erlaubt": {
            "de": "Erfüllt, wenn {feld} einen dieser Werte hat: {werte}.",
            "en": "Met when {feld} has one of these values: {werte}.",
        },
        "explain.check.mitglied_vorhanden": {
            "de": "Erfüllt, wenn am Stichtag mindestens {mindestens} aktive(s) Mitglied(er) "
            "dieser Art dabei ist/sind: {arten}.",
            "en": "Met when on the reference date at least {mindestens} active member(s) of "
            "these kinds take part: {arten}.",
        },
        "explain.check.mitglied_vorhanden.feld": {
            "de": "Erfüllt, wenn am Stichtag ein aktives Mitglied dieselbe Art hat wie {art_aus_feld}.",
            "en": "Met when on the reference date an active member has the same kind as "
            "{art_aus_feld}.",
        },
        "explain.check.einwohner": {
            "de": "Es zählen nur Mitglieder mit mehr als {einwohner_ueber} Einwohnern (einwohner).",
            "en": "Only members with more than {einwohner_ueber} inhabitants (einwohner) count.",
        },
        "explain.check.mitglied_benannt": {
            "de": "Erfüllt, wenn {feld} die id eines Mitglieds nennt, das am Stichtag aktiv ist.",
            "en": "Met when {feld} names the id of a member that is active on the reference date.",
        },
        "explain.check.name_passt": {
            "de": "Erfüllt, wenn {feld} den Namen des Kreises enthält, zu dem {schluessel} gehört.",
            "en": "Met when {feld} contains the name of the Kreis that {schluessel} belongs to.",
        },
        "explain.check.seitenbalance": {
            "de": "Erfüllt, wenn Arbeitgeber- und Arbeitnehmerseite Stimmen haben und die größere "
            "Seite höchstens {verhaeltnis}-mal so viele wie die kleinere.",
            "en": "Met when both the employers' and the employees' side have votes and the larger "
            "side has at most {verhaeltnis} times as many as the smaller.",
        },
        "explain.check.aktualitaet": {
            "de": "Erfüllt, wenn der letzte zählende Beschluss höchstens {jahre} Jahre vor dem "
            "Stichtag liegt; {warnfenster_tage} Tage vor Ablauf erinnert fkcheck an die Frist.",
            "en": "Met when the last counting decision lies at most {jahre} years before the "
            "reference date; {warnfenster_tage} days before the deadline fkcheck reminds you.",
        },
        "explain.check.feld_vorhanden": {
            "de": "Erfüllt, wenn {feld} angegeben und nicht leer ist.",
            "en": "Met when {feld} is given and not empty.",
        },
        "explain.check.muster": {
            "de": "Erfüllt, wenn jeder Wert von {feld} zum Muster {muster} passt.",
            "en": "Met when every value of {feld} matches the pattern {muster}.",
        },
    }
)
