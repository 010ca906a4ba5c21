"""Input at the edges: text that would reach a screen or a spreadsheet, dates at the ends of
the calendar, and the words petitspas refuses them with (issue: reliability, round two)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas.core.model import DayMark, Step, Store
from petitspas.core.progress import BEYOND, forecast, plateau
from petitspas.export.csv import to_csv


@pytest.fixture
def active(run: Run, store_path: Path) -> Path:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    return store_path


@pytest.mark.parametrize("note", ["=1+2", "+33 6", "-2 meetings", "@here", "\tx"])
def test_a_csv_cell_that_a_spreadsheet_would_run_is_quoted(note: str) -> None:
    step = Step(id="s", title=note, status="active", started=date(2026, 11, 2))
    step.marks[date(2026, 11, 2)] = DayMark("done", note, "2026-11-02T21:00:00+00:00")
    rows = list(csv.reader(io.StringIO(to_csv(Store(steps=[step])))))
    assert rows[1][1] == rows[1][4] == "'" + note


def test_a_csv_cell_starting_with_a_carriage_return_is_quoted() -> None:
    # A store refuses a carriage return in any text; the export guards it all the same.
    step = Step(id="s", title="\rx", status="active", started=date(2026, 11, 2))
    assert to_csv(Store(steps=[step])) == "step_id,step_title,date,mark,note,written_at\n"
    step.marks[date(2026, 11, 2)] = DayMark("done", "\rx", "2026-11-02T21:00:00+00:00")
    assert ",'\rx,2026-11-02,done,'\rx," in to_csv(Store(steps=[step]))


def test_a_plain_csv_cell_is_left_alone() -> None:
    step = Step(id="s", title="Say hello", status="active", started=date(2026, 11, 2))
    step.marks[date(2026, 11, 2)] = DayMark("done", "fine", "2026-11-02T21:00:00+00:00")
    rows = list(csv.reader(io.StringIO(to_csv(Store(steps=[step])), newline="")))
    assert rows[1] == ["s", "Say hello", "2026-11-02", "done", "fine", "2026-11-02T21:00:00+00:00"]


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u202a", "\u2069"])
@pytest.mark.parametrize("option", ["--note", "--vision", "title"])
def test_a_character_that_turns_text_around_is_refused(
    run: Run, active: Path, mark: str, option: str
) -> None:
    before = active.read_bytes()
    text = f"fine{mark}enif"
    args = {
        "--note": ("log", "--done", "--note", text),
        "--vision": ("init", "--vision", text),
        "title": ("add", text),
    }[option]
    result = run(*args)
    what = {"--note": "The note", "--vision": "The vision", "title": "The title"}[option]
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"petitspas: {what} contains an invisible character that changes the direction of"
        " text: type it without.\n"
    )
    assert active.read_bytes() == before


def test_a_note_on_several_lines_is_refused_in_plain_words(run: Run, active: Path) -> None:
    result = run("log", "--done", "--note", "first\nsecond")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "petitspas: The note has a line break: petitspas keeps it on one line"
        " (join the lines, say with ' / ').\n"
    )


def test_the_length_limit_said_is_the_one_enforced(run: Run, active: Path) -> None:
    assert run("log", "--done", "--note", "x" * 2000).exit_code == 0
    result = run("log", "--done", "--note", "x" * 2001)
    assert result.exit_code == 2
    assert result.stderr == (
        "petitspas: The note is 2001 characters long; keep it to 2000 at most.\n"
    )


def test_a_far_relative_date_breaks_the_range_rule(run: Run, active: Path) -> None:
    result = run("log", "--done", "--date=-100000")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "petitspas: '-100000' is out of range: petitspas works with the years 1900 to 9998.\n"
    )


def test_a_date_with_escape_codes_is_shown_without_them(run: Run, active: Path) -> None:
    result = run("log", "--done", "--date", "\x1b[31mtoday")
    assert result.exit_code == 2
    assert result.stderr == (
        "petitspas: Cannot read the date '\\x1b[31mtoday': use YYYY-MM-DD, today, yesterday"
        " or -N.\n"
    )


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        ("1899-12-31T21:00", "1899-12-31T21:00"),
        ("1900-01-01T21:00", "1900-01-01T21:00"),  # the next day must be writable too
        ("9998-12-31T21:00", "9998-12-31T21:00"),
        ("9999-06-01T21:00", "9999-06-01T21:00"),
        ("0001-01-01T00:00", "0001-01-01T00:00"),  # ISO all right: out of range, not invalid
        ("9999-12-31T23:59", "9999-12-31T23:59"),
    ],
)
def test_a_clock_out_of_range_is_a_usage_error(
    run: Run, active: Path, now: str, shown: str
) -> None:
    before = active.read_bytes()
    result = run("log", "--done", now=now)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"petitspas: The clock reads {shown}, outside the dates petitspas works with"
        " (1900-01-02 to 9998-12-30): set the clock right (or PETITSPAS_NOW).\n"
    )
    assert active.read_bytes() == before


def test_a_forecast_past_9998_is_said_in_words(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v", now="9998-12-20T21:00").exit_code == 0
    assert run("add", "Say hello", "--schedule", "fri", now="9998-12-20T21:00").exit_code == 0
    store_text = store_path.read_text(encoding="utf-8")
    for command in (("status",), ("path",), ("review",), ("check", "--answers", "6,6,6,6")):
        result = run(*command, now="9998-12-22T21:00")
        assert result.exit_code == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert "beyond 9998" in run("review", now="9998-12-22T21:00").stdout
    assert store_path.read_text(encoding="utf-8") != store_text


def test_forecast_and_plateau_stop_at_the_end_of_the_calendar() -> None:
    from petitspas.core.model import SelfCheck, Settings

    start = date(9998, 6, 1)
    step = Step(id="s", title="t", schedule="fri", status="active", started=start)
    assert forecast(step, date(9998, 12, 22), Settings()) is BEYOND
    step.selfchecks = [
        SelfCheck(date(9998, 6, 5), (1, 1, 1, 1), "9998-06-05T21:00:00+00:00"),
        SelfCheck(date(9998, 6, 12), (2, 2, 2, 2), "9998-06-12T21:00:00+00:00"),
        SelfCheck(date(9998, 6, 19), (3, 3, 3, 3), "9998-06-19T21:00:00+00:00"),
    ]  # a slow steady rise: the fitted curve levels off some 3000 days later
    silent = plateau(step, date(9998, 6, 19))  # more than two years ahead: not said
    assert (silent.day, silent.why) == (None, "too_far")


def test_a_demo_that_would_start_before_1900_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path), "--weeks", "520", now="1905-06-01T21:00")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "petitspas: 520 weeks before 1905-06-01 would start before 1900, the first year"
        " petitspas works with: ask for fewer weeks.\n"
    )
    assert list(tmp_path.iterdir()) == []
    assert (
        run("demo", "--dir", str(tmp_path), "--weeks", "52", now="1905-06-01T21:00").exit_code == 0
    )
