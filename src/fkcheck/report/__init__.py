"""Report formats: one module each, one literal registry."""

from __future__ import annotations

from collections.abc import Callable

from fkcheck.i18n import Lang
from fkcheck.results import Run

Reporter = Callable[[Run, Lang, bool], str]  # (run, language, colour) → report text


def _text(run: Run, lang: Lang, color: bool) -> str:
    from fkcheck.report import text

    return text.render(run, lang, color)


def _json(run: Run, lang: Lang, color: bool) -> str:
    from fkcheck.report import json

    return json.render(run, lang)


REPORTERS: dict[str, Reporter] = {
    "text": _text,
    "json": _json,
}
