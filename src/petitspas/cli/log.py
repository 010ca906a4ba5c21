"""The commands of the evening: log, status, remind, check, drop."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from pathlib import Path
from typing import Annotated

import typer

from petitspas import console
from petitspas.cli import typed
from petitspas.cli.context import Context
from petitspas.cli.options import (
    ActiveStepArgument,
    DateOption,
    JsonOption,
    StepArgument,
    command,
    print_json,
    say,
)
from petitspas.cli.prompts import ask_answers, ask_maintenance, ask_mark, ask_wins, collects_wins
from petitspas.core import checks, gate, logbook, maintenance, steps
from petitspas.core import wins as cahier
from petitspas.core.model import Mark
from petitspas.errors import RuleError, StoreError, UsageError
from petitspas.i18n import t, tn
from petitspas.present import sentences
from petitspas.present.data import check_data, maintenance_check_data
from petitspas.present.status import status_text

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
    slip: Annotated[
        str | None, typer.Option("--slip", help="opt.slip", show_default=False, metavar="STEP")
    ] = None,
) -> None:
    """Log tonight's step: done, missed or paused, with an optional note."""
    context: Context = ctx.obj
    if slip is not None:
        others = (done, missed, skip, clear, clear_note, first is not None, last is not None)
        return _slip(context, slip, note, day_text, any(others))
    mark = typed.chosen_mark(
        done=done, missed=missed, skip=skip, clear=clear, note=note, clear_note=clear_note
    )
    if first is not None or last is not None:
        return _pause(context, "clear" if clear else mark, note, day_text, first, last)
    if clear or clear_note:
        return _clear(context, day_text, clear_note)
    if mark is None:
        mark, note = ask_mark(context, day_text, note)
    wins = ask_wins(context) if mark == "done" and note is None and collects_wins(context) else []
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
    say(*sentences.log_lines(logged, store, today), *sentences.wins_noted_lines(noted))


def _slip(
    context: Context, reference: str, note: str | None, day_text: str | None, others: bool
) -> None:
    """`log --slip STEP`: a lapse of an automatic step, said for the log day (or DATE)."""
    if others:
        raise UsageError(t("slip.alone"))
    if note == "":
        raise UsageError(t("slip.empty_note"))
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        done = maintenance.slip(
            store, reference, note=note, day=day, today=today, written_at=context.written_at()
        )
    say(*sentences.slip_lines(done))


def _clear(context: Context, day_text: str | None, note_only: bool) -> None:
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        clear = logbook.clear_note if note_only else logbook.clear_mark
        step, removed = clear(store, day=day, today=today, written_at=context.written_at())
    say(*sentences.cleared_lines(step, day, removed, today, note_only))


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
            return say(tn("pause.called_off", len(called_off), **days))
        paused = logbook.pause(store, **days, note=note, today=today, written_at=written_at)
    say(*sentences.paused_lines(paused, today))


@command("status")
def status(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Print one line for a shell prompt: step, streak, whether today is logged."""
    context: Context = ctx.obj
    store = context.load()
    say(status_text(store, context.today(store), as_json))


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
    nudge = sentences.reminder(store, context.today(store))
    if nudge is not None:
        say(nudge)
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
    step: ActiveStepArgument = None,
    answers_text: Annotated[
        str | None, typer.Option("--answers", help="opt.answers", show_default=False)
    ] = None,
    answer: Annotated[
        int | None,
        typer.Option("--answer", help="opt.answer", show_default=False, metavar="N"),
    ] = None,
    day_text: DateOption = None,
    as_json: JsonOption = False,
) -> None:
    """Rate how automatic the step feels, 1 to 7 (an automatic STEP: one statement)."""
    context: Context = ctx.obj
    if step is not None and answers_text is None:
        return _maintenance_check(context, step, answer, day_text, as_json)
    if step is not None or answer is not None:
        raise UsageError(t("check.answer_or_answers"))
    _selfcheck(context, answers_text, day_text, as_json)


def _maintenance_check(
    context: Context, reference: str, answer: int | None, day_text: str | None, as_json: bool
) -> None:
    """`check STEP --answer N`: an automatic step's one-item maintenance check."""
    if answer is None:
        answer = ask_maintenance(context, reference, day_text)
    elif not 1 <= answer <= 7:
        raise UsageError(t("check.bad_answer", value=answer))
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        done = maintenance.check(
            store, reference, answer=answer, day=day, today=today, written_at=context.written_at()
        )
    if as_json:
        return print_json(maintenance_check_data(done))
    say(*sentences.maintenance_check_lines(done))


def _selfcheck(
    context: Context, answers_text: str | None, day_text: str | None, as_json: bool
) -> None:
    """`check`: the four-statement SRBAI self-check of the active step."""
    if answers_text is not None:
        answers = typed.parse_answers(answers_text)
    else:
        answers = ask_answers(context, day_text)
    with context.editing() as (store, today):
        day = context.day(day_text, today)
        checked = checks.check(
            store, answers=answers, day=day, today=today, written_at=context.written_at()
        )
    if as_json:
        return print_json(check_data(checked, store, today))
    say(*sentences.check_lines(checked, store, today))


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
        if reason is None:  # asked here or never: a reason cannot be given after the drop
            reason = context.ask(t("drop.ask_reason")) or None
    with context.editing() as (store, today):
        unlocked = steps.drop_step(
            store, reason=reason, today=today, written_at=context.written_at()
        )
    say(*sentences.dropped_lines(unlocked, today))


@command("reactivate")
def reactivate(ctx: typer.Context, step: StepArgument) -> None:
    """Bring a slipping automatic step back to active; the active step waits on hold."""
    context: Context = ctx.obj
    with context.editing() as (store, today):
        done = maintenance.reactivate(store, step, today=today, written_at=context.written_at())
    say(*sentences.reactivated_lines(done))
