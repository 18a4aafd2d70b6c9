"""Safe, located YAML loading.

fkcheck never constructs Python objects from YAML. It reads the *event stream*
of ruamel.yaml's parser (the C parser from ruamel.yaml.clib when available)
and builds plain dicts, lists and scalars itself, resolving scalars by the
YAML 1.2 core schema. This gives, in one pass and without recursion:

* a position (line, column) for every key and value (the :class:`Locator`),
* duplicate-key detection,
* refusal of object-constructing tags (``!!python/...``, ``!custom``),
* bounded nesting depth and alias expansion (no "billion laughs"),
* exactly one document per file.
"""

from __future__ import annotations

import functools
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from fkcheck.errors import DocPath, InputError, Problem
from fkcheck.yamltext import (  # decode: part of this module's API too
    COLLECTION_TAGS,
    CORE,
    SCALAR_TAGS,
    SPECIAL_START,
    Position,
    decode,
    resolve_plain,
    text_position,
)

try:  # pragma: no cover - depends on the platform's wheels
    import _ruamel_yaml
    from _ruamel_yaml import CParser as _Parser

    C_PARSER = True
except ImportError:  # pragma: no cover
    C_PARSER = False


@dataclass(frozen=True)
class Limits:
    """Resource limits for one input file."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 100_000
    # Time and memory grow with the number of nodes (keys, values, lists, maps), not with
    # bytes: 500,000 nodes are about 55,000 members (docs/SECURITY.md has the figures).
    max_nodes: int = 500_000
    # A name of 100,000 characters is not a name; long scalars make every pattern rule of a
    # pack slow (RE2 is linear, but in the text's length, once per rule).
    max_scalar: int = 10_000


DEFAULT_LIMITS = Limits()


# Positions are (line, column) pairs of 0-based numbers, as the parser gives them, in two
# array slots; a line slot can also hold one of these markers instead (a line number
# that high would take a file of over 4 GB).
_NO_KEY = 0xFFFFFFFF  # the entry has no key position: a sequence item, a merge (``<<``)
_CHILD = 0xFFFFFFFE  # the value is a nested container; the column slot holds its number


class Locator:
    """Maps document paths to the 1-based position of their key and value.

    Positions live in a few flat arrays of numbers for the whole file, with no Python
    object per mapping or position: a 50,000-member file has some 250,000 paths.
    Containers are numbered in the order they start. Container ``c`` keeps its entries
    at ``_pos[_start[c]:]``: a mapping four numbers per written key (the key's line and
    column, then the value's), a sequence two per item. ``_shape[c]`` is, for a mapping,
    the index of its key tuple in ``_shapes`` (shared by every mapping with the same keys
    in the same order) and, for a sequence, ``-1 - length``. ``_where`` holds each
    container's own position, two numbers per container.
    """

    __slots__ = ("_pos", "_root", "_shape", "_shapes", "_start", "_where")

    def __init__(self) -> None:
        self._pos = array("I")
        self._start = array("Q")
        self._shape = array("q")
        self._where = array("I")
        self._shapes: list[tuple[str, ...]] = []
        self._root: Position | None = None

    def _find(self, path: DocPath) -> tuple[int, int]:
        """(container, index in ``_pos`` of the value) of a non-empty ``path``; -1 if absent."""
        if not self._start:  # the root is a scalar, or nothing was loaded
            return -1, -1
        container, last = 0, len(path) - 1
        for depth, part in enumerate(path):
            shape, start = self._shape[container], self._start[container]
            if shape < 0:
                if type(part) is not int or not 0 <= part < -1 - shape:
                    return -1, -1
                slot = start + 2 * part
            else:
                keys = self._shapes[shape]
                index = len(keys) - 1  # a key written twice: the last one
                while index >= 0 and keys[index] != part:
                    index -= 1
                if index < 0:
                    return -1, -1
                slot = start + 4 * index + 2
            if depth == last:
                return container, slot
            if self._pos[slot] != _CHILD:  # a scalar or an alias: nothing below it
                return -1, -1
            container = self._pos[slot + 1]
        return -1, -1  # pragma: no cover - the loop returns

    def _value_at(self, slot: int) -> Position:
        line, column = self._pos[slot], self._pos[slot + 1]
        if line == _CHILD:
            line, column = self._where[2 * column], self._where[2 * column + 1]
        return line + 1, column + 1

    def value(self, path: DocPath) -> Position | None:
        if not path:
            return self._root
        slot = self._find(path)[1]
        return self._value_at(slot) if slot >= 0 else None

    def key(self, path: DocPath) -> Position | None:
        """The position of the key, or of the value where there is no key."""
        if not path:
            return self._root
        container, slot = self._find(path)
        if slot < 0:
            return None
        if self._shape[container] >= 0 and self._pos[slot - 2] != _NO_KEY:
            return self._pos[slot - 2] + 1, self._pos[slot - 1] + 1
        return self._value_at(slot)

    def nearest(self, path: DocPath, *, prefer_key: bool = False) -> Position:
        """Position of ``path`` or, when it is absent, of its nearest present ancestor.

        A missing element is reported at its parent's key (``mitglieder:``), which is
        where a user has to add it.
        """
        get = self.key if prefer_key else self.value
        found = get(path)
        if found is not None:
            return found
        for end in range(len(path) - 1, 0, -1):
            found = self.key(path[:end])
            if found is not None:
                return found
        return self.value(()) or (1, 1)


@dataclass(frozen=True)
class Loaded:
    data: Any
    locator: Locator
    text: str
    # Whether some key starts with ``x-`` (the user's own data, dropped before validation):
    # without one there is nothing to drop.
    user_keys: bool = True


# --- the event-driven builder ------------------------------------------------------


_MERGE = "<<"
_STR = f"{CORE}str"
_TIMESTAMP = f"{CORE}timestamp"
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "bool": bool,
    "null": type(None),
}
# Plain scalars that are not text (dates, numbers) repeat from member to member: each
# distinct one is resolved once and shared, up to this many.
_RESOLVED_CACHE = 1024


class _Builder:
    """Builds plain data and the :class:`Locator` from parser events.

    The container being filled lives in a few "registers": ``container``, ``keys`` (the
    keys written so far; None for a sequence), ``entries`` (the container's positions as
    they will go into ``Locator._pos``), ``key`` and ``key_mark`` (the key waiting for its
    value, and where it was), ``merged``. Each open container below it has its registers
    saved on ``stack``, with its own number, anchor and ``weight`` at its start.

    The handlers for the events that make up nearly every file are closures over the
    registers (:func:`_handlers`); what they leave to this class (tags, anchors, aliases,
    merges, duplicate keys, errors) runs with the registers written back to it.
    """

    __slots__ = (
        "alias_nodes",
        "anchors",
        "container",
        "documents",
        "ended",
        "entries",
        "key",
        "key_mark",
        "keys",
        "limits",
        "locator",
        "merged",
        "names",
        "nodes",
        "resolved",
        "root",
        "shapes",
        "stack",
        "weight",
    )

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.locator = Locator()
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.nodes = 0  # node events in all: keys, values, containers, aliases
        # Nodes that values stand for (an alias counts as all the nodes of its anchor):
        # an anchored container's size is the growth of ``weight`` while it is open.
        self.weight = 0
        self.documents = 0
        self.ended = False
        self.root: Any = None
        # Keys repeat in every member: one string object each, and one tuple per key order.
        self.names: dict[str, str] = {}
        self.shapes: dict[tuple[str, ...], int] = {}
        self.resolved: dict[str, Any] = {}
        self.stack: list[tuple[Any, ...]] = []
        self.container: Any = None  # None before the root
        self.keys: list[str] | None = None
        self.entries: list[int] = []
        self.key: str | None = None
        # Where the last key of this mapping was written (the key of a merge is not kept).
        self.key_mark: Any = None
        # Keys that came from ``<<`` and were not written in this mapping (yet). Every
        # other key of the container was written, so writing it again is a duplicate.
        self.merged: set[str] | None = None

    # --- errors and paths ---------------------------------------------------------

    def fail(self, code: str, mark: Any, **params: Any) -> InputError:
        problem = Problem(code, params, mark.line + 1, mark.column + 1, self._child_path())
        return InputError([problem])

    def _path(self) -> DocPath:
        """The path of the open container, from the registers saved on the stack."""
        parts: list[str | int] = []
        for saved in self.stack[1:]:
            parent, parent_keys, key = saved[0], saved[1], saved[3]
            parts.append(key if parent_keys is not None else len(parent))
        return tuple(parts)

    def _child_path(self) -> DocPath:
        if self.container is None:
            return ()
        if self.keys is None:
            return (*self._path(), len(self.container))
        return (*self._path(), self.key) if self.key is not None else self._path()

    def _count(self, mark: Any) -> None:
        """Bound time and memory: nodes in all."""
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise self.fail("input.too_many_nodes", mark, limit=self.limits.max_nodes)

    def refused(self, value: str, mark: Any) -> InputError:
        """The error for a scalar (counted) that makes one too many nodes, or is too long."""
        if self.nodes > self.limits.max_nodes:
            return self.fail("input.too_many_nodes", mark, limit=self.limits.max_nodes)
        params = {"length": len(value), "limit": self.limits.max_scalar}
        return self.fail("input.scalar_too_long", mark, **params)

    def check_start(self, tag: Any, mark: Any) -> None:
        """Count a container; refuse a wrong tag, a container as a key, or one too deep."""
        self._count(mark)
        if tag is not None:
            self._check_tag(tag, COLLECTION_TAGS, mark)
        if self.keys is not None and self.key is None:
            raise self.fail("input.complex_key", mark)
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail("input.too_deep", mark, limit=self.limits.max_depth)

    # --- the events the closures leave to the builder ------------------------------

    def scalar(self, anchor: Any, tag: Any, text: str, mark: Any, style: Any) -> None:
        """A scalar with a tag or an anchor, a key that is a merge or written before, the
        value of a merge, or the root (already counted)."""
        if tag is not None:
            self._check_tag(tag, SCALAR_TAGS, mark)
        if self.keys is not None and self.key is None:
            self._key(text, style, mark)
            return
        value = self._scalar_value(tag, text, style, mark)
        if anchor:
            self.anchors[anchor] = (value, 1)
        self.weight += 1
        self._place(value, mark)

    def alias(self, anchor: str, mark: Any, end: Any = None) -> bool:
        self._count(mark)
        if self.keys is not None and self.key is None:
            raise self.fail("input.complex_key", mark)
        if anchor not in self.anchors:
            raise self.fail("input.unknown_alias", mark, anchor=anchor)
        value, nodes = self.anchors[anchor]
        self.alias_nodes += nodes
        if self.alias_nodes > self.limits.max_alias_nodes:
            raise self.fail("input.alias_bomb", mark, limit=self.limits.max_alias_nodes)
        self.weight += nodes
        self._place(value, mark)
        return True

    def document(self, mark: Any, *rest: Any) -> bool:
        self.documents += 1
        if self.documents > 1:
            raise self.fail("input.multiple_documents", mark)
        return True

    def stream_end(self, *marks: Any) -> bool:
        self.ended = True
        return False

    # --- the slower ways ----------------------------------------------------------

    def _resolve(self, text: str) -> Any:
        value = self.resolved.get(text, self)
        if value is self:
            value = resolve_plain(text)
            if len(self.resolved) < _RESOLVED_CACHE:
                self.resolved[text] = value
        return value

    def _check_tag(self, tag: str, allowed: set[str], mark: Any) -> None:
        if tag == "!" or tag in allowed:
            return
        raise self.fail("input.tag", mark, tag=str(tag).replace(CORE, "!!"))

    def _scalar_value(self, tag: Any, text: str, style: Any, mark: Any) -> Any:
        if tag is None and not style:
            return resolve_plain(text)
        if tag == _STR or tag == "!" or style not in ("", None):
            return text
        value = resolve_plain(text)
        if tag == _TIMESTAMP:
            return value
        kind = tag.replace(CORE, "")
        if not isinstance(value, _TAG_TYPES[kind]) or (kind == "int" and isinstance(value, bool)):
            raise self.fail("input.tag_value", mark, tag=f"!!{kind}", value=text)
        return value

    def _key(self, text: str, style: Any, mark: Any) -> None:
        key = str(text)
        key = self.names.setdefault(key, key)
        if key == _MERGE and style in ("", None):
            self.key = _MERGE
            return
        if key in self.container:
            if self.merged is None or key not in self.merged:
                first = self._written_at(key)
                raise self.fail(
                    "input.duplicate_key", mark, key=key, first_line=first[0] if first else "?"
                )
            self.merged.discard(key)  # written here after all: overrides the merged value
        self.key = key
        self.key_mark = mark

    def _written_at(self, key: str) -> Position | None:
        """Where ``key`` was written in the open mapping (its key, else its value)."""
        assert self.keys is not None
        for index in range(len(self.keys) - 1, -1, -1):
            if self.keys[index] == key:
                line, column, value_line, value_column = self.entries[4 * index : 4 * index + 4]
                if line != _NO_KEY:
                    return line + 1, column + 1
                if value_line == _CHILD:
                    where = self.locator._where
                    value_line, value_column = where[2 * value_column], where[2 * value_column + 1]
                return value_line + 1, value_column + 1
        return None

    def _place(self, value: Any, mark: Any) -> None:
        """A scalar or an alias: record where it is, then put it into its container."""
        if self.container is None:
            self.locator._root = (mark.line + 1, mark.column + 1)
        elif self.keys is None:
            self.entries += (mark.line, mark.column)
        elif self.key != _MERGE:
            self.keys.append(self.key)  # type: ignore[arg-type]  # a value has its key
            key = self.key_mark
            self.entries += (key.line, key.column, mark.line, mark.column)
        self._attach(value)

    def _attach(self, value: Any) -> None:
        if self.container is None:
            self.root = value
        elif self.keys is None:
            self.container.append(value)
        elif self.key == _MERGE:
            self._merge(value)
        else:
            self.container[self.key] = value
            self.key = None

    def _merge(self, value: Any) -> None:
        """``<<: *base`` (or a list of them): keys written in the mapping itself win."""
        sources = value if isinstance(value, list) else [value]
        if not all(isinstance(source, dict) for source in sources):
            if self.key_mark is not None:
                line, col = self.key_mark.line + 1, self.key_mark.column + 1
            else:  # no key written before the merge: the mapping's own position
                where, number = self.locator._where, self.stack[-1][6]
                line, col = where[2 * number] + 1, where[2 * number + 1] + 1
            raise InputError([Problem("input.merge", {}, line, col, self._path())])
        merged = self.merged if self.merged is not None else set()
        for source in sources:
            for key, item in source.items():
                if key not in self.container:
                    self.container[key] = item
                    merged.add(key)
        self.merged = merged
        self.key = None

    def feed(self, events: Iterable[Any]) -> None:
        """Hand every event object to its handler, up to the end of the stream."""
        handlers = _handlers(self)
        scalar, end = handlers["ScalarEvent"], handlers["MappingEndEvent"]
        for event in events:
            kind = type(event)
            if kind is ev.ScalarEvent:
                tag = event.tag if event.ctag is not None else None
                scalar(event.anchor, tag, None, event.value, event.start_mark, None, event.style)
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                end(event.start_mark, None)
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                start = handlers[kind.__name__]
                start(event.anchor, event.tag, None, event.start_mark, None)
            elif kind is ev.AliasEvent:
                handlers["AliasEvent"](event.anchor, event.start_mark)
            elif kind is ev.DocumentStartEvent:
                handlers["DocumentStartEvent"](event.start_mark)
            elif kind is ev.StreamEndEvent:
                self.stream_end()


def _handlers(b: _Builder) -> dict[str, Callable[..., bool]]:
    """The builder's handlers by the name of the event class each stands for.

    Each takes the arguments of its ruamel event class, in their order (``anchor, tag,
    implicit, value, start_mark, end_mark, style`` for a scalar; a mark's ``line`` and
    ``column`` are 0-based), and returns True (False at the end of the stream). Plain keys
    and untagged values, nine events in ten, and the start and end of containers are
    handled here with the registers in local variables; everything else goes to the
    builder, with the registers written back to it before and read again after.
    """
    container: Any = b.container
    keys, entries, key, key_mark, merged = b.keys, b.entries, b.key, b.key_mark, b.merged
    nodes, weight = b.nodes, b.weight
    stack, names, resolve, anchors = b.stack, b.names, b._resolve, b.anchors
    locator, shapes = b.locator, b.shapes
    where, starts, shape_of, positions = (
        locator._where,
        locator._start,
        locator._shape,
        locator._pos,
    )
    max_nodes, max_scalar, max_depth = b.limits.max_nodes, b.limits.max_scalar, b.limits.max_depth

    def out() -> None:
        b.container, b.keys, b.entries, b.key, b.key_mark = container, keys, entries, key, key_mark
        b.merged, b.nodes, b.weight = merged, nodes, weight

    def back() -> None:
        nonlocal container, keys, entries, key, key_mark, merged, nodes, weight
        container, keys, entries, key, key_mark = b.container, b.keys, b.entries, b.key, b.key_mark
        merged, nodes, weight = b.merged, b.nodes, b.weight

    def by_builder(handler: Callable[..., Any], *args: Any) -> bool:
        out()
        try:
            handler(*args)
        finally:
            back()
        return True

    def scalar(
        anchor: Any, tag: Any, implicit: Any, value: str, mark: Any, end: Any, style: Any
    ) -> bool:
        nonlocal key, key_mark, nodes, weight
        nodes += 1
        if nodes > max_nodes or len(value) > max_scalar:
            out()
            raise b.refused(value, mark)
        if tag is None and not anchor and container is not None:
            if keys is None:  # an item of a sequence
                if not style and (not value or value[0] in SPECIAL_START):
                    value = resolve(value)
                entries.extend((mark.line, mark.column))
                container.append(value)
                weight += 1
                return True
            if key is None:
                if not style:
                    name = names.setdefault(value, value)
                    if name != _MERGE and name not in container:
                        key, key_mark = name, mark
                        return True
            elif key != _MERGE:
                if not style and (not value or value[0] in SPECIAL_START):
                    value = resolve(value)
                keys.append(key)
                entries.extend((key_mark.line, key_mark.column, mark.line, mark.column))
                container[key] = value
                key = None
                weight += 1
                return True
        return by_builder(b.scalar, anchor, tag, value, mark, style)

    def start(anchor: Any, tag: Any, mark: Any, new: Any) -> bool:
        nonlocal container, keys, entries, key, key_mark, merged, nodes, weight
        if (
            tag is not None
            or (keys is not None and key is None)
            or nodes >= max_nodes
            or len(stack) >= max_depth
        ):
            by_builder(b.check_start, tag, mark)  # counts; raises unless for a good tag
        else:
            nodes += 1
        number, line, column = len(starts), mark.line, mark.column
        where.extend((line, column))
        starts.append(0)
        shape_of.append(0)
        if container is None:
            locator._root = (line + 1, column + 1)
        elif keys is None:
            entries.extend((_CHILD, number))
        else:
            keys.append(key)  # type: ignore[arg-type]  # not None: checked above
            if key == _MERGE:
                entries.extend((_NO_KEY, 0, _CHILD, number))
            else:
                entries.extend((key_mark.line, key_mark.column, _CHILD, number))
        stack.append((container, keys, entries, key, key_mark, merged, number, anchor, weight))
        weight += 1
        container, keys, entries = new, [] if type(new) is dict else None, []
        key, key_mark, merged = None, None, None
        return True

    def mapping_start(
        anchor: Any, tag: Any, implicit: Any, mark: Any, end: Any, flow: Any = None
    ) -> bool:
        return start(anchor, tag, mark, {})

    def sequence_start(
        anchor: Any, tag: Any, implicit: Any, mark: Any, end: Any, flow: Any = None
    ) -> bool:
        return start(anchor, tag, mark, [])

    def end(mark: Any, end: Any) -> bool:
        """The end of a mapping or sequence: its positions go to the locator."""
        nonlocal container, keys, entries, key, key_mark, merged
        value, own_keys, own_entries = container, keys, entries
        (container, keys, entries, key, key_mark, merged, number, anchor, at_start) = stack.pop()
        starts[number] = len(positions)
        positions.fromlist(own_entries)
        if own_keys is None:
            shape_of[number] = -1 - len(own_entries) // 2
        else:
            shape = tuple(own_keys)
            index = shapes.get(shape)
            if index is None:
                index = shapes[shape] = len(locator._shapes)
                locator._shapes.append(shape)
            shape_of[number] = index
        if anchor:
            anchors[anchor] = (value, weight - at_start)
        if keys is None:
            if container is None:
                b.root = value
            else:
                container.append(value)
        elif key == _MERGE:
            return by_builder(b._merge, value)
        else:
            container[key] = value
            key = None
        return True

    return {
        "StreamStartEvent": _go_on,
        "StreamEndEvent": b.stream_end,
        "DocumentStartEvent": functools.partial(by_builder, b.document),
        "DocumentEndEvent": _go_on,
        "ScalarEvent": scalar,
        "AliasEvent": functools.partial(by_builder, b.alias),
        "MappingStartEvent": mapping_start,
        "MappingEndEvent": end,
        "SequenceStartEvent": sequence_start,
        "SequenceEndEvent": end,
    }


def _go_on(*args: Any) -> bool:
    return True


def _events(text: str) -> Iterator[Any]:
    if C_PARSER:
        get_event = _Parser(text).get_event
        while True:
            event = get_event()
            yield event
            if type(event) is ev.StreamEndEvent:
                return
    else:  # pragma: no cover - exercised only where no C wheel exists
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


# --- the C parser without event objects ---------------------------------------------
# For every event the C parser calls one of ruamel's event classes, which it looks up
# among the globals of its module, with the event's fields; building that object takes
# three Python __init__ calls, only for the builder to read a few fields back. With
# the builder's handlers put in place of those classes (they take the same arguments),
# the C parser hands each event to its handler directly: loading a 50,000-member file
# takes about a third fewer instructions. The classes are put back when the document
# is read, or fails to be; a lock keeps two loads in threads from mixing their handlers.
# Whether the C parser still calls the classes that way is tried once, on a small
# document, against the event objects (``direct_parsing``).

_EVENT_CLASSES = (
    "StreamStartEvent",
    "StreamEndEvent",
    "DocumentStartEvent",
    "DocumentEndEvent",
    "ScalarEvent",
    "AliasEvent",
    "MappingStartEvent",
    "MappingEndEvent",
    "SequenceStartEvent",
    "SequenceEndEvent",
)
_DIRECT_LOCK = threading.Lock()
_direct_works: bool | None = None  # None: not tried yet


def _feed_direct(builder: _Builder, text: str) -> None:
    """Run the C parser over ``text`` with the builder's handlers as its event classes."""
    with _DIRECT_LOCK:
        classes = {name: getattr(_ruamel_yaml, name) for name in _EVENT_CLASSES}
        try:
            for name, handler in _handlers(builder).items():
                setattr(_ruamel_yaml, name, handler)
            get_event = _Parser(text).get_event
            # Each handler returns True, the stream's end False; after the end the parser
            # returns None, so this stops even if a handler was not called.
            while get_event():
                pass
        finally:
            for name, cls in classes.items():
                setattr(_ruamel_yaml, name, cls)
    if not builder.ended:
        raise RuntimeError("the C parser did not call fkcheck's event handlers")


_SAMPLE = """\
%YAML 1.2
---
a: &x 1
'b': [*x, !!str 2, "c", {d: ~}, []]
? e
: |
  f
g: &g {h: 2016-02-10, i: -1.5}
j:
  <<: *g
  k: !!int 3
...
"""


def direct_parsing() -> bool:
    """Whether loading hands the C parser's events straight to the builder.

    Tried once: the sample must give the same data and positions both ways.
    """
    global _direct_works
    if _direct_works is None:
        _direct_works = False
        if C_PARSER:
            by_events, direct = _Builder(DEFAULT_LIMITS), _Builder(DEFAULT_LIMITS)
            try:
                by_events.feed(_events(_SAMPLE))
                _feed_direct(direct, _SAMPLE)
            except Exception:  # any failure means: use the event objects
                return False
            _direct_works = _same_build(by_events, direct)
    return _direct_works


def _same_build(one: _Builder, other: _Builder) -> bool:
    a, b = one.locator, other.locator
    return (
        repr(one.root) == repr(other.root)
        and one.documents == other.documents
        and (a._pos, a._start, a._shape, a._where, a._shapes, a._root)
        == (b._pos, b._start, b._shape, b._where, b._shapes, b._root)
    )


def load_text(text: str, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Parse one YAML document from ``text`` into plain data with positions."""
    builder = _Builder(limits)
    try:
        if direct_parsing():
            _feed_direct(builder, text)
        else:
            builder.feed(_events(text))
    except MarkedYAMLError as exc:
        raise _syntax_error(exc) from exc
    except YAMLError as exc:
        raise _reader_error(exc, text) from exc
    if builder.documents == 0:
        raise InputError([Problem("input.empty", {}, 1, 1)])
    user_keys = any(name.startswith("x-") for name in builder.names)
    return Loaded(builder.root, builder.locator, text, user_keys)


def load_bytes(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    if len(raw) > limits.max_bytes:
        raise InputError(
            [Problem("input.too_large", {"size": len(raw), "limit": limits.max_bytes})]
        )
    return load_text(decode(raw), limits)


def _syntax_error(exc: MarkedYAMLError) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
    problem = str(exc.problem or exc.context or "").strip()
    return InputError([Problem("input.syntax", {"detail": problem}, line, col)])


def _reader_error(exc: YAMLError, text: str) -> InputError:
    position = getattr(exc, "position", None)
    character = getattr(exc, "character", None)
    line = col = None
    if isinstance(position, int):
        if C_PARSER:  # libyaml counts UTF-8 bytes, not characters
            position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
        line, col = text_position(text, position)
    if isinstance(character, str) and character:
        character = ord(character[0])
    detail = f"U+{character:04X}" if isinstance(character, int) else str(character or "")
    return InputError([Problem("input.control_char", {"char": detail}, line, col)])
