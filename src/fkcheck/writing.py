"""Writing files the user asked for (``init``, ``schema``, ``import``): atomic, never unasked.

A file that exists is replaced only when the user said so (``--force``, or by naming it
with ``--output``), and never when it is one of the command's inputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fkcheck.errors import Problem, UsageError, os_reason
from fkcheck.runner import write_atomically


def write(path: Path, text: str) -> None:
    """Write ``text`` atomically (temporary file + rename); failures are usage errors."""
    try:
        write_atomically(path, text)
    except UsageError as exc:
        reason = exc.problems[0].params if exc.problems else {}
        raise UsageError([Problem("file.write_failed", {"path": str(path), **reason})]) from exc


def refuse_existing(path: Path, force: bool) -> None:
    """An existing file is not replaced without ``--force``."""
    if path.exists() and not force:
        raise UsageError([Problem("file.exists", {"path": str(path)})])


def refuse_inputs(path: Path, inputs: Iterable[Path]) -> None:
    """The output never replaces what the command reads."""
    for candidate in inputs:
        try:
            same = path.exists() and candidate.exists() and path.samefile(candidate)
        except OSError as exc:
            raise UsageError(
                [Problem("file.write_failed", {"path": str(path), **os_reason(exc)})]
            ) from exc
        if same:
            raise UsageError([Problem("file.is_input", {"path": str(path)})])
