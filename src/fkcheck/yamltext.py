"""From bytes to YAML text, and from plain YAML scalars to values.

Decoding honours a byte-order mark (UTF-8, UTF-16, UTF-32) and names the line
and column of the first byte that is not valid UTF-8. Plain scalars resolve by
the YAML 1.2 core schema, with ``YYYY-MM-DD`` dates as the one extension.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import Any

from fkcheck.errors import InputError, Problem

Position = tuple[int, int]  # 1-based line and column


# --- decoding -----------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(raw: bytes) -> str:
    """Decode file bytes: UTF-8 (BOM optional) or UTF-16/32 with a BOM."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _encoding_error(raw, exc.start + len(bom), encoding) from exc
    if b"\x00" in raw[:4096]:
        line, col = _byte_position(raw, raw.index(b"\x00"))
        raise InputError([Problem("input.binary", {}, line, col)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _encoding_error(raw, exc.start, "utf-8") from exc


def _byte_position(raw: bytes, offset: int) -> Position:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def _encoding_error(raw: bytes, offset: int, encoding: str) -> InputError:
    line, col = _byte_position(raw, offset)
    byte = raw[offset : offset + 1].hex().upper() or "EOF"
    return InputError([Problem("input.encoding", {"byte": byte, "encoding": encoding}, line, col)])


def text_position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


# --- scalar resolution (YAML 1.2 core schema, dates as an extension) -----------

_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NULLS = {"", "~", "null", "Null", "NULL"}
# The first characters of everything below that is not text: numbers, dates, null, booleans.
SPECIAL_START = frozenset("0123456789+-.~nNtTfF")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
CORE = "tag:yaml.org,2002:"
SCALAR_TAGS = {f"{CORE}{n}" for n in ("str", "int", "float", "bool", "null", "timestamp")}
COLLECTION_TAGS = {f"{CORE}map", f"{CORE}seq", f"{CORE}omap"}


def resolve_plain(text: str) -> Any:
    """Resolve a plain (unquoted) scalar by the YAML 1.2 core schema.

    ``YYYY-MM-DD`` becomes a :class:`datetime.date` when it is a real calendar
    day; an impossible one (``2023-02-30``) stays text so that the model can
    say exactly what is wrong with it.
    """
    if text and text[0] not in SPECIAL_START:  # most text: skip the patterns below
        return text
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text):
        return _to_int(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


MAX_INT_DIGITS = 100  # no count, vote or version needs more; huge numbers stay text


def _to_int(text: str) -> int | str:
    """A YAML 1.2 integer; one too long to be a sensible number stays text.

    The limit also keeps hexadecimal and octal literals from becoming integers that
    Python refuses to print (its 4,300-digit limit for ``str(int)``).
    """
    digits = text.removeprefix("-").removeprefix("+")
    if len(digits) > MAX_INT_DIGITS:
        return text
    try:
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)
    except ValueError:
        return text
