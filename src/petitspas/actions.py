"""The changes a command makes to a store: add, log, clear, check, drop, and the gate.

Pure: each takes the store and the current log day, changes the store in memory and says
what happened; a command loads and saves around them and `views` says the outcome.
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
from petitspas.progress import check_order, gate, stalling
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
    *, done: bool, missed: bool, skip: bool, clear: bool, note: str | None
) -> Mark | None:
    """The one mark `log`'s flags give (None: none given); two marks, or --clear with
    anything else, is a usage error."""
    flags: tuple[tuple[Mark, bool], ...] = (("done", done), ("missed", missed), ("skip", skip))
    chosen = [mark for mark, given in flags if given]
    if len(chosen) > 1:
        raise UsageError(t("log.two_marks"))
    if clear and (chosen or note is not None):
        raise UsageError(t("log.clear_alone"))
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
    from petitspas.catalog import catalog_step

    entry = catalog_step(key)
    if entry is None:
        raise UsageError(t("add.unknown_catalog", key=key))
    return entry


def check_weeks(weeks: int) -> None:
    """A number of weeks for `review --weeks` or `demo --weeks`: 1 to 520 (ten years)."""
    if not 1 <= weeks <= 520:
        raise UsageError(t("review.bad_weeks", value=weeks))


def review_week(week_of: date, today: date) -> date:
    """The day whose week `review --week` shows; not a week still to come."""
    if week_of > today:
        raise RuleError(t("review.future_week", day=week_of.isoformat(), today=today.isoformat()))
    return week_of


# --- the path -------------------------------------------------------------------------------


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
    """What `log` did: the step, the day, the mark written and the one it replaced, whether
    only the note changed, and the graduation it led to."""

    __slots__ = ("step", "day", "mark", "previous", "due", "note_only", "unlocked", "stalled")

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
        self.unlocked: Unlocked | None = None
        # Why the step stalls, when this very mark made it stall (see `log`); else None.
        self.stalled: str | None = None

    @property
    def unchanged(self) -> bool:
        """Already so: the day held this very mark and note (nothing is written)."""
        return self.previous is self.mark


def log(
    store: Store, *, day: date, mark: Mark | None, note: str | None, today: date, written_at: str
) -> Logged:
    """The nightly log: write `mark` (with `note`) on `day`, or only `note` when `mark` is
    None; then the gate, which may make the step automatic, and whether the mark made the
    step stall.

    The stalling help is said once per stall: by the mark that turns a step that did not
    stall into one that does. The evenings after, while it still stalls, `log` says nothing
    more of it (`review` and `status --json` still do); once it stops stalling, a new stall
    is said again.
    """
    if mark is None:
        assert note is not None
        logged = set_note(store, day=day, note=note, today=today, written_at=written_at)
    else:
        step = active_or_refuse(store)
        stalled_before = stalling(step, today, store.settings) is not None
        logged = log_mark(store, day=day, mark=mark, note=note, today=today, written_at=written_at)
        if not stalled_before and not logged.unchanged:
            logged.stalled = stalling(step, today, store.settings)
    logged.unlocked = evaluate_gate(store, today)
    if logged.unlocked is not None:
        logged.stalled = None
    return logged


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
    due = is_due(step.schedule, day)
    if previous is not None and (previous.mark, previous.note) == (mark, clean_note):
        return Logged(step, day, previous, previous, due)  # already so: nothing to write
    step.marks[day] = DayMark(mark=mark, note=clean_note, written_at=written_at)
    step.cleared.pop(day, None)  # the mark is newer than any clearing of the day
    return Logged(step, day, step.marks[day], previous, due)


def set_note(store: Store, *, day: date, note: str, today: date, written_at: str) -> Logged:
    """Change the note of a day already marked (an empty note removes it)."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    previous = step.marks.get(day)
    if previous is None:
        raise UsageError(t("log.note_needs_mark", day=day.isoformat()))
    clean_note = clean_text(note, "field.note", MAX_NOTE)
    if clean_note != previous.note:
        step.marks[day] = DayMark(mark=previous.mark, note=clean_note, written_at=written_at)
    return Logged(step, day, step.marks[day], previous, is_due(step.schedule, day), True)


def clear_mark(store: Store, *, day: date, today: date, written_at: str) -> tuple[Step, DayMark]:
    """Remove the active step's mark on `day` (undo), leaving a tombstone with the time so
    that a merge does not bring the mark back; refused if the day has none."""
    step = active_or_refuse(store)
    check_day(step, day, today)
    removed = step.marks.pop(day, None)
    if removed is None:
        raise RuleError(t("log.nothing_to_clear", day=day.isoformat()))
    step.cleared[day] = written_at
    return step, removed


class Checked(Record):
    """What `check` did: the step, the self-check recorded, and the graduation it led to."""

    __slots__ = ("step", "record", "unlocked")

    def __init__(self, step: Step, record: SelfCheck, unlocked: Unlocked | None) -> None:
        self.step = step
        self.record = record
        self.unlocked = unlocked


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


def check(
    store: Store, *, answers: tuple[int, int, int, int], day: date, today: date, written_at: str
) -> Checked:
    """`check`: record the self-check, then the gate, which may make the step automatic."""
    step = active_or_refuse(store)
    record = record_check(store, answers=answers, day=day, today=today, written_at=written_at)
    return Checked(step, record, evaluate_gate(store, today))


class Unlocked(Record):
    """A step that just ended (graduated or dropped), the one that takes its place, and
    catalog steps to suggest when none is waiting."""

    __slots__ = ("ended", "next", "suggestions")

    def __init__(
        self, ended: Step, next: Step | None, suggestions: list[CatalogStep] | None = None
    ) -> None:
        self.ended = ended
        self.next = next
        self.suggestions = suggestions or []


def _unlock(store: Store, ended: Step, today: date) -> Unlocked:
    """`ended` is over: the next locked step starts on the next log day, so today's log
    stays with the step that ended; with none waiting, suggest catalog steps."""
    following = store.next_locked()
    if following is None:
        return Unlocked(ended, None, suggestions(store))
    following.status = "active"
    following.started = today + timedelta(days=1)
    return Unlocked(ended, following)


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
    step.status = "dropped"
    step.dropped_on = today
    step.drop_reason = clean_text(reason, "field.reason", MAX_NOTE)
    return _unlock(store, step, today)
