"""Report formats: one module each, one literal registry.

Every reporter is ``(run, language, colour) -> text``. Modules are imported only
when their format is used, which keeps ``fkcheck`` quick to start.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from fkcheck.i18n import Lang
from fkcheck.results import FileResult, Run

Reporter = Callable[[Run, Lang, bool], str]  # (run, language, colour) → report text


def _lazy(module: str) -> Reporter:
    def reporter(run: Run, lang: Lang, color: bool) -> str:
        render: Reporter = import_module(f"fkcheck.report.{module}").render
        return render(run, lang, color)

    return reporter


REPORTERS: dict[str, Reporter] = {
    "text": _lazy("text"),
    "json": _lazy("json"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
    "github": _lazy("github"),
    "markdown": _lazy("markdown"),
    "html": _lazy("html"),
}


# Formats whose module can also render one file's part on its own: ``prerender(file, run,
# language) -> {key: text}``. A split run (fkcheck.parallel) does that where each file is
# checked; the reporter then uses FileResult.rendered instead of rendering the part again.
PRERENDER = frozenset({"text", "json"})


def prerenderer(fmt: str) -> Callable[[FileResult, Run, Lang], dict[str, str]]:
    render: Callable[[FileResult, Run, Lang], dict[str, str]]
    render = import_module(f"fkcheck.report.{fmt}").prerender
    return render
