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

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from fkcheck.errors import DocPath, InputError, Problem
from fkcheck.yamltext import (  # decode: part of this module's API too
    COLLECTION_TAGS,
    CORE,
    SCALAR_TAGS,
    Position,
    decode,
    resolve_plain,
    text_position,
)

try:  # pragma: no cover - depends on the platform's wheels
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


class _Node:
    """The positions inside one mapping or sequence, in the order they were written.

    A mapping keeps a key position and a value position per written key, a sequence one
    value position per item, all in one array of packed integers (8 bytes each, no Python
    objects); a mapping's keys are a tuple shared by all mappings with the same keys.
    """

    __slots__ = ("children", "keys", "pos")

    def __init__(self, mapping: bool) -> None:
        self.keys: list[str] | tuple[str, ...] | None = [] if mapping else None
        self.pos = array("Q")
        self.children: dict[int, _Node] | None = None  # ordinal → a nested container

    def ordinal(self, part: str | int) -> int | None:
        if self.keys is None:
            return part if type(part) is int and 0 <= part < len(self.pos) else None
        for index in range(len(self.keys) - 1, -1, -1):  # a key written twice: the last one
            if self.keys[index] == part:
                return index
        return None

    def entry(self, ordinal: int) -> tuple[int, int]:
        """(key position, value position) of a child; 0 for no key."""
        if self.keys is None:
            return 0, self.pos[ordinal]
        return self.pos[2 * ordinal], self.pos[2 * ordinal + 1]

    def add(self, key: str | None, key_pos: int, pos: int, child: _Node | None = None) -> None:
        if self.keys is None:
            ordinal = len(self.pos)
            self.pos.append(pos)
        else:
            assert key is not None and isinstance(self.keys, list)
            ordinal = len(self.keys)
            self.keys.append(key)
            self.pos.append(key_pos)
            self.pos.append(pos)
        if child is not None:
            if self.children is None:
                self.children = {}
            self.children[ordinal] = child


class Locator:
    """Maps document paths to the 1-based position of their key and value.

    Positions form a tree beside the data (:class:`_Node`) instead of a dict keyed by
    path: a 50,000-member file has some 250,000 paths, and a tuple per path and per
    position cost about 100 MB.
    """

    __slots__ = ("_root", "_root_pos")

    def __init__(self) -> None:
        self._root: _Node | None = None
        self._root_pos = 0

    def _entry(self, path: DocPath) -> tuple[int, int]:
        if not path:
            return 0, self._root_pos
        node = self._root
        for part in path[:-1]:
            ordinal = node.ordinal(part) if node is not None else None
            if ordinal is None or node is None or node.children is None:
                return 0, 0
            node = node.children.get(ordinal)
        ordinal = node.ordinal(path[-1]) if node is not None else None
        return (0, 0) if ordinal is None or node is None else node.entry(ordinal)

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


def _pack(event: Any) -> int:
    """An event's start as one integer: line << 32 | column, both 1-based (files < 1 GiB)."""
    mark = event.start_mark
    packed: int = (mark.line + 1) << 32 | (mark.column + 1)
    return packed


def _unpack(packed: int) -> Position:
    return packed >> 32, packed & 0xFFFFFFFF


@dataclass(frozen=True)
class Loaded:
    data: Any
    locator: Locator
    text: str


# --- the event-driven builder ------------------------------------------------------


_MERGE = "<<"
_STR = f"{CORE}str"


class _Frame:
    __slots__ = ("anchor", "container", "key", "key_pos", "merged", "node", "nodes", "path")

    def __init__(self, container: Any, node: _Node, path: DocPath, anchor: str | None) -> None:
        self.container = container
        self.node = node
        self.path = path
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos = 0  # packed position of ``key``
        self.nodes = 1
        # Keys that came from ``<<`` and were not written in this mapping (yet). Every
        # other key of the container was written, so writing it again is a duplicate.
        self.merged: set[str] | None = None


# A node is a scalar (key or value), a list, a mapping or an alias; end events are not.
_NODE_EVENTS = frozenset(
    (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent, ev.AliasEvent)
)


class _Builder:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.locator = Locator()
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Frame] = []
        self.alias_nodes = 0
        self.nodes = 0
        self.documents = 0
        self.root: Any = None
        # Keys repeat in every member: one string object each, and one tuple per key order.
        self.names: dict[str, str] = {}
        self.shapes: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.handlers = {
            ev.ScalarEvent: self._scalar,
            ev.MappingStartEvent: self._start,
            ev.SequenceStartEvent: self._start,
            ev.MappingEndEvent: self._end,
            ev.SequenceEndEvent: self._end,
            ev.AliasEvent: self._alias,
            ev.DocumentStartEvent: self._document,
        }

    def fail(self, code: str, event: Any, **params: Any) -> InputError:
        line, col = _unpack(_pack(event))
        return InputError([Problem(code, params, line, col, self._child_path())])

    def _child_path(self) -> DocPath:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, dict):
            return (*top.path, top.key) if top.key is not None else top.path
        return (*top.path, len(top.container))

    def run(self, text: str) -> None:
        """Feed every event of ``text`` to its handler, up to the end of the stream.

        Plain keys and untagged values inside a container, nine events in ten, are handled
        right here: one function call less per event is a tenth of a 50,000-member load.
        Everything else (tags, anchors, merges, duplicates, the root) goes to a handler.
        """
        handlers, stack, names = self.handlers, self.stack, self.names
        max_nodes, max_scalar = self.limits.max_nodes, self.limits.max_scalar
        for event in _events(text):
            kind = type(event)
            if kind in _NODE_EVENTS:
                # Bounds on time and memory: nodes in all, and the length of one value.
                self.nodes += 1
                if self.nodes > max_nodes:
                    raise self.fail("input.too_many_nodes", event, limit=max_nodes)
                if kind is ev.ScalarEvent and len(event.value) > max_scalar:
                    params = {"length": len(event.value), "limit": max_scalar}
                    raise self.fail("input.scalar_too_long", event, **params)
            if kind is ev.ScalarEvent and stack and event.ctag is None and not event.anchor:
                top = stack[-1]
                container, key, mark = top.container, top.key, event.start_mark
                pos = (mark.line + 1) << 32 | (mark.column + 1)
                if type(container) is list:
                    value = event.value if event.style else resolve_plain(event.value)
                    top.node.pos.append(pos)
                    container.append(value)
                    top.nodes += 1
                    continue
                if key is None and not event.style:
                    name = names.setdefault(event.value, event.value)
                    if name != _MERGE and name not in container:
                        top.key, top.key_pos = name, pos
                        continue
                elif key is not None and key != _MERGE:
                    value = event.value if event.style else resolve_plain(event.value)
                    top.node.add(key, top.key_pos, pos)
                    container[key] = value
                    top.key = None
                    top.nodes += 1
                    continue
            handler = handlers.get(kind)
            if handler is not None:
                handler(event)

    def _document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self.fail("input.multiple_documents", event)

    def _check_tag(self, event: Any, allowed: set[str]) -> None:
        tag = event.tag
        if tag is None or tag == "!" or tag in allowed:
            return
        raise self.fail("input.tag", event, tag=str(tag).replace(CORE, "!!"))

    def _scalar(self, event: Any) -> None:
        if event.ctag is not None:  # ``tag`` is a property that builds a string
            self._check_tag(event, SCALAR_TAGS)
        top = self.stack[-1] if self.stack else None
        if top is not None and top.key is None and type(top.container) is dict:
            self._key(top, event)
            return
        value = self._scalar_value(event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._place(value, _pack(event), 1)

    def _scalar_value(self, event: Any) -> Any:
        tag = event.tag
        if tag is None and not event.style:
            return resolve_plain(event.value)
        if tag == _STR or tag == "!" or event.style not in ("", None):
            return event.value
        value = resolve_plain(event.value)
        if tag == f"{CORE}timestamp":
            return value
        expected: dict[str, type | tuple[type, ...]] = {
            "int": int,
            "float": (int, float),
            "bool": bool,
            "null": type(None),
        }
        kind = tag.replace(CORE, "")
        if not isinstance(value, expected[kind]) or (kind == "int" and isinstance(value, bool)):
            raise self.fail("input.tag_value", event, tag=f"!!{kind}", value=event.value)
        return value

    def _key(self, top: _Frame, event: Any) -> None:
        key = str(event.value)
        key = self.names.setdefault(key, key)
        if key == _MERGE and event.style in ("", None):
            top.key = _MERGE
            return
        if key in top.container:
            if top.merged is None or key not in top.merged:
                first = self.locator.key((*top.path, key))
                raise self.fail(
                    "input.duplicate_key", event, key=key, first_line=first[0] if first else "?"
                )
            top.merged.discard(key)  # written here after all: overrides the merged value
        top.key = key
        top.key_pos = _pack(event)

    def _start(self, event: Any) -> None:
        if event.ctag is not None:
            self._check_tag(event, COLLECTION_TAGS)
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.key is None:
            raise self.fail("input.complex_key", event)
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail("input.too_deep", event, limit=self.limits.max_depth)
        mapping = type(event) is ev.MappingStartEvent
        container: Any = {} if mapping else []
        node, pos, path = _Node(mapping), _pack(event), self._child_path()
        if top is None:
            self.locator._root, self.locator._root_pos = node, pos
        else:
            top.node.add(top.key, 0 if top.key == _MERGE else top.key_pos, pos, node)
        self.stack.append(_Frame(container, node, path, event.anchor))

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        keys = frame.node.keys
        if isinstance(keys, list):
            shape = tuple(keys)
            frame.node.keys = self.shapes.setdefault(shape, shape)
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.nodes)
        self._attach(frame.container, frame.nodes)

    def _alias(self, event: Any) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.key is None:
            raise self.fail("input.complex_key", event)
        if event.anchor not in self.anchors:
            raise self.fail("input.unknown_alias", event, anchor=event.anchor)
        value, nodes = self.anchors[event.anchor]
        self.alias_nodes += nodes
        if self.alias_nodes > self.limits.max_alias_nodes:
            raise self.fail("input.alias_bomb", event, limit=self.limits.max_alias_nodes)
        self._place(value, _pack(event), nodes)

    def _place(self, value: Any, pos: int, nodes: int) -> None:
        """A scalar or an alias: record where it is, then put it into its container."""
        if not self.stack:
            self.locator._root_pos = pos
        elif self.stack[-1].key != _MERGE:
            top = self.stack[-1]
            top.node.add(top.key, top.key_pos, pos)
        self._attach(value, nodes)

    def _attach(self, value: Any, nodes: int) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.nodes += nodes
        if not isinstance(top.container, dict):
            top.container.append(value)
        elif top.key == _MERGE:
            self._merge(top, value)
        else:
            top.container[top.key] = value
            top.key = None

    def _merge(self, top: _Frame, value: Any) -> None:
        """``<<: *base`` (or a list of them): keys written in the mapping itself win."""
        sources = value if isinstance(value, list) else [value]
        if not all(isinstance(source, dict) for source in sources):
            line, col = (
                _unpack(top.key_pos) if top.key_pos else self.locator.value(top.path) or (1, 1)
            )
            raise InputError([Problem("input.merge", {}, line, col, top.path)])
        merged = top.merged if top.merged is not None else set()
        for source in sources:
            for key, item in source.items():
                if key not in top.container:
                    top.container[key] = item
                    merged.add(key)
        top.merged = merged
        top.key = None


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


def load_text(text: str, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Parse one YAML document from ``text`` into plain data with positions."""
    builder = _Builder(limits)
    try:
        builder.run(text)
    except MarkedYAMLError as exc:
        raise _syntax_error(exc) from exc
    except YAMLError as exc:
        raise _reader_error(exc, text) from exc
    if builder.documents == 0:
        raise InputError([Problem("input.empty", {}, 1, 1)])
    return Loaded(builder.root, builder.locator, text)


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
