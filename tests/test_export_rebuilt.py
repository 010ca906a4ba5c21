"""The exports of a step rebuilt after a relapse tell what was done: the days it was automatic
are neither due nor paused, its graduations and rebuild are dated, its maintenance checks and
lapses are listed; the step held meanwhile says so. A store driven through the CLI, and the
half-year demo."""

from __future__ import annotations

import re
from datetime import date, timedelta, timezone

import pytest
from tests.conftest import Run
from tests.test_relapse import graduated

from petitspas import i18n
from petitspas.core.demo import build
from petitspas.export.html import html_report
from petitspas.export.markdown import markdown
from petitspas.present.report import Period

NB = "\u00a0"  # the no-break space French typography puts before : ; ? ! %
EXPORTED = "2026-06-05T21:00"  # a Friday: the held step resumed yesterday
LAPSE = "Reorg *announced* <b>: rushed & silent"


def rebuilt(run: Run, lang: str) -> None:
    """`graduated` (Fridays; the first step automatic on 2026-03-20), then maintenance checks
    of 6 and 5, two lapses (one with a note full of markup), a check of 3 on Wednesday
    2026-05-20 and `reactivate` that evening: done on the next two Fridays, automatic again
    on Wednesday 2026-06-03, the held step resuming the day after."""
    graduated(run, lang)
    assert run("check", "bonjour", "--answer", "6", now="2026-04-17T21:30").exit_code == 0
    slip = ("log", "--slip", "bonjour")
    assert (
        run(*slip, "--note", LAPSE, "--date", "2026-05-01", now="2026-05-15T21:10").exit_code == 0
    )
    assert run(*slip, "--date", "2026-05-08", now="2026-05-15T21:20").exit_code == 0
    assert run("check", "bonjour", "--answer", "5", now="2026-05-15T21:30").exit_code == 0
    assert run("check", "bonjour", "--answer", "3", now="2026-05-20T21:00").exit_code == 0
    assert run("reactivate", "bonjour", now="2026-05-20T21:20").exit_code == 0
    for friday in ("2026-05-22", "2026-05-29"):
        assert run("log", "--done", now=f"{friday}T21:00").exit_code == 0
        assert run("check", "--answers", "6,6,6,6", now=f"{friday}T21:01").exit_code == 0
    assert run("check", "--answers", "6,6,6,6", now="2026-06-03T21:00").exit_code == 0


def section(text: str, number: int) -> str:
    """The markdown section of the `number`th step, up to the next one."""
    return text.split(f"\n## {number}. ", 1)[1].split("\n## ", 1)[0]


SELFCHECKS = (
    "| 2026-03-20 |{a}6 |{b}6 |{c}6 |{d}6 |{e}6 |\n"
    "| 2026-05-22 |{a}6 |{b}6 |{c}6 |{d}6 |{e}6 |\n"
    "| 2026-05-29 |{a}6 |{b}6 |{c}6 |{d}6 |{e}6 |\n"
    "| 2026-06-03 |{a}6 |{b}6 |{c}6 |{d}6 |{e}6 |\n"
)
FRIDAYS = "|  ·  |  ·  |  ·  |  ·  |  {}  |  ·  |  ·  |"
CALENDAR = "\n".join(
    [
        "| 2026-03-16 " + FRIDAYS.format("✓"),  # graduated that Friday
        *(
            f"| {(date(2026, 3, 23) + timedelta(weeks=week)).isoformat()} " + FRIDAYS.format("○")
            for week in range(8)  # automatic: 27 March to 15 May
        ),
        "| 2026-05-18 " + FRIDAYS.format("✓"),  # rebuilt on Wednesday the 20th
        "| 2026-05-25 " + FRIDAYS.format("✓"),
        "| 2026-06-01 |  ·  |  ·  |  ·  |     |     |     |     |",  # automatic again on the 3rd
    ]
)
BONJOUR = {
    "en": (
        "Say good morning\n\n"
        "- Due days: Fri\n"
        "- Started: 2026-01-02\n"
        "- Automatic on 2026-03-20; rebuilt on 2026-05-20; automatic again on 2026-06-03\n"
        "- Done 14 of 14 due days (100%)\n"
        "- Streak: 14\n"
        "- Best streak: 14\n"
        "- Strength: 86% (goal 80%)\n\n"
        "### Self-checks\n\n"
        "| Date       | Automatically | Without remembering | Without thinking "
        "| Before realising | Score |\n"
        "| ---------- | ------------: | ------------------: | ---------------: "
        "| ---------------: | ----: |\n"
        + SELFCHECKS.format(a=" " * 13, b=" " * 19, c=" " * 16, d=" " * 16, e=" " * 5)
        + "\n### Maintenance checks\n\n"
        "- **2026-04-17**: 6 of 7\n"
        "- **2026-05-15**: 5 of 7\n"
        "- **2026-05-20**: 3 of 7\n\n"
        "### Lapses\n\n"
        "- **2026-05-01**: Reorg \\*announced\\* \\<b\\>: rushed \\& silent\n"
        "- **2026-05-08**\n\n"
        "### Calendar\n\n"
        "| Week of    | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n"
        "| ---------- | :-: | :-: | :-: | :-: | :-: | :-: | :-: |\n"
        "| 2025-12-29 |     |     |     |     |  ✓  |  ·  |  ·  |\n"
        + "\n".join(
            f"| {(date(2026, 1, 5) + timedelta(weeks=week)).isoformat()} " + FRIDAYS.format("✓")
            for week in range(10)
        )
        + "\n"
        + CALENDAR
        + "\n\n"
        "Legend: ✓ done, ✗ missed or not logged, ~ paused (planned), · not due, blank: not yet,"
        " or outside the step's dates or the period. ○ automatic: no longer tracked day by day,"
        " only by its maintenance checks, until it was rebuilt.\n\n"
        "### Notes\n\n"
        "No notes.\n"
    ),
    "fr": (
        "Dire bonjour\n\n"
        f"- Jours prévus{NB}: ven\n"
        f"- Début{NB}: 2026-01-02\n"
        f"- Devenu réflexe le 2026-03-20{NB}; repris le 2026-05-20{NB}; de nouveau réflexe"
        " le 2026-06-03\n"
        f"- Fait 14 sur 14 jours prévus (100{NB}%)\n"
        f"- Série{NB}: 14\n"
        f"- Meilleure série{NB}: 14\n"
        f"- Force{NB}: 86{NB}% (objectif 80{NB}%)\n\n"
        "### Auto-évaluations\n\n"
        "| Date       | Automatiquement | Sans m'en souvenir | Sans y penser "
        "| Avant de m'en rendre compte | Moyenne |\n"
        "| ---------- | --------------: | -----------------: | ------------: "
        "| --------------------------: | ------: |\n"
        + SELFCHECKS.format(a=" " * 15, b=" " * 18, c=" " * 13, d=" " * 27, e=" " * 7)
        + "\n### Points d'entretien\n\n"
        f"- **2026-04-17**{NB}: 6 sur 7\n"
        f"- **2026-05-15**{NB}: 5 sur 7\n"
        f"- **2026-05-20**{NB}: 3 sur 7\n\n"
        "### Écarts\n\n"
        f"- **2026-05-01**{NB}: Reorg \\*announced\\* \\<b\\>: rushed \\& silent\n"
        "- **2026-05-08**\n\n"
        "### Calendrier\n\n"
        "| Semaine du | lun | mar | mer | jeu | ven | sam | dim |\n"
        "| ---------- | :-: | :-: | :-: | :-: | :-: | :-: | :-: |\n"
        "| 2025-12-29 |     |     |     |     |  ✓  |  ·  |  ·  |\n"
        + "\n".join(
            f"| {(date(2026, 1, 5) + timedelta(weeks=week)).isoformat()} " + FRIDAYS.format("✓")
            for week in range(10)
        )
        + "\n"
        + CALENDAR
        + "\n\n"
        f"Légende{NB}: ✓ fait, ✗ manqué ou non noté, ~ en pause (prévue), · jour non prévu,"
        f" vide{NB}: pas encore, ou hors des dates du pas ou de la période. ○ réflexe{NB}: plus"
        " suivi au jour le jour, seulement par ses points d'entretien, jusqu'à sa reprise.\n\n"
        "### Notes\n\n"
        "Aucune note.\n"
    ),
}
MERCI = {
    "en": (
        "- Due days: Fri\n"
        "- Started: 2026-03-21\n"
        "- On hold from 2026-05-20 to 2026-06-03\n"
        "- Done 8 of 8 due days (100%), 2 days paused\n"
    ),
    "fr": (
        f"- Jours prévus{NB}: ven\n"
        f"- Début{NB}: 2026-03-21\n"
        "- En attente du 2026-05-20 au 2026-06-03\n"
        f"- Fait 8 sur 8 jours prévus (100{NB}%), 2 jours en pause\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_markdown_section_of_a_rebuilt_step_tells_its_story(run: Run, lang: str) -> None:
    rebuilt(run, lang)
    text = run("--lang", lang, "export", now=EXPORTED).stdout
    assert section(text, 1) == BONJOUR[lang]
    held = section(text, 2)
    assert MERCI[lang] in held
    # The held step's calendar shows its held Fridays paused, and no automatic sign.
    assert "| 2026-05-18 |  ·  |  ·  |  ·  |  ·  |  ~  |  ·  |  ·  |" in held
    assert "○" not in held


@pytest.mark.parametrize(
    ("to", "bonjour", "merci"),
    [
        (
            "2026-05-25",
            "- Automatic on 2026-03-20; rebuilt on 2026-05-20\n",
            "- On hold since 2026-05-20\n",
        ),
        ("2026-04-30", "- Automatic on: 2026-03-20\n", None),
    ],
)
def test_a_past_period_tells_the_story_as_far_as_it_goes(
    run: Run, to: str, bonjour: str, merci: str | None
) -> None:
    rebuilt(run, "en")
    text = run("export", "--to", to, now=EXPORTED).stdout
    assert bonjour in section(text, 1)
    assert "again" not in section(text, 1)
    held = section(text, 2)
    if merci is None:
        assert "On hold" not in held
    else:
        assert merci in held


def test_the_lapses_keep_their_days_without_their_notes(run: Run) -> None:
    rebuilt(run, "en")
    text = run("export", "--no-notes", now=EXPORTED).stdout
    assert "### Lapses\n\n- **2026-05-01**\n- **2026-05-08**\n" in text
    assert "Reorg" not in text
    page = run("export", "--format", "html", "--no-notes", now=EXPORTED).stdout
    assert (
        "<h3>Lapses</h3>\n"
        '<ul class="notes">\n'
        '<li><time datetime="2026-05-01">2026-05-01</time></li>\n'
        '<li><time datetime="2026-05-08">2026-05-08</time></li>\n'
        "</ul>"
    ) in page
    assert "Reorg" not in page  # nor in a title attribute


def test_a_period_after_the_lapses_lists_none(run: Run) -> None:
    rebuilt(run, "en")
    text = run("export", "--from", "2026-05-16", now=EXPORTED).stdout
    assert "### Maintenance checks\n\n- **2026-05-20**: 3 of 7\n\n" in text
    assert "Lapses" not in text


# --- HTML --------------------------------------------------------------------------------


def html_section(text: str, number: int) -> str:
    return text.split(f'<section class="step" id="step-{number}"', 1)[1].split("</section>")[0]


def test_the_html_section_of_a_rebuilt_step(run: Run) -> None:
    rebuilt(run, "en")
    text = run("export", "--format", "html", now=EXPORTED).stdout
    page = html_section(text, 1)
    assert '<li class="summary">Done 14 of 14 due days (100%)</li>' in page
    assert (
        "<li>Automatic on 2026-03-20; rebuilt on 2026-05-20; automatic again on 2026-06-03</li>"
    ) in page
    # Eight automatic Fridays, each saying so when pointed at, and the legend's one.
    assert page.count('<rect class="automatic"') == 9
    assert (
        "<g><title>Friday 17 April 2026: automatic (maintenance checks only, until rebuilt)"
        '</title><rect class="automatic"'
    ) in page
    assert "automatic (maintenance checks only, until rebuilt)</li></ul>" in page
    assert "<title>Friday 22 May 2026: done</title>" in page
    assert (
        "<h3>Maintenance checks</h3>\n"
        '<ul class="notes">\n'
        '<li><time datetime="2026-04-17">2026-04-17</time> 6 of 7</li>\n'
        '<li><time datetime="2026-05-15">2026-05-15</time> 5 of 7</li>\n'
        '<li><time datetime="2026-05-20">2026-05-20</time> 3 of 7</li>\n'
        "</ul>\n"
        "<h3>Lapses</h3>\n"
        '<ul class="notes">\n'
        '<li><time datetime="2026-05-01">2026-05-01</time> '
        "Reorg *announced* &lt;b&gt;: rushed &amp; silent</li>\n"
        '<li><time datetime="2026-05-08">2026-05-08</time></li>\n'
        "</ul>"
    ) in page
    assert "<b>" not in page
    held = html_section(text, 2)
    assert '<li class="summary">Done 8 of 8 due days (100%), 2 days paused</li>' in held
    assert "<li>On hold from 2026-05-20 to 2026-06-03</li>" in held
    assert 'class="automatic"' not in held and "Maintenance" not in held


# --- the half-year demo ------------------------------------------------------------------


def test_the_half_year_demo_in_french() -> None:
    """Its first step, automatic on 24 July, lapsed on 22 and 24 September, rebuilt on the
    25th and automatic again on 9 October: nine weeks automatic, none of them paused."""
    i18n.set_language("fr")
    today = date(2026, 11, 27)
    store = build(today, 26, "fr", timezone(timedelta(hours=1)))
    text = markdown(store, today)
    bonjour = section(text, 1)
    assert (
        f"- Début{NB}: 2026-05-30\n"
        f"- Devenu réflexe le 2026-07-24{NB}; repris le 2026-09-25{NB}; de nouveau réflexe"
        " le 2026-10-09\n"
        f"- Fait 46 sur 51 jours prévus (90{NB}%)\n"
    ) in bonjour
    assert "| 2026-07-20 |  ✓  |  ✓  |  ✓  |  ✓  |  ✓  |  ·  |  ·  |" in bonjour
    assert "| 2026-07-27 |  ○  |  ○  |  ○  |  ○  |  ○  |  ·  |  ·  |" in bonjour
    assert "| 2026-08-03 |  ○  |  ○  |  ○  |  ○  |  ○  |  ·  |  ·  |" in bonjour
    assert "| 2026-09-21 |  ○  |  ○  |  ○  |  ○  |  ✓  |  ·  |  ·  |" in bonjour
    assert "~" not in bonjour.split("### Calendrier", 1)[1].split("Légende", 1)[0]
    assert (
        f"### Points d'entretien\n\n- **2026-08-21**{NB}: 7 sur 7\n- **2026-09-18**{NB}: 7 sur 7\n"
        f"- **2026-11-06**{NB}: 5 sur 7\n\n### Écarts\n\n- **2026-09-22**{NB}: "
    ) in bonjour
    held = section(text, 3)
    assert "- En attente du 2026-09-26 au 2026-10-09\n" in held
    assert "○" not in held
    page = html_report(store, today, Period.whole(store, today))
    cells = re.findall(r'<rect class="automatic"', html_section(page, 1))
    assert len(cells) == 8 * 5 + 4 + 1  # eight weeks of workdays, Monday to Thursday of the
    # hard week, and the legend's


@pytest.mark.parametrize(
    ("to", "cells"),
    [
        # Automatic since 2026-03-20 at the period's end: the day it became so.
        ("2026-04-30", ["1", "Say good morning", "automatic", "2026-01-02", "2026-03-20"]),
        # Being rebuilt at the period's end: active, not ended.
        ("2026-05-25", ["1", "Say good morning", "active", "2026-01-02", ""]),
        # Automatic again.
        ("2026-06-05", ["1", "Say good morning", "automatic", "2026-01-02", "2026-06-03"]),
    ],
)
def test_the_path_table_dates_a_rebuilt_step_as_it_stood(
    run: Run, to: str, cells: list[str]
) -> None:
    rebuilt(run, "en")
    text = run("export", "--to", to, now=EXPORTED).stdout
    row = next(line for line in text.splitlines() if re.match(r"\| +1 \|", line))
    assert [cell.strip() for cell in row.strip("|").split("|")][:5] == cells


def test_a_step_automatic_all_through_the_period_shows_its_checks_and_lapses(run: Run) -> None:
    # Found in review: the review listed them, the export of the same weeks did not.
    graduated(run, "en")  # automatic on 2026-03-20
    assert run("check", "bonjour", "--answer", "6", now="2026-04-17T21:30").exit_code == 0
    assert (
        run("log", "--slip", "bonjour", "--note", "Off-site", now="2026-04-22T21:00").exit_code == 0
    )
    text = run(
        "export", "--from", "2026-04-01", "--to", "2026-04-30", now="2026-05-01T09:00"
    ).stdout
    assert section(text, 1) == (
        "Say good morning\n\n"
        "- Due days: Fri\n"
        "- Started: 2026-01-02\n"
        "- Automatic on: 2026-03-20\n"
        "- Streak: 12\n"
        "- Best streak: 12\n"
        "- Strength: 81% (goal 80%)\n\n"
        "### Maintenance checks\n\n"
        "- **2026-04-17**: 6 of 7\n\n"
        "### Lapses\n\n"
        "- **2026-04-22**: Off-site\n"
    )
    page = html_section(
        run("export", "--format", "html", "--from", "2026-04-01", "--to", "2026-04-30",
            now="2026-05-01T09:00").stdout,
        1,
    )  # fmt: skip
    assert '<li><time datetime="2026-04-17">2026-04-17</time> 6 of 7</li>' in page
    assert '<svg class="chart"' not in page and '<svg class="cal"' not in page
    assert "summary" not in page
    # A period with neither keeps no section for it, as before.
    later = run("export", "--from", "2026-04-23", "--to", "2026-04-30", now="2026-05-01T09:00")
    assert "## 1. Say good morning" not in later.stdout
