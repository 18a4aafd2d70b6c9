"""The ``--help`` texts of every command, frame included, in German and English.

Part of the message catalogue (merged into :data:`fkcheck.messages.MESSAGES`); kept in
its own module because it is long. Keys: ``help.frame.*`` the words of the frame,
``help.common.*`` options every command has, ``help.<command>`` its description,
``.summary`` its line in ``fkcheck --help``, ``.<option>`` and ``.<option>.metavar`` (the
placeholder for its value), ``.examples`` and ``.exit``. ``help.fkcheck`` is the group.
"""

from __future__ import annotations

from fkcheck.messages_help_files import HELP_FILES

_FRAME: dict[str, dict[str, str]] = {
    "help.frame.usage": {"de": "Aufruf:", "en": "Usage:"},
    "help.frame.options": {"de": "Optionen", "en": "Options"},
    "help.frame.arguments": {"de": "Argumente", "en": "Arguments"},
    "help.frame.commands": {"de": "Befehle", "en": "Commands"},
    "help.frame.examples": {"de": "Beispiele", "en": "Examples"},
    "help.frame.exit_status": {"de": "Exit-Status", "en": "Exit status"},
    "help.frame.values": {"de": "Werte", "en": "Values"},
    "help.frame.options_metavar": {"de": "[OPTIONEN]", "en": "[OPTIONS]"},
    "help.frame.command_metavar": {
        "de": "BEFEHL [ARGUMENTE]...",
        "en": "COMMAND [ARGUMENTS]...",
    },
    "help.common.help": {
        "de": "Diese Hilfe anzeigen und beenden.",
        "en": "Show this message and exit.",
    },
    "help.common.lang": {
        "de": "Sprache der Ausgabe und der Hilfe (Standard: de, oder FKCHECK_LANG).",
        "en": "Language of the output and the help (default: de, or FKCHECK_LANG).",
    },
    "help.common.lang.metavar": {"de": "SPRACHE", "en": "LANGUAGE"},
}

_ROOT: dict[str, dict[str, str]] = {
    "help.fkcheck": {
        "de": "Prüft regionale Fachkräfteallianzen gegen die sächsische "
        "Fachkräfterichtlinie. Hilfe zu einem Befehl: fkcheck BEFEHL --help.",
        "en": "Checks regional skilled-labour alliances against the Saxon "
        "Fachkräfterichtlinie. Help on a command: fkcheck COMMAND --help.",
    },
    "help.fkcheck.version": {
        "de": "Version anzeigen und beenden.",
        "en": "Show the version and exit.",
    },
    "help.fkcheck.examples": {
        "de": "fkcheck check allianz.yaml\n"
        "fkcheck check allianz.yaml --as-of 2026-11-23 --format json\n"
        "fkcheck rules\n"
        "fkcheck explain FRL-1.7\n"
        "fkcheck --lang en check --help",
        "en": "fkcheck check allianz.yaml\n"
        "fkcheck check allianz.yaml --as-of 2026-11-23 --format json\n"
        "fkcheck rules\n"
        "fkcheck explain FRL-1.7\n"
        "fkcheck --lang en check --help",
    },
    "help.fkcheck.exit": {
        "de": "0  alles erfüllt (keine Befunde ab --fail-on)\n"
        "1  Befunde: mindestens eine Vorgabe nicht erfüllt\n"
        "2  Prüfung nicht möglich (Datei unlesbar, Eingabefehler, Regelpaket fehlerhaft,\n"
        "   falscher Aufruf)",
        "en": "0  all met (no findings at or above --fail-on)\n"
        "1  findings: at least one requirement not met\n"
        "2  could not check (unreadable file, input error, broken rule pack,\n"
        "   wrong usage)",
    },
}

_CHECK: dict[str, dict[str, str]] = {
    "help.check": {
        "de": "Prüft Allianz-Beschreibungen (YAML) gegen das Regelpaket und meldet jede "
        "Lücke mit Fundstelle, Stelle in der Datei und was zu tun ist.",
        "en": "Checks alliance descriptions (YAML) against the rule pack and reports every "
        "gap with its legal basis, its place in the file and what to do.",
    },
    "help.check.summary": {
        "de": "Allianz-Beschreibungen prüfen.",
        "en": "Check alliance descriptions.",
    },
    "help.check.paths": {
        "de": "Dateien, Ordner (alle *.yaml/*.yml darin) oder - für die Standardeingabe; "
        "ohne Angabe: include aus .fkcheck.yaml.",
        "en": "Files, folders (all *.yaml/*.yml in them) or - for standard input; "
        "none: include from .fkcheck.yaml.",
    },
    "help.check.paths.metavar": {"de": "PFAD", "en": "PATH"},
    "help.check.as_of": {
        "de": "Stichtag der Prüfung (Standard: heute).",
        "en": "Reference date of the check (default: today).",
    },
    "help.check.as_of.metavar": {"de": "JJJJ-MM-TT", "en": "YYYY-MM-DD"},
    "help.check.rules": {
        "de": "Regelpaket: Datei oder eingebautes Paket (Standard: sn-frl).",
        "en": "Rule pack: a file or a built-in pack (default: sn-frl).",
    },
    "help.check.rules.metavar": {"de": "PAKET", "en": "PACK"},
    "help.check.fmt": {
        "de": "Ausgabeformat (Standard: text; in GitHub Actions: github).",
        "en": "Output format (default: text; in GitHub Actions: github).",
    },
    "help.check.fmt.metavar": {"de": "FORMAT", "en": "FORMAT"},
    "help.check.output": {
        "de": "Bericht in diese Datei schreiben statt auf den Bildschirm.",
        "en": "Write the report to this file instead of the screen.",
    },
    "help.check.output.metavar": {"de": "DATEI", "en": "FILE"},
    "help.check.report": {
        "de": "Weiteren Bericht aus demselben Lauf schreiben, z. B. sarif=fkcheck.sarif "
        "(mehrfach möglich).",
        "en": "Also write another report of the same run, e.g. sarif=fkcheck.sarif "
        "(may be repeated).",
    },
    "help.check.report.metavar": {"de": "FORMAT=DATEI", "en": "FORMAT=FILE"},
    "help.check.fail_on": {
        "de": "Ab dieser Schwere endet fkcheck mit Exit-Status 1 (Standard: error).",
        "en": "Findings of this severity or above give exit status 1 (default: error).",
    },
    "help.check.fail_on.metavar": {"de": "SCHWERE", "en": "SEVERITY"},
    "help.check.warn_before": {
        "de": "So viele Tage vor Ablauf der Frist des Handlungskonzepts erinnern (Standard: 90).",
        "en": "Remind this many days before the action plan's deadline (default: 90).",
    },
    "help.check.warn_before.metavar": {"de": "TAGE", "en": "DAYS"},
    "help.check.no_waivers": {
        "de": "Ausnahmen (ausnahmen:) nicht anwenden, z. B. für eine Prüfung.",
        "en": "Do not apply waivers (ausnahmen:), e.g. for an audit.",
    },
    "help.check.config_file": {
        "de": "Diese Konfigurationsdatei lesen (Standard: .fkcheck.yaml suchen).",
        "en": "Read this configuration file (default: look for .fkcheck.yaml).",
    },
    "help.check.config_file.metavar": {"de": "DATEI", "en": "FILE"},
    "help.check.no_config": {
        "de": "Keine .fkcheck.yaml lesen.",
        "en": "Do not read .fkcheck.yaml.",
    },
    "help.check.force_exclude": {
        "de": "exclude aus .fkcheck.yaml auch auf ausdrücklich genannte Dateien anwenden "
        "(für pre-commit).",
        "en": "Apply exclude from .fkcheck.yaml to files named explicitly too (for pre-commit).",
    },
    "help.check.verbose": {
        "de": "Textbericht mit allen Einzelheiten: jede Vorgabe mit Fundstelle und Rechtstext.",
        "en": "Text report in full detail: every requirement with its legal basis and text.",
    },
    "help.check.jobs": {
        "de": "So viele Prozesse prüfen die Dateien gleichzeitig (Standard: 1 = nacheinander; "
        "0 = einer je Prozessorkern). Nur unter Linux und ab 32 Dateien; lohnt nur, wenn die "
        "Kerne frei sind.",
        "en": "This many processes check the files at once (default: 1 = one after another; "
        "0 = one per processor core). Linux only, from 32 files; pays only when the cores "
        "are free.",
    },
    "help.check.jobs.metavar": {"de": "ANZAHL", "en": "COUNT"},
    "help.check.examples": {
        "de": "fkcheck check allianz.yaml\n"
        "fkcheck check allianzen/ --as-of 2026-11-23\n"
        "fkcheck check allianz.yaml --format json --output bericht.json\n"
        "fkcheck check allianz.yaml --report sarif=fkcheck.sarif",
        "en": "fkcheck check allianz.yaml\n"
        "fkcheck check allianzen/ --as-of 2026-11-23\n"
        "fkcheck check allianz.yaml --format json --output report.json\n"
        "fkcheck check allianz.yaml --report sarif=fkcheck.sarif",
    },
    "help.check.exit": {
        "de": "0  keine Befunde ab --fail-on (Standard: error)\n"
        "1  mindestens ein Befund ab --fail-on\n"
        "2  Prüfung nicht möglich (Datei unlesbar, Eingabefehler, Regelpaket fehlerhaft,\n"
        "   falscher Aufruf)",
        "en": "0  no findings at or above --fail-on (default: error)\n"
        "1  at least one finding at or above --fail-on\n"
        "2  could not check (unreadable file, input error, broken rule pack,\n"
        "   wrong usage)",
    },
}

_TEST: dict[str, dict[str, str]] = {
    "help.test": {
        "de": "Führt die Testfälle eines Regelpakets aus und zeigt, welche Regeln kein "
        "Testfall abdeckt.",
        "en": "Runs a rule pack's test cases and shows which rules no case covers.",
    },
    "help.test.summary": {
        "de": "Testfälle eines Regelpakets ausführen.",
        "en": "Run a rule pack's test cases.",
    },
    "help.test.pack": {
        "de": "Regelpaket: Datei oder eingebautes Paket.",
        "en": "Rule pack: a file or a built-in pack.",
    },
    "help.test.pack.metavar": {"de": "PAKET", "en": "PACK"},
    "help.test.cases": {
        "de": "Testfall-Dateien oder -Ordner (Standard: PAKET-faelle/ neben dem Paket).",
        "en": "Case files or folders (default: PACK-faelle/ beside the pack).",
    },
    "help.test.cases.metavar": {"de": "FAELLE", "en": "CASES"},
    "help.test.strict": {
        "de": "Exit-Status 1 auch, wenn eine Regel keinen Testfall hat.",
        "en": "Exit status 1 also when a rule has no test case.",
    },
    "help.test.examples": {
        "de": "fkcheck test meine-regeln.yaml\nfkcheck test sn-frl tests/cases",
        "en": "fkcheck test my-rules.yaml\nfkcheck test sn-frl tests/cases",
    },
    "help.test.exit": {
        "de": "0  alle Fälle bestanden\n"
        "1  ein Fall schlägt fehl (mit --strict auch: eine Regel ohne Fall)\n"
        "2  Regelpaket oder Falldatei fehlerhaft",
        "en": "0  all cases pass\n"
        "1  a case fails (with --strict also: a rule without a case)\n"
        "2  broken rule pack or case file",
    },
}

_RULES: dict[str, dict[str, str]] = {
    "help.rules": {
        "de": "Listet die Regeln des Regelpakets: Regel, Fundstelle, Verbindlichkeit "
        "(Muss, Soll, Plausibilität), Schwere und Titel.",
        "en": "Lists the rule pack's rules: rule, legal basis, legal force "
        "(must, should, plausibility), severity and title.",
    },
    "help.rules.summary": {"de": "Regeln auflisten.", "en": "List the rules."},
    "help.rules.fmt": {
        "de": "Ausgabeformat (Standard: text).",
        "en": "Output format (default: text).",
    },
    "help.rules.fmt.metavar": {"de": "FORMAT", "en": "FORMAT"},
    "help.rules.pack": {
        "de": "Regelpaket: Datei oder eingebautes Paket (Standard: sn-frl).",
        "en": "Rule pack: a file or a built-in pack (default: sn-frl).",
    },
    "help.rules.pack.metavar": {"de": "PAKET", "en": "PACK"},
    "help.rules.examples": {
        "de": "fkcheck rules\nfkcheck rules --format markdown > regeln.md",
        "en": "fkcheck rules --lang en\nfkcheck rules --format markdown > rules.md",
    },
    "help.rules.exit": {
        "de": "0  Regeln angezeigt\n2  Regelpaket nicht gefunden oder fehlerhaft",
        "en": "0  rules shown\n2  rule pack not found or broken",
    },
    "help.explain": {
        "de": "Erklärt eine Regel: Rechtstext, was er bedeutet, wie fkcheck entscheidet, was "
        "zu tun ist, und je ein erfülltes und ein nicht erfülltes Beispiel aus den Testfällen.",
        "en": "Explains a rule: its legal text, what it means, how fkcheck decides, what to "
        "do, and a met and a not-met example from the test cases.",
    },
    "help.explain.summary": {"de": "Eine Regel erklären.", "en": "Explain a rule."},
    "help.explain.rule_id": {
        "de": "Die Regel, z. B. FRL-1.7 (Liste: fkcheck rules).",
        "en": "The rule, e.g. FRL-1.7 (list: fkcheck rules).",
    },
    "help.explain.rule_id.metavar": {"de": "REGEL", "en": "RULE"},
    "help.explain.pack": {
        "de": "Regelpaket: Datei oder eingebautes Paket (Standard: sn-frl).",
        "en": "Rule pack: a file or a built-in pack (default: sn-frl).",
    },
    "help.explain.pack.metavar": {"de": "PAKET", "en": "PACK"},
    "help.explain.examples": {
        "de": "fkcheck explain FRL-1.7\nfkcheck explain GO-1 --rules meine-regeln.yaml",
        "en": "fkcheck explain FRL-1.7 --lang en\nfkcheck explain GO-1 --rules my-rules.yaml",
    },
    "help.explain.exit": {
        "de": "0  Regel erklärt\n2  unbekannte Regel, Regelpaket nicht gefunden oder fehlerhaft",
        "en": "0  rule explained\n2  unknown rule, rule pack not found or broken",
    },
}

HELP: dict[str, dict[str, str]] = {
    **_FRAME,
    **_ROOT,
    **_CHECK,
    **_TEST,
    **_RULES,
    **HELP_FILES,
}
