"""Standard streams and signals, handled in one place.

* **Encodings.** A report goes to whatever the terminal or file takes: on Windows
  ``fkcheck check x.yaml > bericht.txt`` writes cp1252, and ``LANG=C`` may mean ASCII.
  Every character the encoding can represent is kept (cp1252 has ä, ö, ü, ß and the
  German quotes); only the others are replaced by readable ASCII (✔ → ``[ok]``,
  ✘ → ``[x]``, „ → ``"``), anything else by ``?``.
* **Closed streams.** A standard stream closed at start (``>&-``) becomes one that
  fails on write, so the report's failure is reported (exit 2) instead of crashing.
* **Broken pipes.** A reader that goes away (``| head``) cuts the report off: that is
  exit 2, "the report could not be delivered", never 0 or 1 (SPEC §4).
* **Signals.** SIGTERM and SIGHUP end the run like Ctrl+C: as an exception, so that a
  report being written removes its temporary file.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import signal
import sys
import unicodedata
from typing import Any, TextIO

from fkcheck.errors import Problem, UsageError, os_reason

ERROR_HANDLER = "fkcheck-fallback"
FALLBACKS = {
    "✔": "[ok]", "✘": "[x]", "⚠": "[!]", "ℹ": "[i]", "⊘": "[-]", "›": ">", "→": "->",
    "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "«": '"', "»": '"',
    "–": "-", "—": "-", "…": "...", "·": "-", "•": "*", "≥": ">=", "≤": "<=", "×": "x",
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    "\u00a0": " ", "\u2060": "",
}  # fmt: skip


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived; like KeyboardInterrupt, it unwinds every ``finally``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def fallback(char: str) -> str:
    """Readable ASCII for a character the output encoding cannot represent."""
    if char in FALLBACKS:
        return FALLBACKS[char]
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    return plain or "?"


def _handler(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(fallback(char) for char in text), error.end


class _Closed(io.TextIOBase):
    """Stands in for a standard stream that was closed when fkcheck started."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def isatty(self) -> bool:
        return False


def install() -> None:
    """Prepare the process's streams and signals (called once, by the entry point)."""
    codecs.register_error(ERROR_HANDLER, _handler)
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:  # messages cannot be shown; the exit status still tells
        sys.stderr = _Closed()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ERROR_HANDLER)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated(signum)


def write(out: TextIO, text: str) -> None:
    """Write a report to a stream; a failure means the report was not delivered (exit 2)."""
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError as exc:
        _silence(out)
        raise UsageError([Problem("usage.output_broken")]) from exc
    except OSError as exc:  # e.g. stdout redirected to a full disk, or closed
        raise UsageError([Problem("usage.output_failed", os_reason(exc))]) from exc


def note(text: str) -> None:
    """A line on stderr that may not arrive (stderr closed or gone): never fails the run."""
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _silence(out: TextIO) -> None:
    """After a broken pipe, send what is still buffered nowhere, so that the interpreter's
    final flush cannot fail (and print a traceback) on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
