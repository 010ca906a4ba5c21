"""The data petitspas keeps: steps, day marks, self-checks and the store; no I/O.

Plain classes with __slots__ rather than dataclasses: `import dataclasses` pulls in
`inspect` and costs ~20 ms, more than the whole budget of the prompt's `status`, which sits
in shell prompts (see __main__.py). `Record` gives them value equality, a repr and `replace`.
"""

from __future__ import annotations

from datetime import timedelta

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt's status ~5 ms
if TYPE_CHECKING:
    from datetime import date
    from typing import Any, Literal, Self

    Mark = Literal["done", "missed", "skip"]
    Status = Literal["locked", "active", "on_hold", "automatic", "dropped"]
else:  # at run time the aliases are plain str: importing typing costs start-up time
    Mark = Status = str

SCHEMA = 4
"""The store schema this version reads and writes (4: the journal, the store's id, pause ranges)."""

MARKS: tuple[Mark, ...] = ("done", "missed", "skip")
STATUSES: tuple[Status, ...] = ("locked", "active", "on_hold", "automatic", "dropped")


def title_key(title: str) -> str:
    """What two titles must share to be the same step: the words a person reads, so case,
    spacing, composition (NFC) and invisible format characters (Unicode Cf: U+200B, U+00AD,
    U+FEFF...) aside."""
    import unicodedata  # here: the prompt's status compares no titles

    shown = unicodedata.normalize("NFC", title)
    visible = "".join(char for char in shown if unicodedata.category(char) != "Cf")
    return " ".join(unicodedata.normalize("NFC", visible.casefold()).split())


class Record:
    """Value semantics for a __slots__ class: equality field by field, a repr, `replace`."""

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable records are not hashable

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({values})"

    def replace(self, **changes: Any) -> Self:
        """A shallow copy with some fields changed."""
        copy = object.__new__(type(self))
        for name in self.__slots__:
            setattr(copy, name, changes.pop(name, getattr(self, name)))
        if changes:
            raise TypeError(f"unknown fields: {', '.join(changes)}")
        return copy


class DayMark(Record):
    """What the manager wrote for one day of one step.

    `written_at` is ISO 8601 local time with its offset; it decides which side wins a merge.
    """

    __slots__ = ("mark", "note", "written_at")

    def __init__(self, mark: Mark, note: str | None, written_at: str) -> None:
        self.mark = mark
        self.note = note
        self.written_at = written_at

    def to_dict(self) -> dict[str, Any]:
        return {"mark": self.mark, "note": self.note, "written_at": self.written_at}


class SelfCheck(Record):
    """One SRBAI self-check: four ratings from 1 (strongly disagree) to 7 (strongly agree)."""

    __slots__ = ("date", "answers", "written_at")

    def __init__(self, date: date, answers: tuple[int, int, int, int], written_at: str) -> None:
        self.date = date
        self.answers = answers
        self.written_at = written_at

    @property
    def score(self) -> float:
        return sum(self.answers) / len(self.answers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "answers": list(self.answers),
            "written_at": self.written_at,
        }


class Revision(Record):
    """One change `edit` made to a step: on which log day, which field, from what to what.

    `written_at` orders two changes of the same day and decides nothing else.
    """

    __slots__ = ("on", "field", "old", "new", "written_at")

    def __init__(self, on: date, field: str, old: str | None, new: str | None, written_at: str):
        self.on = on
        self.field = field
        self.old = old
        self.new = new
        self.written_at = written_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "on": self.on.isoformat(),
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "written_at": self.written_at,
        }


REVISED_FIELDS = ("title", "cue", "celebration", "schedule")


class MaintenanceCheck(Record):
    """One maintenance check of an automatic step: the brief SRBAI's one item ("<behaviour>
    is something I do automatically"), rated 1 to 7 on day `on`."""

    __slots__ = ("on", "answer", "written_at")

    def __init__(self, on: date, answer: int, written_at: str) -> None:
        self.on = on
        self.answer = answer
        self.written_at = written_at

    def to_dict(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "answer": self.answer, "written_at": self.written_at}


HOLD_KINDS = ("automatic", "on_hold")


class Hold(Record):
    """Days of a step that count for nothing, like a pause: `on_hold` while a relapsed step
    is rebuilt (`last` None while it lasts), or `automatic` for the days between a
    graduation and a reactivation (the reactivation was on `last` + 1)."""

    __slots__ = ("kind", "first", "last")

    def __init__(self, kind: str, first: date, last: date | None) -> None:
        self.kind = kind
        self.first = first
        self.last = last

    def holds(self, day: date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)

    def to_dict(self) -> dict[str, Any]:
        last = None if self.last is None else self.last.isoformat()
        return {"kind": self.kind, "first": self.first.isoformat(), "last": last}


# A step's own fields, declared once, in the store's key order: (name, kind), the kind one of
# "id", "text" (required), "optional" (text or null), "schedule", "status" or "day" (a date or
# null). `Step.head`, the schema's reader and the tests iterate this; the history (marks,
# self-checks, tombstones, revisions) follows it in the store.
STEP_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("title", "text"),
    ("cue", "optional"),
    ("celebration", "optional"),
    ("schedule", "schedule"),
    ("status", "status"),
    ("catalog", "optional"),
    ("added_on", "day"),
    ("started", "day"),
    ("automatic_on", "day"),
    ("dropped_on", "day"),
    ("drop_reason", "optional"),
)


class Step(Record):
    """One petit pas: a tiny behaviour with its cue, schedule, status and history."""

    __slots__ = (
        "id",
        "title",
        "cue",
        "celebration",
        "schedule",
        "status",
        "catalog",
        "added_on",
        "started",
        "automatic_on",
        "dropped_on",
        "drop_reason",
        "marks",
        "selfchecks",
        "cleared",
        "revisions",
        "maintenance",
        "slips",
        "holds",
    )

    def __init__(
        self,
        id: str,
        title: str,
        cue: str | None = None,
        celebration: str | None = None,
        schedule: str = "workdays",
        status: Status = "locked",
        catalog: str | None = None,
        added_on: date | None = None,
        started: date | None = None,
        automatic_on: date | None = None,
        dropped_on: date | None = None,
        drop_reason: str | None = None,
        marks: dict[date, DayMark] | None = None,
        selfchecks: list[SelfCheck] | None = None,
        cleared: dict[date, str] | None = None,
        revisions: list[Revision] | None = None,
        maintenance: list[MaintenanceCheck] | None = None,
        slips: dict[date, str | None] | None = None,
        holds: list[Hold] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.cue = cue
        self.celebration = celebration
        self.schedule = schedule
        self.status: Status = status
        self.catalog = catalog
        self.added_on = added_on
        self.started = started
        self.automatic_on = automatic_on
        self.dropped_on = dropped_on
        self.drop_reason = drop_reason
        self.marks: dict[date, DayMark] = {} if marks is None else marks
        self.selfchecks: list[SelfCheck] = [] if selfchecks is None else selfchecks
        # Tombstones: the days whose mark `log --clear` removed, with when, so that a merge
        # does not bring the mark back from another copy. Seen only by merge and the store.
        self.cleared: dict[date, str] = {} if cleared is None else cleared
        # What `edit` changed, oldest first (by log day, then by the time it was written).
        self.revisions: list[Revision] = [] if revisions is None else revisions
        # Once automatic: the maintenance checks (by day), the lapses said (day → note), and
        # the spans of days that count for nothing (on hold, or automatic before a rebuild).
        self.maintenance: list[MaintenanceCheck] = [] if maintenance is None else maintenance
        self.slips: dict[date, str | None] = {} if slips is None else slips
        self.holds: list[Hold] = [] if holds is None else holds

    def held_on(self, day: date) -> bool:
        """Whether `day` is a day of the step that counts for nothing: on hold, or between a
        graduation and a reactivation."""
        return any(hold.holds(day) for hold in self.holds)

    def rebuilds(self) -> list[tuple[date, date]]:
        """Each rebuild: the day the step had become automatic and the day it was reactivated
        (an automatic hold runs from the day after the one to the day before the other)."""
        return [
            (hold.first - timedelta(days=1), hold.last + timedelta(days=1))
            for hold in self.holds
            if hold.kind == "automatic" and hold.last is not None
        ]

    @property
    def rebuilt_on(self) -> date | None:
        """The day the step was last reactivated, while it is being rebuilt (active)."""
        if self.status != "active" or not self.holds or self.holds[-1].kind != "automatic":
            return None
        return self.rebuilds()[-1][1]

    @property
    def ended(self) -> date | None:
        """The day the step stopped being active (graduated or dropped), if it did."""
        return self.automatic_on or self.dropped_on

    def schedule_on(self, day: date) -> str:
        """The schedule in force on `day`: a schedule changed by `edit` applies from the
        change's log day on, and every earlier day keeps the schedule it had."""
        changes = [revision for revision in self.revisions if revision.field == "schedule"]
        if not changes:
            return self.schedule
        schedule = changes[0].old or self.schedule  # the schedule before any change
        for revision in changes:  # in the order they were made
            if revision.on > day:
                break
            schedule = revision.new or schedule
        return schedule

    def head(self) -> dict[str, Any]:
        """Every field but the history (marks and self-checks), in the store's key order."""
        head = {}
        for name, kind in STEP_FIELDS:
            value = getattr(self, name)
            head[name] = value.isoformat() if kind == "day" and value is not None else value
        return head

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.head(),
            "marks": {day.isoformat(): self.marks[day].to_dict() for day in sorted(self.marks)},
            "selfchecks": [check.to_dict() for check in self.selfchecks],
            "cleared": {day.isoformat(): self.cleared[day] for day in sorted(self.cleared)},
            "revisions": [revision.to_dict() for revision in self.revisions],
            "maintenance": [check.to_dict() for check in self.maintenance],
            "slips": {day.isoformat(): self.slips[day] for day in sorted(self.slips)},
            "holds": [hold.to_dict() for hold in self.holds],
        }


class Pause(Record):
    """A planned pause of the manager (a holiday), from `first` to `last`: every day of it
    that is due for whichever step is active that day is paused (see pauses.settle_pauses)."""

    __slots__ = ("first", "last", "note", "written_at")

    def __init__(self, first: date, last: date, note: str | None, written_at: str) -> None:
        self.first = first
        self.last = last
        self.note = note
        self.written_at = written_at

    def day_mark(self) -> DayMark:
        """The mark the pause puts on each of its due days."""
        return DayMark("skip", self.note, self.written_at)

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "note": self.note,
            "written_at": self.written_at,
        }


class Win(Record):
    """One win of the cahier de réussites: a short dated text, meant to be shared (unlike a
    day's note). `id` is the id of the operation that noted it: edits and removals name it."""

    __slots__ = ("id", "on", "text", "written_at")

    def __init__(self, id: str, on: date, text: str, written_at: str) -> None:
        self.id = id
        self.on = on
        self.text = text
        self.written_at = written_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "on": self.on.isoformat(),
            "text": self.text,
            "written_at": self.written_at,
        }


class Settings(Record):
    """The manager's choices, kept in the store."""

    __slots__ = ("lang", "day_starts_at", "strength_goal", "srbai_goal")

    def __init__(
        self,
        lang: str | None = None,
        day_starts_at: str = "04:00",
        strength_goal: float = 0.80,
        srbai_goal: float = 5.5,
    ) -> None:
        self.lang = lang
        self.day_starts_at = day_starts_at
        self.strength_goal = strength_goal
        self.srbai_goal = srbai_goal

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "day_starts_at": self.day_starts_at,
            "strength_goal": self.strength_goal,
            "srbai_goal": self.srbai_goal,
        }


class Store(Record):
    """Everything petitspas knows: the vision, the settings, the path of steps, the planned
    pauses and the wins (the state), and the journal of operations that led to them.

    The state is what replaying the journal gives (core.rules.replay); it is kept beside it
    so that reading needs no replay. `not_applied` names the operations of the journal the
    rules refused at their place (after a merge).

    The journal is read from the file only when asked for (`journal`: a merge, doctor, the
    vision's history): a command that only reads the state, or appends an operation
    (`append`), leaves the file's text of it as it was (`journal_text`), which the store
    writes back as read. Ten years hold ~2,500 operations: parsing them costs a nightly
    command ~4 ms, a third of the interpreter's own start.
    """

    __slots__ = (
        "vision", "settings", "steps", "revision", "schema", "store_id", "pauses",
        "not_applied", "wins", "_journal", "journal_text", "pending",
    )  # fmt: skip

    def __init__(
        self,
        vision: str | None = None,
        settings: Settings | None = None,
        steps: list[Step] | None = None,
        revision: int = 0,
        schema: int = SCHEMA,
        store_id: str = "",
        pauses: list[Pause] | None = None,
        not_applied: list[str] | None = None,
        journal: list[dict[str, Any]] | None = None,
        wins: list[Win] | None = None,
    ) -> None:
        self.vision = vision
        self.settings = Settings() if settings is None else settings
        self.steps: list[Step] = [] if steps is None else steps
        self.revision = revision
        self.schema = schema
        self.store_id = store_id
        self.pauses: list[Pause] = [] if pauses is None else pauses
        self.not_applied: list[str] = [] if not_applied is None else not_applied
        # The cahier de réussites, in the order of their days (then of writing).
        self.wins: list[Win] = [] if wins is None else wins
        self._journal: list[dict[str, Any]] | None = [] if journal is None else journal
        # The journal's operations as the file spells them (one a line, no brackets), when
        # read from a file: written back as they were (see storage.schema.serialize).
        self.journal_text: str | None = None
        # Operations appended while the journal was not parsed, in order.
        self.pending: list[dict[str, Any]] = []

    @property
    def journal(self) -> list[dict[str, Any]]:
        """Every operation, in replay order (parsed from `journal_text` on first use)."""
        if self._journal is None:
            text = self.journal_text
            self._journal = [*(_operations(f"[{text}]") if text else []), *self.pending]
            self.journal_text, self.pending = None, []
        return self._journal

    @journal.setter
    def journal(self, operations: list[dict[str, Any]]) -> None:
        self._journal, self.journal_text, self.pending = operations, None, []

    def append(self, operation: dict[str, Any]) -> None:
        """A new operation at the journal's end, without reading the journal."""
        if self._journal is None:
            self.pending.append(operation)
        else:
            self._journal.append(operation)

    def last_written_at(self) -> str | None:
        """When the journal's last operation was written (its replay order's last)."""
        if self._journal is not None:
            return self._journal[-1]["written_at"] if self._journal else None
        if self.pending:
            written: str = self.pending[-1]["written_at"]
            return written
        text = self.journal_text or ""
        last = text[text.rfind("\n") + 1 :].strip()
        return _operations(f"[{last}]")[0]["written_at"] if last else None

    def _fields(self) -> tuple[object, ...]:
        # The journal compared as operations, however much of it was read from the file.
        skip = ("_journal", "journal_text", "pending")
        values = [getattr(self, name) for name in self.__slots__ if name not in skip]
        return (*values, self.journal)

    def active_step(self) -> Step | None:
        return next((step for step in self.steps if step.status == "active"), None)

    def find(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    def path_complete(self) -> bool:
        """Every step of the path is over, at least one of them automatic: nothing is left to
        log until a step is added."""
        ended = ("automatic", "dropped")
        return any(step.status == "automatic" for step in self.steps) and all(
            step.status in ended for step in self.steps
        )

    def next_locked(self) -> Step | None:
        return next((step for step in self.steps if step.status == "locked"), None)

    def head(self) -> dict[str, Any]:
        """Every field but the steps and the journal, in the store's key order."""
        return {
            "schema": self.schema,
            "revision": self.revision,
            "store_id": self.store_id,
            "vision": self.vision,
            "settings": self.settings.to_dict(),
            "pauses": [pause.to_dict() for pause in self.pauses],
            "not_applied": list(self.not_applied),
        }

    def state(self) -> dict[str, Any]:
        """What the journal's replay must give: everything but the revision and the journal."""
        head = self.head()
        del head["revision"]
        return {
            **head,
            "steps": [step.to_dict() for step in self.steps],
            "wins": [win.to_dict() for win in self.wins],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.head(),
            "steps": [step.to_dict() for step in self.steps],
            "wins": [win.to_dict() for win in self.wins],
            "journal": self.journal,
        }


def _operations(text: str) -> list[dict[str, Any]]:
    """The journal's operations from the file's text of them; a StoreError if it is damaged
    (the state was read without it: this is where damage in the journal shows)."""
    import json  # a merge's or doctor's cost, never a nightly command's

    try:
        operations = json.loads(text)
    except ValueError as error:
        from petitspas.errors import StoreError
        from petitspas.i18n import t

        raise StoreError(t("journal.damaged", why=str(error).split(":")[0])) from None
    if not isinstance(operations, list):
        raise TypeError("the journal's text is not a list")
    return operations
