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
