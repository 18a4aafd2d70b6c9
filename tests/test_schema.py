"""``fkcheck schema``: the editor's JSON Schema agrees with what ``fkcheck check`` accepts."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import EXAMPLES, ROOT, invoke
from fkcheck import packcases, schemagen, yamlio
from fkcheck.model import MODELS
from fkcheck.schematexts import MODEL_TEXTS

SHIPPED = ROOT / "src" / "fkcheck" / "schemas" / "alliance.schema.json"
BROKEN_ON_PURPOSE = "08-eingabefehler.yaml"
CASE_FILES = sorted((ROOT / "tests" / "cases").glob("FRL-*.yaml"))


def as_editor_sees_it(value: Any) -> Any:
    """The data an editor validates: YAML 1.2 core schema has no dates, only strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_editor_sees_it(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_editor_sees_it(v) for v in value]
    return value


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(schemagen.render()))


def errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [e.message for e in validator.iter_errors(as_editor_sees_it(data))]


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(invoke(["schema"]).stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_shipped_schema_is_the_generated_one() -> None:
    """Regenerate after a model change with: fkcheck schema --output <this file>."""
    assert SHIPPED.read_text(encoding="utf-8") == schemagen.render()
    assert schemagen.shipped_path().read_text(encoding="utf-8") == schemagen.render()


def test_output_option_writes_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "allianz.schema.json"
    result = invoke(["schema", "--output", str(target)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert target.read_text(encoding="utf-8") == schemagen.render()


def test_unwritable_output_is_exit_2_without_traceback(tmp_path: Path) -> None:
    result = invoke(["schema", "--output", str(tmp_path / "fehlt" / "x.json")])
    assert result.exit_code == 2
    assert "kann nicht geschrieben werden" in result.stderr


def test_every_model_field_has_a_german_title_and_description() -> None:
    names = {model.__name__ for model in MODELS.values()}
    assert set(MODEL_TEXTS) == names
    for model in MODELS.values():
        assert set(MODEL_TEXTS[model.__name__]) == {"", *model.model_fields}


def test_member_kinds_carry_their_meaning() -> None:
    art = schemagen.generate()["$defs"]["Mitglied"]["properties"]["art"]
    meanings = dict(zip(art["enum"], art["enumDescriptions"], strict=True))
    assert meanings["gewerkschaft"].startswith("eine Gewerkschaft")
    assert "D.I.2.b" in meanings["kreisangehoerige_stadt"]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in EXAMPLES.glob("*.yaml") if p.name != BROKEN_ON_PURPOSE)
)
def test_every_example_validates(validator: Draft202012Validator, name: str) -> None:
    data = yamlio.load_bytes((EXAMPLES / name).read_bytes()).data
    assert errors(validator, data) == []


def test_the_broken_example_is_rejected(validator: Draft202012Validator) -> None:
    data = yamlio.load_bytes((EXAMPLES / BROKEN_ON_PURPOSE).read_bytes()).data
    found = errors(validator, data)
    assert any("'nmae'" in e for e in found) and any("'gewerkschaf'" in e for e in found)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_every_rule_case_document_validates(validator: Draft202012Validator, path: Path) -> None:
    cases = packcases.load_cases(str(path))
    assert cases
    for case in cases:
        assert errors(validator, dict(case.document)) == [], case.id


def base() -> dict[str, Any]:
    return copy.deepcopy(packcases.load_base(ROOT / "tests" / "cases" / "base.yaml"))


def test_base_document_validates(validator: Draft202012Validator) -> None:
    assert errors(validator, base()) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["allianz"].update(nmae="x"), "'nmae' does not match any of the regexes"),
        (lambda d: d["mitglieder"][0].update(stimme=2), "'stimme' does not match any"),
        (lambda d: d.update(mitglieder_=[]), "'mitglieder_' does not match any"),
        (lambda d: d["mitglieder"][0].update(art="gewerkschaf"), "is not one of"),
        (lambda d: d["mitglieder"][0].update(art="IHK"), "is not one of"),
        (lambda d: d["mitglieder"][0].update(stimmen="zwei"), "is not of type 'integer'"),
        (lambda d: d["mitglieder"][0].update(stimmen=-1), "less than the minimum"),
        (lambda d: d["mitglieder"][0].update(name=""), "does not match"),
        (lambda d: d.update(mitglieder={"lra": {}}), "is not of type 'array'"),
        (lambda d: d.update(version=2), "1 was expected"),
        (lambda d: d["allianz"]["gebiet"].update(kreisschluessel="1452"), "is not valid"),
        (lambda d: d["mitglieder"][12].update(gemeindeschluessel=1452209), "is not valid"),
        (lambda d: d["allianz"].update(gegruendet=20160210), "is not valid under any"),
        (lambda d: d["allianz"].pop("name"), "'name' is a required property"),
    ],
)
def test_typos_wrong_types_and_unknown_kinds_are_rejected(
    validator: Draft202012Validator, edit: Any, expected: str
) -> None:
    document = base()
    edit(document)
    found = errors(validator, document)
    assert any(expected in e for e in found), found


def test_own_x_keys_are_allowed_everywhere(validator: Draft202012Validator) -> None:
    document = base()
    document["x-notiz"] = "frei"
    document["allianz"]["x-ansprechpartner"] = {"name": "Frau M."}
    document["mitglieder"][0]["x-bemerkung"] = ["a", 1]
    assert errors(validator, document) == []


def test_keys_given_as_numbers_are_accepted_as_the_checker_does(
    validator: Draft202012Validator,
) -> None:
    document = base()
    document["allianz"]["gebiet"]["kreisschluessel"] = 14522
    document["mitglieder"][12]["gemeindeschluessel"] = 14522090
    assert errors(validator, document) == []
