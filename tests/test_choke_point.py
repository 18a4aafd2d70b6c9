"""Issue 9, items 2 and 5: ids are matched in full, and every format gets input text only
through the one choke point (``fkcheck.report.escape``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, RULES, invoke
from fkcheck import rulepack
from fkcheck.errors import RulePackError
from fkcheck.report import REPORTERS

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RAW = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI}]")
PACK = (RULES / "sn-frl.yaml").read_text("utf-8")
NAME = "::warning file=a::x.yaml"


@pytest.mark.parametrize("field", ["  - id: FRL-1.1\n", "id: sn-frl\n"])
def test_an_id_with_a_trailing_newline_is_refused(field: str) -> None:
    assert field in PACK
    key, value = field.strip().removeprefix("- ").split(": ")
    hostile = field.replace(f"{key}: {value}", f'{key}: "{value}\\n"')
    with pytest.raises(RulePackError) as info:
        rulepack.parse(PACK.replace(field, hostile, 1).encode(), "paket.yaml")
    assert [p.code for p in info.value.problems] == ["input.pattern"]


def hostile_document(example: str) -> str:
    text = (EXAMPLES / example).read_text("utf-8")
    hostile = '"\\u202eevil\\u2066\\n::error::name\\u2069 Fachkräfteallianz Mittelsachsen"'
    return text.replace("name: Fachkräfteallianz Mittelsachsen", f"name: {hostile}", 1)


def hostile_waiver() -> str:
    text = (EXAMPLES / "01-erfuellt.yaml").read_text("utf-8")
    return (
        text + 'ausnahmen:\n  - regel: "x\\n::error::nl"\n    begruendung: b\n    bis: 2027-01-01\n'
    )


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_no_format_passes_on_raw_controls_or_starts_a_line_with_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    (tmp_path / NAME).write_text(hostile_document("02-sitz-fehlt.yaml"), "utf-8")
    (tmp_path / "10.yaml").write_text(hostile_document("10-ausnahmen.yaml"), "utf-8")
    (tmp_path / "waiver.yaml").write_text(hostile_waiver(), "utf-8")
    monkeypatch.chdir(tmp_path)
    names = [NAME, "10.yaml", "waiver.yaml"]
    result = invoke(["check", "--as-of", AS_OF, "--format", fmt, *names])
    assert result.exit_code == 2  # the unknown waiver rule is an input error
    assert not RAW.search(result.stdout + result.stderr)
    own_commands = re.compile(r"::(error|warning|notice) (file|title)=[^:]*::")
    for line in (result.stdout + result.stderr).splitlines():
        if re.match(r"\s*(::|##\[)", line):
            assert fmt == "github" and own_commands.match(line), line


@pytest.mark.parametrize("fmt", ["text", "json", "ics"])
def test_deadlines_start_no_line_with_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The deadlines list heads each file with the alliance's name: like the text report,
    a name such as '::error::x' must not become a workflow command in a CI log."""
    text = (EXAMPLES / "12-ein-muss-zwei-hinweise.yaml").read_text("utf-8")
    hostile = text.replace("name: Fachkräfteallianz Mittelsachsen", 'name: "::error::x"', 1)
    assert hostile != text
    (tmp_path / NAME).write_text(hostile, "utf-8")
    (tmp_path / "02.yaml").write_text(hostile_document("02-sitz-fehlt.yaml"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["deadlines", "--as-of", AS_OF, "--format", fmt, NAME, "02.yaml"])
    assert result.exit_code == 0
    assert "::error::x" in result.stdout or fmt == "json"  # JSON names files by path only
    assert not RAW.search(result.stdout + result.stderr)
    for line in (result.stdout + result.stderr).splitlines():
        assert not re.match(r"\s*(::|##\[)", line), line


def test_explain_starts_no_line_with_a_packs_text(tmp_path: Path) -> None:
    """A pack's explanation is untrusted text too: indented or not, it starts no command."""
    line = "        Kreisschlüssel und Gebietsname sollen"
    assert line in PACK
    pack = tmp_path / "paket.yaml"
    pack.write_text(PACK.replace(line, line.replace("K", "::error::x K", 1), 1), "utf-8")
    result = invoke(["explain", "FRL-A.3", "--rules", str(pack)])
    assert result.exit_code == 0 and "::error::x" in result.stdout
    for shown in result.stdout.splitlines():
        assert not re.match(r"\s*(::|##\[)", shown), shown
