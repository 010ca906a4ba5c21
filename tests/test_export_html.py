"""The HTML export: golden pages of the demo store, escaping, and a page that fetches nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.conftest import Run, check_golden
from tests.test_export import fixed_store

from petitspas import i18n
from petitspas.core.demo import build
from petitspas.core.model import DayMark, Step, Store
from petitspas.export.html import html_report
from petitspas.present.report import Period

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = "PETITSPAS_UPDATE_GOLDEN"
TODAY = date(2026, 11, 27)
ZONE = timezone(timedelta(hours=1))


def demo_store(lang: str, weeks: int = 10) -> Store:
    i18n.set_language(lang)
    return build(TODAY, weeks, lang, ZONE)


class Page(HTMLParser):
    """What a browser would make of the page: its elements, the text of each heading, every
    attribute, and the text of the whole body."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._heading: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs
        if tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_html_matches_the_golden_file(lang: str) -> None:
    text = html_report(demo_store(lang), TODAY)
    check_golden(f"export-{lang}.html", text)


def test_html_is_deterministic_and_ends_with_one_newline() -> None:
    first = html_report(demo_store("en"), TODAY)
    assert html_report(demo_store("en"), TODAY) == first
    assert first.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert first.endswith("</html>\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_is_self_contained(lang: str) -> None:
    text = html_report(demo_store(lang, weeks=26), TODAY)
    page = Page(text)
    assert "script" not in page.tags and "<script" not in text.lower()
    assert not {"link", "img", "iframe", "object", "embed", "base"} & set(page.tags)
    assert not [name for name, _ in page.attributes if name == "src" or name.startswith("on")]
    assert not re.search(r"https?:|url\(|@import|@font-face", text)
    assert "default-src 'none'; style-src 'unsafe-inline'; img-src data:" in text
    assert page.tags.count("style") == 1
    assert "@media print" in text and "size: A4" in text


def test_every_started_step_has_its_section_with_two_charts() -> None:
    store = demo_store("en", weeks=26)
    text = html_report(store, TODAY)
    started = [step for step in store.steps if step.started is not None]
    sections = re.findall(r'<section class="step" id="step-(\d+)" data-step="([^"]+)">', text)
    assert [step_id for _, step_id in sections] == [step.id for step in started]
    for body in text.split('<section class="step"')[1:]:
        assert body.count('<svg class="chart"') == 1
        assert body.count('<svg class="cal" viewBox="0 0') >= 1
        assert re.search(r'<li class="summary">Done \d+ of \d+ due days \(\d+%\)', body)
        assert 'class="goal"' in body


def test_the_strength_chart_draws_the_goal_at_its_height() -> None:
    text = html_report(fixed_store(), TODAY)
    # The plot runs from y=12 (100 %) to y=162 (0 %): 80 % is at 12 + 150 × 0.2.
    assert '<line class="goal" x1="42" y1="42.0" x2="552" y2="42.0"/>' in text
    assert (
        "<title>Strength at the end of each week from 2026-08-31 to 2026-10-19: 17% then 85%, "
        "goal 80%.</title>"
    ) in text  # three done days in the first week (Wednesday to Friday)


def test_a_report_of_one_week_names_its_week_once_and_leaves_room_for_it() -> None:
    i18n.set_language("en")
    done = DayMark("done", None, "2026-11-26T21:00:00+01:00")
    step = Step("greet", "Greet", schedule="daily", status="active", added_on=date(2026, 11, 26),
                started=date(2026, 11, 26), marks={date(2026, 11, 26): done})  # fmt: skip
    text = html_report(Store(vision="v", steps=[step]), TODAY)
    section = text.split('<section class="step"', 1)[1].split("</section>", 1)[0]
    chart = section.split('<svg class="chart"', 1)[1].split("</svg>", 1)[0]
    assert re.findall(r'<text class="week"[^>]*>([^<]+)</text>', chart) == ["Nov 23, 2026"]
    calendar = section.split('<svg class="cal" viewBox="0 0 ', 1)[1]
    # one row (22 px) under the day letters (16 px); the week's name (84 px) beside seven days
    assert calendar.startswith('238 38" width="238"')


def test_calendar_shapes_differ_without_colour() -> None:
    text = html_report(fixed_store(), TODAY)
    greet = text.split('<section class="step" id="step-1"', 1)[1].split("</section>", 1)[0]
    # 2026-09-21 and 22 paused, 2026-09-10 missed, 2026-09-17 unlogged: missed too.
    assert greet.count('<rect class="skip"') == 2 + 1  # and the legend's
    assert greet.count('<path class="missed-x"') == 2 + 1
    assert greet.count('<circle class="not-due"') >= 14
    assert greet.count('<rect class="done"') == 33 + 1  # the Saturday's done included


USER_TEXT = "<script>alert(\"x\")</script> & 'quoted' </style>"


def test_user_text_is_escaped_everywhere() -> None:
    store = Store(
        vision=f"Vision {USER_TEXT}",
        steps=[
            Step(
                id="x",
                title=f"Title {USER_TEXT}",
                cue=f"Cue {USER_TEXT}",
                celebration=f"Celebration {USER_TEXT}",
                status="dropped",
                started=date(2026, 11, 2),
                dropped_on=date(2026, 11, 4),
                drop_reason=f"Reason {USER_TEXT}",
                marks={
                    date(2026, 11, 2): DayMark("done", f"Note {USER_TEXT}", "2026-11-02T21:00"),
                    date(2026, 11, 3): DayMark("missed", 'A "b" & c', "2026-11-03T21:00"),
                },
            )
        ],
    )
    text = html_report(store, TODAY)
    assert "<script" not in text.lower() and text.count("</style>") == 1
    escaped = (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27; &lt;/style&gt;"
    )
    for field in ("Vision", "Title", "Cue", "Celebration", "Reason", "Note"):
        assert f"{field} {escaped}" in text
    assert "A &quot;b&quot; &amp; c" in text
    page = Page(text)
    assert f"1. Title {USER_TEXT}" in page.headings
    assert f"Title {USER_TEXT}" in page.text  # the path table's cell reads as typed
    assert "script" not in page.tags


def test_a_period_without_notes() -> None:
    store = fixed_store()
    text = html_report(store, TODAY, Period(date(2026, 10, 12), date(2026, 11, 6), TODAY, False))
    assert '<p class="period">From 2026-10-12 to 2026-11-06. Notes left out.</p>' in text
    assert "Notes</h3>" not in text and "Shared them with" not in text
    assert '<li class="summary">Done 5 of 7 due days (71%)</li>' in text


def test_the_cli_writes_the_html_export(run: Run, tmp_path: Path) -> None:
    assert run("demo", "--dir", str(tmp_path)).exit_code == 0
    target = tmp_path / "report.html"
    store = str(tmp_path / "petitspas.json")
    result = run("--store", store, "export", "--format", "html", "-o", str(target))
    assert (result.exit_code, result.stderr) == (0, f"Wrote {target}.\n")
    assert (
        target.read_text(encoding="utf-8")
        == run("--store", store, "export", "--format", "html").stdout
    )


# --- the page on a phone and on paper ------------------------------------------------------


def _calendars(text: str) -> list[str]:
    return re.findall(r'<svg class="cal" viewBox="0 0 .*?</svg>', text, re.DOTALL)


@pytest.mark.parametrize(
    ("lang", "first_rows"),
    [("en", ["Aug 31, 2026", "Sep 7", "Sep 14"]), ("fr", ["31 août 2026", "7 sept.", "14 sept."])],
)
def test_each_week_of_the_calendar_is_a_row_named_by_its_monday(
    lang: str, first_rows: list[str]
) -> None:
    i18n.set_language(lang)
    text = html_report(fixed_store(), TODAY)
    calendar = _calendars(text)[0]
    rows = re.findall(r'<text class="week"[^>]*>([^<]+)</text>', calendar)
    assert rows[:3] == first_rows
    assert len(rows) == 8  # 2026-08-31 to 2026-10-19
    assert not re.search(r">\d{4}-\d{2}-\d{2}<", calendar)  # no ISO date left to decode


def test_every_day_of_the_calendar_says_what_it_was() -> None:
    i18n.set_language("fr")
    text = html_report(fixed_store(), TODAY)
    greet = text.split('<section class="step" id="step-1"', 1)[1].split("</section>", 1)[0]
    titles = re.findall(r"<title>([^<]+)</title>", "".join(_calendars(greet)))[1:]
    assert "mercredi 2 septembre 2026\u00a0: fait" in titles
    assert "lundi 21 septembre 2026\u00a0: en pause (prévue)" in titles
    assert "jeudi 10 septembre 2026\u00a0: manqué ou non noté" in titles
    assert len(titles) == greet.count("<g><title>")
    assert len(titles) >= 49  # seven weeks of days, each told


def test_the_strength_chart_names_its_weeks() -> None:
    i18n.set_language("fr")
    text = html_report(demo_store("fr", weeks=26), TODAY)
    chart = text.split('<svg class="chart"', 1)[1].split("</svg>", 1)[0]
    labels = re.findall(r'<text class="week"[^>]*>([^<]+)</text>', chart)
    # The first step's weeks, 25 May to 9 October: automatic in July, watched, rebuilt in
    # the hard week of 21 September, automatic again on 9 October. Twenty weeks: one in four.
    assert labels == ["25 mai 2026", "22 juin", "20 juil.", "17 août", "14 sept."]
    points = re.findall(r"<title>(Semaine du [^<]+)</title>", chart)
    assert len(points) == chart.count('class="week-dot"') == 20  # one per week, each told
    assert points[8] == "Semaine du 20 juil. 2026\u00a0: force 81\u00a0%"  # automatic on 24
    assert points[9:17] == [points[8].replace("20 juil.", week) for week in (
        "27 juil.", "3 août", "10 août", "17 août", "24 août", "31 août", "7 sept.", "14 sept.",
    )]  # while it was automatic, its strength stood still  # fmt: skip
    assert points[-1] == "Semaine du 5 oct. 2026\u00a0: force 90\u00a0%"
