"""Turn loaded YAML into a validated :class:`~fkcheck.model.Dokument`, or located problems.

Pydantic reports *what* is wrong at which document path; this module adds
*where* (line and column through the :class:`~fkcheck.yamlio.Locator`) and the
facts a helpful message needs (the allowed keys and values, a close match).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from fkcheck import yamlio
from fkcheck.errors import DocPath, InputError, Problem
from fkcheck.i18n import show_value, type_name
from fkcheck.model import CHOICES, MODELS, Dokument
from fkcheck.spelling import near_miss

_TYPE_ERRORS = {
    "string_type": "str",
    "int_type": "int",
    "int_from_float": "int",
    "bool_type": "bool",
    "list_type": "list",
    "model_type": "dict",
    "model_attributes_type": "dict",
    "dict_type": "dict",
    "date_type": "date",
}


@dataclass(frozen=True)
class Source:
    """A document ready to check: the model, where its parts are, and its digest."""

    name: str
    document: Dokument
    locator: yamlio.Locator
    sha256: str


def load(name: str, raw: bytes, limits: yamlio.Limits = yamlio.DEFAULT_LIMITS) -> Source:
    """Read, parse and validate one alliance file; raise InputError with every problem."""
    try:
        with _no_cycle_collection():
            loaded = yamlio.load_bytes(raw, limits)
            # The text is not needed any more: let it go before the models are built.
            loaded = dataclasses.replace(loaded, text="")
            document = validate(loaded)
    except InputError as exc:
        raise InputError(exc.problems, name) from exc
    return Source(name, document, loaded.locator, hashlib.sha256(raw).hexdigest())


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Without the cyclic garbage collector while a file is loaded.

    Loading makes a few hundred thousand objects (the data, then the models) and no
    reference cycles, and the collector walked them again and again as the heap grew:
    0.2-0.3 s of a 50,000-member file's check. Afterwards everything goes to the oldest
    generation (``freeze`` then ``unfreeze``), which only a full collection walks,
    instead of through the young ones. Whoever turned the collector off turns it back
    on, so nested or concurrent loads leave it as they found it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def validate(loaded: yamlio.Loaded) -> Dokument:
    data, locator = loaded.data, loaded.locator
    if not isinstance(data, dict):
        raise InputError([Problem("input.not_mapping", {"found_type": type_name(data)}, 1, 1)])
    if loaded.user_keys:
        data = without_user_keys(data, Dokument)
    try:
        document = Dokument.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(error, data, locator) for error in exc.errors(include_url=False)]
        raise InputError(_sorted(problems)) from None
    problems = list(cross_check(document, locator))
    if problems:
        raise InputError(_sorted(problems))
    return document


def without_user_keys(data: Any, model: type[BaseModel]) -> Any:
    """``data`` as ``model`` is to see it: without the keys that start with ``x-`` (the
    user's own), in its own mapping and in every mapping that becomes one of its models.

    Nothing else changes, and nothing is changed in place (YAML aliases share mappings):
    a value the model will refuse (a list where a mapping belongs) reaches it as written.
    """
    if not isinstance(data, dict):
        return data
    kept = {k: v for k, v in data.items() if not str(k).startswith("x-")}
    for name, inner, many in _nested_models(model):
        if name not in kept:
            continue
        value = kept[name]
        if not many:
            kept[name] = without_user_keys(value, inner)
        elif isinstance(value, list):
            kept[name] = [without_user_keys(item, inner) for item in value]
    return kept


@functools.cache
def _nested_models(model: type[BaseModel]) -> tuple[tuple[str, type[BaseModel], bool], ...]:
    """(field, model, whether a list of them) for each field of ``model`` that holds a
    model: ``Gebiet``, ``Handlungskonzept | None``, ``list[Mitglied]``."""
    found = ((name, _model_in(info.annotation)) for name, info in model.model_fields.items())
    return tuple((name, *inner) for name, inner in found if inner is not None)


def _model_in(annotation: Any) -> tuple[type[BaseModel], bool] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    if typing.get_origin(annotation) is list:
        inner = _model_in(typing.get_args(annotation)[0])
        return (inner[0], True) if inner is not None else None
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for option in typing.get_args(annotation):
            inner = _model_in(option)
            if inner is not None:
                return inner
    return None


def _sorted(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0, p.code))


def _at(
    code: str, path: DocPath, locator: yamlio.Locator, *, at_key: bool = False, **params: Any
) -> Problem:
    line, column = locator.nearest(path, prefer_key=at_key)
    return Problem(code, params, line, column, path)


def _model_name(path: DocPath) -> str:
    """The MODELS key of the mapping at ``path`` (the last named segment)."""
    for part in reversed(path):
        if isinstance(part, str):
            return part if part in MODELS else "?"
    return ""


def _problem(error: ErrorDetails, data: Any, locator: yamlio.Locator) -> Problem:
    path: DocPath = tuple(error["loc"])
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "missing":
        return _at("input.missing", path, locator, at_key=True, key=str(path[-1]))
    if kind == "extra_forbidden":
        model = MODELS.get(_model_name(path[:-1]))
        allowed = sorted(model.model_fields) if model else []
        return _at(
            "input.unknown_key",
            path,
            locator,
            at_key=True,
            key=str(path[-1]),
            allowed=allowed,
            suggest=str(path[-1]),
            suggest_from=allowed,
        )
    if kind == "fk_version":
        return _at("input.version", path, locator, found=show_value(value))
    if kind == "literal_error":
        return _choice(path, value, locator)
    if kind in _TYPE_ERRORS:
        return _at(
            "input.type",
            path,
            locator,
            expected_type=_TYPE_ERRORS[kind],
            found_type=type_name(value),
            found=show_value(value),
        )
    if kind == "greater_than_equal":
        return _at("input.min", path, locator, found=show_value(value), limit=ctx.get("ge"))
    custom = {
        "fk_date": "input.date",
        "fk_nonempty": "input.nonempty",
        "fk_kreisschluessel": "input.kreisschluessel",
        "fk_gemeindeschluessel": "input.gemeindeschluessel",
    }
    if kind in custom:
        return _at(custom[kind], path, locator, found=ctx.get("found", show_value(value)))
    if kind == "fk_near_miss":
        found = show_value(value)
        return _at("input.near_miss", path, locator, found=found, suggestion=ctx["suggestion"])
    return _at("input.invalid", path, locator, detail=error["msg"])


def _choice(path: DocPath, value: Any, locator: yamlio.Locator) -> Problem:
    key = str(path[-1])
    allowed = list(CHOICES.get(key, ()))
    close = near_miss(value, allowed) if isinstance(value, str) else None
    if close is not None:
        found = show_value(value)
        return _at("input.near_miss", path, locator, found=found, suggestion=close)
    return _at(
        "input.choice",
        path,
        locator,
        found=show_value(value),
        allowed=allowed,
        suggest=str(value),
        suggest_from=allowed,
        suggest_kinds=key == "art",
    )


def cross_check(document: Dokument, locator: yamlio.Locator) -> Iterable[Problem]:
    """What one field alone cannot tell: unique ids, references, date order."""
    first_index: dict[str, int] = {}
    for index, member in enumerate(document.mitglieder):
        path: DocPath = ("mitglieder", index)
        if member.id is not None:
            if member.id in first_index:
                yield _at(
                    "input.duplicate_id",
                    (*path, "id"),
                    locator,
                    id=member.id,
                    first=first_index[member.id],
                )
            else:
                first_index[member.id] = index
        if member.seit and member.bis and member.bis < member.seit:
            yield _at(
                "input.bis_before_seit", (*path, "bis"), locator, bis=member.bis, seit=member.seit
            )
    yield from _duplicate_waivers(document, locator)
    manager = document.allianz.geschaeftsfuehrung
    if manager is not None and manager not in first_index:
        yield _at(
            "input.unknown_member",
            ("allianz", "geschaeftsfuehrung"),
            locator,
            id=manager,
            suggest=manager,
            suggest_from=sorted(first_index),
        )


def _duplicate_waivers(document: Dokument, locator: yamlio.Locator) -> Iterable[Problem]:
    first: dict[str, int] = {}
    for index, waiver in enumerate(document.ausnahmen):
        if waiver.regel in first:
            yield _at(
                "input.duplicate_waiver",
                ("ausnahmen", index, "regel"),
                locator,
                rule=waiver.regel,
                first=first[waiver.regel],
            )
        first.setdefault(waiver.regel, index)
