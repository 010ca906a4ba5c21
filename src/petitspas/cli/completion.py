"""What Tab offers after an option or for an argument, in bash, zsh and fish.

Each function is given to an option as Typer's public `autocompletion=`; Typer keeps the
values that start with what was typed. They run only when the shell asks (the variable
`_PETITSPAS_COMPLETE` set), never on a command line, so what they import they import then.
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation
# (`typer.Context`, `str`) to know what to pass.
import typer


def export_formats() -> list[str]:
    from petitspas.export import FORMATS

    return list(FORMATS)


def digest_formats() -> list[str]:
    from petitspas.export import DIGESTS

    return list(DIGESTS)


def languages() -> list[str]:
    from petitspas import i18n

    return list(i18n.LANGS)


def schedules(incomplete: str) -> list[str]:
    """`workdays`, `daily` and the days; after a comma, the days not yet in the list."""
    from petitspas.core.calendar import WEEKDAYS

    if "," not in incomplete:
        return ["workdays", "daily", *WEEKDAYS]
    head, _, _ = incomplete.rpartition(",")
    given = {day.strip().lower() for day in head.split(",")}
    return [f"{head},{day}" for day in WEEKDAYS if day not in given]


def catalog_keys() -> list[tuple[str, str]]:
    """The catalog's keys, each with its title in the language of the environment."""
    from petitspas import i18n
    from petitspas.core.catalog import CATALOG

    lang = i18n.language()
    return [(entry.key, entry.text(lang).title) for entry in CATALOG]


def steps(ctx: typer.Context) -> list[tuple[str, str]]:
    """The path's step ids, then their numbers, each with its title; read without the lock,
    and nothing at all when the store is missing or cannot be read (Tab must never fail)."""
    from pathlib import Path

    from petitspas.errors import PetitspasError
    from petitspas.storage.paths import store_path
    from petitspas.storage.schema import parse

    option = ctx.find_root().params.get("store")
    path = Path(store_path(None if option is None else str(option)))
    try:
        store = parse(path.read_bytes(), path)
    except (OSError, PetitspasError):
        return []
    ids = [(step.id, step.title) for step in store.steps]
    numbers = [(str(number), step.title) for number, step in enumerate(store.steps, 1)]
    return ids + numbers
