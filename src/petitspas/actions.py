"""The changes a command makes to a store: add, log, clear, check, drop, and the gate.

Pure: each takes the store and the current log day, changes the store in memory and says
what happened; a command loads and saves around them and `views` says the outcome.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from petitspas import journal
from petitspas.calendar import (
    canonical_schedule,
    day_words,
    instant,
    is_due,
    just_after,
    parse_day_start,
    shown_as_typed,
    weekday_name,
)
from petitspas.errors import PetitspasError, RuleError, StoreError, UsageError
from petitspas.i18n import checked_language, t, tn
from petitspas.model import (
    REVISED_FIELDS,
    DayMark,
    Mark,
    Pause,
    Record,
    Revision,
    SelfCheck,
    Settings,
    Step,
    Store,
    Win,
    title_key,
)
from petitspas.progress import check_order, first_day, gate, next_due, stalling, step_on
from petitspas.schema import CONTROL, SLUG

if TYPE_CHECKING:
    from typing import Any

    from petitspas.catalog import CatalogStep
    from petitspas.journal import Operation

MAX_TITLE = 200
MAX_NOTE = 2000
MAX_ID = 48
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_BREAK = re.compile(r"[\n\r\v\f\x85\u2028\u2029]")
# Invisible characters that reverse the direction of the text after them: a title could
# show one thing and hold another (U+202A-U+202E embeddings, U+2066-U+2069 isolates).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str | None, what: str, limit: int) -> str | None:
    """A user's text with outer spaces trimmed; refused if too long, on several lines, or
    holding control characters or ones that turn the text around.

    An empty text becomes None (the caller decides whether that is allowed).
    """
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    if _SURROGATE.search(value):  # bytes the terminal's encoding could not decode
        raise UsageError(t("text.undecodable", what=t(what)))
    if _LINE_BREAK.search(value):
        raise UsageError(t("text.line_break", what=t(what)))
    if _BIDI.search(value):
        raise UsageError(t("text.bidi", what=t(what)))
    if CONTROL.search(value):
        raise UsageError(t("text.control", what=t(what)))
    if len(value) > limit:
        raise UsageError(t("text.too_long", what=t(what), limit=limit, length=len(value)))
    return value or None


def slugify(title: str) -> str:
    """A step id from its title: ASCII, lower case, its first three words joined by
    hyphens, short enough to type (words of one or two letters, "à", "to", "l'", are
    passed over while longer ones remain); never digits alone (`pas-2` for a title "2"),
    which STEP would read as a number in `path`."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = "-".join(([w for w in words if len(w) > 2 or w.isdigit()] or words)[:3])
    if slug.isdigit():  # STEP would read digits alone as a number in `path`
        slug = f"pas-{slug}"
    return slug[:MAX_ID].rstrip("-") or "pas"


def _same_title(a: str, b: str) -> bool:
    return title_key(a) == title_key(b)


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
    result: Step = record(
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
        if _same_title(step.title, clean_title):
            raise RuleError(t("add.duplicate_title", title=step.title, id=step.id))
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


# --- what a person typed ---------------------------------------------------------------------

# Whole words only: "pas fait" must not be read as "p" (a planned pause).
MARK_ANSWERS: dict[str, Mark] = {
    **dict.fromkeys(("y", "yes", "o", "oui", "done", "fait"), "done"),
    **dict.fromkeys(("n", "no", "non", "missed", "manqué", "manque"), "missed"),
    **dict.fromkeys(("s", "skip", "p", "pause"), "skip"),
}


def chosen_mark(
    *, done: bool, missed: bool, skip: bool, clear: bool, note: str | None,
    clear_note: bool = False,
) -> Mark | None:  # fmt: skip
    """The one mark `log`'s flags give (None: none given); two marks, --clear or
    --clear-note with anything else, or an empty --note, is a usage error."""
    flags: tuple[tuple[Mark, bool], ...] = (("done", done), ("missed", missed), ("skip", skip))
    chosen = [mark for mark, given in flags if given]
    if len(chosen) > 1:
        raise UsageError(t("log.two_marks"))
    if clear and (chosen or note is not None or clear_note):
        raise UsageError(t("log.clear_alone"))
    if clear_note and (chosen or note is not None):
        raise UsageError(t("log.clear_note_alone"))
    if note is not None and not note.strip():
        raise UsageError(t("log.empty_note"))
    return chosen[0] if chosen else None


def parse_answers(text: str) -> tuple[int, int, int, int]:
    """`check --answers 6,6,5,6`: four ratings from 1 to 7."""
    ratings = [rating(part) for part in text.split(",")]
    if len(ratings) != 4 or None in ratings:
        raise UsageError(t("check.bad_answers", value=text))
    return ratings[0], ratings[1], ratings[2], ratings[3]  # type: ignore[return-value]


def rating(text: str) -> int | None:
    """A rating 1-7 typed as one ASCII digit ('²'.isdigit() is true, int('²') fails)."""
    text = text.strip()
    return int(text) if len(text) == 1 and text in "1234567" else None


def is_yes(answer: str) -> bool:
    """A yes in either language; anything else is no."""
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def catalog_entry(title: str | None, key: str | None) -> CatalogStep | None:
    """The catalog step `add --from-catalog KEY` names (None without the flag); a title
    with it, or an unknown key, is a usage error."""
    if key is None:
        return None
    if title is not None:
        raise UsageError(t("add.title_and_catalog"))
    from petitspas.catalog import catalog_choice

    entry = catalog_choice(key)
    if entry is None:
        raise UsageError(t("add.unknown_catalog", key=key))
    return entry


def check_weeks(weeks: int) -> None:
    """A number of weeks for `review --weeks` or `demo --weeks`: 1 to 520 (ten years)."""
    if not 1 <= weeks <= 520:
        raise UsageError(t("review.bad_weeks", value=weeks))


def review_week(week_of: date, today: date, store: Store) -> date:
    """The day whose week `review --week` shows; not a week still to come, nor one that ended
    before the store's first day."""
    if week_of > today:
        raise RuleError(t("review.future_week", day=week_of.isoformat(), today=today.isoformat()))
    begins = first_day(store.steps)
    if begins is not None and week_of < begins - timedelta(days=begins.weekday()):
        raise RuleError(t("review.before_store", day=week_of.isoformat(), first=begins))
    return week_of


# --- the path -------------------------------------------------------------------------------


def suggestions(store: Store) -> list[CatalogStep]:
    from petitspas.catalog import not_on_path

    return not_on_path(store)


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
    edited: Edited = record(store, "edit", today, written_at, step=step.id, changes=wanted)
    return edited


def _apply_edit(store: Store, op: Operation, today: date) -> Edited:
    step = _named(store, op)
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


def _named(store: Store, op: Operation) -> Step:
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
            if other is not step and _same_title(other.title, title):
                raise RuleError(t("edit.duplicate_title", title=other.title, id=other.id))
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
    moved: Moved = record(store, "move", today, written_at, step=step.id, after=after)
    return moved


def _movable(step: Step) -> None:
    if step.status != "locked":
        raise RuleError(t("move.not_locked", title=step.title, status=t(f"status.{step.status}")))


def _apply_move(store: Store, op: Operation, today: date) -> Moved:
    step = _named(store, op)
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


def _not_started(step: Step, today: date) -> bool:
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
    removed: Removed = record(store, "remove", today, written_at, step=step.id)
    return removed


def _apply_remove(store: Store, op: Operation, today: date) -> Removed:
    step = _named(store, op)
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
    if not waiting and not _not_started(step, today):
        key = "remove.active" if step.status == "active" else "remove.has_history"
        raise RuleError(t(key, title=step.title, status=t(f"status.{step.status}")))


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
        logged: Logged = record(
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
        logged = record(store, "mark", today, written_at, **terms)
        if not stalled_before and not logged.unchanged and logged.unlocked is None:
            logged.stalled = stalling(step, today, store.settings)
    if meant != today and day is None:
        logged.instead_of = today
    return logged


def _apply_mark(store: Store, op: Operation, today: date) -> Logged:
    """A `mark` operation, then the gate."""
    day = journal.day(op, "day")
    step = mark_owner(store, day, today)
    _same_step(step, op)
    logged = log_mark(
        store, day=day, mark=op["mark"], note=op.get("note"), keep_note="note" not in op,
        today=today, written_at=op["written_at"],
    )  # fmt: skip
    logged.unlocked = evaluate_gate(store, today)
    return logged


def _same_step(step: Step, op: Operation, store: Store | None = None) -> None:
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
    _same_step(step, op)
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
    paused: Paused = record(
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
        if mark.mark == "skip" and _from_range(store, day, mark):
            outside = first is None or day < first or (last is not None and day > last)
            if outside or not is_due(step.schedule_on(day), day):
                del step.marks[day]
    if first is None:
        return
    for planned in store.pauses:
        day = max(planned.first, first)
        end = planned.last if last is None else min(planned.last, last)
        while day <= end:
            if day not in step.marks and is_due(step.schedule_on(day), day):
                step.marks[day] = planned.day_mark()
            day += timedelta(days=1)


def _from_range(store: Store, day: date, mark: DayMark) -> bool:
    """Whether `mark` on `day` is a pause range's (not one logged for that day alone)."""
    return any(
        planned.first <= day <= planned.last
        and (planned.written_at, planned.note) == (mark.written_at, mark.note)
        for planned in store.pauses
    )


def call_off(store: Store, *, first: date, last: date, today: date, written_at: str) -> list[date]:
    """`log --clear --from --to`: the pauses of a range taken back (a holiday typed wrong, or
    cancelled), leaving every other mark; each leaves a tombstone, as `clear_mark` does."""
    called_off: list[date] = record(store, "call_off", today, written_at, first=first, last=last)
    return called_off


def _apply_call_off(store: Store, op: Operation, today: date) -> list[date]:
    first, last = journal.day(op, "first"), journal.day(op, "last")
    step, days = _pause_range(store, first, last, today)
    called_off = [day for day in days if day in step.marks and step.marks[day].mark == "skip"]
    if not called_off:
        raise RuleError(t("pause.none", first=first.isoformat(), last=last.isoformat()))
    for day in called_off:
        step.cleared[day] = _tombstone(step.marks.pop(day), op["written_at"])
    _unplan(store, first, last)
    return called_off


def _unplan(store: Store, first: date, last: date) -> None:
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


def _tombstone(mark: DayMark, written_at: str) -> str:
    """When a clearing is stamped: now, or just after the mark it clears if that reads later
    (the same second, or a mark written on a clock ahead)."""
    after = just_after(mark.written_at)
    return after if instant(after) > instant(written_at) else written_at


def clear_mark(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the active step's mark on `day` (undo), leaving a tombstone with the time;
    refused if the day has none. Inside a planned pause range, the pause comes back."""
    step = mark_owner(store, day, today)
    cleared: tuple[Step, DayMark] = record(store, "clear", today, written_at, step=step.id, day=day)
    return cleared


def _apply_clear(store: Store, op: Operation, today: date) -> tuple[Step, DayMark]:
    day = journal.day(op, "day")
    step = mark_owner(store, day, today)
    _same_step(step, op)
    check_day(step, day, today if day not in step.marks else max(day, today))
    removed = step.marks.get(day)
    if removed is None:
        raise RuleError(t("log.nothing_to_clear", day=day.isoformat()))
    if _from_range(store, day, removed):  # the planned pause itself: called off that day
        _unplan(store, day, day)
    del step.marks[day]
    step.cleared[day] = _tombstone(removed, op["written_at"])
    settle_pauses(store, step)  # a mark logged over a planned pause: the pause comes back
    return step, removed


def clear_note(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the note of `day`, keeping its mark; returns the mark as it was."""
    step = day_owner(store, day, today)
    cleared: tuple[Step, DayMark] = record(
        store, "clear_note", today, written_at, step=step.id, day=day
    )
    return cleared


def _apply_clear_note(store: Store, op: Operation, today: date) -> tuple[Step, DayMark]:
    day = journal.day(op, "day")
    step = day_owner(store, day, today)
    _same_step(step, op)
    previous = step.marks.get(day)
    if previous is None or previous.note is None:
        raise RuleError(t("log.no_note", day=day.isoformat()))
    step.marks[day] = DayMark(mark=previous.mark, note=None, written_at=op["written_at"])
    return step, previous


def change_settings(
    store: Store, lang: str | None, day_starts_at: str | None, vision: str | None, *,
    today: date, written_at: str,
) -> list[str]:  # fmt: skip
    """`settings`: the language, the hour a log day starts, the vision (an empty one removes
    it). Returns the names of the settings that changed."""
    wanted: dict[str, str | None] = {}
    if lang is not None:
        wanted["lang"] = checked_language(lang)
    if day_starts_at is not None:
        wanted["day_starts_at"] = parse_day_start(day_starts_at).strftime("%H:%M")
    if vision is not None:
        wanted["vision"] = clean_text(vision, "field.vision", MAX_NOTE)
    changed: list[str] = record(store, "settings", today, written_at, **wanted)
    return changed


def _apply_settings(store: Store, op: Operation, today: date) -> list[str]:
    changed: list[str] = []
    for name in ("lang", "day_starts_at"):
        if name in op and op[name] != getattr(store.settings, name):
            value = op[name]
            if name == "lang" and value is not None:
                value = checked_language(value)
            elif name == "day_starts_at":
                value = parse_day_start(value).strftime("%H:%M")
            setattr(store.settings, name, value)
            changed.append(name)
    if "vision" in op:
        clean = clean_text(op["vision"], "field.vision", MAX_NOTE)
        if clean != store.vision:
            store.vision = clean
            changed.append("vision")
    return changed


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
    checked: Checked = record(
        store, "check", today, written_at, step=step.id, day=day, answers=answers
    )
    return checked


def _apply_check(store: Store, op: Operation, today: date) -> Checked:
    """A SRBAI self-check of the active step. One a day: it replaces the check of the same
    day, if any (a mistyped check is corrected, and a day never weighs twice in the curve);
    the same answers again change nothing. Then the gate."""
    step = active_or_refuse(store)
    _same_step(step, op, store)
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


def _unlock(store: Store, ended: Step, today: date) -> Unlocked:
    """`ended` is over: the next locked step starts on the next log day, so today's log
    stays with the step that ended; with none waiting, suggest catalog steps. Pauses
    planned past today go with the manager to the next step (on its due days)."""
    after = sorted(day for day in ended.marks if day > today)
    settle_pauses(store, ended)
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
    step.status = "automatic"
    step.automatic_on = today
    return _unlock(store, step, today)


def drop_step(store: Store, *, reason: str | None, today: date, written_at: str) -> Unlocked:
    """Abandon the active step honestly: kept as dropped with the date and reason."""
    step = active_or_refuse(store)
    clean_reason = clean_text(reason, "field.reason", MAX_NOTE)
    dropped: Unlocked = record(store, "drop", today, written_at, step=step.id, reason=clean_reason)
    return dropped


def _apply_drop(store: Store, op: Operation, today: date) -> Unlocked:
    step = active_or_refuse(store)
    _same_step(step, op, store)
    if _not_started(step, today):
        number = store.steps.index(step) + 1
        assert step.started is not None
        raise RuleError(
            t("drop.not_started", title=step.title, day=step.started.isoformat(), number=number)
        )
    step.status = "dropped"
    step.dropped_on = today
    step.drop_reason = clean_text(op["reason"], "field.reason", MAX_NOTE)
    return _unlock(store, step, today)


# --- wins: the cahier de réussites ---------------------------------------------------------

MAX_WIN = 500
# The catalog's petits pas whose practice is noting wins: `log --done` asks for them.
WIN_STEPS = ("trois-reussites", "cahier-de-reussites")
WINS_ASKED = 3


def week_wins(store: Store, week_of: date) -> list[Win]:
    """The wins of `week_of`'s week (Monday to Sunday), in the order `wins` numbers them."""
    monday = week_of - timedelta(days=week_of.weekday())
    sunday = monday + timedelta(days=6)
    return [win for win in store.wins if monday <= win.on <= sunday]


def add_win(store: Store, *, text: str, day: date, today: date, written_at: str) -> Win:
    """`win TEXT`: a win noted for `day` (several a day, whether a step is active or not)."""
    clean = _win_text(text)
    win: Win = record(store, "win", today, written_at, day=day, text=clean)
    return win


def _win_text(text: str | None) -> str:
    clean = clean_text(text, "field.win", MAX_WIN)
    if clean is None:
        raise UsageError(t("win.empty"))
    return clean


def numbered_win(store: Store, number: int, week_of: date) -> Win:
    """The `number`th win of the week `wins` shows; refused by name if there is none."""
    wins = week_wins(store, week_of)
    if not 1 <= number <= len(wins):
        monday = week_of - timedelta(days=week_of.weekday())
        raise UsageError(tn("win.bad_number", len(wins), number=number, week=monday.isoformat()))
    return wins[number - 1]


class WinChanged(Record):
    """What `win --edit` or `win --remove` did: the win as it was, and as it is (None:
    removed; the same: already so, nothing written)."""

    __slots__ = ("before", "after")

    def __init__(self, before: Win, after: Win | None) -> None:
        self.before = before
        self.after = after

    @property
    def unchanged(self) -> bool:
        return self.after == self.before


def edit_win(
    store: Store, *, number: int, text: str, week_of: date, today: date, written_at: str
) -> WinChanged:
    """`win --edit N TEXT`: the Nth win of the week gets a new text."""
    win = numbered_win(store, number, week_of)
    changed: WinChanged = record(
        store, "win_edit", today, written_at, win=win.id, text=_win_text(text)
    )
    return changed


def remove_win(
    store: Store, *, number: int, week_of: date, today: date, written_at: str
) -> WinChanged:
    """`win --remove N`: the Nth win of the week goes."""
    win = numbered_win(store, number, week_of)
    removed: WinChanged = record(store, "win_remove", today, written_at, win=win.id)
    return removed


def _apply_win(store: Store, op: Operation, today: date) -> Win:
    day = journal.day(op, "day")
    if day > today:
        raise RuleError(t("win.future", day=day.isoformat(), today=today.isoformat()))
    win = Win(op["id"], day, _win_text(op["text"]), op["written_at"])
    store.wins.append(win)
    store.wins.sort(key=lambda other: (other.on, instant(other.written_at), other.id))
    return win


def _the_win(store: Store, op: Operation) -> Win:
    win = next((win for win in store.wins if win.id == op["win"]), None)
    if win is None:  # removed meanwhile (on another copy, say)
        raise RuleError(t("win.gone"))
    return win


def _apply_win_edit(store: Store, op: Operation, today: date) -> WinChanged:
    win = _the_win(store, op)
    text = _win_text(op["text"])
    if text == win.text:
        return WinChanged(win, win)
    edited = win.replace(text=text)
    store.wins[store.wins.index(win)] = edited
    return WinChanged(win, edited)


def _apply_win_remove(store: Store, op: Operation, today: date) -> WinChanged:
    win = _the_win(store, op)
    store.wins.remove(win)
    return WinChanged(win, None)


# --- the journal: each change one operation, the state its replay ----------------------------


def new_store(*, lang: str, vision: str | None, today: date, written_at: str) -> Store:
    """A store begun on this machine (`init`, or `add` with none): a new id, and its first
    operation, the language and the vision."""
    store = Store(store_id=journal.new_store_id())
    terms: dict[str, Any] = {"lang": lang}
    if vision is not None:
        terms["vision"] = clean_text(vision, "field.vision", MAX_NOTE)
    record(store, "settings", today, written_at, **terms)
    return store


_APPLY: dict[str, Callable[[Store, Operation, date], Any]] = {
    "settings": _apply_settings,
    "add": _apply_add,
    "edit": _apply_edit,
    "move": _apply_move,
    "remove": _apply_remove,
    "mark": _apply_mark,
    "note": _apply_note,
    "clear": _apply_clear,
    "clear_note": _apply_clear_note,
    "pause": _apply_pause,
    "call_off": _apply_call_off,
    "check": _apply_check,
    "drop": _apply_drop,
    "win": _apply_win,
    "win_edit": _apply_win_edit,
    "win_remove": _apply_win_remove,
}


def apply(store: Store, op: Operation) -> Any:
    """Carry out one operation through the rules, on its own log day; a PetitspasError if
    the rules refuse it there (the store then unchanged), a StoreError if it is malformed."""
    journal.check_shape(op)
    return _APPLY[op["op"]](store, op, journal.day(op, "on"))


def record(store: Store, kind: str, today: date, written_at: str, **terms: Any) -> Any:
    """What a command does: one operation, applied by the same function a replay uses, and
    appended to the journal when it changed anything (the same mark again writes nothing)."""
    op = journal.operation(store, kind, today, written_at, **terms)
    result = apply(store, op)
    unchanged = getattr(result, "unchanged", False) or (isinstance(result, list) and not result)
    if not unchanged or getattr(result, "unlocked", None) is not None:
        store.journal.append(op)
    return result


class Replayed(Record):
    """A journal replayed: the state it gives, and each operation the rules refused at its
    place, with the reason."""

    __slots__ = ("store", "refused")

    def __init__(self, store: Store, refused: list[tuple[Operation, str]]) -> None:
        self.store = store
        self.refused = refused


def replay(
    operations: list[Operation], *, store_id: str, goals: Settings | None = None
) -> Replayed:
    """The state a journal gives: each operation, in (written_at, id) order, through the
    same functions the commands call. One the rules refuse stays in the journal and changes
    nothing; the reasons are said in the language chosen. `goals`: the strength and
    self-check goals, which no command changes (a hand edit of the store may)."""
    store = Store(store_id=store_id)
    if goals is not None:
        store.settings.strength_goal = goals.strength_goal
        store.settings.srbai_goal = goals.srbai_goal
    refused: list[tuple[Operation, str]] = []
    for op in sorted(operations, key=journal.order):
        try:
            apply(store, op)
        except StoreError:
            raise
        except PetitspasError as error:
            refused.append((op, error.message))
        store.journal.append(op)
    store.not_applied = [op["id"] for op, _ in refused]
    return Replayed(store, refused)


def agrees(store: Store) -> bool:
    """Whether the store's state is what its journal gives (`doctor` checks it)."""
    replayed = replay(store.journal, store_id=store.store_id, goals=store.settings)
    return replayed.store.state() == store.state()
