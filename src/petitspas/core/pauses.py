"""Pause ranges (holidays) on the steps' days: a holiday belongs to the manager, not to a step."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core.calendar import (
    is_due,
)
from petitspas.core.model import (
    DayMark,
    Pause,
    Step,
    Store,
)

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    pass


def settle_pauses(store: Store, step: Step) -> None:
    """The planned pauses on `step`: each day of a pause range that is due for it (under the
    schedule in force that day) while it is active, and holds no mark of its own, holds the
    range's pause; a range's pause on a day that is no longer such a day is taken off.

    Called wherever those days change: a pause planned or a mark cleared, a schedule edited,
    a step starting or ending (so a graduation inside a holiday hands the rest of it to the
    next step, on that step's due days)."""
    if not store.pauses:
        return
    first, last = step.started, step.ended
    for day, mark in list(step.marks.items()):
        if mark.mark == "skip" and from_range(store, day, mark):
            outside = first is None or day < first or (last is not None and day > last)
            if outside or not is_due(step.schedule_on(day), day) or step.held_on(day):
                del step.marks[day]
    if first is None:
        return
    for planned in store.pauses:
        day = max(planned.first, first)
        end = planned.last if last is None else min(planned.last, last)
        while day <= end:
            held = step.held_on(day)
            if day not in step.marks and is_due(step.schedule_on(day), day) and not held:
                step.marks[day] = planned.day_mark()
            day += timedelta(days=1)


def from_range(store: Store, day: date, mark: DayMark) -> bool:
    """Whether `mark` on `day` is a pause range's (not one logged for that day alone)."""
    return any(
        planned.first <= day <= planned.last
        and (planned.written_at, planned.note) == (mark.written_at, mark.note)
        for planned in store.pauses
    )


def unplan(store: Store, first: date, last: date) -> None:
    """The days from `first` to `last` are no longer planned as a pause."""
    kept: list[Pause] = []
    for planned in store.pauses:
        if planned.last < first or planned.first > last:
            kept.append(planned)
            continue
        if planned.first < first:
            kept.append(planned.replace(last=first - timedelta(days=1)))
        if planned.last > last:
            kept.append(planned.replace(first=last + timedelta(days=1)))
    store.pauses = kept
