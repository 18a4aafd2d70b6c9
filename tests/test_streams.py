"""Issue 9, items 6 and 7: output encodings, broken and closed streams, signals, long names.

These run fkcheck's real entry point (``fkcheck.cli.main``) in subprocesses: the
streams and signal handlers it installs are process-wide.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import AS_OF, EXAMPLES, ROOT, invoke

GOOD = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "08-eingabefehler.yaml")

# Runs main() once per file and format in one interpreter; prints "EXIT <file> <code>".
EACH = """
import sys
from fkcheck.cli import main
as_of, *names = sys.argv[1:]
for fmt in ("text", "markdown"):
    for name in names:
        sys.argv = ["fkcheck", "check", "--as-of", as_of, "--format", fmt, name]
        try:
            main()
        except SystemExit as exc:
            sys.stdout.flush()
            print("EXIT", fmt, name, exc.code, file=sys.stderr)
"""


def fkcheck(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    environ = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environ,
        check=False,
        **options,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_every_example_reports_in_a_narrow_encoding(encoding: str) -> None:
    done = fkcheck("-c", EACH, AS_OF, *map(str, GOOD), env={"PYTHONIOENCODING": encoding})
    errors = done.stderr.decode(encoding)
    exits = [line.split() for line in errors.splitlines() if line.startswith("EXIT ")]
    assert len(exits) == 2 * len(GOOD), errors
    assert all(code in ("0", "1") for *_, code in exits), errors
    assert "interner Fehler" not in errors
    text = done.stdout.decode(encoding)  # strict: every byte is the encoding's own
    assert "[ok] FRL-A.1" in text and "[x] " in text
    if encoding == "cp1252":  # representable characters are kept as they are
        assert "Förderfähig: nein" in text and "Fachkräfteallianz" in text
    else:
        assert "Foerderfaehig: nein" in text and "Fachkraefteallianz" in text


def closed_pipe_run(env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte (``| head`` that ended)
    try:
        args = ["-m", "fkcheck", "check", "--as-of", AS_OF, str(EXAMPLES / "01-erfuellt.yaml")]
        return subprocess.run(
            [sys.executable, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, **env},
            check=False,
            cwd=ROOT,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("env", [{}, {"PYTHONUNBUFFERED": "1"}])
def test_a_broken_pipe_is_exit_2_even_for_a_compliant_file(env: dict[str, str]) -> None:
    done = closed_pipe_run(env)
    assert done.returncode == 2
    assert "nicht vollständig ausgegeben" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


def test_a_closed_stdout_is_exit_2_with_a_reason() -> None:
    done = fkcheck(
        "-m",
        "fkcheck",
        "check",
        "--as-of",
        AS_OF,
        str(EXAMPLES / "01-erfuellt.yaml"),
        stdout=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    message = done.stderr.decode()
    assert "die Ausgabe ist geschlossen" in message and "interner Fehler" not in message


def test_a_usage_error_with_stderr_closed_is_still_exit_2() -> None:
    done = fkcheck(
        "-m",
        "fkcheck",
        "check",
        "--unbekannt",
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(2),
    )
    assert done.returncode == 2


MEMBER_LIST = str(EXAMPLES / "mitglieder" / "mitglieder-mittelsachsen.csv")
PRINTING_COMMANDS = [
    ["deadlines", "--as-of", AS_OF, str(EXAMPLES / "01-erfuellt.yaml")],
    ["rules"],
    ["explain", "FRL-1.7"],
    ["schema"],
    ["import", MEMBER_LIST],
]


@pytest.mark.parametrize("args", PRINTING_COMMANDS, ids=lambda a: a[0])
def test_every_command_that_prints_is_exit_2_on_a_broken_pipe(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = fkcheck("-m", "fkcheck", *args, stdout=write_end)
    finally:
        os.close(write_end)
    assert done.returncode == 2, done.stderr.decode()
    assert "nicht vollständig ausgegeben" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


def test_import_with_stderr_closed_still_delivers_the_members() -> None:
    """Its notes ('Art „DGB“ übernommen als gewerkschaft') may not arrive; the members do."""
    done = fkcheck(
        "-m", "fkcheck", "import", MEMBER_LIST, stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(2),
    )  # fmt: skip
    assert done.returncode == 0
    assert b"mitglieder:" in done.stdout


# Sends itself the signal just before the report's temporary file would be renamed.
SIGNAL_DURING_WRITE = """
import os, signal, sys
real_replace = os.replace
def replace(src, dst):
    os.kill(os.getpid(), signal.%s)
    real_replace(src, dst)
os.replace = replace
sys.argv = ["fkcheck", "check", "--as-of", "%s", "--output", sys.argv[1], sys.argv[2]]
from fkcheck.cli import main
main()
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_report_write_leaves_no_temporary_file(tmp_path: Path, name: str) -> None:
    report = tmp_path / "bericht.txt"
    script = SIGNAL_DURING_WRITE % (name, AS_OF)
    done = fkcheck("-c", script, str(report), str(EXAMPLES / "01-erfuellt.yaml"))
    assert done.returncode == 128 + getattr(signal, name)
    assert list(tmp_path.iterdir()) == []  # neither the report nor a hidden .tmp file


def test_an_output_name_of_245_bytes_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = "ä" + "b" * 239 + ".txt"  # 2 + 239 + 4 = 245 bytes
    assert len(name.encode()) == 245
    result = invoke(
        ["check", "--as-of", AS_OF, "--output", name, str(EXAMPLES / "01-erfuellt.yaml")]
    )
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == [name]
