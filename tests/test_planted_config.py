"""A ``.fkcheck.yaml`` planted in a shared folder must not steer a run (issue 9, item 1).

Modelled on git's ``safe.directory`` (CVE-2022-24765): configuration from a folder the
user does not own is refused with a note, a plain file named ``.git`` makes no
repository, and report paths in a configuration stay inside its folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck import config

STRANGER = 12345  # a uid that is not the user running the tests
E01 = EXAMPLES / "01-erfuellt.yaml"
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown to another uid needs root"
)


def tree(root: Path) -> dict[str, bytes | None]:
    """Every entry below ``root`` with its content: what a run may not change."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def plant(shared: Path, *, owner: int | None) -> None:
    """The attack of the issue: a `.git` file and a configuration in a shared parent."""
    (shared / ".git").write_text("", "utf-8")
    (shared / ".fkcheck.yaml").write_text(
        "reports:\n  - {format: text, output: bericht.txt}\n"
        "  - {format: text, output: ../home/.bashrc}\n",
        "utf-8",
    )
    if owner is not None:
        for path in (shared, shared / ".git", shared / ".fkcheck.yaml"):
            os.chown(path, owner, owner)


@needs_root
def test_a_planted_config_in_a_foreign_shared_folder_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("# mine\n", "utf-8")
    monkeypatch.setenv("HOME", str(home))
    shared = tmp_path / "shared"
    victim = shared / "victim"
    victim.mkdir(parents=True)
    shutil.copy(E01, victim / "01.yaml")
    plant(shared, owner=STRANGER)
    os.chmod(shared, 0o1777)  # like /tmp
    before = tree(tmp_path)
    monkeypatch.chdir(victim)

    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])

    assert result.exit_code == 0, result.stderr
    assert tree(tmp_path) == before
    assert "wird nicht verwendet" in result.stderr
    assert "einem anderen Benutzer gehört" in result.stderr
    assert "--config" in result.stderr
    english = invoke(["check", "--lang", "en", "--as-of", AS_OF, "01.yaml"])
    assert "belongs to another user" in english.stderr
    assert tree(tmp_path) == before


@needs_root
def test_a_foreign_config_in_the_current_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(E01, tmp_path / "01.yaml")
    (tmp_path / ".fkcheck.yaml").write_text("format: json\n", "utf-8")
    os.chown(tmp_path / ".fkcheck.yaml", STRANGER, STRANGER)
    monkeypatch.chdir(tmp_path)
    assert config.discover(tmp_path) is None
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 0 and result.stdout.startswith("✔")  # text, not json
    assert "anderen Benutzer" in result.stderr
    named = invoke(["check", "--config", ".fkcheck.yaml", "--as-of", AS_OF, "01.yaml"])
    assert named.stdout.startswith("{")  # named on purpose: used


def test_a_plain_file_named_git_is_no_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant(tmp_path, owner=None)
    (tmp_path / "sub").mkdir()
    shutil.copy(E01, tmp_path / "sub" / "01.yaml")
    assert config.discover(tmp_path / "sub") is None
    assert config.discover(tmp_path) == tmp_path / ".fkcheck.yaml"  # the current folder counts
    monkeypatch.chdir(tmp_path / "sub")
    before = tree(tmp_path)
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 0 and "ist kein Git-Repository" in result.stderr
    assert tree(tmp_path) == before


def test_a_gitdir_link_is_a_repository_root(tmp_path: Path) -> None:
    (tmp_path / "real-gitdir").mkdir()
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / ".git").write_text(f"gitdir: {tmp_path / 'real-gitdir'}\n", "utf-8")
    (project / ".fkcheck.yaml").write_text("fail-on: warning\n", "utf-8")
    assert config.discover(project / "sub") == project / ".fkcheck.yaml"
    (project / ".git").write_text("gitdir: missing\n", "utf-8")
    assert config.discover(project / "sub") is None


@pytest.mark.parametrize(
    "target", ["~/.bashrc", "/ABS/bericht.txt", "../bericht.txt", "a/../../b.txt", "link/x.txt"]
)
def test_report_paths_of_a_config_stay_inside_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / ".git").mkdir()
    (project / "link").symlink_to(tmp_path)
    shutil.copy(E01, project / "01.yaml")
    monkeypatch.chdir(project)
    monkeypatch.setenv("HOME", str(tmp_path))
    target = target.replace("/ABS", str(tmp_path))
    (project / ".fkcheck.yaml").write_text(
        f"lang: de\nreports:\n  - format: text\n    output: {target!r}\n", "utf-8"
    )
    before = tree(tmp_path)
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 2
    assert ".fkcheck.yaml:4:13:" in result.stderr and "nicht im Ordner" in result.stderr
    assert tree(tmp_path) == before


def test_a_single_output_of_a_config_is_confined_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    shutil.copy(E01, tmp_path / "01.yaml")
    (tmp_path / ".fkcheck.yaml").write_text(f"output: {tmp_path}/x.txt\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["check", "--as-of", AS_OF, "01.yaml"])
    assert result.exit_code == 2 and ".fkcheck.yaml:1:9:" in result.stderr
    inside = tmp_path / ".fkcheck.yaml"
    inside.write_text("output: berichte/bericht.txt\n", "utf-8")
    (tmp_path / "berichte").mkdir()
    assert invoke(["check", "--as-of", AS_OF, "01.yaml"]).exit_code == 0
    assert (tmp_path / "berichte" / "bericht.txt").read_text("utf-8").startswith("✔")
