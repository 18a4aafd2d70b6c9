"""A catalogue of broken and hostile alliance inputs (SPEC §3 input errors, §4 exit status 2).

Every case is run through the CLI in-process and must give exit status 2, file status
``invalid``, and a finding with rule ``input`` at the expected line and column whose German
message contains the expected fragment — and never a traceback, never a hang.

Most cases are one small edit of ``BASE``, a compliant alliance whose line numbers are
listed next to it, so that the expected positions can be read off directly.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import AS_OF, invoke
from fkcheck import document, yamlio
from fkcheck.errors import InputError
from fkcheck.yamlio import DEFAULT_LIMITS

# A Kreisfreie Stadt, so that the base passes every rule with few lines (a Landkreis would
# need its towns, D.I.2.b); the line numbers on the right are the cases' locations.
# fmt: off
BASE = (
    "version: 1\n"                                      # 1
    "allianz:\n"                                        # 2
    "  name: Fachkräfteallianz Test\n"                  # 3
    "  bundesland: SN\n"                                # 4
    "  gebiet:\n"                                       # 5
    "    name: Stadt Dresden\n"                         # 6
    "    art: kreisfreie_stadt\n"                       # 7
    '    kreisschluessel: "14612"\n'                    # 8
    "  geschaeftsfuehrung: lra\n"                       # 9
    "mitglieder:\n"                                     # 10
    "  - id: lra\n"                                     # 11
    "    name: Landeshauptstadt Dresden\n"              # 12
    "    art: kreisfreie_stadt\n"                       # 13
    "    stimmen: 1\n"                                  # 14
    "    seit: 2016-02-10\n"                            # 15
    "  - id: ihk\n"                                     # 16
    "    name: IHK Chemnitz\n"                          # 17
    "    art: industrie_und_handelskammer\n"            # 18
    "  - id: dgb\n"                                     # 19
    "    name: DGB Südwestsachsen\n"                    # 20
    "    art: gewerkschaft\n"                           # 21
    "  - id: afa\n"                                     # 22
    "    name: Agentur für Arbeit Freiberg\n"           # 23
    "    art: agentur_fuer_arbeit\n"                    # 24
    "  - id: lasub\n"                                   # 25
    "    name: Landesamt für Schule und Bildung\n"      # 26
    "    art: schulverwaltung\n"                        # 27
    "  - id: wf\n"                                      # 28
    "    name: Wirtschaftsförderung Dresden\n"         # 29
    "    art: wirtschaftsfoerderung\n"                  # 30
    "handlungskonzept:\n"                               # 31
    "  titel: Handlungskonzept 2026\n"                  # 32
    "  beschluss:\n"                                    # 33
    "    datum: 2025-11-15\n"                           # 34
    "    gremium: allianz\n"                            # 35
    "  fortschreibungen:\n"                             # 36
    "    - datum: 2026-10-01\n"                         # 37
    "  inhalte:\n"                                      # 38
    "    ausgangslage: Kapitel 1\n"                     # 39
    "    aktivitaeten: Kapitel 2\n"                     # 40
    "    handlungsschwerpunkte: Kapitel 3\n"            # 41
    "    ergebnisse: Kapitel 4\n"                       # 42
)
# fmt: on

CASE_TIME_LIMIT = 10  # seconds; a hang (FIFO, /dev/zero, alias bomb) fails instead of blocking
DEPTH = DEFAULT_LIMITS.max_depth  # the first bracket beyond this nesting depth is reported


def sub(old: str, new: str) -> str:
    """BASE with the one occurrence of ``old`` replaced by ``new``."""
    assert BASE.count(old) == 1, f"{old!r} must occur exactly once in BASE"
    return BASE.replace(old, new)


def billion_laughs() -> str:
    """Nine levels of nine-fold aliases: 9**9 nodes if expanded naively."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


PathMaker = Callable[[Path], str]


def missing_file(tmp: Path) -> str:
    return str(tmp / "gibt-es-nicht.yaml")


def dir_without_yaml(tmp: Path) -> str:
    folder = tmp / "ohne-yaml"
    folder.mkdir()
    (folder / "notiz.txt").write_text("keine Allianz\n", encoding="utf-8")
    return str(folder)


def fifo(tmp: Path) -> str:
    path = tmp / "pipe.yaml"
    os.mkfifo(path)  # nobody ever writes: reading it would block forever
    return str(path)


@dataclass(frozen=True)
class Case:
    id: str
    data: str | bytes | None  # file content (None: ``path`` builds the input)
    line: int | None
    column: int | None
    fragment: str  # part of the German message
    path: PathMaker | str | None = None  # a fixed path or a builder taking tmp_path
    stdin: bool = False
    xfail: str | None = None  # reason, when the implementation is believed wrong
    extra: tuple[str, ...] = field(default=())  # further required message fragments


# fmt: off
CASES: list[Case] = [
    # --- unknown keys, at every nesting level, with a suggestion ---------------------
    Case("unknown-key-top-level", sub("handlungskonzept:\n", "handlungskonzep:\n"), 31, 1,
         "unbekannter Schlüssel 'handlungskonzep'", extra=("Meinten Sie 'handlungskonzept'?",)),
    Case("unknown-key-allianz", sub("  bundesland: SN\n", "  bundesland: SN\n  bundeslnd: SN\n"),
         5, 3, "unbekannter Schlüssel 'bundeslnd'", extra=("Meinten Sie 'bundesland'?", "x-")),
    Case("unknown-key-gebiet", sub('    kreisschluessel: "14612"\n', '    kreisschlüssel: "14612"\n'),
         8, 5, "unbekannter Schlüssel 'kreisschlüssel'", extra=("Meinten Sie 'kreisschluessel'?",)),
    Case("unknown-key-member", sub("    stimmen: 1\n", "    stimmem: 1\n"), 14, 5,
         "unbekannter Schlüssel 'stimmem'", extra=("Meinten Sie 'stimmen'?",)),
    Case("unknown-key-handlungskonzept", sub("  titel: Handlungskonzept 2026\n", "  tittel: HK\n"),
         32, 3, "unbekannter Schlüssel 'tittel'", extra=("Meinten Sie 'titel'?",)),
    Case("unknown-key-beschluss", sub("    gremium: allianz\n", "    gremium: allianz\n    gremiun: x\n"),
         36, 5, "unbekannter Schlüssel 'gremiun'", extra=("Meinten Sie 'gremium'?",)),
    Case("unknown-key-fortschreibung",
         sub("    - datum: 2026-10-01\n", "    - datum: 2026-10-01\n      fundstele: TOP 1\n"),
         38, 7, "unbekannter Schlüssel 'fundstele'", extra=("Meinten Sie 'fundstelle'?",)),
    Case("unknown-key-inhalte", sub("    ergebnisse: Kapitel 4\n", "    ergebnise: Kapitel 4\n"),
         42, 5, "unbekannter Schlüssel 'ergebnise'", extra=("Meinten Sie 'ergebnisse'?",)),
    Case("unknown-key-uppercase-X-prefix", sub("    stimmen: 1\n", "    stimmen: 1\n    X-notiz: 1\n"),
         15, 5, "unbekannter Schlüssel 'X-notiz'"),
    # --- values outside their choice list ------------------------------------------------
    Case("art-misspelt", sub("    art: gewerkschaft\n", "    art: gewerkschaf\n"), 21, 10,
         "ungültiger Wert 'gewerkschaf'", extra=("Meinten Sie 'gewerkschaft'?",)),
    Case("gremium-misspelt", sub("    gremium: allianz\n", "    gremium: allianzz\n"), 35, 14,
         "ungültiger Wert 'allianzz'", extra=("Meinten Sie 'allianz'?", "kreistag")),
    Case("bundesland-invalid", sub("  bundesland: SN\n", "  bundesland: XX\n"), 4, 15,
         "ungültiger Wert 'XX'", extra=("SN",)),
    Case("bundesland-lowercase", sub("  bundesland: SN\n", "  bundesland: sn\n"), 4, 15,
         "ungültiger Wert 'sn'", extra=("Meinten Sie 'SN'?",)),
    Case("seite-misspelt", sub("    stimmen: 1\n", "    seite: arbeitnehmr\n"), 14, 12,
         "ungültiger Wert 'arbeitnehmr'", extra=("Meinten Sie 'arbeitnehmer'?",)),
    # --- required keys missing: reported where the user has to add them -------------
    Case("missing-version", BASE.replace("version: 1\n", ""), 1, 1,
         "Pflichtangabe 'version' fehlt"),
    Case("missing-allianz", "version: 1\nmitglieder: []\n", 1, 1, "Pflichtangabe 'allianz' fehlt"),
    Case("missing-allianz-name", sub("  name: Fachkräfteallianz Test\n", ""), 2, 1,
         "Pflichtangabe 'name' fehlt", extra=("allianz",)),
    Case("missing-gebiet",
         sub('  gebiet:\n    name: Stadt Dresden\n    art: kreisfreie_stadt\n    kreisschluessel: "14612"\n', ""),
         2, 1, "Pflichtangabe 'gebiet' fehlt", extra=("allianz",)),
    Case("missing-gebiet-name", sub("    name: Stadt Dresden\n", ""), 5, 3,
         "Pflichtangabe 'name' fehlt", extra=("allianz.gebiet",)),
    Case("missing-gebiet-art", sub("    art: kreisfreie_stadt\n    kreisschluessel", "    kreisschluessel"), 5, 3,
         "Pflichtangabe 'art' fehlt", extra=("allianz.gebiet",)),
    Case("missing-mitglieder", BASE[: BASE.index("mitglieder:\n")], 1, 1,
         "Pflichtangabe 'mitglieder' fehlt"),
    Case("missing-member-name", sub("    name: DGB Südwestsachsen\n", ""), 19, 5,
         "Pflichtangabe 'name' fehlt", extra=("mitglieder[2]",)),
    Case("missing-member-art", sub("    art: gewerkschaft\n", ""), 19, 5,
         "Pflichtangabe 'art' fehlt", extra=("mitglieder[2]",)),
    Case("missing-beschluss", sub("  beschluss:\n    datum: 2025-11-15\n    gremium: allianz\n", ""),
         31, 1, "Pflichtangabe 'beschluss' fehlt", extra=("handlungskonzept",)),
    Case("missing-beschluss-datum", sub("    datum: 2025-11-15\n", ""), 33, 3,
         "Pflichtangabe 'datum' fehlt", extra=("handlungskonzept.beschluss",)),
    Case("missing-beschluss-gremium", sub("    gremium: allianz\n", ""), 33, 3,
         "Pflichtangabe 'gremium' fehlt", extra=("handlungskonzept.beschluss",)),
    Case("missing-fortschreibung-datum", sub("    - datum: 2026-10-01\n", "    - fundstelle: Protokoll\n"),
         37, 7, "Pflichtangabe 'datum' fehlt", extra=("handlungskonzept.fortschreibungen[0]",)),
    # --- empty values and wrong types --------------------------------------------------
    Case("member-name-empty", sub("    name: DGB Südwestsachsen\n", '    name: ""\n'), 20, 11,
         "darf nicht leer sein"),
    Case("member-name-blank", sub("    name: DGB Südwestsachsen\n", '    name: "   "\n'), 20, 11,
         "darf nicht leer sein"),
    Case("allianz-name-null", sub("  name: Fachkräfteallianz Test\n", "  name:\n"), 3, 8,
         "erwartet: Text, gefunden: leerer Wert"),
    Case("stimmen-string", sub("    stimmen: 1\n", "    stimmen: zwei\n"), 14, 14,
         "erwartet: ganze Zahl, gefunden: Text ('zwei')"),
    Case("stimmen-quoted-number", sub("    stimmen: 1\n", '    stimmen: "2"\n'), 14, 14,
         "erwartet: ganze Zahl, gefunden: Text ('2')"),
    Case("stimmen-bool", sub("    stimmen: 1\n", "    stimmen: true\n"), 14, 14,
         "erwartet: ganze Zahl, gefunden: Wahrheitswert"),
    Case("stimmen-float", sub("    stimmen: 1\n", "    stimmen: 1.5\n"), 14, 14,
         "erwartet: ganze Zahl, gefunden: Kommazahl (1.5)"),
    Case("stimmen-float-integral", sub("    stimmen: 1\n", "    stimmen: 2.0\n"), 14, 14,
         "erwartet: ganze Zahl, gefunden: Kommazahl"),
    Case("stimmen-nan", sub("    stimmen: 1\n", "    stimmen: .nan\n"), 14, 14, "erwartet: ganze Zahl"),
    Case("stimmen-negative", sub("    stimmen: 1\n", "    stimmen: -1\n"), 14, 14,
         "Wert -1 ist zu klein; erlaubt ist mindestens 0"),
    Case("allianz-is-list", "version: 1\nallianz:\n  - name: x\nmitglieder: []\n", 3, 3,
         "erwartet: Abschnitt (Schlüssel: Wert), gefunden: Liste"),
    Case("allianz-null", "version: 1\nallianz:\nmitglieder: []\n", 2, 9,
         "erwartet: Abschnitt (Schlüssel: Wert), gefunden: leerer Wert"),
    Case("mitglieder-is-mapping", BASE[: BASE.index("mitglieder:\n")] + "mitglieder: {lra: 1}\n", 10, 13,
         "erwartet: Liste, gefunden: Abschnitt"),
    Case("member-is-scalar",
         sub("  - id: dgb\n    name: DGB Südwestsachsen\n    art: gewerkschaft\n", "  - DGB\n"), 19, 5,
         "erwartet: Abschnitt (Schlüssel: Wert), gefunden: Text ('DGB')"),
    Case("member-id-integer", sub("  - id: dgb\n", "  - id: 5\n"), 19, 9, "erwartet: Text, gefunden: ganze Zahl"),
    Case("fortschreibungen-not-a-list",
         sub("  fortschreibungen:\n    - datum: 2026-10-01\n", "  fortschreibungen: 2026-10-01\n"), 36, 21,
         "erwartet: Liste, gefunden: Datum"),
    Case("inhalte-value-is-list", sub("    ausgangslage: Kapitel 1\n", "    ausgangslage: [Kapitel 1]\n"),
         39, 19, "erwartet: Text, gefunden: Liste"),
    # --- dates ------------------------------------------------------------------------
    Case("date-german-format", sub("    datum: 2025-11-15\n", "    datum: 15.11.2023\n"), 34, 12,
         "ungültiges Datum '15.11.2023'", extra=("JJJJ-MM-TT",)),
    Case("date-february-30", sub("    datum: 2025-11-15\n", "    datum: 2023-02-30\n"), 34, 12,
         "ungültiges Datum '2023-02-30'"),
    Case("date-month-13", sub("    datum: 2025-11-15\n", "    datum: 2023-13-01\n"), 34, 12,
         "ungültiges Datum '2023-13-01'"),
    Case("date-unpadded", sub("    datum: 2025-11-15\n", "    datum: 2023-1-5\n"), 34, 12,
         "ungültiges Datum '2023-1-5'"),
    Case("date-integer", sub("    datum: 2025-11-15\n", "    datum: 20231115\n"), 34, 12,
         "ungültiges Datum 20231115"),
    Case("date-with-time", sub("    datum: 2025-11-15\n", "    datum: 2023-11-15T10:00:00\n"), 34, 12,
         "ungültiges Datum '2023-11-15T10:00:00'"),
    Case("date-with-time-space", sub("    datum: 2025-11-15\n", "    datum: 2023-11-15 10:00:00\n"),
         34, 12, "ungültiges Datum"),
    Case("gegruendet-year-only", sub("  geschaeftsfuehrung: lra\n", "  geschaeftsfuehrung: lra\n  gegruendet: 2016\n"),
         10, 15, "ungültiges Datum 2016"),
    Case("fortschreibung-date-invalid", sub("    - datum: 2026-10-01\n", "    - datum: 01.10.2026\n"), 37, 14,
         "ungültiges Datum '01.10.2026'"),
    # --- kreisschluessel ------------------------------------------------------------------
    Case("kreisschluessel-4-digits", sub('    kreisschluessel: "14612"\n', '    kreisschluessel: "1452"\n'), 8, 22,
         "Kreisschlüssel '1452' hat nicht genau 5 Ziffern"),
    Case("kreisschluessel-letters", sub('    kreisschluessel: "14612"\n', '    kreisschluessel: "14a22"\n'), 8, 22,
         "Kreisschlüssel '14a22' hat nicht genau 5 Ziffern"),
    # --- format v1 additions (D.I.2.b towns, erstkonzept, gremium of a Fortschreibung) ---------
    Case("gemeindeschluessel-7-digits",
         sub("    art: wirtschaftsfoerderung\n", '    art: wirtschaftsfoerderung\n    gemeindeschluessel: "1452209"\n'),
         31, 25, "Gemeindeschlüssel '1452209' hat nicht genau 8 Ziffern", extra=("Kreisschlüssel",)),
    Case("einwohner-negative",
         sub("    art: wirtschaftsfoerderung\n", "    art: wirtschaftsfoerderung\n    einwohner: -5\n"),
         31, 16, "-5"),
    Case("einwohner-with-thousands-separator",
         sub("    art: wirtschaftsfoerderung\n", '    art: wirtschaftsfoerderung\n    einwohner: "23.718"\n'),
         31, 16, "erwartet: ganze Zahl"),
    Case("art-kreisangehoerige-stadt-misspelt", sub("    art: wirtschaftsfoerderung\n", "    art: kreisangehörige_stadt\n"),
         30, 10, "ungültiger Wert 'kreisangehörige_stadt'", extra=("Meinten Sie 'kreisangehoerige_stadt'?",)),
    Case("erstkonzept-not-bool", sub("    gremium: allianz\n", "    gremium: allianz\n  erstkonzept: ja\n"),
         36, 16, "Wahrheitswert"),
    Case("fortschreibung-gremium-misspelt",
         sub("    - datum: 2026-10-01\n", "    - datum: 2026-10-01\n      gremium: kreistg\n"),
         38, 16, "ungültiger Wert 'kreistg'", extra=("Meinten Sie 'kreistag'?",)),
    # --- cross-field problems ---------------------------------------------------------------
    Case("duplicate-key", sub("  bundesland: SN\n", "  bundesland: SN\n  bundesland: SN\n"), 5, 3,
         "Schlüssel 'bundesland' kommt doppelt vor (zuerst in Zeile 4)"),
    Case("duplicate-member-id", sub("  - id: dgb\n", "  - id: ihk\n"), 19, 9,
         "Mitglieds-id 'ihk' ist bereits vergeben (mitglieder[1])"),
    Case("geschaeftsfuehrung-names-no-member", sub("  geschaeftsfuehrung: lra\n", "  geschaeftsfuehrung: lrb\n"),
         9, 23, "geschaeftsfuehrung nennt 'lrb', aber kein Mitglied hat diese id.",
         extra=("Meinten Sie 'lra'?",)),
    Case("bis-before-seit", sub("    seit: 2016-02-10\n", "    seit: 2016-02-10\n    bis: 2015-01-01\n"), 16, 10,
         "bis (01.01.2015) liegt vor seit (10.02.2016)"),
    # --- waivers (ausnahmen) and meetings (sitzungen) ---------------------------------------
    Case("waiver-without-reason", BASE + "ausnahmen:\n  - {regel: FRL-1.6, bis: 2027-01-31}\n", 44, 5,
         "Pflichtangabe 'begruendung' fehlt"),
    Case("waiver-without-expiry", BASE + "ausnahmen:\n  - {regel: FRL-1.6, begruendung: Beitritt}\n", 44, 5,
         "Pflichtangabe 'bis' fehlt"),
    Case("waiver-expiry-not-a-date", BASE + "ausnahmen:\n  - {regel: FRL-1.6, begruendung: B, bis: bald}\n",
         44, 43, "bald"),
    Case("waiver-empty-reason", BASE + "ausnahmen:\n  - {regel: FRL-1.6, begruendung: ' ', bis: 2027-01-31}\n",
         44, 35, "leer"),
    Case("waiver-unknown-rule", BASE + "ausnahmen:\n  - {regel: FRL-1.66, begruendung: B, bis: 2027-01-31}\n",
         44, 13, "unbekannte Regel 'FRL-1.66'", extra=("Meinten Sie 'FRL-1.6'?",)),
    Case("waiver-twice-for-one-rule", BASE + "ausnahmen:\n  - {regel: FRL-1.6, begruendung: B, bis: 2027-01-31}\n"
         "  - {regel: FRL-1.6, begruendung: C, bis: 2027-02-28}\n", 45, 13, "schon eine Ausnahme"),
    Case("waiver-unknown-key", BASE + "ausnahmen:\n  - {regel: FRL-1.6, begruendung: B, bis: 2027-01-31,"
         " genehmigt: X}\n", 44, 55, "unbekannter Schlüssel 'genehmigt'", extra=("genehmigt_durch",)),
    Case("meeting-date-invalid", BASE + "sitzungen:\n  - datum: 2026-02-30\n", 44, 12, "2026-02-30"),
    # --- size limit ------------------------------------------------------------------------------
    Case("file-over-the-size-limit", b"#" * (DEFAULT_LIMITS.max_bytes + 1), None, None, "zu groß"),
    # issue 9: a name of 100,000 characters is not a name (bounds pattern rules' time)
    Case("value-over-the-scalar-limit", sub("  name: Fachkräfteallianz Test\n", "  name: " + "a" * 100_000 + "\n"),
         3, 9, "Wert ist zu lang (100000 Zeichen", extra=("limits.max-scalar",)),
    Case("key-over-the-scalar-limit", BASE + "? x-" + "k" * 10_000 + "\n: 1\n", 43, 3, "Wert ist zu lang (10002 Zeichen"),
    Case("id-with-trailing-newline-in-waiver", BASE + 'ausnahmen:\n  - {regel: "x\\n::error::nl", begruendung: b, bis: 2027-01-01}\n',
         44, 13, "Ausnahme für unbekannte Regel"),
    # --- version -----------------------------------------------------------------------------
    Case("version-2", sub("version: 1\n", "version: 2\n"), 1, 10, "Formatversion 2 wird nicht unterstützt"),
    Case("version-string", sub("version: 1\n", 'version: "1"\n'), 1, 10, "Formatversion '1' wird nicht unterstützt"),
    Case("version-bool", sub("version: 1\n", "version: true\n"), 1, 10, "Formatversion true wird nicht unterstützt"),
    # --- YAML features fkcheck refuses -----------------------------------------------------
    Case("two-yaml-documents", BASE + "---\nversion: 1\n", 43, 1, "mehr als ein YAML-Dokument"),
    Case("two-yaml-documents-second-empty", BASE + "---\n", 43, 1, "mehr als ein YAML-Dokument"),
    Case("tag-python-object", sub("  name: Fachkräfteallianz Test\n", "  name: !!python/object:os.system x\n"), 3, 9,
         "YAML-Tag !!python/object:os.system ist nicht erlaubt"),
    Case("tag-python-object-apply", 'version: 1\nallianz: !!python/object/apply:os.system ["echo x"]\n', 2, 10,
         "YAML-Tag !!python/object/apply:os.system ist nicht erlaubt"),
    Case("tag-custom", sub("  name: Fachkräfteallianz Test\n", "  name: !eigen Fachkräfteallianz\n"), 3, 9,
         "YAML-Tag !eigen ist nicht erlaubt"),
    Case("tag-set", sub("    stimmen: 1\n", "    stimmen: !!set {a, b}\n"), 14, 14, "YAML-Tag !!set ist nicht erlaubt"),
    Case("tag-int-with-text", sub("    stimmen: 1\n", "    stimmen: !!int zwei\n"), 14, 14,
         "Wert 'zwei' passt nicht zum Tag !!int"),
    Case("unknown-alias", sub("    art: gewerkschaft\n", "    art: *nix\n"), 21, 10,
         "Verweis *nix auf einen unbekannten Anker"),
    Case("complex-key", BASE + "? [a, b]\n: x\n", 43, 3, "nur einfache Texte sind als Schlüssel erlaubt"),
    # --- YAML syntax ----------------------------------------------------------------------------
    Case("syntax-unclosed-bracket", sub("    stimmen: 1\n", "    stimmen: [1, 2\n"), 15, 9,
         "YAML-Syntaxfehler: erwartet ',' oder ']'"),
    Case("syntax-unclosed-brace", sub("  name: Fachkräfteallianz Test\n", "  name: {a: 1\n"), 4, 13,
         "YAML-Syntaxfehler: erwartet ',' oder '}'"),
    Case("syntax-bad-indentation", sub("  bundesland: SN\n", "   bundesland: SN\n"), 4, 14, "YAML-Syntaxfehler"),
    Case("syntax-bad-indentation-in-german", sub("  bundesland: SN\n", "   bundesland: SN\n"), 4, 14,
         "Doppelpunkt an dieser Stelle nicht erlaubt"),
    Case("syntax-tab-indentation", sub("  bundesland: SN\n", "\tbundesland: SN\n"), 4, 1,
         "YAML-Syntaxfehler: Tabulatorzeichen in der Einrückung"),
    # --- empty and non-mapping documents -------------------------------------------------
    Case("empty-file", "", 1, 1, "Datei ist leer"),
    Case("whitespace-only", "  \n\n   \n", 1, 1, "Datei ist leer"),
    Case("comment-only", "# nur ein Kommentar\n", 1, 1, "Datei ist leer"),
    Case("top-level-list", "- version: 1\n- allianz: x\n", 1, 1, "erwartet wird ein Abschnitt mit Schlüsseln",
         extra=("gefunden: Liste",)),
    Case("top-level-scalar", "Fachkräfteallianz\n", 1, 1, "erwartet wird ein Abschnitt mit Schlüsseln",
         extra=("gefunden: Text",)),
    # --- resource exhaustion ------------------------------------------------------------------
    Case("nested-brackets-20000", "[" * 20_000 + "]" * 20_000 + "\n", 1, DEPTH + 1, "Verschachtelung zu tief"),
    # the root mapping is level 1, so the DEPTH-th brace (column 10 + 4 * (DEPTH - 1)) is one level too many
    Case("nested-braces-unclosed-in-value", "version: 1\nallianz: " + "{a: " * 20_000 + "\n", 2,
         10 + 4 * (DEPTH - 1), "Verschachtelung zu tief"),
    # level f is the first whose expansion passes 100,000 nodes: stopped at its first alias
    Case("billion-laughs", billion_laughs(), 6, 8, "zu viele Alias-Expansionen"),
    # --- bytes that are not UTF-8 YAML text -------------------------------------------------
    Case("invalid-utf8-latin1-umlaut", sub("  name: Fachkräfteallianz Test\n", "  name: Fachkr\udce4fteallianz\n")
         .encode("utf-8", "surrogateescape"), 3, 15, "ungültige Zeichenkodierung: Byte 0xE4",
         extra=("UTF-8",)),
    Case("invalid-utf8-late-line", (BASE + "x-notiz: Gr\udcfc\udcdfe\n").encode("utf-8", "surrogateescape"),
         43, 12, "Byte 0xFC"),
    Case("binary-nul-bytes", b"version: 1\nallianz:\x00\x01\x02\x03\n", 2, 9, "Binärdaten"),
    Case("control-character", "version: 1\nallianz: x\x07\n", 2, 11, "unzulässiges Steuerzeichen"),
    Case("control-character-shown-as-code-point", "version: 1\nallianz: x\x07\n", 2, 11, "U+0007"),
    Case("control-character-after-umlauts",
         sub("  titel: Handlungskonzept 2026\n", "  titel: Handlungskonzept\x07 2026\n"), 32, 26,
         "unzulässiges Steuerzeichen"),
    Case("utf8-bom-crlf-still-located", b"\xef\xbb\xbf"
         + sub("    art: gewerkschaft\n", "    art: gewerkschaf\n").replace("\n", "\r\n").encode(), 21, 10,
         "Meinten Sie 'gewerkschaft'?"),
    Case("utf16-bom-still-located", sub("    art: gewerkschaft\n", "    art: gewerkschaf\n").encode("utf-16"),
         21, 10, "Meinten Sie 'gewerkschaft'?"),
    # --- standard input -----------------------------------------------------------------------
    Case("stdin-misspelt-art", sub("    art: gewerkschaft\n", "    art: gewerkschaf\n").encode(), 21, 10,
         "ungültiger Wert 'gewerkschaf'", stdin=True),
    Case("stdin-empty", b"", 1, 1, "Datei ist leer", stdin=True),
    Case("stdin-invalid-utf8", b"version: 1\nallianz: \xff\n", 2, 10, "Byte 0xFF", stdin=True),
    # --- inputs that are not readable regular files (no line to point at) -------------------
    Case("path-does-not-exist", None, None, None, "nicht gefunden", path=missing_file),
    Case("directory-without-yaml", None, None, None, "keine *.yaml- oder *.yml-Dateien", path=dir_without_yaml),
    Case("fifo", None, None, None, "keine gewöhnliche Datei", path=fifo),
    Case("dev-null", None, None, None, "keine gewöhnliche Datei", path="/dev/null"),
    Case("dev-zero", None, None, None, "keine gewöhnliche Datei", path="/dev/zero"),
]
# fmt: on


def _params() -> Iterator[Any]:
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        if isinstance(case.path, str) and not os.path.exists(case.path):
            marks.append(pytest.mark.skip(reason=f"{case.path} does not exist here"))
        if case.path is fifo and not hasattr(os, "mkfifo"):
            marks.append(pytest.mark.skip(reason="no FIFOs on this platform"))
        yield pytest.param(case, id=case.id, marks=marks)


class _TooSlow(Exception):
    pass


def _run_with_time_limit(args: list[str], stdin: bytes | None) -> tuple[Any, float]:
    """Run the CLI; a case that blocks (e.g. reading a FIFO) fails after CASE_TIME_LIMIT."""

    def on_alarm(signum: int, frame: Any) -> None:
        raise _TooSlow(f"fkcheck did not finish within {CASE_TIME_LIMIT} s")

    if not hasattr(signal, "setitimer"):  # no SIGALRM (Windows): run without the guard
        start = time.monotonic()
        return invoke(args, stdin), time.monotonic() - start
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_TIME_LIMIT)
    start = time.monotonic()
    try:
        result = invoke(args, stdin)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return result, time.monotonic() - start


def _check_args(path: str) -> list[str]:
    return ["check", path, "--as-of", AS_OF, "--format", "json"]


@pytest.mark.parametrize("case", list(_params()))
def test_input_error(case: Case, tmp_path: Path) -> None:
    stdin: bytes | None = None
    if case.stdin:
        path = "-"
        stdin = case.data.encode() if isinstance(case.data, str) else case.data
    elif case.data is not None:
        file = tmp_path / "allianz.yaml"
        file.write_bytes(case.data.encode() if isinstance(case.data, str) else case.data)
        path = str(file)
    elif callable(case.path):
        path = case.path(tmp_path)
    else:
        assert case.path is not None
        path = case.path

    result, seconds = _run_with_time_limit(_check_args(path), stdin)

    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code == 2, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert len(report["files"]) == 1
    checked = report["files"][0]
    assert checked["path"] == ("<stdin>" if case.stdin else path)
    assert checked["status"] == "invalid"
    assert report["summary"]["exit_code"] == 2
    inputs = [f for f in checked["findings"] if f["rule"] == "input"]
    assert inputs, checked["findings"]
    assert all(f["severity"] == "error" for f in inputs)
    located = [(f["line"], f["column"], f["message"]) for f in inputs]
    matching = [f for f in inputs if case.fragment in f["message"]]
    assert matching, f"no message contains {case.fragment!r}: {located}"
    finding = matching[0]
    assert (finding["line"], finding["column"]) == (case.line, case.column), located
    for fragment in case.extra:
        assert fragment in finding["message"], finding["message"]
    assert seconds < CASE_TIME_LIMIT


def test_catalogue_is_large_and_ids_are_unique() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)


# --- inputs that look unusual but are valid ------------------------------------------------


def test_base_document_is_compliant() -> None:
    """The catalogue's BASE itself is valid, so each case fails only because of its one edit."""
    result = invoke(["check", "-", "--as-of", AS_OF, "--format", "json"], BASE)
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["files"][0]["status"] == "ok"


X_KEYS = (
    BASE.replace("version: 1\n", "version: 1\nx-meta: {erstellt: 2026-01-01, von: [a, b]}\n")
    .replace("  bundesland: SN\n", "  bundesland: SN\n  x-notiz: frei\n")
    .replace(
        '    kreisschluessel: "14612"\n', '    kreisschluessel: "14612"\n    x-ags: 14612000\n'
    )
    .replace(
        "    stimmen: 1\n", "    stimmen: 1\n    x-kontakt:\n      - {mail: a@b.de, tel: null}\n"
    )
    .replace(
        "  titel: Handlungskonzept 2026\n", "  titel: Handlungskonzept 2026\n  x-datei: hk.pdf\n"
    )
    .replace("    gremium: allianz\n", "    gremium: allianz\n    x-top: 2\n")
    .replace("    - datum: 2026-10-01\n", "    - datum: 2026-10-01\n      x-art: 15.11.2023\n")
    .replace("    ergebnisse: Kapitel 4\n", "    ergebnisse: Kapitel 4\n    x-seiten: [1, 2]\n")
)


def test_x_prefixed_keys_are_accepted_at_every_level() -> None:
    assert X_KEYS.count("x-") == 8
    result = invoke(["check", "-", "--as-of", AS_OF, "--format", "json"], X_KEYS)
    assert result.exit_code == 0, result.stdout
    checked = json.loads(result.stdout)["files"][0]
    assert checked["status"] == "ok"
    assert not [f for f in checked["findings"] if f["rule"] == "input"]


def test_x_keys_go_only_from_mappings_that_become_models() -> None:
    text = (
        "version: 1\n"
        "x-vorlage: &m {name: A, art: schule, x-n: 1}\n"
        "allianz: {name: N, bundesland: SN, gebiet: {name: G, art: landkreis, x-g: 2}}\n"
        "mitglieder: [*m, *m, {name: B, art: {x-b: 1}, x-c: 3}]\n"
    )
    loaded = yamlio.load_text(text)
    assert loaded.user_keys and not yamlio.load_text("a: {b: 1}\n").user_keys
    with pytest.raises(InputError) as info:
        document.validate(loaded)
    (problem,) = info.value.problems  # the members from the alias are valid
    assert (problem.code, problem.path) == ("input.choice", ("mitglieder", 2, "art"))
    assert problem.params["suggest"] == "{'x-b': 1}"  # not a model: shown as written
    assert loaded.data["x-vorlage"] == {"name": "A", "art": "schule", "x-n": 1}  # unchanged


def test_loading_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            document.load("ok.yaml", BASE.encode())
            with pytest.raises(InputError):
                document.load("bad.yaml", b"version: 1\nversion: 2\n")
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def _findings(report: str) -> list[tuple[str, str, int | None, int | None]]:
    return [
        (f["rule"], f["severity"], f["line"], f["column"])
        for f in json.loads(report)["files"][0]["findings"]
    ]


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(BASE.encode("utf-16"), id="utf-16-native-bom"),
        pytest.param(b"\xff\xfe" + BASE.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + BASE.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode(), id="utf-8-bom-crlf"),
        pytest.param(BASE.replace("\n", "\r\n").encode(), id="utf-8-crlf"),
    ],
)
def test_other_encodings_and_line_ends_are_checked_normally(encoded: bytes, tmp_path: Path) -> None:
    """UTF-16 with a BOM is decoded, and a BOM or CRLF changes neither verdict nor positions."""
    file = tmp_path / "allianz.yaml"
    file.write_bytes(encoded)
    plain = invoke(["check", "-", "--as-of", AS_OF, "--format", "json"], BASE.encode())
    result = invoke(_check_args(str(file)))
    assert result.exit_code in (0, 1)
    assert result.exit_code == plain.exit_code
    checked = json.loads(result.stdout)["files"][0]
    assert checked["status"] in ("ok", "gaps")
    assert checked["alliance"] == "Fachkräfteallianz Test"
    assert _findings(result.stdout) == _findings(plain.stdout)


# --- several inputs at once ------------------------------------------------------------------


def test_other_files_are_checked_when_one_is_invalid(tmp_path: Path) -> None:
    good = tmp_path / "a-gut.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "b-kaputt.yaml"
    bad.write_text(sub("    art: gewerkschaft\n", "    art: gewerkschaf\n"), encoding="utf-8")
    gap = tmp_path / "c-luecke.yaml"
    gap.write_text(sub("    art: wirtschaftsfoerderung\n", "    art: sonstige\n"), encoding="utf-8")
    missing = tmp_path / "d-fehlt.yaml"

    result = invoke(
        ["check", str(good), str(bad), str(gap), str(missing), "--as-of", AS_OF, "--format", "json"]
    )

    assert result.exit_code == 2
    report = json.loads(result.stdout)
    files = {f["path"]: f for f in report["files"]}
    assert list(files) == [str(good), str(bad), str(gap), str(missing)]
    assert files[str(good)]["status"] == "ok"
    assert {f["rule"] for f in files[str(good)]["findings"]} == {"FRL-2.1", "FRL-2.2", "FRL-2.3"}
    assert files[str(bad)]["status"] == "invalid"
    assert [(f["line"], f["column"]) for f in files[str(bad)]["findings"]] == [(21, 10)]
    assert files[str(gap)]["status"] == "gaps"
    assert [f["rule"] for f in files[str(gap)]["findings"] if f["severity"] == "error"] == [
        "FRL-1.6"
    ]
    assert files[str(missing)]["status"] == "invalid"
    assert report["summary"] == {
        "files": 4,
        "ok": 1,
        "gaps": 1,
        "invalid": 2,
        "waived": 0,
        "exit_code": 2,
    }


def test_directory_with_one_invalid_file_checks_the_rest(tmp_path: Path) -> None:
    (tmp_path / "1.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "2.yml").write_text("version: 2\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "3.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "ignoriert.txt").write_text("kein YAML", encoding="utf-8")

    result = invoke(_check_args(str(tmp_path)))

    assert result.exit_code == 2
    statuses = [(Path(f["path"]).relative_to(tmp_path).as_posix(), f["status"])
                for f in json.loads(result.stdout)["files"]]  # fmt: skip
    assert statuses == [("1.yaml", "ok"), ("2.yml", "invalid"), ("sub/3.yaml", "ok")]
