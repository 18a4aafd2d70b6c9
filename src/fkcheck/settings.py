"""Merge the command line, ``.fkcheck.yaml`` and the defaults into one plan for a run.

Precedence: an option given on the command line, then the configuration file,
then the built-in default. In GitHub Actions (``GITHUB_ACTIONS=true``) the
default format is ``github``, and a Markdown summary goes to
``$GITHUB_STEP_SUMMARY`` when GitHub provides that file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fkcheck import config as configuration
from fkcheck.errors import Problem, UsageError
from fkcheck.i18n import Lang
from fkcheck.runner import Options, Output


@dataclass(frozen=True)
class Plan:
    paths: list[str]
    options: Options
    outputs: tuple[Output, ...]
    lang: Lang
    step_summary: Path | None
    protected: tuple[Path, ...] = ()  # files no report may replace (the configuration)


def plan(
    paths: Sequence[str],
    given: Mapping[str, Any],
    config: configuration.Config,
    environ: Mapping[str, str],
    today: dt.date,
) -> Plan:
    """``given`` holds the command-line values by option name; ``None`` means not given."""

    def pick(key: str, default: Any) -> Any:
        value = given.get(key)
        return value if value is not None else config.get(key, default)

    lang: Lang = "en" if pick("lang", "de") == "en" else "de"
    in_actions = environ.get("GITHUB_ACTIONS") == "true"
    fmt = pick("format", "github" if in_actions else "text")
    output = given.get("output") or config.path_value("output")
    outputs = [Output(fmt, Path(output) if output and output != "-" else None)]
    # Reports from the command line add to the configured ones; for the same file, the
    # command line's format wins.
    extra = [_report(spec) for spec in given.get("report") or []]
    named = {_key(o.path) for o in extra}
    configured = [
        Output(r["format"], config.folder / r["output"]) for r in config.get("reports", [])
    ]
    outputs += [o for o in configured if _key(o.path) not in named] + extra
    waivers = False if given.get("no-waivers") else bool(config.get("waivers", True))
    options = Options(
        stichtag=given.get("as-of") or today,
        rules=given.get("rules") or config.rules(),
        fail_on=pick("fail-on", "error"),
        warn_before=pick("warn-before", None),
        lang=lang,
        limits=config.limits(),
        waivers=waivers,
        skip=(lambda name: configuration.excluded(name, config)) if config.get("exclude") else None,
        force_exclude=bool(given.get("force-exclude")),
        verbose=bool(given.get("verbose")),
        jobs=pick("jobs", 1),
        documents=any(o.format == "html" for o in outputs),
        prerender=frozenset(o.format for o in outputs),
    )
    summary = environ.get("GITHUB_STEP_SUMMARY")
    protected = (config.path,) if config.path else ()
    step_summary = Path(summary) if summary else None
    return Plan(_paths(paths, config), options, tuple(outputs), lang, step_summary, protected)


def _key(path: Path | None) -> str:
    return str(path.resolve()) if path is not None else "-"


def _paths(paths: Sequence[str], config: configuration.Config) -> list[str]:
    if paths:
        return list(paths)
    found = configuration.expand_includes(config)
    if not found and not config.get("include"):
        raise UsageError([Problem("usage.no_paths")])
    kept = [f for f in found if not configuration.excluded(f, config)]
    if not kept:
        raise UsageError([Problem("input.no_yaml_files")], ", ".join(config.get("include")))
    return kept


def _report(spec: str) -> Output:
    from fkcheck.report import REPORTERS

    fmt, sep, target = spec.partition("=")
    if not sep or fmt not in REPORTERS or not target or target == "-":
        raise UsageError(
            [Problem("usage.report_spec", {"value": spec, "allowed": ", ".join(REPORTERS)})]
        )
    return Output(fmt, Path(target))
