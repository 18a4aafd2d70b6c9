"""Hostile file-system situations and outputs: links, loops, unreadable files, odd names.

Complements the input catalogue (tests/test_input_errors.py, file contents) with what
surrounds the contents: where files are, what they are called, where reports go.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck.report import REPORTERS

E01, E02 = EXAMPLES / "01-erfuellt.yaml", EXAMPLES / "02-sitz-fehlt.yaml"
NON_UTF8 = os.fsdecode(b"allianz-\xff.yaml")


def check(*args: str) -> Any:
    return invoke(["check", "--as-of", AS_OF, *args])


def statuses(result: Any) -> dict[str, str]:
    return {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "allianzen"
    root.mkdir()
    shutil.copy(E01, root / "a.yaml")
    return root


def test_a_symlink_loop_in_a_directory_walk_ends(folder: Path) -> None:
    (folder / "zurueck").symlink_to(folder, target_is_directory=True)  # folder/zurueck/zurueck/…
    (folder / "sub").mkdir()
    (folder / "sub" / "oben").symlink_to("..", target_is_directory=True)
    result = check("--format", "json", str(folder))
    assert result.exit_code == 0
    assert list(statuses(result)) == [str(folder / "a.yaml")]  # links to folders are not followed


def test_a_symlink_cycle_between_files_is_reported_and_the_rest_checked(folder: Path) -> None:
    (folder / "x.yaml").symlink_to(folder / "y.yaml")
    (folder / "y.yaml").symlink_to(folder / "x.yaml")
    result = check("--format", "json", str(folder))
    assert result.exit_code == 2
    got = statuses(result)
    assert got[str(folder / "a.yaml")] == "ok"
    assert got[str(folder / "x.yaml")] == got[str(folder / "y.yaml")] == "invalid"
    message = json.loads(result.stdout)["files"][1]["findings"][0]["message"]
    assert "kann nicht gelesen werden" in message


def test_a_dangling_symlink_is_reported(folder: Path) -> None:
    (folder / "weg.yaml").symlink_to(folder / "gibt-es-nicht.yaml")
    result = check("--format", "json", str(folder / "weg.yaml"), str(folder / "a.yaml"))
    assert result.exit_code == 2
    assert statuses(result) == {str(folder / "weg.yaml"): "invalid", str(folder / "a.yaml"): "ok"}


def test_an_unreadable_file_is_reported_and_the_others_are_checked(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod 000 still reads: simulate the kernel's answer.
    locked = folder / "gesperrt.yaml"
    shutil.copy(E02, locked)
    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    result = check("--format", "json", str(folder))
    assert result.exit_code == 2
    assert statuses(result) == {str(folder / "a.yaml"): "ok", str(locked): "invalid"}
    assert "keine Berechtigung" in result.stdout  # the German text for EACCES


def test_a_folder_named_like_a_yaml_file_is_not_read_as_one(folder: Path) -> None:
    (folder / "ordner.yaml").mkdir()
    shutil.copy(E02, folder / "ordner.yaml" / "b.yaml")
    result = check("--format", "json", str(folder))
    assert list(statuses(result)) == [
        str(folder / "a.yaml"),
        str(folder / "ordner.yaml" / "b.yaml"),
    ]


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_a_file_name_that_is_not_utf8_works_in_every_format(tmp_path: Path, fmt: str) -> None:
    odd = tmp_path / NON_UTF8
    shutil.copy(E02, odd)
    out = tmp_path / f"bericht.{fmt}"
    result = check("--format", fmt, "--output", str(out), str(odd))
    assert result.exit_code == 1, result.stderr
    text = out.read_bytes().decode("utf-8")  # valid UTF-8 whatever the file name
    assert "\\udcff" in text or "%FF" in text or "%ff" in text


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_a_report_never_replaces_an_input_or_the_rule_pack(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "a.yaml"
    shutil.copy(E01, target)
    pack = tmp_path / "pack.yaml"
    pack.write_text('fkcheck_regelpaket: 1\nid: p\nversion: "1"\ntitel: {de: P, en: P}\n'
                    "erweitert: sn-frl\n", "utf-8")  # fmt: skip
    link = tmp_path / "link.out"
    link.symlink_to(target)
    for output in (target, pack, link):
        before = target.read_bytes(), pack.read_bytes()
        result = check("--rules", str(pack), "--format", fmt, "--output", str(output), str(target))
        assert result.exit_code == 2
        assert "Eingabe" in result.stderr or "input" in result.stderr
        assert (target.read_bytes(), pack.read_bytes()) == before


def test_a_report_with_unencodable_text_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> str:
        return "\ud800 a lone surrogate cannot be written as UTF-8"

    monkeypatch.setitem(REPORTERS, "markdown", broken)
    out = tmp_path / "bericht.md"
    result = check("--format", "markdown", "--output", str(out), str(E01))
    assert result.exit_code == 0  # written with the surrogate shown escaped
    assert "\\ud800" in out.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.md"]


def test_a_failing_rename_leaves_no_temporary_file_and_keeps_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bericht.json"
    out.write_text("old report\n", "utf-8")

    def fail(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", fail)
    result = check("--format", "json", "--output", str(out), str(E01))
    assert result.exit_code == 2
    assert "kein Speicherplatz mehr" in result.stderr  # ENOSPC, in German
    assert out.read_text("utf-8") == "old report\n"  # readers never see half a report
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.json"]


def test_an_output_in_a_missing_folder_is_exit_2_with_a_reason(tmp_path: Path) -> None:
    result = check("--output", str(tmp_path / "fehlt" / "r.json"), "--format", "json", str(E01))
    assert result.exit_code == 2
    assert "Bericht" in result.stderr or "report" in result.stderr.lower()
    assert not (tmp_path / "fehlt").exists()


def test_nothing_is_written_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(E02, tmp_path / "a.yaml")
    for fmt in sorted(REPORTERS):
        check("--format", fmt, "a.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_rule_pack_over_the_size_limit_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    from fkcheck.yamlio import DEFAULT_LIMITS

    pack = tmp_path / "gross.yaml"
    with pack.open("wb") as stream:
        stream.truncate(DEFAULT_LIMITS.max_bytes + 1)  # sparse: costs no disk
    result = check("--rules", str(pack), str(E01))
    assert result.exit_code == 2 and "zu groß" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_as_rule_pack_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pack.yaml")
    result = check("--rules", str(tmp_path / "pack.yaml"), str(E01))
    assert result.exit_code == 2 and "keine gewöhnliche Datei" in result.stderr


def test_a_full_disk_on_stdout_is_reported_in_german() -> None:
    from fkcheck import runner
    from fkcheck.errors import UsageError

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    run = runner.run([str(E01)], runner.Options(dt.date(2026, 11, 23)))
    with pytest.raises(UsageError) as info:
        runner.emit(run, [runner.Output("json")], "de", Full(), io.StringIO())
    assert info.value.problems[0].code == "usage.output_failed"


@pytest.mark.parametrize(
    "spelling", ["./examples/02-sitz-fehlt.yaml", "examples//02-sitz-fehlt.yaml"]
)
def test_fingerprints_do_not_depend_on_how_a_path_is_spelt(
    spelling: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES.parent)

    def prints(path: str) -> list[str]:
        report = json.loads(check("--format", "json", path).stdout)
        return [f["fingerprint"] for f in report["files"][0]["findings"]]

    assert prints(spelling) == prints("examples/02-sitz-fehlt.yaml")


def test_a_text_report_line_never_starts_like_a_workflow_command(tmp_path: Path) -> None:
    hostile = tmp_path / "::warning file=x::owned.yaml"
    hostile.write_text(
        E02.read_text("utf-8").replace(
            "name: Fachkräfteallianz Mittelsachsen", 'name: "::error::x"', 1
        ),
        "utf-8",
    )
    broken = tmp_path / "::error::kaputt.yaml"
    broken.write_text("version: 2\n", "utf-8")
    result = check(str(hostile), str(broken))
    for line in (result.stdout + result.stderr).splitlines():
        assert not line.lstrip().startswith("::"), line
