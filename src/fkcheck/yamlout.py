"""Writing alliance YAML with ruamel's round-trip mode: comments kept, the examples' layout.

Only for files fkcheck writes for the user (``init``, ``import``). Whatever is written is
read back with fkcheck's own loader before it reaches the user (see :func:`reread`), so a
file fkcheck writes is always one ``fkcheck check`` can read, with the same values.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from fkcheck import yamlio

QUOTED = ("kreisschluessel", "gemeindeschluessel")  # official keys: always "…" as in SPEC §3


def round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a long name onto a second line
    return yaml


def mapping(values: Mapping[str, Any]) -> CommentedMap:
    """A YAML mapping of ``values`` in their order; official keys double-quoted."""
    out = CommentedMap()
    for key, value in values.items():
        out[key] = DoubleQuotedScalarString(value) if key in QUOTED else value
    return out


def sequence(items: Sequence[Mapping[str, Any]]) -> CommentedSeq:
    return CommentedSeq(mapping(item) for item in items)


def dump(document: Any) -> str:
    stream = io.StringIO()
    round_trip().dump(document, stream)
    return stream.getvalue()


def load(text: str) -> Any:
    return round_trip().load(text)


def reread(text: str) -> yamlio.Loaded:
    """``text`` as ``fkcheck check`` will read it (raises InputError like any input)."""
    return yamlio.load_text(text)


def move_trailing_comment(old: Any, new: Any) -> None:
    """Keep the comment lines that followed the last item of ``old`` after ``new``'s.

    ruamel attaches a comment that precedes the next top-level key (``# Handlungskonzept``)
    to the deepest last entry of the value before it; replacing that value would lose it.
    """
    source, target = _deepest_last(old), _deepest_last(new)
    if source is None or target is None:
        return
    (old_map, old_key), (new_map, new_key) = source, target
    entry = old_map.ca.items.get(old_key)
    if entry and len(entry) > 2 and entry[2] is not None:
        new_map.ca.items.setdefault(new_key, [None, None, None, None])[2] = entry[2]


def _deepest_last(node: Any) -> tuple[CommentedMap, Any] | None:
    if isinstance(node, CommentedSeq) and node:
        return _deepest_last(node[-1])
    if isinstance(node, CommentedMap) and node:
        last = list(node)[-1]
        deeper = _deepest_last(node[last])
        return deeper if deeper is not None else (node, last)
    return None
