"""The commands of the path: init, catalog, add, path, edit, move, remove, settings."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from typing import Annotated

import typer

from petitspas import i18n
from petitspas.cli import completion, typed
from petitspas.cli.context import Context
from petitspas.cli.insides import Number, Text
from petitspas.cli.options import (
    ActiveStepArgument,
    JsonOption,
    StepArgument,
    command,
    print_json,
    say,
    schedule_option,
)
from petitspas.cli.prompts import ask_changes, ask_first_step, ask_step, ask_vision
from petitspas.core import settings as store_settings
from petitspas.core import steps
from petitspas.core.model import Store
from petitspas.errors import RuleError
from petitspas.i18n import t
from petitspas.present import sentences
from petitspas.present.data import outlook, path_data, path_progress, settings_data
from petitspas.storage import store as storage

# --- init, catalog, add, path --------------------------------------------------------------


@command("init")
def init(
    ctx: typer.Context,
    vision: Annotated[str | None, typer.Option("--vision", help="opt.vision")] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="opt.init_lang",
            show_default=False,
            autocompletion=completion.languages,
        ),
    ] = None,
) -> None:
    """Set up petitspas: your vision and your first step."""
    context: Context = ctx.obj
    if lang:
        i18n.choose(lang)  # init's --lang is the store's language: say this command in it
    if storage.exists(context.path):
        return _update_init(context, vision, lang and i18n.language())
    if vision is None and context.interactive:
        vision = ask_vision(context)
    today = context.today(Store())
    store = store_settings.new_store(
        lang=i18n.language(), vision=vision, today=today, written_at=context.written_at()
    )
    first = ask_first_step(context, store) if context.interactive else None
    storage.create(store, context.path)
    added = sentences.added_line(first, store, today) if first else None
    say(*sentences.created_lines(context.path, added, store))


def _update_init(context: Context, vision: str | None, lang: str | None) -> None:
    if vision is None and lang is None:
        raise RuleError(t("init.already", path=context.path))
    with context.editing() as (store, today):
        old_vision = store.vision
        changed = store_settings.change_settings(
            store, lang, None, vision, today=today, written_at=context.written_at()
        )
    said = [sentences.vision_changed_line(old_vision, store.vision)] if "vision" in changed else []
    say(t("init.updated", path=context.path), *said)


@command("catalog")
def catalog(ctx: typer.Context) -> None:
    """List the built-in starter steps."""
    from petitspas.present.render import print_catalog

    print_catalog(i18n.language(), hint=True)


@command("add")
def add(
    ctx: typer.Context,
    title: Annotated[
        str | None, typer.Argument(help="arg.title", show_default=False, click_type=Text())
    ] = None,
    cue: Annotated[str | None, typer.Option("--cue", help="opt.cue")] = None,
    celebration: Annotated[
        str | None, typer.Option("--celebration", help="opt.celebration")
    ] = None,
    schedule: Annotated[str | None, schedule_option("opt.schedule")] = None,
    step_id: Annotated[str | None, typer.Option("--id", help="opt.id")] = None,
    from_catalog: Annotated[
        str | None,
        typer.Option(
            "--from-catalog", help="opt.from_catalog", autocompletion=completion.catalog_keys
        ),
    ] = None,
) -> None:
    """Add a step to your path (your own, or one from the catalog)."""
    context: Context = ctx.obj
    entry = typed.catalog_entry(title, from_catalog)
    if entry is None and title is None:
        title, cue, celebration, schedule = ask_step(context, cue, celebration, schedule)
    creating = not storage.exists(context.path)
    with context.editing(create=creating) as (store, today):
        step = steps.add(
            store, entry=entry, title=title, lang=i18n.language(), cue=cue,
            celebration=celebration, schedule=schedule, step_id=step_id, today=today,
            written_at=context.written_at(),
        )  # fmt: skip
    created = [t("add.created", path=context.path)] if creating else []
    say(*created, sentences.added_line(step, store, today))


@command("path")
def path(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show your path: every step with its status, dates and strength."""
    context: Context = ctx.obj
    store = context.load()
    today = context.today(store)
    if as_json:
        return print_json(path_data(store, today))
    from petitspas.present.render import print_path

    print_path(store, path_progress(store, today), *outlook(store, today))


@command("edit")
def edit(
    ctx: typer.Context,
    step: ActiveStepArgument = None,
    title: Annotated[str | None, typer.Option("--title", help="opt.new_title")] = None,
    cue: Annotated[str | None, typer.Option("--cue", help="opt.new_cue")] = None,
    celebration: Annotated[
        str | None, typer.Option("--celebration", help="opt.new_celebration")
    ] = None,
    schedule: Annotated[str | None, schedule_option("opt.new_schedule")] = None,
) -> None:
    """Change a step's title, cue, celebration or schedule, keeping its history."""
    context: Context = ctx.obj
    given = {"title": title, "cue": cue, "celebration": celebration, "schedule": schedule}
    changes: dict[str, str | None] = {f: text for f, text in given.items() if text is not None}
    if not changes:
        changes = ask_changes(context, step)
    with context.editing() as (store, today):
        edited = steps.edit(store, step, changes, today=today, written_at=context.written_at())
    say(*sentences.edited_lines(edited))


@command("move")
def move(
    ctx: typer.Context,
    step: StepArgument,
    position: Annotated[
        int, typer.Argument(help="arg.position", show_default=False, click_type=Number())
    ],
) -> None:
    """Move a step still to come to another place in your path."""
    context: Context = ctx.obj
    with context.editing() as (store, today):
        moved = steps.move(store, step, position, today=today, written_at=context.written_at())
    key = "move.same" if moved.unchanged else "move.done"
    say(t(key, title=moved.step.title, before=moved.before, after=position))


@command("remove")
def remove(ctx: typer.Context, step: StepArgument) -> None:
    """Remove a step that never started from your path."""
    context: Context = ctx.obj
    if context.interactive:
        store = context.load()  # asked before the lock, as for `drop`
        asked = steps.find_step(store, step)
        steps.removable(store, asked, context.today(store))
        if not typed.is_yes(
            context.ask(f"{t('remove.confirm', title=asked.title)} {t('confirm.choices')}")
        ):
            raise RuleError(t("remove.cancelled"))
    with context.editing() as (store, today):
        removed = steps.remove(store, step, today=today, written_at=context.written_at())
    say(
        t("remove.done", title=removed.step.title, id=removed.step.id),
        *sentences.called_off_lines(removed.called_off),
    )


@command("settings")
def settings(
    ctx: typer.Context,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="opt.settings_lang",
            show_default=False,
            autocompletion=completion.languages,
        ),
    ] = None,
    day_starts_at: Annotated[
        str | None, typer.Option("--day-starts-at", help="opt.day_starts_at", show_default=False)
    ] = None,
    vision: Annotated[str | None, typer.Option("--vision", help="opt.settings_vision")] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the store's settings, or change them."""
    context: Context = ctx.obj
    old_vision = context.load().vision
    store, changed = _change_settings(context, lang, day_starts_at, vision)
    if as_json:
        return print_json(settings_data(store, context.path))
    say(*sentences.settings_lines(store, context.path, changed, old_vision))


def _change_settings(
    context: Context, lang: str | None, day_starts_at: str | None, vision: str | None
) -> tuple[Store, list[str]]:
    """The store with the settings given changed (none given: as it is), and their names."""
    if (lang, day_starts_at, vision) == (None, None, None):
        return context.load(), []
    with context.editing() as (store, today):
        changed = store_settings.change_settings(
            store, lang, day_starts_at, vision, today=today, written_at=context.written_at()
        )
    if lang:
        i18n.choose(lang)  # the store's new language: say the rest in it
    return store, changed
