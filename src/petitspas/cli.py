"""The command line: parse, call the store and the pure logic, render; errors become exit codes."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each (about 4 ms per command run).
import contextlib
import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from petitspas import __version__, actions, i18n, nightly
from petitspas import store as storage
from petitspas.calendar import log_day, parse_day_start
from petitspas.entry import REVIEW_WEEKS, say_error, write
from petitspas.errors import PetitspasError, RuleError, StoreError, UsageError
from petitspas.i18n import t
from petitspas.model import Mark, Settings, Step, Store
from petitspas.progress import forecast, gate, plateau, progress
from petitspas.session import Session, parse_day

if TYPE_CHECKING:
    from petitspas.catalog import CatalogStep

# Help texts are chosen when the module loads, from $PETITSPAS_LANG or the locale: --lang
# and the store's setting are read too late to translate --help.
i18n.set_language(i18n.environment_language())

COMMANDS: dict[str, Callable[..., Any]] = {}
"""Every command, by name; filled by `_command`."""


def _interactive() -> bool:
    """Whether a person can answer prompts; off a terminal nothing ever waits for input."""
    return sys.stdin.isatty()


F = TypeVar("F", bound=Callable[..., Any])


def _reports_errors(function: F) -> F:
    """The one boundary where a PetitspasError becomes a line on stderr and an exit code."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except PetitspasError as error:
            say_error(error.message)
            raise typer.Exit(error.exit_code) from None

    return wrapper  # type: ignore[return-value]


def _command(name: str) -> Callable[[F], F]:
    def register(function: F) -> F:
        COMMANDS[name] = _reports_errors(function)
        return function

    return register


def make_app(names: list[str] | None = None) -> typer.Typer:
    """The Typer app with every command, or only `names` (see `main`)."""
    made = typer.Typer(
        name="petitspas",
        help=t("help.app"),
        no_args_is_help=True,
        add_completion=False,
        # Locals hold the manager's notes about colleagues: never print them in a traceback.
        pretty_exceptions_show_locals=False,
    )
    made.callback()(_main)
    for name in HELP_ORDER:
        if names is None or name in names:
            made.command(name, help=t(f"help.{name}"))(COMMANDS[name])
    return made


HELP_ORDER = (
    "init",
    "catalog",
    "add",
    "log",
    "status",
    "check",
    "review",
    "path",
    "export",
    "drop",
    "doctor",
    "merge",
    "demo",
)


def _session(ctx: typer.Context) -> Session:
    session: Session = ctx.obj
    return session


def _version(value: bool) -> None:
    if value:
        typer.echo(f"petitspas {__version__}")
        raise typer.Exit()


@_reports_errors
def _main(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar=storage.STORE_ENV,
            help=t("opt.store"),
            dir_okay=True,
            # Not Typer's check: an unreadable store is a store problem (exit 3, DESIGN),
            # said by store.load in petitspas' words, as the fast path says it.
            readable=False,
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", envvar=i18n.LANG_ENV, help=t("opt.lang"), show_default=False),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("opt.version")),
    ] = False,
) -> None:
    # Set on every run: in one process (tests) an earlier run may have switched language.
    ctx.obj = Session.start(None if store is None else str(store), lang)


def _echo(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line)


# --- init, catalog, add, path --------------------------------------------------------------


@_command("init")
def init(
    ctx: typer.Context,
    vision: Annotated[str | None, typer.Option("--vision", help=t("opt.vision"))] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help=t("opt.init_lang"), show_default=False)
    ] = None,
) -> None:
    session = _session(ctx)
    chosen_lang = i18n.checked_language(lang) if lang else None
    if chosen_lang:
        i18n.set_language(chosen_lang)
    if storage.exists(session.path):
        _update_init(session, vision, chosen_lang)
        return
    if vision is None and _interactive():
        vision = typer.prompt(t("init.ask_vision"), default="", show_default=False)
    store = Store(vision=actions.clean_text(vision, "field.vision", actions.MAX_NOTE))
    store.settings.lang = chosen_lang or i18n.language()
    today = session.today(store)
    first = _ask_first_step(store, today) if _interactive() else None
    storage.create(store, session.path)
    typer.echo(t("init.created", path=session.path))
    if first is not None:
        typer.echo(t("add.active", title=first.title, id=first.id, day=today.isoformat()))
    else:
        typer.echo(t("init.next"))


def _update_init(session: Session, vision: str | None, lang: str | None) -> None:
    if vision is None and lang is None:
        raise RuleError(t("init.already", path=session.path))
    with storage.editing(session.path) as store:
        if vision is not None:
            store.vision = actions.clean_text(vision, "field.vision", actions.MAX_NOTE)
        if lang is not None:
            store.settings.lang = lang
    typer.echo(t("init.updated", path=session.path))


def _ask_first_step(store: Store, today: date) -> Step | None:
    from petitspas.render import print_catalog

    print_catalog(i18n.language(), numbered=True)
    answer = typer.prompt(t("init.ask_step"), default="", show_default=False).strip()
    if not answer:
        return None
    entry = _catalog_choice(answer)
    if entry is not None:
        return actions.add_from_catalog(store, entry, i18n.language(), today=today)
    return actions.add_step(store, title=answer, today=today)


def _catalog_choice(answer: str) -> "CatalogStep | None":
    from petitspas.catalog import CATALOG, catalog_step

    if answer.isdigit() and 1 <= int(answer) <= len(CATALOG):
        return CATALOG[int(answer) - 1]
    return catalog_step(answer)


@_command("catalog")
def catalog(ctx: typer.Context) -> None:
    session = _session(ctx)
    if not session.explicit_lang and storage.exists(session.path):
        # The catalog does not need the store; a broken one is reported by other commands.
        with contextlib.suppress(PetitspasError):
            session.load()
    from petitspas.render import print_catalog

    print_catalog(i18n.language(), numbered=False)


@_command("add")
def add(
    ctx: typer.Context,
    title: Annotated[str | None, typer.Argument(help=t("arg.title"), show_default=False)] = None,
    cue: Annotated[str | None, typer.Option("--cue", help=t("opt.cue"))] = None,
    celebration: Annotated[
        str | None, typer.Option("--celebration", help=t("opt.celebration"))
    ] = None,
    schedule: Annotated[
        str | None, typer.Option("--schedule", help=t("opt.schedule"), show_default=False)
    ] = None,
    step_id: Annotated[str | None, typer.Option("--id", help=t("opt.id"))] = None,
    from_catalog: Annotated[
        str | None, typer.Option("--from-catalog", help=t("opt.from_catalog"))
    ] = None,
) -> None:
    session = _session(ctx)
    if title is not None and from_catalog is not None:
        raise UsageError(t("add.title_and_catalog"))
    entry = None
    if from_catalog is not None:
        from petitspas.catalog import catalog_step

        entry = catalog_step(from_catalog)
        if entry is None:
            raise UsageError(t("add.unknown_catalog", key=from_catalog))
    elif title is None:
        if not _interactive():
            raise UsageError(t("add.no_title"))
        title = typer.prompt(t("add.ask_title"))
        cue = cue or typer.prompt(t("add.ask_cue"), default="", show_default=False)
        celebration = celebration or typer.prompt(
            t("add.ask_celebration"), default="", show_default=False
        )
        schedule = schedule or typer.prompt(t("add.ask_schedule"), default="workdays")
    with session.editing() as (store, today):
        if entry is not None:
            step = actions.add_from_catalog(
                store,
                entry,
                i18n.language(),
                cue=cue,
                celebration=celebration,
                schedule=schedule,
                step_id=step_id,
                today=today,
            )
        else:
            step = actions.add_step(
                store,
                title=title,
                cue=cue,
                celebration=celebration,
                schedule=schedule or "workdays",
                step_id=step_id,
                today=today,
            )
        active = store.active_step()
    if step.status == "active":
        assert step.started is not None
        typer.echo(t("add.active", title=step.title, id=step.id, day=step.started.isoformat()))
    else:
        assert active is not None
        typer.echo(t("add.locked", title=step.title, id=step.id, active=active.title))


@_command("path")
def path(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=t("opt.json"))] = False,
) -> None:
    session = _session(ctx)
    store = session.load()
    today = session.today(store)
    if as_json:
        from petitspas.review import path_data

        _print_json(path_data(store, today))
        return
    from petitspas.render import print_path

    rows = [(step, progress(step, today)) for step in store.steps]

    active = store.active_step()
    print_path(
        store,
        rows,
        forecast(active, today, store.settings) if active else None,
        plateau(active) if active else None,
    )


def _print_json(data: dict[str, Any]) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


# --- log, status ---------------------------------------------------------------------------


@_command("log")
def log(
    ctx: typer.Context,
    done: Annotated[bool, typer.Option("--done", help=t("opt.done"))] = False,
    missed: Annotated[bool, typer.Option("--missed", help=t("opt.missed"))] = False,
    skip: Annotated[bool, typer.Option("--skip", help=t("opt.skip"))] = False,
    note: Annotated[str | None, typer.Option("--note", help=t("opt.note"))] = None,
    day_text: Annotated[
        str | None, typer.Option("--date", help=t("opt.date"), show_default=False)
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help=t("opt.clear"))] = False,
) -> None:
    session = _session(ctx)
    flags: tuple[tuple[Mark, bool], ...] = (("done", done), ("missed", missed), ("skip", skip))
    chosen = [mark for mark, given in flags if given]
    if len(chosen) > 1:
        raise UsageError(t("log.two_marks"))
    if clear and (chosen or note is not None):
        raise UsageError(t("log.clear_alone"))
    if clear:
        _clear(session, day_text)
        return
    mark = chosen[0] if chosen else None
    if mark is None:
        # Asked before the lock is taken: a person thinking must not block another writer.
        preview = session.load()
        today = session.today(preview)
        day = parse_day(day_text, today)
        step = actions.active_or_refuse(preview)
        actions.check_day(step, day, today)
        if note is None or day not in step.marks:
            mark, note = _ask_mark(step, day, note)
    _echo(nightly.log(session, mark, note, day_text))


# Whole words only: "pas fait" must not be read as "p" (a planned pause).
MARK_ANSWERS: dict[str, Mark] = {
    **dict.fromkeys(("y", "yes", "o", "oui", "done", "fait"), "done"),
    **dict.fromkeys(("n", "no", "non", "missed", "manqué", "manque"), "missed"),
    **dict.fromkeys(("s", "skip", "p", "pause"), "skip"),
}


def _clear(session: Session, day_text: str | None) -> None:
    with session.editing() as (store, today):
        day = parse_day(day_text, today)
        step, removed = actions.clear_mark(store, day=day, today=today)
    typer.echo(t("log.cleared", day=day.isoformat(), mark=t(f"mark.{removed.mark}")))
    typer.echo(nightly.progress_line(progress(step, today)))


def _ask_mark(step: Step, day: date, note: str | None) -> tuple[Mark, str | None]:
    if not _interactive():
        if note is not None:
            raise UsageError(t("log.note_needs_mark", day=day.isoformat()))
        raise UsageError(t("log.no_mark"))
    typer.echo(t("log.asking", title=step.title, day=day.isoformat()))
    while (mark := MARK_ANSWERS.get(typer.prompt(t("log.ask_mark")).strip().lower())) is None:
        typer.echo(t("log.ask_again"))
    if note is None:
        note = typer.prompt(t("log.ask_note"), default="", show_default=False) or None
    return mark, note


@_command("status")
def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=t("opt.json"))] = False,
) -> None:
    from petitspas.status import status_text

    session = _session(ctx)
    store = session.load()
    typer.echo(status_text(store, session.today(store), as_json))


# --- review --------------------------------------------------------------------------------


@_command("review")
def review(
    ctx: typer.Context,
    week_text: Annotated[
        str | None, typer.Option("--week", help=t("opt.week"), show_default=False)
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", help=t("opt.weeks"))] = REVIEW_WEEKS,
    as_json: Annotated[bool, typer.Option("--json", help=t("opt.json"))] = False,
) -> None:
    from petitspas.review import review_data

    session = _session(ctx)
    if not 1 <= weeks <= 520:
        raise UsageError(t("review.bad_weeks", value=weeks))
    store = session.load()
    today = session.today(store)
    week_of = parse_day(week_text, today)
    if week_of > today:
        raise RuleError(t("review.future_week", day=week_of.isoformat(), today=today.isoformat()))
    data = review_data(store, today, week_of, weeks)
    if as_json:
        _print_json(data)
        return
    from petitspas.render import print_review

    print_review(data)


# --- doctor --------------------------------------------------------------------------------


@_command("doctor")
def doctor(
    ctx: typer.Context,
    backup: Annotated[
        Path | None, typer.Option("--restore", help=t("opt.restore"), show_default=False)
    ] = None,
) -> None:
    session = _session(ctx)
    path = session.path
    if backup is not None:
        chosen = storage.resolve_backup(path, backup)
        aside = storage.restore(path, chosen, session.now.strftime("%Y%m%dT%H%M%S"))
        revision = storage.load(path).store.revision
        typer.echo(t("doctor.restored", backup=chosen, path=path, revision=revision))
        if aside is not None:
            typer.echo(t("doctor.aside", aside=aside))
        return
    health = storage.examine(path)
    if health.store is not None:
        session.adopt(health.store)
        marks = sum(len(step.marks) for step in health.store.steps)
        typer.echo(
            t(
                "doctor.ok",
                path=path,
                revision=health.store.revision,
                steps=len(health.store.steps),
                marks=marks,
            )
        )
    elif health.newer or not path.exists():
        typer.echo(health.problem, err=True)
    else:
        typer.echo(t("doctor.bad", path=path, why=health.problem), err=True)
    bad = [(item, why) for item, why in health.backups if why is not None]
    folder = storage.backups_dir(path)
    typer.echo(
        t("doctor.backups", folder=folder, good=len(health.backups) - len(bad), bad=len(bad))
    )
    for item, why in bad:
        typer.echo("  " + t("doctor.backup_bad", backup=item.name, why=why))
    if health.store is not None:
        return
    if health.newer:
        raise typer.Exit(3)
    good = health.newest_good
    if good is not None:
        typer.echo(t("doctor.newest_good", backup=good, name=good.name), err=True)
        raise typer.Exit(3)
    typer.echo(t("doctor.no_good"), err=True)
    raise typer.Exit(3 if health.backups or path.exists() else 1)


# --- merge ---------------------------------------------------------------------------------


@_command("merge")
def merge(
    ctx: typer.Context,
    other: Annotated[Path, typer.Argument(help=t("arg.other"), show_default=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("opt.dry_run"))] = False,
) -> None:
    from petitspas.merge import Report
    from petitspas.merge import merge as merge_stores

    session = _session(ctx)
    if other.resolve() == session.path.resolve():
        raise UsageError(t("merge.same_file", path=other))
    theirs = _load_other(other)
    report: Report
    if dry_run:
        ours = session.load()
        _, report = merge_stores(ours, theirs, session.today(ours))
    else:
        with session.editing() as (store, today):
            merged, report = merge_stores(store, theirs, today)
            store.vision, store.settings = merged.vision, merged.settings
            store.steps = merged.steps
            if report.changed:
                store.revision = merged.revision
    if not report.changed:
        typer.echo(t("merge.nothing", path=other))
        return
    typer.echo(
        t(
            "merge.took",
            path=other,
            marks=report.marks_from_other,
            checks=report.selfchecks_from_other,
            steps=len(report.steps_from_other),
        )
    )
    if report.steps_from_other:
        typer.echo(t("merge.new_steps", ids=", ".join(report.steps_from_other)))
    if report.marks_kept_ours:
        typer.echo(t("merge.kept", marks=report.marks_kept_ours))
    for key, values in report.conflicts:
        typer.echo(t(key, **values))
    typer.echo(t("merge.dry_run") if dry_run else t("merge.saved", path=session.path))


def _load_other(other: Path) -> Store:
    """The other copy, or a StoreError saying in one line why it cannot be merged."""
    try:
        return storage.parse(other.read_bytes(), other)
    except storage.CorruptStore as error:
        why = error.why
    except PetitspasError as error:
        why = error.message
    except OSError as error:
        why = error.strerror or type(error).__name__
    raise StoreError(t("merge.other_bad", path=other, why=why))


# --- export --------------------------------------------------------------------------------


@_command("export")
def export(
    ctx: typer.Context,
    form: Annotated[str, typer.Option("--format", help=t("opt.format"), show_default=True)] = "md",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help=t("opt.output"), show_default=False),
    ] = None,
) -> None:
    from petitspas import export as exporting

    session = _session(ctx)
    if form not in ("md", "json", "csv"):
        raise UsageError(t("export.bad_format", value=form))
    store = session.load()
    if form == "md":
        text = exporting.markdown(store, session.today(store))
    elif form == "json":
        text = exporting.to_json(store)
    else:
        text = exporting.to_csv(store)
    if output is None:
        write(text)  # as entry.py's fast path writes it
        return
    _write_export(session, output, text)
    typer.echo(t("export.written", path=output), err=True)


def _write_export(session: Session, output: Path, text: str) -> None:
    """Write an export file atomically; never over a folder, never into a missing one."""
    if output.is_dir():
        raise UsageError(t("export.is_dir", path=output))
    target, store = output.resolve(), session.path.resolve()
    if target == store or target.parent == storage.backups_dir(store):
        raise UsageError(t("export.onto_store", path=output))
    if not output.parent.is_dir():
        raise UsageError(t("export.no_folder", path=output.parent))
    try:
        storage.write_atomic(output, text.encode("utf-8"))
    except PetitspasError:
        raise StoreError(t("export.unwritable", path=output)) from None


# --- demo ----------------------------------------------------------------------------------


@_command("demo")
def demo(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Option("--dir", help=t("opt.dir"), file_okay=False, show_default=False),
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", help=t("opt.demo_weeks"))] = 10,
) -> None:
    import shlex
    import tempfile

    from petitspas import demo as sample
    from petitspas.render import print_review
    from petitspas.review import review_data

    session = _session(ctx)
    if not 1 <= weeks <= 520:
        raise UsageError(t("review.bad_weeks", value=weeks))
    target = (folder or Path(tempfile.mkdtemp(prefix="petitspas-demo-"))) / "petitspas.json"
    if target.exists():
        raise RuleError(t("demo.exists", path=target))
    today = log_day(session.now, parse_day_start(Settings().day_starts_at))
    store = sample.build(today, weeks, i18n.language(), session.now.tzinfo)
    storage.create(store, target)
    print_review(review_data(store, today, today, min(weeks, REVIEW_WEEKS)))
    marks = sum(len(step.marks) for step in store.steps)
    typer.echo()
    typer.echo(t("demo.built", path=target, weeks=weeks, steps=len(store.steps), marks=marks))
    typer.echo(t("demo.explore", path=target))
    for command in ("review", "review --week -7", "path", "export", "log --done"):
        typer.echo(f"  petitspas --store {shlex.quote(str(target))} {command}")


# --- check, drop ---------------------------------------------------------------------------


@_command("check")
def check(
    ctx: typer.Context,
    answers_text: Annotated[
        str | None, typer.Option("--answers", help=t("opt.answers"), show_default=False)
    ] = None,
    day_text: Annotated[
        str | None, typer.Option("--date", help=t("opt.date"), show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=t("opt.json"))] = False,
) -> None:
    session = _session(ctx)
    answers = _parse_answers(answers_text) if answers_text is not None else None
    if answers is None:
        if not _interactive():
            raise UsageError(t("check.no_answers"))
        preview = session.load()  # asked before the lock is taken, as for `log`
        today = session.today(preview)
        step = actions.active_or_refuse(preview)
        actions.check_day(step, parse_day(day_text, today), today)
        answers = _ask_answers(step)
    with session.editing() as (store, today):
        day = parse_day(day_text, today)
        step = actions.active_or_refuse(store)
        actions.check_day(step, day, today)
        record = actions.record_check(
            store, answers=answers, day=day, today=today, written_at=session.written_at()
        )
        unlocked = actions.evaluate_gate(store, today)
        suggestions = actions.suggestions(store) if unlocked and not unlocked.next else []
    checks = gate(step, today, store.settings)
    if as_json:
        _print_json(
            {
                "date": record.date.isoformat(),
                "answers": list(record.answers),
                "score": record.score,
                "gate": {"strength_ok": checks.strength_ok, "selfcheck_ok": checks.selfcheck_ok},
                "automatic": unlocked is not None,
                "next": unlocked.next.id if unlocked and unlocked.next else None,
            }
        )
        return
    typer.echo(
        t(
            "check.recorded",
            day=record.date.isoformat(),
            score=i18n.decimal(record.score),
            goal=i18n.decimal(store.settings.srbai_goal),
        )
    )
    if unlocked is not None:
        _echo(nightly.unlocked_lines(unlocked, suggestions))
    else:
        _print_missing(step, today, store)


def _parse_answers(text: str) -> tuple[int, int, int, int]:
    ratings = [_rating(part) for part in text.split(",")]
    if len(ratings) != 4 or None in ratings:
        raise UsageError(t("check.bad_answers", value=text))
    return ratings[0], ratings[1], ratings[2], ratings[3]  # type: ignore[return-value]


def _rating(text: str) -> int | None:
    """A rating 1-7 typed as one ASCII digit ('²'.isdigit() is true, int('²') fails)."""
    text = text.strip()
    return int(text) if len(text) == 1 and text in "1234567" else None


def _ask_answers(step: Step) -> tuple[int, int, int, int]:
    typer.echo(t("check.intro"))
    ratings = []
    for number in range(1, 5):
        typer.echo(t(f"check.statement.{number}", title=step.title))
        while (rating := _rating(typer.prompt(t("check.rating")))) is None:
            typer.echo(t("check.rating_again"))
        ratings.append(rating)
    return ratings[0], ratings[1], ratings[2], ratings[3]


def _print_missing(step: Step, today: date, store: Store) -> None:
    state = progress(step, today)
    checks = gate(step, today, store.settings, state.strength)
    when = forecast(step, today, store.settings)
    if not checks.strength_ok and when is not None:
        typer.echo(
            t(
                "gate.missing_strength",
                strength=i18n.percent(state.strength),
                goal=i18n.percent(store.settings.strength_goal),
                day=when.isoformat(),
            )
        )
    if not checks.selfcheck_ok:
        typer.echo(t("gate.missing_selfcheck", goal=i18n.decimal(store.settings.srbai_goal)))
    level_off = plateau(step)
    if level_off is not None:
        typer.echo(t("path.plateau", day=level_off.isoformat()))


@_command("drop")
def drop(
    ctx: typer.Context,
    reason: Annotated[str | None, typer.Option("--reason", help=t("opt.reason"))] = None,
) -> None:
    session = _session(ctx)
    if _interactive():
        asked = actions.active_or_refuse(session.load())  # before the lock, as for `log`
        if not _confirm(t("drop.confirm", title=asked.title)):
            typer.echo(t("drop.cancelled"))
            raise typer.Exit(1)
    with session.editing() as (store, today):
        unlocked = actions.drop_step(store, reason=reason, today=today)
        suggestions = actions.suggestions(store) if not unlocked.next else []
    typer.echo(t("drop.done", title=unlocked.ended.title, day=today.isoformat()))
    _echo(nightly.next_lines(unlocked, suggestions))


def _confirm(question: str) -> bool:
    """A yes/no question in the user's language; anything but yes is no."""
    answer = typer.prompt(f"{question} {t('confirm.choices')}", default="", show_default=False)
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def _command_named(argv: list[str]) -> str | None:
    """The command word of argv, skipping the global options and their values."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ("--store", "--lang"):
            index += 2
        elif word.startswith(("--store=", "--lang=")):
            index += 1
        else:
            return word if word in COMMANDS else None
    return None


def main() -> None:
    """The Typer side of the console entry point (entry.py answers plain status, review,
    export and log calls itself).

    Typer builds a click command for every registered command before parsing (~12 ms for
    all of them); when argv names one command, an app holding just that one answers, with
    the same options, help and errors for it. Anything else gets the whole app.
    """
    name = _command_named(sys.argv[1:])
    made = make_app([name]) if name else app
    made(prog_name="petitspas")


app = make_app()
