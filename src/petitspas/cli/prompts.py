"""The questions asked at a terminal, before the store is locked (a person thinking must
not block another writer).
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.

from petitspas import i18n
from petitspas.cli import typed
from petitspas.cli.context import Context
from petitspas.cli.options import say
from petitspas.core import gate, logbook, steps
from petitspas.core import wins as cahier
from petitspas.core.calendar import day_words
from petitspas.core.model import Mark, Step, Store
from petitspas.errors import UsageError
from petitspas.i18n import t


def ask_first_step(context: Context, store: Store) -> Step | None:
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


def ask_step(
    context: Context, cue: str | None, celebration: str | None, schedule: str | None
) -> tuple[str, str | None, str | None, str | None]:
    if not context.interactive:
        raise UsageError(t("add.no_title"))
    title = context.ask(t("add.ask_title"))
    cue = cue or context.ask(t("add.ask_cue"))
    celebration = celebration or context.ask(t("add.ask_celebration"))
    return title, cue, celebration, schedule or context.ask(t("add.ask_schedule"), "workdays")


def ask_changes(context: Context, reference: str | None) -> dict[str, str | None]:
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


def collects_wins(context: Context) -> bool:
    """Whether tonight's `log --done` asks for the day's wins: at a terminal, when the
    active step is the catalog's petit pas of noting wins."""
    if not context.interactive:
        return False
    step = context.load().active_step()
    return step is not None and step.catalog in cahier.WIN_STEPS


def ask_wins(context: Context) -> list[str]:
    """Up to three wins of the day, Enter to stop (before the lock, as for `log`)."""
    say(t("log.ask_wins_intro"))
    wins = []
    for number in range(1, cahier.WINS_ASKED + 1):
        answer = context.ask(t("log.ask_win", n=number)).strip()
        if not answer:
            break
        wins.append(answer)
    return wins


def ask_mark(
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
    say(t("log.asking", title=step.title, day=day_words(day)))
    while (mark := typed.MARK_ANSWERS.get(context.ask(t("log.ask_mark")).strip().lower())) is None:
        say(t("log.ask_again"))
    if note is not None or (mark == "done" and step.catalog in cahier.WIN_STEPS):
        return mark, note  # the wins are asked instead of a note
    return mark, context.ask(t("log.ask_note")) or None


def ask_answers(context: Context, day_text: str | None) -> tuple[int, int, int, int]:
    """The four ratings, asked before the lock is taken, as for `log`."""
    if not context.interactive:
        raise UsageError(t("check.no_answers"))
    store = context.load()
    today = context.today(store)
    step = gate.active_or_refuse(store)
    gate.check_day(step, context.day(day_text, today), today)
    say(t("check.intro"))
    ratings = []
    for number in range(1, 5):
        say(t(f"check.statement.{number}", title=step.title))
        while (rating := typed.rating(context.ask(t("check.rating")))) is None:
            say(t("check.rating_again"))
        ratings.append(rating)
    return ratings[0], ratings[1], ratings[2], ratings[3]


def ask_maintenance(context: Context, reference: str, day_text: str | None) -> int:
    """The maintenance check's one statement, asked before the lock is taken, as for `log`."""
    if not context.interactive:
        raise UsageError(t("maintenance.no_answer"))
    store = context.load()
    today = context.today(store)
    step = steps.find_step(store, reference)
    context.day(day_text, today)  # a DATE that does not parse is said before the question
    say(t("maintenance.intro"))
    say(t("check.statement.1", title=step.title))
    while (rating := typed.rating(context.ask(t("check.rating")))) is None:
        say(t("check.rating_again"))
    return rating


def ask_vision(context: Context) -> str:
    """The seed's question, to be answered with the team (Enter to leave it for later)."""
    say(t("init.vision_team"))
    return context.ask(t("init.ask_vision"))
