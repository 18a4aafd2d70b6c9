"""Issue 9, item 4: folder walks report unreadable folders and survive deep trees.

Tests run as root, who may read any folder (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so
the unreadable-folder test runs fkcheck as a subprocess with those capabilities dropped:
as the user ``nobody`` via ``setpriv``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, invoke

NOBODY = 65534
SETPRIV = shutil.which("setpriv")


def as_nobody(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``fkcheck ARGS`` without the privileges that read any folder."""
    if os.geteuid() == 0:
        if SETPRIV is None:
            pytest.skip("setpriv is not installed")
        drop = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        prefix = [*drop, "--inh-caps=-all", "--bounding-set=-all"]
    else:
        prefix = []
    command = [*prefix, sys.executable, "-m", "fkcheck", *args]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(cwd)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture
def tree() -> Iterator[Path]:
    """allianzen/ok.yaml (compliant) and allianzen/gesperrt/ (mode 000) with a failing file,
    in a folder ``nobody`` may enter (pytest's own temporary folders are private)."""
    tmp_path = Path(tempfile.mkdtemp(prefix="fkcheck-walk-"))
    yield _fill(tmp_path)
    shutil.rmtree(tmp_path)


def _fill(tmp_path: Path) -> Path:
    root = tmp_path / "allianzen"
    (root / "gesperrt").mkdir(parents=True)
    shutil.copy(EXAMPLES / "01-erfuellt.yaml", root / "ok.yaml")
    shutil.copy(EXAMPLES / "02-sitz-fehlt.yaml", root / "gesperrt" / "fehlt.yaml")
    os.chmod(tmp_path, 0o755)
    os.chmod(root, 0o755)
    os.chmod(root / "ok.yaml", 0o644)
    os.chmod(root / "gesperrt", 0)
    return tmp_path


def test_an_unreadable_folder_is_an_input_problem_and_the_rest_is_checked(tree: Path) -> None:
    done = as_nobody("check", "--as-of", AS_OF, "--format", "json", "allianzen", cwd=tree)
    assert done.returncode == 2, done.stderr
    report = json.loads(done.stdout)
    status = {f["path"]: f["status"] for f in report["files"]}
    assert status == {"allianzen/ok.yaml": "ok", "allianzen/gesperrt": "invalid"}
    (problem,) = report["files"][1]["findings"]
    assert problem["code"] == "input.unreadable_folder"
    assert "Verzeichnis kann nicht gelesen werden: keine Berechtigung" in problem["message"]


def test_an_unreadable_top_folder_names_the_reason(tree: Path) -> None:
    done = as_nobody("check", "--as-of", AS_OF, "allianzen/gesperrt", cwd=tree)
    assert done.returncode == 2, done.stderr
    assert "keine Berechtigung" in done.stdout and "keine *.yaml" not in done.stdout


def test_a_thousand_levels_deep_tree_is_walked(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1000):  # pathlib's mkdir(parents=True) would itself recurse too deep
        deep = deep / "d"
        deep.mkdir()
    shutil.copy(EXAMPLES / "02-sitz-fehlt.yaml", deep / "tief.yaml")
    try:
        result = invoke(["check", "--as-of", AS_OF, "--format", "json", str(tmp_path)])
        assert result.exit_code == 1
        assert json.loads(result.stdout)["files"][0]["path"].endswith("d/tief.yaml")
    finally:  # pytest's own clean-up of tmp_path recurses and cannot remove such a tree
        (deep / "tief.yaml").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
