"""Find, validate and load rule packs.

A pack is YAML (see ``rules/README.md``). Loading is all-or-nothing: the pack
is checked against the shipped JSON Schema, then every rule against the check
it names (parameters, field paths, member kinds, message placeholders), and
every problem is reported with the pack file's line and column.

A pack whose SHA-256 is listed in ``rules/SHA256SUMS`` was validated by the test suite
with this very code (``tests/test_rulepack.py`` fails if a listed digest is stale), so
loading it skips both validations: a plain ``fkcheck check`` does no JSON Schema work.
Any other bytes, the shipped pack edited by one character included, are validated in full.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from fkcheck import sources, yamlio
from fkcheck.citations import Citation, LegalBasis
from fkcheck.errors import InputError, Problem, RulePackError
from fkcheck.i18n import Lang, did_you_mean

DEFAULT_PACK = "sn-frl"
DIGESTS = "SHA256SUMS"  # beside the built-in packs: the digests the test suite validated
MAX_EXTENDS_DEPTH = 8
Text = Mapping[str, str]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    check: str
    params: Mapping[str, Any]
    precondition: str | None
    citation: LegalBasis
    texts: Mapping[str, Text]  # titel, meldung, erfuellt, abhilfe, begruendung, erklaerung
    outcome_texts: Mapping[str, Text]
    origin: str = ""  # id of the pack that defines the rule (differs for inherited rules)
    # Legal force, shown to officers apart from the severity: muss, soll, plausibilitaet.
    force: str = "muss"
    # When the rule does not apply (``entfaellt``): conditions that must all hold.
    not_applicable_when: tuple[Mapping[str, Any], ...] = ()

    @property
    def legal_text(self) -> str:
        return self.citation.legal_text()

    def text(self, kind: str, lang: Lang) -> str:
        entry = self.texts.get(kind)
        return entry[lang] if entry else ""

    def message(self, outcome: str, lang: Lang) -> str:
        """The text of an outcome; a variant ``x.y`` without its own text uses ``x``'s."""
        entry = self.outcome_texts.get(outcome)
        if entry is None and "." in outcome:
            entry = self.outcome_texts.get(outcome.partition(".")[0])
        return (entry or self.texts["meldung"])[lang]


@dataclass(frozen=True)
class PackRef:
    """Provenance of a base pack: which pack, which version, which bytes."""

    id: str
    version: str
    source: str
    sha256: str


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    title: Text
    richtlinie: Mapping[str, Any]
    valid_from: dt.date
    valid_until: dt.date | None
    reference: Mapping[str, Any]
    rules: tuple[Rule, ...]
    source: str
    sha256: str
    extends: tuple[PackRef, ...] = ()  # the packs this one builds on, nearest first
    # rule id → the reason it is switched off (by an extending pack's aenderungen)
    disabled: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    def applies_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


# --- finding packs -------------------------------------------------------------------


def builtin_dir() -> Path:
    """The built-in packs: inside the installed package, or ``rules/`` of a source checkout."""
    packaged = Path(str(resources.files("fkcheck"))) / "rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "rules"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def resolve(name: str | None, relative_to: Path | None = None) -> tuple[Path, str]:
    """A pack argument (a file path or a built-in id) → the pack file and how to name it.

    ``relative_to`` is the folder of the pack that names ``name`` in ``erweitert``.
    """
    name = name or DEFAULT_PACK
    candidate = relative_to / name if relative_to is not None else Path(name)
    if candidate.exists() and not candidate.is_dir():  # a FIFO or device is refused on reading
        return candidate, str(candidate) if relative_to is not None else name
    builtin = builtin_dir() / f"{name}.yaml"
    if "/" not in name and builtin.is_file():
        return builtin, f"builtin:{name}"
    hint = did_you_mean(name, builtin_names(), "de")
    raise RulePackError([Problem("pack.not_found", {"name": name, "hint": hint})], name)


def load(name: str | None = None) -> RulePack:
    path, label = resolve(name)
    return _load(path, label, ())


def _load(path: Path, label: str, chain: tuple[str, ...]) -> RulePack:
    try:
        raw = sources.read_bounded(path, yamlio.DEFAULT_LIMITS.max_bytes, label)
    except InputError as exc:
        raise RulePackError(exc.problems, label) from None
    return parse(raw, label, relative_to=path.parent, chain=(*chain, _identity(path, label)))


def _identity(path: Path, label: str) -> str:
    return label if label.startswith("builtin:") else str(path.resolve())


def parse(
    raw: bytes,
    source: str,
    *,
    relative_to: Path | None = None,
    chain: tuple[str, ...] = (),
    trust: bool = True,
) -> RulePack:
    """Validate and build a pack from its bytes; a pack with ``erweitert`` loads its base first.

    ``trust=False`` validates even a pack whose digest is in ``SHA256SUMS`` (for the test
    that keeps that list honest).
    """
    try:
        loaded = yamlio.load_bytes(raw)
    except InputError as exc:
        raise RulePackError(exc.problems, source) from exc
    data, locator = loaded.data, loaded.locator
    sha = hashlib.sha256(raw).hexdigest()
    # A base pack is other bytes, so only a pack on its own is known valid by its digest.
    validated = trust and sha in validated_digests() and "erweitert" not in data
    if not validated:
        # Imported here: a run on the shipped pack alone needs neither (start-up time).
        from fkcheck import packcheck, schemacheck

        problems = schemacheck.validate(data, schemacheck.shipped("rulepack"), locator)
        if problems:
            raise RulePackError(problems, source)
    base = None
    if "erweitert" in data:
        base = _load_base(data["erweitert"], locator, source, relative_to or Path.cwd(), chain)
    if not validated:
        from fkcheck import packcheck

        problems = list(packcheck.problems(data, locator, base))
        if problems:
            raise RulePackError(problems, source)
    return _build(data, locator, source, sha, base)


@cache
def validated_digests() -> frozenset[str]:
    """The SHA-256 digests in ``rules/SHA256SUMS`` (``sha256sum`` format)."""
    try:
        lines = (builtin_dir() / DIGESTS).read_text("utf-8").splitlines()
    except OSError:  # not shipped: every pack is validated in full
        return frozenset()
    return frozenset(line.split()[0] for line in lines if line.strip())


def _load_base(
    name: str, locator: yamlio.Locator, source: str, folder: Path, chain: tuple[str, ...]
) -> RulePack:
    line, column = locator.nearest(("erweitert",))

    def fail(code: str, **params: Any) -> RulePackError:
        return RulePackError([Problem(code, params, line, column, ("erweitert",))], source)

    try:
        path, label = resolve(name, folder)
    except RulePackError as exc:
        raise fail("pack.not_found", **exc.problems[0].params) from None
    identity = _identity(path, label)
    if identity in chain:
        raise fail("pack.cycle", chain=" → ".join((*chain, identity)))
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise fail("pack.extends_too_deep", limit=MAX_EXTENDS_DEPTH)
    return _load(path, label, chain)


# --- building the immutable pack ----------------------------------------------------------


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _build(
    data: Mapping[str, Any],
    locator: yamlio.Locator,
    source: str,
    sha: str,
    base: RulePack | None,
) -> RulePack:
    law = data.get("richtlinie", base.richtlinie if base else {})
    own = tuple(_build_rule(r, data["id"], law) for r in data.get("regeln", []))
    rules, disabled = _inherit(base, data.get("aenderungen", [])) if base else ((), {})
    inherited = base is not None and "gueltig_ab" not in data
    until = data.get("gueltig_bis", base.valid_until if base else None)
    return RulePack(
        id=data["id"],
        version=str(data["version"]),
        title=_freeze(data["titel"]),
        richtlinie=_freeze(law),
        valid_from=base.valid_from if base and inherited else _date(data["gueltig_ab"]),
        valid_until=_date(until) if until else None,
        reference=_freeze({**(base.reference if base else {}), **data.get("referenzdaten", {})}),
        rules=(*rules, *own),
        source=source,
        sha256=sha,
        extends=(PackRef(base.id, base.version, base.source, base.sha256), *base.extends)
        if base
        else (),
        disabled=MappingProxyType(disabled),
    )


def _inherit(
    base: RulePack, changes: list[Mapping[str, Any]]
) -> tuple[tuple[Rule, ...], dict[str, str]]:
    """The base pack's rules after ``aenderungen``: severities changed, rules switched off."""
    by_rule = {change["regel"]: change for change in changes}
    rules = []
    disabled = dict(base.disabled)
    for rule in base.rules:
        change = by_rule.get(rule.id, {})
        if change.get("abgeschaltet"):
            disabled[rule.id] = change["begruendung"]
            continue
        if "schwere" in change:
            rule = dataclasses.replace(rule, severity=change["schwere"])
        if "kraft" in change:
            rule = dataclasses.replace(rule, force=change["kraft"])
        rules.append(rule)
    return tuple(rules), disabled


def _build_rule(rule: Mapping[str, Any], origin: str, law: Mapping[str, Any]) -> Rule:
    texts = {
        k: rule[k]
        for k in ("titel", "meldung", "erfuellt", "abhilfe", "begruendung", "erklaerung")
        if k in rule
    }
    outcome_texts = dict(rule.get("meldungen", {}))
    exemption = rule.get("entfaellt")
    if exemption is not None:
        outcome_texts[NOT_APPLICABLE] = exemption["grund"]
    return Rule(
        id=rule["id"],
        severity=rule["schwere"],
        check=rule["pruefung"],
        params=_freeze(rule["parameter"]),
        precondition=rule.get("voraussetzung"),
        citation=LegalBasis(_citations(rule), _freeze(law)),
        texts=_freeze(texts),
        outcome_texts=_freeze(outcome_texts),
        origin=origin,
        force=rule.get("kraft") or _DEFAULT_FORCE[rule["schwere"]],
        not_applicable_when=_freeze(exemption["wenn"]) if exemption else (),
    )


# A pack written before legal force was a key of its own: errors were the Muss-Vorgaben.
_DEFAULT_FORCE = {"error": "muss", "warning": "soll", "info": "soll"}
NOT_APPLICABLE = "entfaellt"  # the outcome of a rule whose ``entfaellt`` conditions hold


def _citations(rule: Mapping[str, Any]) -> tuple[Citation, ...]:
    """``fundstellen`` — or, in packs of the first format, ``fundstelle`` with ``rechtstext``."""
    if "fundstellen" in rule:
        return tuple(
            Citation(c["stelle"], c.get("dokument"), c.get("wortlaut"), kurz=c.get("kurz"))
            for c in rule["fundstellen"]
        )
    cite = rule["fundstelle"]
    fassung = cite.get("fassung")
    return (
        Citation(
            cite["stelle"],
            cite["dokument"],
            rule["rechtstext"],
            _date(fassung) if fassung else None,
        ),
    )
