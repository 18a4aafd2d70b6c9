"""Semantic validation of a rule pack, beyond its JSON Schema.

Every rule is checked against the check it names: parameters (the check's own
schema and validator), field paths, member kinds, outcomes and message
placeholders. A pack that extends another is also checked against its base:
changed rules must exist there, new rule ids must not.
"""

from __future__ import annotations

import string
import typing
from collections.abc import Iterator, Mapping
from typing import Any

from fkcheck import schemacheck, yamlio
from fkcheck.checkbase import model_has_path
from fkcheck.citations import parse_short
from fkcheck.errors import DocPath, Problem
from fkcheck.i18n import did_you_mean
from fkcheck.model import MEMBER_KINDS
from fkcheck.vocabulary import CHECKS

if typing.TYPE_CHECKING:
    from fkcheck.rulepack import RulePack

_COMMON_FACTS = frozenset({"stichtag"})
_PRECONDITION = "voraussetzung_fehlt"
RESERVED_IDS = frozenset({"input", "ausnahme"})  # the reports' pseudo-rules


def problems(
    data: Mapping[str, Any], locator: yamlio.Locator, base: RulePack | None = None
) -> Iterator[Problem]:
    def at(code: str, path: DocPath, **params: Any) -> Problem:
        line, column = locator.nearest(path)
        return Problem(code, params, line, column, path)

    inherited = {rule.id for rule in base.rules} if base else set()
    has_law = "richtlinie" in data or bool(base and base.richtlinie)
    seen: set[str] = set()
    for index, rule in enumerate(data.get("regeln", [])):
        base_path: DocPath = ("regeln", index)
        if rule["id"] in RESERVED_IDS:
            yield at("pack.reserved_id", (*base_path, "id"), id=rule["id"])
        elif rule["id"] in seen:
            yield at("pack.duplicate_id", (*base_path, "id"), id=rule["id"])
        elif rule["id"] in inherited:
            yield at("pack.inherited_id", (*base_path, "id"), id=rule["id"], base=base and base.id)
        seen.add(rule["id"])
        yield from _citation_problems(rule, base_path, has_law, at)
        yield from _rule_problems(rule, base_path, locator, at)
    yield from _change_problems(data, inherited, base, at)
    for side, kinds in data.get("referenzdaten", {}).get("seiten", {}).items():
        for i, kind in enumerate(kinds):
            if kind not in MEMBER_KINDS:
                yield at(
                    "pack.unknown_kind",
                    ("referenzdaten", "seiten", side, i),
                    name=kind,
                    hint=did_you_mean(kind, MEMBER_KINDS, "de"),
                )


def _citation_problems(
    rule: Mapping[str, Any], base: DocPath, has_law: bool, at: Any
) -> Iterator[Problem]:
    """A rule cites its source: ``fundstellen``, or ``fundstelle`` with ``rechtstext``.

    A place in the pack's Richtlinie is written in the Richtlinie's own short form.
    """
    if "fundstellen" not in rule:
        missing = [k for k in ("fundstelle", "rechtstext") if k not in rule]
        if missing:
            yield at("pack.no_citation", base, missing=missing)
        return
    for index, cite in enumerate(rule["fundstellen"]):
        if "dokument" in cite:
            continue
        where = (*base, "fundstellen", index, "stelle")
        if parse_short(cite["stelle"]) is None:
            yield at("pack.bad_citation", where, found=cite["stelle"])
        elif not has_law:
            yield at("pack.citation_without_law", where, found=cite["stelle"])


def _condition_problems(rule: Mapping[str, Any], base: DocPath, at: Any) -> Iterator[Problem]:
    """The fields that ``entfaellt`` conditions read exist in the file format."""
    for index, condition in enumerate(rule.get("entfaellt", {}).get("wenn", [])):
        key = "feld" if "feld" in condition else "liste"
        dotted = condition[key]
        if not model_has_path(dotted):
            yield at("pack.bad_path", (*base, "entfaellt", "wenn", index, key), name=dotted)
        elif key == "liste" and "datum" in condition:
            item = f"{dotted}.{condition['datum']}"
            if not model_has_path(item):
                yield at("pack.bad_path", (*base, "entfaellt", "wenn", index, "datum"), name=item)


def _change_problems(
    data: Mapping[str, Any], inherited: set[str], base: RulePack | None, at: Any
) -> Iterator[Problem]:
    """``aenderungen`` name rules of the base pack, each at most once."""
    changed: set[str] = set()
    for index, change in enumerate(data.get("aenderungen", [])):
        where: DocPath = ("aenderungen", index, "regel")
        rule_id = change["regel"]
        if base is None:
            yield at("pack.changes_without_base", ("aenderungen",))
            return
        if rule_id not in inherited:
            known = sorted(inherited)
            yield at(
                "pack.unknown_rule", where, id=rule_id, base=base.id,
                hint=did_you_mean(rule_id, known, "de"),
            )  # fmt: skip
        elif rule_id in changed:
            yield at("pack.duplicate_change", where, id=rule_id)
        changed.add(rule_id)


def _rule_problems(
    rule: Mapping[str, Any], base: DocPath, locator: yamlio.Locator, at: Any
) -> Iterator[Problem]:
    """One rule against the check it names."""
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
    if spec.validate is not None:
        for where, code, found in spec.validate(params):
            yield at(code, (*base, "parameter", *where), **found)
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
    yield from _condition_problems(rule, base, at)
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
        for i, v in enumerate(params[head]):
            # An entry is a path, or an object naming its path in ``feld``.
            if isinstance(v, Mapping):
                yield v["feld"], (*base, head, i, "feld")
            else:
                yield v, (*base, head, i)
    else:
        yield params[head], (*base, head)


def _template_problems(
    rule: Mapping[str, Any], facts: frozenset[str], outcomes: frozenset[str], base: DocPath, at: Any
) -> Iterator[Problem]:
    allowed_outcomes = outcomes | ({_PRECONDITION} if rule.get("voraussetzung") else frozenset())
    texts = [(k, rule[k]) for k in ("titel", "meldung", "erfuellt", "abhilfe") if k in rule]
    if "entfaellt" in rule:
        texts.append(("entfaellt.grund", rule["entfaellt"]["grund"]))
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
        parsed = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(template)]
    except ValueError as exc:
        yield at("pack.template", where, detail=str(exc))
        return
    # ``{name!r}`` (the raw file value instead of its label) is the one conversion allowed.
    if any(spec or conv not in (None, "r") for f, spec, conv in parsed if f is not None):
        yield at("pack.template", where, detail="{name:…} / {name!…}")
        return
    for name in (f for f, _, _ in parsed if f is not None):
        if name not in facts:
            yield at("pack.placeholder", where, name=name, check=check, allowed=sorted(facts))
