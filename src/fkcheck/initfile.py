"""``fkcheck init``: the draft of a new alliance file and its commented YAML.

A :class:`Draft` holds what the officer answered; :func:`render` writes it as a
commented YAML file (ruamel round-trip) whose first line points editors at the JSON
Schema. Seats nobody named yet never become placeholder members: the template lists
them as commented examples, so ``fkcheck check`` reports each one as missing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from fkcheck import document, engine, kindalias, schemagen, yamlio, yamlout
from fkcheck.i18n import Lang, t
from fkcheck.results import RuleResult
from fkcheck.rulepack import RulePack

COMMENT_COLUMN = 44


@dataclass(frozen=True)
class Seat:
    """A seat of the minimum membership (D.I.2) or a recommended one (D.I.3)."""

    key: str  # message ids init.seat.<key> (question) and init.example.<key>
    citation: str
    kinds: tuple[str, ...]  # the first is taken when the name does not tell
    id: str
    required: bool = True


SEATS = (
    Seat("arbeitgeber", "D.I.2.c", ("industrie_und_handelskammer", "handwerkskammer",
         "kreishandwerkerschaft", "arbeitgeberverband", "unternehmensverband"), "ihk"),
    Seat("gewerkschaft", "D.I.2.d", ("gewerkschaft",), "gewerkschaft"),
    Seat("arbeitsverwaltung", "D.I.2.e", ("agentur_fuer_arbeit", "jobcenter"), "afa"),
    Seat("schule", "D.I.2.f", ("schulverwaltung", "schule_wirtschaft", "schule"), "schule"),
    Seat("wirtschaftsfoerderung", "D.I.2.g", ("wirtschaftsfoerderung",), "wf"),
    Seat("migration", "D.I.3.a", ("migrationsvertretung",), "migration", False),
    Seat("hochschule", "D.I.3.b", ("hochschule", "universitaet", "berufsakademie"), "hs", False),
    Seat("gleichstellung", "D.I.3.c", ("gleichstellungsbeauftragte",), "gb", False),
)  # fmt: skip
CHAPTERS = ("ausgangslage", "aktivitaeten", "handlungsschwerpunkte", "ergebnisse")


@dataclass
class Draft:
    key: str  # Kreisschlüssel
    kreis: Mapping[str, Any]  # the pack's reference row: name, art
    name: str = ""
    members: list[dict[str, Any]] = field(default_factory=list)
    manager: str | None = None
    plan: dict[str, Any] | None = None

    @property
    def landkreis(self) -> bool:
        return bool(self.kreis["art"] == "landkreis")

    def territory(self) -> str:
        """``Landkreis Zwickau``, ``Stadt Chemnitz`` (the pack's name without its note)."""
        base = str(self.kreis["name"]).split(" (")[0]
        return f"Landkreis {base}" if self.landkreis else f"Stadt {base}"

    def alliance_name(self) -> str:
        return self.name or f"Fachkräfteallianz {self.territory()}"

    def add(self, values: dict[str, Any]) -> str:
        """Add a member under a free id (``stadt``, ``stadt-2``); returns that id."""
        taken = {m["id"] for m in self.members}
        wanted, number = values["id"], 2
        while values["id"] in taken:
            values["id"], number = f"{wanted}-{number}", number + 1
        self.members.append(values)
        return str(values["id"])

    def data(self) -> dict[str, Any]:
        allianz: dict[str, Any] = {
            "name": self.alliance_name(),
            "bundesland": "SN",
            "gebiet": {
                "name": self.territory(),
                "art": self.kreis["art"],
                "kreisschluessel": self.key,
            },
        }
        if self.manager:
            allianz["geschaeftsfuehrung"] = self.manager
        out: dict[str, Any] = {"version": 1, "allianz": allianz, "mitglieder": self.members}
        if self.plan is not None:
            out["handlungskonzept"] = self.plan
        return out


def kreise(pack: RulePack) -> dict[str, Mapping[str, Any]]:
    return dict(sorted(pack.reference["kreise"].items()))


def kind_for(name: str, seat: Seat) -> str:
    guessed = kindalias.kind_for(name)
    return guessed if guessed in seat.kinds else seat.kinds[0]


def member_id(name: str) -> str:
    """A short id from a town's name: ``Große Kreisstadt Crimmitschau`` → ``crimmitschau``."""
    words = kindalias.words(name).split()
    return words[-1] if words else "stadt"


def missing(draft: Draft, pack: RulePack, today: dt.date) -> list[RuleResult]:
    """The mandatory rules the draft does not meet yet (the live checklist)."""
    data = draft.data()
    loaded = yamlio.Loaded(data, yamlio.Locator(), "")
    source = document.Source("", document.validate(loaded), loaded.locator, "")
    result = engine.evaluate(pack, source, today)
    return [r for r in result.results if r.status == "not_met" and r.rule.force == "muss"]


def schema_reference(target: Path) -> str:
    """Where the file's modeline finds the schema: relative to the file when possible."""
    schema = schemagen.shipped_path().resolve()
    try:
        return Path(os.path.relpath(schema, target.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()


def render(draft: Draft, schema_ref: str, lang: Lang, target: str) -> str:
    root = CommentedMap(version=1)
    root["allianz"] = _allianz(draft, lang)
    root["mitglieder"] = yamlout.sequence(draft.members)
    for member in root["mitglieder"]:
        _note(member, "id", "init.c.id", lang)
        _note(member, "art", "init.c.art", lang)
        _note(member, "einwohner", "init.c.einwohner", lang)
        _note(member, "gemeindeschluessel", "init.c.gemeindeschluessel", lang)
    root.yaml_set_comment_before_after_key("mitglieder", before=t("init.c.mitglieder", lang))
    if not draft.members:
        _note(root, "mitglieder", "init.c.mitglieder_leer", lang)
    if draft.plan is not None:
        root["handlungskonzept"] = _plan(draft.plan, lang)
        root.yaml_set_comment_before_after_key(
            "handlungskonzept", before=t("init.c.handlungskonzept", lang)
        )
    params = {"schema": schema_ref, "gebiet": draft.territory(), "datei": target}
    root.yaml_set_start_comment(t("init.c.head", lang, params))
    text = yamlout.dump(root)
    return text if draft.members or draft.plan else text + _examples(draft, lang)


def _allianz(draft: Draft, lang: Lang) -> CommentedMap:
    data = draft.data()["allianz"]
    allianz = yamlout.mapping({k: v for k, v in data.items() if k != "gebiet"})
    allianz.insert(2, "gebiet", yamlout.mapping(data["gebiet"]))
    for key in ("name", "bundesland", "geschaeftsfuehrung"):
        _note(allianz, key, f"init.c.{key}", lang)
    for key in ("name", "art", "kreisschluessel"):
        _note(allianz["gebiet"], key, f"init.c.gebiet.{key}", lang)
    return allianz


def _plan(plan: dict[str, Any], lang: Lang) -> CommentedMap:
    out = yamlout.mapping({k: v for k, v in plan.items() if k not in ("beschluss", "inhalte")})
    out.insert(1, "beschluss", yamlout.mapping(plan["beschluss"]))
    _note(out["beschluss"], "gremium", "init.c.gremium", lang)
    _note(out, "erstkonzept", "init.c.erstkonzept", lang)
    if "inhalte" in plan:
        out["inhalte"] = yamlout.mapping(plan["inhalte"])
        for chapter in CHAPTERS:
            _note(out["inhalte"], chapter, f"init.c.{chapter}", lang)
    return out


def _note(node: CommentedMap, key: str, message: str, lang: Lang) -> None:
    if key in node:
        node.yaml_add_eol_comment(t(message, lang), key, column=COMMENT_COLUMN)


def _examples(draft: Draft, lang: Lang) -> str:
    """The template's seats as commented examples (never members that would count)."""
    params = {"name": str(draft.kreis["name"]).split(" (")[0], "art": draft.kreis["art"]}
    keys = ["init.t.members", "init.t.towns" if draft.landkreis else "", "init.t.manager"]
    keys.append("init.t.plan")
    text = "\n".join(t(key, lang, params) for key in keys if key)
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())
