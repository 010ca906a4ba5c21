"""The changes a command makes to a store: add, log, clear, check, drop, and the gate.

Pure: each takes the store and the current log day, changes the store in memory and says
what happened; a command loads and saves around them and `views` says the outcome.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import TYPE_CHECKING

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
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import checked_language, t, tn
from petitspas.model import (
    REVISED_FIELDS,
    DayMark,
    Mark,
    Record,
    Revision,
    SelfCheck,
    Step,
    Store,
    title_key,
)
from petitspas.progress import check_order, first_day, gate, next_due, stalling, step_on
from petitspas.schema import CONTROL, SLUG

if TYPE_CHECKING:
    from petitspas.catalog import CatalogStep

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
        if step_id.isdigit():  # STEP would read it as a number in `path`
            raise UsageError(t("add.digits_id", id=step_id))
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


def add(
    store: Store,
    *,
    entry: CatalogStep | None,
    title: str | None,
    lang: str,
    today: date,
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
            step_id=step_id, today=today,
        )  # fmt: skip
    return add_step(
        store, title=title, cue=cue, celebration=celebration, schedule=schedule or "workdays",
        step_id=step_id, today=today,
    )  # fmt: skip


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


def edit(
    store: Store, reference: str | None, changes: dict[str, str | None], *, today: date,
    written_at: str,
) -> Edited:  # fmt: skip
    """Change a step's title, cue, celebration or schedule (`changes`: field → text as
    typed; an empty cue or celebration removes it), keeping its id and history; each
    change is recorded as a revision on today's log day."""
    step = find_step(store, reference)
    wanted = {field: _edited_value(store, step, field, text) for field, text in changes.items()}
    # Never dated before the last revision, even if the clock went back: revisions stay in
    # the order they were made, which Step.schedule_on and a merge both read them in.
    on, stamp = today, written_at
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
    return Edited(step, revisions)


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


def move(store: Store, reference: str, position: int) -> tuple[Step, int]:
    """Put a locked step at `position` (1-based) in the path, among the steps still to come:
    the steps that started are history and keep their places. Returns the step and the
    position it had."""
    step = find_step(store, reference)
    if step.status != "locked":
        raise RuleError(t("move.not_locked", title=step.title, status=t(f"status.{step.status}")))
    first = next(index for index, other in enumerate(store.steps) if other.status == "locked")
    if not 1 <= position <= len(store.steps):
        raise UsageError(tn("move.bad_position", len(store.steps), position=position))
    if position - 1 < first:
        raise RuleError(t("move.before_started", position=position, first=first + 1))
    before = store.steps.index(step) + 1
    store.steps.remove(step)
    store.steps.insert(position - 1, step)
    return step, before


def _not_started(step: Step, today: date) -> bool:
    """Active from a day still to come (unlocked tonight), with nothing recorded yet but
    the pauses planned ahead."""
    return (
        step.status == "active" and step.started is not None and step.started > today
        and not step.selfchecks and all(mark.mark == "skip" for mark in step.marks.values())
    )  # fmt: skip


def remove(store: Store, reference: str, today: date) -> tuple[Step, list[date]]:
    """Delete a step that never started: a locked one, or one unlocked tonight that starts
    tomorrow (the next locked step then takes its start, pauses and all). Anything with
    history can only be dropped. Returns the step and the planned pauses called off
    because no step is left to carry them."""
    step = find_step(store, reference)
    removable(store, step, today)
    store.steps.remove(step)
    if step.status != "active":
        return step, []
    following = store.next_locked()
    if following is not None:  # it starts when the removed one would have
        following.status, following.started = "active", step.started
    return step, _carry_pauses(step, following, after=today)


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
        logged = set_note(store, day=meant, note=note, today=today, written_at=written_at)
    else:
        step = active_or_refuse(store)
        meant = evening_of(store, today, mark) if day is None else day
        stalled_before = stalling(step, today, store.settings) is not None
        logged = log_mark(
            store, day=meant, mark=mark, note=note, today=today, written_at=written_at
        )
        if not stalled_before and not logged.unchanged:
            logged.stalled = stalling(step, today, store.settings)
    if meant != today and day is None:
        logged.instead_of = today
    logged.unlocked = evaluate_gate(store, today)
    if logged.unlocked is not None:
        logged.stalled = None
    return logged


def log_mark(
    store: Store, *, day: date, mark: Mark, note: str | None, today: date, written_at: str
) -> Logged:
    """Mark `day` for the active step, replacing any earlier mark (its note kept if none given)."""
    step = mark_owner(store, day, today)
    if mark == "skip" and day > today:  # a pause may be planned, as a range
        raise RuleError(t("log.future_pause", day=day.isoformat()))
    check_day(step, day, today)
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    previous = step.marks.get(day)
    if clean_note is None and previous is not None and note is None:
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


def set_note(store: Store, *, day: date, note: str, today: date, written_at: str) -> Logged:
    """Change the note of a day already marked (`clear_note` removes one)."""
    step = day_owner(store, day, today)
    previous = step.marks.get(day)
    if previous is None:
        raise UsageError(t("log.note_needs_mark", day=day.isoformat()))
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    if clean_note != previous.note:
        step.marks[day] = DayMark(mark=previous.mark, note=clean_note, written_at=written_at)
    return Logged(step, day, step.marks[day], previous, is_due(step.schedule_on(day), day), True)


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
    """A planned pause (a holiday) over the due days from `first` to `last`, at most 90
    days, which may lie in the future; days already marked keep their mark."""
    if first > today + timedelta(days=PLAN_AHEAD):  # 2062 for 2026: a typo, not a plan
        raise UsageError(t("pause.too_far", first=first.isoformat()))
    step, days = _pause_range(store, first, last, today)
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    paused, kept = [], []
    for day in days:
        if not is_due(step.schedule_on(day), day):
            continue
        if day in step.marks:
            kept.append(day)
            continue
        step.marks[day] = DayMark(mark="skip", note=clean_note, written_at=written_at)
        step.cleared.pop(day, None)
        paused.append(day)
    done = Paused(step, first, last, paused, kept)
    done.unlocked = evaluate_gate(store, today)  # past misses now paused raise the strength
    return done


def call_off(store: Store, *, first: date, last: date, today: date, written_at: str) -> list[date]:
    """`log --clear --from --to`: the pauses of a range taken back (a holiday typed wrong, or
    cancelled), leaving every other mark; each leaves a tombstone, as `clear_mark` does."""
    step, days = _pause_range(store, first, last, today)
    called_off = [day for day in days if day in step.marks and step.marks[day].mark == "skip"]
    if not called_off:
        raise RuleError(t("pause.none", first=first.isoformat(), last=last.isoformat()))
    for day in called_off:
        step.cleared[day] = _tombstone(step.marks.pop(day), written_at)
    return called_off


def _tombstone(mark: DayMark, written_at: str) -> str:
    """When a clearing is stamped: now, or just after the mark it clears if that reads later
    (the same second, or a mark written on a clock ahead), so that a merge keeps it cleared."""
    after = just_after(mark.written_at)
    return after if instant(after) > instant(written_at) else written_at


def clear_mark(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the active step's mark on `day` (undo, or a planned pause called off),
    leaving a tombstone with the time so that a merge does not bring the mark back;
    refused if the day has none."""
    step = mark_owner(store, day, today)
    check_day(step, day, today if day not in step.marks else max(day, today))
    removed = step.marks.pop(day, None)
    if removed is None:
        raise RuleError(t("log.nothing_to_clear", day=day.isoformat()))
    step.cleared[day] = _tombstone(removed, written_at)
    return step, removed


def clear_note(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the note of `day`, keeping its mark; returns the mark as it was."""
    step = day_owner(store, day, today)
    previous = step.marks.get(day)
    if previous is None or previous.note is None:
        raise RuleError(t("log.no_note", day=day.isoformat()))
    step.marks[day] = DayMark(mark=previous.mark, note=None, written_at=written_at)
    return step, previous


def change_settings(
    store: Store, lang: str | None, day_starts_at: str | None, vision: str | None
) -> list[str]:
    """`settings`: the language, the hour a log day starts, the vision (an empty one removes
    it). Returns the names of the settings that changed."""
    wanted: dict[str, str | None] = {}
    if lang is not None:
        wanted["lang"] = checked_language(lang)
    if day_starts_at is not None:
        wanted["day_starts_at"] = parse_day_start(day_starts_at).strftime("%H:%M")
    changed = [name for name, value in wanted.items() if getattr(store.settings, name) != value]
    for name in changed:
        setattr(store.settings, name, wanted[name])
    if vision is not None:
        clean = clean_text(vision, "field.vision", MAX_NOTE)
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


def record_check(
    store: Store, *, answers: tuple[int, int, int, int], day: date, today: date, written_at: str
) -> tuple[SelfCheck, SelfCheck | None]:
    """Add a SRBAI self-check to the active step. One a day: it replaces the check of the
    same day, if any (a mistyped check is corrected, and a day never weighs twice in the
    curve); the same answers again change nothing. Returns the check and the one replaced."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    same_day = [other for other in step.selfchecks if other.date == day]
    previous = max(same_day, key=check_order, default=None)
    if previous is not None and len(same_day) == 1 and previous.answers == answers:
        return previous, previous  # already so: nothing to write
    check = SelfCheck(date=day, answers=answers, written_at=written_at)
    step.selfchecks = [other for other in step.selfchecks if other.date != day] + [check]
    step.selfchecks.sort(key=check_order)
    return check, previous


def check(
    store: Store, *, answers: tuple[int, int, int, int], day: date, today: date, written_at: str
) -> Checked:
    """`check`: record the self-check, then the gate, which may make the step automatic."""
    step = active_or_refuse(store)
    record, replaced = record_check(
        store, answers=answers, day=day, today=today, written_at=written_at
    )
    return Checked(step, record, replaced, evaluate_gate(store, today))


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
    following = store.next_locked()
    if following is None:
        return Unlocked(ended, None, suggestions(store), _carry_pauses(ended, None, after=today))
    following.status = "active"
    following.started = today + timedelta(days=1)
    _carry_pauses(ended, following, after=today)
    return Unlocked(ended, following)


def _carry_pauses(ended: Step, following: Step | None, *, after: date) -> list[date]:
    """The pauses planned past `after` go with the manager from `ended` to `following`, on
    its due days, or are called off when no step follows (returned). `ended` keeps a
    tombstone of each, so that a merge with an older copy does not bring them back there."""
    moved = sorted(day for day in ended.marks if day > after)
    for day in moved:
        mark = ended.marks.pop(day)
        ended.cleared[day] = just_after(mark.written_at)  # newer than the mark it clears
        if following is not None and is_due(following.schedule_on(day), day):
            following.marks[day] = mark
    return moved if following is None else []


def evaluate_gate(store: Store, today: date) -> Unlocked | None:
    """If the active step passes the gate, make it automatic and activate the next one."""
    step = store.active_step()
    if step is None or not gate(step, today, store.settings).passed:
        return None
    step.status = "automatic"
    step.automatic_on = today
    return _unlock(store, step, today)


def drop_step(store: Store, *, reason: str | None, today: date) -> Unlocked:
    """Abandon the active step honestly: kept as dropped with the date and reason."""
    step = active_or_refuse(store)
    if _not_started(step, today):
        number = store.steps.index(step) + 1
        assert step.started is not None
        raise RuleError(
            t("drop.not_started", title=step.title, day=step.started.isoformat(), number=number)
        )
    step.status = "dropped"
    step.dropped_on = today
    step.drop_reason = clean_text(reason, "field.reason", MAX_NOTE)
    return _unlock(store, step, today)
