"""The words the markdown and HTML reports share: the period line, the path table as it
stood at the period's end, each step's facts, a maintenance check's answer. What they say
it of is `present.report`: a step over a period, read as the review reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from petitspas.core.calendar import schedule_label
from petitspas.core.model import Store
from petitspas.i18n import percent, t
from petitspas.present.report import Period, StepReport, status_on
from petitspas.present.sentences import revision_words


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
        if report is not None and status == "automatic":  # a rebuilt step: as it stood then
            ended = report.graduations()[-1]
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
    """The list under a step's heading: cue, celebration, due days, dates (the spans on hold,
    each graduation and rebuild), the summary, the streaks and the strength; user text
    passed through `escape`."""
    step, state = report.step, report.state
    lines = []
    if cue := escape(step.cue or ""):
        lines.append(t("export.cue", text=cue))
    if celebration := escape(step.celebration or ""):
        lines.append(t("export.celebration", text=celebration))
    lines.append(t("export.schedule", days=schedule_label(step.schedule_on(report.last))))
    assert step.started is not None
    lines.append(t("export.started", day=step.started.isoformat()))
    for first, last in report.held():
        if last is None:
            lines.append(t("export.on_hold_since", first=first.isoformat()))
        else:
            lines.append(t("export.on_hold", first=first.isoformat(), last=last.isoformat()))
    if graduations := report.graduations():
        lines.append(_graduations(graduations))
    if report.status == "dropped" and step.dropped_on:
        lines.append(t("export.dropped_on", day=step.dropped_on.isoformat()))
        if reason := escape(step.drop_reason or ""):
            lines.append(t("export.reason", text=reason))
    for revision in step.revisions:
        if revision.on <= report.last:
            change = escape(revision_words(revision))
            lines.append(t("export.revision", day=revision.on.isoformat(), change=change))
    if not report.watched_only:  # no day of the period was its own to count
        lines.append(report.summary())
    lines.append(t("export.streak", count=state.streak))
    lines.append(t("export.best_streak", count=state.best_streak))
    lines.append(t("export.strength", value=percent(state.strength), goal=percent(goal)))
    return lines


def maintenance_answer(answer: int) -> str:
    """A maintenance check's answer as the reports say it: "6 of 7"."""
    return t("export.maintenance_answer", answer=answer)


def _graduations(days: list[date]) -> str:
    """ "Automatic on: D" for a step that became automatic once; for one rebuilt, its story in
    one line: "Automatic on A; rebuilt on B; automatic again on C" (`StepReport.graduations`:
    a graduation, then a rebuild and a graduation in turn)."""
    if len(days) == 1:
        return t("export.automatic_on", day=days[0].isoformat())
    line = t("export.history.automatic", day=days[0].isoformat())
    for index, day in enumerate(days[1:]):
        key = "export.history.again" if index % 2 else "export.history.rebuilt"
        then = t(key, day=day.isoformat())
        line = t("export.history.then", before=line, after=then)
    return line
