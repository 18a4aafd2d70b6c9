"""Property tests of the whole command (in-process CLI): robustness, determinism, monotonicity.

Profiles (choose with the HYPOTHESIS_PROFILE environment variable):

* ``ci`` (default): 50 examples per property, fast enough for every commit;
* ``long``: 2,000 examples per property, for a nightly or a pre-release run:
  ``HYPOTHESIS_PROFILE=long python -m pytest -q tests/test_properties.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import invoke
from fkcheck import rulepack

settings.register_profile(
    "ci", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True, scope="module")
def _load_the_rule_pack_once() -> Iterator[None]:
    """Validating the pack costs most of a run; these properties are about documents, and the
    loaded pack is immutable, so load it once (tests/test_cli.py covers loading packs)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rulepack, "load", functools.lru_cache(maxsize=None)(rulepack.load))
        yield


# --- the file format of SPEC §3 ------------------------------------------------------------

KINDS = (
    "landkreis", "kreisfreie_stadt", "kommune", "arbeitgeberverband", "unternehmensverband",
    "industrie_und_handelskammer", "handwerkskammer", "kreishandwerkerschaft", "unternehmen",
    "gewerkschaft", "agentur_fuer_arbeit", "jobcenter", "schulverwaltung", "schule",
    "schule_wirtschaft", "wirtschaftsfoerderung", "migrationsvertretung", "universitaet",
    "hochschule", "berufsakademie", "gleichstellungsbeauftragte", "bildungstraeger",
    "wohlfahrtsverband", "sonstige",
)  # fmt: skip
LANDS = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")  # fmt: skip
KREISE = ("14511", "14521", "14522", "14523", "14524", "14612", "14625", "14626", "14627",
          "14628", "14713", "14729", "14730")  # fmt: skip
SIDES = ("arbeitgeber", "arbeitnehmer", "neutral")
BODIES = ("allianz", "kreistag", "stadtrat", "verwaltung")
CONTENTS = ("ausgangslage", "aktivitaeten", "handlungsschwerpunkte", "ergebnisse")
# SPEC §2: the kinds that satisfy FRL-1.2 … FRL-1.6 (FRL-1.1 wants the territory's own kind)
REQUIRED_KINDS = {
    "FRL-1.2": ("arbeitgeberverband", "unternehmensverband", "industrie_und_handelskammer",
                "handwerkskammer", "kreishandwerkerschaft"),
    "FRL-1.3": ("gewerkschaft",),
    "FRL-1.4": ("agentur_fuer_arbeit", "jobcenter"),
    "FRL-1.5": ("schulverwaltung", "schule", "schule_wirtschaft"),
    "FRL-1.6": ("wirtschaftsfoerderung",),
}  # fmt: skip

DATES = st.dates(dt.date(2012, 1, 1), dt.date(2032, 12, 31))
TEXT = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=24
).filter(lambda s: s.strip() != "")


def optional(draw: Any, key: str, strategy: st.SearchStrategy[Any], target: dict[str, Any]) -> None:
    if draw(st.booleans()):
        target[key] = draw(strategy)


@st.composite
def members(draw: Any) -> dict[str, Any]:
    member: dict[str, Any] = {"name": draw(TEXT), "art": draw(st.sampled_from(KINDS))}
    optional(draw, "seite", st.sampled_from(SIDES), member)
    optional(draw, "stimmen", st.integers(0, 40), member)
    seit, bis = draw(st.none() | DATES), draw(st.none() | DATES)
    if seit is not None and bis is not None and bis < seit:
        seit, bis = bis, seit
    if seit is not None:
        member["seit"] = seit
    if bis is not None:
        member["bis"] = bis
    return member


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    plan: dict[str, Any] = {}
    optional(draw, "titel", TEXT, plan)
    beschluss: dict[str, Any] = {"datum": draw(DATES), "gremium": draw(st.sampled_from(BODIES))}
    optional(draw, "fundstelle", TEXT, beschluss)
    plan["beschluss"] = beschluss
    optional(
        draw,
        "fortschreibungen",
        st.lists(st.builds(lambda d: {"datum": d}, DATES), max_size=4),
        plan,
    )
    if draw(st.booleans()):
        values = st.one_of(TEXT, st.just(""), st.none())
        plan["inhalte"] = {k: draw(values) for k in CONTENTS if draw(st.booleans())}
    return plan


@st.composite
def alliances(draw: Any, with_plan: bool | None = None, manager: bool = True) -> dict[str, Any]:
    gebiet: dict[str, Any] = {
        "name": draw(TEXT),
        "art": draw(st.sampled_from(("landkreis", "kreisfreie_stadt")) | TEXT),
    }
    optional(
        draw, "kreisschluessel", st.sampled_from(KREISE) | st.from_regex(r"\A[0-9]{5}\Z"), gebiet
    )
    allianz: dict[str, Any] = {
        "name": draw(TEXT),
        "bundesland": draw(st.sampled_from(("SN",) * len(LANDS) + LANDS)),
        "gebiet": gebiet,
    }
    optional(draw, "gegruendet", DATES, allianz)
    mitglieder = draw(st.lists(members(), max_size=14))
    ids = []
    for index, member in enumerate(mitglieder):
        if draw(st.booleans()):
            member["id"] = f"m{index}"
            ids.append(member["id"])
    if manager and ids and draw(st.booleans()):
        allianz["geschaeftsfuehrung"] = draw(st.sampled_from(ids))
    document: dict[str, Any] = {"version": 1, "allianz": allianz, "mitglieder": mitglieder}
    if with_plan or (with_plan is None and draw(st.booleans())):
        document["handlungskonzept"] = draw(plans())
    return document


# --- writing a document: block YAML or JSON (a subset of YAML 1.2) ----------------------------


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()  # a plain YAML date
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return json.dumps(value, ensure_ascii=False)  # a double-quoted YAML string


def _block(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines += _block(item, indent + 2)
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
    else:
        for item in value:
            inner = _block(item, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines += inner[1:]
    return lines


def dump(document: dict[str, Any], style: str) -> str:
    if style == "json":
        return json.dumps(document, ensure_ascii=False, indent=1, default=dt.date.isoformat) + "\n"
    return "\n".join(_block(document, 0)) + "\n"


STYLES = st.sampled_from(("yaml", "json"))


def run(text: str | bytes, as_of: dt.date | str = "2026-11-23") -> tuple[int, dict[str, Any], str]:
    when = as_of if isinstance(as_of, str) else as_of.isoformat()
    result = invoke(["check", "-", "--as-of", when, "--format", "json"], text)
    return result.exit_code, json.loads(result.stdout), result.stdout


def errors(report: dict[str, Any], prefix: str = "") -> set[str]:
    return {
        f["rule"]
        for f in report["files"][0]["findings"]
        if f["severity"] == "error" and f["rule"].startswith(prefix)
    }


# --- (a) nothing crashes ---------------------------------------------------------------------------

YAMLISH = st.lists(
    st.sampled_from((
        "version", "allianz", "mitglieder", "handlungskonzept", "name", "art", "gebiet", "stimmen",
        "beschluss", "datum", "x-", ": ", ":", "\n", "  ", "\t", "- ", "-", "[", "]", "{", "}", ",",
        "&a ", "*a", "<<: ", "!!python/object ", "!x ", "? ", "---\n", "...\n", "#", "'", '"',
        "|\n", ">-\n", "1", "-1", "2023-02-30", "2024-02-29", "1.5", "true", "null", "~", "é", "\\",
        "\x00", "\x07", "\ufeff", "\u2028", "\r\n",
    )),
    max_size=60,
).map("".join)  # fmt: skip


def _never_crashes(data: str | bytes) -> None:
    code, report, _ = run(data)
    assert code in (0, 1, 2)
    assert report["summary"]["exit_code"] == code
    assert [f["path"] for f in report["files"]] == ["<stdin>"]
    if code == 2:
        assert report["files"][0]["status"] == "invalid"
        assert all(f["rule"] == "input" for f in report["files"][0]["findings"])


@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _never_crashes(text)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    _never_crashes(data)


@given(YAMLISH)
def test_yaml_like_noise_never_crashes(text: str) -> None:
    _never_crashes(text)


# --- (b) valid documents are checked, deterministically -----------------------------------------


@given(alliances(), STYLES)
def test_valid_documents_are_checked_deterministically(
    document: dict[str, Any], style: str
) -> None:
    text = dump(document, style)
    code, report, output = run(text)
    checked = report["files"][0]
    assert code in (0, 1), output
    assert checked["status"] == ("gaps" if code == 1 else "ok")
    assert checked["eligible"] == (not errors(report))
    assert (code == 1) == bool(errors(report))  # --fail-on error: exactly the Muss-Vorgaben
    assert "input" not in {f["rule"] for f in checked["findings"]}
    assert run(text)[2] == output  # same input, same report, byte for byte


# --- (c) monotonicity of the minimum membership (FRL-1.x) --------------------------------------


def _required_kinds(document: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = [(rule, kind) for rule, kinds in REQUIRED_KINDS.items() for kind in kinds]
    if document["allianz"]["gebiet"]["art"] in ("landkreis", "kreisfreie_stadt"):
        pairs.append(("FRL-1.1", document["allianz"]["gebiet"]["art"]))
    return pairs


@given(alliances(manager=False), STYLES, st.data())
def test_adding_a_required_member_never_adds_an_error(
    document: dict[str, Any], style: str, data: st.DataObject
) -> None:
    rule, kind = data.draw(st.sampled_from(_required_kinds(document)), label="rule and kind")
    _, before, _ = run(dump(document, style))
    position = data.draw(st.integers(0, len(document["mitglieder"])), label="position")
    document["mitglieder"].insert(position, {"name": "Neues Mitglied", "art": kind})
    code, after, output = run(dump(document, style))
    assert code in (0, 1), output
    assert errors(after) <= errors(before)
    assert rule not in errors(after)  # the requirement the new member fills is met


@given(alliances(manager=False), STYLES, st.data())
def test_removing_a_member_never_removes_an_frl1_error(
    document: dict[str, Any], style: str, data: st.DataObject
) -> None:
    if not document["mitglieder"]:
        return
    _, before, _ = run(dump(document, style))
    index = data.draw(st.integers(0, len(document["mitglieder"]) - 1), label="removed member")
    del document["mitglieder"][index]
    code, after, output = run(dump(document, style))
    assert code in (0, 1), output
    assert errors(after, "FRL-1.") >= errors(before, "FRL-1.")


# --- (d) time only makes an overdue plan more overdue ----------------------------------------------


def _frl42(report: dict[str, Any]) -> dict[str, Any] | None:
    found = [f for f in report["files"][0]["findings"] if f["rule"] == "FRL-4.2"]
    return found[0] if found else None


RANK = {None: 0, "warning": 1, "error": 2}


@given(alliances(with_plan=True), STYLES, st.integers(0, 2000), st.integers(1, 3000))
def test_later_reference_date_never_turns_an_overdue_plan_into_a_pass(
    document: dict[str, Any], style: str, after_latest: int, later: int
) -> None:
    """Between the two reference dates nothing is adopted: every plan date lies before both.

    (A plan update dated between them would rightly count at the later date.)
    """
    plan = document["handlungskonzept"]
    latest = max(
        [plan["beschluss"]["datum"]] + [u["datum"] for u in plan.get("fortschreibungen", [])]
    )
    first = latest + dt.timedelta(days=after_latest)
    second = first + dt.timedelta(days=later)
    text = dump(document, style)
    _, at_first, _ = run(text, first)
    _, at_second, _ = run(text, second)
    early, late = _frl42(at_first), _frl42(at_second)
    event(f"FRL-4.2 at the first date: {early['outcome'] if early else 'passed'}")
    if early is not None and early["outcome"] == "ueberfaellig":
        assert early["severity"] == "error"
        assert late is not None, "an overdue plan passed at a later reference date"
        assert (late["severity"], late["outcome"]) == ("error", "ueberfaellig")
        assert late["facts"]["tage_ueberfaellig"] == early["facts"]["tage_ueberfaellig"] + later
    # more generally: pass → due soon (warning) → overdue (error), never backwards
    rank = lambda f: RANK[f["severity"] if f else None]  # noqa: E731
    assert rank(late) >= rank(early)


# --- (e) whatever the names, every format stays well-formed and inert -----------------------------

_PIECES = st.sampled_from(["\x1b[2J", "::error::", "%0A", "]]>", "<", "&", "|", "\n", "[bold]"])
HOSTILE_TEXT = (
    st.lists(st.text(st.characters(codec="utf-8"), max_size=8) | _PIECES, min_size=1, max_size=6)
    .map("".join)
    .filter(lambda s: s.strip() != "")
)


@given(alliances(with_plan=True), HOSTILE_TEXT, HOSTILE_TEXT)
def test_every_format_is_well_formed_whatever_the_names(
    document: dict[str, Any], alliance_name: str, member_name: str
) -> None:
    import xml.etree.ElementTree as ET

    document["allianz"]["name"] = alliance_name
    for member in document["mitglieder"][:1]:
        member["name"] = member_name
        member["bis"] = "2020-01-01"  # inactive: its name is quoted in findings
    text = dump(document, "json")
    outputs = {}
    for fmt in ("json", "sarif", "junit", "github", "markdown", "text"):
        result = invoke(["check", "-", "--as-of", "2026-11-23", "--format", fmt], text)
        assert result.exit_code in (0, 1, 2)
        outputs[fmt] = result.stdout
    report = json.loads(outputs["json"])
    assert json.loads(outputs["sarif"])["version"] == "2.1.0"
    ET.fromstring(outputs["junit"].encode("utf-8"))
    findings = len(report["files"][0]["findings"])
    commands = [line for line in outputs["github"].splitlines() if line.startswith("::")]
    assert len(commands) == findings  # names cannot add (or hide) a workflow command
    for fmt in ("github", "markdown", "text"):
        assert "\x1b" not in outputs[fmt]
    for fmt in ("markdown", "text"):  # no line that a CI runner would read as a command
        assert not any(line.lstrip().startswith("::") for line in outputs[fmt].splitlines())
