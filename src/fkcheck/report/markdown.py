"""A compact Markdown report for a merge-request comment or ``$GITHUB_STEP_SUMMARY``.

A heading, the reference date and rule pack, then per file a verdict and one table row
per finding (waived findings and waiver notes included); passed rules fold into a
``<details>`` list. The same text serves both places.

Text from the input never creates structure: every piece of data is passed through
:func:`cell`, which turns line breaks into spaces, makes other control characters
visible, writes ``&``, ``<`` and ``>`` as entities (no HTML) and backslash-escapes the
characters that open inline Markdown (``\\ ` * _ [ ] | # ~ $``) — an underscore only
where it could start emphasis, so ``schule_wirtschaft`` stays readable. ``@name`` gets a
word joiner after the ``@`` so that no one is mentioned. Data only ever appears after
fixed text on a line, so block syntax (lists, headings, quotes) cannot start.
"""

from __future__ import annotations

from fkcheck import __version__
from fkcheck.i18n import Lang, fmt, label
from fkcheck.report.common import (
    INPUT_RULE,
    WAIVER_RULE,
    Finding,
    files_summary,
    finding_force,
    finding_heading,
    findings,
    message,
    rule_heading,
    symbol,
    title,
    verdict,
    waiver_text,
)
from fkcheck.report.escape import cell
from fkcheck.results import FileResult, Run


def _l(key: str, lang: Lang) -> str:
    return label(f"md.{key}", lang)


def render(run: Run, lang: Lang, color: bool = False) -> str:
    pack = run.pack
    meta = (
        f"{label('reference_date', lang)} {fmt(run.stichtag, lang)} · "
        f"{label('rule_pack', lang)} {cell(pack.id)} {cell(pack.version)} · fkcheck {__version__}"
    )
    blocks = [f"## {_l('heading', lang)}", meta]
    if len(run.files) > 1:
        blocks.append(files_summary(run, lang))
    for file in run.files:
        blocks += _file(file, lang)
    return "\n\n".join(blocks) + "\n"


def _file(file: FileResult, lang: Lang) -> list[str]:
    name = f"{file.title} — {file.name}" if file.title else file.name
    blocks = [f"### {symbol(file)} {cell(name)}", f"**{verdict(file, lang)}**"]
    rows = [_row(finding, lang) for finding in findings(file, lang)]
    blocks.append(_table(rows, lang) if rows else f"✔ {_l('no_findings', lang)}")
    passed = [r for r in file.results if r.status == "met"]
    if passed:
        items = "\n".join(f"- {cell(f'{rule_heading(r, lang)} {title(r, lang)}')}" for r in passed)
        count = _l("passed.one" if len(passed) == 1 else "passed.many", lang)
        summary = f"<details><summary>{count.format(n=len(passed))}</summary>"
        blocks.append(f"{summary}\n\n{items}\n\n</details>")
    not_applicable = [r for r in file.results if r.not_applicable]
    if not_applicable:
        items = "\n".join(
            f"- {cell(f'{rule_heading(r, lang)} {title(r, lang)}')} – "
            f"{label('status.not_applicable', lang)}: {cell(message(r, lang))}"
            for r in not_applicable
        )
        blocks.append(items)
    return blocks


def _table(rows: list[list[str]], lang: Lang) -> str:
    header = [_l("col.rule", lang), _l("col.severity", lang), _l("col.where", lang)]
    header += [_l("col.finding", lang), label("remedy", lang)]
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join(f"| {' | '.join(line)} |" for line in lines)


def _row(finding: Finding, lang: Lang) -> list[str]:
    return [
        _rule(finding),
        _severity(finding, lang),
        _where(finding),
        _finding(finding, lang),
        cell(finding.remediation or "") or "—",
    ]


def _rule(finding: Finding) -> str:
    if finding.rule == WAIVER_RULE:
        return cell(f"{finding.title} {finding.facts.get('regel', '')}".rstrip())
    if finding.rule == INPUT_RULE:
        return cell(finding.title)
    return cell(finding_heading(finding, for_people=True))


def _severity(finding: Finding, lang: Lang) -> str:
    if finding.rule == INPUT_RULE:
        return _l("severity.input", lang)
    text = finding_force(finding, lang)
    return f"{text} ⊘" if finding.waived else text


def _where(finding: Finding) -> str:
    place = "—" if finding.line is None else str(finding.line)
    if finding.line is not None and finding.column is not None:
        place += f":{finding.column}"
    return f"{place} · {cell(finding.path)}" if finding.path else place


def _finding(finding: Finding, lang: Lang) -> str:
    text = cell(_message(finding))
    if finding.waiver is not None:
        text += f"<br>⊘ {label('waived', lang)}: {cell(waiver_text(finding.waiver, lang))}"
    return text


def _message(finding: Finding) -> str:
    """The message; an input error's leading document path is already in the Stelle column."""
    prefix = f"{finding.path}: "
    if finding.rule == INPUT_RULE and finding.path and finding.message.startswith(prefix):
        return finding.message[len(prefix) :]
    return finding.message
