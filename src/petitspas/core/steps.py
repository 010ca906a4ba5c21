"""The path's steps: add, edit, move, remove and drop, each an operation of the journal."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core import journal
from petitspas.core.calendar import (
    canonical_schedule,
    instant,
    just_after,
    shown_as_typed,
)
from petitspas.core.gate import Unlocked, active_or_refuse, same_step, unlock
from petitspas.core.model import (
    REVISED_FIELDS,
    Record,
    Revision,
    Step,
    Store,
)
from petitspas.core.pauses import settle_pauses
from petitspas.core.text import MAX_ID, MAX_NOTE, MAX_TITLE, SLUG, clean_text, same_title, slugify
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t, tn

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.catalog import CatalogStep
    from petitspas.core.journal import Operation


def add_step(
    store: Store,
    *,
    title: str | None,
    today: date,
    written_at: str,
    cue: str | None = None,
    celebration: str | None = None,
    schedule: str = "workdays",
    step_id: str | None = None,
    catalog: str | None = None,
) -> Step:
    """`add`: append a step to the path, active from today if nothing is active, else
    locked; its id is `step_id`, or one made from its title."""
    clean_title = clean_text(title, "field.title", MAX_TITLE)
    if clean_title is None:
        raise UsageError(t("add.empty_title"))
    if step_id is not None:
        if not SLUG.fullmatch(step_id) or len(step_id) > MAX_ID:
            raise UsageError(t("add.bad_id", id=step_id, limit=MAX_ID))
        if step_id.isdigit():  # STEP would read it as a number in `path`
            raise UsageError(t("add.digits_id", id=step_id))
    else:
        base = slugify(clean_title)
        step_id, suffix = base, 2
        while store.find(step_id):
            step_id, suffix = f"{base}-{suffix}", suffix + 1
    result: Step = journal.record(
        store, "add", today, written_at, step=step_id, title=clean_title,
        cue=clean_text(cue, "field.cue", MAX_TITLE),
        celebration=clean_text(celebration, "field.celebration", MAX_TITLE),
        schedule=canonical_schedule(schedule), catalog=catalog,
    )  # fmt: skip
    return result


def _apply_add(store: Store, op: Operation, today: date) -> Step:
    """An `add` operation: the rules of a new step (a unique title and id)."""
    clean_title = clean_text(op["title"], "field.title", MAX_TITLE)
    if clean_title is None:
        raise UsageError(t("add.empty_title"))
    for step in store.steps:
        if same_title(step.title, clean_title):
            raise RuleError(t("add.duplicate_title", title=step.title, id=step.id))
    refuse_catalog_twin(store, clean_title, op["catalog"])
    step_id = op["step"]
    if not SLUG.fullmatch(step_id):  # what the command checks of a typed --id, and more,
        raise UsageError(t("add.bad_id", id=step_id, limit=MAX_ID))  # is the command's
    if store.find(step_id):
        raise RuleError(t("add.duplicate_id", id=step_id))
    step = Step(
        id=step_id,
        title=clean_title,
        cue=clean_text(op["cue"], "field.cue", MAX_TITLE),
        celebration=clean_text(op["celebration"], "field.celebration", MAX_TITLE),
        schedule=canonical_schedule(op["schedule"]),
        catalog=op["catalog"],
        added_on=today,
    )
    if store.active_step() is None:
        # After a drop or a graduation today, today still belongs to the step that ended.
        ended = [other.ended for other in store.steps if other.ended is not None]
        step.status = "active"
        step.started = today if not ended or max(ended) < today else max(ended) + timedelta(days=1)
    store.steps.append(step)
    settle_pauses(store, step)
    return step


def add(
    store: Store,
    *,
    entry: CatalogStep | None,
    title: str | None,
    lang: str,
    today: date,
    written_at: str,
    cue: str | None,
    celebration: str | None,
    schedule: str | None,
    step_id: str | None,
) -> Step:
    """`add`: a catalog step in `lang` (the flags override its cue, schedule or id), or a
    step of one's own (workdays unless told otherwise)."""
    if entry is not None:
        return add_from_catalog(
            store, entry, lang, cue=cue, celebration=celebration, schedule=schedule,
            step_id=step_id, today=today, written_at=written_at,
        )  # fmt: skip
    return add_step(
        store, title=title, cue=cue, celebration=celebration, schedule=schedule or "workdays",
        step_id=step_id, today=today, written_at=written_at,
    )  # fmt: skip


def add_from_catalog(
    store: Store,
    entry: CatalogStep,
    lang: str,
    *,
    today: date,
    written_at: str,
    cue: str | None = None,
    celebration: str | None = None,
    schedule: str | None = None,
    step_id: str | None = None,
) -> Step:
    """Append a catalog step in `lang`; the flags given override its cue, schedule or id."""
    text = entry.text(lang)
    return add_step(
        store,
        title=text.title,
        cue=cue if cue is not None else text.cue,
        celebration=celebration if celebration is not None else text.celebration,
        schedule=schedule or entry.schedule,
        step_id=step_id or (entry.key if not store.find(entry.key) else None),
        catalog=entry.key,
        today=today,
        written_at=written_at,
    )


def find_step(store: Store, reference: str | None) -> Step:
    """The step STEP names: its id, or its number in `path`; the active step when None."""
    if reference is None:
        return active_or_refuse(store)
    text = reference.strip()
    if text.isascii() and text.isdigit():
        if 1 <= int(text) <= len(store.steps):
            return store.steps[int(text) - 1]
        raise UsageError(tn("step.bad_number", len(store.steps), number=text))
    step = store.find(text)
    if step is None:
        raise UsageError(t("step.unknown", step=shown_as_typed(text)))
    return step


class Edited(Record):
    """What `edit` did: the step and the revisions it recorded (none: already so)."""

    __slots__ = ("step", "revisions")

    def __init__(self, step: Step, revisions: list[Revision]) -> None:
        self.step = step
        self.revisions = revisions

    @property
    def unchanged(self) -> bool:
        return not self.revisions


def edit(
    store: Store, reference: str | None, changes: dict[str, str | None], *, today: date,
    written_at: str,
) -> Edited:  # fmt: skip
    """Change a step's title, cue, celebration or schedule (`changes`: field → text as
    typed; an empty cue or celebration removes it), keeping its id and history; each
    change is recorded as a revision on today's log day."""
    step = find_step(store, reference)
    wanted = {field: _edited_value(store, step, field, text) for field, text in changes.items()}
    edited: Edited = journal.record(store, "edit", today, written_at, step=step.id, changes=wanted)
    return edited


def _apply_edit(store: Store, op: Operation, today: date) -> Edited:
    step = named_step(store, op)
    changes: dict[str, str | None] = op["changes"]
    wanted = {field: _edited_value(store, step, field, text) for field, text in changes.items()}
    # Never dated before the last revision, even if the clock went back: revisions stay in
    # the order they were made, which Step.schedule_on reads them in.
    on, stamp = today, op["written_at"]
    if step.revisions:
        last = step.revisions[-1]
        on = max(on, last.on)
        if instant(stamp) <= instant(last.written_at):
            stamp = just_after(last.written_at)
    revisions = []
    for field in REVISED_FIELDS:
        old = getattr(step, field)
        if field in wanted and wanted[field] != old:
            revisions.append(Revision(on, field, old, wanted[field], stamp))
            setattr(step, field, wanted[field])
    step.revisions += revisions
    if "schedule" in wanted:  # a holiday's days are the due days of the schedule in force
        settle_pauses(store, step)
    return Edited(step, revisions)


def refuse_catalog_twin(
    store: Store, title: str, catalog: str | None, step: Step | None = None
) -> None:
    """A catalog step is the same step in both languages: refused when another step of the
    path (not `step`) is already the catalog step this title or catalog key names."""
    from petitspas.core.catalog import catalog_keys

    keys = catalog_keys(title, catalog)
    for other in store.steps if keys else ():
        if other is not step and keys & catalog_keys(other.title, other.catalog):
            raise RuleError(t("step.same_catalog_step", title=other.title, id=other.id))


def named_step(store: Store, op: Operation) -> Step:
    """The step an operation names by id; refused if the path no longer holds it."""
    step = store.find(op["step"])
    if step is None:
        raise RuleError(t("step.unknown", step=op["step"]))
    return step


def _edited_value(store: Store, step: Step, field: str, text: str | None) -> str | None:
    if field == "title":
        title = clean_text(text, "field.title", MAX_TITLE)
        if title is None:
            raise UsageError(t("add.empty_title"))
        for other in store.steps:
            if other is not step and same_title(other.title, title):
                raise RuleError(t("edit.duplicate_title", title=other.title, id=other.id))
        refuse_catalog_twin(store, title, step.catalog, step)
        return title
    if field == "schedule":
        if step.status in ("automatic", "dropped"):
            raise RuleError(t(f"edit.schedule_{step.status}", title=step.title))
        return canonical_schedule(text or "")
    return clean_text(text, f"field.{field}", MAX_TITLE)


class Moved(Record):
    """What `move` did: the step, the place it had and the place it has (1-based)."""

    __slots__ = ("step", "before", "after")

    def __init__(self, step: Step, before: int, after: int) -> None:
        self.step = step
        self.before = before
        self.after = after

    @property
    def unchanged(self) -> bool:
        return self.before == self.after


def move(store: Store, reference: str, position: int, *, today: date, written_at: str) -> Moved:
    """Put a locked step at `position` (1-based) in the path, among the steps still to come:
    the steps that started are history and keep their places. The operation names the step
    it then follows (None: first), which means the same place next to another copy's steps."""
    step = find_step(store, reference)
    _movable(step)
    if not 1 <= position <= len(store.steps):
        raise UsageError(tn("move.bad_position", len(store.steps), position=position))
    others = [other for other in store.steps if other is not step]
    after = others[position - 2].id if position > 1 else None
    moved: Moved = journal.record(store, "move", today, written_at, step=step.id, after=after)
    return moved


def _movable(step: Step) -> None:
    if step.status != "locked":
        raise RuleError(t("move.not_locked", title=step.title, status=t(f"status.{step.status}")))


def _apply_move(store: Store, op: Operation, today: date) -> Moved:
    step = named_step(store, op)
    _movable(step)
    others = [other for other in store.steps if other is not step]
    after = op["after"]
    if after is None:
        position = 1
    else:
        follows = store.find(after)
        if follows is None or follows is step:
            raise RuleError(t("step.unknown", step=after))
        position = others.index(follows) + 2
    first = next(index for index, other in enumerate(store.steps) if other.status == "locked")
    if position - 1 < first:
        raise RuleError(t("move.before_started", position=position, first=first + 1))
    before = store.steps.index(step) + 1
    store.steps.remove(step)
    store.steps.insert(position - 1, step)
    return Moved(step, before, position)


def not_started(step: Step, today: date) -> bool:
    """Active from a day still to come (unlocked tonight), with nothing recorded yet but
    the pauses planned ahead."""
    return (
        step.status == "active" and step.started is not None and step.started > today
        and not step.selfchecks and all(mark.mark == "skip" for mark in step.marks.values())
    )  # fmt: skip


class Removed(Record):
    """What `remove` did: the step, and the planned pauses left with no step to pause."""

    __slots__ = ("step", "called_off")

    def __init__(self, step: Step, called_off: list[date]) -> None:
        self.step = step
        self.called_off = called_off


def remove(store: Store, reference: str, *, today: date, written_at: str) -> Removed:
    """Delete a step that never started: a locked one, or one unlocked tonight that starts
    tomorrow (the next locked step then takes its start, pauses and all). Anything with
    history can only be dropped."""
    step = find_step(store, reference)
    removed: Removed = journal.record(store, "remove", today, written_at, step=step.id)
    return removed


def _apply_remove(store: Store, op: Operation, today: date) -> Removed:
    step = named_step(store, op)
    removable(store, step, today)
    store.steps.remove(step)
    if step.status != "active":
        return Removed(step, [])
    following = store.next_locked()
    if following is None:  # the pauses planned ahead are left with no step to pause
        return Removed(step, sorted(day for day in step.marks if day > today))
    following.status, following.started = "active", step.started
    settle_pauses(store, following)
    return Removed(step, [])


def removable(store: Store, step: Step, today: date) -> None:
    """Refuse to remove a step with a history: it can only be dropped."""
    waiting = step.status == "locked" and not (step.started or step.marks or step.selfchecks)
    if not waiting and not not_started(step, today):
        key = "remove.active" if step.status == "active" else "remove.has_history"
        raise RuleError(t(key, title=step.title, status=t(f"status.{step.status}")))


def drop_step(store: Store, *, reason: str | None, today: date, written_at: str) -> Unlocked:
    """Abandon the active step honestly: kept as dropped with the date and reason."""
    step = active_or_refuse(store)
    clean_reason = clean_text(reason, "field.reason", MAX_NOTE)
    dropped: Unlocked = journal.record(
        store, "drop", today, written_at, step=step.id, reason=clean_reason
    )
    return dropped


def _apply_drop(store: Store, op: Operation, today: date) -> Unlocked:
    step = active_or_refuse(store)
    same_step(step, op, store)
    if not_started(step, today):
        number = store.steps.index(step) + 1
        assert step.started is not None
        raise RuleError(
            t("drop.not_started", title=step.title, day=step.started.isoformat(), number=number)
        )
    step.status = "dropped"
    step.dropped_on = today
    step.drop_reason = clean_text(op["reason"], "field.reason", MAX_NOTE)
    return unlock(store, step, today)


journal.register(
    {
        "add": _apply_add,
        "edit": _apply_edit,
        "move": _apply_move,
        "remove": _apply_remove,
        "drop": _apply_drop,
    }
)
