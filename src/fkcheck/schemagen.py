"""The JSON Schema (draft 2020-12) of the alliance file, generated from :mod:`fkcheck.model`.

Editors (e.g. VS Code with the YAML extension) use it for completion, hover texts and
early warnings. The structure comes from the pydantic models, so it cannot drift from
what ``fkcheck check`` accepts; titles, descriptions and the meaning of each enum value
come from :mod:`fkcheck.schematexts`. The package ships the generated file
(``schemas/alliance.schema.json``); a test keeps it equal to a fresh generation.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from fkcheck.model import Dokument
from fkcheck.schematexts import ENUM_MEANINGS, MODEL_TEXTS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
USER_KEYS = "^x-"  # the user's own data (SPEC §3): allowed anywhere, never checked
SHIPPED_NAME = "alliance.schema.json"


def generate() -> dict[str, Any]:
    """The schema as a JSON-ready dict, keys in a stable order."""
    raw = Dokument.model_json_schema(mode="validation")
    definitions = raw.pop("$defs", {})
    schema: dict[str, Any] = {"$schema": DIALECT}
    schema.update(_describe(raw, "Dokument"))
    schema["$defs"] = {name: _describe(d, name) for name, d in sorted(definitions.items())}
    return schema


def render() -> str:
    """The schema as the text ``fkcheck schema`` prints and the package ships."""
    return json.dumps(generate(), ensure_ascii=False, indent=2) + "\n"


def shipped_path() -> Path:
    """The generated schema inside the installed package (for the editor modeline)."""
    return Path(str(resources.files("fkcheck"))) / "schemas" / SHIPPED_NAME


def _describe(model_schema: dict[str, Any], model: str) -> dict[str, Any]:
    texts = MODEL_TEXTS[model]
    title, description = texts[""]
    out: dict[str, Any] = {"title": title, "description": description}
    out.update({k: v for k, v in model_schema.items() if k not in ("title", "description")})
    out["properties"] = {
        name: _field(name, spec, texts[name]) for name, spec in model_schema["properties"].items()
    }
    out["patternProperties"] = {USER_KEYS: {"description": "Eigene Angabe (wird nicht geprüft)."}}
    return out


def _field(name: str, spec: dict[str, Any], text: tuple[str, str]) -> dict[str, Any]:
    title, description = text
    out: dict[str, Any] = {"title": title, "description": description}
    rest = {k: v for k, v in spec.items() if k not in ("title", "description")}
    out.update(_with_meanings(name, rest))
    return out


def _with_meanings(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Add the meaning of each enum value, as editors show it (``enumDescriptions``)."""
    meanings = ENUM_MEANINGS.get(name)
    if meanings is None:
        return spec
    if "enum" in spec:
        return {**spec, "enumDescriptions": [meanings[value] for value in spec["enum"]]}
    if "anyOf" in spec:
        return {**spec, "anyOf": [_with_meanings(name, option) for option in spec["anyOf"]]}
    if spec.get("type") == "array":
        return {**spec, "items": _with_meanings(name, spec["items"])}
    return spec
