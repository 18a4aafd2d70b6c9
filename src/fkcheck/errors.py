"""The few kinds of error fkcheck reports, each carrying located problems.

A :class:`Problem` is language-neutral: a message id from :mod:`fkcheck.i18n`
plus the parameters to fill in, and where it happened. Rendering happens in
the reporters, so the same problem can be shown in German or English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

DocPath = tuple[str | int, ...]


def format_doc_path(path: DocPath) -> str:
    """Render ``("mitglieder", 3, "art")`` as ``mitglieder[3].art``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    """One located input problem: what (message id + params) and where."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None
    path: DocPath = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


class FkcheckError(Exception):
    """Base of all errors fkcheck expects and reports (never shown as a traceback)."""

    def __init__(self, problems: Sequence[Problem], source: str = "") -> None:
        super().__init__(problems[0].code if problems else "error")
        self.problems = tuple(problems)
        self.source = source


class InputError(FkcheckError):
    """An alliance file could not be read or does not follow the file format."""


class RulePackError(FkcheckError):
    """A rule pack is unreadable or invalid."""


class UsageError(FkcheckError):
    """The command line or configuration asks for something impossible."""


def os_reason(exc: OSError) -> dict[str, Any]:
    """Problem params for an operating-system error: its text and its errno (translated later)."""
    return {"reason": exc.strerror or str(exc), "errno": exc.errno}
