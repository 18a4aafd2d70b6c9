"""Unit tests of the located YAML loader."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from fkcheck import yamlio
from fkcheck.errors import InputError


def codes(text: str) -> str:
    with pytest.raises(InputError) as info:
        yamlio.load_text(text)
    return info.value.problems[0].code


def test_positions_of_keys_and_values_are_one_based() -> None:
    loaded = yamlio.load_text("a: 1\nb:\n  - x: y\n")
    assert loaded.locator.key(("a",)) == (1, 1)
    assert loaded.locator.value(("a",)) == (1, 4)
    assert loaded.locator.key(("b", 0, "x")) == (3, 5)
    assert loaded.locator.value(("b", 0, "x")) == (3, 8)
    assert loaded.locator.key(("b", 0)) == loaded.locator.value(("b", 0)) == (3, 5)  # no key
    assert loaded.locator.value(("b", 1)) is None


def test_nearest_falls_back_to_the_parent_key() -> None:
    loaded = yamlio.load_text("a:\n  b: 1\n")
    assert loaded.locator.nearest(("a", "missing"), prefer_key=True) == (1, 1)
    assert loaded.locator.nearest(("nothing",)) == (1, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2023-02-29", "2023-02-29"),  # not a calendar day: stays text for the model to reject
        ("'2024-01-01'", "2024-01-01"),
        ("yes", "yes"),  # YAML 1.2: not a boolean
        ("true", True),
        ("0o17", 15),
        ("0x1F", 31),
        ("1_000", "1_000"),
        ("~", None),
        ("", None),
        ("1.5", 1.5),
        ("!!str 12", "12"),
        ("1" * 5000, "1" * 5000),  # beyond Python's int conversion limit: kept as text
    ],
)
def test_scalars_follow_the_yaml_1_2_core_schema(text: str, value: object) -> None:
    assert yamlio.load_text(f"k: {text}\n").data["k"] == value


def test_merge_keys_merge_and_explicit_keys_win() -> None:
    data = yamlio.load_text("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n").data
    assert data["c"] == {"x": 1, "y": 3}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a: 1\na: 2\n", "input.duplicate_key"),
        ("a: !!python/object:os.system x\n", "input.tag"),
        ("a: !custom x\n", "input.tag"),
        ("a: !!int x\n", "input.tag_value"),
        ("a: 1\n---\nb: 2\n", "input.multiple_documents"),
        ("", "input.empty"),
        ("# only a comment\n", "input.empty"),
        ("a: [1,\n", "input.syntax"),
        ("? [a, b]\n: 1\n", "input.complex_key"),
        ("a: *nowhere\n", "input.unknown_alias"),
        ("a: <<\nb:\n  <<: 3\n", "input.merge"),
        ("[" * 20000 + "]" * 20000, "input.too_deep"),
    ],
)
def test_refusals(text: str, code: str) -> None:
    assert codes(text) == code


def test_alias_bomb_is_stopped() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    assert codes("\n".join(lines) + "\n") == "input.alias_bomb"


def test_decoding() -> None:
    assert yamlio.decode(codecs.BOM_UTF8 + "a: ä".encode()) == "a: ä"
    assert yamlio.decode(codecs.BOM_UTF16_LE + "a: ä".encode("utf-16-le")) == "a: ä"
    assert yamlio.decode(codecs.BOM_UTF32_BE + "a: ä".encode("utf-32-be")) == "a: ä"
    with pytest.raises(InputError) as info:
        yamlio.decode(b"a: 1\nb: \xe4\n")
    problem = info.value.problems[0]
    assert (problem.code, problem.line, problem.column) == ("input.encoding", 2, 4)


def test_size_limit() -> None:
    with pytest.raises(InputError) as info:
        yamlio.load_bytes(b"a: 1\n" * 10, yamlio.Limits(max_bytes=20))
    assert info.value.problems[0].code == "input.too_large"


# --- the C parser's events handed to the builder directly ----------------------------

BOTH_WAYS = [
    "a: 1\nb:\n  - x: y\n",
    "base: &b {x: 1, y: [2, 3]}\nc:\n  <<: *b\n  y: 3\nd: [*b, *b]\n",
    "'k': !!str 1\n? e\n: |\n  f\ng: !!float 2\nh: ~\ni: 2024-02-29\n",
    "--- &r\n- [a, {b: c}]\n- !!seq []\n- !!map {}\n",
    "plain",
    "a: 1\na: 2\n",
    "a: !!int x\n",
    "a: [1,\n",
    "a: 1\n---\nb: 2\n",
    "? [a, b]\n: 1\n",
    "a: *nowhere\n",
    "a: <<\nb:\n  <<: 3\n",
]


def _build(text: str, direct: bool) -> object:
    builder = yamlio._Builder(yamlio.DEFAULT_LIMITS)
    try:
        if direct:
            yamlio._feed_direct(builder, text)
        else:
            builder.feed(yamlio._events(text))
    except InputError as exc:
        return [(p.code, p.params, p.line, p.column, p.path) for p in exc.problems]
    except Exception as exc:  # a syntax error: the parser's own exception
        return str(exc)
    loc = builder.locator
    shape = (loc._pos, loc._start, loc._shape, loc._where, loc._shapes, loc._root)
    return repr(builder.root), shape


@pytest.mark.skipif(not yamlio.C_PARSER, reason="needs ruamel.yaml.clib")
def test_the_c_parser_hands_its_events_to_the_builder() -> None:
    assert yamlio.direct_parsing()  # False would mean: a clib release changed its calls


@pytest.mark.skipif(not yamlio.C_PARSER, reason="needs ruamel.yaml.clib")
@pytest.mark.parametrize("text", BOTH_WAYS)
def test_events_handed_directly_build_what_event_objects_build(text: str) -> None:
    assert _build(text, direct=True) == _build(text, direct=False)


@pytest.mark.skipif(not yamlio.C_PARSER, reason="needs ruamel.yaml.clib")
def test_the_parser_gets_its_event_classes_back_after_a_failed_load() -> None:
    import _ruamel_yaml
    from ruamel.yaml import events

    codes("a: 1\na: 2\n")
    assert _ruamel_yaml.ScalarEvent is events.ScalarEvent
    assert _ruamel_yaml.MappingEndEvent is events.MappingEndEvent


def test_positions_in_a_large_file_stay_exact() -> None:
    members = 50_000
    lines = ["version: 1", "mitglieder:"]
    for i in range(members):
        lines += [f"  - id: m{i}", f"    name: Mitglied {i}", "    seit: 2016-02-10"]
    loaded = yamlio.load_text("\n".join(lines) + "\nende: {a: 1}\n")
    last = 3 + 3 * (members - 1)  # the line of the last member's id
    assert loaded.locator.key(("mitglieder", members - 1)) == (last, 5)
    assert loaded.locator.key(("mitglieder", members - 1, "name")) == (last + 1, 5)
    assert loaded.locator.value(("mitglieder", members - 1, "seit")) == (last + 2, 11)
    assert loaded.locator.value(("mitglieder", members)) is None
    assert loaded.locator.value(("ende", "a")) == (last + 3, 11)
    assert loaded.data["mitglieder"][members - 1]["seit"] == dt.date(2016, 2, 10)
