"""``--format html``: a valid, self-contained, printable report in which input text is inert.

These tests need no browser: they hold the markup to html5lib's strict parser (the HTML
standard's parsing algorithm, failing on the first parse error), check the escaping
choke point and the verbatim legal quotes, and compare one golden file. The tests in
``test_report_html_browser.py`` render the same reports in headless Chromium.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_golden import EXAMPLE_FILES, GOLDEN, VOLATILE, compare

import fkcheck
from conftest import AS_OF, invoke
from fkcheck import quotes, rulepack
from fkcheck.report.htmldocs import QUOTES
from fkcheck.report.htmlkit import css_string, el, h

NS = "{http://www.w3.org/1999/xhtml}"
# Text that would become markup, an event handler, or a reordering of the line if any
# part of the report wrote it raw.
SCRIPT, IMG, SVG = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
)
BIDI = "\u202eevil\u202c"
STYLE_BREAK = "</style><script>alert(4)</script>"
KINDS = ("industrie_und_handelskammer", "gewerkschaft", "unternehmen", "kommune", "sonstige")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text)


def big_alliance(members: int = 60) -> str:
    """A Landkreis alliance with ``members`` members whose names try to inject markup."""
    rows = [
        f"  - {{id: lra, name: {q('Landratsamt ' + SCRIPT)}, art: landkreis, seit: 2016-02-10}}",
        f"  - {{name: {q('AfA ' + IMG)}, art: agentur_fuer_arbeit, mitwirkungserklaerung: 2020-01-01}}",
        f"  - {{name: {q('LaSuB ' + BIDI)}, art: schulverwaltung}}",
        f"  - {{name: {q('Wifö ' + SVG)}, art: wirtschaftsfoerderung}}",
        "  - {name: Stadt A, art: kreisangehoerige_stadt, einwohner: 20000}",
        "  - {name: Stadt B, art: kreisangehoerige_stadt, einwohner: 9000}",
    ]
    for index in range(len(rows), members):
        kind = KINDS[index % len(KINDS)]
        until = "2021-12-31" if index % 7 == 0 else "2030-12-31"
        name = q(f"Mitglied {index} {SCRIPT}")
        rows.append(f"  - {{name: {name}, art: {kind}, seit: 2020-01-01, bis: {until}}}")
    return "\n".join(
        [
            "version: 1",
            "allianz:",
            f"  name: {q('Allianz ' + STYLE_BREAK + ' ' + BIDI)}",
            "  bundesland: SN",
            '  gebiet: {name: Landkreis Zwickau, art: landkreis, kreisschluessel: "14524"}',
            "  geschaeftsfuehrung: lra",
            "mitglieder:",
            *rows,
            "handlungskonzept:",
            f"  beschluss: {{datum: 2023-11-15, gremium: allianz, fundstelle: {q('TOP ' + IMG)}}}",
            "  fortschreibungen:",
            f"    - {{datum: 2025-10-01, gremium: kreistag, fundstelle: {q(SVG)}}}",
            "  inhalte: {ausgangslage: K1, aktivitaeten: K2, handlungsschwerpunkte: K3}",
            "ausnahmen:",
            f"  - {{regel: FRL-1.7, begruendung: {q(SCRIPT)}, bis: 2027-01-31}}",
            "",
        ]
    )


def write_big(folder: Path, members: int = 60) -> Path:
    path = folder / "gross.yaml"
    path.write_text(big_alliance(members), encoding="utf-8")
    return path


def html_report(*args: str) -> tuple[int, str]:
    result = invoke(["check", *args, "--as-of", AS_OF, "--format", "html"])
    return result.exit_code, result.stdout


def strict_parse(page: str) -> ET.Element:
    """Parse like a browser, failing on the first parse error (html5lib strict mode)."""
    parser = html5lib.HTMLParser(strict=True)
    root: ET.Element = parser.parse(page)
    assert parser.errors == []
    return root


def tags(root: ET.Element) -> set[str]:
    return {element.tag.removeprefix(NS) for element in root.iter() if isinstance(element.tag, str)}


def normalise(page: str) -> str:
    """The tool version and the pack's digest change without a change in the report."""
    version = fkcheck.__version__
    page = page.replace(f"fkcheck {version}", f"fkcheck {VOLATILE}")
    page = page.replace(css_string(f"fkcheck {version}"), css_string(f"fkcheck {VOLATILE}"))
    return page.replace(rulepack.load().sha256, VOLATILE)


# --- valid HTML5 --------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_every_example_parses_without_error(name: str) -> None:
    code, page = html_report(f"examples/{name}")
    root = strict_parse(page)
    assert code in (0, 1, 2)
    assert {"script", "img", "link", "iframe", "object", "embed"} & tags(root) == set()


def test_several_files_and_english_parse_without_error(tmp_path: Path) -> None:
    _, page = html_report("examples", str(write_big(tmp_path)))
    strict_parse(page)
    result = invoke(
        [
            "check",
            "examples/02-sitz-fehlt.yaml",
            "--as-of",
            AS_OF,
            "--format",
            "html",
            "--lang",
            "en",
        ]
    )
    strict_parse(result.stdout)
    assert '<html lang="en">' in result.stdout and "To do" in result.stdout
    assert "Zu tun" not in result.stdout


def test_golden_html_of_one_example() -> None:
    code, page = html_report("examples/02-sitz-fehlt.yaml")
    assert code == 1
    compare(GOLDEN / "02-sitz-fehlt.html", normalise(page))


def test_report_html_option_writes_the_same_report(tmp_path: Path) -> None:
    target = tmp_path / "bericht.html"
    result = invoke(
        ["check", "examples/02-sitz-fehlt.yaml", "--as-of", AS_OF, "--report", f"html={target}"]
    )
    assert result.exit_code == 1 and "Förderfähig: nein" in result.stdout
    assert target.read_text(encoding="utf-8") == html_report("examples/02-sitz-fehlt.yaml")[1]


# --- contents -----------------------------------------------------------------------------


def test_contents_of_one_report() -> None:
    _, page = html_report("examples/05-falsches-gremium.yaml")
    text = "".join(strict_parse(page).itertext())
    for expected in (
        "Förderfähig: nein",
        "Zu tun",
        "Prüfliste",
        "Mitglieder",
        "Stimmenverhältnis — FRL-3 (D.I.3 Satz 2)",
        "Handlungskonzept: Zeitleiste",
        "Nächste Fortschreibung fällig",
        "Unterlagen für den Antrag",
        "Herkunft dieser Prüfung",
        "allein die amtlich bekannt gemachte Fassung der Richtlinie maßgeblich",
        "Großbuchstabe D Ziffer I Nummer 5",  # the long citation form
        "beschlossen vom Kreistag",  # the gremium's label, not the raw value
    ):
        assert expected in text, expected


def test_to_do_lists_muss_before_soll_before_reminders() -> None:
    _, page = html_report("examples/04-unausgewogen.yaml")
    todo = page.split("<h3>Zu tun</h3>", 1)[1].split("<h3>Prüfliste</h3>", 1)[0]
    assert "FRL-3 (D.I.3 Satz 2)" in todo and '— <span class="not_met">Soll</span>' in todo
    _, page = html_report("examples/06-ueberfaellig.yaml")
    todo = page.split("<h3>Zu tun</h3>", 1)[1].split("<h3>Prüfliste</h3>", 1)[0]
    assert "FRL-4.2" in todo and ">Muss<" in todo


def test_not_applicable_is_never_shown_as_met() -> None:
    _, page = html_report("examples/09-kreisfreie-stadt-erstes-konzept.yaml")
    article = page.split("FRL-1.7 (D.I.2.b)", 1)[1].split("</article>", 1)[0]
    assert "entfällt: Nur für Landkreise" in article and "erfüllt" not in article


def test_members_without_declaration_and_managing_member_are_named(tmp_path: Path) -> None:
    _, page = html_report(str(write_big(tmp_path)))
    docs = page.split("Unterlagen für den Antrag", 1)[1]
    assert "Ohne eingetragene Mitwirkungserklärung" in docs
    assert "AfA &lt;img" not in docs.split("Ohne eingetragene")[1].split("</ul>")[0]
    assert "Geschäftsführendes Mitglied: Landratsamt &lt;script&gt;" in docs


def test_overview_matrix_has_a_row_per_file_and_a_legend() -> None:
    code, page = html_report(
        "examples/01-erfuellt.yaml", "examples/02-sitz-fehlt.yaml", "examples/08-eingabefehler.yaml"
    )
    root = strict_parse(page)
    matrix = next(t for t in root.iter(f"{NS}table") if t.get("class") == "matrix")
    rows = matrix.findall(f"{NS}tbody/{NS}tr")
    assert len(rows) == 3 and code == 2
    marks = ["".join(td.itertext()) for td in rows[1].findall(f"{NS}td")]
    assert "✘Muss-Vorgabe nicht erfüllt" in marks  # the mark and its text for screen readers
    assert "Datei nicht prüfbar" in "".join(rows[2].itertext())
    assert "Zeichenerklärung" in page


# --- inert input --------------------------------------------------------------------------


def test_hostile_names_are_text(tmp_path: Path) -> None:
    _, page = html_report(str(write_big(tmp_path)))
    root = strict_parse(page)
    assert {"script", "img", "svg"} & tags(root) == set()
    for element in root.iter():
        assert not any(name.startswith("on") for name in element.attrib), element.attrib
    text = "".join(root.itertext())
    assert SCRIPT in text and IMG in text  # shown, as text
    assert "\u202e" not in page and "\\u202eevil\\u202c" in text  # bidi made visible
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<" not in style and "alert(" not in style  # the page header cannot leave the CSS


def test_hostile_key_in_input_error_is_text(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.yaml"
    path.write_text(f'version: 1\n"{SCRIPT}": 1\n', encoding="utf-8")
    code, page = html_report(str(path))
    assert code == 2
    assert "script" not in tags(strict_parse(page))


@given(st.text())
def test_any_text_is_one_text_node(text: str) -> None:
    """Whatever the text, it parses back to itself (with controls made visible), in one element."""
    from fkcheck.report.escape import inert

    parser = html5lib.HTMLParser(strict=False)
    fragment = parser.parseFragment(el("p", text, title=text))
    (p,) = list(fragment)
    assert "".join(p.itertext()) == inert(text)
    assert list(p) == []


def test_css_string_cannot_end_the_string_or_the_style_element() -> None:
    quoted = css_string('a"b\\c</style>\n')
    assert re.fullmatch(r'"[A-Za-z0-9 \\]*"', quoted)
    assert h("<b>") == "&lt;b&gt;" and h(h("<b>")) == "&lt;b&gt;"


# --- the law, quoted verbatim ---------------------------------------------------------------


def test_application_documents_quote_the_richtlinie_verbatim() -> None:
    pack = rulepack.load()
    law = (rulepack.builtin_dir() / str(pack.richtlinie["text"])).read_text(encoding="utf-8")
    for place, quote in QUOTES:
        text = quotes.scope(law, place)
        assert text is not None, place
        assert quotes.quote_found(quote, text), place
        assert "…" not in quote  # the whole Nummer, nothing left out


def test_ci_installs_the_browser_then_runs_the_readme_test_command() -> None:
    root = Path(__file__).resolve().parents[1]
    script = (root / ".ci" / "run").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    command = (
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && pytest -q"
    )
    assert f"```sh\n{command}\n```" in readme
    assert script.rstrip().endswith(command)
    assert script.index("apt-get install -y -qq chromium poppler-utils") < script.index(command)
