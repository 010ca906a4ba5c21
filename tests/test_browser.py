"""The HTML export in a real browser: headless Chromium lays the demo's report out at a
narrow and a wide window, prints it to PDF and takes a picture of it.

The exported page holds no script (its policy forbids one). To measure the layout, a copy
made for the test alone, without that policy, gets a script at its end that writes what it
measured into the page; `chromium --dump-dom` prints the page after it ran. The PNG and
the PDF are kept under the temp folder's `petitspas-browser/` and their paths printed
(`pytest -s -n 0` shows them).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from datetime import date, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from petitspas import i18n
from petitspas.core.demo import build
from petitspas.export.html import POLICY, html_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run does)",
)

TODAY = date(2026, 11, 27)
KEPT = Path(tempfile.gettempdir()) / "petitspas-browser"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

PROBE = """<script>
const width = document.documentElement.clientWidth;
const box = (element) => element.getBoundingClientRect();
const found = {
  clientWidth: width,
  scrollWidth: document.documentElement.scrollWidth,
  charts: [...document.querySelectorAll("svg.chart, figure svg.cal")].map((svg) =>
    [svg.closest("section").dataset.step || "", svg.getAttribute("class"),
     box(svg).width, box(svg).height]),
  sections: [...document.querySelectorAll("section.step")].map((s) => s.dataset.step),
  clipped: [...document.querySelectorAll("svg text")]
    .filter((text) => box(text).right > box(text.ownerSVGElement).right + 0.5)
    .map((text) => text.textContent),
  beyond: [...document.querySelectorAll("body *")]
    .filter((element) => box(element).right > width + 0.5)
    .map((element) => element.tagName + "." + element.getAttribute("class")).slice(0, 10),
};
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify(found);
document.body.appendChild(probe);
</script>
"""


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """The report of the 26-week demo in each language, and the ids of its started steps."""
    folder = tmp_path_factory.mktemp("browser")
    found = {}
    for lang, weeks in (("en", 26), ("fr", 26), ("en-1", 1)):
        i18n.set_language(lang[:2])
        store = build(TODAY, weeks, lang[:2], timezone(timedelta(hours=1)))
        path = folder / f"report-{lang}.html"
        path.write_text(html_report(store, TODAY), encoding="utf-8")
        found[lang] = (path, [step.id for step in store.steps if step.started])
    i18n.set_language("en")
    return found


def measure(page: Path, width: int, folder: Path) -> dict[str, Any]:
    text = page.read_text(encoding="utf-8")
    policy = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
    assert policy in text and "<script" not in text
    probed = folder / f"probed-{page.stem}-{width}.html"
    probed.write_text(text.replace(policy, "").replace("</body>", PROBE + "</body>"), "utf-8")
    done = chromium(probed, folder / f"profile-{width}", f"--window-size={width},900", "--dump-dom")
    match = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.DOTALL)
    assert match, done.stderr[-2000:]
    data: dict[str, Any] = json.loads(html.unescape(match[1]))
    return data


@pytest.mark.parametrize("lang", ["en", "fr", "en-1"])  # en-1: a store one week old
@pytest.mark.parametrize("width", [600, 1280])
def test_the_page_fits_the_window_and_draws_every_chart(
    pages: dict[str, tuple[Path, list[str]]], tmp_path: Path, lang: str, width: int
) -> None:
    page, started = pages[lang]
    found = measure(page, width, tmp_path)
    assert found["clientWidth"] == width
    assert found["scrollWidth"] == width  # no horizontal scrolling
    assert found["beyond"] == []  # nor anything cut off at the right edge
    assert found["clipped"] == []  # no label cut off by the chart it belongs to
    assert found["sections"] == started  # every step has its section
    kinds = {(step, kind) for step, kind, _, _ in found["charts"]}
    assert kinds == {(step, kind) for step in started for kind in ("chart", "cal")}
    assert all(w > 50 and h > 50 for _, _, w, h in found["charts"]), found["charts"]  # drawn


def test_the_picture_and_the_pdf(pages: dict[str, tuple[Path, list[str]]], tmp_path: Path) -> None:
    # Drawn in this test's own folder, then copied to KEPT for a person to open: two suites
    # at once (two worktrees on one machine) once shared KEPT, and one deleted the PNG the
    # other's Chromium had just written ("exited 0 without its PNG").
    picture = tmp_path / "export-fr-600.png"
    document = tmp_path / "export-fr.pdf"
    page, started = pages["fr"]
    chromium(page, tmp_path / "profile", "--window-size=600,2600", f"--screenshot={picture}")
    chromium(page, tmp_path / "profile", "--no-pdf-header-footer", f"--print-to-pdf={document}")
    KEPT.mkdir(exist_ok=True)
    for made in (picture, document):
        assert made.exists(), f"Chromium exited 0 without writing {made.name}"
        copy = KEPT / f".{made.name}.{os.getpid()}"
        shutil.copyfile(made, copy)
        os.replace(copy, KEPT / made.name)  # whole, even with another suite copying too
    print(f"\nPNG of the HTML export (600 px wide): {KEPT / picture.name}")
    print(f"PDF (A4): {KEPT / document.name}")
    png = picture.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 600
    pdf = document.read_bytes()
    assert pdf.startswith(b"%PDF-")
    # A4 is 595 × 842 points; each step starts a page of its own.
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert sizes and {(round(float(w)), round(float(h))) for w, h in sizes} == {(595, 842)}
    assert len(sizes) >= 1 + len(started)


@pytest.fixture(scope="module")
def digest_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The Friday digest of a week of wins, in French: a long unbroken word among them."""
    from petitspas.core.settings import new_store
    from petitspas.core.wins import add_win
    from petitspas.export.digest import html_page, wins_data

    i18n.set_language("fr")
    vision = "Une équipe qui ose, dit ce qu'elle apprend, et en est remerciée"
    store = new_store(lang="fr", vision=vision, today=TODAY, written_at="2026-11-23T08:00:00+01:00")
    texts = [
        "Léa a clos l'incident de production avec calme, et a expliqué chaque étape à l'équipe",
        "La démo de Karim a convaincu le client",
        "Revue de code bienveillante et précise de Sophie",
        "https://intranet.example/un-lien-tres-long-sans-espace-" + "x" * 80,
        "Rétro courte : trois idées, deux décidées",
    ]
    for index, text in enumerate(texts):
        day = TODAY - timedelta(days=4 - index)
        add_win(store, text=text, day=day, today=TODAY, written_at=f"{day}T21:0{index}:00+01:00")
    path = tmp_path_factory.mktemp("digest") / "wins-fr.html"
    path.write_text(html_page(wins_data(store, TODAY)), encoding="utf-8")
    i18n.set_language("en")
    return path, texts


@pytest.mark.parametrize("width", [600, 1280])
def test_the_wins_digest_fits_a_phone_and_a_wall_screen(
    digest_page: tuple[Path, list[str]], tmp_path: Path, width: int
) -> None:
    page, texts = digest_page
    found = measure(page, width, tmp_path)
    assert (found["clientWidth"], found["scrollWidth"]) == (width, width)
    assert found["beyond"] == []
    done = chromium(page, tmp_path / "profile", f"--window-size={width},900", "--dump-dom")
    shown = [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", done.stdout)]
    assert shown == texts  # every win, in order


def test_the_wins_digest_picture(digest_page: tuple[Path, list[str]], tmp_path: Path) -> None:
    page, _ = digest_page
    picture = tmp_path / "wins-fr-600.png"
    chromium(page, tmp_path / "profile", "--window-size=600,1100", f"--screenshot={picture}")
    png = picture.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 600
    KEPT.mkdir(exist_ok=True)
    shutil.copyfile(picture, KEPT / picture.name)
    print(f"\nPNG of the wins digest (600 px wide): {KEPT / picture.name}")
