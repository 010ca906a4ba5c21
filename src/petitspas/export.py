"""Markdown, JSON and CSV exports of the store, each returned as a string; pure, given `today`.

The JSON export is the store file's own shape, documented field by field in
`docs/export-json.md`. The markdown export is a report meant to be kept or shared: the
same store on the same log day always gives the same bytes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, timedelta

from petitspas.calendar import schedule_days, schedule_label, week_start
from petitspas.errors import UsageError
from petitspas.i18n import decimal, percent, t
from petitspas.model import SelfCheck, Step, Store
from petitspas.progress import check_order, horizon, progress

MARK_SIGNS = {"done": "✓", "missed": "✗", "skip": "~"}
"""The calendar's sign for each mark; a past due day without a mark shows as missed."""
NOT_DUE = "·"
"""The calendar's sign for a day the schedule does not make due."""

# Every ASCII character that can open markdown (CommonMark and GitHub's extensions: tables,
# strikethrough, math, entities) is backslash-escaped; a backslash before any ASCII
# punctuation renders as the character itself, so over-escaping costs nothing. `#` is
# escaped everywhere: a trailing ` #` would be eaten as the closing sequence of a heading.
_MD_SPECIAL = re.compile(r"([\\`*_<>\[\]|&~$#])")
# At the start of a line these open a list or a rule.
_MD_LINE_START = re.compile(r"^([+=-])|^(\d+)([.)])")
# The CLI refuses control characters, but a hand-edited store may still hold a line break
# that would cut a table row or a list item in two.
_BREAKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def md_escape(text: str) -> str:
    """User text made safe to place anywhere in the markdown export, table cells included."""
    flat = _BREAKS.sub(" ", text).strip()
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _MD_LINE_START.sub(
        lambda match: f"\\{match[1]}" if match[1] else f"{match[2]}\\{match[3]}", escaped
    )


def to_json(store: Store) -> str:
    """The whole store in its file's own shape and bytes (see `docs/export-json.md`)."""
    from petitspas.schema import serialize

    return serialize(store).decode("utf-8")


def renderer(form: str) -> Callable[[Store, date], str]:
    """The export `--format` names, as a function of the store and the log day."""
    renderers: dict[str, Callable[[Store, date], str]] = {
        "md": markdown,
        "json": lambda store, today: to_json(store),
        "csv": lambda store, today: to_csv(store),
    }
    if form not in renderers:
        raise UsageError(t("export.bad_format", value=form))
    return renderers[form]


CSV_HEADER = ("step_id", "step_title", "date", "mark", "note", "written_at")


def to_csv(store: Store) -> str:
    """One row per recorded mark, in path order then date order; an empty note for none;
    no cell a spreadsheet would run."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for step in store.steps:
        for day in sorted(step.marks):
            mark = step.marks[day]
            row = (
                step.id,
                step.title,
                day.isoformat(),
                mark.mark,
                mark.note or "",
                mark.written_at,
            )
            writer.writerow([_inert(cell) for cell in row])
    return buffer.getvalue()


def _inert(cell: str) -> str:
    """A cell no spreadsheet runs as a formula: one that starts with = + - @, a tab or a
    carriage return gets a leading ' (OWASP's advice against CSV injection)."""
    return f"'{cell}" if cell.startswith(("=", "+", "-", "@", "\t", "\r")) else cell


def markdown(store: Store, today: date) -> str:
    """A progress report in the current language: vision, path, then one section per step.

    Locked steps appear in the path table only. Ends with exactly one newline.
    """
    blocks = [f"# {t('export.title')}"]
    if vision := md_escape(store.vision or ""):
        blocks.append(f"> {vision}")
    blocks.append(t("export.log_day", day=today.isoformat()))
    blocks.append(f"## {t('export.path')}")
    blocks.append(_path_table(store, today) if store.steps else t("path.empty"))
    for number, step in enumerate(store.steps, start=1):
        if step.started is not None:
            blocks.extend(_section(number, step, step.started, today))
    return "\n\n".join(blocks) + "\n"


def _path_table(store: Store, today: date) -> str:
    rows: list[list[str]] = []
    for number, step in enumerate(store.steps, start=1):
        state = progress(step, today) if step.started else None
        ended = step.ended
        rows.append(
            [
                str(number),
                md_escape(step.title),
                t(f"status.{step.status}"),
                step.started.isoformat() if step.started else "",
                ended.isoformat() if ended else "",
                str(state.best_streak) if state else "",
                percent(state.strength) if state else "",
            ]
        )
    header = [
        "#",
        t("export.col.step"),
        t("export.col.status"),
        t("export.col.started"),
        t("export.col.ended"),
        t("export.col.best_streak"),
        t("export.col.strength"),
    ]
    return _table(header, rows, "rllllrr")


def _section(number: int, step: Step, started: date, today: date) -> list[str]:

    state = progress(step, today)
    facts = []
    if cue := md_escape(step.cue or ""):
        facts.append(t("export.cue", text=cue))
    if celebration := md_escape(step.celebration or ""):
        facts.append(t("export.celebration", text=celebration))
    facts.append(t("export.schedule", days=schedule_label(step.schedule)))
    facts.append(t("export.started", day=started.isoformat()))
    if step.automatic_on:
        facts.append(t("export.automatic_on", day=step.automatic_on.isoformat()))
    if step.dropped_on:
        facts.append(t("export.dropped_on", day=step.dropped_on.isoformat()))
        if reason := md_escape(step.drop_reason or ""):
            facts.append(t("export.reason", text=reason))
    facts.append(t("export.streak", count=state.streak))
    facts.append(t("export.best_streak", count=state.best_streak))
    facts.append(t("export.strength", value=percent(state.strength)))

    checks = sorted(step.selfchecks, key=check_order)
    notes = [
        t("export.note", day=day.isoformat(), mark=t(f"mark.{step.marks[day].mark}"), text=note)
        for day in sorted(step.marks)
        if (note := md_escape(step.marks[day].note or ""))
    ]
    legend = t(
        "export.legend",
        done=MARK_SIGNS["done"],
        missed=MARK_SIGNS["missed"],
        skip=MARK_SIGNS["skip"],
        not_due=NOT_DUE,
    )
    return [
        f"## {number}. {md_escape(step.title)}",
        "\n".join(f"- {fact}" for fact in facts),
        f"### {t('export.selfchecks')}",
        _selfcheck_table(checks) if checks else t("export.selfchecks_none"),
        f"### {t('export.calendar')}",
        _calendar_table(step, started, today),
        legend,
        f"### {t('export.notes')}",
        "\n".join(f"- {note}" for note in notes) if notes else t("export.notes_none"),
    ]


def _selfcheck_table(checks: list[SelfCheck]) -> str:
    header = [t("export.col.date"), *(t(f"export.col.q{n}") for n in range(1, 5))]
    header.append(t("export.col.score"))
    rows = [
        [check.date.isoformat(), *map(str, check.answers), decimal(check.score)] for check in checks
    ]
    return _table(header, rows, "lrrrrr")


def _calendar_table(step: Step, started: date, today: date) -> str:
    """Week by week from the step's first week to the week it ended, or this week."""
    end = min(step.ended or today, today)
    last_counted = horizon(step, today)
    due = schedule_days(step.schedule)
    rows: list[list[str]] = []
    monday = week_start(started)
    while monday <= end:
        days = [monday + timedelta(days=offset) for offset in range(7)]
        cells = [_day_sign(step, day, started, end, last_counted, due) for day in days]
        rows.append([monday.isoformat(), *cells])
        monday += timedelta(days=7)
    header = [t("export.col.week_of"), *(t(f"weekday.{day}") for day in range(7))]
    return _table(header, rows, "lccccccc")


def _day_sign(
    step: Step, day: date, started: date, end: date, last_counted: date | None, due: frozenset[int]
) -> str:
    # The same reading of a day as the progress engine: a recorded mark shows as written
    # (a done on an unscheduled day included); a due day up to the last counted day with no
    # mark is missed; today not yet logged, the future and days outside the step stay blank.
    mark = step.marks.get(day)
    if mark is not None:
        return MARK_SIGNS[mark.mark]
    if day < started or day > end:
        return ""
    if day.weekday() not in due:
        return NOT_DUE
    if last_counted is not None and day <= last_counted:
        return MARK_SIGNS["missed"]
    return ""


def _table(header: list[str], rows: list[list[str]], align: str) -> str:
    """A pipe table padded so that its columns line up in the markdown source too.

    `align` holds one letter per column: l(eft), r(ight) or c(entre).
    """
    lines = [header, *rows]
    sizes = [[_width(cell) for cell in cells] for cells in lines]  # each cell measured once
    widths = [max(3, *column) for column in zip(*sizes, strict=True)]

    def line(cells: list[str], cell_sizes: list[int]) -> str:
        padded = map(_pad, cells, cell_sizes, widths, align)
        return "| " + " | ".join(padded) + " |"

    rule = "| " + " | ".join(map(_rule, widths, align)) + " |"
    body = [line(cells, cell_sizes) for cells, cell_sizes in zip(lines, sizes, strict=True)]
    return "\n".join([body[0], rule, *body[1:]])


def _rule(width: int, how: str) -> str:
    if how == "r":
        return "-" * (width - 1) + ":"
    if how == "c":
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def _pad(cell: str, size: int, width: int, how: str) -> str:
    room = width - size
    if how == "r":
        return " " * room + cell
    if how == "c":
        return " " * (room // 2) + cell + " " * (room - room // 2)
    return cell + " " * room


@functools.lru_cache(maxsize=4096)  # a calendar's cells are a handful of signs, repeated
def _width(text: str) -> int:
    """Columns `text` takes in a monospace editor: wide East Asian characters count twice."""
    if text.isascii():  # most cells: dates, numbers, English words
        return len(text)
    import unicodedata

    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )
