"""JSON Schema validation with located, translated problems.

jsonschema is imported lazily: it is the slowest import fkcheck has, and a
plain ``fkcheck check`` with the built-in pack should not pay for it twice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from fkcheck.errors import DocPath, Problem
from fkcheck.i18n import show_value, type_name
from fkcheck.yamlio import Locator

_JSON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "number",
    "boolean": "bool",
    "array": "list",
    "object": "dict",
    "null": "none",
}


@cache
def shipped(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in ``fkcheck/schemas`` (``rulepack``, ``config``, ``testcases``),
    read once per process."""
    text = (Path(__file__).parent / "schemas" / f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def jsonable(value: Any) -> Any:
    """Loaded YAML as JSON data (dates become ISO strings) for schema validation."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def validate(
    data: Any, schema: Mapping[str, Any], locator: Locator, base: DocPath = ()
) -> list[Problem]:
    """All schema violations of ``data`` (located below ``base``), sorted by position."""
    import jsonschema

    # The format checker makes "format": "date" reject impossible days (2023-02-30).
    validator = _validator_class()(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    problems = [_problem(e, locator, base) for e in validator.iter_errors(jsonable(data))]
    unique = {(p.code, p.path, p.line, p.column): p for p in problems}.values()
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0, p.code))


@cache
def _validator_class() -> Any:
    """Draft 2020-12 with ``pattern`` matched in full (see :func:`full_pattern`)."""
    import jsonschema

    def pattern(validator: Any, value: str, instance: Any, schema: Any) -> Any:
        if validator.is_type(instance, "string") and not full_pattern(value).search(instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {value!r}")

    def required(validator: Any, value: list[str], instance: Any, schema: Any) -> Any:
        """One error per missing key, naming it (the stock one does not say which)."""
        if validator.is_type(instance, "object"):
            for key in value:
                if key not in instance:
                    error = jsonschema.ValidationError(f"{key!r} is a required property")
                    error.missing_key = key
                    yield error

    keywords = {"pattern": pattern, "required": required}
    return jsonschema.validators.extend(jsonschema.Draft202012Validator, keywords)


@cache
def full_pattern(pattern: str) -> re.Pattern[str]:
    r"""A schema pattern whose final ``$`` means the very end of the text.

    In Python (as in jsonschema's default) ``$`` also matches before a final newline,
    so ``^[a-z]+$`` would accept ``"id\n"``, and a rule id could carry a line break into
    a report. The schemas keep the portable ``$`` (``\Z`` is unknown to the JavaScript
    dialect editors use); here it becomes ``\Z``.
    """
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _problem(error: Any, locator: Locator, base: DocPath) -> Problem:
    path: DocPath = (*base, *error.absolute_path)
    kind, schema, instance = error.validator, error.schema, error.instance

    def at(code: str, where: DocPath, *, at_key: bool = False, **params: Any) -> Problem:
        line, column = locator.nearest(where, prefer_key=at_key)
        return Problem(code, params, line, column, where)

    if kind == "required":
        missing = getattr(error, "missing_key", "?")
        return at(
            "input.missing",
            (*path, missing),
            at_key=True,
            key=missing,
        )
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(schema.get("properties", {}))
        extra = next((k for k in instance if k not in allowed and not k.startswith("x-")), "?")
        return at(
            "input.unknown_key",
            (*path, extra),
            at_key=True,
            key=extra,
            allowed=allowed,
            suggest=extra,
            suggest_from=allowed,
        )
    if kind == "type" and isinstance(error.validator_value, str):
        return at(
            "input.type",
            path,
            expected_type=_JSON_TYPES[error.validator_value],
            found_type=type_name(instance),
            found=show_value(instance),
        )
    if kind == "enum":
        allowed = [str(v) for v in error.validator_value]
        return at(
            "input.choice",
            path,
            found=show_value(instance),
            allowed=allowed,
            suggest=str(instance),
            suggest_from=allowed,
        )
    if kind == "format" and error.validator_value == "date":
        return at("input.date", path, found=show_value(instance))
    if kind in ("minimum", "exclusiveMinimum"):
        return at("input.min", path, found=show_value(instance), limit=error.validator_value)
    if kind in ("maximum", "exclusiveMaximum"):
        return at("input.max", path, found=show_value(instance), limit=error.validator_value)
    if kind == "minLength":
        return at("input.nonempty", path)
    if kind == "const":
        return at("input.const", path, found=show_value(instance), expected=error.validator_value)
    if kind == "pattern":
        return at("input.pattern", path, found=show_value(instance))
    if kind in ("minItems", "maxItems", "maxLength"):
        key = "input.min_items" if kind == "minItems" else "input.too_long"
        return at(key, path, limit=error.validator_value)
    if kind == "oneOf" and any("required" in option for option in schema.get("oneOf", [])):
        return at("input.one_of", path, detail=_alternatives(schema))
    if kind in ("anyOf", "oneOf", "not"):
        return at("input.no_form", path, found=show_value(instance))
    if kind == "minProperties":
        return at("input.too_few_keys", path, detail=_alternatives(schema))
    return at(
        "input.invalid", path, detail=error.message
    )  # not expected: the schemas use the above


def _alternatives(schema: Mapping[str, Any]) -> str:
    """'jahre | monate' from a oneOf of required keys; else the schema's properties."""
    names = [
        " + ".join(option.get("required", []))
        for option in schema.get("oneOf", [])
        if option.get("required")
    ]
    return " | ".join(names) or ", ".join(sorted(schema.get("properties", {})))
