"""Where ``.fkcheck.yaml`` comes from, and which one fkcheck may trust.

A configuration names report files, so one planted in a shared folder (``/tmp``, a
network share) could make fkcheck overwrite the user's files. The rules follow git's
answer to the same attack (CVE-2022-24765, ``safe.directory``):

* The search goes upward from the current folder only inside a repository: up to the
  first folder with a real ``.git`` (a folder, or a file linking to one with
  ``gitdir:``). A plain file named ``.git`` makes no repository.
* Only a configuration owned by the current user, in a folder owned by the current
  user, is used; a repository root owned by someone else extends no search.
* A configuration found but refused is reported as a note, so the user learns why it
  did not apply; ``--config FILE`` still uses any file the user names.

On systems without user ids (Windows) every file counts as the user's own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fkcheck.errors import Problem

NAMES = (".fkcheck.yaml", ".fkcheck.yml")
_GITDIR = b"gitdir:"


@dataclass(frozen=True)
class Found:
    """The configuration to use (or none) and notes on configurations refused."""

    path: Path | None = None
    notes: tuple[Problem, ...] = ()


def owner_ok(path: Path) -> bool:
    """True when ``path`` (not followed if a link) belongs to the user running fkcheck."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - Windows has no user ids here
        return True
    try:
        return bool(os.lstat(path).st_uid == geteuid())
    except OSError:
        return False


def real_git(folder: Path) -> bool:
    """A repository root: ``.git`` is a folder, or a file that links to one (worktrees)."""
    marker = folder / ".git"
    if marker.is_dir():
        return True
    try:
        with marker.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if not head.startswith(_GITDIR):
        return False
    target = head[len(_GITDIR) :].strip().decode("utf-8", "replace")
    return bool(target) and (folder / target).is_dir()


def discover(start: Path) -> Found:
    """The configuration for a run in ``start``, searched as the module docstring says."""
    folders = [start, *start.parents]
    stop = next((i for i, f in enumerate(folders) if os.path.lexists(f / ".git")), None)
    root = folders[stop] if stop is not None else None
    for folder in folders[: stop + 1] if stop is not None else [start]:
        for name in NAMES:
            candidate = folder / name
            if candidate.is_file():
                note = _refusal(candidate, None if folder == start else root)
                return Found(notes=(note,)) if note else Found(candidate)
    return Found()


def _refusal(candidate: Path, root: Path | None) -> Problem | None:
    """Why ``candidate`` must not be used, or ``None`` when it may.

    ``root`` is the folder with ``.git`` that a configuration above the current folder
    relies on (``None`` for one in the current folder itself).
    """
    params = {"path": str(candidate), "folder": str(candidate.parent)}
    if not (owner_ok(candidate) and owner_ok(candidate.parent)):
        return Problem("config.not_owned", params)
    if root is None:
        return None
    if not real_git(root):
        return Problem("config.not_repository", {**params, "git": str(root / ".git")})
    if not (owner_ok(root) and owner_ok(root / ".git")):
        return Problem("config.not_owned", {**params, "folder": str(root)})
    return None
