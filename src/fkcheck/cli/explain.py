"""``fkcheck explain REGEL``: one rule in full, from legal text to a passing example."""

from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, RulesOption, language
from fkcheck.cli.usage import deliver, load_pack, report_error
from fkcheck.errors import FkcheckError, Problem, UsageError


def explain(
    rule_id: Annotated[str, typer.Argument()],
    pack: RulesOption = None,
    lang: LangOption = None,
) -> None:
    """Explain one rule (help texts: messages_help.py)."""
    from fkcheck import ruledocs
    from fkcheck.i18n import did_you_mean

    shown = language(lang)
    loaded = load_pack(pack, shown)
    try:
        by_id = {rule.id.casefold(): rule for rule in loaded.rules}
        rule = by_id.get(rule_id.strip().casefold())
        if rule is None:
            hint = did_you_mean(rule_id, [r.id for r in loaded.rules], shown)
            params = {"id": rule_id, "pack": loaded.id, "hint": hint}
            raise UsageError([Problem("explain.unknown_rule", params)])
    except FkcheckError as exc:
        report_error(exc, shown)
        raise typer.Exit(2) from None
    deliver(ruledocs.explain(loaded, rule, shown), shown)
