"""Maintenance and relapse: an automatic step is watched, not forgotten.

The seed: old reflexes « sous stress ou face à l'anxiété, ils resurgissent automatiquement »
(Schwabe & Wolf 2009; Neal, Wood & Drolet 2013), and a change of context — a reorg, a new
role — breaks habits (Wood, Tam & Witt 2005). So a graduated step gets a one-item check,
the first item of the SRBAI ("<behaviour> is something I do automatically", 1–7; Gardner,
Lally & Rebar's brief form), four weeks after graduation, every four weeks for six months,
then every thirteen weeks. A lapse can be said any day (`log --slip`). A check under 4, or
two lapses within four weeks, makes the step *slipping*; `reactivate` then makes it the
active step again, the step that was active going on hold (its days paused) until the
rebuilt step graduates again or is dropped. A lapse is not a relapse (Marlatt): one slip
alone changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from petitspas.core import journal
from petitspas.core.calendar import instant
from petitspas.core.model import Hold, MaintenanceCheck, Record, Step, Store
from petitspas.core.pauses import settle_pauses
from petitspas.core.text import MAX_NOTE, clean_text
from petitspas.errors import RuleError
from petitspas.i18n import t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: `status --json` reads this module (model.py)
if TYPE_CHECKING:
    from collections.abc import Iterator

    from petitspas.core.journal import Operation

FIRST_CHECK = 28
"""Days from graduation to the first maintenance check (four weeks)."""
MONTHLY_UNTIL = 182
"""Every four weeks while within six months (26 weeks) of graduation …"""
QUARTERLY = 91
"""… then every thirteen weeks, counted on from the last four-weekly check (day 168)."""
ANSWERS_WITHIN = 14
"""A check answers each scheduled check up to 14 days after it: one made early is not asked
again a few days later."""
LOW = 4
"""A check under 4 (the middle of the 1–7 scale: "neither agree nor disagree") slips."""
SLIP_WINDOW = 28
"""Two slips less than 28 days apart make a step slipping; one alone never does."""


def scheduled(step: Step) -> Iterator[date]:
    """The days a maintenance check is due, from the step's (latest) graduation on."""
    if step.automatic_on is None:
        return
    offset = FIRST_CHECK
    while True:
        try:
            yield step.automatic_on + timedelta(days=offset)
        except OverflowError:
            return
        offset += FIRST_CHECK if offset + FIRST_CHECK <= MONTHLY_UNTIL else QUARTERLY


def since_graduation(step: Step) -> list[MaintenanceCheck]:
    """The maintenance checks of the step's latest graduation, oldest first."""
    if step.automatic_on is None:
        return []
    return [check for check in step.maintenance if check.on >= step.automatic_on]


def next_check(step: Step) -> date | None:
    """The next maintenance check's day, for an automatic step; None otherwise."""
    if step.status != "automatic":
        return None
    checks = since_graduation(step)
    latest = checks[-1].on if checks else None
    for day in scheduled(step):
        if latest is None or (day - latest).days > ANSWERS_WITHIN:
            return day
    return None


def check_due(step: Step, today: date) -> bool:
    due = next_check(step)
    return due is not None and due <= today


def slipping(step: Step) -> bool:
    """An automatic step whose latest check is under 4, or with two slips less than four
    weeks apart since its latest check of 4 or more (or its graduation)."""
    if step.status != "automatic" or step.automatic_on is None:
        return False
    checks = since_graduation(step)
    if checks and checks[-1].answer < LOW:
        return True
    since = checks[-1].on if checks else step.automatic_on
    days = sorted(day for day in step.slips if day >= since)
    return any((b - a).days < SLIP_WINDOW for a, b in pairwise(days))


def maintenance_due(store: Store, today: date) -> list[str]:
    return [step.id for step in store.steps if check_due(step, today)]


def slipping_steps(store: Store) -> list[str]:
    return [step.id for step in store.steps if slipping(step)]


def was_automatic(step: Step) -> bool:
    """Whether the step ever graduated (it has a maintenance history to show)."""
    return step.automatic_on is not None or any(hold.kind == "automatic" for hold in step.holds)


# --- the operations ----------------------------------------------------------------------------


class Maintained(Record):
    """What `check STEP` or `log --slip` did: the step, the day, and what it replaced (the
    same value again: nothing is written)."""

    __slots__ = ("step", "day", "replaced", "unchanged")

    def __init__(self, step: Step, day: date, replaced: object, unchanged: bool) -> None:
        self.step = step
        self.day = day
        self.replaced = replaced
        self.unchanged = unchanged


def check(
    store: Store, reference: str, *, answer: int, day: date, today: date, written_at: str
) -> Maintained:
    """`check STEP --answer N`: the maintenance check of an automatic step."""
    from petitspas.core.steps import find_step  # not on the prompt's `status --json` path

    step = find_step(store, reference)
    done: Maintained = journal.record(
        store, "maintenance", today, written_at, step=step.id, day=day, answer=answer
    )
    return done


def slip(
    store: Store, reference: str, *, note: str | None, day: date, today: date, written_at: str
) -> Maintained:
    """`log --slip STEP`: a lapse of an automatic step, said on `day`."""
    from petitspas.core.steps import find_step  # not on the prompt's `status --json` path

    step = find_step(store, reference)
    clean = clean_text(note, "field.note", MAX_NOTE)
    done: Maintained = journal.record(
        store, "slip", today, written_at, step=step.id, day=day, note=clean
    )
    return done


def _automatic(store: Store, op: Operation, today: date) -> tuple[Step, date]:
    """The operation's step, automatic, and its day: after the graduation, not in the future."""
    step = store.find(op["step"])
    if step is None:
        raise RuleError(t("step.unknown", step=op["step"]))
    if step.status != "automatic" or step.automatic_on is None:
        raise RuleError(
            t("maintenance.not_automatic", title=step.title, status=t(f"status.{step.status}"))
        )
    day = journal.day(op, "day")
    if day > today:
        raise RuleError(t("date.future", day=day.isoformat(), today=today.isoformat()))
    if day < step.automatic_on:
        raise RuleError(
            t("maintenance.before", day=day.isoformat(), since=step.automatic_on.isoformat())
        )
    return step, day


def _apply_maintenance(store: Store, op: Operation, today: date) -> Maintained:
    """One check a day: a second one the same day replaces the first."""
    step, day = _automatic(store, op, today)
    previous = next((check for check in step.maintenance if check.on == day), None)
    if previous is not None and previous.answer == op["answer"]:
        return Maintained(step, day, previous, True)
    record = MaintenanceCheck(day, op["answer"], op["written_at"])
    step.maintenance = sorted(
        [check for check in step.maintenance if check.on != day] + [record],
        key=lambda check: (check.on, instant(check.written_at)),
    )
    return Maintained(step, day, previous, False)


def _apply_slip(store: Store, op: Operation, today: date) -> Maintained:
    """A lapse on `day` (one a day: a second one replaces its note)."""
    step, day = _automatic(store, op, today)
    note = clean_text(op["note"], "field.note", MAX_NOTE)
    if day in step.slips and step.slips[day] == note:
        return Maintained(step, day, note, True)
    replaced = step.slips.get(day)
    step.slips[day] = note
    step.slips = dict(sorted(step.slips.items()))
    return Maintained(step, day, replaced, False)


class Reactivated(Record):
    """What `reactivate` did: the step rebuilt, and the step put on hold (if one was active)."""

    __slots__ = ("step", "held", "unchanged")

    def __init__(self, step: Step, held: Step | None) -> None:
        self.step = step
        self.held = held
        self.unchanged = False


def reactivate(store: Store, reference: str, *, today: date, written_at: str) -> Reactivated:
    """`reactivate STEP`: a slipping automatic step becomes the active step again."""
    from petitspas.core.steps import find_step  # not on the prompt's `status --json` path

    step = find_step(store, reference)
    done: Reactivated = journal.record(store, "reactivate", today, written_at, step=step.id)
    return done


def _apply_reactivate(store: Store, op: Operation, today: date) -> Reactivated:
    """Only a slipping automatic step, one rebuild at a time. From today it is active again
    (its days since graduation paused); the active step goes on hold from today (from
    tomorrow when tonight is marked already), its held days paused until it resumes."""
    step = store.find(op["step"])
    if step is None:
        raise RuleError(t("step.unknown", step=op["step"]))
    if not slipping(step):
        raise RuleError(t("reactivate.not_slipping", title=step.title))
    active = store.active_step()
    if active is not None and active.rebuilt_on is not None:
        raise RuleError(t("reactivate.one_at_a_time", title=active.title))
    assert step.automatic_on is not None
    if active is not None:
        active.status = "on_hold"
        # Tonight's mark, if written, keeps counting: the hold begins the day after it; a
        # step that begins tomorrow (one graduated tonight) is held from its first day.
        first = today + timedelta(days=1) if today in active.marks else today
        if active.started is not None:
            first = max(first, active.started)
        active.holds.append(Hold("on_hold", first, None))
        settle_pauses(store, active)
    gap = Hold("automatic", step.automatic_on + timedelta(days=1), today - timedelta(days=1))
    step.holds.append(gap)
    step.status = "active"
    step.automatic_on = None
    settle_pauses(store, step)
    return Reactivated(step, active)


journal.register(
    {
        "maintenance": _apply_maintenance,
        "slip": _apply_slip,
        "reactivate": _apply_reactivate,
    }
)
