"""Days told truthfully (issue 21): a due day not logged yet is *to log*, not missed, while it
lies within the 7-day look-back; a plateau is said only when it is a forecast; day one names
the first due day. Exact output, in English and in French."""

from __future__ import annotations

import json

import pytest
from tests.conftest import Run

from petitspas.i18n import typeset

# A workdays step from Monday 30 Nov 2026, done Monday to Friday; Monday 7 Dec left unlogged.
FIRST_MONDAY = "2026-11-30"
MONDAY = "2026-12-07"
TUESDAY = "2026-12-08"

TITLE = {"en": "Say good morning", "fr": "Dire bonjour"}


def shown(text: str, lang: str) -> str:
    """`text` as petitspas prints it in `lang` (French typography: no-break spaces)."""
    return typeset(text) if lang == "fr" else text


def week_done(run: Run, lang: str) -> None:
    assert run("--lang", lang, "init", "--vision", "v", now=f"{FIRST_MONDAY}T20:00").exit_code == 0
    assert run("--lang", lang, "add", TITLE[lang], now=f"{FIRST_MONDAY}T20:00").exit_code == 0
    for day in ("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"):
        assert run("log", "--done", now=f"{day}T21:00").exit_code == 0


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Say good morning: streak 5, 27% — not logged today, Monday to log\n"),
        ("fr", "Dire bonjour : série 5, 27 % — pas encore noté aujourd'hui, lundi à noter\n"),
    ],
)
def test_status_names_monday_to_log_on_tuesday(run: Run, lang: str, line: str) -> None:
    week_done(run, lang)
    # Friday's strength (27%), frozen: Monday neither breaks the streak nor lowers it.
    assert run("--lang", lang, "status", now=f"{TUESDAY}T09:00").stdout == shown(line, lang)


def test_status_json_lists_the_days_to_log(run: Run) -> None:
    week_done(run, "en")
    data = json.loads(run("status", "--json", now=f"{TUESDAY}T09:00").stdout)
    assert data["to_log"] == [MONDAY]
    assert (data["streak"], data["best_streak"], data["strength"]) == (5, 5, 0.2705)
    friday = json.loads(run("status", "--json", now="2026-12-04T22:00").stdout)
    assert friday["strength"] == data["strength"]  # frozen, as by a pause
    assert friday["to_log"] == []


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("en", "Monday is still to log: `petitspas log --done --date 2026-12-07`"),
        ("fr", "Lundi reste à noter : `petitspas log --done --date 2026-12-07`"),
    ],
)
def test_log_tonight_names_monday_still_to_log(run: Run, lang: str, hint: str) -> None:
    week_done(run, lang)
    result = run("--lang", lang, "log", "--done", now=f"{TUESDAY}T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    written = {
        "en": "2026-12-08: done — Say good morning\nStreak 6 · best 6 · strength 31%\n",
        "fr": "2026-12-08 : fait — Dire bonjour\nSérie 6 · record 6 · force 31 %\n",
    }[lang]
    assert result.stdout == shown(written + hint + "\n", lang)


@pytest.mark.parametrize(
    ("lang", "head"),
    [("en", "Mon  Tue  Wed  Thu  Fri  Sat  Sun"), ("fr", "lun  mar  mer  jeu  ven  sam  dim")],
)
def test_review_shows_monday_to_log(run: Run, lang: str, head: str) -> None:
    week_done(run, lang)
    assert run("log", "--done", now=f"{TUESDAY}T21:00").exit_code == 0
    review = run("--lang", lang, "review", now=f"{TUESDAY}T21:30").stdout.splitlines()
    row = review.index(head)
    assert review[row + 1].rstrip() == " ?    ✓"
    assert review[row + 2] == "07   08   09   10   11   12   13 "
    data = json.loads(run("review", "--json", now=f"{TUESDAY}T21:30").stdout)
    assert [day["state"] for day in data["week"]["days"]][:2] == ["to_log", "done"]
    assert data["heatmap"][-1]["days"][:2] == ["to_log", "done"]


def test_markdown_export_shows_monday_to_log(run: Run) -> None:
    week_done(run, "en")
    text = run("export", now=f"{TUESDAY}T09:00").stdout
    assert "| 2026-12-07 |  ?  |     |     |     |     |     |     |" in text
    assert "? to log: not logged yet, missed only after 7 days." in text
    html = run("export", "--format", "html", now=f"{TUESDAY}T09:00").stdout
    assert '<rect class="to-log"' in html
    assert "Monday 7 December 2026: to log (not logged yet, missed only after 7 days)" in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_monday_counts_as_missed_the_day_it_leaves_the_window(run: Run, lang: str) -> None:
    week_done(run, lang)
    for day in ("2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-14"):
        assert run("log", "--done", now=f"{day}T21:00").exit_code == 0
    # Monday 14: Monday 7 is 7 days back, still to log; the streak runs over it.
    last_day_in = json.loads(run("status", "--json", now="2026-12-14T22:00").stdout)
    assert (last_day_in["to_log"], last_day_in["streak"]) == ([MONDAY], 10)
    assert last_day_in["strength"] == 0.4678  # ten done days, Monday frozen
    # Tuesday 15: 8 days back, it has left the window and counts as missed, as today:
    # five done, one missed, five done (45%), the streak from Tuesday 8.
    expected = {
        "en": "Say good morning: streak 5, 45% — not logged today\n",
        "fr": "Dire bonjour : série 5, 45 % — pas encore noté aujourd'hui\n",
    }[lang]
    assert run("--lang", lang, "status", now="2026-12-15T09:00").stdout == shown(expected, lang)
    data = json.loads(run("status", "--json", now="2026-12-15T09:00").stdout)
    assert (data["to_log"], data["streak"], data["best_streak"]) == ([], 5, 5)
    review = json.loads(run("review", "--json", now="2026-12-15T09:00").stdout)
    assert review["heatmap"][-2]["days"][:2] == ["missed", "done"]
    result = run("--lang", lang, "log", "--done", now="2026-12-15T21:00")
    assert "2026-12-07" not in result.stdout  # no longer offered: a week of silence


# --- the plateau: said only when it is a forecast --------------------------------------------


def checked_step(run: Run, lang: str, scores: list[tuple[str, str]]) -> None:
    """A step from Monday 5 Oct 2026 with a self-check on each (day, answers)."""
    assert run("--lang", lang, "init", "--vision", "v", now="2026-10-05T20:00").exit_code == 0
    assert run("--lang", lang, "add", TITLE[lang], now="2026-10-05T20:00").exit_code == 0
    for day, answers in scores:
        assert run("check", "--answers", answers, now=f"{day}T21:00").exit_code == 0


QUICK_RISE = [("2026-10-05", "2,2,2,2"), ("2026-10-12", "5,5,5,5"), ("2026-10-19", "6,6,6,6")]
"""Self-checks that level off at once: the fitted plateau falls in late October."""
SLOW_RISE = [("2026-10-05", "1,1,1,1"), ("2026-10-12", "2,2,2,2")]
"""A slow steady rise: with a third check of 3, the fit levels off about eight years on."""


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Self-check 2026-12-15: 5.75 / 7 (goal 5.5).\n"
            "Still to come: strength 0% of 80%; "
            "reachable on 2027-01-12 if every due day is done.\n",
        ),
        (
            "fr",
            "Auto-évaluation du 2026-12-15 : 5,75 / 7 (objectif 5,5).\n"
            "Reste à venir : force 0 % sur 80 % ; "
            "atteignable le 2027-01-12 si chaque jour prévu est fait.\n",
        ),
    ],
)
def test_a_plateau_already_past_is_not_said(run: Run, lang: str, said: str) -> None:
    checked_step(run, lang, QUICK_RISE)
    # Before: the plateau lies ahead (22 Oct), and is said.
    review = json.loads(run("review", "--json", now="2026-10-19T21:30").stdout)["step"]
    assert (review["plateau"], review["plateau_why"]) == ("2026-10-22", None)
    # On 15 Dec the fit points to mid-October: a date past, so nothing is said.
    result = run("--lang", lang, "check", "--answers", "6,6,6,5", now="2026-12-15T21:00")
    assert (result.exit_code, result.stdout, result.stderr) == (0, shown(said, lang), "")
    data = json.loads(run("check", "--answers", "6,6,6,5", "--json", now="2026-12-15T21:00").stdout)
    assert (data["plateau"], data["plateau_why"]) == (None, "past")
    review = json.loads(run("review", "--json", now="2026-12-15T21:30").stdout)["step"]
    assert (review["plateau"], review["plateau_why"]) == (None, "past")
    text = run("--lang", lang, "review", now="2026-12-15T21:30").stdout
    assert "plateau" not in text and "levels off" not in text
    assert "plateau" not in run("--lang", lang, "path", now="2026-12-15T21:30").stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Self-check 2026-10-19: 3 / 7 (goal 5.5).\n"
            "Still to come: strength 0% of 80%; "
            "reachable on 2026-11-16 if every due day is done.\n"
            "Still to come: a self-check of 5.5 or more (`petitspas check`, within 7 days).\n",
        ),
        (
            "fr",
            "Auto-évaluation du 2026-10-19 : 3 / 7 (objectif 5,5).\n"
            "Reste à venir : force 0 % sur 80 % ; "
            "atteignable le 2026-11-16 si chaque jour prévu est fait.\n"
            "Reste à venir : une auto-évaluation d'au moins 5,5 "
            "(`petitspas check`, sous 7 jours).\n",
        ),
    ],
)
def test_a_plateau_years_away_is_not_said(run: Run, lang: str, said: str) -> None:
    checked_step(run, lang, SLOW_RISE)
    # The fit rises, but levels off in December 2034: more than two years ahead.
    result = run("--lang", lang, "check", "--answers", "3,3,3,3", now="2026-10-19T21:00")
    assert (result.exit_code, result.stdout, result.stderr) == (0, shown(said, lang), "")
    review = json.loads(run("review", "--json", now="2026-10-19T21:30").stdout)["step"]
    assert (review["plateau"], review["plateau_why"], review["plateau_beyond"]) == (
        None,
        "too_far",
        False,
    )
    assert "plateau" not in run("--lang", lang, "path", now="2026-10-19T21:30").stdout


def test_no_plateau_with_two_checks_or_falling_scores(run: Run) -> None:
    checked_step(run, "en", [("2026-10-05", "6,6,6,6"), ("2026-10-12", "5,5,5,5")])
    review = json.loads(run("review", "--json", now="2026-10-12T21:30").stdout)["step"]
    assert (review["plateau"], review["plateau_why"]) == (None, "too_few")
    data = json.loads(run("check", "--answers", "3,3,3,3", "--json", now="2026-10-19T21:00").stdout)
    assert (data["plateau"], data["plateau_why"]) == (None, "not_rising")


# --- day one ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Added “Say good morning” (say-good-morning): active from 2026-12-06. "
            "Log it on Monday 2026-12-07 with `petitspas log`.\n",
        ),
        (
            "fr",
            "Ajouté « Dire bonjour » (dire-bonjour) : actif dès le 2026-12-06. "
            "Notez-le le lundi 2026-12-07 avec `petitspas log`.\n",
        ),
    ],
)
def test_day_one_on_a_sunday_names_the_first_due_day(run: Run, lang: str, said: str) -> None:
    sunday = "2026-12-06T20:00"
    assert run("--lang", lang, "init", "--vision", "v", now=sunday).exit_code == 0
    result = run("--lang", lang, "add", TITLE[lang], now=sunday)
    assert (result.exit_code, result.stdout, result.stderr) == (0, shown(said, lang), "")
    assert run("log", "--done", now="2026-12-06T21:00").exit_code == 1  # Sunday is not due
    assert run("log", "--done", now="2026-12-07T21:00").exit_code == 0  # Monday is


def test_day_one_on_a_due_day_is_tonight(run: Run) -> None:
    assert run("init", "--vision", "v", now="2026-12-07T20:00").exit_code == 0
    assert run("add", "Say good morning", now="2026-12-07T20:00").stdout == (
        "Added “Say good morning” (say-good-morning): active from 2026-12-07. "
        "Log it tonight with `petitspas log`.\n"
    )


def test_a_step_starting_tomorrow_is_not_logged_tonight(run: Run) -> None:
    # A step dropped tonight: the one added next starts tomorrow, Tuesday 8 Dec.
    assert run("init", "--vision", "v", now="2026-12-07T20:00").exit_code == 0
    assert run("add", "Say good morning", now="2026-12-07T20:00").exit_code == 0
    assert run("drop", now="2026-12-07T20:30").exit_code == 0
    assert run("add", "Thank one person", now="2026-12-07T20:40").stdout == (
        "Added “Thank one person” (thank-one-person): active from 2026-12-08. "
        "Log it on Tuesday 2026-12-08 with `petitspas log`.\n"
    )
