"""The command line: the Typer app, one function per command, each a sentence over a Context.

A command loads the store (or locks it for a change), asks `actions` for the change and
`views` for what to show, and `render` draws it. Errors are raised, never printed here:
`console.guarded` is the one place that says them.
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
import functools
import sys
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer._click import types as click_types  # typer < 0.29 (pyproject): its own click
from typer.core import TyperCommand, TyperGroup

from petitspas import __version__, console, i18n
from petitspas.cli import typed
from petitspas.cli.context import Context
from petitspas.core import checks, gate, logbook, rules, steps
from petitspas.core import settings as store_settings
from petitspas.core import wins as cahier
from petitspas.core.calendar import day_words
from petitspas.core.model import Mark, Step, Store
from petitspas.errors import PetitspasError, RuleError, StoreError, UsageError
from petitspas.i18n import t, tn
from petitspas.present import views
from petitspas.storage import store as storage

# --- help in the command's language --------------------------------------------------------


def _translate(command: Any, key: str = "help.app") -> None:
    """Say the help of `command` and everything under it in the language chosen.

    Help texts are declared as message keys (`opt.date`) and only turned into words when
    help is shown, so that `petitspas --lang fr log --help` is in French. The words Typer
    draws around them (panel titles, "Usage:", its own options) are said here too.
    """
    command.help = t(key)
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = t("typer.commands_metavar")
    for param in command.params:
        param_key = getattr(param, "help_key", None) or getattr(param, "help", None)
        if param.name in ("install_completion", "show_completion"):  # Typer's own
            param_key = f"opt.{param.name}"
        if isinstance(param_key, str) and i18n.is_key(param_key):
            param.help_key, param.help = param_key, t(param_key)
        meta_key = getattr(param, "meta_key", None) or _meta_key(param)
        if meta_key is not None:
            param.meta_key, param.metavar = meta_key, t(meta_key)
    for name, sub in getattr(command, "commands", {}).items():
        _translate(sub, f"help.{name}")


_META_BY_OPTION = {
    "--date": "meta.date", "--from": "meta.date", "--to": "meta.date", "--week": "meta.date",
    "--lang": "meta.lang", "--day-starts-at": "meta.time", "--schedule": "meta.days",
    "--answers": "meta.answers", "--format": "meta.format", "--from-catalog": "meta.catalog",
}  # fmt: skip
_META_BY_TYPE = {
    "text": "meta.text", "str": "meta.text", "path": "meta.file", "directory": "meta.folder",
    "integer": "meta.number", "int": "meta.number",
}  # fmt: skip


def _meta_key(param: Any) -> str | None:
    """What an option's value is called in help: the key it was declared with (`meta.date`),
    else one by its type (TEXT, FILE, N) instead of Typer's `<str>`."""
    if i18n.is_key(param.metavar):
        return str(param.metavar)
    if param.param_type_name == "argument":  # STEP, POSITION, TITLE, FILE
        return f"meta.{param.name}" if i18n.is_key(f"meta.{param.name}") else "meta.file"
    if param.is_flag:
        return None
    return _META_BY_OPTION.get(param.opts[-1]) or _META_BY_TYPE.get(param.type.name)


class _Translated:
    """Help said in the language chosen, whichever command's help is asked for."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from typer import rich_utils  # read by Typer when it draws the help, not before

        _translate(ctx.find_root().command)
        rich_utils.ARGUMENTS_PANEL_TITLE = t("typer.arguments")
        rich_utils.OPTIONS_PANEL_TITLE = t("typer.options")
        rich_utils.COMMANDS_PANEL_TITLE = t("typer.commands")
        rich_utils.ENVVAR_STRING = t("typer.envvar")
        rich_utils.DEFAULT_STRING = t("typer.default")
        rich_utils.REQUIRED_LONG_STRING = t("typer.required")
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("typer.usage") + " ")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except typer.TyperException as error:  # the parser's errors know no command
            if getattr(error, "ctx", False) is None:
                error.ctx = ctx  # type: ignore[attr-defined]
            raise

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("opt.help")
        return option


class _Group(_Translated, TyperGroup):
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """A command that does not exist, said in petitspas' words with the one meant."""
        name = args[0] if args else ""
        missing = name and not name.startswith("-") and self.get_command(ctx, name) is None
        if missing and not ctx.resilient_parsing:  # resilient: shell completion at work
            like = _closest(name, self.list_commands(ctx))
            key = "usage.no_command_like" if like else "usage.no_command"
            raise UsageError(t(key, name=name, like=like or ""))
        return super().resolve_command(ctx, args)


class _Command(_Translated, TyperCommand):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Words left over (`add Say hello` without quotes), said in petitspas' words."""
        ctx.allow_extra_args = True
        rest: list[str] = super().parse_args(ctx, args)
        if rest and not ctx.resilient_parsing:  # resilient: shell completion at work
            # A title typed without quotes is the usual cause; elsewhere, the help says more.
            texts = any(param.name == "title" for param in self.params)
            key = "usage.extra_words_quote" if texts else "usage.extra_words"
            raise UsageError(t(key, command=ctx.command_path, words=" ".join(rest)))
        return rest


app = typer.Typer(
    name="petitspas",
    cls=_Group,
    no_args_is_help=True,
    invoke_without_command=True,  # options and no command: said in `_main`, in our words
    # Locals hold the manager's notes about colleagues: never print them in a traceback.
    pretty_exceptions_show_locals=False,
)


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str) -> Callable[[F], F]:
    """Register a command; its help is the message `help.<name>` (the docstring's words)."""
    register: Callable[[F], F] = app.command(name, cls=_Command)
    return register


# Options several commands share, declared once.
DateOption = Annotated[str | None, typer.Option("--date", help="opt.date", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="opt.json")]
# STEP: an id or a number in `path`; optional for `edit` (the active step), needed elsewhere.


class _Unnamed:
    """An argument's type that help leaves unsaid: `STEP`, where Typer writes `STEP <str>`."""

    def get_metavar(self, param: Any, ctx: Any) -> str:
        return ""


class _Text(_Unnamed, click_types.StringParamType):
    pass


class _Number(_Unnamed, click_types.IntParamType):
    pass


StepArgument = Annotated[
    str, typer.Argument(help="arg.step", show_default=False, click_type=_Text())
]
ActiveStepArgument = Annotated[
    str | None, typer.Argument(help="arg.step", show_default=False, click_type=_Text())
]


def _choose_language(value: str | None) -> str | None:
    # Read before --help and everything else (is_eager), so that help is in this language;
    # Context.start makes the same choice again with the store's setting in view.
    i18n.choose(value)
    return value


def _version(value: bool) -> None:
    if value:
        console.write(f"petitspas {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar=storage.STORE_ENV,
            help="opt.store",
            dir_okay=True,
            # Not Typer's check: an unreadable store is a store problem (exit 3, DESIGN),
            # said by store.load in petitspas' words.
            readable=False,
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            envvar=i18n.LANG_ENV,
            help="opt.lang",
            show_default=False,
            is_eager=True,
            callback=_choose_language,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="opt.version")
    ] = False,
) -> None:
    """One small managerial habit at a time, repeated until it is automatic, then the next."""
    if ctx.invoked_subcommand is None:
        raise UsageError(t("usage.missing_command"))
    ctx.obj = Context.start(None if store is None else str(store), lang)


def _say(*lines: str) -> None:
    console.write("".join(f"{line}\n" for line in lines))


# --- init, catalog, add, path --------------------------------------------------------------


@command("init")
def init(
    ctx: typer.Context,
    vision: Annotated[str | None, typer.Option("--vision", help="opt.vision")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="opt.init_lang", show_default=False)
    ] = None,
) -> None:
    """Set up petitspas: your vision and your first step."""
    context: Context = ctx.obj
    if lang:
        i18n.choose(lang)  # init's --lang is the store's language: say this command in it
    if storage.exists(context.path):
        return _update_init(context, vision, lang and i18n.language())
    if vision is None and context.interactive:
        vision = context.ask(t("init.ask_vision"))
    today = context.today(Store())
    store = store_settings.new_store(
        lang=i18n.language(), vision=vision, today=today, written_at=context.written_at()
    )
    first = _ask_first_step(context, store) if context.interactive else None
    storage.create(store, context.path)
    _say(t("init.created", path=context.path))
    _say(views.added_line(first, store, today) if first else t("init.next"))


def _update_init(context: Context, vision: str | None, lang: str | None) -> None:
    if vision is None and lang is None:
        raise RuleError(t("init.already", path=context.path))
    with context.editing() as (store, today):
        store_settings.change_settings(
            store, lang, None, vision, today=today, written_at=context.written_at()
        )
    _say(t("init.updated", path=context.path))


def _ask_first_step(context: Context, store: Store) -> Step | None:
    from petitspas.core.catalog import catalog_choice
    from petitspas.present.render import print_catalog

    print_catalog(i18n.language(), hint=False)
    answer = context.ask(t("init.ask_step")).strip()
    if not answer:
        return None
    today, written_at = context.today(store), context.written_at()
    entry = catalog_choice(answer)
    if entry is not None:
        return steps.add_from_catalog(
            store, entry, i18n.language(), today=today, written_at=written_at
        )
    return steps.add_step(store, title=answer, today=today, written_at=written_at)


@command("catalog")
def catalog(ctx: typer.Context) -> None:
    """List the built-in starter steps."""
    from petitspas.present.render import print_catalog

    print_catalog(i18n.language(), hint=True)


@command("add")
def add(
    ctx: typer.Context,
    title: Annotated[
        str | None, typer.Argument(help="arg.title", show_default=False, click_type=_Text())
    ] = None,
    cue: Annotated[str | None, typer.Option("--cue", help="opt.cue")] = None,
    celebration: Annotated[
        str | None, typer.Option("--celebration", help="opt.celebration")
    ] = None,
    schedule: Annotated[
        str | None, typer.Option("--schedule", help="opt.schedule", show_default=False)
    ] = None,
    step_id: Annotated[str | None, typer.Option("--id", help="opt.id")] = None,
    from_catalog: Annotated[
        str | None, typer.Option("--from-catalog", help="opt.from_catalog")
    ] = None,
) -> None:
    """Add a step to your path (your own, or one from the catalog)."""
    context: Context = ctx.obj
    entry = typed.catalog_entry(title, from_catalog)
    if entry is None and title is None:
        title, cue, celebration, schedule = _ask_step(context, cue, celebration, schedule)
    creating = not storage.exists(context.path)
    with context.editing(create=creating) as (store, today):
        step = steps.add(
            store, entry=entry, title=title, lang=i18n.language(), cue=cue,
            celebration=celebration, schedule=schedule, step_id=step_id, today=today,
            written_at=context.written_at(),
        )  # fmt: skip
    created = [t("add.created", path=context.path)] if creating else []
    _say(*created, views.added_line(step, store, today))


def _ask_step(
    context: Context, cue: str | None, celebration: str | None, schedule: str | None
) -> tuple[str, str | None, str | None, str | None]:
    if not context.interactive:
        raise UsageError(t("add.no_title"))
    title = context.ask(t("add.ask_title"))
    cue = cue or context.ask(t("add.ask_cue"))
    celebration = celebration or context.ask(t("add.ask_celebration"))
    return title, cue, celebration, schedule or context.ask(t("add.ask_schedule"), "workdays")


@command("path")
def path(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show your path: every step with its status, dates and strength."""
    context: Context = ctx.obj
    store = context.load()
    today = context.today(store)
    if as_json:
        return _print_json(views.path_data(store, today))
    from petitspas.present.render import print_path

    print_path(store, views.path_rows(store, today), *views.outlook(store, today))


@command("edit")
def edit(
    ctx: typer.Context,
    step: ActiveStepArgument = None,
    title: Annotated[str | None, typer.Option("--title", help="opt.new_title")] = None,
    cue: Annotated[str | None, typer.Option("--cue", help="opt.new_cue")] = None,
    celebration: Annotated[
        str | None, typer.Option("--celebration", help="opt.new_celebration")
    ] = None,
    schedule: Annotated[
        str | None, typer.Option("--schedule", help="opt.new_schedule", show_default=False)
    ] = None,
) -> None:
    """Change a step's title, cue, celebration or schedule, keeping its history."""
    context: Context = ctx.obj
    given = {"title": title, "cue": cue, "celebration": celebration, "schedule": schedule}
    changes: dict[str, str | None] = {f: text for f, text in given.items() if text is not None}
    if not changes:
        changes = _ask_changes(context, step)
    with context.editing() as (store, today):
        edited = steps.edit(store, step, changes, today=today, written_at=context.written_at())
    _say(*views.edited_lines(edited))


def _ask_changes(context: Context, reference: str | None) -> dict[str, str | None]:
    """Each field asked in turn, Enter keeping it (before the lock, as for `log`)."""
    if not context.interactive:
        raise UsageError(t("edit.nothing"))
    step = steps.find_step(context.load(), reference)
    changes: dict[str, str | None] = {}
    for field in ("title", "cue", "celebration", "schedule"):
        question = t("edit.ask_schedule") if field == "schedule" else t(
            "edit.ask", field=t(f"revision.{field}").capitalize()
        )  # fmt: skip
        answer = context.ask(question, getattr(step, field) or "").strip()
        if answer and answer != getattr(step, field):
            changes[field] = answer
    return changes


@command("move")
def move(
    ctx: typer.Context,
    step: StepArgument,
    position: Annotated[
        int, typer.Argument(help="arg.position", show_default=False, click_type=_Number())
    ],
) -> None:
    """Move a step still to come to another place in your path."""
    context: Context = ctx.obj
    with context.editing() as (store, today):
        moved = steps.move(store, step, position, today=today, written_at=context.written_at())
    key = "move.same" if moved.unchanged else "move.done"
    _say(t(key, title=moved.step.title, before=moved.before, after=position))


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
    _say(
        t("remove.done", title=removed.step.title, id=removed.step.id),
        *views.called_off_lines(removed.called_off),
    )


@command("settings")
def settings(
    ctx: typer.Context,
    lang: Annotated[
        str | None, typer.Option("--lang", help="opt.settings_lang", show_default=False)
    ] = None,
    day_starts_at: Annotated[
        str | None, typer.Option("--day-starts-at", help="opt.day_starts_at", show_default=False)
    ] = None,
    vision: Annotated[str | None, typer.Option("--vision", help="opt.settings_vision")] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the store's settings, or change them."""
    context: Context = ctx.obj
    changed: list[str] = []
    store = context.load()
    if (lang, day_starts_at, vision) != (None, None, None):
        with context.editing() as (store, today):
            changed = store_settings.change_settings(
                store, lang, day_starts_at, vision, today=today, written_at=context.written_at()
            )
        i18n.choose(lang, store.settings.lang)  # say it in the store's language now
    if as_json:
        return _print_json(views.settings_data(store, context.path))
    _say(*views.settings_lines(store, context.path, changed))


def _print_json(data: dict[str, Any]) -> None:
    import json

    _say(json.dumps(data, ensure_ascii=False, indent=2))


# --- log, status ---------------------------------------------------------------------------


@command("log")
def log(
    ctx: typer.Context,
    done: Annotated[bool, typer.Option("--done", help="opt.done")] = False,
    missed: Annotated[bool, typer.Option("--missed", help="opt.missed")] = False,
    skip: Annotated[bool, typer.Option("--skip", help="opt.skip")] = False,
    note: Annotated[str | None, typer.Option("--note", help="opt.note")] = None,
    day_text: DateOption = None,
    clear: Annotated[bool, typer.Option("--clear", help="opt.clear")] = False,
    clear_note: Annotated[bool, typer.Option("--clear-note", help="opt.clear_note")] = False,
    first: Annotated[
        str | None, typer.Option("--from", help="opt.pause_from", show_default=False)
    ] = None,
    last: Annotated[
        str | None, typer.Option("--to", help="opt.pause_to", show_default=False)
    ] = None,
) -> None:
    """Log tonight's step: done, missed or paused, with an optional note."""
    context: Context = ctx.obj
    mark = typed.chosen_mark(
        done=done, missed=missed, skip=skip, clear=clear, note=note, clear_note=clear_note
    )
    if first is not None or last is not None:
        return _pause(context, "clear" if clear else mark, note, day_text, first, last)
    if clear or clear_note:
        return _clear(context, day_text, clear_note)
    if mark is None:
        mark, note = _ask_mark(context, day_text, note)
    wins = _ask_wins(context) if mark == "done" and note is None and _collects_wins(context) else []
    _mark(context, day_text, mark, note, wins)


def _mark(
    context: Context, day_text: str | None, mark: Mark | None, note: str | None, wins: list[str]
) -> None:
    with context.editing() as (store, today):
        day = None if day_text is None else context.day(day_text, today)
        written_at = context.written_at()
        logged = logbook.log(
            store, day=day, mark=mark, note=note, today=today, written_at=written_at
        )
        noted = [
            cahier.add_win(store, text=text, day=logged.day, today=today, written_at=written_at)
            for text in wins
        ]
    _say(*views.log_lines(logged, store, today), *views.wins_noted_lines(noted))


def _collects_wins(context: Context) -> bool:
    """Whether tonight's `log --done` asks for the day's wins: at a terminal, when the
    active step is the catalog's petit pas of noting wins."""
    if not context.interactive:
        return False
    step = context.load().active_step()
    return step is not None and step.catalog in cahier.WIN_STEPS


def _ask_wins(context: Context) -> list[str]:
    """Up to three wins of the day, Enter to stop (before the lock, as for `log`)."""
    _say(t("log.ask_wins_intro"))
    wins = []
    for number in range(1, cahier.WINS_ASKED + 1):
        answer = context.ask(t("log.ask_win", n=number)).strip()
        if not answer:
            break
        wins.append(answer)
    return wins


def _clear(context: Context, day_text: str | None, note_only: bool) -> None:
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        clear = logbook.clear_note if note_only else logbook.clear_mark
        step, removed = clear(store, day=day, today=today, written_at=context.written_at())
    _say(*views.cleared_lines(step, day, removed, today, note_only))


def _pause(
    context: Context, mark: str | None, note: str | None, day_text: str | None,
    first: str | None, last: str | None,
) -> None:  # fmt: skip
    """`log --skip --from --to` plans a pause; `log --clear --from --to` calls one off."""
    if mark not in ("skip", "clear") or day_text is not None:
        raise UsageError(t("log.range_needs_skip"))
    if first is None or last is None:
        raise UsageError(t("log.range_needs_both"))
    with context.editing() as (store, today):
        days = {"first": context.day(first, today), "last": context.day(last, today)}
        written_at = context.written_at()
        if mark == "clear":
            called_off = logbook.call_off(store, **days, today=today, written_at=written_at)
            return _say(tn("pause.called_off", len(called_off), **days))
        paused = logbook.pause(store, **days, note=note, today=today, written_at=written_at)
    _say(*views.paused_lines(paused, today))


def _ask_mark(
    context: Context, day_text: str | None, note: str | None
) -> tuple[Mark | None, str | None]:
    """The mark (and note) a person gives at the terminal, asked before the lock is taken:
    a person thinking must not block another writer. A note alone on a marked day needs
    no question (the mark stays None: only the note changes)."""
    store = context.load()
    today = context.today(store)
    given = None if day_text is None else context.day(day_text, today)
    if note is not None:  # a note alone, on a marked day of whichever step it belongs to
        day = logbook.evening_of(store, today, note=True) if given is None else given
        if day in logbook.day_owner(store, day, today).marks:
            return None, note
    gate.active_or_refuse(store)
    day = logbook.evening_of(store, today) if given is None else given
    step = logbook.mark_owner(store, day, today)  # a day of a step that is over: said by name
    gate.check_day(step, day, today)
    if not context.interactive:
        key = "log.note_needs_mark" if note is not None else "log.no_mark"
        raise UsageError(t(key, day=day.isoformat()))
    _say(t("log.asking", title=step.title, day=day_words(day)))
    while (mark := typed.MARK_ANSWERS.get(context.ask(t("log.ask_mark")).strip().lower())) is None:
        _say(t("log.ask_again"))
    if note is not None or (mark == "done" and step.catalog in cahier.WIN_STEPS):
        return mark, note  # the wins are asked instead of a note
    return mark, context.ask(t("log.ask_note")) or None


@command("status")
def status(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Print one line for a shell prompt: step, streak, whether today is logged."""
    context: Context = ctx.obj
    store = context.load()
    _say(views.status_text(store, context.today(store), as_json))


@command("remind")
def remind(
    ctx: typer.Context,
    notify: Annotated[bool, typer.Option("--notify", help="opt.notify")] = False,
) -> None:
    """Nudge when tonight's step is due and not logged yet (for cron or a timer)."""
    context: Context = ctx.obj
    try:  # read only: remind writes no store, no backup, no kept status
        store = context.load()
    except StoreError:  # cron mails what it prints: one line, pointing to the doctor
        raise StoreError(t("remind.store_problem", path=context.path)) from None
    nudge = views.reminder(store, context.today(store))
    if nudge is not None:
        _say(nudge)
        if notify:
            _notify(nudge)


def _notify(nudge: str) -> None:
    """The desktop notification; none available, or one that fails, is said on stderr and
    is no error: the nudge is on stdout already, and cron must not see a failure."""
    from petitspas.cli import notify

    argv = notify.command("petitspas", nudge)
    if argv is None:
        return console.say_error(t("remind.no_notifier"))
    code = notify.send(argv)
    if code != 0:
        console.say_error(t("remind.notify_failed", tool=Path(argv[0]).name, code=code))


# --- check, drop ---------------------------------------------------------------------------


@command("check")
def check(
    ctx: typer.Context,
    answers_text: Annotated[
        str | None, typer.Option("--answers", help="opt.answers", show_default=False)
    ] = None,
    day_text: DateOption = None,
    as_json: JsonOption = False,
) -> None:
    """Rate how automatic the step feels (four statements, 1 to 7)."""
    context: Context = ctx.obj
    if answers_text is not None:
        answers = typed.parse_answers(answers_text)
    else:
        answers = _ask_answers(context, day_text)
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        checked = checks.check(
            store, answers=answers, day=day, today=today, written_at=context.written_at()
        )
    if as_json:
        return _print_json(views.check_data(checked, store, today))
    _say(*views.check_lines(checked, store, today))


def _ask_answers(context: Context, day_text: str | None) -> tuple[int, int, int, int]:
    """The four ratings, asked before the lock is taken, as for `log`."""
    if not context.interactive:
        raise UsageError(t("check.no_answers"))
    store = context.load()
    today = context.today(store)
    step = gate.active_or_refuse(store)
    gate.check_day(step, context.day(day_text, today), today)
    _say(t("check.intro"))
    ratings = []
    for number in range(1, 5):
        _say(t(f"check.statement.{number}", title=step.title))
        while (rating := typed.rating(context.ask(t("check.rating")))) is None:
            _say(t("check.rating_again"))
        ratings.append(rating)
    return ratings[0], ratings[1], ratings[2], ratings[3]


@command("drop")
def drop(
    ctx: typer.Context,
    reason: Annotated[str | None, typer.Option("--reason", help="opt.reason")] = None,
) -> None:
    """Abandon the active step honestly and move to the next one."""
    context: Context = ctx.obj
    if context.interactive:
        asked = gate.active_or_refuse(context.load())  # before the lock, as for `log`
        if not typed.is_yes(
            context.ask(f"{t('drop.confirm', title=asked.title)} {t('confirm.choices')}")
        ):
            raise RuleError(t("drop.cancelled"))
    with context.editing() as (store, today):
        unlocked = steps.drop_step(
            store, reason=reason, today=today, written_at=context.written_at()
        )
    _say(*views.dropped_lines(unlocked, today))


# --- win, wins ----------------------------------------------------------------------------


@command("win")
def win(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="arg.win", show_default=False, click_type=_Text())
    ] = None,
    day_text: DateOption = None,
    edit: Annotated[
        int | None, typer.Option("--edit", help="opt.win_edit", show_default=False)
    ] = None,
    remove: Annotated[
        int | None, typer.Option("--remove", help="opt.win_remove", show_default=False)
    ] = None,
) -> None:
    """Note a win for the cahier de réussites (or change or remove one)."""
    context: Context = ctx.obj
    if edit is not None and remove is not None:
        raise UsageError(t("win.edit_and_remove"))
    if (remove is None) == (text is None):
        raise UsageError(t("win.remove_no_text" if remove is not None else "win.no_text"))
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        said = _change_wins(store, text, edit, remove, day, today, context.written_at())
    _say(*said)


def _change_wins(
    store: Store, text: str | None, edit: int | None, remove: int | None, day: date,
    today: date, written_at: str,
) -> list[str]:  # fmt: skip
    """`win`: a win noted for `day`, or the Nth of `day`'s week changed or removed."""
    if edit is not None:
        assert text is not None
        changed = cahier.edit_win(
            store, number=edit, text=text, week_of=day, today=today, written_at=written_at
        )
        return [views.win_changed_line(changed, edit)]
    if remove is not None:
        changed = cahier.remove_win(
            store, number=remove, week_of=day, today=today, written_at=written_at
        )
        return [views.win_changed_line(changed, remove)]
    assert text is not None
    noted = cahier.add_win(store, text=text, day=day, today=today, written_at=written_at)
    return views.win_added_lines(store, noted)


@command("wins")
def wins(
    ctx: typer.Context,
    week_text: Annotated[
        str | None, typer.Option("--week", help="opt.week", show_default=False)
    ] = None,
    form: Annotated[
        str, typer.Option("--format", help="opt.wins_format", show_default=True)
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="opt.output", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the week's wins, and the digest to share with the team."""
    from petitspas.export import digest

    context: Context = ctx.obj
    render = digest.renderer(form)
    store = context.load()
    today = context.today(store)
    data = digest.wins_data(store, typed.review_week(context.day(week_text, today), today, store))
    if as_json:
        return _print_json(data)
    _write_out(render(data), output, context)


def _write_out(content: str, output: Path | None, context: Context) -> None:
    """An export or a digest: on stdout, or written to `output` (said on stderr)."""
    if output is None:
        return console.write(content)
    storage.write_export(output, content, context.path)
    console.write(t("export.written", path=output) + "\n", err=True)


# --- review, export ------------------------------------------------------------------------


@command("review")
def review(
    ctx: typer.Context,
    week_text: Annotated[
        str | None, typer.Option("--week", help="opt.week", show_default=False)
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", help="opt.weeks")] = views.REVIEW_WEEKS,
    as_json: JsonOption = False,
) -> None:
    """Show the weekly review: your step, the week, the heatmap, the notes, the path."""
    context: Context = ctx.obj
    typed.check_weeks(weeks)
    store = context.load()
    today = context.today(store)
    week_of = typed.review_week(context.day(week_text, today), today, store)
    data = views.review_data(store, today, week_of, weeks)
    if as_json:
        return _print_json(data)
    from petitspas.present.render import print_review

    print_review(data)


@command("export")
def export(
    ctx: typer.Context,
    form: Annotated[str, typer.Option("--format", help="opt.format", show_default=True)] = "md",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="opt.output", show_default=False)
    ] = None,
    first: Annotated[
        str | None, typer.Option("--from", help="opt.from", show_default=False)
    ] = None,
    last: Annotated[str | None, typer.Option("--to", help="opt.to", show_default=False)] = None,
    no_notes: Annotated[bool, typer.Option("--no-notes", help="opt.no_notes")] = False,
    no_wins: Annotated[bool, typer.Option("--no-wins", help="opt.no_wins")] = False,
) -> None:
    """Export your progress as markdown (default), HTML, JSON or CSV."""
    from petitspas.export import report as exporting

    context: Context = ctx.obj
    render = _renderer(form)
    store = context.load()
    today = context.today(store)
    chosen = exporting.period(store, today, form, first, last, not no_notes, not no_wins)
    _write_out(render(store, today, chosen), output, context)


def _renderer(form: str) -> Callable[..., str]:
    if form == "html":  # its module only when asked for: the other formats never load it
        from petitspas.export.html import html_report

        return html_report
    from petitspas.export import report as exporting

    return exporting.renderer(form)


# --- doctor, merge, demo -------------------------------------------------------------------


@command("doctor")
def doctor(
    ctx: typer.Context,
    backup: Annotated[
        Path | None, typer.Option("--restore", help="opt.restore", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> int:
    """Check the store and its backups; put a good backup back with --restore."""
    context: Context = ctx.obj
    if backup is not None:
        return _restore(context, backup)
    health = storage.examine(context.path)
    if health.store is not None and not _journal_holds(health.store):
        health.problem, health.store = t("doctor.disagrees"), None
    data, code = views.doctor_data(health, context.path, context.path.exists())
    if as_json:
        _print_json(data)
        return code
    for to_stderr, line in views.doctor_lines(data, storage.backups_dir(context.path)):
        console.write(line + "\n", err=to_stderr)
    return code


def _journal_holds(store: Store) -> bool:
    """Whether the state is what replaying the journal gives (an operation petitspas does not
    write, in a hand-edited file, is a disagreement too)."""
    try:
        return rules.agrees(store)
    except StoreError:
        return False


def _restore(context: Context, backup: Path) -> int:
    chosen = storage.resolve_backup(context.path, backup)
    aside = storage.restore(context.path, chosen, context.now.strftime("%Y%m%dT%H%M%S"))
    revision = storage.load(context.path).store.revision
    _say(t("doctor.restored", backup=chosen, path=context.path, revision=revision))
    if aside is not None:
        _say(t("doctor.aside", aside=aside))
    return 0


@command("merge")
def merge(
    ctx: typer.Context,
    other: Annotated[
        Path, typer.Argument(help="arg.other", show_default=False, click_type=_Text())
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="opt.dry_run")] = False,
    unrelated: Annotated[bool, typer.Option("--unrelated", help="opt.unrelated")] = False,
) -> None:
    """Merge a diverged copy of the store (a sync conflict) into this one."""
    from petitspas.core.merge import merge as merge_stores
    from petitspas.core.merge import merge_into

    context: Context = ctx.obj
    if other.resolve() == context.path.resolve():
        raise UsageError(t("merge.same_file", path=other))
    theirs = storage.read_copy(other)
    if theirs.store_id != context.load().store_id and not unrelated:
        raise RuleError(t("merge.unrelated", path=other))
    if dry_run:
        store, report = merge_stores(context.load(), theirs)
    else:
        with context.editing() as (store, _):
            report = merge_into(store, theirs)
    _say(*views.merge_lines(report, store, other, None if dry_run else context.path))


@command("demo")
def demo(
    ctx: typer.Context,
    folder: Annotated[
        Path | None, typer.Option("--dir", help="opt.dir", file_okay=False, show_default=False)
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", help="opt.demo_weeks")] = 10,
) -> None:
    """Build a realistic sample store, show its review and how to explore it."""
    from petitspas.core import demo as sample
    from petitspas.present.render import print_review

    context: Context = ctx.obj
    typed.check_weeks(weeks)
    target = _demo_file(folder)
    store, today = sample.sample(context.now, weeks, i18n.language())
    storage.create(store, target)
    print_review(views.review_data(store, today, today, min(weeks, views.REVIEW_WEEKS)))
    _say("", *views.demo_lines(store, target, weeks))


def _demo_file(folder: Path | None) -> Path:
    """Where `demo` writes its store: `petitspas.json` in `folder`, else in a new temporary
    folder; never over a file that is there."""
    import tempfile

    target = (folder or Path(tempfile.mkdtemp(prefix="petitspas-demo-"))) / "petitspas.json"
    if target.exists():
        raise RuleError(t("demo.exists", path=target))
    return target


def main() -> None:
    """`petitspas` and `python -m petitspas`, past the prompt's status shortcut."""
    console.run(lambda: invoke(sys.argv[1:]))


@functools.cache
def _click_command() -> Any:
    """The click group Typer builds from `app`, its commands built only when looked up.

    Built once per process, where `app(argv)` builds it anew on every call (~10 ms: a third
    of the test suite's time, which runs thousands of commands in one process). Typer builds
    the group without its commands, and `_Commands` builds each from its registration on
    first use: a command line runs one, and building all 19 cost every command ~2.5 ms
    (measured on `log`; help and errors, which name them all, build them all)."""
    registered = app.registered_commands
    app.registered_commands = []
    try:
        group = typer.main.get_command(app)
    finally:
        app.registered_commands = registered
    group.commands = _Commands(registered)  # type: ignore[attr-defined]
    return group


class _Commands(MutableMapping[str, Any]):
    """A group's click commands by name, in the order registered, each built by Typer
    (`typer.main.get_command_from_info`, as `get_command` would) the first time it is read."""

    def __init__(self, registered: list[Any]) -> None:
        self._registered = {info.name: info for info in registered}
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = typer.main.get_command_from_info(
                self._registered[name],  # KeyError for a name not registered, as a dict
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._registered.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._registered[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._registered)

    def __len__(self) -> int:
        return len(self._registered)


def _closest(typed: str, known: Sequence[str]) -> str | None:
    """The command or option a typo meant: letters swapped first (for `--dnoe`, difflib
    finds `--note` as close as `--done`), else the closest by difflib."""
    import difflib  # for typos only

    like = [name for name in known if sorted(name) == sorted(typed)]
    like = like or difflib.get_close_matches(typed, known, n=1)
    return like[0] if like else None


def _usage_error(error: Any) -> PetitspasError:
    """What click's parser refused (an unknown option, a missing value or argument, a word
    that is not a number), said like every other error: one line, in the language chosen,
    with the way out. Typer is pinned below 0.29, whose click these classes are."""
    from typer._click import exceptions as refused

    ctx: Any = getattr(error, "ctx", None)
    command, params = "petitspas", []
    if ctx is not None:
        command, params = ctx.command_path, ctx.command.params
        _translate(ctx.find_root().command)  # names as help spells them: POSITION
    if isinstance(error, refused.NoSuchOption):
        like = _closest(error.option_name, error.possibilities or [])
        key = "usage.no_option_like" if like else "usage.no_option"
        return UsageError(t(key, command=command, option=error.option_name, like=like or ""))
    if isinstance(error, refused.BadOptionUsage):
        flag = any(p.is_flag for p in params if error.option_name in p.opts)
        key = "usage.takes_no_value" if flag else "usage.needs_value"
        return UsageError(t(key, option=error.option_name, command=command))
    if isinstance(error, refused.BadParameter) and error.param is not None:
        param, name = error.param, error.param.opts[0]
        if isinstance(error, refused.MissingParameter):
            return UsageError(t("usage.missing", command=command, name=param.human_readable_name))
        if param.param_type_name == "argument":
            name = param.human_readable_name
        if param.type.name in ("integer", "int"):
            return UsageError(t("usage.whole_number", name=name, command=command))
        if param.type.name == "directory":
            return UsageError(t("usage.not_a_folder", name=name))
        return UsageError(t("usage.bad_value", name=name, problem=error.message))
    return UsageError(str(error.format_message()))  # anything else, in click's own words


def invoke(argv: list[str]) -> int:
    """Typer parses `argv` and runs the command; click's own outcomes (a usage error, a
    question interrupted, an exit) become exit codes and exceptions `console.guarded` knows."""
    # Until --lang and the store say more: a typo among the options before the command,
    # and help, are said in the environment's language.
    i18n.set_language(i18n.environment_language())
    try:
        code = _click_command().main(argv, prog_name="petitspas", standalone_mode=False)
    except typer.Abort:  # Ctrl-C or end of input at a question
        raise KeyboardInterrupt from None
    except typer.TyperException as error:  # click's usage errors: a bad flag, a typo
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `petitspas`: Typer has
            return 2  # printed the help already
        raise _usage_error(error) from None
    if code == console.INTERRUPTED:  # Typer turns a Ctrl-C outside a question into 130
        raise KeyboardInterrupt
    return code if isinstance(code, int) else 0
