"""What every report of a period says of each step (the markdown and HTML exports
share it): the period, each step's report over it, the path as it stood, the facts and the
legend.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from petitspas.core.calendar import parse_date, schedule_days, schedule_label, week_start
from petitspas.core.model import Record, Status, Step, Store, Win
from petitspas.core.progress import (
    LOOKBACK,
    Progress,
    check_order,
    due_state,
    first_day,
    horizon,
    progress,
)
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import percent, t, tn
from petitspas.present.views import revision_words

MARK_SIGNS = {"done": "✓", "missed": "✗", "skip": "~"}
"""The calendar's sign for each mark; a past due day without a mark shows as missed, or as
to log (TO_LOG) within the look-back."""
TO_LOG = "?"
"""The calendar's sign for a due day still to log (`progress.due_state`)."""
NOT_DUE = "·"
"""The calendar's sign for a day the schedule does not make due."""


class Period(Record):
    """What a report covers: the days from `first` to `last` (a closed day, or tonight's log
    day `today`), and whether it shows the notes."""

    __slots__ = ("first", "last", "today", "notes", "wins")

    def __init__(
        self, first: date, last: date, today: date, notes: bool = True, wins: bool = True
    ) -> None:
        self.first = first
        self.last = last
        self.today = today
        self.notes = notes
        self.wins = wins

    @classmethod
    def whole(cls, store: Store, today: date, notes: bool = True) -> Period:
        """The whole history, from the day the first step started to tonight."""
        return cls(min(first_day(store.steps) or today, today), today, today, notes)

    def wins_of(self, store: Store) -> list[Win]:
        """The wins noted for the period's days (none when they are left out)."""
        if not self.wins:
            return []
        return [win for win in store.wins if self.first <= win.on <= self.last]


def period(
    store: Store, today: date, form: str, first: str | None, last: str | None, notes: bool,
    wins: bool = True,
) -> Period:  # fmt: skip
    """The period `export --from --to` names (DATE texts), checked: a usage error (2) for a
    date that does not parse, a --from after the --to, or a period or --no-notes asked of
    the JSON export (the whole store, always); a --to in the future is refused (1)."""
    start = None if first is None else parse_date(first, today)
    end = today if last is None else parse_date(last, today)
    if form == "json" and (first is not None or last is not None or not notes or not wins):
        raise UsageError(t("export.json_whole"))
    for option, day in (("--from", start if last is None else None), ("--to", end)):
        if day is not None and day > today:
            raise RuleError(t("export.future", option=option, day=day, today=today))
    if start is not None and start > end:
        raise UsageError(t("export.bad_period", first=start.isoformat(), last=end.isoformat()))
    whole = Period.whole(store, end, notes)
    return Period(whole.first if start is None else start, end, today, notes, wins)


# --- what a report says of each step ------------------------------------------------------


class StepReport(Record):
    """One step as a report shows it over its period: its status and progress at the
    period's end, the due days it did, its self-checks and notes within the period."""

    __slots__ = (
        "step",
        "today",
        "status",
        "state",
        "first",
        "last",
        "counted",
        "done",
        "due",
        "paused",
        "checks",
        "notes",
    )

    def __init__(self, step: Step, period: Period) -> None:
        self.step = step
        self.today = today = period.today  # the days are seen from tonight
        last = period.last
        self.status: Status = step.status if last == today else status_on(step, last)
        self.state: Progress = (
            progress(step, today) if last == today else progress(step, today, through=last)
        )
        # The step's days inside the period; the last one that counts (closed, or marked).
        started = step.started or last
        self.first = max(started, period.first)
        self.last = min(step.ended or last, last)
        if last == period.today:
            counted = horizon(step, last)
        elif step.ended is None or last < step.ended:
            counted = last
        else:
            counted = horizon(step, last)
        self.counted: date | None = counted
        self.done = self.due = self.paused = 0
        day = self.first
        while counted is not None and day <= min(counted, self.last):
            if day.weekday() in schedule_days(step.schedule_on(day)):
                kind = due_state(step, day, today)
                if kind == "skip":
                    self.paused += 1
                elif kind != "to_log":  # a day still to log counts for nothing yet
                    self.due += 1
                    self.done += kind == "done"
            day += timedelta(days=1)
        self.checks = sorted(
            (check for check in step.selfchecks if period.first <= check.date <= last),
            key=check_order,
        )
        self.notes = [
            (day, step.marks[day].mark, note)
            for day in sorted(step.marks)
            if period.notes and self.first <= day <= self.last and (note := step.marks[day].note)
        ]

    @property
    def ended(self) -> date | None:
        """The day the step ended, if it did within the period."""
        ended = self.step.ended
        return ended if ended is not None and ended <= self.last else None

    def summary(self) -> str:
        """ "Done N of M due days (P %)", and the paused days; or that none was due yet."""
        if self.due == 0:
            text = t("export.summary_none")
        else:
            text = tn(
                "export.summary", self.due, done=self.done, percent=percent(self.done / self.due)
            )
        if self.paused:
            text = tn("export.summary_paused", self.paused, summary=text)
        return text

    def calendar(self) -> list[tuple[date, list[str]]]:
        """Week by week from the step's first week in the period to its last: the state of
        each day (done, missed, skip, to_log, not_due), blank ("") outside the period and the
        step."""
        rows = []
        monday = week_start(self.first)
        while monday <= self.last:
            days = [monday + timedelta(days=offset) for offset in range(7)]
            rows.append((monday, [self.day_state(day) for day in days]))
            monday += timedelta(days=7)
        return rows

    def day_state(self, day: date) -> str:
        # The same reading of a day as the progress engine: a recorded mark shows as written
        # (a done on an unscheduled day included); a due day up to the last counted day with
        # no mark is to log or missed (`due_state`); today not yet logged, and days outside
        # the step or the period, stay blank.
        if day < self.first or day > self.last:
            return ""
        mark = self.step.marks.get(day)
        if mark is not None:
            return mark.mark
        if day.weekday() not in schedule_days(self.step.schedule_on(day)):
            return "not_due"
        if self.counted is not None and day <= self.counted:
            return due_state(self.step, day, self.today)
        return ""

    @property
    def to_log(self) -> bool:
        """Whether the calendar shows a day still to log (its legend then says what ? is)."""
        start = max(self.first, self.today - timedelta(days=LOOKBACK))
        days = (start + timedelta(days=offset) for offset in range(LOOKBACK + 1))
        return any(self.day_state(day) == "to_log" for day in days)


def status_on(step: Step, day: date) -> Status:
    """A step's status as it was at the end of `day`."""
    held = next((hold for hold in step.holds if hold.holds(day)), None)
    if held is not None:  # on hold, or automatic before a reactivation
        return "on_hold" if held.kind == "on_hold" else "automatic"
    if step.automatic_on is not None and step.automatic_on <= day:
        return "automatic"
    if step.dropped_on is not None and step.dropped_on <= day:
        return "dropped"
    if step.started is not None and step.started <= day:
        return "active"
    return "locked"


def step_reports(store: Store, period: Period) -> list[StepReport | None]:
    """Each step's report, in path order, or None for a step not started by the period's
    end: built once for both the path table and the sections, which built them twice
    (the ten-year markdown export spent ~6 ms, measured, on the second set)."""
    return [
        StepReport(step, period)
        if step.started is not None and step.started <= period.last
        else None
        for step in store.steps
    ]


def reported(reports: list[StepReport | None], period: Period) -> list[tuple[int, StepReport]]:
    """The steps a report has a section for, numbered by their place in the path: those
    active at some time within the period."""
    return [
        (number, report)
        for number, report in enumerate(reports, start=1)
        if report is not None and (report.step.ended is None or report.step.ended >= period.first)
    ]


def period_line(period: Period) -> str:
    """The report's first words: the days it covers, and whether the notes are left out."""
    line = t("export.period", first=period.first.isoformat(), last=period.last.isoformat())
    return line if period.notes else f"{line} {t('export.notes_left_out')}"


def path_rows(store: Store, reports: list[StepReport | None], period: Period) -> list[list[str]]:
    """The path as it stood at the period's end: number, title, status, started, ended, best
    streak, strength (user text as it is: each format escapes it)."""
    rows: list[list[str]] = []
    for number, (step, report) in enumerate(zip(store.steps, reports, strict=True), start=1):
        started = step.started if report is not None else None
        ended = report.ended if report else step.dropped_on if step.started is None else None
        status = report.status if report else status_on(step, period.last)
        rows.append(
            [
                str(number),
                step.title,
                t(f"status.{status}"),
                started.isoformat() if started else "",
                ended.isoformat() if ended else "",
                str(report.state.best_streak) if report else "",
                percent(report.state.strength) if report else "",
            ]
        )
    return rows


def path_header() -> list[str]:
    return [
        "#",
        t("export.col.step"),
        t("export.col.status"),
        t("export.col.started"),
        t("export.col.ended"),
        t("export.col.best_streak"),
        t("export.col.strength"),
    ]


def facts(report: StepReport, goal: float, escape: Callable[[str], str]) -> list[str]:
    """The list under a step's heading: cue, celebration, due days, dates, the summary, the
    streaks and the strength; user text passed through `escape`."""
    step, state = report.step, report.state
    lines = []
    if cue := escape(step.cue or ""):
        lines.append(t("export.cue", text=cue))
    if celebration := escape(step.celebration or ""):
        lines.append(t("export.celebration", text=celebration))
    lines.append(t("export.schedule", days=schedule_label(step.schedule_on(report.last))))
    assert step.started is not None
    lines.append(t("export.started", day=step.started.isoformat()))
    if report.status == "automatic" and step.automatic_on:
        lines.append(t("export.automatic_on", day=step.automatic_on.isoformat()))
    if report.status == "dropped" and step.dropped_on:
        lines.append(t("export.dropped_on", day=step.dropped_on.isoformat()))
        if reason := escape(step.drop_reason or ""):
            lines.append(t("export.reason", text=reason))
    for revision in step.revisions:
        if revision.on <= report.last:
            change = escape(revision_words(revision))
            lines.append(t("export.revision", day=revision.on.isoformat(), change=change))
    lines.append(report.summary())
    lines.append(t("export.streak", count=state.streak))
    lines.append(t("export.best_streak", count=state.best_streak))
    lines.append(t("export.strength", value=percent(state.strength), goal=percent(goal)))
    return lines


def legend(to_log: bool = False) -> str:
    """The calendar's legend; "? to log" only under a calendar that shows one."""
    text = t(
        "export.legend",
        done=MARK_SIGNS["done"],
        missed=MARK_SIGNS["missed"],
        skip=MARK_SIGNS["skip"],
        not_due=NOT_DUE,
    )
    return f"{text} {t('export.legend_to_log', to_log=TO_LOG)}" if to_log else text
