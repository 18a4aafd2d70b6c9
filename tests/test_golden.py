"""Golden files: the exact JSON and text reports of every example (text in English for 02).

A change in wording, order, location or facts shows up as a readable diff. After an
intended change, regenerate and review the golden files:

    FKCHECK_UPDATE_GOLDEN=1 python -m pytest -q tests/test_golden.py
    git diff tests/golden/

Two JSON fields change without any change in behaviour — the tool version and the rule
pack's digest (any edit of a comment in the pack changes it) — so they are replaced by
placeholders before comparing; tests/test_cli.py checks their real values.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import AS_OF, EXAMPLES, ROOT, invoke

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("FKCHECK_UPDATE_GOLDEN") == "1"
EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
VOLATILE = "<normalised>"


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports name the path as given: run from the root so that it is ``examples/...``."""
    monkeypatch.chdir(ROOT)


def normalise(report: dict[str, Any]) -> dict[str, Any]:
    report["tool"]["version"] = VOLATILE
    report["rule_pack"]["sha256"] = VOLATILE
    return report


def compare(golden: Path, actual: str) -> None:
    """Compare with the golden file, or (re)write it when FKCHECK_UPDATE_GOLDEN=1."""
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not golden.exists():
        pytest.fail(
            f"{golden.name} is missing; create it with FKCHECK_UPDATE_GOLDEN=1 and review it"
        )
    expected = golden.read_text(encoding="utf-8")
    if golden.suffix == ".json":
        assert json.loads(actual) == json.loads(expected)  # a structural diff on failure
    assert actual == expected


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_json_report_of_example(name: str) -> None:
    result = invoke(["check", f"examples/{name}", "--format", "json", "--as-of", AS_OF])
    report = normalise(json.loads(result.stdout))
    assert result.exit_code == report["summary"]["exit_code"]
    assert [f["path"] for f in report["files"]] == [f"examples/{name}"]
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    compare(GOLDEN / f"{Path(name).stem}.json", text)


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_text_report_of_example(name: str) -> None:
    """The officer's report of every example in German, the authoritative language."""
    result = invoke(["check", f"examples/{name}", "--as-of", AS_OF])
    compare(GOLDEN / f"{Path(name).stem}.de.txt", result.stdout)


def test_text_report_in_english() -> None:
    result = invoke(["check", "examples/02-sitz-fehlt.yaml", "--as-of", AS_OF, "--lang", "en"])
    assert result.exit_code == 1
    compare(GOLDEN / "02-sitz-fehlt.en.txt", result.stdout)


def test_every_golden_file_belongs_to_an_example() -> None:
    """A renamed or deleted example must not leave a stale golden file behind."""
    stems = {Path(name).stem for name in EXAMPLE_FILES}
    for golden in GOLDEN.iterdir():
        assert golden.name.split(".")[0] in stems, f"stale golden file {golden.name}"


def test_json_reports_follow_the_shipped_schema() -> None:
    """The JSON report's shape is documented by schemas/report.schema.json; hold it to it."""
    import jsonschema

    from fkcheck.report.json import FORMAT, FORMAT_VERSION

    schema_file = ROOT / "src" / "fkcheck" / "schemas" / "report.schema.json"
    schema = json.loads(schema_file.read_text("utf-8"))
    assert schema["properties"]["format"]["const"] == FORMAT
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION
    validator = jsonschema.Draft202012Validator(schema)
    for lang in ("de", "en"):
        result = invoke(["check", "--as-of", AS_OF, "--format", "json", "--lang", lang,
                         *(f"examples/{n}" for n in EXAMPLE_FILES)])  # fmt: skip
        errors = [e.message for e in validator.iter_errors(json.loads(result.stdout))]
        assert errors == []
