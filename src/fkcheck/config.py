"""The project configuration ``.fkcheck.yaml``: found, validated and merged with the options.

The file is looked for in the current folder and its parents, up to the
repository root (the first folder with a ``.git`` entry), or named with
``--config``. Its keys mirror the command-line options; an option given on the
command line wins. Unknown keys are errors with a "did you mean".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from fkcheck import schemacheck, yamlio
from fkcheck.errors import InputError, Problem, UsageError

NAMES = (".fkcheck.yaml", ".fkcheck.yml")


@dataclass(frozen=True)
class Config:
    """Settings from the file; ``None`` means "not set here"."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

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
        return str(candidate) if candidate.is_file() else value

    def limits(self) -> yamlio.Limits:
        given = self.values.get("limits", {})
        default = yamlio.DEFAULT_LIMITS
        return yamlio.Limits(
            max_bytes=given.get("max-bytes", default.max_bytes),
            max_depth=given.get("max-depth", default.max_depth),
            max_alias_nodes=given.get("max-aliases", default.max_alias_nodes),
        )


def discover(start: Path) -> Path | None:
    """The nearest config file from ``start`` upward, stopping at the repository root."""
    for folder in (start, *start.parents):
        for name in NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def load(explicit: str | None, *, search: bool = True) -> Config:
    if explicit is not None:
        path: Path | None = Path(explicit)
        assert path is not None
        if not path.is_file():
            raise UsageError([Problem("config.not_found", {"path": explicit})], explicit)
    else:
        path = discover(Path.cwd()) if search else None
    if path is None:
        return Config()
    return parse(path)


def parse(path: Path) -> Config:
    label = str(path)
    try:
        loaded = yamlio.load_bytes(path.read_bytes())
    except OSError as exc:
        problem = Problem("input.unreadable", {"reason": exc.strerror or str(exc)})
        raise UsageError([problem], label) from exc
    except InputError as exc:
        raise UsageError(exc.problems, label) from exc
    data = {} if loaded.data is None else loaded.data
    if not isinstance(data, dict):
        raise UsageError([Problem("config.not_mapping", {}, 1, 1)], label)
    problems = schemacheck.validate(data, _schema(), loaded.locator)
    if problems:
        raise UsageError(problems, label)
    values = {k: v for k, v in data.items() if not str(k).startswith("x-")}
    return Config(path.resolve(), values)


@cache
def _schema() -> dict[str, Any]:
    text = (Path(__file__).parent / "schemas" / "config.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


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
    """Files matched by ``include`` (sorted), relative to the current folder when possible."""
    found: set[str] = set()
    base = config.folder
    for pattern in config.get("include", []):
        for path in base.glob(pattern):
            if path.is_file() or path.is_symlink():
                found.add(_display(path))
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
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
