"""The questions of ``fkcheck init``: Kreis, seats in the order of D.I.2, towns, managing
member, the plan, with a live checklist of what the rule pack still misses.

Answers are read line by line from any stream, a terminal or a pipe; the end of the
input before the last question stops the dialogue and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from fkcheck import document, initfile, writing, yamlout
from fkcheck.errors import Problem, UsageError
from fkcheck.i18n import Lang, did_you_mean, t
from fkcheck.initfile import Draft, Seat
from fkcheck.report.common import title
from fkcheck.report.escape import inert
from fkcheck.rulepack import RulePack

T = TypeVar("T")
_GERMAN_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


@dataclass
class Dialog:
    inp: TextIO
    out: TextIO
    lang: Lang
    pack: RulePack
    today: dt.date

    def say(self, message: str, **params: Any) -> None:
        self.out.write(t(message, self.lang, params) + "\n")

    def ask(self, message: str, default: str = "", **params: Any) -> str:
        shown = f" [{default}]" if default else ""
        self.out.write(t(message, self.lang, params) + shown + ": ")
        self.out.flush()
        line = self.inp.readline()
        if not line:
            raise UsageError([Problem("init.eof")])
        return line.strip() or default

    def ask_until(self, message: str, parse: Callable[[str], T], **params: Any) -> T:
        while True:
            try:
                return parse(self.ask(message, **params))
            except ValueError:
                self.say("init.again")

    def checklist(self, draft: Draft) -> None:
        missing = initfile.missing(draft, self.pack, self.today)
        if not missing:
            self.say("init.complete")
            return
        self.say("init.open", n=len(missing))
        for result in missing:
            where = result.rule.citation.short(self.lang)
            self.out.write(
                inert(f"  ☐ {result.rule.id} ({where}): {title(result, self.lang)}") + "\n"
            )


def create(target: Path, kreis: str | None, interactive: bool, force: bool, dialog: Dialog) -> None:
    """Ask (or take the template for ``kreis``), then write ``target``; never over a file
    that exists unless ``force``."""
    writing.refuse_existing(target, force)
    kreise = initfile.kreise(dialog.pack)
    if kreis is not None and kreis not in kreise:
        params = {"key": kreis, "hint": did_you_mean(kreis, kreise, dialog.lang)}
        raise UsageError([Problem("init.unknown_kreis", params)])
    if interactive:
        draft = run(dialog, kreis)
    elif kreis is None:
        raise UsageError([Problem("init.needs_kreis")])
    else:
        draft = Draft(kreis, kreise[kreis])
    text = initfile.render(draft, initfile.schema_reference(target), dialog.lang, str(target))
    document.validate(yamlout.reread(text))  # what init writes, check can always read
    writing.write(target, text)
    dialog.say("init.written", path=str(target))


def run(dialog: Dialog, preset: str | None) -> Draft:
    draft = _kreis(dialog, preset)
    draft.name = dialog.ask("init.q.name", draft.alliance_name())
    _authority(dialog, draft)
    if draft.landkreis:
        _towns(dialog, draft)
    for seat in initfile.SEATS:
        _seat(dialog, draft, seat)
    dialog.checklist(draft)
    _manager(dialog, draft)
    _plan(dialog, draft)
    dialog.checklist(draft)
    return draft


def _kreis(dialog: Dialog, preset: str | None) -> Draft:
    kreise = initfile.kreise(dialog.pack)
    if preset is not None:
        return Draft(preset, kreise[preset])
    dialog.say("init.kreise")
    keys = list(kreise)
    for number, key in enumerate(keys, start=1):
        art = t(f"init.art.{kreise[key]['art']}", dialog.lang)
        dialog.out.write(f"  {number:2d}  {key}  {kreise[key]['name']} ({art})\n")

    def pick(answer: str) -> str:
        if answer in kreise:
            return answer
        if answer.isdecimal() and 1 <= int(answer) <= len(keys):
            return keys[int(answer) - 1]
        raise ValueError(answer)

    key = dialog.ask_until("init.q.kreis", pick)
    return Draft(key, kreise[key])


def _authority(dialog: Dialog, draft: Draft) -> None:
    kind = str(draft.kreis["art"])
    example = ("Landratsamt " if draft.landkreis else "Stadtverwaltung ") + draft.territory().split(
        " ", 1
    )[1]
    name = dialog.ask("init.q.authority", example, citation="D.I.2.a")
    draft.add({"id": "lra" if draft.landkreis else "stadt", "name": name, "art": kind})


def _towns(dialog: Dialog, draft: Draft) -> None:
    dialog.say("init.towns", key=draft.key)
    number = 1
    while True:
        name = dialog.ask("init.q.town", n=number)
        if not name:
            return
        town: dict[str, Any] = {"id": initfile.member_id(name), "name": name}
        town["art"] = "kreisangehoerige_stadt"
        town["einwohner"] = dialog.ask_until("init.q.einwohner", _count)
        key = dialog.ask_until("init.q.gemeindeschluessel", _municipal_key, key=draft.key)
        if key:
            town["gemeindeschluessel"] = key
        draft.add(town)
        number += 1


def _seat(dialog: Dialog, draft: Draft, seat: Seat) -> None:
    kind = "init.q.seat" if seat.required else "init.q.seat_optional"
    question = t(f"init.seat.{seat.key}", dialog.lang)
    example = t(f"init.example.{seat.key}", dialog.lang, {"name": draft.kreis["name"]})
    name = dialog.ask(kind, citation=seat.citation, question=question, example=example)
    if name:
        draft.add({"id": seat.id, "name": name, "art": initfile.kind_for(name, seat)})


def _manager(dialog: Dialog, draft: Draft) -> None:
    if not draft.members:
        return
    dialog.say("init.manager")
    for number, member in enumerate(draft.members, start=1):
        dialog.out.write(inert(f"  {number:2d}  {member['name']}") + "\n")

    def pick(answer: str) -> str:
        if answer.isdecimal() and 1 <= int(answer) <= len(draft.members):
            return str(draft.members[int(answer) - 1]["id"])
        raise ValueError(answer)

    draft.manager = dialog.ask_until("init.q.manager", pick)


def _plan(dialog: Dialog, draft: Draft) -> None:
    adopted = dialog.ask_until("init.q.beschluss", _optional_date)
    if adopted is None:
        return
    plan: dict[str, Any] = {"beschluss": {"datum": adopted, "gremium": "allianz"}}
    if dialog.ask_until("init.q.erstkonzept", _yes_no):
        plan["erstkonzept"] = True
    update = dialog.ask_until("init.q.fortschreibung", _optional_date)
    if update is not None:
        plan["fortschreibungen"] = [{"datum": update}]
    chapters = {c: dialog.ask(f"init.q.{c}") for c in initfile.CHAPTERS}
    plan["inhalte"] = {c: text for c, text in chapters.items() if text}
    draft.plan = plan


def _count(answer: str) -> int:
    digits = re.sub(r"[.\s]", "", answer)
    if not digits.isdecimal() or not digits.isascii():
        raise ValueError(answer)
    return int(digits)


def _municipal_key(answer: str) -> str:
    if answer and not (answer.isdecimal() and answer.isascii() and len(answer) == 8):
        raise ValueError(answer)
    return answer


def _optional_date(answer: str) -> dt.date | None:
    if not answer:
        return None
    german = _GERMAN_DATE.fullmatch(answer)
    if german:
        day, month, year = (int(part) for part in german.groups())
        return dt.date(year, month, day)
    if len(answer) == 10:
        return dt.date.fromisoformat(answer)
    raise ValueError(answer)


def _yes_no(answer: str) -> bool:
    lowered = answer.casefold()
    if lowered in ("", "n", "nein", "no"):
        return False
    if lowered in ("j", "ja", "y", "yes"):
        return True
    raise ValueError(answer)
