"""One ``check`` run: read every input, evaluate the pack, and write the report.

Kept apart from :mod:`fkcheck.cli` so that it can be driven without typer
(tests, future commands) and from :mod:`fkcheck.engine`, which stays pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from fkcheck import document, engine, parallel, rulepack, sources, streams, yamlio
from fkcheck.errors import InputError, Problem, UsageError, os_reason
from fkcheck.i18n import Lang, t
from fkcheck.report.common import encodable
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
    skip: Callable[[str], bool] | None = None  # the configuration's exclude patterns
    force_exclude: bool = False  # apply ``skip`` to files named explicitly, too (pre-commit)
    verbose: bool = False  # the text report in full detail
    jobs: int = 1  # processes that check files (0: one per core; see fkcheck.parallel)
    documents: bool = True  # keep each checked document (only the HTML report shows it)
    # Formats whose per-file part a split run renders where each file is checked.
    prerender: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Output:
    """One report of a run: a format, written to a file or (``path`` None) to stdout."""

    format: str
    path: Path | None = None


def run(paths: list[str], options: Options) -> Run:
    if paths.count(sources.STDIN) > 1:
        raise UsageError([Problem("usage.stdin_twice")])
    pack = rulepack.load(options.rules)
    items = sources.read(paths, options.limits.max_bytes, options.skip, options.force_exclude)
    context = Run(
        (),
        pack,
        options.stichtag,
        options.fail_on,
        options.warn_before,
        options.waivers,
        options.verbose,
    )
    if options.jobs == 1:  # one process: read and check one file at a time, as they come
        files = tuple(_kept(_check(item, pack, options), options) for item in items)
        return dataclasses.replace(context, files=files)
    inputs = list(items)  # a split run hands out files by position: all are read first
    workers = parallel.workers_for(len(inputs), options.jobs)
    renderers = []
    if workers > 1:
        from fkcheck.report import PRERENDER, prerenderer

        renderers = [prerenderer(f) for f in sorted(options.prerender & PRERENDER)]

    def check(item: sources.Input) -> FileResult:
        result = _kept(_check(item, pack, options), options)
        if renderers:
            rendered = {}
            for renderer in renderers:
                rendered.update(renderer(result, context, options.lang))
            result = dataclasses.replace(result, rendered=rendered)
        return result

    files = tuple(parallel.map_ordered(check, inputs, workers, shared=_rules(pack)))
    return dataclasses.replace(context, files=files)


def _kept(result: FileResult, options: Options) -> FileResult:
    """The result without its document unless a report shows it (HTML)."""
    if not options.documents and result.document is not None:
        return dataclasses.replace(result, document=None)
    return result


def _rules(pack: rulepack.RulePack) -> list[object]:
    """The objects results refer to and a child process must not copy (fkcheck.parallel)."""
    return [*pack.rules, pack]


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


def emit(
    run: Run,
    outputs: Sequence[Output],
    lang: Lang,
    out: TextIO,
    err: TextIO,
    step_summary: Path | None = None,
    protected: Sequence[Path] = (),
) -> None:
    """Render each requested report once; files are written atomically, never over an input."""
    from fkcheck.report import REPORTERS

    if not run.pack.applies_on(run.stichtag):
        from fkcheck.report.escape import log_line

        err.write(log_line(_validity_note(run, lang)) + "\n")
    files = [o.path for o in outputs if o.path is not None]
    for target in files:
        refuse_input(target, run, protected)
    if len({_identity(f) for f in files}) < len(files):
        raise UsageError([Problem("usage.output_twice")])
    for output in outputs:
        if output.path is None:
            color = output.format == "text" and out.isatty() and "NO_COLOR" not in os.environ
            streams.write(out, encodable(REPORTERS[output.format](run, lang, color)))
        else:
            write_atomically(output.path, encodable(REPORTERS[output.format](run, lang, False)))
    if step_summary is not None:
        summary = encodable(REPORTERS["markdown"](run, lang, False))
        _append_summary(step_summary, summary, lang, err)


def _identity(path: Path) -> str:
    return str(path.resolve())


def _append_summary(path: Path, text: str, lang: Lang, err: TextIO) -> None:
    """GitHub's job summary: appended, as GitHub asks; a failure is a note, not a verdict."""
    try:
        with path.open("a", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as exc:
        err.write(t("usage.summary_failed", lang, os_reason(exc)) + "\n")


def _validity_note(run: Run, lang: Lang) -> str:
    pack = run.pack
    params = {
        "pack": f"{pack.id} {pack.version}",
        "von": pack.valid_from,
        "bis": pack.valid_until or "…",
        "stichtag": run.stichtag,
    }
    return t("usage.pack_not_valid", lang, params)


def refuse_input(output: Path, run: Run, protected: Sequence[Path] = ()) -> None:
    """A report never replaces what was read (an alliance file, a rule pack, the config)
    nor a built-in pack, whether this run uses it or not (editable installs included)."""
    packs = [run.pack.source, *(base.source for base in run.pack.extends)]
    names = [f.name for f in run.files] + [s for s in packs if not s.startswith("builtin:")]
    names += [str(path) for path in protected]
    builtin = [str(path) for path in rulepack.builtin_dir().glob("*.y*ml")]
    if _same_as_any(output, builtin):
        raise UsageError([Problem("usage.output_is_builtin", {"path": str(output)})])
    if _same_as_any(output, names):
        raise UsageError([Problem("usage.output_is_input", {"path": str(output)})])


def _same_as_any(output: Path, names: Sequence[str]) -> bool:
    for name in names:
        try:
            if output.exists() and Path(name).exists() and output.samefile(name):
                return True
        except OSError:
            continue
    return False


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _temp_prefix(path: Path) -> str:
    """``.bericht.txt.`` for the temporary file, or a hashed stand-in when the name is so
    long that the temporary one would pass the file system's limit (255 bytes)."""
    name = os.fsencode(path.name)
    if len(name) > 200:
        return f".fkcheck-{hashlib.sha256(name).hexdigest()[:16]}."
    return f".{path.name}."


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
            dir=path.parent or Path("."), prefix=_temp_prefix(path), suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temp, _mode_for(path))  # mkstemp makes 0600; a report is for sharing
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)  # never leave a half-written temporary behind
            raise
    except OSError as exc:
        raise UsageError([Problem("usage.output_failed", os_reason(exc))]) from exc
