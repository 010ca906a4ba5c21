"""The active step and the gate: which step a command is about, which days it may write,
and the graduation that hands the path to the next step."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core.model import (
    Record,
    Step,
    Store,
)
from petitspas.core.pauses import settle_pauses
from petitspas.core.progress import REBUILD_DAYS, gate
from petitspas.errors import RuleError
from petitspas.i18n import t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.catalog import CatalogStep
    from petitspas.core.journal import Operation

# --- the path -------------------------------------------------------------------------------


def suggestions(store: Store) -> list[CatalogStep]:
    from petitspas.core.catalog import not_on_path

    return not_on_path(store)


def active_or_refuse(store: Store) -> Step:
    step = store.active_step()
    if step is None and store.path_complete():
        keys = ", ".join(entry.key for entry in suggestions(store))
        raise RuleError(t("rule.path_complete" if keys else "rule.path_complete_all", keys=keys))
    if step is None:
        raise RuleError(t("rule.nothing_active"))
    return step


def check_day(step: Step, day: date, today: date) -> None:
    """Refuse a day in the future or before the active step started."""
    if day > today:
        raise RuleError(t("date.future", day=day.isoformat(), today=today.isoformat()))
    if step.started is not None and day < step.started:
        raise RuleError(
            t("date.before_start", day=day.isoformat(), started=step.started.isoformat())
        )
    if step.held_on(day):  # a rebuilt step's days between its graduation and reactivation
        raise RuleError(t("date.held", day=day.isoformat(), title=step.title))


def same_step(step: Step, op: Operation, store: Store | None = None) -> None:
    """An operation written for one step never lands on another: the day (or the place of
    the active step) belongs to `step` now (a merge put another step's history there), so
    it is not applied."""
    if step.id == op["step"]:
        return
    named = store.find(op["step"]) if store is not None else None
    if named is not None and named.ended is not None:
        raise RuleError(
            t("journal.ended", title=named.title, status=t(f"status.{named.status}"),
              day=named.ended.isoformat())
        )  # fmt: skip
    raise RuleError(t("journal.other_step", step=op["step"], day=op.get("day", ""), now=step.title))


class Unlocked(Record):
    """A step that just ended (graduated or dropped), the one that takes its place, and
    catalog steps to suggest when none is waiting; the planned pauses called off for want
    of a step to pause."""

    __slots__ = ("ended", "next", "suggestions", "called_off")

    def __init__(
        self,
        ended: Step,
        next: Step | None,
        suggestions: list[CatalogStep] | None = None,
        called_off: list[date] | None = None,
    ) -> None:
        self.ended = ended
        self.next = next
        self.suggestions = suggestions or []
        self.called_off = called_off or []


def unlock(store: Store, ended: Step, today: date) -> Unlocked:
    """`ended` is over: the next locked step starts on the next log day, so today's log
    stays with the step that ended; with none waiting, suggest catalog steps. Pauses
    planned past today go with the manager to the next step (on its due days)."""
    after = sorted(day for day in ended.marks if day > today)
    settle_pauses(store, ended)
    held = next((step for step in store.steps if step.status == "on_hold"), None)
    if held is not None:  # the step set aside for a rebuild resumes, starting the day after
        held.status = "active"
        held.holds[-1] = held.holds[-1].replace(last=today)
        settle_pauses(store, held)
        return Unlocked(ended, held)
    following = store.next_locked()
    if following is None:
        return Unlocked(ended, None, suggestions(store), after)
    following.status = "active"
    following.started = today + timedelta(days=1)
    settle_pauses(store, following)
    return Unlocked(ended, following)


def evaluate_gate(store: Store, today: date) -> Unlocked | None:
    """If the active step passes the gate, make it automatic and activate the next one."""
    step = store.active_step()
    if step is None or not gate(step, today, store.settings).passed:
        return None
    rebuilt = step.rebuilt_on
    if rebuilt is not None and today < rebuilt + timedelta(days=REBUILD_DAYS):
        return None  # a reactivated step's strength carried over: a fortnight to show it
    step.status = "automatic"
    step.automatic_on = today
    return unlock(store, step, today)
