"""Tests for the exports: markdown against golden files, JSON round trip, CSV rows."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tests.conftest import Run, check_golden

from petitspas import i18n
from petitspas.core.model import DayMark, Mark, SelfCheck, Step, Store
from petitspas.export.csv import to_csv
from petitspas.export.json import to_json
from petitspas.export.markdown import markdown, md_escape
from petitspas.present.report import Period, StepReport, reported, step_reports
from petitspas.storage import store as storage

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = "PETITSPAS_UPDATE_GOLDEN"
TODAY = date(2026, 11, 27)  # a Friday, not logged yet
TABLE_RULE = re.compile(r"^\| :?-+:? (\| :?-+:? )*\|$", re.MULTILINE)


@pytest.fixture(autouse=True)
def english() -> None:
    """English unless a test says otherwise, whatever the locale the tests were started in."""
    i18n.set_language("en")


# --- the fixed store -----------------------------------------------------------------------


def written(day: date, minute: int = 0) -> str:
    """When the evening's log was typed: 21:mm local time, summer or winter offset."""
    offset = "+02:00" if day < date(2026, 10, 25) else "+01:00"
    return f"{day.isoformat()}T21:{minute:02d}:00{offset}"


def check(day: date, *answers: int) -> SelfCheck:
    a, b, c, d = answers
    return SelfCheck(date=day, answers=(a, b, c, d), written_at=written(day, 30))


def marks(
    first: date,
    last: date,
    due: set[int],
    exceptions: dict[date, tuple[Mark | None, str | None]],
) -> dict[date, DayMark]:
    """`done` on every due day from `first` to `last`, except the days listed.

    An exception of `(None, None)` leaves a due day without a mark (it counts as missed);
    an exception on an unscheduled day adds a mark there.
    """
    result: dict[date, DayMark] = {}
    day = first
    while day <= last:
        mark, note = exceptions.get(day, ("done" if day.weekday() in due else None, None))
        if mark is not None:
            result[day] = DayMark(mark=mark, note=note, written_at=written(day))
        day += timedelta(days=1)
    return result


def fixed_store() -> Store:
    """One step automatic after 7 weeks, one active since, one locked; notes full of markup."""
    greet = Step(
        id="bonjour",
        title="Say good morning to each person",
        cue="When I arrive at the office",
        celebration="I tell myself: that's the team I want",
        schedule="workdays",
        status="automatic",
        catalog="bonjour",
        added_on=date(2026, 9, 2),
        started=date(2026, 9, 2),
        automatic_on=date(2026, 10, 21),
        marks=marks(
            date(2026, 9, 2),
            date(2026, 10, 21),
            set(range(5)),
            {
                date(2026, 9, 2): ("done", "Said hello to the night shift too"),
                date(2026, 9, 10): ("missed", "Straight into a 9:00 crisis call"),
                date(2026, 9, 17): (None, None),
                date(2026, 9, 21): ("skip", "Holiday"),
                date(2026, 9, 22): ("skip", None),
                date(2026, 9, 26): ("done", "Came in on Saturday for the release, greeted all 4"),
                date(2026, 10, 21): ("done", "# of people greeted: everyone, even in a rush"),
            },
        ),
        selfchecks=[
            check(date(2026, 9, 11), 2, 3, 2, 1),
            check(date(2026, 9, 25), 4, 4, 3, 3),
            check(date(2026, 10, 9), 5, 5, 5, 4),
            check(date(2026, 10, 21), 6, 6, 5, 6),
        ],
    )
    wins = Step(
        id="trois-reussites",
        title="Note 3 things done well and share them",
        cue="Before I close my laptop",
        schedule="mon,wed,fri",
        status="active",
        catalog="trois-reussites",
        added_on=date(2026, 9, 2),
        started=date(2026, 10, 22),
        marks=marks(
            date(2026, 10, 22),
            TODAY - timedelta(days=1),
            {0, 2, 4},
            {
                date(2026, 10, 28): ("done", "Shared them with Léa, Marc and Sam"),
                date(2026, 10, 30): ("missed", 'Forgot: the "all hands" ran late, again'),
                date(2026, 11, 4): (None, None),
                date(2026, 11, 9): ("skip", "Team offsite"),
                date(2026, 11, 11): ("skip", None),
                date(2026, 11, 13): ("done", "Team | ops: 3 wins, *shipped* on time"),
                date(2026, 11, 24): ("done", "Wrote <b>three</b> wins_for_the_wiki [draft]"),
            },
        ),
        selfchecks=[check(date(2026, 11, 20), 3, 4, 3, 3)],
    )
    thanks = Step(
        id="merci",
        title="Thank someone for a specific piece of work",
        cue="When I read a finished piece of work",
        catalog="merci",
        added_on=date(2026, 10, 5),
    )
    return Store(
        vision="A team where people dare to try, and say so",
        steps=[greet, wins, thanks],
        revision=57,
    )


# --- markdown ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_matches_the_golden_file(lang: str) -> None:
    i18n.set_language(lang)
    text = markdown(fixed_store(), TODAY)
    check_golden(f"export-{lang}.md", text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_is_deterministic_and_leaves_the_store_alone(lang: str) -> None:
    i18n.set_language(lang)
    store = fixed_store()
    before = store.to_dict()
    first = markdown(store, TODAY)
    assert markdown(store, TODAY) == first
    assert markdown(fixed_store(), TODAY) == first
    assert store.to_dict() == before
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert not [line for line in first.splitlines() if line != line.rstrip()]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_renders_every_table_and_no_raw_html(lang: str) -> None:
    i18n.set_language(lang)
    text = markdown(fixed_store(), TODAY)
    # The path, then a self-check table and a calendar for each of the two started steps.
    assert len(TABLE_RULE.findall(text)) == 5
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert html.count("<table>") == 5
    assert "<b>" not in html and "&lt;b&gt;three&lt;/b&gt;" in html
    assert "<em>" not in html and "<strong>2026-11-13</strong>" in html
    assert "Team | ops: 3 wins, *shipped* on time" in html
    assert "<h1>" not in html.split("</h1>", 1)[1]  # the '#' opening a note stays text


def test_markdown_sections_skip_locked_steps_but_the_path_lists_them() -> None:
    text = markdown(fixed_store(), TODAY)
    assert re.findall(r"^## .*$", text, re.MULTILINE) == [
        "## Path",
        "## 1. Say good morning to each person",
        "## 2. Note 3 things done well and share them",
    ]
    assert "|   3 | Thank someone for a specific piece of work | locked    |            |" in text


def test_calendar_reads_days_like_the_progress_engine() -> None:
    text = markdown(fixed_store(), TODAY)
    rows = {line.split(" | ")[0][2:]: line for line in text.splitlines() if line[:4] == "| 20"}
    # The step started on a Wednesday: Monday and Tuesday are outside it.
    assert rows["2026-08-31"] == "| 2026-08-31 |     |     |  ✓  |  ✓  |  ✓  |  ·  |  ·  |"
    # An explicit miss, and a due day left without a mark, both show as missed.
    assert rows["2026-09-07"] == "| 2026-09-07 |  ✓  |  ✓  |  ✓  |  ✗  |  ✓  |  ·  |  ·  |"
    assert rows["2026-09-14"] == "| 2026-09-14 |  ✓  |  ✓  |  ✓  |  ✗  |  ✓  |  ·  |  ·  |"
    # Skips, and a done on an unscheduled Saturday.
    assert rows["2026-09-21"] == "| 2026-09-21 |  ~  |  ~  |  ✓  |  ✓  |  ✓  |  ✓  |  ·  |"
    # The last week of the active step: a done Tuesday off-schedule, tonight not logged yet,
    # and the weekend still to come.
    assert rows["2026-11-23"] == "| 2026-11-23 |  ✓  |  ✓  |  ✓  |  ·  |     |     |     |"


def test_a_dropped_step_shows_its_date_and_reason() -> None:
    store = Store(
        steps=[
            Step(
                id="reunion-utile",
                title="Cancel one meeting",
                status="dropped",
                started=date(2026, 11, 2),
                dropped_on=date(2026, 11, 5),
                drop_reason="Not *my* meetings to cancel",
                marks={date(2026, 11, 2): DayMark("done", None, written(date(2026, 11, 2)))},
            ),
            Step(
                id="never",
                title="Dropped before it began",
                status="dropped",
                dropped_on=date(2026, 11, 1),
            ),
        ]
    )
    text = markdown(store, TODAY)
    assert "- Dropped on: 2026-11-05\n- Reason: Not \\*my\\* meetings to cancel\n" in text
    assert "Automatic on" not in text and "> " not in text  # no vision, no blockquote
    assert "## 1. Cancel one meeting" in text and "## 2." not in text
    assert "|   2 | Dropped before it began | dropped |            | 2026-11-01  " in text
    # Monday done, Tuesday and Wednesday not logged (missed), Thursday (the last day,
    # unmarked) not counted, then outside the step.
    assert "| 2026-11-02 |  ✓  |  ✗  |  ✗  |     |     |     |     |" in text


def test_an_empty_store_gives_a_short_report() -> None:
    assert markdown(Store(vision="  "), TODAY) == (
        "# petitspas — progress\n\n"
        "From 2026-11-27 to 2026-11-27.\n\n"
        "## Path\n\n"
        "Your path is empty: add a step with `petitspas add`.\n"
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, «quotes» and é", "plain words, «quotes» and é"),
        ("a | b", "a \\| b"),
        ("*bold* _em_ `code`", "\\*bold\\* \\_em\\_ \\`code\\`"),
        ("<b>hi</b> & [link](x)", "\\<b\\>hi\\</b\\> \\& \\[link\\](x)"),
        ("back\\slash ~~gone~~ $5", "back\\\\slash \\~\\~gone\\~\\~ \\$5"),
        ("# not a heading", "\\# not a heading"),
        ("Ask about #", "Ask about \\#"),
        ("- not a list", "\\- not a list"),
        ("12. not a list either", "12\\. not a list either"),
        ("line\nbreak\tand  spaces ", "line break and spaces"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_escaped_text_renders_as_itself() -> None:
    text = "# a | b *c* _d_ `e` <b>f</b> [g](h) \\ & ~i~ $j$ 1) k"
    html = MarkdownIt("commonmark").render(md_escape(text))
    assert html == (
        "<p># a | b *c* _d_ `e` &lt;b&gt;f&lt;/b&gt; [g](h) \\ &amp; ~i~ $j$ 1) k</p>\n"
    )


# --- JSON ----------------------------------------------------------------------------------


def test_json_is_the_store_file_and_round_trips(tmp_path: Path) -> None:
    store = fixed_store()
    raw = to_json(store)
    assert raw == storage.serialize(store).decode("utf-8")
    assert raw.endswith("}\n") and "Léa" in raw  # UTF-8 kept, not \u-escaped
    assert storage.parse(raw.encode("utf-8"), tmp_path / "export.json") == store


def test_json_shape_is_documented(tmp_path: Path) -> None:
    """Every key the export writes is named in docs/export-json.md, and its example loads."""
    doc = (Path(__file__).parent.parent / "docs" / "export-json.md").read_text("utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    loaded = storage.parse(example.encode("utf-8"), tmp_path / "example.json")
    assert json.loads(to_json(loaded)) == json.loads(example)
    data = fixed_store().to_dict()
    keys = set(data) | set(data["settings"]) | set(data["steps"][0])
    keys |= set(next(iter(data["steps"][0]["marks"].values())))
    keys |= set(data["steps"][0]["selfchecks"][0])
    assert "`cleared`" in doc and "## Cleared day" in doc
    assert sorted(key for key in keys if f"`{key}`" not in doc) == []


# --- CSV -----------------------------------------------------------------------------------


def test_csv_has_one_row_per_mark_in_path_then_date_order() -> None:
    store = Store(
        steps=[
            Step(
                id="bonjour",
                title="Say good morning, to each person",
                status="automatic",
                started=date(2026, 11, 2),
                automatic_on=date(2026, 11, 4),
                marks={
                    date(2026, 11, 4): DayMark("done", None, "2026-11-04T21:00:00+01:00"),
                    date(2026, 11, 2): DayMark(
                        "done", 'Said "bonjour", loudly', "2026-11-02T21:05:00+01:00"
                    ),
                    date(2026, 11, 3): DayMark("missed", "a | b", "2026-11-03T23:59:00+01:00"),
                },
            ),
            Step(
                id="merci",
                title="Thank someone",
                status="active",
                started=date(2026, 11, 5),
                marks={date(2026, 11, 6): DayMark("skip", "", "2026-11-06T20:00:00+01:00")},
            ),
            Step(id="cap", title="Link a task to the vision"),
        ]
    )
    raw = to_csv(store)
    assert "\r" not in raw and raw.endswith("\n")
    assert '"Said ""bonjour"", loudly"' in raw
    assert list(csv.reader(io.StringIO(raw))) == [
        ["step_id", "step_title", "date", "mark", "note", "written_at"],
        [
            "bonjour",
            "Say good morning, to each person",
            "2026-11-02",
            "done",
            'Said "bonjour", loudly',
            "2026-11-02T21:05:00+01:00",
        ],
        [
            "bonjour",
            "Say good morning, to each person",
            "2026-11-03",
            "missed",
            "a | b",
            "2026-11-03T23:59:00+01:00",
        ],
        [
            "bonjour",
            "Say good morning, to each person",
            "2026-11-04",
            "done",
            "",
            "2026-11-04T21:00:00+01:00",
        ],
        ["merci", "Thank someone", "2026-11-06", "skip", "", "2026-11-06T20:00:00+01:00"],
    ]


def test_csv_of_the_fixed_store_counts_every_mark() -> None:
    store = fixed_store()
    rows = list(csv.DictReader(io.StringIO(to_csv(store))))
    assert len(rows) == sum(len(step.marks) for step in store.steps) == 51
    assert [row["step_id"] for row in rows] == ["bonjour"] * 36 + ["trois-reussites"] * 15
    assert rows[-1]["date"] == "2026-11-25" and rows[0]["date"] == "2026-09-02"
    assert {row["note"] for row in rows} >= {"", 'Forgot: the "all hands" ran late, again'}


# --- a period, without notes ---------------------------------------------------------------


def test_a_period_limits_marks_checks_and_notes_and_says_so() -> None:
    store = fixed_store()
    text = markdown(store, TODAY, Period(date(2026, 10, 12), date(2026, 11, 6), TODAY))
    assert "\n\nFrom 2026-10-12 to 2026-11-06.\n\n" in text
    greet = text.split("## 1. ", 1)[1].split("## 2. ", 1)[0]
    # 2026-10-12 … 2026-10-21: eight workdays, all done; the strength as it stood then.
    assert "- Done 8 of 8 due days (100%)\n" in greet
    assert "- Strength: 85% (goal 80%)\n" in greet
    rows = [line for line in greet.splitlines() if line.startswith("| 2026-")]
    assert rows == [
        "| 2026-10-21 |             6 |                   6 |                5 |"
        "                6 |  5.75 |",
        "| 2026-10-12 |  ✓  |  ✓  |  ✓  |  ✓  |  ✓  |  ·  |  ·  |",
        "| 2026-10-19 |  ✓  |  ✓  |  ✓  |     |     |     |     |",
    ]
    assert "- **2026-10-21** (done): \\# of people greeted" in greet
    assert "Said hello to the night shift too" not in text  # 2026-09-02: before the period
    wins = text.split("## 2. ", 1)[1]
    # Mon, Wed, Fri from 2026-10-22 to 2026-11-06: 7 due days, 2 of them not done.
    assert "- Done 5 of 7 due days (71%)\n" in wins
    assert "| 2026-10-19 |     |     |     |  ·  |  ✓  |  ·  |  ·  |" in wins
    assert "| 2026-11-02 |  ✓  |  ·  |  ✗  |  ·  |  ✓  |     |     |" in wins
    assert "| 2026-11-09 |" not in wins and "Team offsite" not in wins
    assert "No self-check yet." in wins  # the only one is dated 2026-11-20


def test_a_period_ending_before_a_step_began_shows_it_locked_without_a_section() -> None:
    text = markdown(fixed_store(), TODAY, Period(date(2026, 9, 1), date(2026, 10, 2), TODAY))
    assert re.findall(r"^## .*$", text, re.MULTILINE) == [
        "## Path",
        "## 1. Say good morning to each person",
    ]
    assert "|   1 | Say good morning to each person            | active |" in text
    assert "|   2 | Note 3 things done well and share them     | locked |" in text
    assert "Automatic on" not in text


def test_no_notes_leaves_every_note_out() -> None:
    store = fixed_store()
    text = markdown(store, TODAY, Period.whole(store, TODAY, notes=False))
    assert "From 2026-09-02 to 2026-11-27. Notes left out.\n" in text
    assert "### Notes" not in text
    for step in store.steps:
        for mark in step.marks.values():
            assert not mark.note or md_escape(mark.note) not in text
    rows = list(
        csv.DictReader(io.StringIO(to_csv(store, period=Period.whole(store, TODAY, False))))
    )
    assert len(rows) == 51 and {row["note"] for row in rows} == {""}


def test_csv_keeps_the_marks_of_the_period() -> None:
    store = fixed_store()
    raw = to_csv(store, period=Period(date(2026, 10, 21), date(2026, 10, 23), TODAY))
    assert [row["date"] for row in csv.DictReader(io.StringIO(raw))] == [
        "2026-10-21",
        "2026-10-23",
    ]


@pytest.mark.parametrize(
    ("lang", "due", "done", "paused", "line"),
    [
        ("en", 1, 1, 0, "Done 1 of 1 due day (100%)"),
        ("en", 3, 2, 1, "Done 2 of 3 due days (66%), 1 day paused"),
        ("en", 0, 0, 2, "No due day yet, 2 days paused"),
        ("fr", 1, 0, 0, "Fait 0 sur 1 jour prévu (0\u00a0%)"),
        ("fr", 33, 31, 1, "Fait 31 sur 33 jours prévus (93\u00a0%), 1 jour en pause"),
    ],
)
def test_the_summary_counts_with_plurals(
    lang: str, due: int, done: int, paused: int, line: str
) -> None:
    i18n.set_language(lang)
    report = StepReport(fixed_store().steps[0], Period.whole(fixed_store(), TODAY))
    report.due, report.done, report.paused = due, done, paused
    assert report.summary() == line


def test_the_summary_agrees_with_the_calendar() -> None:
    store = fixed_store()
    for first in (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 3)):
        period = Period(first, TODAY, TODAY)
        for _, report in reported(step_reports(store, period), period):
            states = [state for _, days in report.calendar() for state in days]
            due = [state for state in states if state in ("done", "missed")]
            # A done on an unscheduled day shows in the calendar but is no due day.
            extra = sum(
                1
                for day, mark in report.step.marks.items()
                if report.first <= day <= report.last
                and mark.mark == "done"
                and day.weekday() >= 5
                and report.step.schedule == "workdays"
            ) + sum(
                1
                for day, mark in report.step.marks.items()
                if report.first <= day <= report.last
                and mark.mark == "done"
                and day.weekday() not in (0, 2, 4)
                and report.step.schedule == "mon,wed,fri"
            )
            assert len(due) - extra == report.due
            assert due.count("done") - extra == report.done
            assert states.count("skip") == report.paused


# --- width in terminal cells ---------------------------------------------------------------

# Text as people type it: whole grapheme clusters, each drawn as a terminal draws it.
CLUSTERS = [
    "a", " ", "|", "é", "e\u0301", "中", "Ａ", "✓", "·", "\u00a0", "\u200b",
    "👩", "👍🏽", "👩\u200d👩\u200d👧\u200d👦", "❤\ufe0f", "🇫🇷", "👋🏿", "1\ufe0f\u20e3",
]  # fmt: skip


@given(st.lists(st.sampled_from(CLUSTERS), max_size=12))
def test_a_markdown_cell_is_as_wide_as_a_terminal_draws_it(clusters: list[str]) -> None:
    from rich.cells import cell_len

    from petitspas.export.markdown import _width

    text = "".join(clusters)
    assert _width(text) == cell_len(text)


def test_emoji_with_modifiers_keep_the_markdown_table_straight(run: Run, tmp_path: Path) -> None:
    from rich.cells import cell_len

    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Thank the 👩‍👩‍👧‍👦 team 👍🏽").exit_code == 0
    assert run("add", "Plain step").exit_code == 0
    assert run("log", "--done", "--note", "👍🏽 good").exit_code == 0
    text = run("export", "--format", "md").stdout
    tables: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    assert any("👩‍👩‍👧‍👦" in "".join(table) for table in tables)
    for table in filter(None, tables):
        assert len({cell_len(line) for line in table}) == 1, table
