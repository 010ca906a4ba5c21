"""The journal: each change a command made, as one operation with explicit terms; their
ids and order, and the journal an older store's state implies (migration from schema 3).

An operation is a plain dict, as it stands in the file: `id`, `written_at` (the clock),
`on` (the log day the command ran in: the `today` its rules saw), `op` (the kind) and the
terms — a step's id, never "the active step", days as ISO dates. The rules that apply
each kind live in the modules of `core` (steps, logbook, checks, settings, wins), which
hand them to `register`; nothing here knows them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from petitspas.core.calendar import instant, just_after, log_day, parse_day_start
from petitspas.core.model import MARKS, REVISED_FIELDS, Pause, Store
from petitspas.errors import StoreError
from petitspas.i18n import t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: see model.py
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Operation = dict[str, Any]
    # An operation a schema-3 state implies, before its id: (written_at, kind, on, terms).
    Found = tuple[str, str, date, dict[str, Any]]

KINDS = (
    "settings", "add", "edit", "move", "remove", "mark", "note", "clear", "clear_note",
    "pause", "call_off", "check", "drop", "win", "win_edit", "win_remove",
    "maintenance", "slip", "reactivate",
)  # fmt: skip


# The terms of each kind: name → what its value must be ("text", "text?" for text or null,
# "day", "day?", "mark", "answers", "rating" (one answer, 1 to 7), "changes"). `settings`
# names only what it changed.
_TERMS: dict[str, dict[str, str]] = {
    "settings": {},
    "add": {"step": "text", "title": "text", "cue": "text?", "celebration": "text?",
            "schedule": "text", "catalog": "text?"},
    "edit": {"step": "text", "changes": "changes"},
    "move": {"step": "text", "after": "text?"},
    "remove": {"step": "text"},
    "mark": {"step": "text", "day": "day", "mark": "mark"},
    "note": {"step": "text", "day": "day", "note": "text?"},
    "clear": {"step": "text", "day": "day"},
    "clear_note": {"step": "text", "day": "day"},
    "pause": {"first": "day", "last": "day", "note": "text?"},
    "call_off": {"first": "day", "last": "day"},
    "check": {"step": "text", "day": "day", "answers": "answers"},
    "drop": {"step": "text", "reason": "text?"},
    "win": {"day": "day", "text": "text"},
    "win_edit": {"win": "text", "text": "text"},
    "win_remove": {"win": "text"},
    "maintenance": {"step": "text", "day": "day", "answer": "rating"},
    "slip": {"step": "text", "day": "day", "note": "text?"},
    "reactivate": {"step": "text"},
}  # fmt: skip
_OPTIONAL: dict[str, dict[str, str]] = {
    "settings": {"lang": "text?", "day_starts_at": "text", "vision": "text?"},
    "mark": {"note": "text?"},
}


def check_shape(operation: Operation) -> None:
    """Refuse an operation that is not one petitspas writes (a hand edit): StoreError."""
    try:
        good = (
            type(operation) is dict
            and type(operation["id"]) is str
            and type(operation["written_at"]) is str
            and _is(operation["on"], "day")
            and operation["op"] in _TERMS
        )
        instant(operation["written_at"])
        terms = _TERMS[operation["op"]] if good else {}
        optional = _OPTIONAL.get(operation["op"], {}) if good else {}
        good = good and all(_is(operation[name], kind) for name, kind in terms.items())
        good = good and all(
            _is(operation[name], kind) for name, kind in optional.items() if name in operation
        )
    except (KeyError, TypeError, ValueError):
        good = False
    if not good:
        what = operation.get("id", "?") if type(operation) is dict else "?"
        raise StoreError(t("journal.bad_operation", id=what))


def _is(value: Any, kind: str) -> bool:
    if kind.endswith("?"):
        return value is None or _is(value, kind[:-1])
    if kind == "text":
        return type(value) is str
    if kind == "day":
        return type(value) is str and len(value) == 10 and bool(date.fromisoformat(value))
    if kind == "mark":
        return value in MARKS
    if kind == "rating":
        return type(value) is int and 1 <= value <= 7
    if kind == "answers":
        return (
            type(value) is list
            and len(value) == 4
            and all(type(a) is int and 1 <= a <= 7 for a in value)
        )
    if kind == "changes":
        return (
            type(value) is dict
            and set(value) <= set(REVISED_FIELDS)
            and all(v is None or type(v) is str for v in value.values())
        )
    return False


# The function that applies each kind, handed here by the module of its rules when it is
# imported (steps, logbook, checks, settings, wins; `rules` imports them all for a replay).
_APPLIERS: dict[str, Callable[[Store, Operation, date], Any]] = {}


def register(appliers: dict[str, Callable[[Store, Operation, date], Any]]) -> None:
    """The rules of some kinds of operation: how each is applied to a store."""
    _APPLIERS.update(appliers)


def apply(store: Store, operation: Operation) -> Any:
    """Carry out one operation through the rules, on its own log day; a PetitspasError if
    the rules refuse it there (the store then unchanged), a StoreError if it is malformed."""
    check_shape(operation)
    applier = _APPLIERS.get(operation["op"])
    if applier is None:  # a bug, not a user's error: the module of its rules was not loaded
        raise LookupError(f"no rule loaded for {operation['op']!r}: import petitspas.core.rules")
    return applier(store, operation, day(operation, "on"))


def record(store: Store, kind: str, today: date, written_at: str, **terms: Any) -> Any:
    """What a command does: one operation, applied by the same function a replay uses, and
    appended to the journal when it changed anything (the same mark again writes nothing)."""
    op = operation(store, kind, today, written_at, **terms)
    result = apply(store, op)
    unchanged = getattr(result, "unchanged", False) or (isinstance(result, list) and not result)
    if not unchanged or getattr(result, "unlocked", None) is not None:
        store.append(op)
    return result


def order(operation: Operation) -> tuple[datetime, str]:
    """The replay order: the moment it was written, then its id (the same on every copy)."""
    return instant(operation["written_at"]), operation["id"]


def operation_id(store_id: str, written_at: str, kind: str, terms: dict[str, Any]) -> str:
    """An operation's id: a digest of what it is, so that the same history migrated on two
    copies gives the same ids, and two operations of one store never share one (their
    `written_at` differ: see `stamp`)."""
    import hashlib  # a write's cost alone (~1 ms), never a read's
    import json

    text = json.dumps([store_id, written_at, kind, terms], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def new_store_id() -> str:
    import os

    return os.urandom(8).hex()


def stamp(store: Store, written_at: str) -> str:
    """`written_at`, or just after the journal's last operation if the clock says otherwise:
    one copy's journal is always in replay order, whatever its clock did."""
    written = store.last_written_at()
    if written is not None:
        last = instant(written)
        if instant(written_at) <= last:  # in the clock's own offset
            zone = datetime.fromisoformat(written_at).tzinfo
            moment = last + timedelta(seconds=1)
            return (moment.astimezone(zone) if zone else moment).isoformat(timespec="seconds")
    return written_at


def operation(store: Store, kind: str, on: date, written_at: str, **terms: Any) -> Operation:
    """A new operation of `store`'s journal (not appended: `rules.record` does that)."""
    terms = {name: _plain(value) for name, value in terms.items()}
    written_at = stamp(store, written_at)
    body = {"on": on.isoformat(), **terms}
    return {
        "id": operation_id(store.store_id, written_at, kind, body),
        "written_at": written_at,
        "op": kind,
        **body,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def day(operation: Operation, key: str) -> date:
    return date.fromisoformat(operation[key])


# --- migration from schema 3 ---------------------------------------------------------------


def implied(store: Store) -> list[Operation]:
    """The journal a schema-3 store's state implies, in replay order: the settings, each
    step's `add` (and `move` where the path's order is not the order of adding), its marks,
    self-checks and revisions with the `written_at` they hold, pauses planned ahead as
    ranges, and drops. Graduations and unlocks are not operations: the replay finds them.

    The times a schema-3 store did not keep are chosen so the replay meets the same rules:
    a step is added at the start of the day it was added (in path order), a drop at the end
    of the day it was dropped, after the step's last operation of that day.
    """
    offset = _offset(store)
    day_start = parse_day_start(store.settings.day_starts_at)

    def log_day_of(written_at: str) -> date:
        return log_day(datetime.fromisoformat(written_at), day_start)

    for step in store.steps:
        if step.added_on is None:  # kept by every petitspas since schema 1; a hand edit
            step.added_on = step.started or _first_day(store) or date(2000, 1, 1)
    found = _adds(store, offset) + _history(store, log_day_of)
    found += _drops(store, found, offset)
    found.append(_settings(store, found, offset))
    journal = []
    for written_at, kind, on, terms in found:
        body = {"on": on.isoformat(), **{name: _plain(value) for name, value in terms.items()}}
        op_id = operation_id(store.store_id, written_at, kind, body)
        journal.append({"id": op_id, "written_at": written_at, "op": kind, **body})
    journal.sort(key=order)
    return journal


def _adds(store: Store, offset: str) -> list[Found]:
    """Each step's `add`, as it was before any edit. In replay order each step is added at
    the end of the path (two seconds apart, in path order, on the day it was added); one
    that stands before a step added earlier was moved there: a `move` right after its `add`
    puts it back in its place."""
    path = [step.id for step in store.steps]
    by_adding = sorted(store.steps, key=lambda step: (step.added_on, path.index(step.id)))
    found: list[Found] = []
    existing: set[str] = set()
    for step in by_adding:
        assert step.added_on is not None
        index = path.index(step.id)
        at = _at(step.added_on, timedelta(seconds=2 * index), offset)
        original: dict[str, str | None] = {f: getattr(step, f) for f in REVISED_FIELDS}
        for revision in reversed(step.revisions):
            original[revision.field] = revision.old
        terms = {"step": step.id, **original, "catalog": step.catalog}
        found.append((at, "add", step.added_on, terms))
        if any(other in existing for other in path[index + 1 :]):
            before = [other for other in path[:index] if other in existing]
            terms = {"step": step.id, "after": before[-1] if before else None}
            found.append((just_after(at), "move", step.added_on, terms))
        existing.add(step.id)
    return found


def _history(store: Store, log_day_of: Callable[[str], date]) -> list[Found]:
    """The marks, self-checks and edits, each on the log day it was written in; the pauses
    planned as ranges (the skips written at one time with one note, over several days or
    ahead of their day) are one `pause` each."""
    ranges: dict[tuple[str, str | None], list[date]] = {}
    for step in store.steps:
        for day_marked, mark in step.marks.items():
            if mark.mark == "skip":
                ranges.setdefault((mark.written_at, mark.note), []).append(day_marked)
    planned = {
        key: days for key, days in ranges.items()
        if len(days) > 1 or max(days) > log_day_of(key[0])
    }  # fmt: skip
    found: list[Found] = [
        (written_at, "pause", log_day_of(written_at),
         {"first": min(days), "last": max(days), "note": note})
        for (written_at, note), days in planned.items()
    ]  # fmt: skip
    for step in store.steps:
        for day_marked, mark in step.marks.items():
            if mark.mark == "skip" and (mark.written_at, mark.note) in planned:
                continue
            on = max(day_marked, log_day_of(mark.written_at))
            terms = {"step": step.id, "day": day_marked, "mark": mark.mark, "note": mark.note}
            found.append((mark.written_at, "mark", on, terms))
        for check in step.selfchecks:
            on = max(check.date, log_day_of(check.written_at))
            terms = {"step": step.id, "day": check.date, "answers": check.answers}
            found.append((check.written_at, "check", on, terms))
        for revision in step.revisions:
            terms = {"step": step.id, "changes": {revision.field: revision.new}}
            found.append((revision.written_at, "edit", revision.on, terms))
    return found


def _drops(store: Store, found: list[Found], offset: str) -> list[Found]:
    """Each drop, at the end of the day it was dropped, after the step's last operation of
    that day."""
    drops: list[Found] = []
    for step in store.steps:
        if step.dropped_on is None:
            continue
        mine = [at for at, _, on, terms in found
                if terms.get("step") == step.id and on <= step.dropped_on]  # fmt: skip
        at = _at(step.dropped_on, timedelta(hours=23, minutes=59, seconds=59), offset)
        if mine and instant(max(mine, key=instant)) >= instant(at):
            at = just_after(max(mine, key=instant))
        drops.append((at, "drop", step.dropped_on, {"step": step.id, "reason": step.drop_reason}))
    return drops


def _settings(store: Store, found: list[Found], offset: str) -> Found:
    """The settings and the vision, a second before everything else."""
    terms = {"lang": store.settings.lang, "day_starts_at": store.settings.day_starts_at,
             "vision": store.vision}  # fmt: skip
    first = min((instant(at) for at, *_ in found), default=None)
    if first is None:
        return _at(date(2000, 1, 1), timedelta(0), offset), "settings", date(2000, 1, 1), terms
    before = first - timedelta(seconds=1)
    return before.isoformat(timespec="seconds"), "settings", before.date(), terms


def implied_pauses(journal: list[Operation]) -> list[Pause]:
    """The pause ranges a journal's `pause` operations planned (the migrated state's)."""
    return [
        Pause(day(op, "first"), day(op, "last"), op["note"], op["written_at"])
        for op in journal
        if op["op"] == "pause"
    ]


def implied_store_id(store: Store) -> str:
    """The id of a schema-3 store, the same on every copy of it: a digest of its first step
    as it was added (or of its settings, before any step)."""
    import hashlib

    if store.steps:
        step = store.steps[0]
        titles = [revision.old for revision in step.revisions if revision.field == "title"]
        title = titles[0] if titles else step.title
        seed = f"{step.id}|{step.added_on or step.started}|{title}"
    else:
        seed = f"{store.vision}|{store.settings.lang}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def _first_day(store: Store) -> date | None:
    return min((step.started for step in store.steps if step.started), default=None)


def _offset(store: Store) -> str:
    """The UTC offset the store's stamps are written in (the latest one's), '+00:00' if none."""
    for step in reversed(store.steps):
        for mark in step.marks.values():
            moment = datetime.fromisoformat(mark.written_at)
            if moment.tzinfo is not None:
                return moment.isoformat()[19:]
    return "+00:00"


def _at(day_: date, offset_in_day: timedelta, offset: str) -> str:
    moment = datetime.combine(day_, datetime.min.time()) + offset_in_day
    return moment.isoformat(timespec="seconds") + offset
