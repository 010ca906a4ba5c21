"""The store's JSON shape: validation with precise error locations, migration, serialization.

Light on purpose (json, re, datetime; no pathlib, dataclasses or typing at run time): the
prompt's `status` (__main__.py) loads a store through this module alone.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from petitspas.core.calendar import canonical_schedule
from petitspas.core.model import (
    HOLD_KINDS,
    MARKS,
    REVISED_FIELDS,
    SCHEMA,
    STATUSES,
    STEP_FIELDS,
    DayMark,
    Hold,
    MaintenanceCheck,
    Pause,
    Revision,
    SelfCheck,
    Settings,
    Step,
    Store,
    Win,
)
from petitspas.core.text import CONTROL, SLUG
from petitspas.errors import PetitspasError, StoreError
from petitspas.i18n import LANGS, json_reason, t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt's status ~5 ms
if TYPE_CHECKING:
    from collections.abc import Callable
    from os import PathLike
    from typing import Any, NoReturn


def _add_tombstones(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 to 2: every step gains `cleared` (the days `log --clear` emptied), empty."""
    for step in data.get("steps") or []:
        if isinstance(step, dict):
            step.setdefault("cleared", {})
    return data


def _add_revisions(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 to 3: every step gains `revisions` (what `edit` changed), empty."""
    for step in data.get("steps") or []:
        if isinstance(step, dict):
            step.setdefault("revisions", [])
    return data


def _add_journal(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 to 4, the shape: an empty journal, no pause range, no store id yet (`parse`
    then writes the journal the state implies: `_to_journal`)."""
    data.setdefault("store_id", "")
    data.setdefault("pauses", [])
    data.setdefault("not_applied", [])
    data.setdefault("wins", [])
    data.setdefault("journal", [])
    return data


# Migrations from an older schema N to N + 1, applied in order on load.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _add_tombstones,
    2: _add_revisions,
    3: _add_journal,
}


def parse(raw: bytes, path: str | PathLike[str]) -> Store:
    """The store held in `raw`; StoreError (exit 3) if it is not a valid petitspas store."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        _corrupt(path, t("store.why.utf8", offset=error.start))
    if not text.strip():
        _corrupt(path, t("store.why.empty"))
    state, journal_text = _split_journal(text)
    try:
        data = json.loads(state)
    except json.JSONDecodeError as error:
        _corrupt(
            path,
            t("store.why.json", line=error.lineno, column=error.colno, msg=json_reason(error.msg)),
        )
    except RecursionError:
        _corrupt(path, t("store.why.json", line=1, column=1, msg=json_reason("nesting too deep")))
    except ValueError as error:  # e.g. an integer past Python's 4300-digit limit
        _corrupt(
            path, t("store.why.json", line=1, column=1, msg=json_reason(str(error).split(";")[0]))
        )
    if not isinstance(data, dict):
        _corrupt(path, t("store.why.not_object"))
    schema = data.get("schema")
    if type(schema) is not int or schema < 1:
        _corrupt(path, t("store.why.field", where="schema", expected=t("expect.schema")))
    if schema > SCHEMA:
        raise NewerSchema(t("store.newer", path=path, schema=schema, known=SCHEMA))
    data = _migrate(data, schema)
    try:
        store = _store_from(data)
    except _Invalid as invalid:
        _corrupt(path, t("store.why.field", where=invalid.where, expected=invalid.expected))
    if schema < 4:
        _to_journal(store)
    elif journal_text is not None:
        store._journal, store.journal_text = None, journal_text
    return store


def _to_journal(store: Store) -> None:
    """Schema 3 to 4: the journal the state implies, and the store's id. The tombstones of
    cleared marks, which only merge read, go: the journal now records each clearing."""
    from petitspas.core import journal  # a migration's cost alone: never on a current store

    for step in store.steps:
        step.cleared = {}
    store.store_id = journal.implied_store_id(store)
    store.journal = journal.implied(store)
    store.pauses = journal.implied_pauses(store.journal)


_JOURNAL_KEY = '\n  "journal": [\n'
_JOURNAL_END = "\n  ]\n}"


def _split_journal(text: str) -> tuple[str, str | None]:
    """The file's state (as JSON text) and its journal's operations as the file spells them,
    one a line, left unparsed: a command that does not read the journal never pays for it
    (~4 ms on ten years; see model.Store.journal). The whole text and None when the file is
    laid out otherwise (an empty journal, a hand edit, an older schema)."""
    start = text.rfind(_JOURNAL_KEY)
    if start < 0 or not text.endswith(_JOURNAL_END + "\n"):
        return text, None
    head = text[:start].rstrip()
    if not head.endswith(","):
        return text, None
    return head[:-1] + "\n}", text[start + len(_JOURNAL_KEY) : -len(_JOURNAL_END) - 1]


def _migrate(data: dict[str, Any], schema: int) -> dict[str, Any]:
    while schema < SCHEMA:
        data = MIGRATIONS[schema](data)
        schema += 1
        data["schema"] = schema
    return data


class NewerSchema(StoreError):
    """A store written by a newer petitspas: sound, but not for this version to touch."""


class CorruptStore(StoreError):
    """A file that is not a valid store; `why` says what is wrong in a few words."""

    def __init__(self, path: str | PathLike[str], why: str) -> None:
        super().__init__(t("store.corrupt_no_backup", path=path, why=why))
        self.why = why


def _corrupt(path: str | PathLike[str], why: str) -> NoReturn:
    raise CorruptStore(path, why)


class _Invalid(Exception):
    def __init__(self, where: str, expected: str) -> None:
        super().__init__(where)
        self.where = where
        self.expected = expected


def _get(obj: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
    value = obj.get(key)
    # bool is an int in Python; a store saying `"revision": true` is still wrong.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _Invalid(f"{where}{key}", _expected(kind))
    return value


def _expected(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {
        str: "text",
        int: "integer",
        float: "number",
        dict: "object",
        list: "list",
        type(None): "null",
        bool: "true/false",
    }
    return " | ".join(names.get(k, k.__name__) for k in kinds)


def _text(obj: dict[str, Any], key: str, where: str, *, optional: bool = False) -> Any:
    value = _get(obj, key, where, (str, type(None)) if optional else str)
    if value is not None and not value.strip() and not optional:
        raise _Invalid(f"{where}{key}", t("expect.nonempty"))
    if value is not None and CONTROL.search(value):
        raise _Invalid(f"{where}{key}", t("expect.plain_text"))
    return value


def _day(obj: dict[str, Any], key: str, where: str, *, optional: bool = False) -> date | None:
    value = _get(obj, key, where, (str, type(None)) if optional else str)
    if value is None:
        return None
    return _iso_day(value, f"{where}{key}")


def _iso_day(value: str, where: str) -> date:
    # date.fromisoformat also takes 20261127; a store keeps exactly one spelling per day.
    if not _is_day(value):
        raise _Invalid(where, t("expect.date"))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Invalid(where, t("expect.date")) from None


def _stamp(obj: dict[str, Any], where: str) -> str:
    value: str = _get(obj, "written_at", where, str)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"{where}written_at", t("expect.stamp")) from None
    return value


def _store_from(data: dict[str, Any]) -> Store:
    revision = _get(data, "revision", "", int)
    if revision < 0:
        raise _Invalid("revision", t("expect.nonnegative"))
    settings_data = _get(data, "settings", "", dict)
    steps_data = _get(data, "steps", "", list)
    store = Store(
        vision=_text(data, "vision", "", optional=True),
        settings=_settings_from(settings_data),
        steps=[_step_from(item, f"steps[{index}].") for index, item in enumerate(steps_data)],
        revision=revision,
        store_id=_get(data, "store_id", "", str),
        pauses=[
            _pause_from(item, f"pauses[{index}]")
            for index, item in enumerate(_get(data, "pauses", "", list))
        ],
        not_applied=_get(data, "not_applied", "", list),
        wins=[
            _win_from(item, f"wins[{index}]")
            for index, item in enumerate(_get(data, "wins", "", list))
        ],
        # Each operation is checked when it is replayed (merge, doctor), not on every read:
        # a ten-year journal holds ~3,000.
        journal=_get(data, "journal", "", list) if "journal" in data else [],
    )
    if not all(type(item) is dict for item in store.journal):
        raise _Invalid("journal[]", _expected(dict))
    if not all(type(item) is str for item in store.not_applied):
        raise _Invalid("not_applied[]", _expected(str))
    ids: set[str] = set()
    for index, step in enumerate(store.steps):
        if step.id in ids:
            raise _Invalid(f"steps[{index}].id", t("expect.unique_id"))
        ids.add(step.id)
    if sum(step.status == "active" for step in store.steps) > 1:
        raise _Invalid("steps[].status", t("expect.one_active"))
    held = [step for step in store.steps if step.status == "on_hold"]
    active = store.active_step()
    if held and (len(held) > 1 or active is None or active.rebuilt_on is None):
        raise _Invalid("steps[].status", t("expect.on_hold"))
    return store


def _settings_from(data: dict[str, Any]) -> Settings:
    settings = Settings()
    where = "settings."
    if "lang" in data:
        lang = _get(data, "lang", where, (str, type(None)))
        if lang is not None and lang not in LANGS:
            raise _Invalid(f"{where}lang", "fr | en | null")
        settings.lang = lang
    if "day_starts_at" in data:
        value = _get(data, "day_starts_at", where, str)
        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
            raise _Invalid(f"{where}day_starts_at", "HH:MM")
        settings.day_starts_at = value
    if "strength_goal" in data:
        goal = _get(data, "strength_goal", where, (int, float))
        if not 0 < goal < 1:
            raise _Invalid(f"{where}strength_goal", "0 < x < 1")
        settings.strength_goal = float(goal)
    if "srbai_goal" in data:
        goal = _get(data, "srbai_goal", where, (int, float))
        if not 1 <= goal <= 7:
            raise _Invalid(f"{where}srbai_goal", "1 ≤ x ≤ 7")
        settings.srbai_goal = float(goal)
    return settings


def _step_from(data: Any, where: str) -> Step:
    if not isinstance(data, dict):
        raise _Invalid(where.rstrip("."), _expected(dict))
    step_id = _get(data, "id", where, str)
    # An id of digits alone is not refused here, though `add` no longer makes one (STEP reads
    # digits as a number in `path`): a store written before, or edited by hand, must still
    # load, and such a step is then reached by its number.
    if not SLUG.fullmatch(step_id):
        raise _Invalid(f"{where}id", t("expect.slug"))
    status = _get(data, "status", where, str)
    if status not in STATUSES:
        raise _Invalid(f"{where}status", " | ".join(STATUSES))
    schedule = _get(data, "schedule", where, str)
    try:
        schedule = canonical_schedule(schedule)
    except PetitspasError:
        raise _Invalid(f"{where}schedule", "workdays | daily | mon,wed,…") from None
    readers: dict[str, Callable[[str], Any]] = {
        "id": lambda name: step_id,
        "text": lambda name: _text(data, name, where),
        "optional": lambda name: _text(data, name, where, optional=True),
        "schedule": lambda name: schedule,
        "status": lambda name: status,
        "day": lambda name: _day(data, name, where, optional=True),
    }
    step = Step(
        **{name: readers[kind](name) for name, kind in STEP_FIELDS},
        marks=_marks_from(_get(data, "marks", where, dict), f"{where}marks"),
        selfchecks=_selfchecks_from(_get(data, "selfchecks", where, list), f"{where}selfchecks"),
        cleared=_cleared_from(_get(data, "cleared", where, dict), f"{where}cleared"),
        revisions=_revisions_from(_get(data, "revisions", where, list), f"{where}revisions"),
        # Written since the maintenance checks: a schema-4 file from before has none.
        maintenance=_maintenance_from(data.get("maintenance", []), f"{where}maintenance"),
        slips=_slips_from(data.get("slips", {}), f"{where}slips"),
        holds=_holds_from(data.get("holds", []), f"{where}holds"),
    )
    if status == "on_hold" and not any(hold.last is None for hold in step.holds):
        raise _Invalid(f"{where}holds", t("expect.open_hold"))
    needs = {
        "active": ("started",),
        "on_hold": ("started",),
        "automatic": ("started", "automatic_on"),
        "dropped": ("dropped_on",),
    }
    for field_name in needs.get(status, ()):
        if getattr(step, field_name) is None:
            raise _Invalid(f"{where}{field_name}", t("expect.date_for_status", status=status))
    return step


def _win_from(data: Any, where: str) -> Win:
    if not isinstance(data, dict):
        raise _Invalid(where, _expected(dict))
    on = _day(data, "on", f"{where}.")
    assert on is not None
    win_id = _text(data, "id", f"{where}.")
    return Win(win_id, on, _text(data, "text", f"{where}."), _stamp(data, f"{where}."))


def _pause_from(data: Any, where: str) -> Pause:
    if not isinstance(data, dict):
        raise _Invalid(where, _expected(dict))
    first, last = _day(data, "first", f"{where}."), _day(data, "last", f"{where}.")
    assert first is not None and last is not None
    if last < first:
        raise _Invalid(f"{where}.last", t("expect.date"))
    note = _text(data, "note", f"{where}.", optional=True)
    return Pause(first, last, note, _stamp(data, f"{where}."))


def _cleared_from(data: dict[str, Any], where: str) -> dict[date, str]:
    cleared = {}
    for key, written in data.items():
        if not _is_day(key):
            raise _Invalid(f"{where}.{key}", "YYYY-MM-DD")
        try:
            datetime.fromisoformat(written)
        except (TypeError, ValueError):
            raise _Invalid(f"{where}.{key}", t("expect.stamp")) from None
        cleared[_iso_day(key, f"{where}.{key}")] = written
    return cleared


def _maintenance_from(data: Any, where: str) -> list[MaintenanceCheck]:
    if not isinstance(data, list):
        raise _Invalid(where, _expected(list))
    checks = []
    for index, item in enumerate(data):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise _Invalid(here, _expected(dict))
        on = _day(item, "on", f"{here}.")
        assert on is not None
        answer = _get(item, "answer", f"{here}.", int)
        if not 1 <= answer <= 7:
            raise _Invalid(f"{here}.answer", "1 … 7")
        checks.append(MaintenanceCheck(on, answer, _stamp(item, f"{here}.")))
    if any(checks[i].on <= checks[i - 1].on for i in range(1, len(checks))):
        raise _Invalid(where, t("expect.maintenance_order"))
    return checks


def _slips_from(data: Any, where: str) -> dict[date, str | None]:
    if not isinstance(data, dict):
        raise _Invalid(where, _expected(dict))
    slips: dict[date, str | None] = {}
    for key in data:
        slips[_iso_day(key, f"{where}.{key}")] = _text(data, key, f"{where}.", optional=True)
    return slips


def _holds_from(data: Any, where: str) -> list[Hold]:
    if not isinstance(data, list):
        raise _Invalid(where, _expected(list))
    holds = []
    for index, item in enumerate(data):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise _Invalid(here, _expected(dict))
        kind = _get(item, "kind", f"{here}.", str)
        if kind not in HOLD_KINDS:
            raise _Invalid(f"{here}.kind", " | ".join(HOLD_KINDS))
        first = _day(item, "first", f"{here}.")
        assert first is not None
        last = _day(item, "last", f"{here}.", optional=kind == "on_hold")
        holds.append(Hold(kind, first, last))
    return holds


def _revisions_from(data: list[Any], where: str) -> list[Revision]:
    revisions = []
    for index, item in enumerate(data):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise _Invalid(here, _expected(dict))
        field = _get(item, "field", f"{here}.", str)
        if field not in REVISED_FIELDS:
            raise _Invalid(f"{here}.field", " | ".join(REVISED_FIELDS))
        on = _day(item, "on", f"{here}.")
        assert on is not None
        old = _text(item, "old", f"{here}.", optional=True)
        new = _text(item, "new", f"{here}.", optional=True)
        if field == "schedule":
            for key, value in (("old", old), ("new", new)):
                try:
                    canonical_schedule(value or "")
                except PetitspasError:
                    raise _Invalid(f"{here}.{key}", "workdays | daily | mon,wed,…") from None
        revisions.append(Revision(on, field, old, new, _stamp(item, f"{here}.")))
    if any(revisions[i].on < revisions[i - 1].on for i in range(1, len(revisions))):
        raise _Invalid(where, t("expect.revisions_order"))
    return revisions


def _marks_from(data: dict[str, Any], where: str) -> dict[date, DayMark]:
    # The hot loop of a load (ten years hold ~2,600 marks): check each mark with no string
    # building, and only on a problem go through `_mark` to name its exact location.
    marks: dict[date, DayMark] = {}
    day_from, stamp_from = date.fromisoformat, datetime.fromisoformat
    for key, value in data.items():
        try:
            if (
                _is_day(key)
                and type(value) is dict
                and value.get("mark") in MARKS
                and (
                    (note := value.get("note")) is None
                    or (type(note) is str and not CONTROL.search(note))
                )
                and type(written := value.get("written_at")) is str
            ):
                stamp_from(written)
                marks[day_from(key)] = DayMark(value["mark"], note, written)
                continue
        except ValueError:
            pass
        day, mark = _mark(key, value, where)
        marks[day] = mark
    return marks


def _mark(key: str, value: Any, where: str) -> tuple[date, DayMark]:
    here = f'{where}["{key}"]'
    day = _iso_day(key, here)
    if not isinstance(value, dict):
        raise _Invalid(here, _expected(dict))
    mark = _get(value, "mark", f"{here}.", str)
    if mark not in MARKS:
        raise _Invalid(f"{here}.mark", " | ".join(MARKS))
    note = _get(value, "note", f"{here}.", (str, type(None)))
    if note is not None and CONTROL.search(note):
        raise _Invalid(f"{here}.note", t("expect.plain_text"))
    return day, DayMark(mark=mark, note=note, written_at=_stamp(value, f"{here}."))


_RATINGS = frozenset(range(1, 8))
_FOUR_INTS = [int] * 4


def _selfchecks_from(data: list[Any], where: str) -> list[SelfCheck]:
    # Like `_marks_from`: a quick check per item, `_selfcheck` to locate a problem.
    checks = []
    day_from, stamp_from = date.fromisoformat, datetime.fromisoformat
    for index, item in enumerate(data):
        try:
            if (
                type(item) is dict
                and type(answers := item.get("answers")) is list
                and list(map(type, answers)) == _FOUR_INTS  # bools are not ratings
                and _RATINGS.issuperset(answers)
                and _is_day(day := item.get("date"))
                and type(written := item.get("written_at")) is str
            ):
                stamp_from(written)
                checks.append(SelfCheck(day_from(day), tuple(answers), written))  # type: ignore[arg-type]
                continue
        except ValueError:
            pass
        checks.append(_selfcheck(item, f"{where}[{index}]"))
    return checks


def _selfcheck(data: Any, where: str) -> SelfCheck:
    if not isinstance(data, dict):
        raise _Invalid(where, _expected(dict))
    answers = _get(data, "answers", f"{where}.", list)
    if len(answers) != 4 or any(type(a) is not int or not 1 <= a <= 7 for a in answers):
        raise _Invalid(f"{where}.answers", t("expect.answers"))
    day = _day(data, "date", f"{where}.")
    assert day is not None
    return SelfCheck(
        date=day,
        answers=(answers[0], answers[1], answers[2], answers[3]),
        written_at=_stamp(data, f"{where}."),
    )


def _is_day(value: object) -> bool:
    """Shaped like YYYY-MM-DD (date.fromisoformat alone also takes 20261127), in the years
    1900-9998, so that date arithmetic around it (weeks, forecasts) never overflows."""
    return (
        type(value) is str
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and "1900" <= value[:4] <= "9998"
    )


def serialize(store: Store) -> bytes:
    """The exact bytes the store is written as: UTF-8, keys in a fixed order, one trailing
    newline; indented, with the settings, each mark and each self-check on one line.

    Laid out by hand around the C encoder, which writes every one-line object; it is not
    `json.dumps(indent=2)`, whose indented mode runs the pure-Python encoder (4 times slower
    on a ten-year store), and one mark per line reads better. Marks are written straight
    from their fields, without building a dict each: a ten-year store has thousands.
    The top-level "revision" always comes before any user text (`bump_revision`).
    """
    steps = ",\n".join(_step(step) for step in store.steps)
    return "".join(
        [
            "{\n",
            *[f"  {_string(key)}: {_compact(value)},\n" for key, value in store.head().items()],
            f'  "steps": [\n{steps}\n  ],\n' if steps else '  "steps": [],\n',
            _lines("wins", [_compact(win.to_dict()) for win in store.wins]),
            _journal(store),
            "}\n",
        ]
    ).encode("utf-8")


def _lines(key: str, items: list[str]) -> str:
    """A top-level list, one item a line."""
    if not items:
        return f'  "{key}": [],\n'
    return f'  "{key}": [\n' + ",\n".join(f"    {item}" for item in items) + "\n  ],\n"


def _journal(store: Store) -> str:
    """The journal, one operation a line, last in the file; the operations read from the
    file and never parsed are written back as they were read, the new ones encoded."""
    if store.journal_text is not None:  # not parsed: as read, and what was appended since
        lines = [store.journal_text, *(f"    {_compact(op)}" for op in store.pending)]
    else:
        lines = [f"    {_compact(op)}" for op in store.journal]
    if not lines:
        return '  "journal": []\n'
    return '  "journal": [\n' + ",\n".join(lines) + "\n  ]\n"


def bump_revision(data: bytes, old: int) -> bytes:
    """`data` (from `serialize`) with its revision raised by one, without encoding again."""
    return data.replace(b'"revision": %d,' % old, b'"revision": %d,' % (old + 1), 1)


# The C encoder: non-ASCII text stays readable, and its separators are the layout's.
_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_string = json.encoder.encode_basestring


def _scalar(value: object) -> str:
    # A step's own fields are strings or null: the C string encoder without json's
    # per-call Python layer.
    if type(value) is str:
        return _string(value)
    return "null" if value is None else _compact(value)


def _step(step: Step) -> str:
    fields = [f"      {_string(key)}: {_scalar(value)}" for key, value in step.head().items()]
    marks = step.marks
    if marks:
        # DayMark.to_dict's keys, spelt out; test_store checks both give the same bytes.
        lines = ",\n".join(
            f'        "{day.isoformat()}": {{"mark": {_string(mark.mark)}, "note": '
            f"{'null' if mark.note is None else _string(mark.note)}, "
            f'"written_at": {_string(mark.written_at)}}}'
            for day, mark in sorted(marks.items())
        )
        fields.append(f'      "marks": {{\n{lines}\n      }}')
    else:
        fields.append('      "marks": {}')
    if step.selfchecks:
        # SelfCheck.to_dict's keys, spelt out like the marks'; the answers are ints 1 to 7.
        lines = ",\n".join(
            f'        {{"date": "{check.date.isoformat()}", "answers": '
            f'[{", ".join(map(str, check.answers))}], "written_at": {_string(check.written_at)}}}'
            for check in step.selfchecks
        )
        fields.append(f'      "selfchecks": [\n{lines}\n      ]')
    else:
        fields.append('      "selfchecks": []')
    if step.cleared:
        lines = ",\n".join(
            f'        "{day.isoformat()}": {_string(step.cleared[day])}'
            for day in sorted(step.cleared)
        )
        fields.append(f'      "cleared": {{\n{lines}\n      }}')
    else:
        fields.append('      "cleared": {}')
    revisions = ",\n".join(f"        {_compact(r.to_dict())}" for r in step.revisions)
    fields.append(
        f'      "revisions": [\n{revisions}\n      ]' if revisions else '      "revisions": []'
    )
    checks = ",\n".join(f"        {_compact(c.to_dict())}" for c in step.maintenance)
    fields.append(
        f'      "maintenance": [\n{checks}\n      ]' if checks else '      "maintenance": []'
    )
    slips = ",\n".join(
        f'        "{day.isoformat()}": {_scalar(step.slips[day])}' for day in sorted(step.slips)
    )
    fields.append(f'      "slips": {{\n{slips}\n      }}' if slips else '      "slips": {}')
    holds = ",\n".join(f"        {_compact(h.to_dict())}" for h in step.holds)
    fields.append(f'      "holds": [\n{holds}\n      ]' if holds else '      "holds": []')
    return "    {\n" + ",\n".join(fields) + "\n    }"
