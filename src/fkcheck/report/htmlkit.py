"""Building HTML where text is inert by default (Jinja's autoescape idea, in a few lines).

Every piece of text reaches the page through :func:`el` or :func:`h`: a plain ``str`` is
always escaped (``html.escape`` with ``quote=True``, after :func:`~fkcheck.report.common.inert`
has made control and bidirectional characters visible). Only :class:`Html`, which these
functions return, passes unchanged. So a name like ``<script>`` or ``<img onerror=…>`` from
an alliance file is shown as text and never becomes an element or an attribute.

Text that goes into the style sheet (the running page header) is quoted by
:func:`css_string`, which writes every character except letters, digits and spaces as a
CSS escape: no quote, backslash or ``</style>`` can end the string or the element.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from fkcheck.report.escape import inert


class Html(str):
    """Markup that is safe to write as it is: built here, never taken from input."""

    __slots__ = ()


def h(text: object) -> Html:
    """Any value as inert HTML text; markup built by :func:`el` stays as it is."""
    if isinstance(text, Html):
        return text
    return Html(html.escape(inert(str(text)), quote=True))


def _children(items: Iterable[object]) -> Iterable[Html]:
    for item in items:
        if item is None:
            continue
        if isinstance(item, (str, int)):
            yield h(item)
        else:
            yield from _children(item)  # type: ignore[arg-type]


def _attribute(name: str, value: object) -> str:
    # Names come from code (``class_`` → ``class``, ``aria_label`` → ``aria-label``).
    key = name.rstrip("_").replace("_", "-")
    return f' {key}="{h(value)}"'


def el(tag: str, *children: object, **attrs: object) -> Html:
    """``<tag attrs>children</tag>``: text children and attribute values are escaped."""
    opening = tag + "".join(_attribute(k, v) for k, v in attrs.items() if v is not None)
    return Html(f"<{opening}>{''.join(_children(children))}</{tag}>")


def void(tag: str, **attrs: object) -> Html:
    """An element without content (``meta``, ``br``)."""
    return Html(f"<{tag}{''.join(_attribute(k, v) for k, v in attrs.items())}>")


def join(parts: Iterable[object]) -> Html:
    return Html("".join(_children(parts)))


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string: only ASCII letters, digits and spaces stay as they are."""
    text = inert(text)
    # A hex escape ends at the first non-hex character, and one space after it belongs to
    # the escape (CSS Syntax 4.3.7): always write that space, so a following space stays.
    chars = (c if (c.isascii() and c.isalnum()) or c == " " else f"\\{ord(c):x} " for c in text)
    return '"' + "".join(chars) + '"'
