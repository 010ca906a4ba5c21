"""The weekly review and the demo: golden plain text at 80 and 40 columns, JSON, no escapes."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from tests.conftest import Run, check_golden

from petitspas.core import maintenance
from petitspas.core.progress import progress
from petitspas.i18n import floored, typeset
from petitspas.storage import store as storage

GOLDEN = Path(__file__).parent / "golden"
NOW = "2026-11-27T21:00"  # a Friday evening
TODAY = date(2026, 11, 27)
ESCAPE = re.compile(r"\x1b\[")


def _built(weeks: int, folder: Path) -> bytes:
    """The English demo store of `weeks` weeks on NOW's log day, as `petitspas demo` writes it."""
    from datetime import datetime

    from petitspas.core import demo
    from petitspas.storage import store as storage

    store, _ = demo.sample(datetime.fromisoformat(NOW), weeks, "en")
    storage.create(store, folder / "petitspas.json")
    return (folder / "petitspas.json").read_bytes()


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return _built(10, tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def half_year_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return _built(26, tmp_path_factory.mktemp("half"))


def _copy(raw: bytes, path: Path) -> Path:
    # Built once per module (a demo simulates months of evenings); each test gets its copy.
    path.parent.mkdir(mode=0o700)
    path.write_bytes(raw)
    path.chmod(0o600)
    return path


@pytest.fixture
def demo_store(demo_bytes: bytes, tmp_path: Path) -> Path:
    return _copy(demo_bytes, tmp_path / "demo" / "petitspas.json")


@pytest.mark.parametrize("week", ["this", "past"])
@pytest.mark.parametrize(("lang", "columns"), [("en", 80), ("en", 40), ("fr", 80), ("fr", 40)])
def test_review_golden(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, columns: int, week: str
) -> None:
    assert run("--lang", lang, "demo", "--dir", str(tmp_path), now=NOW).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    # A past week of the step that became automatic since (the demo's active step began
    # on 2026-11-03).
    chosen = ("--week", "2026-10-14") if week == "past" else ()
    result = run("--store", str(tmp_path / "petitspas.json"), "review", *chosen, now=NOW)
    assert result.exit_code == 0
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns
    assert not ESCAPE.search(result.stdout)
    name = f"review-{lang}-{columns}.txt" if week == "this" else f"review-past-{lang}-{columns}.txt"
    check_golden(name, result.stdout)


def _unbreakable_broken(text: str) -> list[str]:
    """Lines that start with French punctuation or end after a guillemet (a no-break space
    broken), and lines holding one backquote of a `command` split over two lines."""
    return [
        line
        for line in text.splitlines()
        if (re.match(r"\s*[:;?!%»]", line) and not line.startswith("? à noter"))  # the key's sign
        or line.rstrip().endswith("«")
        or line.count("`") % 2
    ]


@pytest.mark.parametrize("columns", [40, 52, 80])
@pytest.mark.parametrize("week", ["this", "past"])
def test_a_wrap_never_breaks_a_no_break_space_nor_a_command(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int, week: str
) -> None:
    assert run("--lang", "fr", "demo", "--dir", str(tmp_path), now=NOW).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    chosen = ("--week", "2026-10-14") if week == "past" else ()
    result = run("--store", str(tmp_path / "petitspas.json"), "review", *chosen, now=NOW)
    assert result.exit_code == 0
    assert "\u00a0" in result.stdout  # French typography, kept by the wrap
    assert _unbreakable_broken(result.stdout) == []


def test_the_wrap_keeps_no_break_spaces_and_commands_whole() -> None:
    from rich.console import Console
    from rich.text import Text

    from petitspas.present.render import wrap

    out = Console(width=40)
    line = Text("Aucune note cette semaine\u00a0: ajoutez-en une avec `petitspas log --note`.")
    line.stylize("bold", 0, 6)
    # Rich alone: ["Aucune note cette semaine\u00a0", ": ajoutez-en une avec ", ...]
    wrapped = wrap(line, out, 26)
    assert [piece.plain for piece in wrapped] == [
        "Aucune note cette ",
        "semaine\u00a0: ajoutez-en une ",
        "avec ",
        "`petitspas log --note`.",
    ]
    assert wrapped[0].spans[0].end == 6  # styles stay where they were
    # A command wider than the line is folded, as any word that long.
    assert [piece.plain for piece in wrap(Text("`a b c d e f`"), out, 5)] == [
        "`a b ",
        "c d e",
        " f`",
    ]


def test_demo_is_deterministic(run: Run, tmp_path: Path) -> None:
    first = run("demo", "--dir", str(tmp_path / "a"), now=NOW)
    second = run("demo", "--dir", str(tmp_path / "b"), now=NOW)
    assert first.exit_code == second.exit_code == 0
    assert (tmp_path / "a" / "petitspas.json").read_bytes() == (
        tmp_path / "b" / "petitspas.json"
    ).read_bytes()


def test_demo_store_is_realistic(demo_store: Path) -> None:
    store = storage.load(demo_store).store
    statuses = [step.status for step in store.steps]
    assert statuses.count("active") == 1
    assert "automatic" in statuses
    marks = [mark.mark for step in store.steps for mark in step.marks.values()]
    assert {"done", "missed"} <= set(marks)
    assert any(mark.note for step in store.steps for mark in step.marks.values())
    graduate = next(step for step in store.steps if step.status == "automatic")
    scores = [check.score for check in graduate.selfchecks]
    assert len(scores) >= 5
    assert scores[-1] >= 5.5 > scores[0]  # rising to the gate's goal


def test_demo_ten_years_has_skips_and_a_dropped_step(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path), "--weeks", "520", now=NOW)
    assert result.exit_code == 0
    store = storage.load(tmp_path / "petitspas.json").store
    statuses = [step.status for step in store.steps]
    assert statuses.count("active") == 1
    assert statuses.count("automatic") >= 20
    assert "dropped" in statuses
    assert any(m.mark == "skip" for step in store.steps for m in step.marks.values())
    # Its hard week is nine weeks before tonight: the first step, rebuilt on Friday 25 Sept.
    first = store.steps[0]
    assert [(hold.kind, hold.last) for hold in first.holds] == [("automatic", date(2026, 9, 24))]
    assert sorted(first.slips) == [date(2026, 9, 22), date(2026, 9, 24)]
    # One hard week, one step rebuilt: every other check of that week is answered as usual,
    # so nothing is left slipping tonight.
    assert [step.id for step in store.steps if step.slips] == [first.id]
    assert [(step.id, hold.kind) for step in store.steps for hold in step.holds] == [
        (first.id, "automatic"),
        ("hold-stand-fill-13", "on_hold"),  # the step being built that week, held
    ]
    assert [step.id for step in store.steps if maintenance.slipping(step)] == []
    assert min(c.answer for step in store.steps[1:] for c in step.maintenance) >= 5
    assert result.stdout.splitlines()[-2:] == [
        "The hard week, when a step slipped and was rebuilt:",
        f"  petitspas --store {tmp_path / 'petitspas.json'} review --week 2026-09-25",
    ]


def test_demo_refuses_to_overwrite(run: Run, demo_store: Path) -> None:
    before = demo_store.read_bytes()
    result = run("demo", "--dir", str(demo_store.parent), now=NOW)
    assert result.exit_code == 1
    assert result.stderr == (
        f"petitspas: {demo_store} already exists: choose another --dir "
        "(the demo never overwrites a store).\n"
    )
    assert demo_store.read_bytes() == before


def test_demo_says_how_to_explore(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path), now=NOW)
    store = tmp_path / "petitspas.json"
    assert f"  petitspas --store {store} review" in result.stdout.splitlines()
    assert result.stdout.endswith(f"  petitspas --store {store} log --done\n")  # no hard week


@pytest.mark.parametrize("weeks", ["0", "521", "x"])
def test_bad_weeks_are_usage_errors(run: Run, demo_store: Path, weeks: str) -> None:
    assert run("--store", str(demo_store), "review", "--weeks", weeks, now=NOW).exit_code == 2


def test_review_of_a_future_week_is_refused(run: Run, demo_store: Path) -> None:
    result = run("--store", str(demo_store), "review", "--week", "2026-12-07", now=NOW)
    assert result.exit_code == 1
    assert "has not begun yet" in result.stderr


def test_review_json_of_a_past_week(run: Run, demo_store: Path) -> None:
    result = run(
        "--store", str(demo_store), "review", "--json", "--week", "-7", "--weeks", "2", now=NOW
    )
    data = json.loads(result.stdout)
    assert data["log_day"] == "2026-11-27"
    assert data["week"]["start"] == "2026-11-16"
    assert [day["date"] for day in data["week"]["days"]][-1] == "2026-11-22"
    assert [row["week"] for row in data["heatmap"]] == ["2026-11-09", "2026-11-16"]
    assert {day["state"] for day in data["week"]["days"][5:]} == {"not_due"}
    assert set(data) == {
        "log_day", "vision", "step", "path_complete", "suggestions", "week", "heatmap",
        "strength", "wins", "notes", "other_notes", "watched", "path", "maintenance",
    }  # fmt: skip
    assert data["watched"] == []  # the ten-week demo has no automatic step watched yet
    assert data["step"]["id"] == next(s["id"] for s in data["path"] if s["status"] == "active")
    assert data["step"]["as_of"] == "2026-11-22"
    assert data["week"]["current"] is False


def test_today_unlogged_shows_as_to_log(run: Run, demo_store: Path) -> None:
    data = json.loads(run("--store", str(demo_store), "review", "--json", now=NOW).stdout)
    assert data["week"]["days"][4] == {
        "date": "2026-11-27",
        "state": "open",
        "step": data["step"]["id"],
        "note": None,
    }


COMMANDS = [
    ("review",),
    ("path",),
    ("status",),
    ("catalog",),
    ("log", "--done"),
    ("check", "--answers", "4,4,4,4"),
]


@pytest.mark.parametrize("args", COMMANDS)
def test_no_color_means_no_escape_codes(
    run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # as if on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    result = run("--store", str(demo_store), *args, now=NOW)
    assert result.exit_code == 0, result.output
    assert not ESCAPE.search(result.stdout + result.stderr)


def test_colour_on_a_terminal(run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")  # Rich draws no colour on TERM=dumb
    monkeypatch.delenv("NO_COLOR")
    result = run("--store", str(demo_store), "review", now=NOW)
    assert ESCAPE.search(result.stdout)


@pytest.mark.parametrize(("lang", "heading"), [("en", "This week"), ("fr", "Cette semaine")])
def test_a_one_week_heatmap_is_not_called_last_1_weeks(
    run: Run, store_path: Path, lang: str, heading: str
) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    result = run("--lang", lang, "review", "--weeks", "1")
    assert result.exit_code == 0
    assert heading in result.stdout.splitlines()
    assert "1 weeks" not in result.stdout and "1 dernières" not in result.stdout


# --- a past week, as it stood --------------------------------------------------------------


@pytest.fixture
def half_year(half_year_bytes: bytes, tmp_path: Path) -> Path:
    """The 26-week demo: three steps started; the first, automatic on 2026-07-24, slipped in
    the hard week of 2026-09-21 and was rebuilt, automatic again on 2026-10-09."""
    return _copy(half_year_bytes, tmp_path / "half" / "petitspas.json")


def review_json(run: Run, store: Path, *args: str) -> dict[str, Any]:
    result = run("--store", str(store), "review", "--json", *args, now=NOW)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_past_week_shows_the_step_of_that_week_as_it_stood(run: Run, half_year: Path) -> None:
    data = review_json(run, half_year, "--week", "2026-07-08")
    card, store = data["step"], storage.load(half_year).store
    step = store.find("bonjour")
    # Automatic on 2026-07-24, rebuilt after the hard week of 2026-09-21, automatic again.
    assert step is not None and step.automatic_on == date(2026, 10, 9)
    assert [(hold.kind, hold.first, hold.last) for hold in step.holds] == [
        ("automatic", date(2026, 7, 25), date(2026, 9, 24))
    ]
    assert card["id"] == "bonjour" and card["as_of"] == "2026-07-12"
    then = progress(step, TODAY, through=date(2026, 7, 12))
    assert (card["streak"], card["best_streak"]) == (then.streak, then.best_streak) == (3, 16)
    assert card["strength"] == floored(then.strength, 4) == 0.7215
    assert card["strength"] < floored(progress(step, TODAY).strength, 4)  # it grew after
    assert card["days_since_start"] == (date(2026, 7, 12) - date(2026, 5, 30)).days
    assert card["gate"]["selfcheck"] == {"date": "2026-07-10", "score": 5.75}
    assert (card["forecast"], card["plateau"]) == (None, None)
    assert card["automatic_on"] == "2026-10-09"  # what became of it: its latest graduation
    assert {day["step"] for day in data["week"]["days"]} == {"bonjour"}
    assert [day["state"] for day in data["week"]["days"]] == [
        "missed", "missed", "done", "done", "done", "not_due", "not_due",
    ]  # fmt: skip
    assert data["notes"] == [
        {"date": "2026-07-10", "mark": "done", "note": "Felt natural today, no reminder needed."}
    ]


def test_a_past_week_says_when_it_stood_and_what_became_of_the_step(
    run: Run, half_year: Path
) -> None:
    result = run("--store", str(half_year), "review", "--week", "2026-07-08", now=NOW)
    lines = result.stdout.splitlines()
    assert "│ Say good morning to each person" + " " * 46 + "│" in lines
    assert "│ As it stood on 2026-07-12" + " " * 52 + "│" in lines
    assert "│ Started        2026-05-30 (43 days earlier)" + " " * 34 + "│" in lines
    assert "│ Streak         3 (best 16)" + " " * 51 + "│" in lines
    assert "│ Now            automatic on 2026-10-09" + " " * 39 + "│" in lines
    assert "That week" in lines and "This week" not in lines
    assert "7 weeks up to 2026-07-12" in lines


def test_a_week_where_steps_change_shows_each_day_under_its_own_step(
    run: Run, half_year: Path
) -> None:
    # trois-reussites became automatic on Wednesday 2026-09-09; the stand-up began Thursday.
    # The week it graduated is the one to look back on: its days and notes are there.
    data = review_json(run, half_year, "--week", "2026-09-09", "--weeks", "2")
    assert data["step"]["id"] == "cahier-de-reussites"
    assert [day["step"] for day in data["week"]["days"]] == (
        ["trois-reussites"] * 3 + ["cahier-de-reussites"] * 4
    )
    assert [day["state"] for day in data["week"]["days"]] == (
        ["done"] * 3 + ["not_due", "missed", "not_due", "not_due"]
    )
    assert data["notes"] == [
        {"date": "2026-09-07", "mark": "done",
         "note": "Listened to Tom until the end instead of answering."},
        {"date": "2026-09-08", "mark": "done",
         "note": "Almost forgot, then the coffee machine reminded me."},
        {"date": "2026-09-09", "mark": "done",
         "note": "Sophie told me what she learned from the outage."},
    ]  # fmt: skip
    assert data["other_notes"] == []
    assert data["heatmap"][-1]["steps"] == ["trois-reussites"] * 3 + ["cahier-de-reussites"] * 4
    text = run("--store", str(half_year), "review", "--week", "2026-09-09").stdout
    lines = text.splitlines()
    row = lines.index("That week")
    assert lines[row + 2 : row + 4] == [
        " ✓    ✓    ✓  │ ·    ✗    ·    · ",  # the stand-up begins on Thursday
        "07   08   09   10   11   12   13 ",
    ]
    assert "• Wed 09 Sophie told me what she learned from the outage." in lines


def test_the_heatmap_marks_where_a_step_begins(run: Run, half_year: Path) -> None:
    result = run("--store", str(half_year), "review", "--week", "2026-09-09", "--weeks", "2")
    lines = result.stdout.splitlines()
    start = lines.index("2 weeks up to 2026-09-13")
    assert lines[start + 1 : start + 6] == [
        "            Mon  Tue  Wed  Thu  Fri  Sat  Sun",
        "▸ 2. Note 3 things done well and share them",
        "2026-08-31   ✓    ✓    ✓    ✓    ✓    ·    · ",
        "▸ 3. Hold a stand-up to fill the team's success log",
        "2026-09-07   ✓    ✓    ✓  │ ·    ✗    ·    · ",
    ]


def test_the_heatmap_has_no_weeks_before_the_first_step(run: Run, half_year: Path) -> None:
    data = review_json(run, half_year, "--week", "2026-06-03")
    # The first step started on Saturday 2026-05-30: its week is the first row.
    assert [row["week"] for row in data["heatmap"]] == ["2026-05-25", "2026-06-01"]
    assert data["heatmap"][0]["steps"] == [None] * 5 + ["bonjour"] * 2
    lines = run("--store", str(half_year), "review", "--week", "2026-06-03").stdout.splitlines()
    assert "2 weeks up to 2026-06-07" in lines


def test_a_week_before_the_history_is_refused(run: Run, half_year: Path) -> None:
    result = run("--store", str(half_year), "review", "--week", "2026-05-24", now=NOW)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "petitspas: Your history begins on 2026-05-30: pick a day of that week or later "
        "(got 2026-05-24).\n"
    )
    assert run("--store", str(half_year), "review", "--week", "2026-05-25").exit_code == 0


def test_strength_week_by_week_is_the_strength_at_each_weeks_end(run: Run, half_year: Path) -> None:
    step = storage.load(half_year).store.find("bonjour")
    assert step is not None
    data = review_json(run, half_year, "--week", "2026-07-08", "--weeks", "4")
    mondays = [date(2026, 6, 15) + timedelta(weeks=n) for n in range(4)]
    assert data["strength"] == [
        {
            "week": monday.isoformat(),
            "strength": floored(progress(step, TODAY, through=monday + timedelta(6)).strength, 4),
        }
        for monday in mondays
    ]
    # The active step began on Thursday 2026-09-10: a 14-week window reaches back to
    # 2026-08-24, two weeks of the step before it, which the curve leaves out.
    this_week = review_json(run, half_year, "--weeks", "14")["strength"]
    active = storage.load(half_year).store.active_step()
    assert active is not None
    assert this_week[-1] == {
        "week": "2026-11-23",
        "strength": floored(progress(active, TODAY).strength, 4),
    }
    assert this_week[0] == {"week": "2026-09-07", "strength": 0.0}  # its first week: a miss
    assert len(this_week) == 12


def test_the_sparkline_rises_with_the_strength(run: Run, half_year: Path) -> None:
    lines = run("--store", str(half_year), "review", "--week", "2026-07-08").stdout.splitlines()
    start = lines.index("Strength week by week")
    assert lines[start + 1 : start + 3] == [
        "▁▃▃▅▆▇▆ 72%",  # two misses in its last week
        "7 weeks from 2026-05-25 · goal 80% = ▇",
    ]


def test_notes_of_missed_and_paused_days_stand_apart(run: Run) -> None:
    assert run("init", "--vision", "v", now="2026-11-02T21:00").exit_code == 0
    assert run("add", "Say hello", now="2026-11-02T21:00").exit_code == 0
    for day, mark, note in [
        ("2026-11-02", "--done", "Everyone, even Sam"),
        ("2026-11-03", "--missed", "Rushed in late, forgot"),
        ("2026-11-04", "--skip", "Congés"),
        ("2026-11-05", "--done", ""),
    ]:
        args = ("log", mark, "--date", day) + (("--note", note) if note else ())
        assert run(*args, now="2026-11-06T21:00").exit_code == 0
    data = json.loads(run("review", "--json", now="2026-11-06T21:00").stdout)
    assert data["notes"] == [{"date": "2026-11-02", "mark": "done", "note": "Everyone, even Sam"}]
    assert data["other_notes"] == [
        {"date": "2026-11-03", "mark": "missed", "note": "Rushed in late, forgot"},
        {"date": "2026-11-04", "mark": "skip", "note": "Congés"},
    ]
    lines = run("review", now="2026-11-06T21:00").stdout.splitlines()
    start = lines.index("Success log of the week")
    assert lines[start : start + 6] == [
        "Success log of the week",
        "• Mon 02 Everyone, even Sam",
        "",
        "Missed and paused days",
        "• Tue 03 (missed) Rushed in late, forgot",
        "• Wed 04 (pause) Congés",
    ]


@pytest.mark.parametrize(("columns", "names"), [(80, "Mon  Tue"), (40, "Mo  Tu")])
def test_every_grid_names_days_alike(
    run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch, columns: int, names: str
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = run("--store", str(demo_store), "review", now=NOW).stdout.splitlines()
    headers = [line.strip() for line in lines if names in line]
    assert len(headers) == 2 and headers[0] == headers[1]


def test_wrapped_lines_keep_their_indent(
    run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    lines = run("--store", str(demo_store), "review", now=NOW).stdout.splitlines()
    notes = lines.index("Success log of the week")
    assert lines[notes + 1 : notes + 3] == [
        "• Tue 24 Thanked Karim for the client",
        "  summary, he looked surprised.",
    ]
    path = lines.index("Path")
    assert lines[path + 1 : path + 3] == [
        "1. ✓ Say good morning to each person —",
        "   automatic 2026-11-02",
    ]
    assert lines[1:3] == [
        "Vision: A team where everyone dares to",
        "  try, says what they learned, and is",
    ]


@pytest.mark.parametrize(
    ("statuses", "window"),
    [
        ([], (0, 0)),
        (["active", "locked"], (0, 2)),
        (["automatic"] * 3 + ["active"] + ["locked"] * 3, (0, 7)),
        (["automatic"] * 5 + ["dropped", "active"] + ["locked"] * 5, (3, 10)),
        (["automatic", "active"] + ["locked"] * 8, (0, 5)),
        (["automatic"] * 9, (6, 9)),  # a complete path: its last three
        (["automatic"] * 4 + ["locked"] * 4, (1, 8)),  # none active: the next to start
    ],
)
def test_the_review_shows_the_path_around_the_active_step(
    statuses: list[str], window: tuple[int, int]
) -> None:
    from petitspas.present.render import path_window

    assert path_window(statuses) == window


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "en",
            [
                "Path",
                "50 earlier steps: `petitspas path`",
                "51. ✓ Hold a stand-up to fill the team's success log (round 13) — automatic",
                "    2026-05-01",
                "52. ✓ Say good morning to each person (round 14) — automatic 2026-07-03",
                "53. ✓ Note 3 things done well and share them (round 14) — automatic 2026-08-28",
                "54. ▶ Hold a stand-up to fill the team's success log (round 14) — active",
                "    2026-08-29",
                "55. 🔒 Say good morning to each person (round 15) — locked",
            ],
        ),
        (
            "fr",
            [
                "Parcours",
                typeset("50 pas précédents : `petitspas path`"),
                "51. ✓ Hold a stand-up to fill the team's success log (round 13) — automatique",
                "    2026-05-01",
                "52. ✓ Say good morning to each person (round 14) — automatique 2026-07-03",
                "53. ✓ Note 3 things done well and share them (round 14) — automatique 2026-08-28",
                "54. ▶ Hold a stand-up to fill the team's success log (round 14) — actif",
                "    2026-08-29",
                "55. 🔒 Say good morning to each person (round 15) — verrouillé",
            ],
        ),
    ],
)
def test_a_long_path_in_the_review_is_the_steps_around_the_active_one(
    run: Run, tmp_path: Path, lang: str, lines: list[str]
) -> None:
    assert (
        run("--lang", "en", "demo", "--dir", str(tmp_path), "--weeks", "520", now=NOW).exit_code
        == 0
    )
    result = run("--lang", lang, "--store", str(tmp_path / "petitspas.json"), "review", now=NOW)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-len(lines) :] == lines


@pytest.mark.parametrize("columns", [40, 80])
def test_emoji_with_modifiers_keep_the_card_border_straight(
    run: Run, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert run("init", "--vision", "A 👩‍👩‍👧‍👦 team 👍🏽", now=NOW).exit_code == 0
    added = run("add", "Thank the 👩‍👩‍👧‍👦 team", "--cue", "When 👋🏽 I arrive", now=NOW)
    assert added.exit_code == 0
    assert run("log", "--done", "--note", "👍🏽👍🏽 they laughed", now=NOW).exit_code == 0
    lines = run("review", now=NOW).stdout.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("╭"))
    bottom = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    card = lines[top : bottom + 1]
    assert any("👩‍👩‍👧‍👦" in line for line in card) and any("👋🏽" in line for line in card)
    # As a terminal draws them: each emoji, modifiers and all, is two cells.
    drawn = [re.sub("👩‍👩‍👧‍👦|👍🏽|👋🏽", "XX", line) for line in card]
    assert {cell_len(line) for line in drawn} == {columns}, card
    assert all(line.endswith(("│", "╮", "╯")) for line in card)


def _watched(store: Any) -> list[tuple[str, str, str, object]]:
    """The demo's maintenance checks, slips and reactivations: (kind, step, day, answer or
    note)."""
    return [
        (op["op"], op["step"], op["on"], op.get("answer", op.get("note")))
        for op in store.journal
        if op["op"] in ("maintenance", "slip", "reactivate")
    ]


def test_the_half_year_demo_tells_a_relapse_rebuilt(half_year: Path, demo_store: Path) -> None:
    store = storage.load(half_year).store
    assert _watched(store) == [
        # Automatic on 2026-07-24: checked at four and eight weeks.
        ("maintenance", "bonjour", "2026-08-21", 7),
        ("maintenance", "bonjour", "2026-09-18", 7),
        # The hard week of 2026-09-21: two lapses, slipping, rebuilt on Friday evening.
        ("slip", "bonjour", "2026-09-22",
         "Reorg announced this morning: went straight to my desk."),
        ("slip", "bonjour", "2026-09-24",
         "Crisis call the moment I arrived; walked past everyone without a word."),
        ("reactivate", "bonjour", "2026-09-25", None),
        ("maintenance", "trois-reussites", "2026-10-09", 7),
        # Automatic again on 2026-10-09 (14 days on): its first check four weeks later.
        ("maintenance", "bonjour", "2026-11-06", 5),
        ("maintenance", "trois-reussites", "2026-11-06", 7),
    ]  # fmt: skip
    rebuilt, held = store.find("bonjour"), store.find("cahier-de-reussites")
    assert rebuilt is not None and held is not None
    assert rebuilt.marks[date(2026, 9, 25)].mark == "done"  # the rebuild's first evening
    assert rebuilt.automatic_on == date(2026, 10, 9)
    # The stand-up, active since 2026-09-10, waited from Saturday to the rebuild's end, then
    # resumed the day after; its Fridays on hold hold no mark and count for nothing.
    assert [(hold.kind, hold.first, hold.last) for hold in held.holds] == [
        ("on_hold", date(2026, 9, 26), date(2026, 10, 9))
    ]
    assert held.status == "active"
    assert not [day for day in held.marks if date(2026, 9, 26) <= day <= date(2026, 10, 9)]
    # Its Friday the evening of the rebuild was logged first; its first Friday after, too.
    assert held.marks[date(2026, 9, 25)].mark == "done"
    assert held.marks[date(2026, 10, 16)].mark == "missed"
    # The ten-week demo stays the story it always was: nothing watched yet.
    assert _watched(storage.load(demo_store).store) == []


def test_the_half_year_demo_tells_its_relapse_in_french(tmp_path: Path) -> None:
    from datetime import datetime

    from petitspas import i18n
    from petitspas.core import demo

    i18n.set_language("fr")  # as `petitspas --lang fr demo` says it
    store, _ = demo.sample(datetime.fromisoformat(NOW), 26, "fr")
    assert [note for kind, _, _, note in _watched(store) if kind == "slip"] == [
        typeset("Réorganisation annoncée ce matin : filé droit à mon bureau."),
        typeset("Appel de crise dès mon arrivée ; passé devant tout le monde sans un mot."),
    ]


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", [
            "Automatic steps: checks and lapses",
            "• Tue 22 “Say good morning to each person” lapsed — Reorg announced this",
            "  morning: went straight to my desk.",
            "• Thu 24 “Say good morning to each person” lapsed — Crisis call the moment I",
            "  arrived; walked past everyone without a word.",
        ]),
        ("fr", [
            typeset("Réflexes : points d'entretien et écarts"),
            typeset("• mar 22 « Say good morning to each person » a flanché — Reorg announced"
                    " this"),
            "  morning: went straight to my desk.",
            typeset("• jeu 24 « Say good morning to each person » a flanché — Crisis call the"
                    " moment"),
            "  I arrived; walked past everyone without a word.",
        ]),
    ],
)  # fmt: skip
def test_the_hard_week_lists_its_lapses_under_the_notes(
    run: Run, half_year: Path, lang: str, lines: list[str]
) -> None:
    data = review_json(run, half_year, "--week", "2026-09-25")
    assert data["watched"] == [
        {"date": "2026-09-22", "step": "bonjour", "title": "Say good morning to each person",
         "kind": "slip", "score": None,
         "note": "Reorg announced this morning: went straight to my desk."},
        {"date": "2026-09-24", "step": "bonjour", "title": "Say good morning to each person",
         "kind": "slip", "score": None,
         "note": "Crisis call the moment I arrived; walked past everyone without a word."},
    ]  # fmt: skip
    result = run("--lang", lang, "--store", str(half_year), "review", "--week", "2026-09-25",
                 now=NOW)  # fmt: skip
    shown = result.stdout.splitlines()
    start = shown.index(lines[0])
    assert shown[start : start + len(lines) + 1] == [*lines, ""]


def test_a_week_with_a_maintenance_check_lists_it(run: Run, half_year: Path) -> None:
    data = review_json(run, half_year, "--week", "2026-09-18")
    assert [(e["date"], e["step"], e["kind"], e["score"], e["note"]) for e in data["watched"]] == [
        ("2026-09-18", "bonjour", "check", 7, None)
    ]
    text = run("--lang", "fr", "--store", str(half_year), "review", "--week", "2026-09-18",
               now=NOW).stdout.splitlines()  # fmt: skip
    assert typeset("• ven 18 « Say good morning to each person » : point d'entretien, 7 sur 7") in (
        text
    )
