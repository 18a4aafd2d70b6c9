"""Inputs the fuzzer (fuzz/) found to crash or leak, kept as regression tests.

Each reproducer in fuzz/regressions/ once ended in an internal error or put a raw
control character on the terminal; now each is an ordinary result or a located error.
"""

from __future__ import annotations

import pytest

from conftest import AS_OF, EXAMPLES, ROOT, invoke
from fkcheck.report import REPORTERS

REGRESSIONS = ROOT / "fuzz" / "regressions"


def check(*args: str) -> tuple[int, str, str]:
    result = invoke(["check", *args])
    assert "interner Fehler" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
@pytest.mark.parametrize("name", ["bug1-bigint-stimmen.yaml", "bug1-bigint-version.yaml"])
def test_huge_hex_integers_are_input_errors_in_every_format(name: str, fmt: str) -> None:
    code, _, _ = check("--as-of", AS_OF, "--format", fmt, str(REGRESSIONS / name))
    assert code == 2


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("bug2-pack-verhaeltnis-inf.yaml", "höchstens 1000"),
        ("bug3-pack-jahre-3000.yaml", "höchstens 100"),
        ("bug4-pack-impossible-date.yaml", "ungültiges Datum '2023-60-13'"),
    ],
)
def test_bad_numbers_and_dates_in_packs_are_located_pack_errors(name: str, fragment: str) -> None:
    code, _, err = check("--rules", str(REGRESSIONS / name), str(EXAMPLES / "01-erfuellt.yaml"))
    assert code == 2
    assert f"{REGRESSIONS / name}:" in err and fragment in err


def test_control_characters_from_a_pack_never_reach_the_terminal() -> None:
    pack = REGRESSIONS / "bug5-pack-control-chars-in-citation.yaml"
    code, out, err = check(
        "--rules", str(pack), "--as-of", "0001-01-01", str(EXAMPLES / "01-erfuellt.yaml")
    )
    assert code in (0, 1)
    assert "\x1b" not in out + err and "\x00" not in out + err
    assert "01.01.0001" in err  # the validity note, with a four-digit year


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-01-01", "9999-12-31"])
def test_reference_dates_at_the_ends_of_the_calendar(as_of: str) -> None:
    for name in ("bug3-doc-beschluss-9998.yaml",):
        code, _, _ = check("--as-of", as_of, "--format", "json", str(REGRESSIONS / name))
        assert code in (0, 1)
    code, _, _ = check("--as-of", as_of, str(EXAMPLES / "06-ueberfaellig.yaml"))
    assert code in (0, 1)


def test_rendering_ignores_format_specs_and_conversions() -> None:
    from fkcheck.i18n import render

    malformed = "{a:>999999999}|{a!r}|{b}|{"
    assert render(malformed, {"a": "x"}, "de") == malformed  # shown as written
    assert render("{a:>999999999}|{a!r}|{b}", {"a": "x"}, "de") == "x|x|{b}"
