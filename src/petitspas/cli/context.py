"""What a command needs: the store path, the clock read once, the language chosen once,
whether a person can answer questions, and the store loaded or locked for a change."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from petitspas import i18n
from petitspas.console import clock
from petitspas.core import settings
from petitspas.core.calendar import log_day, parse_date, parse_day_start
from petitspas.core.model import Record, Store
from petitspas.errors import Interrupted, PetitspasError
from petitspas.storage import store as storage
from petitspas.storage.paths import store_path


def interactive() -> bool:
    """Whether a person can answer questions: off a terminal nothing ever waits for input."""
    return sys.stdin is not None and sys.stdin.isatty()


class Context(Record):
    """One command's view of the world, fixed when it starts."""

    __slots__ = ("path", "now", "interactive", "_loaded", "_problem")

    def __init__(
        self,
        path: Path,
        now: datetime,
        interactive: bool,
        loaded: storage.Loaded | None = None,
        problem: PetitspasError | None = None,
    ) -> None:
        self.path = path
        self.now = now
        self.interactive = interactive
        self._loaded = loaded
        self._problem = problem

    @classmethod
    def start(
        cls, store_option: str | None, lang_option: str | None, now: datetime | None = None
    ) -> Context:
        """From the global options as given (--store or $PETITSPAS_STORE, --lang or
        $PETITSPAS_LANG): reads the store once, chooses the language once (the option,
        else the store's setting, else the locale), then reads the clock (unless the
        caller read it already: `now`)."""
        path = Path(store_path(store_option))
        loaded, problem = None, None
        try:
            loaded = storage.load(path)
        except PetitspasError as error:  # kept for the commands that need the store
            problem = error
        i18n.choose(lang_option, loaded.store.settings.lang if loaded else None)
        return cls(path, now or clock(), interactive(), loaded, problem)

    def load(self) -> Store:
        """The store as it was when the command started (read without a lock)."""
        if self._loaded is None:
            assert self._problem is not None
            raise self._problem
        return self._loaded.store

    @contextlib.contextmanager
    def editing(self, create: bool = False) -> Iterator[tuple[Store, date]]:
        """The store locked for a change, read afresh, with tonight's log day; saved when
        the block ends without an error, left as it was otherwise. With `create`, a new
        empty store in the language chosen, written when the block ends (as `init` would)."""
        if create:
            today = self.today(Store())
            store = settings.new_store(
                lang=i18n.language(), vision=None, today=today, written_at=self.written_at()
            )
            yield store, today
            storage.create(store, self.path)
            return
        with storage.editing(self.path, self._loaded) as store:
            yield store, self.today(store)

    def today(self, store: Store) -> date:
        """The log day the clock falls in, by the store's day start."""
        return log_day(self.now, parse_day_start(store.settings.day_starts_at))

    def day(self, text: str | None, today: date) -> date:
        """The day a DATE option names (ISO, today, yesterday, -N); `today` when not given."""
        return today if text is None else parse_date(text, today)

    def written_at(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def ask(self, question: str, default: str = "") -> str:
        """A person's answer at the terminal (callers ask only when `interactive`)."""
        import typer  # only a question needs it: the prompt's status never asks

        try:
            answer: str = typer.prompt(
                question, default=default, show_default=bool(default),
                prompt_suffix=i18n.prompt_suffix(),
            )  # fmt: skip
        except typer.Abort:  # Ctrl-C or end of input: every question comes before a write
            raise Interrupted(i18n.t("question.stopped")) from None
        return answer
