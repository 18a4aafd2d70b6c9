"""The HTML report in a real browser: headless Chromium renders it, prints it and logs the net.

One Chromium start per scenario (module-scoped fixtures) does everything at once:
``--dump-dom`` gives the DOM the browser built, ``--print-to-pdf`` the A4 print, and
``--log-net-log`` every request the network stack saw. ``pdftotext`` (poppler-utils)
splits the PDF into pages to check the running header and the page numbers.

The checks can fail: ``test_the_checks_catch_a_page_that_requests_and_injects`` feeds them
a test-only page with an ``<img src=http://127.0.0.1:9/x>`` and sees both the element and
the request. Where Chromium is missing the tests skip and name the package to install.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import html5lib
import pytest
from test_report_html import IMG, NS, SCRIPT, write_big

from conftest import AS_OF, ROOT
from fkcheck import runner
from fkcheck.report import REPORTERS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
SCREENSHOT = ROOT / "docs" / "img" / "html-report.png"
UPDATE = os.environ.get("FKCHECK_UPDATE_GOLDEN") == "1"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is missing: install the Debian package 'chromium' "
    "(apt-get install chromium) to run the browser tests of the HTML report",
)
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None,
    reason="pdftotext is missing: install the Debian package 'poppler-utils'",
)
FLAGS = (
    "--headless",
    "--no-sandbox",  # the tests run as root in CI
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",  # the report's own header and footer, not the browser's
    "--window-size=1000,1100",
)
INJECTED = {"script", "img", "svg", "iframe", "object", "embed", "link", "audio", "video"}


@dataclass(frozen=True)
class Rendered:
    dom: str  # the DOM Chromium built, serialised
    pdf: bytes
    requests: list[str]  # URLs the page asked for
    screenshot: Path


def browse(page: Path, work: Path) -> Rendered:
    """Open ``page`` once in headless Chromium: DOM, PDF, screenshot and network log."""
    assert CHROMIUM is not None
    pdf, png, net = work / "page.pdf", work / "page.png", work / "net.json"
    command = [
        CHROMIUM,
        *FLAGS,
        f"--user-data-dir={work / 'profile'}",
        f"--log-net-log={net}",
        f"--print-to-pdf={pdf}",
        f"--screenshot={png}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return Rendered(done.stdout, pdf.read_bytes(), page_requests(net), png)


def page_requests(net_log: Path) -> list[str]:
    """The URLs the page itself requested.

    Chromium also talks to its own services (updates, accounts) whatever the flags; those
    requests have no page origin. A request made for the page carries the page's site
    (``file://``) in its network isolation key, or the page's origin as initiator.
    """
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    found = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] != start or "url" not in params:
            continue
        own = "file://" in params.get("network_isolation_key", "")
        if own or params.get("initiator") not in (None, "not an origin"):
            found.append(params["url"])
    return found


def injected_elements(dom: str) -> set[str]:
    """Elements that only input text could have brought: scripts, images and the like."""
    root = html5lib.HTMLParser().parse(dom)
    names = {e.tag.removeprefix(NS) for e in root.iter() if isinstance(e.tag, str)}
    handlers = {a for e in root.iter() for a in e.attrib if a.startswith("on")}
    return (names & INJECTED) | handlers


def pdf_pages(pdf: bytes, work: Path) -> list[str]:
    """The text of each printed page (pdftotext keeps the layout; pages end with a form feed)."""
    assert PDFTOTEXT is not None
    source = work / "pages.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        [PDFTOTEXT, "-layout", str(source), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout.split("\f")[:-1]


def page_objects(pdf: bytes) -> int:
    """How many page objects the PDF has (``/Type /Page``, not the ``/Pages`` tree)."""
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def report(paths: list[Path], target: Path) -> Path:
    # Relative names, as an officer would type them (CI runs from the repository root).
    names = [os.path.relpath(p) for p in paths]
    run = runner.run(names, runner.Options(stichtag=dt.date.fromisoformat(AS_OF)))
    target.write_text(REPORTERS["html"](run, "de", False), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def one_file(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    work = tmp_path_factory.mktemp("one")
    return browse(report([ROOT / "examples" / "02-sitz-fehlt.yaml"], work / "r.html"), work)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Rendered, Path]:
    work = tmp_path_factory.mktemp("big")
    return browse(report([write_big(work)], work / "r.html"), work), work


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> tuple[Rendered, Path]:
    work = tmp_path_factory.mktemp("several")
    names = (
        "01-erfuellt.yaml",
        "09-kreisfreie-stadt-erstes-konzept.yaml",
        "11-staedte-fehlen.yaml",
    )
    return browse(report([ROOT / "examples" / n for n in names], work / "r.html"), work), work


def test_one_file_renders_inert_without_requests(one_file: Rendered) -> None:
    assert "Förderfähig: nein" in one_file.dom
    assert injected_elements(one_file.dom) == set()
    assert one_file.requests == []
    assert page_objects(one_file.pdf) >= 2


def test_screenshot_for_the_readme(one_file: Rendered) -> None:
    """The README shows what the browser showed; regenerate with FKCHECK_UPDATE_GOLDEN=1."""
    shot = one_file.screenshot.read_bytes()
    assert shot.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(shot[16:20], "big") == 1000  # IHDR width
    if UPDATE:
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        SCREENSHOT.write_bytes(shot)
    assert SCREENSHOT.exists(), "create docs/img/html-report.png with FKCHECK_UPDATE_GOLDEN=1"


def test_hostile_alliance_is_inert_in_the_browser(big: tuple[Rendered, Path]) -> None:
    rendered, _ = big
    assert injected_elements(rendered.dom) == set()
    assert rendered.requests == []
    text = "".join(html5lib.HTMLParser().parse(rendered.dom).itertext())
    assert SCRIPT in text and IMG in text and "\\u202eevil\\u202c" in text


@needs_pdftotext
def test_sixty_members_print_on_several_pages_with_header_and_numbers(
    big: tuple[Rendered, Path],
) -> None:
    rendered, work = big
    pages = pdf_pages(rendered.pdf, work)
    total = len(pages)
    assert total == page_objects(rendered.pdf) >= 4
    for number, page in enumerate(pages, start=1):
        assert "Allianz </style><script>alert(4)</script>" in page.splitlines()[0], number
        assert "Stichtag 23.11.2026" in page.splitlines()[0], number
        assert f"Seite {number} von {total}" in page, number
    with_member_head = [p for p in pages if "Mitwirkungserklärung" in p and "Mitglied 5" in p]
    assert len(with_member_head) >= 2  # the member table's head repeats on each page


@needs_pdftotext
def test_several_files_each_start_a_page_under_their_own_header(
    several: tuple[Rendered, Path],
) -> None:
    rendered, work = several
    assert injected_elements(rendered.dom) == set() and rendered.requests == []
    pages = pdf_pages(rendered.pdf, work)
    assert "Übersicht" in pages[0] and "fkcheck – Prüfbericht" in pages[0].splitlines()[0]
    starts = {
        "01-erfuellt.yaml": "Fachkräfteallianz Mittelsachsen",
        "09-kreisfreie-stadt-erstes-konzept.yaml": "Fachkräfteallianz Leipzig",
        "11-staedte-fehlen.yaml": "Fachkräfteallianz Landkreis Zwickau",
    }
    for name, alliance in starts.items():
        first = next(i for i, p in enumerate(pages) if "Datei:" in p and name in p)
        assert alliance in pages[first].splitlines()[0]
        assert alliance not in pages[first - 1].splitlines()[0]  # the section starts a page


def test_the_checks_catch_a_page_that_requests_and_injects(tmp_path: Path) -> None:
    """The network and DOM checks above are not blind: a page with an image is caught."""
    page = tmp_path / "probe.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title>'
        '</head><body><p>probe</p><img src="http://127.0.0.1:9/x" alt=""></body></html>',
        encoding="utf-8",
    )
    rendered = browse(page, tmp_path)
    assert "http://127.0.0.1:9/x" in rendered.requests
    assert injected_elements(rendered.dom) == {"img"}
