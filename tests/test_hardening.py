"""Issue 9, items 9 and 10: the built-in pack, sizes, pack key errors, file symlinks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, RULES, invoke
from fkcheck import rulepack

E01 = EXAMPLES / "01-erfuellt.yaml"


@pytest.fixture
def builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in packs standing in for the installed ones (as in an editable
    install, where they are ordinary files in the checkout)."""
    folder = tmp_path / "installed-rules"
    folder.mkdir()
    shutil.copy(RULES / "sn-frl.yaml", folder / "sn-frl.yaml")
    # Installed beside it, as in the package: rulepack.validated_digests() reads it once per
    # process, so without it a process whose first pack loads in here would trust no pack.
    shutil.copy(RULES / rulepack.DIGESTS, folder / rulepack.DIGESTS)
    monkeypatch.setattr(rulepack, "builtin_dir", lambda: folder)
    monkeypatch.chdir(tmp_path)
    return folder / "sn-frl.yaml"


@pytest.mark.parametrize("rules", [None, "own-pack.yaml"])
def test_the_builtin_pack_is_never_overwritten(builtin: Path, rules: str | None) -> None:
    before = builtin.read_bytes()
    own = ["--rules", str(RULES / "sn-frl.yaml")] if rules else []
    for output in (str(builtin), os.path.relpath(builtin)):
        result = invoke(["check", "--as-of", AS_OF, *own, "--output", output, str(E01)])
        assert result.exit_code == 2
        assert "eingebautes Regelpaket" in result.stderr and "nie überschrieben" in result.stderr
        assert builtin.read_bytes() == before
    english = invoke(["check", "--lang", "en", "--output", str(builtin), str(E01)])
    assert "built-in rule pack" in english.stderr


def test_an_oversize_file_is_reported_with_its_real_size(tmp_path: Path) -> None:
    big = tmp_path / "gross.yaml"
    with big.open("wb") as handle:  # sparse: no 40 MB written to disk
        handle.truncate(40_000_000)
    result = invoke(["check", str(big)])
    assert result.exit_code == 2
    assert "40000000 Bytes" in result.stdout and "33554433" not in result.stdout


def test_a_pack_with_only_an_id_lists_each_missing_key_once(tmp_path: Path) -> None:
    pack = tmp_path / "paket.yaml"
    pack.write_text("id: x\n", "utf-8")
    result = invoke(["check", "--rules", str(pack), str(E01)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(set(lines))
    for key in ("fkcheck_regelpaket", "version", "titel", "richtlinie", "gueltig_ab", "regeln"):
        assert sum(f"'{key}' fehlt" in line for line in lines) == 1, key


def test_a_file_symlink_in_a_folder_is_followed_as_documented(tmp_path: Path) -> None:
    """SECURITY.md: links to files are read wherever they point (links to folders are not
    followed); the report names the link, not its target."""
    outside = tmp_path / "elsewhere" / "geheim.yaml"
    outside.parent.mkdir()
    outside.write_text("version: 1\ngeheimer_schluessel: 1\n", "utf-8")
    folder = tmp_path / "allianzen"
    folder.mkdir()
    (folder / "link.yaml").symlink_to(outside)
    (folder / "ordner.yaml").symlink_to(outside.parent, target_is_directory=True)
    result = invoke(["check", "--format", "json", str(folder)])
    assert result.exit_code == 2
    assert '"path": "' + str(folder / "link.yaml") + '"' in result.stdout
    assert "geheimer_schluessel" in result.stdout and str(outside) not in result.stdout
    assert "ordner.yaml" not in result.stdout


def test_a_value_longer_than_the_scalar_limit_is_an_input_error(tmp_path: Path) -> None:
    text = E01.read_text("utf-8").replace(
        "name: Fachkräfteallianz Mittelsachsen", "name: " + "a" * 10_001, 1
    )
    (tmp_path / "lang.yaml").write_text(text, "utf-8")
    result = invoke(["check", "--as-of", AS_OF, str(tmp_path / "lang.yaml")])
    assert result.exit_code == 2
    assert "Zeile 7, Spalte 9 · allianz.name: Wert ist zu lang (10001 Zeichen" in result.stdout
    assert "lang.yaml:7:9" in result.stdout


def test_node_and_scalar_limits_are_configurable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    shutil.copy(E01, tmp_path / "01.yaml")
    (tmp_path / ".fkcheck.yaml").write_text("limits: {max-nodes: 100}\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 2 and "mehr als 100 Schlüssel, Werte und Listen" in result.stdout
    (tmp_path / ".fkcheck.yaml").write_text("limits: {max-scalar: 100}\n", "utf-8")
    long_name = E01.read_text("utf-8").replace("Mittelsachsen", "M" * 101, 1)
    (tmp_path / "01.yaml").write_text(long_name, "utf-8")
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 2 and "(119 Zeichen; erlaubt sind höchstens 100" in result.stdout
