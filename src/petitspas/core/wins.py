"""The cahier de réussites: wins noted, changed and removed, each an operation of the journal."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core import journal
from petitspas.core.calendar import (
    instant,
)
from petitspas.core.model import (
    Record,
    Store,
    Win,
)
from petitspas.core.text import clean_text
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t, tn

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.journal import Operation

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
    win: Win = journal.record(store, "win", today, written_at, day=day, text=clean)
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
    changed: WinChanged = journal.record(
        store, "win_edit", today, written_at, win=win.id, text=_win_text(text)
    )
    return changed


def remove_win(
    store: Store, *, number: int, week_of: date, today: date, written_at: str
) -> WinChanged:
    """`win --remove N`: the Nth win of the week goes."""
    win = numbered_win(store, number, week_of)
    removed: WinChanged = journal.record(store, "win_remove", today, written_at, win=win.id)
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


journal.register(
    {
        "win": _apply_win,
        "win_edit": _apply_win_edit,
        "win_remove": _apply_win_remove,
    }
)
