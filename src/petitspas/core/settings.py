"""The store's settings and vision, and a store begun on this machine."""

from __future__ import annotations

from datetime import date

from petitspas.core import journal
from petitspas.core.calendar import (
    parse_day_start,
)
from petitspas.core.model import (
    Store,
)
from petitspas.core.text import MAX_NOTE, clean_text
from petitspas.i18n import checked_language

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from typing import Any

    from petitspas.core.journal import Operation


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
    changed: list[str] = journal.record(store, "settings", today, written_at, **wanted)
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


# --- the journal: each change one operation, the state its replay ----------------------------


def new_store(*, lang: str, vision: str | None, today: date, written_at: str) -> Store:
    """A store begun on this machine (`init`, or `add` with none): a new id, and its first
    operation, the language and the vision."""
    store = Store(store_id=journal.new_store_id())
    terms: dict[str, Any] = {"lang": lang}
    if vision is not None:
        terms["vision"] = clean_text(vision, "field.vision", MAX_NOTE)
    journal.record(store, "settings", today, written_at, **terms)
    return store


def vision_history(store: Store) -> list[tuple[date, str | None]]:
    """The vision as it was set over time, oldest first: each change with its log day, read
    from the journal (the seed wants it found with the team: the one settled on, and since
    when, is on record)."""
    history: list[tuple[date, str | None]] = []
    for op in store.journal:
        if op["op"] == "settings" and "vision" in op and op["id"] not in store.not_applied:
            vision = op["vision"]
            if not history or history[-1][1] != vision:
                history.append((journal.day(op, "on"), vision))
    return history


journal.register(
    {
        "settings": _apply_settings,
    }
)
