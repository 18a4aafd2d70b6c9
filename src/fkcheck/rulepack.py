"""Find, validate and load rule packs.

A pack is YAML (see ``rules/README.md``). Loading is all-or-nothing: the pack
is checked against the shipped JSON Schema, then every rule against the check
it names (parameters, field paths, member kinds, message placeholders), and
every problem is reported with the pack file's line and column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import string
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from fkcheck import schemacheck, yamlio
from fkcheck.checks import CHECKS, parse_path
from fkcheck.errors import DocPath, InputError, Problem, RulePackError
from fkcheck.i18n import Lang, did_you_mean, fmt
from fkcheck.model import MEMBER_KINDS, Dokument

DEFAULT_PACK = "sn-frl"
_COMMON_FACTS = frozenset({"stichtag"})
_PRECONDITION = "voraussetzung_fehlt"
Text = Mapping[str, str]


@dataclass(frozen=True)
class Citation:
    dokument: str
    stelle: str
    fassung: dt.date | None

    def render(self, lang: Lang) -> str:
        if self.fassung is None:
            return f"{self.dokument}, {self.stelle}"
        day = fmt(self.fassung, lang)
        version = "i. d. F. vom" if lang == "de" else "as amended on"
        return f"{self.dokument} {version} {day} – {self.stelle}"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    check: str
    params: Mapping[str, Any]
    precondition: str | None
    citation: Citation
    legal_text: str
    texts: Mapping[str, Text]  # titel, meldung, erfuellt, abhilfe, begruendung
    outcome_texts: Mapping[str, Text]
    line: int

    def text(self, kind: str, lang: Lang) -> str:
        entry = self.texts.get(kind)
        return entry[lang] if entry else ""

    def message(self, outcome: str, lang: Lang) -> str:
        entry = self.outcome_texts.get(outcome) or self.texts["meldung"]
        return entry[lang]


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    title: Text
    richtlinie: Mapping[str, Any]
    valid_from: dt.date
    valid_until: dt.date | None
    reference: Mapping[str, Any]
    rules: tuple[Rule, ...]
    source: str
    sha256: str

    def applies_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


# --- finding packs -------------------------------------------------------------------


def builtin_dir() -> Path:
    """The built-in packs: inside the installed package, or ``rules/`` of a source checkout."""
    packaged = Path(str(resources.files("fkcheck"))) / "rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "rules"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def resolve(name: str | None) -> tuple[Path, str]:
    """A pack argument (a file path or a built-in id) → the pack file and how to name it."""
    name = name or DEFAULT_PACK
    candidate = Path(name)
    if candidate.is_file():
        return candidate, name
    builtin = builtin_dir() / f"{name}.yaml"
    if builtin.is_file():
        return builtin, f"builtin:{name}"
    hint = did_you_mean(name, builtin_names(), "de")
    raise RulePackError([Problem("pack.not_found", {"name": name, "hint": hint})], name)


def load(name: str | None = None) -> RulePack:
    path, label = resolve(name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulePackError([Problem("input.unreadable", {"reason": exc.strerror})], label) from exc
    return parse(raw, label)


def parse(raw: bytes, source: str) -> RulePack:
    try:
        loaded = yamlio.load_bytes(raw)
    except InputError as exc:
        raise RulePackError(exc.problems, source) from exc
    schema = json.loads(
        (Path(__file__).parent / "schemas" / "rulepack.schema.json").read_text("utf-8")
    )
    problems = schemacheck.validate(loaded.data, schema, loaded.locator)
    if not problems:
        problems = list(_semantic_problems(loaded.data, loaded.locator))
    if problems:
        raise RulePackError(problems, source)
    return _build(loaded.data, loaded.locator, source, hashlib.sha256(raw).hexdigest())


# --- semantic validation ---------------------------------------------------------------


def _semantic_problems(data: Mapping[str, Any], locator: yamlio.Locator) -> Iterator[Problem]:
    def at(code: str, path: DocPath, **params: Any) -> Problem:
        line, column = locator.nearest(path)
        return Problem(code, params, line, column, path)

    seen: set[str] = set()
    for index, rule in enumerate(data["regeln"]):
        base: DocPath = ("regeln", index)
        if rule["id"] in seen:
            yield at("pack.duplicate_id", (*base, "id"), id=rule["id"])
        seen.add(rule["id"])
        yield from _rule_problems(rule, base, locator, at)
    for side, kinds in data.get("referenzdaten", {}).get("seiten", {}).items():
        for i, kind in enumerate(kinds):
            if kind not in MEMBER_KINDS:
                yield at(
                    "pack.unknown_kind",
                    ("referenzdaten", "seiten", side, i),
                    name=kind,
                    hint=did_you_mean(kind, MEMBER_KINDS, "de"),
                )


def _rule_problems(
    rule: Mapping[str, Any], base: DocPath, locator: yamlio.Locator, at: Any
) -> Iterator[Problem]:
    spec = CHECKS.get(rule["pruefung"])
    if spec is None:
        yield at(
            "pack.unknown_check",
            (*base, "pruefung"),
            name=rule["pruefung"],
            allowed=sorted(CHECKS),
            hint=did_you_mean(rule["pruefung"], CHECKS, "de"),
        )
        return
    params = rule["parameter"]
    param_problems = schemacheck.validate(params, spec.params, locator, (*base, "parameter"))
    yield from param_problems
    if param_problems:
        return
    for key in spec.paths:
        for dotted, where in _param_paths(params, key, (*base, "parameter")):
            if not model_has_path(dotted):
                yield at("pack.bad_path", where, name=dotted)
    for i, kind in enumerate(params.get("arten", [])):
        if kind not in MEMBER_KINDS:
            yield at(
                "pack.unknown_kind",
                (*base, "parameter", "arten", i),
                name=kind,
                hint=did_you_mean(kind, MEMBER_KINDS, "de"),
            )
    if rule.get("voraussetzung") and not model_has_path(rule["voraussetzung"]):
        yield at("pack.bad_path", (*base, "voraussetzung"), name=rule["voraussetzung"])
    yield from _template_problems(rule, spec.facts | _COMMON_FACTS, spec.outcomes, base, at)


def _param_paths(
    params: Mapping[str, Any], key: str, base: DocPath
) -> Iterator[tuple[str, DocPath]]:
    head, _, tail = key.partition(".")
    if head not in params:
        return
    if tail:
        yield from _param_paths(params[head], tail, (*base, head))
    elif isinstance(params[head], list):
        yield from ((v, (*base, head, i)) for i, v in enumerate(params[head]))
    else:
        yield params[head], (*base, head)


def _template_problems(
    rule: Mapping[str, Any], facts: frozenset[str], outcomes: frozenset[str], base: DocPath, at: Any
) -> Iterator[Problem]:
    allowed_outcomes = outcomes | ({_PRECONDITION} if rule.get("voraussetzung") else frozenset())
    texts = [(k, rule[k]) for k in ("titel", "meldung", "erfuellt", "abhilfe") if k in rule]
    for outcome, text in rule.get("meldungen", {}).items():
        if outcome not in allowed_outcomes:
            yield at(
                "input.unknown_key",
                (*base, "meldungen", outcome),
                key=outcome,
                allowed=sorted(allowed_outcomes),
                suggest=outcome,
                suggest_from=sorted(allowed_outcomes),
            )
        texts.append((f"meldungen.{outcome}", text))
    for name, text in texts:
        for lang, template in text.items():
            where = (*base, *name.split("."), lang)
            yield from _placeholder_problems(template, facts, rule["pruefung"], where, at)


def _placeholder_problems(
    template: str, facts: frozenset[str], check: str, where: DocPath, at: Any
) -> Iterator[Problem]:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        yield at("pack.template", where, detail=str(exc))
        return
    for name in fields:
        if name not in facts:
            yield at("pack.placeholder", where, name=name, check=check, allowed=sorted(facts))


def model_has_path(dotted: str) -> bool:
    """Whether a field path names a field of the alliance file format."""
    model: Any = Dokument
    for part in parse_path(dotted):
        if part == "[]":
            continue
        if (
            not (isinstance(model, type) and issubclass(model, BaseModel))
            or part not in model.model_fields
        ):
            return False
        model = _inner_model(model.model_fields[part].annotation)
    return True


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


# --- building the immutable pack ----------------------------------------------------------


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _build(data: Mapping[str, Any], locator: yamlio.Locator, source: str, sha: str) -> RulePack:
    rules = tuple(
        _build_rule(r, locator.nearest(("regeln", i))[0]) for i, r in enumerate(data["regeln"])
    )
    until = data.get("gueltig_bis")
    return RulePack(
        id=data["id"],
        version=str(data["version"]),
        title=_freeze(data["titel"]),
        richtlinie=_freeze(data["richtlinie"]),
        valid_from=_date(data["gueltig_ab"]),
        valid_until=_date(until) if until else None,
        reference=_freeze(data.get("referenzdaten", {})),
        rules=rules,
        source=source,
        sha256=sha,
    )


def _build_rule(rule: Mapping[str, Any], line: int) -> Rule:
    cite = rule["fundstelle"]
    fassung = cite.get("fassung")
    return Rule(
        id=rule["id"],
        severity=rule["schwere"],
        check=rule["pruefung"],
        params=_freeze(rule["parameter"]),
        precondition=rule.get("voraussetzung"),
        citation=Citation(cite["dokument"], cite["stelle"], _date(fassung) if fassung else None),
        legal_text=rule["rechtstext"],
        texts=_freeze(
            {
                k: rule[k]
                for k in ("titel", "meldung", "erfuellt", "abhilfe", "begruendung")
                if k in rule
            }
        ),
        outcome_texts=_freeze(rule.get("meldungen", {})),
        line=line,
    )
