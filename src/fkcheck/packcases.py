"""Test cases of rule packs: the case-file format, loading, and building each case's document.

A case file (format: ``schemas/testcases.schema.json``) lists cases. Each case
builds an alliance document — the base file edited with ``setze`` / ``entferne``
/ ``hinzu`` (in that order), or a whole ``dokument`` — checks it with the pack at
its ``stichtag`` and compares the verdicts with ``erwartet``::

    regel: FRL-4.2                      # optional: the rule a plain verdict is about
    basis: base.yaml                    # optional, relative to this file
    faelle:
      - name: first failing day
        stichtag: 2027-10-08
        setze: {handlungskonzept.fortschreibungen: [{datum: 2025-10-07}]}
        erwartet: error                 # or {FRL-4.2: error, FRL-4.3: pass}
        ergebnis: ueberfaellig          # optional outcome code (or a mapping)

Verdicts: ``pass`` (met), ``entfaellt`` (does not apply), ``error``, ``warning``,
``info`` (the effective severity of a failed rule), ``waived`` (failed, accepted by an
active waiver).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from fkcheck import schemacheck, sources, yamlio
from fkcheck.errors import DocPath, InputError, Problem, UsageError
from fkcheck.i18n import type_name

DEFAULT_STICHTAG = dt.date(2026, 11, 23)
BASE_NAME = "base.yaml"


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    line: int
    stichtag: dt.date
    document: Mapping[str, Any]
    warn_before: int | None
    expected: Mapping[str, str]  # rule id → verdict
    outcomes: Mapping[str, str] = field(default_factory=dict)  # rule id → outcome code
    xfail: str | None = None
    # the dotted paths the case edits in its base document (fkcheck explain shows them)
    edited: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{Path(self.file).name}: {self.name}"


# --- loading case files ---------------------------------------------------------------


def case_files(paths: list[str]) -> list[str]:
    """The case files among ``paths``: every YAML file but the base documents they name."""
    found = []
    for name, _path, problem in sources.expand(paths):
        if problem is not None:
            raise UsageError([problem], name)
        found.append(name)
    bases = {_base_of(Path(name)).resolve() for name in found}
    return [name for name in found if Path(name).resolve() not in bases]


def _base_of(path: Path) -> Path:
    data = _load_yaml(path).data
    basis = data.get("basis") if isinstance(data, dict) else None
    return path.parent / (basis if isinstance(basis, str) else BASE_NAME)


def load_cases(path: str) -> list[Case]:
    loaded = _load_yaml(Path(path))
    problems = schemacheck.validate(loaded.data, schemacheck.shipped("testcases"), loaded.locator)
    if problems:
        raise InputError(problems, path)
    data, locator = loaded.data, loaded.locator
    base_file = Path(path).parent / data.get("basis", BASE_NAME)
    return [
        _case(path, data, index, raw, locator, base_file)
        for index, raw in enumerate(data["faelle"])
    ]


def _case(
    path: str,
    data: Mapping[str, Any],
    index: int,
    raw: Mapping[str, Any],
    locator: yamlio.Locator,
    base_file: Path,
) -> Case:
    where: DocPath = ("faelle", index)
    line = locator.nearest(where)[0]
    expected, outcomes = raw["erwartet"], raw.get("ergebnis", {})
    if isinstance(expected, str) or isinstance(outcomes, str):
        if "regel" not in data:
            problem = Problem("test.no_rule", {}, line, locator.nearest(where)[1], where)
            raise InputError([problem], path)
        expected = {data["regel"]: expected} if isinstance(expected, str) else expected
        outcomes = {data["regel"]: outcomes} if isinstance(outcomes, str) else outcomes
    unexpected = sorted(set(outcomes) - set(expected))
    if unexpected:  # an outcome without a verdict would be silently ignored
        params = {"rules": ", ".join(unexpected)}
        problem = Problem(
            "test.outcome_without_verdict", params, line, locator.nearest(where)[1], where
        )
        raise InputError([problem], path)
    stichtag = raw.get("stichtag", DEFAULT_STICHTAG)
    return Case(
        file=path,
        name=raw["name"],
        line=line,
        stichtag=stichtag if isinstance(stichtag, dt.date) else dt.date.fromisoformat(stichtag),
        document=_build(raw, base_file, path, locator, where),
        warn_before=raw.get("warn_before"),
        expected=dict(expected),
        outcomes=dict(outcomes),
        xfail=raw.get("xfail"),
        edited=(*raw.get("setze", {}), *raw.get("entferne", []), *raw.get("hinzu", {})),
    )


def _build(
    raw: Mapping[str, Any], base_file: Path, path: str, locator: yamlio.Locator, where: DocPath
) -> dict[str, Any]:
    if "dokument" in raw:
        return copy.deepcopy(dict(raw["dokument"]))
    doc = copy.deepcopy(load_base(base_file))
    try:
        for dotted, value in raw.get("setze", {}).items():
            _set(doc, dotted, value)
        for dotted in raw.get("entferne", []):
            _delete(doc, dotted)
        for dotted, items in raw.get("hinzu", {}).items():
            _append(doc, dotted, items)
    except (KeyError, IndexError, TypeError) as exc:
        line, column = locator.nearest(where)
        detail = str(exc.args[0]) if exc.args else type(exc).__name__
        problem = Problem("test.bad_edit", {"detail": detail}, line, column, where)
        raise InputError([problem], path) from None
    return doc


@cache
def load_base(path: Path) -> dict[str, Any]:
    data = _load_yaml(path).data
    if not isinstance(data, dict):
        problem = Problem("input.not_mapping", {"found_type": type_name(data)}, 1, 1)
        raise InputError([problem], str(path))
    return data


def _load_yaml(path: Path) -> yamlio.Loaded:
    try:
        return yamlio.load_bytes(sources.read_bounded(path, yamlio.DEFAULT_LIMITS.max_bytes))
    except InputError as exc:
        raise InputError(exc.problems, str(path)) from exc


# --- editing a document by dotted path (``mitglieder.3.bis``) -----------------------------


def _walk_to(doc: Any, dotted: str, *, create: bool) -> tuple[Any, str | int]:
    parts: list[str | int] = [
        int(p) if p.isdecimal() and p.isascii() else p for p in dotted.split(".")
    ]
    node = doc
    for part in parts[:-1]:
        if create and isinstance(node, dict) and part not in node:
            node[part] = {}
        node = node[part]
    return node, parts[-1]


def _set(doc: Any, dotted: str, value: Any) -> None:
    node, last = _walk_to(doc, dotted, create=True)
    if isinstance(last, int):
        node[last]
    node[last] = copy.deepcopy(value)


def _delete(doc: Any, dotted: str) -> None:
    node, last = _walk_to(doc, dotted, create=False)
    del node[last]


def _append(doc: Any, dotted: str, items: list[Any]) -> None:
    node, last = _walk_to(doc, dotted, create=True)
    if isinstance(node, dict) and last not in node:
        node[last] = []
    node[last].extend(copy.deepcopy(items))
