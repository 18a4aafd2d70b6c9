"""A passing and a failing YAML snippet per rule, taken from the pack's own tested cases.

``fkcheck explain`` shows them. A case edits a base document; the snippet is the part
of the edited document the case touched (a whole member for an edit inside a member),
so every snippet shown is a document that ``fkcheck test`` checks, with the verdict
named. The built-in pack's cases ship inside the package (``rules/sn-frl-faelle``);
in a source checkout they are ``tests/cases``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fkcheck import packcases, rulepack
from fkcheck.errors import FkcheckError
from fkcheck.packtest import PASSING


@dataclass(frozen=True)
class Example:
    case: str  # the case's name in its file
    stichtag: dt.date
    passing: bool
    yaml: str


def cases_dir(pack: rulepack.RulePack) -> Path | None:
    """Where a pack's cases are: ``<pack>-faelle/`` beside it (shipped for built-in packs)."""
    if pack.source.startswith("builtin:"):
        folder = rulepack.builtin_dir() / f"{pack.id}-faelle"
        checkout = Path(__file__).resolve().parents[2] / "tests" / "cases"
        found = folder if folder.is_dir() else checkout
    else:
        path = Path(pack.source)
        found = path.with_name(f"{path.stem}-faelle")
    return found if found.is_dir() else None


def examples(pack: rulepack.RulePack, rule_id: str) -> tuple[Example, ...]:
    """The first passing and the first failing case of the rule that edit something."""
    folder = cases_dir(pack)
    if folder is None:
        return ()
    try:
        files = packcases.case_files([str(folder)])
        cases = [case for path in files for case in packcases.load_cases(path)]
    except FkcheckError:
        return ()  # broken cases are `fkcheck test`'s to report; explain shows the rest
    rule = next((r for r in pack.rules if r.id == rule_id), None)
    fields = _fields(rule.params) if rule is not None else ()
    found = []
    for passing in (True, False):
        # Prefer a case that edits something: its edit is what makes the verdict.
        matching = [c for c in cases if _verdict_is(c, rule_id, passing)]
        for case in sorted(matching, key=lambda c: not c.edited):
            if case.edited or fields:
                found.append(Example(case.name, case.stichtag, passing, snippet(case, fields)))
                break
    return tuple(found)


def _verdict_is(case: packcases.Case, rule_id: str, passing: bool) -> bool:
    verdict = case.expected.get(rule_id)
    return verdict is not None and (verdict in PASSING) == passing


def _fields(params: Any) -> tuple[str, ...]:
    """The fields a rule reads (its ``feld``), shown for a case that edits nothing."""
    field = params.get("feld")
    return (field.partition("[]")[0],) if isinstance(field, str) else ()


def snippet(case: packcases.Case, fields: tuple[str, ...] = ()) -> str:
    """The case's edited document, cut down to the parts it edited (or, for a case that
    edits nothing, to the fields the rule reads)."""
    return _dump(fragment(case.document, case.edited or fields))


def fragment(document: Any, paths: tuple[str, ...]) -> dict[str, Any]:
    """The parts of ``document`` at ``paths``; within a list, the whole entry is kept."""
    out: dict[str, Any] = {}
    for dotted in paths:
        _copy(document, out, _shown_path(document, dotted.split(".")))
    return _lists(out)


def _shown_path(document: Any, parts: list[str]) -> list[str]:
    """Cut a path after its first list index; drop parts that no longer exist (removed)."""
    shown: list[str] = []
    node = document
    for part in parts:
        key: Any = int(part) if isinstance(node, list) and part.isdecimal() else part
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        shown.append(part)
        if isinstance(key, int):
            break
    return shown


def _copy(source: Any, target: dict[str, Any], parts: list[str]) -> None:
    node = source
    for depth, part in enumerate(parts):
        node = node[int(part)] if isinstance(node, list) else node[part]
        if depth == len(parts) - 1:
            target[part] = node
        else:
            target = target.setdefault(part, {})


def _lists(tree: dict[str, Any]) -> dict[str, Any]:
    """``{"mitglieder": {"13": {...}}}`` → ``{"mitglieder": [{...}]}``, in index order."""
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict) and value and all(k.isdecimal() for k in value):
            out[key] = [value[k] for k in sorted(value, key=int)]
        elif isinstance(value, dict):
            out[key] = _lists(value)
        else:
            out[key] = value
    return out


def _dump(data: dict[str, Any]) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()
