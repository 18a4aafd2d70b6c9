"""German titles and descriptions of the alliance file's JSON Schema (``fkcheck schema``).

An editor shows these texts while an officer types, so they are written for the officer
and in German, the file's own language. Each model of :mod:`fkcheck.model` has an entry:
``""`` describes the model itself, every other key one of its fields (a test keeps this
table complete). ``KIND_MEANINGS`` explains each member kind (``art``).
"""

from __future__ import annotations

Texts = dict[str, tuple[str, str]]

MODEL_TEXTS: dict[str, Texts] = {
    "Dokument": {
        "": (
            "Regionale Fachkräfteallianz (fkcheck, Dateiformat 1)",
            "Beschreibung einer regionalen Fachkräfteallianz nach der sächsischen "
            "Fachkräfterichtlinie, Großbuchstabe D Ziffer I. Prüfen mit: fkcheck check DATEI. "
            "Eigene Angaben sind unter Schlüsseln erlaubt, die mit x- beginnen.",
        ),
        "version": ("Formatversion", "Immer 1."),
        "allianz": ("Allianz", "Name, Bundesland, Gebiet und geschäftsführendes Mitglied."),
        "mitglieder": (
            "Mitglieder",
            "Alle Mitglieder der Allianz (D.I.2 Mindestbesetzung, D.I.3 weitere Mitglieder).",
        ),
        "handlungskonzept": (
            "Handlungskonzept",
            "Das von der Allianz beschlossene Handlungskonzept (D.I.5) und seine "
            "Fortschreibungen (D.I.6). Fehlt es, sind die Vorgaben FRL-4.x nicht erfüllt.",
        ),
        "sitzungen": ("Sitzungen", "Sitzungen der Allianz (freiwillig)."),
        "ausnahmen": (
            "Ausnahmen",
            "Bekannte Lücken, die bis zu einem Datum mit Begründung zurückgestellt sind "
            "(für automatische Prüfungen, z. B. in CI).",
        ),
    },
    "Allianz": {
        "": ("Allianz", "Angaben zur Allianz selbst."),
        "name": ("Name der Allianz", "z. B. Fachkräfteallianz Landkreis Zwickau"),
        "bundesland": (
            "Bundesland",
            "Zweistelliges Kürzel des Landes; die Richtlinie gilt nur in Sachsen (SN).",
        ),
        "gebiet": ("Gebiet", "Der Landkreis oder die Kreisfreie Stadt der Allianz."),
        "gegruendet": ("Gründungsdatum", "Datum JJJJ-MM-TT, z. B. 2016-02-10."),
        "geschaeftsfuehrung": (
            "Geschäftsführendes Mitglied",
            "Die id des geschäftsführenden Mitglieds (D.I.4); über dieses Mitglied wird der "
            "Förderantrag eingereicht.",
        ),
    },
    "Gebiet": {
        "": ("Gebiet", "Landkreis oder Kreisfreie Stadt der Allianz."),
        "name": ("Name des Gebiets", "z. B. Landkreis Zwickau oder Stadt Chemnitz"),
        "art": (
            "Art des Gebiets",
            "landkreis oder kreisfreie_stadt (klein geschrieben). Anderer Text beschreibt ein "
            "Gebiet außerhalb des Geltungsbereichs der Richtlinie.",
        ),
        "kreisschluessel": (
            "Kreisschlüssel",
            'Amtlicher Kreisschlüssel, 5 Ziffern in Anführungszeichen, z. B. "14524" '
            "für den Landkreis Zwickau.",
        ),
    },
    "Mitglied": {
        "": ("Mitglied", "Ein Mitglied der Allianz."),
        "id": (
            "Kurzname (id)",
            "Eindeutiger Kurzname, z. B. lra oder ihk; nötig, wenn das Mitglied unter "
            "allianz.geschaeftsfuehrung genannt wird.",
        ),
        "name": ("Name", "z. B. Landratsamt Zwickau oder DGB Region Südwestsachsen"),
        "art": ("Art des Mitglieds", "Welche Gruppe das Mitglied vertritt."),
        "seite": (
            "Seite",
            "Nur nötig, wenn die Seite nicht aus der Art folgt: arbeitgeber, arbeitnehmer "
            "oder neutral (für die Ausgewogenheit nach D.I.3 Satz 2).",
        ),
        "stimmen": ("Stimmen", "Anzahl der Stimmen des Mitglieds (ganze Zahl ab 0, Standard 1)."),
        "seit": ("Mitglied seit", "Datum JJJJ-MM-TT; leer lassen, wenn unbekannt."),
        "bis": ("Mitglied bis", "Datum JJJJ-MM-TT, an dem die Mitgliedschaft endet(e)."),
        "einwohner": (
            "Einwohner",
            "Amtliche Einwohnerzahl einer kreisangehörigen Stadt (D.I.2.b: mehr als 10 000).",
        ),
        "einwohner_stand": ("Stand der Einwohnerzahl", "Datum JJJJ-MM-TT der Einwohnerzahl."),
        "gemeindeschluessel": (
            "Gemeindeschlüssel",
            'Amtlicher Gemeindeschlüssel, 8 Ziffern in Anführungszeichen, z. B. "14524330"; '
            "die ersten 5 Ziffern sind der Kreisschlüssel.",
        ),
        "mitwirkungserklaerung": (
            "Mitwirkungserklärung",
            "Datum JJJJ-MM-TT der unterzeichneten Mitwirkungserklärung (H.II.2).",
        ),
    },
    "Handlungskonzept": {
        "": ("Handlungskonzept", "Das regionale Handlungskonzept (D.I.5, D.I.6)."),
        "titel": ("Titel", "z. B. Handlungskonzept 2025/2026"),
        "beschluss": ("Beschluss", "Wann und von wem das Handlungskonzept beschlossen wurde."),
        "erstkonzept": (
            "Erstes Handlungskonzept",
            "true nur für das allererste Handlungskonzept der Allianz: Es kann noch keine "
            "Ergebnisse geförderter Maßnahmen enthalten.",
        ),
        "fortschreibungen": (
            "Fortschreibungen",
            "Fortschreibungen des Handlungskonzepts; mindestens alle zwei Jahre (D.I.6).",
        ),
        "inhalte": (
            "Inhalte",
            "Wo das Handlungskonzept die Pflichtinhalte nach D.I.6 a–d behandelt "
            "(Kapitel oder kurze Zusammenfassung).",
        ),
    },
    "Beschluss": {
        "": ("Beschluss", "Beschluss über das Handlungskonzept."),
        "datum": ("Datum des Beschlusses", "Datum JJJJ-MM-TT."),
        "gremium": (
            "Beschließendes Gremium",
            "Wer beschlossen hat; nach D.I.5 muss es die Allianz selbst sein (allianz).",
        ),
        "fundstelle": ("Fundstelle", "z. B. Protokoll vom 15.11.2023, TOP 2"),
    },
    "Fortschreibung": {
        "": ("Fortschreibung", "Eine Fortschreibung des Handlungskonzepts."),
        "datum": ("Datum der Fortschreibung", "Datum JJJJ-MM-TT."),
        "gremium": (
            "Beschließendes Gremium",
            "Standard: allianz. Nur eine Fortschreibung der Allianz selbst zählt (D.I.5, H.II.3).",
        ),
        "fundstelle": ("Fundstelle", "z. B. Protokoll vom 01.10.2025, TOP 3"),
    },
    "Inhalte": {
        "": ("Inhalte", "Die Pflichtinhalte des Handlungskonzepts nach D.I.6."),
        "ausgangslage": ("Ausgangslage", "D.I.6.a: Ausgangslage und regionale Herausforderungen."),
        "aktivitaeten": ("Aktivitäten", "D.I.6.b: laufende und geplante Aktivitäten."),
        "handlungsschwerpunkte": (
            "Handlungsschwerpunkte",
            "D.I.6.c: geplante Handlungsschwerpunkte und Förderziele.",
        ),
        "ergebnisse": ("Ergebnisse", "D.I.6.d: Ergebnisse umgesetzter Maßnahmen."),
    },
    "Sitzung": {
        "": ("Sitzung", "Eine Sitzung der Allianz."),
        "datum": ("Datum der Sitzung", "Datum JJJJ-MM-TT."),
        "fundstelle": ("Fundstelle", "z. B. Protokoll vom 01.10.2025"),
    },
    "Ausnahme": {
        "": ("Ausnahme", "Eine bekannte Lücke, befristet zurückgestellt."),
        "regel": ("Regel", "Die Regel-id, z. B. FRL-4.2."),
        "begruendung": ("Begründung", "Warum die Lücke vorübergehend hingenommen wird."),
        "bis": ("Gültig bis", "Datum JJJJ-MM-TT, an dem die Ausnahme abläuft."),
        "genehmigt_durch": ("Genehmigt durch", "Wer die Ausnahme genehmigt hat."),
    },
}

# The meaning of each value of an enumeration, by field name.
KIND_MEANINGS: dict[str, str] = {
    "landkreis": "der Landkreis selbst, z. B. das Landratsamt (D.I.2.a)",
    "kreisfreie_stadt": "die Kreisfreie Stadt selbst, z. B. die Stadtverwaltung (D.I.2.a)",
    "kreisangehoerige_stadt": "eine Stadt im Landkreis, z. B. eine Große Kreisstadt (D.I.2.b)",
    "kommune": "eine andere Gemeinde",
    "arbeitgeberverband": "ein Arbeitgeberverband (D.I.2.c)",
    "unternehmensverband": "ein Unternehmensverband (D.I.2.c)",
    "industrie_und_handelskammer": "die Industrie- und Handelskammer, IHK (D.I.2.c)",
    "handwerkskammer": "die Handwerkskammer, HWK (D.I.2.c)",
    "kreishandwerkerschaft": "die Kreishandwerkerschaft (D.I.2.c)",
    "unternehmen": "ein einzelnes Unternehmen (Arbeitgeberseite)",
    "gewerkschaft": "eine Gewerkschaft, z. B. DGB, ver.di, IG Metall (D.I.2.d)",
    "agentur_fuer_arbeit": "die Agentur für Arbeit (D.I.2.e)",
    "jobcenter": "das Jobcenter (D.I.2.e)",
    "schulverwaltung": "die Schulverwaltung, z. B. das Landesamt für Schule und Bildung (D.I.2.f)",
    "schule": "eine Schule (D.I.2.f)",
    "schule_wirtschaft": "der Arbeitskreis SCHULEWIRTSCHAFT (D.I.2.f)",
    "wirtschaftsfoerderung": "die regionale Wirtschaftsförderung (D.I.2.g)",
    "migrationsvertretung": "eine Vertretung von Menschen mit Migrationshintergrund (D.I.3.a)",
    "universitaet": "eine Universität (D.I.3.b)",
    "hochschule": "eine Hochschule oder Fachhochschule (D.I.3.b)",
    "berufsakademie": "die Berufsakademie Sachsen (D.I.3.b)",
    "gleichstellungsbeauftragte": "die kommunale Gleichstellungsbeauftragte (D.I.3.c)",
    "bildungstraeger": "ein Bildungsträger",
    "wohlfahrtsverband": "ein Wohlfahrtsverband",
    "sonstige": "ein anderes Mitglied",
}
ENUM_MEANINGS: dict[str, dict[str, str]] = {
    "art": KIND_MEANINGS,
    "seite": {
        "arbeitgeber": "Arbeitgeberseite",
        "arbeitnehmer": "Arbeitnehmerseite",
        "neutral": "keiner Seite zugeordnet",
    },
    "gremium": {
        "allianz": "die Allianz selbst (nur dieser Beschluss erfüllt D.I.5)",
        "kreistag": "der Kreistag",
        "stadtrat": "der Stadtrat",
        "verwaltung": "die Verwaltung",
    },
    "bundesland": {
        "BW": "Baden-Württemberg",
        "BY": "Bayern",
        "BE": "Berlin",
        "BB": "Brandenburg",
        "HB": "Bremen",
        "HH": "Hamburg",
        "HE": "Hessen",
        "MV": "Mecklenburg-Vorpommern",
        "NI": "Niedersachsen",
        "NW": "Nordrhein-Westfalen",
        "RP": "Rheinland-Pfalz",
        "SL": "Saarland",
        "SN": "Sachsen (nur hier gilt die Richtlinie)",
        "ST": "Sachsen-Anhalt",
        "SH": "Schleswig-Holstein",
        "TH": "Thüringen",
    },
}
