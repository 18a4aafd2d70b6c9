"""Help texts of the commands beside check and test: init, schema, import, deadlines.

Same keys as :mod:`fkcheck.messages_help` (``help.<command>``, ``.summary``,
``.<parameter>``, ``.<parameter>.metavar``, ``.examples``, ``.exit``).
"""

from __future__ import annotations

_EXIT_WRITE = {
    "de": "0  erledigt\n2  Eingabe oder Aufruf fehlerhaft, Datei nicht lesbar oder schon vorhanden",
    "en": "0  done\n2  bad input or usage, file unreadable or already there",
}

HELP_FILES: dict[str, dict[str, str]] = {
    "help.init": {
        "de": "Legt eine neue Allianz-Datei an: im Dialog (Kreis, Pflichtsitze nach D.I.2, "
        "Städte eines Landkreises, geschäftsführendes Mitglied, Handlungskonzept) oder mit "
        "--non-interactive als kommentierte Vorlage, deren Pflichtsitze nur als Beispiele "
        "auskommentiert sind.",
        "en": "Creates a new alliance file: in a dialogue (Kreis, required seats of D.I.2, "
        "towns of a Landkreis, managing member, action plan) or with --non-interactive as a "
        "commented template whose required seats are only commented-out examples.",
    },
    "help.init.summary": {"de": "Neue Allianz-Datei anlegen.", "en": "Create an alliance file."},
    "help.init.target": {
        "de": "Die neue Datei (Standard: fachkraefteallianz.yaml).",
        "en": "The new file (default: fachkraefteallianz.yaml).",
    },
    "help.init.target.metavar": {"de": "DATEI", "en": "FILE"},
    "help.init.kreis": {
        "de": "Kreisschlüssel des Kreises, z. B. 14524 (Landkreis Zwickau).",
        "en": "Kreisschlüssel of the Kreis, e.g. 14524 (Landkreis Zwickau).",
    },
    "help.init.kreis.metavar": {"de": "SCHLÜSSEL", "en": "KEY"},
    "help.init.non_interactive": {
        "de": "Ohne Fragen nur die Vorlage für den Kreis schreiben.",
        "en": "Write only the Kreis's template, without questions.",
    },
    "help.init.force": {
        "de": "Eine bestehende Datei ersetzen.",
        "en": "Replace an existing file.",
    },
    "help.init.examples": {
        "de": "fkcheck init allianz.yaml\nfkcheck init allianz.yaml --kreis 14524 --non-interactive",
        "en": "fkcheck init alliance.yaml --lang en\n"
        "fkcheck init alliance.yaml --kreis 14524 --non-interactive",
    },
    "help.init.exit": _EXIT_WRITE,
    "help.schema": {
        "de": "Gibt das JSON Schema der Allianz-Datei aus (Entwurf 2020-12, mit Erläuterungen "
        "zu jedem Feld), z. B. für die Vervollständigung im Editor.",
        "en": "Prints the alliance file's JSON Schema (draft 2020-12, every field explained), "
        "e.g. for completion in an editor.",
    },
    "help.schema.summary": {"de": "JSON Schema ausgeben.", "en": "Print the JSON Schema."},
    "help.schema.output": {
        "de": "Das Schema in diese Datei schreiben statt auf den Bildschirm.",
        "en": "Write the schema to this file instead of the screen.",
    },
    "help.schema.output.metavar": {"de": "DATEI", "en": "FILE"},
    "help.schema.examples": {
        "de": "fkcheck schema --output allianz.schema.json",
        "en": "fkcheck schema --output alliance.schema.json",
    },
    "help.schema.exit": _EXIT_WRITE,
    "help.import": {
        "de": "Übernimmt eine Mitgliederliste aus einer Tabelle (.csv oder .xlsx, eine Zeile "
        "je Mitglied) als Abschnitt mitglieder:, auf dem Bildschirm oder in eine Datei.",
        "en": "Takes a member list from a table (.csv or .xlsx, one row per member) as a "
        "mitglieder: section, on the screen or into a file.",
    },
    "help.import.summary": {
        "de": "Mitgliederliste übernehmen.",
        "en": "Import a member list.",
    },
    "help.import.table": {
        "de": "Die Mitgliederliste (.csv oder .xlsx).",
        "en": "The member list (.csv or .xlsx).",
    },
    "help.import.table.metavar": {"de": "LISTE", "en": "LIST"},
    "help.import.merge_into": {
        "de": "Die Mitglieder dieser Allianz-Datei ersetzen (ihre Kommentare bleiben).",
        "en": "Replace the members of this alliance file (its comments are kept).",
    },
    "help.import.merge_into.metavar": {"de": "DATEI", "en": "FILE"},
    "help.import.output": {
        "de": "Das Ergebnis in diese Datei schreiben.",
        "en": "Write the result to this file.",
    },
    "help.import.output.metavar": {"de": "DATEI", "en": "FILE"},
    "help.import.examples": {
        "de": "fkcheck import mitglieder.xlsx\n"
        "fkcheck import mitglieder.xlsx --merge-into allianz.yaml --output allianz.yaml",
        "en": "fkcheck import members.xlsx --lang en\n"
        "fkcheck import members.xlsx --merge-into alliance.yaml --output alliance.yaml",
    },
    "help.import.exit": _EXIT_WRITE,
    "help.deadlines": {
        "de": "Listet nach Datum, was fällig wird oder sich ändert: die nächste Fortschreibung "
        "des Handlungskonzepts (D.I.6, H.II.3) mit Beginn des Warnfensters, die "
        "Interessensbekundung bis 30. September (F.II.1), endende Mitgliedschaften und "
        "ablaufende Ausnahmen – jeweils mit dem ersten Tag, an dem sich das Ergebnis ändert.",
        "en": "Lists by date what falls due or changes: the action plan's next update (D.I.6, "
        "H.II.3) with the start of its warning window, the expression of interest by "
        "30 September (F.II.1), memberships and waivers ending – each with the first day "
        "on which the verdict changes.",
    },
    "help.deadlines.summary": {
        "de": "Fristen und Termine auflisten.",
        "en": "List deadlines and dates.",
    },
    "help.deadlines.paths": {
        "de": "Dateien, Ordner oder '-' (Standardeingabe); ohne Angabe: include aus .fkcheck.yaml.",
        "en": "Files, folders or '-' (standard input); none: include from .fkcheck.yaml.",
    },
    "help.deadlines.paths.metavar": {"de": "PFAD", "en": "PATH"},
    "help.deadlines.as_of": {
        "de": "Stichtag (Standard: heute).",
        "en": "Reference date (default: today).",
    },
    "help.deadlines.as_of.metavar": {"de": "JJJJ-MM-TT", "en": "YYYY-MM-DD"},
    "help.deadlines.until": {
        "de": "Letzter Tag der Liste (Standard: 18 Monate nach dem Stichtag).",
        "en": "Last day of the list (default: 18 months after the reference date).",
    },
    "help.deadlines.until.metavar": {"de": "JJJJ-MM-TT", "en": "YYYY-MM-DD"},
    "help.deadlines.fmt": {
        "de": "Ausgabe: text, json oder ics (Kalenderdatei, z. B. für Outlook).",
        "en": "Output: text, json or ics (calendar file, e.g. for Outlook).",
    },
    "help.deadlines.fmt.metavar": {"de": "FORMAT", "en": "FORMAT"},
    "help.deadlines.output": {
        "de": "In diese Datei schreiben (eine Eingabedatei wird nie überschrieben).",
        "en": "Write to this file (an input file is never overwritten).",
    },
    "help.deadlines.output.metavar": {"de": "DATEI", "en": "FILE"},
    "help.deadlines.rules": {
        "de": "Regelpaket: Datei oder eingebautes Paket (Standard: sn-frl).",
        "en": "Rule pack: a file or a built-in pack (default: sn-frl).",
    },
    "help.deadlines.rules.metavar": {"de": "PAKET", "en": "PACK"},
    "help.deadlines.warn_before": {
        "de": "Warnfenster in Tagen vor Fälligkeit der Fortschreibung (Standard: 90).",
        "en": "Warning window in days before the update is due (default: 90).",
    },
    "help.deadlines.warn_before.metavar": {"de": "TAGE", "en": "DAYS"},
    "help.deadlines.config_file": {
        "de": "Diese Konfigurationsdatei lesen (Standard: .fkcheck.yaml suchen).",
        "en": "Read this configuration file (default: look for .fkcheck.yaml).",
    },
    "help.deadlines.config_file.metavar": {"de": "DATEI", "en": "FILE"},
    "help.deadlines.no_config": {
        "de": "Keine .fkcheck.yaml lesen.",
        "en": "Read no .fkcheck.yaml.",
    },
    "help.deadlines.examples": {
        "de": "fkcheck deadlines allianz.yaml\n"
        "fkcheck deadlines allianz.yaml --format ics --output fristen.ics",
        "en": "fkcheck deadlines alliance.yaml --lang en\n"
        "fkcheck deadlines alliance.yaml --format ics --output deadlines.ics",
    },
    "help.deadlines.exit": {
        "de": "0  Liste erstellt\n2  Eingabe oder Aufruf fehlerhaft",
        "en": "0  list made\n2  bad input or usage",
    },
}
