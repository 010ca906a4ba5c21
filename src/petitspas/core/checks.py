"""The SRBAI self-check, an operation of the journal, and the gate it may pass."""

from __future__ import annotations

from datetime import date

from petitspas.core import journal
from petitspas.core.gate import Unlocked, active_or_refuse, check_day, evaluate_gate, same_step
from petitspas.core.model import (
    Record,
    SelfCheck,
    Step,
    Store,
)
from petitspas.core.progress import check_order

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.journal import Operation


class Checked(Record):
    """What `check` did: the step, the self-check recorded, the one of the same day it
    replaced (itself when it held these very answers: nothing is written), and the
    graduation it led to."""

    __slots__ = ("step", "record", "replaced", "unlocked")

    def __init__(
        self, step: Step, record: SelfCheck, replaced: SelfCheck | None, unlocked: Unlocked | None
    ) -> None:
        self.step = step
        self.record = record
        self.replaced = replaced
        self.unlocked = unlocked

    @property
    def unchanged(self) -> bool:
        return self.replaced is self.record


def check(
    store: Store, *, answers: tuple[int, int, int, int], day: date, today: date, written_at: str
) -> Checked:
    """`check`: record the self-check, then the gate, which may make the step automatic."""
    step = active_or_refuse(store)
    checked: Checked = journal.record(
        store, "check", today, written_at, step=step.id, day=day, answers=answers
    )
    return checked


def _apply_check(store: Store, op: Operation, today: date) -> Checked:
    """A SRBAI self-check of the active step. One a day: it replaces the check of the same
    day, if any (a mistyped check is corrected, and a day never weighs twice in the curve);
    the same answers again change nothing. Then the gate."""
    step = active_or_refuse(store)
    same_step(step, op, store)
    day = journal.day(op, "day")
    answers = op["answers"]
    check_day(step, day, today)
    same_day = [other for other in step.selfchecks if other.date == day]
    previous = max(same_day, key=check_order, default=None)
    if previous is not None and len(same_day) == 1 and previous.answers == tuple(answers):
        return Checked(step, previous, previous, evaluate_gate(store, today))
    record_ = SelfCheck(date=day, answers=tuple(answers), written_at=op["written_at"])
    step.selfchecks = [other for other in step.selfchecks if other.date != day] + [record_]
    step.selfchecks.sort(key=check_order)
    return Checked(step, record_, previous, evaluate_gate(store, today))


journal.register(
    {
        "check": _apply_check,
    }
)
