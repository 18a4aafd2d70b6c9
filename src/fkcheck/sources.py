"""Find and read the input files named on the command line.

Reading never blocks and never follows a device: only regular files are
opened (a FIFO or ``/dev/zero`` is refused), at most ``max_bytes + 1`` bytes
are read, and directory walks do not follow symbolic links to directories.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fkcheck.errors import InputError, Problem, os_reason

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Input:
    """One input: its display name and either its bytes or the problem reading it."""

    name: str
    raw: bytes | None = None
    problem: Problem | None = None


def expand(
    paths: list[str], skip: Callable[[str], bool] | None = None, force: bool = False
) -> Iterator[tuple[str, Path | None, Problem | None]]:
    """Command-line paths → (name, file path, problem) in a stable order.

    ``skip`` (the configuration's ``exclude``) drops files found in folders; a file
    named explicitly is read anyway unless ``force`` (``--force-exclude``, for tools
    such as pre-commit that always name files).
    """
    for given in paths:
        if force and skip is not None and given != STDIN and skip(given):
            continue
        if given == STDIN:
            yield STDIN_NAME, None, None
            continue
        path = Path(given)
        if path.is_dir():
            yield from _folder(given, path, skip)
        elif not path.exists() and not path.is_symlink():
            yield given, None, Problem("input.not_found")
        else:
            yield given, path, None


def _folder(
    given: str, path: Path, skip: Callable[[str], bool] | None
) -> Iterator[tuple[str, Path | None, Problem | None]]:
    """The files of a folder, sorted, then every subfolder that could not be read."""
    files: list[Path] = []
    broken: list[tuple[Path, OSError]] = []
    for found, error in walk_with_errors(path):
        if error is not None:
            broken.append((found, error))
        elif skip is None or not skip(str(found)):
            files.append(found)
    if not files and not broken:
        yield given, None, Problem("input.no_yaml_files")
    for file in sorted(files):
        yield str(file), file, None
    for folder, error in broken:
        yield str(folder), None, Problem("input.unreadable_folder", os_reason(error))


def walk_with_errors(root: Path) -> Iterator[tuple[Path, OSError | None]]:
    """``*.yaml``/``*.yml`` files below ``root`` as ``(file, None)``, and every folder that
    cannot be listed as ``(folder, error)``.

    No hidden entries, no links to folders (so link loops end). Iterative, with an explicit
    stack, so a tree thousands of levels deep cannot exhaust Python's recursion limit.
    Folders are visited in sorted order.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield folder, exc
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_folder(entry):
                if not entry.is_symlink():
                    subfolders.append(Path(entry.path))
            elif entry.name.endswith(SUFFIXES):
                yield Path(entry.path), None
        stack.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # e.g. a link loop: treated as a file, reported when it is read
        return False


def read(
    paths: list[str],
    max_bytes: int,
    skip: Callable[[str], bool] | None = None,
    force: bool = False,
) -> Iterator[Input]:
    for name, path, problem in expand(paths, skip, force):
        if problem is not None:
            yield Input(name, problem=problem)
        elif path is None:
            yield Input(name, raw=sys.stdin.buffer.read(max_bytes + 1))
        else:
            yield _read_file(name, path, max_bytes)


def _read_file(name: str, path: Path, max_bytes: int) -> Input:
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return Input(name, problem=Problem("input.not_regular"))
            if info.st_size > max_bytes:  # the real size, and nothing read in vain
                params = {"size": info.st_size, "limit": max_bytes}
                return Input(name, problem=Problem("input.too_large", params))
            with os.fdopen(fd, "rb", closefd=False) as handle:
                return Input(name, raw=handle.read(max_bytes + 1))
        finally:
            os.close(fd)
    except OSError as exc:
        return Input(name, problem=Problem("input.unreadable", os_reason(exc)))


def read_bounded(path: Path, max_bytes: int, label: str | None = None) -> bytes:
    """A rule pack, configuration or case file: the same rules as for alliance files.

    Only a regular file, opened without blocking, at most ``max_bytes``; otherwise an
    :class:`InputError` naming ``label`` (default: the path).
    """
    item = _read_file(label or str(path), path, max_bytes)
    if item.problem is not None:
        raise InputError([item.problem], item.name)
    assert item.raw is not None
    if len(item.raw) > max_bytes:
        params = {"size": f"> {max_bytes}", "limit": max_bytes}
        raise InputError([Problem("input.too_large", params)], item.name)
    return item.raw
