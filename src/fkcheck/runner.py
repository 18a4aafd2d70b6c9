"""One ``check`` run: read every input, evaluate the pack, and write the report.

Kept apart from :mod:`fkcheck.cli` so that it can be driven without typer
(tests, future commands) and from :mod:`fkcheck.engine`, which stays pure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from fkcheck import document, engine, rulepack, sources, yamlio
from fkcheck.errors import InputError, Problem, UsageError
from fkcheck.i18n import Lang, t
from fkcheck.results import FileResult, Run


@dataclass(frozen=True)
class Options:
    stichtag: dt.date
    rules: str | None = None
    fail_on: str = "error"
    warn_before: int | None = None
    lang: Lang = "de"
    limits: yamlio.Limits = yamlio.DEFAULT_LIMITS
    waivers: bool = True


def run(paths: list[str], options: Options) -> Run:
    if paths.count(sources.STDIN) > 1:
        raise UsageError([Problem("usage.stdin_twice")])
    pack = rulepack.load(options.rules)
    files = tuple(
        _check(item, pack, options) for item in sources.read(paths, options.limits.max_bytes)
    )
    return Run(files, pack, options.stichtag, options.fail_on, options.warn_before, options.waivers)


def _check(item: sources.Input, pack: rulepack.RulePack, options: Options) -> FileResult:
    if item.problem is not None:
        return FileResult(item.name, problems=(item.problem,))
    assert item.raw is not None
    try:
        source = document.load(item.name, item.raw, options.limits)
    except InputError as exc:  # the digest still tells auditors which bytes were refused
        return FileResult(item.name, hashlib.sha256(item.raw).hexdigest(), problems=exc.problems)
    return engine.evaluate(
        pack, source, options.stichtag, options.warn_before, waivers=options.waivers
    )


def emit(run: Run, fmt: str, lang: Lang, output: Path | None, out: TextIO, err: TextIO) -> None:
    """Write the report to ``output`` (atomically) or ``out``; notes go to ``err``."""
    from fkcheck.report import REPORTERS

    if not run.pack.applies_on(run.stichtag):
        err.write(_validity_note(run, lang) + "\n")
    if output is None:
        color = fmt == "text" and out.isatty() and "NO_COLOR" not in os.environ
        out.write(REPORTERS[fmt](run, lang, color))
        out.flush()
        return
    _refuse_input(output, run)
    write_atomically(output, REPORTERS[fmt](run, lang, False))


def _validity_note(run: Run, lang: Lang) -> str:
    pack = run.pack
    params = {
        "pack": f"{pack.id} {pack.version}",
        "von": pack.valid_from,
        "bis": pack.valid_until or "…",
        "stichtag": run.stichtag,
    }
    return t("usage.pack_not_valid", lang, params)


def _refuse_input(output: Path, run: Run) -> None:
    for file in run.files:
        candidate = Path(file.name)
        try:
            if output.exists() and candidate.exists() and output.samefile(candidate):
                raise UsageError([Problem("usage.output_is_input", {"path": str(output)})])
        except OSError:
            continue


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so readers never see half a report.

    A target that exists but is not a regular file (``/dev/null``, a FIFO) is written in
    place: renaming over it would replace a device with a file.
    """
    try:
        if path.exists() and not path.is_file():
            with path.open("w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            return
        handle, temp = tempfile.mkstemp(
            dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temp, path)
    except OSError as exc:
        raise UsageError(
            [Problem("usage.output_failed", {"reason": exc.strerror or str(exc)})]
        ) from exc
