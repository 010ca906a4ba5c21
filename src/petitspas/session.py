"""What every command needs, with Typer or without: the store path, the clock read once,
the language choice, the store loaded or locked for a change, and the day a DATE names."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from petitspas import i18n
from petitspas import store as storage
from petitspas.calendar import log_day, parse_date, parse_day_start
from petitspas.entry import clock
from petitspas.model import Record, Store
from petitspas.paths import store_path


class Session(Record):
    """The store path, the clock read once, and whether the language was chosen."""

    __slots__ = ("path", "now", "explicit_lang")

    def __init__(self, path: Path, now: datetime, explicit_lang: bool) -> None:
        self.path = path
        self.now = now
        self.explicit_lang = explicit_lang

    @classmethod
    def start(cls, store_option: str | None, lang: str | None) -> Session:
        """From the global options as given (--store or $PETITSPAS_STORE, --lang or
        $PETITSPAS_LANG): speaks the language chosen, else the locale's, and reads the clock."""
        i18n.choose(lang)
        return cls(path=Path(store_path(store_option)), now=clock(), explicit_lang=bool(lang))

    def today(self, store: Store) -> date:
        return log_day(self.now, parse_day_start(store.settings.day_starts_at))

    def adopt(self, store: Store) -> None:
        """Speak the store's language unless --lang or $PETITSPAS_LANG chose one."""
        i18n.adopt(store.settings.lang, self.explicit_lang)

    def load(self) -> Store:
        """The store, read without a lock, in its language."""
        store = storage.load(self.path).store
        self.adopt(store)
        return store

    @contextlib.contextmanager
    def editing(self) -> Iterator[tuple[Store, date]]:
        """The store locked for a change, in its language, with tonight's log day."""
        with storage.editing(self.path) as store:
            self.adopt(store)
            yield store, self.today(store)

    def written_at(self) -> str:
        return self.now.isoformat(timespec="seconds")


def parse_day(text: str | None, today: date) -> date:
    """The day a DATE option names (ISO, today, yesterday, -N); today when not given."""
    return today if text is None else parse_date(text, today)
