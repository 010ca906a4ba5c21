"""A step over a period, read one way wherever it is shown: the review's card (a week, as it
stood at its end or tonight), the markdown and HTML exports (any period). A report holds the
step's status and progress at the period's end, the gate then, the due days it did, its
self-checks, maintenance checks, lapses and notes within the period; pure, given `today`.
"""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core.calendar import schedule_days, week_start
from petitspas.core.model import (
    MaintenanceCheck,
    Record,
    Settings,
    Status,
    Step,
    Store,
    Win,
)
from petitspas.core.progress import (
    LOOKBACK,
    Gate,
    Progress,
    check_order,
    due_state,
    first_day,
    gate,
    horizon,
    progress,
)
from petitspas.i18n import percent, t, tn


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


class StepReport(Record):
    """One step as a report shows it over its period: its status and progress as of the
    period's end (`as_of`: tonight, or a closed day), the due days it did, its self-checks,
    maintenance checks, lapses and notes within the period.

    A day between a graduation and a reactivation (an `automatic` hold) is its own state,
    `automatic`: the step was watched by its maintenance checks, not tracked day by day, so
    such a day is neither due nor paused here, though progress passes over it as over a
    pause (`progress.due_state`). A day on hold is paused, as DESIGN has it."""

    __slots__ = (
        "step",
        "today",
        "as_of",
        "status",
        "state",
        "first",
        "last",
        "counted",
        "done",
        "due",
        "paused",
        "checks",
        "maintenance",
        "slips",
        "notes",
    )

    def __init__(self, step: Step, period: Period) -> None:
        self.step = step
        self.today = today = period.today  # the days are seen from tonight
        self.as_of = last = period.last
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
            # A due day the step was automatic, before a rebuild, is neither due nor paused.
            due = day.weekday() in schedule_days(step.schedule_on(day))
            if due and not (step.holds and automatic_then(step, day)):
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
        self.maintenance: list[MaintenanceCheck] = [
            check for check in step.maintenance if period.first <= check.on <= last
        ]
        # The lapses said within the period, each with its note (a note: none when left out).
        self.slips = [
            (day, step.slips[day] if period.notes else None)
            for day in sorted(step.slips)
            if period.first <= day <= last
        ]
        self.notes = [
            (day, step.marks[day].mark, note)
            for day in sorted(step.marks)
            if period.notes and self.first <= day <= self.last and (note := step.marks[day].note)
        ]

    @property
    def tonight(self) -> bool:
        """Whether the period ends tonight: only then has the step a forecast, a plateau
        and a stall of its own (a past period is seen as it stood at its end)."""
        return self.as_of == self.today

    def gate(self, settings: Settings) -> Gate:
        """The automaticity gate as it stood at the period's end."""
        return gate(self.step, self.as_of, settings, self.state.strength)

    @property
    def watched_only(self) -> bool:
        """Whether the step was automatic all through the period (it ended before it): its
        section tells its maintenance checks and lapses, with no days of its own to count."""
        return self.last < self.first

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
        each day (done, missed, skip, to_log, automatic, not_due), blank ("") outside the
        period and the step."""
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
        # the step or the period, stay blank. A due day while the step was automatic, before
        # a rebuild, is `automatic`, whatever it holds (`due_state` passes over it too).
        if day < self.first or day > self.last:
            return ""
        due = day.weekday() in schedule_days(self.step.schedule_on(day))
        if due and self.step.holds and automatic_then(self.step, day):
            return "automatic"
        mark = self.step.marks.get(day)
        if mark is not None:
            return mark.mark
        if not due:
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

    @property
    def automatic(self) -> bool:
        """Whether the calendar shows a day the step was automatic (its legend then says what
        that is): the first due day of an automatic hold within the step's days is enough."""
        for hold in self.step.holds:
            if hold.kind != "automatic" or hold.last is None:
                continue
            day, end = max(hold.first, self.first), min(hold.last, self.last)
            while day <= end:
                if self.day_state(day) == "automatic":
                    return True
                day += timedelta(days=1)
        return False

    def graduations(self) -> list[date]:
        """The step's story as far as the period's end: the day it became automatic, then,
        for each rebuild, the day it was reactivated and the day it became automatic again
        (an automatic hold runs from the day after a graduation to the day before its
        reactivation)."""
        days = [day for rebuild in self.step.rebuilds() for day in rebuild]
        if self.step.automatic_on is not None:
            days.append(self.step.automatic_on)
        return [day for day in days if day <= self.as_of]

    def held(self) -> list[tuple[date, date | None]]:
        """The spans the step was on hold while another was rebuilt, as far as the period's
        end: first and last day, the last None while it lasted past the period's end."""
        return [
            (hold.first, hold.last if hold.last is not None and hold.last <= self.as_of else None)
            for hold in self.step.holds
            if hold.kind == "on_hold" and hold.first <= self.as_of
        ]


def automatic_then(step: Step, day: date) -> bool:
    """Whether `day` lies between a graduation of `step` and a reactivation: the step was
    automatic then, watched by its maintenance checks."""
    return any(hold.kind == "automatic" and hold.holds(day) for hold in step.holds)


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
    active at some time within the period, and those automatic then with a maintenance check
    or a lapse in it (the review lists them too)."""
    return [
        (number, report)
        for number, report in enumerate(reports, start=1)
        if report is not None
        and (
            report.step.ended is None
            or report.step.ended >= period.first
            or report.maintenance
            or report.slips
        )
    ]
