"""The nightly log: marks, notes, clearings and planned pauses, each an operation of the journal."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core import journal
from petitspas.core.calendar import (
    day_words,
    instant,
    is_due,
    just_after,
    weekday_name,
)
from petitspas.core.gate import Unlocked, active_or_refuse, check_day, evaluate_gate, same_step
from petitspas.core.model import (
    DayMark,
    Mark,
    Pause,
    Record,
    Step,
    Store,
)
from petitspas.core.pauses import from_range, settle_pauses, unplan
from petitspas.core.progress import next_due, stalling, step_on
from petitspas.core.text import MAX_NOTE, clean_text
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t, tn

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from typing import Any

    from petitspas.core.journal import Operation


def evening_day(step: Step, today: date, mark: Mark | None = None, *, note: bool = False) -> date:
    """The day a `log` without --date marks: today when it is due; after a day that is not
    (Saturday morning), the most recent due day of the last 7 days, when it is unmarked.
    When it holds a pause, the refusal shows how to log it instead (with `mark`, if given).
    For a `note` alone, that day marked is the one the note is for."""
    if is_due(step.schedule_on(today), today):
        return today
    for back in range(1, 8):
        day = today - timedelta(days=back)
        if step.started is None or day < step.started:
            break
        if is_due(step.schedule_on(day), day):
            held = step.marks.get(day)
            if held is not None and not note:
                key = "log.not_due_paused" if held.mark == "skip" else "log.not_due_marked"
                raise RuleError(
                    t(key, today=weekday_name(today), day=day_words(day), date=day.isoformat(),
                      next=day_words(next_due(step, today)), flag=f"--{mark or 'done'}")
                )  # fmt: skip
            return day
    raise RuleError(
        t("log.not_due_today", today=weekday_name(today), next=day_words(next_due(step, today)))
    )


class Logged(Record):
    """What `log` did: the step, the day, the mark written and the one it replaced, whether
    the day is due, whether only the note changed, the day the evening's log was meant for
    when it marked another (`instead_of`), and the graduation it led to."""

    __slots__ = (
        "step",
        "day",
        "mark",
        "previous",
        "due",
        "note_only",
        "instead_of",
        "unlocked",
        "stalled",
    )

    def __init__(
        self,
        step: Step,
        day: date,
        mark: DayMark,
        previous: DayMark | None,
        due: bool,
        note_only: bool = False,
    ) -> None:
        self.step = step
        self.day = day
        self.mark = mark
        self.previous = previous
        self.due = due
        self.note_only = note_only
        self.instead_of: date | None = None
        self.unlocked: Unlocked | None = None
        # Why the step stalls, when this very mark made it stall (see `log`); else None.
        self.stalled: str | None = None

    @property
    def unchanged(self) -> bool:
        """Already so: the day held this very mark and note (nothing is written)."""
        return self.previous is self.mark

    @property
    def replaced_note(self) -> str | None:
        """The note this log replaced with another text, if it did."""
        previous = self.previous
        if previous is None or previous.note is None or self.mark.note is None:
            return None
        return previous.note if previous.note != self.mark.note else None


def log(
    store: Store,
    *,
    day: date | None,
    mark: Mark | None,
    note: str | None,
    today: date,
    written_at: str,
) -> Logged:
    """The nightly log: write `mark` (with `note`) on `day`, or only `note` when `mark` is
    None; then the gate, which may make the step automatic, and whether the mark made the
    step stall. Without a `day`, the evening's (see `evening_day`).

    The stalling help is said once per stall: by the mark that turns a step that did not
    stall into one that does. The evenings after, while it still stalls, `log` says nothing
    more of it (`review` and `status --json` still do); once it stops stalling, a new stall
    is said again.
    """
    if mark is None:  # a note alone: tonight's, or the day's, whichever step it is on
        assert note is not None
        meant = evening_of(store, today, note=True) if day is None else day
        owner = day_owner(store, meant, today)
        clean_note = clean_text(note, "field.note", MAX_NOTE)
        logged: Logged = journal.record(
            store, "note", today, written_at, step=owner.id, day=meant, note=clean_note
        )
    else:
        step = active_or_refuse(store)
        meant = evening_of(store, today, mark) if day is None else day
        owner = mark_owner(store, meant, today)
        stalled_before = stalling(step, today, store.settings) is not None
        terms: dict[str, Any] = {"step": owner.id, "day": meant, "mark": mark}
        if note is not None:  # without one, the day keeps the note it has
            terms["note"] = clean_text(note, "field.note", MAX_NOTE)
        logged = journal.record(store, "mark", today, written_at, **terms)
        if not stalled_before and not logged.unchanged and logged.unlocked is None:
            logged.stalled = stalling(step, today, store.settings)
    if meant != today and day is None:
        logged.instead_of = today
    return logged


def _apply_mark(store: Store, op: Operation, today: date) -> Logged:
    """A `mark` operation, then the gate."""
    day = journal.day(op, "day")
    step = mark_owner(store, day, today)
    same_step(step, op)
    logged = log_mark(
        store, day=day, mark=op["mark"], note=op.get("note"), keep_note="note" not in op,
        today=today, written_at=op["written_at"],
    )  # fmt: skip
    logged.unlocked = evaluate_gate(store, today)
    return logged


def log_mark(
    store: Store, *, day: date, mark: Mark, note: str | None, today: date, written_at: str,
    keep_note: bool = False,
) -> Logged:  # fmt: skip
    """Mark `day` for the active step, replacing any earlier mark (its note kept when
    `keep_note`)."""
    step = mark_owner(store, day, today)
    if mark == "skip" and day > today:  # a pause may be planned, as a range
        raise RuleError(t("log.future_pause", day=day.isoformat()))
    check_day(step, day, today)
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    previous = step.marks.get(day)
    if keep_note and previous is not None:
        clean_note = previous.note
    due = is_due(step.schedule_on(day), day)
    if previous is not None and (previous.mark, previous.note) == (mark, clean_note):
        return Logged(step, day, previous, previous, due)  # already so: nothing to write
    step.marks[day] = DayMark(mark=mark, note=clean_note, written_at=written_at)
    step.cleared.pop(day, None)  # the mark is newer than any clearing of the day
    return Logged(step, day, step.marks[day], previous, due)


def evening_of(store: Store, today: date, mark: Mark | None = None, *, note: bool = False) -> date:
    """The day a `log` without --date is for: the active step's evening (`evening_day`), or
    tonight itself when no step has begun since (the night a step ended: its last evening)."""
    step = store.active_step()
    if step is None or step.started is None or step.started > today:
        return today
    return evening_day(step, today, mark, note=note)


def day_owner(store: Store, day: date, today: date) -> Step:
    """The step a past day's note belongs to: the one active that day. An earlier step's
    notes stay the manager's to change or remove; other days go to the active step's rules."""
    owner = step_on(store.steps, day) if day <= today else None
    if owner is not None:
        return owner
    step = active_or_refuse(store)
    check_day(step, day, today)
    return step


def mark_owner(store: Store, day: date, today: date) -> Step:
    """The active step, if `day` may be marked for it; a day of a step that is over is
    refused by name (its marks are its history)."""
    step = active_or_refuse(store)
    owner = step_on(store.steps, day) if day <= today else None
    if owner is not None and owner.ended == day == today and day not in owner.marks:
        return owner  # its last evening, left unlogged (a self-check graduated it): its own
    if owner is not None and owner is not step and owner.status != "active":
        ended = owner.automatic_on or owner.dropped_on
        raise RuleError(
            t("log.day_of_earlier_step", day=day.isoformat(), title=owner.title,
              status=t(f"status.{owner.status}"), ended=ended.isoformat() if ended else "")
        )  # fmt: skip
    return step


def _apply_note(store: Store, op: Operation, today: date) -> Logged:
    """A `note` operation: the note of a day already marked; then the gate."""
    day = journal.day(op, "day")
    step = day_owner(store, day, today)
    same_step(step, op)
    previous = step.marks.get(day)
    if previous is None:
        raise UsageError(t("log.note_needs_mark", day=day.isoformat()))
    clean_note = clean_text(op["note"], "field.note", MAX_NOTE)
    if clean_note != previous.note:
        step.marks[day] = DayMark(mark=previous.mark, note=clean_note, written_at=op["written_at"])
    due = is_due(step.schedule_on(day), day)
    logged = Logged(step, day, step.marks[day], previous, due, True)
    logged.unlocked = evaluate_gate(store, today)
    return logged


MAX_PAUSE = 90
PLAN_AHEAD = 366  # a pause is planned up to a year ahead


class Paused(Record):
    """What `log --skip --from --to` did: the due days it paused, and those it left alone
    because they held a mark already."""

    __slots__ = ("step", "first", "last", "paused", "kept", "unlocked")

    def __init__(self, step: Step, first: date, last: date, paused: list[date], kept: list[date]):
        self.step = step
        self.first = first
        self.last = last
        self.paused = paused
        self.kept = kept
        self.unlocked: Unlocked | None = None


def _pause_range(store: Store, first: date, last: date, today: date) -> tuple[Step, list[date]]:
    """The active step and the days from `first` to `last`, checked as a pause's range: in
    order, 90 days at most, not before the step started."""
    step = active_or_refuse(store)
    if first > last:
        raise UsageError(t("pause.reversed", first=first.isoformat(), last=last.isoformat()))
    length = (last - first).days + 1
    if length > MAX_PAUSE:
        raise UsageError(tn("pause.too_long", length, limit=MAX_PAUSE))
    check_day(step, first, max(today, last))  # not before the step started
    return step, [first + timedelta(days=offset) for offset in range(length)]


def pause(
    store: Store, *, first: date, last: date, note: str | None, today: date, written_at: str
) -> Paused:
    """A planned pause (a holiday) from `first` to `last`, at most 90 days, which may lie in
    the future: it pauses the manager, so every day of it due for whichever step is active
    that day is paused; days already marked keep their mark."""
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    paused: Paused = journal.record(
        store, "pause", today, written_at, first=first, last=last, note=clean_note
    )
    return paused


def _apply_pause(store: Store, op: Operation, today: date) -> Paused:
    first, last = journal.day(op, "first"), journal.day(op, "last")
    if first > today + timedelta(days=PLAN_AHEAD):  # 2062 for 2026: a typo, not a plan
        raise UsageError(t("pause.too_far", first=first.isoformat()))
    step, days = _pause_range(store, first, last, today)
    held = {day: step.marks.get(day) for day in days}
    store.pauses.append(
        Pause(first, last, clean_text(op["note"], "field.note", MAX_NOTE), op["written_at"])
    )
    settle_pauses(store, step)
    due = [day for day in days if is_due(step.schedule_on(day), day)]
    paused = [day for day in due if held[day] is None and day in step.marks]
    kept = [day for day in due if held[day] is not None]
    done = Paused(step, first, last, paused, kept)
    done.unlocked = evaluate_gate(store, today)  # past misses now paused raise the strength
    return done


def call_off(store: Store, *, first: date, last: date, today: date, written_at: str) -> list[date]:
    """`log --clear --from --to`: the pauses of a range taken back (a holiday typed wrong, or
    cancelled), leaving every other mark; each leaves a tombstone, as `clear_mark` does."""
    called_off: list[date] = journal.record(
        store, "call_off", today, written_at, first=first, last=last
    )
    return called_off


def _apply_call_off(store: Store, op: Operation, today: date) -> list[date]:
    first, last = journal.day(op, "first"), journal.day(op, "last")
    step, days = _pause_range(store, first, last, today)
    called_off = [day for day in days if day in step.marks and step.marks[day].mark == "skip"]
    if not called_off:
        raise RuleError(t("pause.none", first=first.isoformat(), last=last.isoformat()))
    for day in called_off:
        step.cleared[day] = _tombstone(step.marks.pop(day), op["written_at"])
    unplan(store, first, last)
    return called_off


def _tombstone(mark: DayMark, written_at: str) -> str:
    """When a clearing is stamped: now, or just after the mark it clears if that reads later
    (the same second, or a mark written on a clock ahead)."""
    after = just_after(mark.written_at)
    return after if instant(after) > instant(written_at) else written_at


def clear_mark(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the active step's mark on `day` (undo), leaving a tombstone with the time;
    refused if the day has none. Inside a planned pause range, the pause comes back."""
    step = mark_owner(store, day, today)
    cleared: tuple[Step, DayMark] = journal.record(
        store, "clear", today, written_at, step=step.id, day=day
    )
    return cleared


def _apply_clear(store: Store, op: Operation, today: date) -> tuple[Step, DayMark]:
    day = journal.day(op, "day")
    step = mark_owner(store, day, today)
    same_step(step, op)
    check_day(step, day, today if day not in step.marks else max(day, today))
    removed = step.marks.get(day)
    if removed is None:
        raise RuleError(t("log.nothing_to_clear", day=day.isoformat()))
    if from_range(store, day, removed):  # the planned pause itself: called off that day
        unplan(store, day, day)
    del step.marks[day]
    step.cleared[day] = _tombstone(removed, op["written_at"])
    settle_pauses(store, step)  # a mark logged over a planned pause: the pause comes back
    return step, removed


def clear_note(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the note of `day`, keeping its mark; returns the mark as it was."""
    step = day_owner(store, day, today)
    cleared: tuple[Step, DayMark] = journal.record(
        store, "clear_note", today, written_at, step=step.id, day=day
    )
    return cleared


def _apply_clear_note(store: Store, op: Operation, today: date) -> tuple[Step, DayMark]:
    day = journal.day(op, "day")
    step = day_owner(store, day, today)
    same_step(step, op)
    previous = step.marks.get(day)
    if previous is None or previous.note is None:
        raise RuleError(t("log.no_note", day=day.isoformat()))
    step.marks[day] = DayMark(mark=previous.mark, note=None, written_at=op["written_at"])
    return step, previous


journal.register(
    {
        "mark": _apply_mark,
        "note": _apply_note,
        "clear": _apply_clear,
        "clear_note": _apply_clear_note,
        "pause": _apply_pause,
        "call_off": _apply_call_off,
    }
)
