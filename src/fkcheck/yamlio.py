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


# A value slot that holds a nested container refers to it by number: this bit and the
# container's number (a position never has it: lines stay far below 2**31).
_CHILD = 1 << 63


class Locator:
    """Maps document paths to the 1-based position of their key and value.

    Positions are packed integers (``line << 32 | column``) in a few flat arrays, with no
    Python object per mapping or position: a 50,000-member file has some 250,000 paths.
    Containers are numbered in the order they start. Container ``c`` keeps its entries
    at ``_pos[_start[c]:]``: a mapping two per written key (key, value), a sequence one
    per item. ``_shape[c]`` is, for a mapping, the index of its key tuple in ``_shapes``
    (shared by every mapping with the same keys in the same order) and, for a sequence,
    ``-1 - length``. A value slot refers to a nested container as ``_CHILD | number``;
    ``_where`` holds the container's own position.
    """

    __slots__ = ("_pos", "_root_pos", "_shape", "_shapes", "_start", "_where")

    def __init__(self) -> None:
        self._pos = array("Q")
        self._start = array("Q")
        self._shape = array("q")
        self._where = array("Q")
        self._shapes: list[tuple[str, ...]] = []
        self._root_pos = 0

    def _slot(self, container: int, part: str | int) -> int:
        """Index in ``_pos`` of the value of ``part`` in ``container``; -1 if absent."""
        shape, start = self._shape[container], self._start[container]
        if shape < 0:
            ok = type(part) is int and 0 <= part < -1 - shape
            return start + part if ok else -1  # type: ignore[operator]
        keys = self._shapes[shape]
        for index in range(len(keys) - 1, -1, -1):  # a key written twice: the last one
            if keys[index] == part:
                return start + 2 * index + 1
        return -1

    def _entry(self, path: DocPath) -> tuple[int, int]:
        """(key position, value position) of ``path``; 0 for no key, (0, 0) if absent."""
        if not path:
            return 0, self._root_pos
        if not self._start:  # the root is a scalar, or nothing was loaded
            return 0, 0
        container = 0
        for part in path[:-1]:
            slot = self._slot(container, part)
            ref = self._pos[slot] if slot >= 0 else 0
            if not ref & _CHILD:  # absent, or a scalar or alias: nothing below it
                return 0, 0
            container = ref ^ _CHILD
        slot = self._slot(container, path[-1])
        if slot < 0:
            return 0, 0
        value = self._pos[slot]
        if value & _CHILD:
            value = self._where[value ^ _CHILD]
        return (self._pos[slot - 1] if self._shape[container] >= 0 else 0), value

    def value(self, path: DocPath) -> Position | None:
        packed = self._entry(path)[1]
        return _unpack(packed) if packed else None

    def key(self, path: DocPath) -> Position | None:
        key, value = self._entry(path)
        return _unpack(key or value) if key or value else None

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


def _unpack(packed: int) -> Position:
    return packed >> 32, packed & 0xFFFFFFFF


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

    One handler per kind of event, with the arguments of ruamel's event classes in their
    order (``anchor, tag, implicit, value, start_mark, end_mark, style`` for a scalar;
    the marks' ``line`` and ``column`` are 0-based). The container being filled lives in
    a few attributes ("registers": ``container``, ``keys``, ``entries``, ``key``,
    ``key_pos``, ``merged``); each open container below it has its registers saved on
    ``stack``, together with its own number, anchor and node count at its start.
    Plain keys and untagged values, nine events in ten, take the short way through
    :meth:`scalar`; everything else (tags, anchors, merges, duplicates, the root) goes
    through the slower helpers.
    """

    __slots__ = (
        "alias_nodes",
        "anchors",
        "container",
        "documents",
        "ended",
        "entries",
        "key",
        "key_pos",
        "keys",
        "limits",
        "locator",
        "max_nodes",
        "max_scalar",
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
        self.max_nodes, self.max_scalar = limits.max_nodes, limits.max_scalar
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
        # The registers of the open container; ``container`` is None before the root.
        self.container: Any = None
        self.keys: list[str] | None = None  # the written keys of a mapping; None: a sequence
        self.entries: list[int] = []  # packed positions, as they go into Locator._pos
        self.key: str | None = None  # the key waiting for its value
        self.key_pos = 0
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
        if self.nodes > self.max_nodes:
            raise self.fail("input.too_many_nodes", mark, limit=self.max_nodes)

    # --- the handlers -------------------------------------------------------------

    def scalar(
        self, anchor: Any, tag: Any, implicit: Any, value: str, mark: Any, end: Any, style: Any
    ) -> bool:
        self.nodes = nodes = self.nodes + 1
        if nodes > self.max_nodes:
            raise self.fail("input.too_many_nodes", mark, limit=self.max_nodes)
        if len(value) > self.max_scalar:
            params = {"length": len(value), "limit": self.max_scalar}
            raise self.fail("input.scalar_too_long", mark, **params)
        pos = (mark.line + 1) << 32 | (mark.column + 1)
        container = self.container
        if tag is None and not anchor and container is not None:
            keys = self.keys
            if keys is None:  # an item of a sequence
                if not style and (not value or value[0] in SPECIAL_START):
                    value = self._resolve(value)
                self.entries.append(pos)
                container.append(value)
                self.weight += 1
                return True
            key = self.key
            if key is None:
                if not style:
                    name = self.names.setdefault(value, value)
                    if name != _MERGE and name not in container:
                        self.key, self.key_pos = name, pos
                        return True
            elif key != _MERGE:
                if not style and (not value or value[0] in SPECIAL_START):
                    value = self._resolve(value)
                keys.append(key)
                entries = self.entries
                entries.append(self.key_pos)
                entries.append(pos)
                container[key] = value
                self.key = None
                self.weight += 1
                return True
        self._scalar(anchor, tag, value, mark, style, pos)
        return True

    def mapping_start(
        self, anchor: Any, tag: Any, implicit: Any, mark: Any, end: Any, flow: Any = None
    ) -> bool:
        self._start(anchor, tag, mark, {})
        return True

    def sequence_start(
        self, anchor: Any, tag: Any, implicit: Any, mark: Any, end: Any, flow: Any = None
    ) -> bool:
        self._start(anchor, tag, mark, [])
        return True

    def end(self, mark: Any, end: Any) -> bool:
        """The end of a mapping or sequence: its positions go to the locator."""
        value, keys, entries = self.container, self.keys, self.entries
        (
            container,
            parent_keys,
            self.entries,
            key,
            self.key_pos,
            self.merged,
            number,
            anchor,
            weight,
        ) = self.stack.pop()
        self.container, self.keys, self.key = container, parent_keys, key
        locator = self.locator
        locator._start[number] = len(locator._pos)
        locator._pos.fromlist(entries)
        if keys is None:
            locator._shape[number] = -1 - len(entries)
        else:
            shape = tuple(keys)
            index = self.shapes.get(shape)
            if index is None:
                index = self.shapes[shape] = len(locator._shapes)
                locator._shapes.append(shape)
            locator._shape[number] = index
        if anchor:
            self.anchors[anchor] = (value, self.weight - weight)
        if parent_keys is None:
            if container is None:
                self.root = value
            else:
                container.append(value)
        elif key == _MERGE:
            self._merge(value)
        else:
            container[key] = value
            self.key = None
        return True

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
        self._place(value, (mark.line + 1) << 32 | (mark.column + 1))
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

    def _scalar(self, anchor: Any, tag: Any, text: str, mark: Any, style: Any, pos: int) -> None:
        if tag is not None:
            self._check_tag(tag, SCALAR_TAGS, mark)
        if self.keys is not None and self.key is None:
            self._key(text, style, mark, pos)
            return
        value = self._scalar_value(tag, text, style, mark)
        if anchor:
            self.anchors[anchor] = (value, 1)
        self.weight += 1
        self._place(value, pos)

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

    def _key(self, text: str, style: Any, mark: Any, pos: int) -> None:
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
        self.key_pos = pos

    def _written_at(self, key: str) -> Position | None:
        """Where ``key`` was written in the open mapping (its key, else its value)."""
        assert self.keys is not None
        for index in range(len(self.keys) - 1, -1, -1):
            if self.keys[index] == key:
                key_pos, value = self.entries[2 * index], self.entries[2 * index + 1]
                if value & _CHILD:
                    value = self.locator._where[value ^ _CHILD]
                return _unpack(key_pos or value)
        return None

    def _start(
        self, anchor: Any, tag: Any, mark: Any, container: dict[str, Any] | list[Any]
    ) -> None:
        self._count(mark)
        if tag is not None:
            self._check_tag(tag, COLLECTION_TAGS, mark)
        keys, key, entries, stack = self.keys, self.key, self.entries, self.stack
        if keys is not None and key is None:
            raise self.fail("input.complex_key", mark)
        if len(stack) >= self.limits.max_depth:
            raise self.fail("input.too_deep", mark, limit=self.limits.max_depth)
        locator = self.locator
        number, pos = len(locator._where), (mark.line + 1) << 32 | (mark.column + 1)
        locator._where.append(pos)
        locator._start.append(0)
        locator._shape.append(0)
        if self.container is None:
            locator._root_pos = pos
        elif keys is None:
            entries.append(_CHILD | number)
        else:
            keys.append(key)  # type: ignore[arg-type]  # not None: checked above
            entries.append(0 if key == _MERGE else self.key_pos)
            entries.append(_CHILD | number)
        weight = self.weight
        stack.append(
            (self.container, keys, entries, key, self.key_pos, self.merged, number, anchor, weight)
        )
        self.weight = weight + 1
        self.container, self.entries = container, []
        self.keys = [] if type(container) is dict else None
        self.key, self.key_pos, self.merged = None, 0, None

    def _place(self, value: Any, pos: int) -> None:
        """A scalar or an alias: record where it is, then put it into its container."""
        if self.container is None:
            self.locator._root_pos = pos
        elif self.keys is None:
            self.entries.append(pos)
        elif self.key != _MERGE:
            self.keys.append(self.key)  # type: ignore[arg-type]  # a value has its key
            self.entries.append(self.key_pos)
            self.entries.append(pos)
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
            own = self.locator._where[self.stack[-1][6]]
            line, col = _unpack(self.key_pos or own)
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
        """Hand every event to its handler, up to the end of the stream."""
        scalar, end = self.scalar, self.end
        for event in events:
            kind = type(event)
            if kind is ev.ScalarEvent:
                tag = event.tag if event.ctag is not None else None
                scalar(event.anchor, tag, None, event.value, event.start_mark, None, event.style)
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                end(event.start_mark, None)
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                start = self.mapping_start if kind is ev.MappingStartEvent else self.sequence_start
                start(event.anchor, event.tag, None, event.start_mark, None)
            elif kind is ev.AliasEvent:
                self.alias(event.anchor, event.start_mark)
            elif kind is ev.DocumentStartEvent:
                self.document(event.start_mark)
            elif kind is ev.StreamEndEvent:
                self.stream_end()


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


def _go_on(*args: Any) -> bool:
    return True


def _handlers(builder: _Builder) -> dict[str, Callable[..., bool]]:
    return {
        "StreamStartEvent": _go_on,
        "StreamEndEvent": builder.stream_end,
        "DocumentStartEvent": builder.document,
        "DocumentEndEvent": _go_on,
        "ScalarEvent": builder.scalar,
        "AliasEvent": builder.alias,
        "MappingStartEvent": builder.mapping_start,
        "MappingEndEvent": builder.end,
        "SequenceStartEvent": builder.sequence_start,
        "SequenceEndEvent": builder.end,
    }


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
        and (a._pos, a._start, a._shape, a._where, a._shapes, a._root_pos)
        == (b._pos, b._start, b._shape, b._where, b._shapes, b._root_pos)
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
