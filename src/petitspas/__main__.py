"""The console entry point: `petitspas` and `python -m petitspas`.

A shell prompt runs `petitspas status` before every command a manager types, so exactly
`petitspas status` and `petitspas status --json` (store and language from the environment)
are answered here, before Typer is imported: from the answer kept in statuscache while the
store's bytes and the log day stay the same, else computed by the same function as the
Typer command. Every other command line, whatever it holds, goes to the Typer app.
"""

from __future__ import annotations

import os
import sys

from petitspas import console
from petitspas.errors import PetitspasError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt ~5 ms
if TYPE_CHECKING:
    from datetime import datetime

PROMPT_CALLS = (["status"], ["status", "--json"])


def main() -> None:
    argv = sys.argv[1:]
    if argv in PROMPT_CALLS:
        console.run(lambda: prompt_status(as_json=len(argv) == 2))
    from petitspas.cli.app import main as command_line

    command_line()


def prompt_status(*, as_json: bool) -> None:
    """`petitspas status [--json]` as `cli.status` prints it, kept per store and question."""
    from petitspas.storage import paths, statuscache

    path = paths.store_path(None)
    lang = os.environ.get("PETITSPAS_LANG") or None  # as Typer reads --lang's envvar
    try:
        with open(path, "rb") as handle:
            raw: bytes | None = handle.read()
    except OSError:
        raw = None  # Context.start says what is wrong, as the Typer command does
    kept_key = statuscache.key(path, raw, lang, as_json) if raw is not None else None
    try:
        now = console.clock()  # read once: an invalid PETITSPAS_NOW is said below
    except PetitspasError:
        now = None
    if kept_key is None or now is None:
        return _said_by_the_context(lang, now, as_json)
    kept = statuscache.lookup(kept_key, now)
    if kept is not None:
        return console.write(kept + "\n")
    from petitspas import i18n
    from petitspas.core.calendar import log_day, parse_day_start
    from petitspas.errors import StoreError
    from petitspas.present.status import status_text
    from petitspas.storage.schema import parse

    # The store parsed from the bytes read above, without Context and store.py: pathlib
    # alone is 13 ms of the prompt's cold status (budget: 3 x `python -c pass`). The
    # language and the log day are chosen as Context.start and Context.today choose them.
    try:
        store = parse(raw, path)  # type: ignore[arg-type]
    except StoreError:  # damaged or newer: said as the Typer command says it, in its order
        return _said_by_the_context(lang, now, as_json)
    i18n.choose(lang, store.settings.lang)
    day_start = parse_day_start(store.settings.day_starts_at)
    today = log_day(now, day_start)
    text = status_text(store, today, as_json)
    statuscache.remember(kept_key, statuscache.window(today, day_start), text)
    return console.write(text + "\n")


def _said_by_the_context(lang: str | None, now: datetime | None, as_json: bool) -> None:
    """The status, or the error, exactly as the Typer command finds them (a missing,
    unreadable or damaged store, a bad clock or language)."""
    from petitspas.cli.context import Context
    from petitspas.present.status import status_text

    context = Context.start(None, lang, now)
    store = context.load()
    return console.write(status_text(store, context.today(store), as_json) + "\n")


if __name__ == "__main__":
    main()
