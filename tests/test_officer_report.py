"""The officer's report (issue 10): to-do first and short, places and values in words, and
every text of the catalogue in both languages."""

from __future__ import annotations

import re
import string

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck.i18n import LANGS
from fkcheck.messages import LABELS, MESSAGES, VALUE_LABELS
from fkcheck.model import MEMBER_KINDS, Body, Land, Side

E12 = str(EXAMPLES / "12-ein-muss-zwei-hinweise.yaml")  # one Muss gap, two Hinweise
E03 = str(EXAMPLES / "03-mitgliedschaft-beendet.yaml")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _catalogue() -> list[tuple[str, dict[str, str]]]:
    entries = [(f"message {k}", v) for k, v in MESSAGES.items()]
    entries += [(f"label {k}", v) for k, v in LABELS.items()]
    entries += [(f"value {d}.{k}", v) for d, vs in VALUE_LABELS.items() for k, v in vs.items()]
    return entries


@pytest.mark.parametrize(("key", "texts"), _catalogue(), ids=lambda x: str(x)[:60])
def test_every_text_exists_in_both_languages_with_the_same_placeholders(
    key: str, texts: dict[str, str]
) -> None:
    assert set(texts) == set(LANGS), key
    assert all(texts[lang].strip() for lang in LANGS), key
    german, english = _placeholders(texts["de"]), _placeholders(texts["en"])
    if key == "message input.syntax":  # German shows the parser's detail translated
        german = {"detail" if p == "detail_de" else p for p in german}
    assert german == english, key


def test_every_value_of_the_file_format_has_a_label() -> None:
    from typing import get_args

    assert set(VALUE_LABELS["art"]) == set(MEMBER_KINDS)
    assert set(VALUE_LABELS["seite"]) == set(get_args(Side))
    assert set(VALUE_LABELS["gremium"]) == set(get_args(Body))
    assert set(VALUE_LABELS["bundesland"]) == set(get_args(Land))


def test_one_muss_gap_and_two_hinweise_fit_in_about_30_lines() -> None:
    result = invoke(["check", E12, "--as-of", AS_OF])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    todo = lines.index("Zu tun:")
    done = lines.index("Erfüllt oder entfällt:")
    assert lines[2].startswith("Förderfähig: nein") and todo == 4 and todo < done
    openings = [ln for ln in lines[todo:done] if ln.startswith("  ") and " · FRL-" in ln]
    assert [ln.split(" · ")[0].strip() for ln in openings] == ["✘ Muss", "ℹ Soll", "ℹ Soll"]
    assert len(lines) <= 36  # was 66 with three lines for every rule
    verbose = invoke(["check", E12, "--as-of", AS_OF, "--verbose"]).stdout.splitlines()
    assert len(verbose) > 60 and "      Rechtstext:" in verbose


def test_places_and_values_are_in_words() -> None:
    text = invoke(["check", E03, "--as-of", AS_OF]).stdout
    assert "(Zeile 32 · 4. Mitglied »DGB Region Südwestsachsen« › bis)" in text
    assert "mitglieder[" not in text
    assert "Eine Seite hat keine Stimmen (Arbeitnehmerseite)" in text
    assert "Gebietsart: Landkreis;" in text


def test_english_report_has_no_german_labels_or_raw_values() -> None:
    paths = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    report = invoke(["check", *paths, "--as-of", AS_OF, "--lang", "en", "--verbose"]).stdout
    assert "Legal text (German):\n" in report
    # Legal quotations stay German (labelled so); everything else is English.
    text = "\n".join(ln for ln in report.splitlines() if not ln.lstrip().startswith("„"))
    for german in ("Kreisschlüssel:", "Land: SN", "(arbeitnehmer)", "Förderfähig", "Zeile",
                   "Mitglied", "erfüllt", "entfällt", "Was tun", "Rechtsgrundlage",
                   "beschlossen", "von der Allianz", "ein(e)", " Satz ", "Kreisdaten"):  # fmt: skip
        assert german not in text, german
    assert "Federal state: Saxony" in text and "Territory kind: rural district" in text
    assert "Territory kind: independent city" in text  # example 09, gebiet.art kreisfreie_stadt


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLES / "04-unausgewogen.yaml"), "--format", "html"],
        ["check", str(EXAMPLES / "04-unausgewogen.yaml"), "--format", "markdown"],
        ["rules"],
        ["explain", "FRL-3"],
        ["explain", "FRL-A.3"],
    ],
    ids=["html", "markdown", "rules", "explain-FRL-3", "explain-FRL-A.3"],
)
def test_english_reports_for_people_name_places_in_english(args: list[str]) -> None:
    """Like the text report, every format written for people says 'sentence' and
    'district data' in English; only machine formats keep 'Satz' and 'Kreisdaten'."""
    out = invoke([*args, "--as-of", AS_OF, "--lang", "en"] if args[0] == "check" else
                 [*args, "--lang", "en"]).stdout  # fmt: skip
    out = re.sub(r"<blockquote lang=\"de\">.*?</blockquote>", "", out)  # labelled German quotes
    quotes_removed = "\n".join(ln for ln in out.splitlines() if "„" not in ln)
    assert "sentence 2" in quotes_removed or "district data" in quotes_removed
    assert " Satz " not in quotes_removed and "(Kreisdaten)" not in quotes_removed
    assert "Kreisdaten –" not in quotes_removed


def test_summary_words_agree_with_the_verdict() -> None:
    """Example 10 passes the pipeline through its waiver, but it is not eligible."""
    paths = [str(EXAMPLES / n) for n in ("01-erfuellt.yaml", "10-ausnahmen.yaml")]
    result = invoke(["check", *paths, "--as-of", AS_OF])
    assert result.exit_code == 0
    assert "2 Dateien geprüft: 1 förderfähig ohne Beanstandung, 1 nicht förderfähig" in (
        result.stdout
    )


def test_the_packs_note_is_shown_once() -> None:
    paths = [str(EXAMPLES / n) for n in ("01-erfuellt.yaml", "02-sitz-fehlt.yaml")]
    text = invoke(["check", *paths, "--as-of", AS_OF]).stdout
    assert text.count("allein die amtlich bekannt gemachte Fassung") == 1
    assert text.rstrip().splitlines()[-1].startswith("Hinweis: ")


def test_json_carries_the_next_due_date() -> None:
    import json

    result = invoke(["check", E12, str(EXAMPLES / "08-eingabefehler.yaml"), "--as-of", AS_OF,
                     "--format", "json"])  # fmt: skip
    files = json.loads(result.stdout)["files"]
    assert [f["next_due"] for f in files] == ["2028-10-07", None]


def test_a_value_shows_its_label_and_its_raw_key_only_when_asked() -> None:
    from fkcheck.i18n import Code, render

    facts = {"arten": [Code("art", "kreisfreie_stadt")], "wert": Code("gremium", "kreistag")}
    assert (
        render("{arten} (art: {arten!r})", facts, "de")
        == "Kreisfreie Stadt (art: kreisfreie_stadt)"
    )
    assert render("adopted {wert}", facts, "en") == "adopted by the district council"
    assert render("{wert}", {"wert": Code("art", "Region Franken")}, "de") == "Region Franken"


def test_golden_text_reports_show_the_to_do_list_first() -> None:
    """In every golden text report the open points come before what is met."""
    golden = sorted((EXAMPLES.parent / "tests" / "golden").glob("*.txt"))
    texts = [g for g in golden if not g.name.endswith(".github.txt")]
    assert len(texts) >= 13
    with_todo = 0
    for path in texts:
        lines = path.read_text("utf-8").splitlines()
        assert lines[2].startswith(("Förderfähig:", "Eligible:", "Nicht prüfbar")), path.name
        todo = [i for i, ln in enumerate(lines) if ln in ("Zu tun:", "To do:")]
        done = [i for i, ln in enumerate(lines) if ln.startswith(("Erfüllt oder", "Met or"))]
        if todo:
            with_todo += 1
            assert todo[0] == 4 and (not done or todo[0] < done[0]), path.name
    assert with_todo >= 10
