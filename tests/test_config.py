"""``.fkcheck.yaml``: discovery, validation, precedence, include/exclude, several reports."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck import config

E01, E02 = EXAMPLES / "01-erfuellt.yaml", EXAMPLES / "02-sitz-fehlt.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with two alliance files and a draft, the cwd inside it."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "allianzen" / "entwuerfe").mkdir(parents=True)
    shutil.copy(E01, tmp_path / "allianzen" / "mittelsachsen.yaml")
    shutil.copy(E02, tmp_path / "allianzen" / "zwickau.yaml")
    (tmp_path / "allianzen" / "entwuerfe" / "neu.yaml").write_text("version: 1\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_config(folder: Path, text: str) -> Path:
    path = folder / ".fkcheck.yaml"
    path.write_text(text, "utf-8")
    return path


def test_found_from_a_subfolder_and_stops_at_the_repository_root(repo: Path) -> None:
    write_config(repo, "fail-on: warning\n")
    assert config.discover(repo / "allianzen" / "entwuerfe") == repo / ".fkcheck.yaml"
    (repo / ".fkcheck.yaml").unlink()
    assert config.discover(repo / "allianzen") is None  # does not look above the .git folder


def test_settings_apply_and_the_command_line_wins(repo: Path) -> None:
    write_config(repo, "fail-on: warning\nformat: json\nlang: en\n")
    result = invoke(["check", "--as-of", AS_OF, "allianzen/mittelsachsen.yaml"])
    report = json.loads(result.stdout)
    assert (report["fail_on"], report["lang"]) == ("warning", "en")
    result = invoke(["check", "--as-of", AS_OF, "--format", "text", "--lang", "de",
                     "--fail-on", "error", "allianzen/mittelsachsen.yaml"])  # fmt: skip
    assert result.stdout.splitlines()[2].startswith("Förderfähig: ja")
    assert result.exit_code == 0


def test_include_and_exclude_choose_the_files(repo: Path) -> None:
    write_config(
        repo, "include: ['allianzen/**/*.yaml']\nexclude: ['**/entwuerfe/**']\nformat: json\n"
    )
    report = json.loads(invoke(["check", "--as-of", AS_OF]).stdout)
    assert [f["path"] for f in report["files"]] == [
        "allianzen/mittelsachsen.yaml",
        "allianzen/zwickau.yaml",
    ]
    folder = json.loads(invoke(["check", "--as-of", AS_OF, "allianzen"]).stdout)
    assert len(folder["files"]) == 2  # exclude applies to folder walks too
    named = json.loads(invoke(["check", "--as-of", AS_OF, "allianzen/entwuerfe/neu.yaml"]).stdout)
    assert named["files"][0]["status"] == "invalid"  # a file named explicitly is always read


def test_no_paths_and_no_include_is_a_usage_error(repo: Path) -> None:
    result = invoke(["check"])
    assert result.exit_code == 2
    assert "keine Dateien angegeben" in result.stderr


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("fail_on: warning\n", 1, "'fail-on'"),
        ("lang: de\nformat: sarif\nreports:\n  - {format: sarf, output: x.sarif}\n", 4, "sarif"),
        ("warn-before: -1\n", 1, "warn-before"),
        ("limits: {max-byte: 10}\n", 1, "max-bytes"),
        ("- rules\n", 1, "Zuordnung"),
        ("rules: [a, b\n", 2, "YAML"),
    ],
)
def test_bad_configuration_is_exit_2_with_location(
    repo: Path, text: str, line: int, fragment: str
) -> None:
    write_config(repo, text)
    result = invoke(["check", "allianzen/mittelsachsen.yaml"])
    assert result.exit_code == 2
    assert f".fkcheck.yaml:{line}:" in result.stderr
    assert fragment in result.stderr
    assert result.stdout == ""


def test_explicit_config_and_no_config(repo: Path) -> None:
    write_config(repo, "unknown-key: 1\n")
    assert (
        invoke(["check", "--no-config", "--as-of", AS_OF, "allianzen/mittelsachsen.yaml"]).exit_code
        == 0
    )
    other = repo / "ci.yaml"
    other.write_text("format: json\n", "utf-8")
    result = invoke(
        ["check", "--config", str(other), "--as-of", AS_OF, "allianzen/mittelsachsen.yaml"]
    )
    assert json.loads(result.stdout)["files"][0]["status"] == "ok"
    missing = invoke(["check", "--config", "nope.yaml", "allianzen/mittelsachsen.yaml"])
    assert missing.exit_code == 2 and "nope.yaml" in missing.stderr


def test_rules_path_is_relative_to_the_config_file(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "regeln").mkdir()
    (repo / "regeln" / "eigen.yaml").write_text(
        'fkcheck_regelpaket: 1\nid: eigen\nversion: "1"\ntitel: {de: E, en: E}\nerweitert: sn-frl\n',
        "utf-8",
    )
    write_config(repo, "rules: regeln/eigen.yaml\nformat: json\n")
    monkeypatch.chdir(repo / "allianzen")
    report = json.loads(invoke(["check", "--as-of", AS_OF, "mittelsachsen.yaml"]).stdout)
    assert report["rule_pack"]["id"] == "eigen"
    # … and named relative to the current folder in reports, the same on every machine
    assert report["rule_pack"]["source"] == "../regeln/eigen.yaml"


def test_several_reports_from_one_run(repo: Path) -> None:
    write_config(repo, "reports:\n  - {format: junit, output: out/junit.xml}\n")
    (repo / "out").mkdir()
    result = invoke(["check", "--as-of", AS_OF, "--report", "sarif=out/r.sarif",
                     "--report", "json=out/r.json", "allianzen"])  # fmt: skip
    assert result.exit_code == 2  # the draft in entwuerfe/ is not a valid file
    assert "Förderfähig" in result.stdout  # the terminal report as well
    assert json.loads((repo / "out" / "r.sarif").read_text("utf-8"))["version"] == "2.1.0"
    assert len(json.loads((repo / "out" / "r.json").read_text("utf-8"))["files"]) == 3
    assert (repo / "out" / "junit.xml").read_text("utf-8").startswith("<?xml")  # added to
    (repo / "out" / "junit.xml").unlink()
    invoke(["check", "--as-of", AS_OF, "--report", "json=out/junit.xml", "allianzen"])
    assert (repo / "out" / "junit.xml").read_text("utf-8").startswith("{")  # same file: CLI wins


@pytest.mark.parametrize("spec", ["sarif", "sarif=", "sarf=x.sarif", "sarif=-"])
def test_bad_report_spec(repo: Path, spec: str) -> None:
    result = invoke(["check", "--report", spec, "allianzen/mittelsachsen.yaml"])
    assert result.exit_code == 2
    assert "FORMAT=DATEI" in result.stderr


def test_two_reports_into_one_file_and_a_report_over_an_input_are_refused(repo: Path) -> None:
    twice = invoke(["check", "--report", "sarif=x.out", "--report", "json=x.out",
                    "allianzen/mittelsachsen.yaml"])  # fmt: skip
    assert twice.exit_code == 2 and not (repo / "x.out").exists()
    before = (repo / "allianzen" / "zwickau.yaml").read_bytes()
    over = invoke(["check", "--report", "json=allianzen/zwickau.yaml", "allianzen"])
    assert over.exit_code == 2
    assert (repo / "allianzen" / "zwickau.yaml").read_bytes() == before


def test_github_actions_defaults(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = repo / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = invoke(["check", "--as-of", AS_OF, "allianzen/zwickau.yaml"])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=allianzen/zwickau.yaml,line=")
    text = summary.read_text("utf-8")
    assert text.startswith("earlier step\n")  # appended, never overwritten
    assert "FRL-1.6" in text
    explicit = invoke(["check", "--as-of", AS_OF, "--format", "json", "allianzen/zwickau.yaml"])
    assert json.loads(explicit.stdout)["files"][0]["status"] == "gaps"


def test_a_summary_that_cannot_be_written_is_a_note(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(repo / "missing" / "summary.md"))
    result = invoke(["check", "--as-of", AS_OF, "allianzen/mittelsachsen.yaml"])
    assert result.exit_code == 0
    assert "GITHUB_STEP_SUMMARY" in result.stderr


def test_limits_are_configurable(repo: Path) -> None:
    write_config(repo, "limits: {max-bytes: 100}\nformat: json\n")
    result = invoke(["check", "allianzen/mittelsachsen.yaml"])
    assert result.exit_code == 2
    finding = json.loads(result.stdout)["files"][0]["findings"][0]
    assert finding["code"] == "input.too_large" and "100" in finding["message"]


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("**/*.yaml", "a.yaml", True),
        ("**/*.yaml", "x/y/a.yaml", True),
        ("*.yaml", "x/a.yaml", False),
        ("allianzen/**", "allianzen/x/y.yaml", True),
        ("**/entwuerfe/**", "allianzen/entwuerfe/neu.yaml", True),
        ("a?.yaml", "ab.yaml", True),
        ("a?.yaml", "a/.yaml", False),
        ("[x].yaml", "x.yaml", False),  # brackets are literal, not a character class
    ],
)
def test_glob_matching(pattern: str, path: str, expected: bool) -> None:
    assert config.matches(path, [pattern]) is expected


def test_force_exclude_applies_exclude_to_named_files(repo: Path) -> None:
    write_config(repo, "exclude: ['**/entwuerfe/**']\n")
    draft = "allianzen/entwuerfe/neu.yaml"
    assert invoke(["check", "--as-of", AS_OF, draft]).exit_code == 2  # named: checked
    result = invoke(["check", "--as-of", AS_OF, "--force-exclude", draft, "allianzen/zwickau.yaml"])
    assert result.exit_code == 1
    assert "neu.yaml" not in result.stdout
    only = invoke(["check", "--as-of", AS_OF, "--force-exclude", "--format", "json", draft])
    assert only.exit_code == 0 and json.loads(only.stdout)["files"] == []


def test_report_files_are_readable_like_other_files(repo: Path) -> None:
    old = os.umask(0o022)
    try:
        invoke(["check", "--as-of", AS_OF, "--report", "json=neu.json", "allianzen/zwickau.yaml"])
        assert stat.S_IMODE((repo / "neu.json").stat().st_mode) == 0o644
        (repo / "neu.json").chmod(0o600)  # an existing file keeps its permissions
        invoke(["check", "--as-of", AS_OF, "--report", "json=neu.json", "allianzen/zwickau.yaml"])
        assert stat.S_IMODE((repo / "neu.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)


@pytest.mark.parametrize("pattern", ["/etc/*.yaml", "../allianzen/*.yaml", "a/../../x.yaml"])
def test_patterns_must_stay_inside_the_config_folder(repo: Path, pattern: str) -> None:
    write_config(repo, f"include: ['{pattern}']\n")
    result = invoke(["check"])
    assert result.exit_code == 2
    assert ".fkcheck.yaml:1:" in result.stderr and "relativ" in result.stderr


def test_include_and_exclude_match_alike_and_skip_hidden_files(repo: Path) -> None:
    (repo / "allianzen" / ".versteckt.yaml").write_text("version: 1\n", "utf-8")
    shutil.copy(E01, repo / "allianzen" / "b-entwurf.yaml")
    write_config(
        repo, "include: ['allianzen/*.yaml']\nexclude: ['allianzen/b-*.yaml']\nformat: json\n"
    )
    report = json.loads(invoke(["check", "--as-of", AS_OF]).stdout)
    names = [f["path"] for f in report["files"]]
    assert names == ["allianzen/mittelsachsen.yaml", "allianzen/zwickau.yaml"]  # no hidden file
    write_config(repo, "include: ['allianzen/[b]*.yaml']\nformat: json\n")
    nothing = invoke(["check", "--as-of", AS_OF])  # brackets are literal: no file matches
    assert nothing.exit_code == 2 and "keine *.yaml" in nothing.stderr


def test_outside_a_repository_only_the_current_folder_is_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_config(tmp_path, "reports:\n  - {format: markdown, output: untergeschoben.md}\n")
    monkeypatch.chdir(tmp_path / "a" / "b")
    assert config.discover(tmp_path / "a" / "b") is None
    invoke(["check", "--as-of", AS_OF, str(E01)])
    assert not (tmp_path / "untergeschoben.md").exists()
    assert config.discover(tmp_path) == tmp_path / ".fkcheck.yaml"


def test_a_report_never_replaces_the_configuration(repo: Path) -> None:
    path = write_config(repo, "fail-on: warning\n")
    result = invoke(
        ["check", "--format", "json", "--output", ".fkcheck.yaml", "allianzen/mittelsachsen.yaml"]
    )
    assert result.exit_code == 2
    assert path.read_text("utf-8") == "fail-on: warning\n"


def test_output_dash_is_standard_output(repo: Path) -> None:
    result = invoke(
        ["check", "--as-of", AS_OF, "--format", "json", "--output", "-", "allianzen/zwickau.yaml"]
    )
    assert json.loads(result.stdout)["files"][0]["status"] == "gaps"
    assert not (repo / "-").exists()


def test_a_big_configuration_is_refused(repo: Path) -> None:
    write_config(repo, "# " + "x" * (config.MAX_BYTES + 10) + "\n")
    result = invoke(["check", "allianzen/mittelsachsen.yaml"])
    assert result.exit_code == 2 and "zu groß" in result.stderr
