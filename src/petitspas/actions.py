"""The changes a command makes to a store: add, log, clear, check, drop, and the gate.

Pure: each takes the store and the current log day, changes the store in memory and says
what happened; `cli.py` loads and saves around them and renders the outcome.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import TYPE_CHECKING

from petitspas.calendar import canonical_schedule, is_due
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t
from petitspas.model import DayMark, Mark, Record, SelfCheck, Step, Store
from petitspas.progress import check_order, gate
from petitspas.schema import CONTROL, SLUG

if TYPE_CHECKING:
    from petitspas.catalog import CatalogStep

MAX_TITLE = 200
MAX_NOTE = 2000
MAX_ID = 48
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(value: str | None, what: str, limit: int) -> str | None:
    """A user's text with outer spaces trimmed; refused if too long or holding control chars.

    An empty text becomes None (the caller decides whether that is allowed).
    """
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    if _SURROGATE.search(value):  # bytes the terminal's encoding could not decode
        raise UsageError(t("text.undecodable", what=t(what)))
    if CONTROL.search(value):
        raise UsageError(t("text.control", what=t(what)))
    if len(value) > limit:
        raise UsageError(t("text.too_long", what=t(what), limit=limit, length=len(value)))
    return value or None


def slugify(title: str) -> str:
    """A step id from its title: ASCII, lower case, words joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:MAX_ID].rstrip("-") or "pas"


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def add_step(
    store: Store,
    *,
    title: str | None,
    today: date,
    cue: str | None = None,
    celebration: str | None = None,
    schedule: str = "workdays",
    step_id: str | None = None,
    catalog: str | None = None,
) -> Step:
    """Append a step to the path: active from today if nothing is active, else locked."""
    clean_title = clean_text(title, "field.title", MAX_TITLE)
    if clean_title is None:
        raise UsageError(t("add.empty_title"))
    for step in store.steps:
        if _same_title(step.title, clean_title):
            raise RuleError(t("add.duplicate_title", title=step.title, id=step.id))
    if step_id is not None:
        if not SLUG.fullmatch(step_id) or len(step_id) > MAX_ID:
            raise UsageError(t("add.bad_id", id=step_id, limit=MAX_ID))
        if store.find(step_id):
            raise RuleError(t("add.duplicate_id", id=step_id))
    else:
        base = slugify(clean_title)
        step_id, suffix = base, 2
        while store.find(step_id):
            step_id, suffix = f"{base}-{suffix}", suffix + 1
    step = Step(
        id=step_id,
        title=clean_title,
        cue=clean_text(cue, "field.cue", MAX_TITLE),
        celebration=clean_text(celebration, "field.celebration", MAX_TITLE),
        schedule=canonical_schedule(schedule),
        catalog=catalog,
        added_on=today,
    )
    if store.active_step() is None:
        # After a drop or a graduation today, today still belongs to the step that ended.
        ended = [other.ended for other in store.steps if other.ended is not None]
        step.status = "active"
        step.started = today if not ended or max(ended) < today else max(ended) + timedelta(days=1)
    store.steps.append(step)
    return step


def add_from_catalog(
    store: Store,
    entry: CatalogStep,
    lang: str,
    *,
    today: date,
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
    )


def suggestions(store: Store, count: int = 3) -> list[CatalogStep]:
    """Catalog steps not yet on the path, in catalog order."""
    from petitspas.catalog import CATALOG

    taken = {step.catalog for step in store.steps} | {step.id for step in store.steps}
    return [entry for entry in CATALOG if entry.key not in taken][:count]


def active_or_refuse(store: Store) -> Step:
    step = store.active_step()
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


class Logged(Record):
    """What `log` did: the step, the day, the mark written and the one it replaced."""

    __slots__ = ("step", "day", "mark", "previous", "due")

    def __init__(
        self, step: Step, day: date, mark: DayMark, previous: DayMark | None, due: bool
    ) -> None:
        self.step = step
        self.day = day
        self.mark = mark
        self.previous = previous
        self.due = due


def log_mark(
    store: Store, *, day: date, mark: Mark, note: str | None, today: date, written_at: str
) -> Logged:
    """Mark `day` for the active step, replacing any earlier mark (its note kept if none given)."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    previous = step.marks.get(day)
    if clean_note is None and previous is not None and note is None:
        clean_note = previous.note
    step.marks[day] = DayMark(mark=mark, note=clean_note, written_at=written_at)
    return Logged(step, day, step.marks[day], previous, is_due(step.schedule, day))


def set_note(store: Store, *, day: date, note: str, today: date, written_at: str) -> Logged:
    """Change the note of a day already marked (an empty note removes it)."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    previous = step.marks.get(day)
    if previous is None:
        raise UsageError(t("log.note_needs_mark", day=day.isoformat()))
    step.marks[day] = DayMark(
        mark=previous.mark,
        note=clean_text(note, "field.note", MAX_NOTE),
        written_at=written_at,
    )
    return Logged(step, day, step.marks[day], previous, is_due(step.schedule, day))


def clear_mark(store: Store, *, day: date, today: date) -> tuple[Step, DayMark]:
    """Remove the active step's mark on `day` (undo); refused if the day has none."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    removed = step.marks.pop(day, None)
    if removed is None:
        raise RuleError(t("log.nothing_to_clear", day=day.isoformat()))
    return step, removed


def record_check(
    store: Store, *, answers: tuple[int, int, int, int], day: date, today: date, written_at: str
) -> SelfCheck:
    """Add a SRBAI self-check to the active step."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    check = SelfCheck(date=day, answers=answers, written_at=written_at)
    step.selfchecks.append(check)
    step.selfchecks.sort(key=check_order)
    return check


class Unlocked(Record):
    """A step that just ended (graduated or dropped) and the one that takes its place."""

    __slots__ = ("ended", "next")

    def __init__(self, ended: Step, next: Step | None) -> None:
        self.ended = ended
        self.next = next


def _activate_next(store: Store, today: date) -> Step | None:
    following = store.next_locked()
    if following is not None:
        following.status = "active"
        following.started = today + timedelta(days=1)
    return following


def evaluate_gate(store: Store, today: date) -> Unlocked | None:
    """If the active step passes the gate, make it automatic and activate the next one.

    The next step starts on the next log day, so today's log stays with the graduate.
    """
    step = store.active_step()
    if step is None or not gate(step, today, store.settings).passed:
        return None
    step.status = "automatic"
    step.automatic_on = today
    return Unlocked(step, _activate_next(store, today))


def drop_step(store: Store, *, reason: str | None, today: date) -> Unlocked:
    """Abandon the active step honestly: kept as dropped with the date and reason."""
    step = active_or_refuse(store)
    step.status = "dropped"
    step.dropped_on = today
    step.drop_reason = clean_text(reason, "field.reason", MAX_NOTE)
    return Unlocked(step, _activate_next(store, today))
