"""``fkcheck import``: a member list (CSV or Excel) → the ``mitglieder:`` of an alliance file.

Without ``--merge-into`` the result is a YAML document holding only the list; with it, the
named alliance file with its members replaced and everything else, comments included,
kept. The result is read back with fkcheck's own loader and validated before anything is
written; a problem in a member is reported at its row in the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ruamel.yaml.comments import CommentedMap

from fkcheck import document, memberlist, sources, streams, tables, writing, yamlio, yamlout
from fkcheck.errors import InputError, Problem
from fkcheck.i18n import Lang, t
from fkcheck.memberlist import Imported
from fkcheck.report.escape import inert

# Stands in for the rest of an alliance file when only the member list is validated.
_FRAME = {
    "version": 1,
    "allianz": {"name": "-", "bundesland": "SN", "gebiet": {"name": "-", "art": "landkreis"}},
}


@dataclass(frozen=True)
class Request:
    table: Path
    merge_into: Path | None = None
    output: Path | None = None


def run(request: Request, out: TextIO, lang: Lang) -> None:
    """Import, validate, then print or write; raises FkcheckError (exit 2) on any problem,
    also when the members cannot be delivered on ``out`` (broken pipe, closed stream).
    Notes go to stderr and may not arrive (stderr closed): that never fails the run."""
    if request.output is not None:
        writing.refuse_inputs(request.output, [request.table])
    imported = memberlist.members(tables.read(request.table))
    if imported.problems:
        raise InputError(imported.problems, str(request.table))
    text = _render(request, imported, lang)
    _validate(text, request, imported)
    for free_text, kind in sorted(imported.mapped.items()):
        streams.note(inert(t("import.mapped", lang, {"text": free_text, "kind": kind})))
    if request.output is None:
        streams.write(out, text)
    else:
        writing.write(request.output, text)


def _render(request: Request, imported: Imported, lang: Lang) -> str:
    members = yamlout.sequence(imported.members)
    if request.merge_into is None:
        document_ = CommentedMap(mitglieder=members)
        header = t("import.header", lang, {"file": request.table.name})
        document_.yaml_set_start_comment(header)
        return yamlout.dump(document_)
    target = _load_target(request.merge_into)
    if "mitglieder" in target:
        yamlout.move_trailing_comment(target["mitglieder"], members)
        target["mitglieder"] = members
    else:
        position = list(target).index("allianz") + 1 if "allianz" in target else len(target)
        target.insert(position, "mitglieder", members)
    return yamlout.dump(target)


def _load_target(path: Path) -> Any:
    """The alliance file to merge into, checked by fkcheck's own safe loader first."""
    raw = sources.read_bounded(path, yamlio.DEFAULT_LIMITS.max_bytes)
    try:
        loaded = yamlio.load_bytes(raw)
    except InputError as exc:
        raise InputError(exc.problems, str(path)) from exc
    if not isinstance(loaded.data, dict):
        raise InputError([Problem("input.not_mapping", {"found_type": "list"}, 1, 1)], str(path))
    return yamlout.load(loaded.text)


def _validate(text: str, request: Request, imported: Imported) -> None:
    """The result must load and validate as ``fkcheck check`` would, with the same members."""
    data = yamlout.reread(text).data
    if data.get("mitglieder") != imported.members:  # the YAML must say exactly what was read
        raise InputError([Problem("import.not_faithful")], str(request.table))
    whole = data if request.merge_into is not None else {**_FRAME, **data}
    try:
        document.validate(yamlio.Loaded(whole, yamlio.Locator(), text))
    except InputError as exc:
        _blame(exc.problems, request, imported)


def _blame(problems: tuple[Problem, ...], request: Request, imported: Imported) -> None:
    """Report a member's problem at its row of the list, anything else at the merged file."""
    in_list = [p for p in problems if p.path[:1] == ("mitglieder",) and len(p.path) > 1]
    if in_list:
        rows = [_at_row(p, imported) for p in in_list]
        raise InputError(rows, str(request.table))
    located = [Problem(p.code, p.params, None, None, p.path) for p in problems]
    raise InputError(
        [Problem("import.merge_invalid", {"file": str(request.merge_into)}), *located],
        str(request.merge_into),
    )


def _at_row(problem: Problem, imported: Imported) -> Problem:
    index = problem.path[1]
    row = imported.rows[index] if isinstance(index, int) else None
    field = str(problem.path[2]) if len(problem.path) > 2 else ""
    return Problem(problem.code, problem.params, row, None, (field,) if field else ())
