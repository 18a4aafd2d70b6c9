"""The one choke point for untrusted text: every format's escaping lives here.

Every piece of text that came from an input — alliance files, rule packs, waivers,
file and folder names, messages with placeholders filled from input — reaches a report
or the terminal only through this module. First :func:`inert` makes control
characters, line breaks and bidirectional controls visible (``\\n``, ``\\x1b``,
``\\u202e``), so no input can start a line, move the cursor or reorder what a reader
sees. Then each format quotes what is special to it:

============  =====================================================================
text, stderr  :func:`log_line`: a line that data would start with ``::`` or ``##[``
              gets a lead-in (CI runners read those as workflow commands)
github        :func:`escape_data`, :func:`escape_property`: as the runner unescapes
markdown      :func:`cell`: inline Markdown, no HTML, no mentions
junit         :func:`xml_safe`, :func:`xml_lines`: what XML 1.0 cannot carry; ElementTree
              quotes the rest
json, sarif   :func:`json_tree`: controls and bidi made visible in every string
============  =====================================================================

Reporters compose fkcheck's own text (labels, line breaks between sections) around
the escaped pieces; they never write raw input text themselves.
"""

from __future__ import annotations

import re
from typing import Any

# C0 and C1 controls (not TAB), DEL, line/paragraph separators, bidirectional controls.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def inert(text: str) -> str:
    """Show control characters as escapes (``\\n``, ``\\x1b``, ``\\u202e``).

    No line break, terminal escape or bidirectional override from the input ever
    reaches a terminal, a CI log or a report as itself.
    """
    return _CONTROL.sub(lambda m: _show(m.group()), text)


def _show(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# --- text reports and stderr ------------------------------------------------------------

_COMMAND_START = re.compile(r"\s*(::|##\[)")


def unlike_command(line: str) -> str:
    """A log line that data would start with ``::`` or ``##[`` gets a lead-in.

    CI runners read such lines as workflow commands (GitHub's ``::error``), also
    from a plain text report or from stderr.
    """
    return "› " + line if _COMMAND_START.match(line) else line


def log_line(text: str) -> str:
    """One line for a terminal or log: inert, and never taken for a workflow command."""
    return unlike_command(inert(text))


# --- GitHub workflow commands -------------------------------------------------------------


def escape_data(text: str) -> str:
    """Escape a command's message as the runner unescapes it (``%`` first)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, and ``:``/``,`` which end values."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


# --- Markdown -------------------------------------------------------------------------

_NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_SPECIAL = re.compile(r"[\\`*\[\]|#~$]|(?<![^\W_])_|_(?![^\W_])|(?<!\w)@(?=\w)")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def cell(text: str) -> str:
    """Data as inert inline Markdown, safe inside a table cell."""
    flat = inert(_NEWLINE.sub(" ", text))
    for char, entity in _ENTITIES.items():
        flat = flat.replace(char, entity)
    return _SPECIAL.sub(_md_escape, flat)


def _md_escape(match: re.Match[str]) -> str:
    char = match.group()
    return "@\u2060" if char == "@" else "\\" + char


# --- XML (JUnit) ------------------------------------------------------------------------

# Forbidden in XML 1.0 (beyond what inert shows): lone surrogates, U+FFFE, U+FFFF.
_XML_UNSAFE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Data for an XML attribute or element: inert, unlike a command, nothing XML forbids."""
    return _XML_UNSAFE.sub(lambda m: _show(m.group()), log_line(text))


def xml_lines(text: str) -> str:
    """fkcheck's own lines around inert pieces: each line as :func:`xml_safe`.

    CI systems print JUnit output in their logs, so no line may look like a command.
    """
    return "\n".join(xml_safe(line) for line in text.split("\n"))


# --- JSON and SARIF -------------------------------------------------------------------

# As _CONTROL, but fkcheck's own line breaks between sections (already inert pieces) stay.
_JSON_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_tree(value: Any) -> Any:
    """A JSON document with every string made inert (line feeds of fkcheck's own kept)."""
    if isinstance(value, str):
        return _JSON_CONTROL.sub(lambda m: _show(m.group()), value)
    if isinstance(value, dict):
        return {json_tree(k): json_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_tree(v) for v in value]
    return value
