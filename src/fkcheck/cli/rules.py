"""``fkcheck rules``: list a pack's rules with citation, legal force, severity and title."""

from enum import StrEnum
from typing import Annotated

import typer

from fkcheck.cli.options import LangOption, RulesOption, language
from fkcheck.cli.usage import deliver, load_pack


class ListFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def rules(
    fmt: Annotated[ListFormat, typer.Option("--format")] = ListFormat.text,
    pack: RulesOption = None,
    lang: LangOption = None,
) -> None:
    """List the rules (help texts: messages_help.py)."""
    from fkcheck import ruledocs

    shown = language(lang)
    loaded = load_pack(pack, shown)
    deliver(ruledocs.RULES_FORMATS[fmt.value](loaded, shown), shown)
