"""JUnit XML report: golden files, well-formedness, agreement with the exit status.

Regenerate the golden files after an intended change (see tests/test_golden.py):

    FKCHECK_UPDATE_GOLDEN=1 python -m pytest -q tests/test_report_junit.py
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_golden import EXAMPLE_FILES, GOLDEN, compare
from test_report_sarif import HOSTILE_YAML, with_waiver

from conftest import AS_OF, ROOT, invoke
from fkcheck import rulepack
from fkcheck.report.junit import xml_safe

# HOSTILE_TEXT as it must appear after parsing: control characters, the line break
# included, as visible escapes (no line of data can start with ``::``), the rest unchanged.
HOSTILE_PARSED = "x%0A::warning::owned\\n::error:: ]]> <b> & \\x00 \\x1b[2J"


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def junit(*args: str) -> tuple[int, str, ET.Element]:
    result = invoke(["check", *args, "--format", "junit", "--as-of", AS_OF])
    return result.exit_code, result.stdout, ET.fromstring(result.stdout.encode("utf-8"))


def case(root: ET.Element, name: str) -> ET.Element:
    (found,) = [c for c in root.iter("testcase") if c.get("name", "").startswith(name)]
    return found


def outcome(element: ET.Element) -> str:
    tags = [child.tag for child in element if child.tag in ("failure", "error", "skipped")]
    return tags[0] if tags else "passed"


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_junit_report_of_example(name: str) -> None:
    _, text, _ = junit(f"examples/{name}")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    compare(GOLDEN / f"{Path(name).stem}.junit.xml", text)


@pytest.mark.parametrize("fail_on", ["error", "warning", "info"])
@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_junit_verdict_agrees_with_exit_status(name: str, fail_on: str) -> None:
    exit_code, _, root = junit(f"examples/{name}", "--fail-on", fail_on)
    failed = int(root.get("failures", "0")) + int(root.get("errors", "0"))
    assert (failed > 0) == (exit_code != 0)
    cases = list(root.iter("testcase"))
    assert root.get("tests") == str(len(cases))
    for kind in ("failure", "error", "skipped"):
        counted = sum(1 for c in cases if outcome(c) == kind)
        attribute = {"failure": "failures", "error": "errors", "skipped": "skipped"}[kind]
        assert root.get(attribute) == str(counted)


def test_one_testcase_per_rule_in_pack_order() -> None:
    _, _, root = junit("examples/03-mitgliedschaft-beendet.yaml")
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "examples/03-mitgliedschaft-beendet.yaml"
    names = [c.get("name", "").split(" ")[0] for c in suite.findall("testcase")]
    assert names == [rule.id for rule in rulepack.load().rules]
    failure = case(root, "FRL-1.3").find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert "examples/03-mitgliedschaft-beendet.yaml:32:10 (mitglieder[3].bis)" in (
        failure.text or ""
    )
    assert outcome(case(root, "FRL-3")) == "passed"  # a Soll-Vorgabe below --fail-on error
    assert "[Soll]" in (case(root, "FRL-3").findtext("system-out") or "")
    assert outcome(case(root, "FRL-A.1")) == "passed" and len(case(root, "FRL-A.1")) == 0


def test_invalid_file_has_only_the_input_testcase() -> None:
    exit_code, _, root = junit("examples/08-eingabefehler.yaml")
    assert exit_code == 2
    (only,) = root.iter("testcase")
    assert only.get("name") == "input" and outcome(only) == "error"
    error = only.find("error")
    assert error is not None
    assert "examples/08-eingabefehler.yaml:25:5: mitglieder[2].nmae" in (error.text or "")


def test_active_waiver_is_skipped(tmp_path: Path) -> None:
    exit_code, _, root = junit(str(with_waiver(tmp_path, "FRL-1.6", "2027-01-31")))
    assert exit_code == 0
    skipped = case(root, "FRL-1.6").find("skipped")
    assert skipped is not None
    assert skipped.get("message") == (
        "per Ausnahme zurückgestellt: Beitritt im Januar "
        "(Ausnahme bis 31.01.2027, genehmigt durch Amtsleitung)"
    )


@pytest.mark.parametrize(
    ("rule", "until", "severity"),
    [("FRL-1.6", "2026-01-31", "warning"), ("FRL-1.3", "2027-01-31", "info")],
)
def test_expired_and_unused_waivers_fail_only_at_their_threshold(
    tmp_path: Path, rule: str, until: str, severity: str
) -> None:
    path = str(with_waiver(tmp_path, rule, until))
    _, _, root = junit(path)
    note = case(root, f"ausnahme {rule}")
    assert outcome(note) == "passed" and rule in (note.findtext("system-out") or "")
    _, _, strict = junit(path, "--fail-on", severity)
    failure = case(strict, f"ausnahme {rule}").find("failure")
    assert failure is not None and failure.get("type") == severity


def test_hostile_text_survives_as_data(tmp_path: Path) -> None:
    path = tmp_path / "a & <b> ]]>.yaml"
    path.write_text(HOSTILE_YAML, encoding="utf-8")
    _, text, root = junit(str(path))
    assert "\x00" not in text and "\x1b" not in text and "<![CDATA[" not in text
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == str(path)
    alliance = suite.find("properties/property[@name='alliance']")
    assert alliance is not None and alliance.get("value") == HOSTILE_PARSED
    failure = case(root, "FRL-1.3").find("failure")
    assert failure is not None
    assert f"DGB {HOSTILE_PARSED}" in (failure.get("message") or "")
    assert f"DGB {HOSTILE_PARSED}" in (failure.text or "")
    skipped = case(root, "FRL-1.6").find("skipped")
    assert skipped is not None and f"Grund {HOSTILE_PARSED} (" in (skipped.get("message") or "")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("\x00", "\\x00"), ("\x1b[2J", "\\x1b[2J"), ("\ud800", "\\ud800"), ("\ufffe", "\\ufffe")],
)
def test_characters_xml_cannot_carry_become_escapes(raw: str, shown: str) -> None:
    element = ET.Element("t", value=xml_safe(f"a{raw}b"))
    element.text = xml_safe(f"]]>{raw}<&")
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode").encode("utf-8"))
    assert parsed.get("value") == f"a{shown}b" and parsed.text == f"]]>{shown}<&"


def test_file_name_that_is_not_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = os.fsdecode(b"bad\xff.yaml")
    try:
        (tmp_path / name).write_bytes((ROOT / "examples" / "01-erfuellt.yaml").read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    monkeypatch.chdir(tmp_path)
    _, _, root = junit(name)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "bad\\udcff.yaml"
