"""The project configuration ``.fkcheck.yaml``: found, validated and merged with the options.

The file is looked for in the current folder and its parents, up to the
repository root, and only if its owner is the user (see :mod:`fkcheck.discovery`),
or named with ``--config``. Its keys mirror the command-line options; an option given on the
command line wins. Unknown keys are errors with a "did you mean".
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from fkcheck import discovery, sources, yamlio
from fkcheck.errors import InputError, Problem, UsageError

NAMES = discovery.NAMES
MAX_BYTES = 1024 * 1024  # a configuration is a few lines


@dataclass(frozen=True)
class Config:
    """Settings from the file; ``None`` means "not set here"."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[Problem, ...] = ()  # configurations found but not used, and why

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def path_value(self, key: str) -> str | None:
        """A path setting, made relative to the config file's folder."""
        value = self.values.get(key)
        if value is None:
            return None
        return str(self.folder / value) if not Path(value).is_absolute() else value

    def rules(self) -> str | None:
        """A pack path relative to the config file, or a built-in id as written."""
        value = self.values.get("rules")
        if value is None:
            return None
        candidate = self.folder / value
        return _display(candidate) if candidate.is_file() else value

    def limits(self) -> yamlio.Limits:
        given = self.values.get("limits", {})
        default = yamlio.DEFAULT_LIMITS
        return yamlio.Limits(
            max_bytes=given.get("max-bytes", default.max_bytes),
            max_depth=given.get("max-depth", default.max_depth),
            max_alias_nodes=given.get("max-aliases", default.max_alias_nodes),
            max_nodes=given.get("max-nodes", default.max_nodes),
            max_scalar=given.get("max-scalar", default.max_scalar),
        )


def discover(start: Path) -> Path | None:
    """The configuration to use for a run in ``start`` (see :mod:`fkcheck.discovery`)."""
    return discovery.discover(start).path


def load(explicit: str | None, *, search: bool = True) -> Config:
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise UsageError([Problem("config.not_found", {"path": explicit})], explicit)
        return parse(path)
    if not search:
        return Config()
    found = discovery.discover(Path.cwd())
    if found.path is None:
        return Config(notes=found.notes)
    return parse(found.path)


def parse(path: Path) -> Config:
    label = str(path)
    try:
        loaded = yamlio.load_bytes(sources.read_bounded(path, MAX_BYTES, label))
    except InputError as exc:
        raise UsageError(exc.problems, label) from exc
    data = {} if loaded.data is None else loaded.data
    if not isinstance(data, dict):
        raise UsageError([Problem("config.not_mapping", {}, 1, 1)], label)
    from fkcheck import schemacheck  # only when there is a config (start-up time)

    problems = schemacheck.validate(data, schemacheck.shipped("config"), loaded.locator)
    problems += _pattern_problems(data, loaded.locator)
    problems += _output_problems(data, loaded.locator, path.parent)
    if problems:
        raise UsageError(problems, label)
    values = {k: v for k, v in data.items() if not str(k).startswith("x-")}
    return Config(path.resolve(), values)


def _pattern_problems(data: Mapping[str, Any], locator: yamlio.Locator) -> list[Problem]:
    """Patterns are relative to the configuration's folder and stay inside it."""
    problems = []
    for key in ("include", "exclude"):
        for index, pattern in enumerate(data.get(key, [])):
            if pattern.startswith("/") or ".." in pattern.split("/"):
                line, column = locator.nearest((key, index))
                problems.append(Problem("config.pattern", {"pattern": pattern}, line, column,
                                        (key, index)))  # fmt: skip
    return problems


def _output_problems(
    data: Mapping[str, Any], locator: yamlio.Locator, folder: Path
) -> list[Problem]:
    """Report files stay inside the configuration's folder: no ``~``, no absolute path,
    no ``..`` and no symbolic link out of it (a configuration is not the command line)."""
    places: list[tuple[Any, ...]] = [("output",)] if isinstance(data.get("output"), str) else []
    reports = data.get("reports", [])
    places += [("reports", i, "output") for i, r in enumerate(reports) if "output" in r]
    problems = []
    for place in places:
        value = data["output"] if place == ("output",) else reports[place[1]]["output"]
        if value != "-" and not inside(folder, value):
            line, column = locator.nearest(place)
            problems.append(Problem("config.output_outside", {"path": value}, line, column, place))
    return problems


def inside(folder: Path, value: str) -> bool:
    """``value`` names a place below ``folder``, also once every link is followed."""
    if value.startswith("~") or Path(value).is_absolute() or Path(value).drive:
        return False
    if ".." in Path(value).parts:
        return False
    base = folder.resolve()
    target = (base / value).resolve()
    return target == base or base in target.parents


# --- include / exclude globs -----------------------------------------------------------


@cache
def glob_regex(pattern: str) -> re.Pattern[str]:
    """``**`` spans folders, ``*`` and ``?`` stay within one; matched against ``a/b/c.yaml``."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def matches(relative: str, patterns: Iterable[str]) -> bool:
    return any(glob_regex(p.removeprefix("./")).match(relative) for p in patterns)


def expand_includes(config: Config) -> list[str]:
    """Files below the config's folder that an ``include`` pattern matches (sorted).

    The folder is walked as for a path on the command line (no hidden entries, no
    links to folders), and the same matcher as for ``exclude`` decides.
    """
    base = config.folder
    patterns = [p.removeprefix("./") for p in config.get("include", [])]
    found = []
    for path, error in sources.walk_with_errors(base):
        relative = path.relative_to(base).as_posix()
        # an unreadable folder is kept: checking it reports the reason (exit 2)
        if error is not None or matches(relative, patterns):
            found.append(_display(path))
    return sorted(found)


def excluded(path: str, config: Config) -> bool:
    patterns = config.get("exclude", [])
    if not patterns:
        return False
    try:
        relative = Path(path).resolve().relative_to(config.folder).as_posix()
    except ValueError:
        relative = Path(path).as_posix()
    return matches(relative, patterns)


def _display(path: Path) -> str:
    """Relative to the current folder where possible: reports stay the same on every machine."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
