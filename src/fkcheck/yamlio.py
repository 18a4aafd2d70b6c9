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


class Locator:
    """Maps document paths to the 1-based position of their key and value."""

    def __init__(self) -> None:
        self.values: dict[DocPath, Position] = {}
        self.keys: dict[DocPath, Position] = {}

    def value(self, path: DocPath) -> Position | None:
        return self.values.get(path)

    def key(self, path: DocPath) -> Position | None:
        return self.keys.get(path) or self.values.get(path)

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
        return self.values.get((), (1, 1))


@dataclass(frozen=True)
class Loaded:
    data: Any
    locator: Locator
    text: str


# --- the event-driven builder ------------------------------------------------------


_MERGE = "<<"


class _Frame:
    __slots__ = ("anchor", "container", "explicit", "key", "key_pos", "nodes", "path")

    def __init__(self, container: Any, path: DocPath, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos: Position | None = None
        self.nodes = 1
        self.explicit: set[str] = set()  # keys written in this mapping (not merged in)


def _pos(event: Any) -> Position:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


# A node is a scalar (key or value), a list, a mapping or an alias; end events are not.
_NODE_EVENTS = (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent, ev.AliasEvent)


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

    def fail(self, code: str, event: Any, **params: Any) -> InputError:
        line, col = _pos(event)
        return InputError([Problem(code, params, line, col, self._child_path())])

    def _child_path(self) -> DocPath:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, dict):
            return (*top.path, top.key) if top.key is not None else top.path
        return (*top.path, len(top.container))

    def feed(self, event: Any) -> None:
        if isinstance(event, _NODE_EVENTS):
            self.nodes += 1
            if self.nodes > self.limits.max_nodes:
                raise self.fail("input.too_many_nodes", event, limit=self.limits.max_nodes)
        if isinstance(event, ev.ScalarEvent):
            if len(event.value) > self.limits.max_scalar:
                params = {"length": len(event.value), "limit": self.limits.max_scalar}
                raise self.fail("input.scalar_too_long", event, **params)
            self._scalar(event)
        elif isinstance(event, (ev.MappingStartEvent, ev.SequenceStartEvent)):
            self._start(event)
        elif isinstance(event, (ev.MappingEndEvent, ev.SequenceEndEvent)):
            self._end()
        elif isinstance(event, ev.AliasEvent):
            self._alias(event)
        elif isinstance(event, ev.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail("input.multiple_documents", event)

    def _check_tag(self, event: Any, allowed: set[str]) -> None:
        tag = event.tag
        if tag is None or tag == "!" or tag in allowed:
            return
        raise self.fail("input.tag", event, tag=str(tag).replace(CORE, "!!"))

    def _scalar(self, event: Any) -> None:
        self._check_tag(event, SCALAR_TAGS)
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.key is None:
            self._key(top, event)
            return
        value = self._scalar_value(event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._place(value, _pos(event), 1)

    def _scalar_value(self, event: Any) -> Any:
        tag = event.tag
        if tag == f"{CORE}str" or tag == "!" or event.style not in ("", None):
            return event.value
        value = resolve_plain(event.value)
        if tag is None or tag == f"{CORE}timestamp":
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
        if key == _MERGE and event.style in ("", None):
            top.key = _MERGE
            return
        if key in top.explicit:
            first = self.locator.keys.get((*top.path, key))
            raise self.fail(
                "input.duplicate_key", event, key=key, first_line=first[0] if first else "?"
            )
        top.explicit.add(key)
        top.key = key
        top.key_pos = _pos(event)
        self.locator.keys[(*top.path, key)] = top.key_pos

    def _start(self, event: Any) -> None:
        self._check_tag(event, COLLECTION_TAGS)
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.key is None:
            raise self.fail("input.complex_key", event)
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail("input.too_deep", event, limit=self.limits.max_depth)
        container: Any = {} if isinstance(event, ev.MappingStartEvent) else []
        path = self._child_path()
        self.locator.values[path] = _pos(event)
        self.stack.append(_Frame(container, path, event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
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
        self._place(value, _pos(event), nodes)

    def _place(self, value: Any, pos: Position, nodes: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is None or top.key != _MERGE:
            self.locator.values[self._child_path()] = pos
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
            line, col = top.key_pos or self.locator.values.get(top.path, (1, 1))
            raise InputError([Problem("input.merge", {}, line, col, top.path)])
        for source in sources:
            for key, item in source.items():
                if key not in top.explicit and key not in top.container:
                    top.container[key] = item
        top.key = None


def _events(text: str) -> Iterator[Any]:
    if C_PARSER:
        parser = _Parser(text)
        while True:
            event = parser.get_event()
            yield event
            if isinstance(event, ev.StreamEndEvent):
                return
    else:  # pragma: no cover - exercised only where no C wheel exists
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


def load_text(text: str, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Parse one YAML document from ``text`` into plain data with positions."""
    builder = _Builder(limits)
    try:
        for event in _events(text):
            builder.feed(event)
            if isinstance(event, ev.StreamEndEvent):
                break
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
