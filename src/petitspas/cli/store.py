"""The commands about the store itself: doctor, merge, demo."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from pathlib import Path
from typing import Annotated

import typer

from petitspas import console, i18n
from petitspas.cli import typed
from petitspas.cli.context import Context
from petitspas.cli.insides import Text
from petitspas.cli.options import JsonOption, command, print_json, say
from petitspas.core import rules
from petitspas.core.model import Store
from petitspas.errors import RuleError, StoreError, UsageError
from petitspas.i18n import t
from petitspas.present import sentences
from petitspas.present.data import REVIEW_WEEKS, doctor_data, review_data
from petitspas.storage import store as storage

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
    data, code = doctor_data(health, context.path, context.path.exists())
    if as_json:
        print_json(data)
        return code
    for to_stderr, line in sentences.doctor_lines(data, storage.backups_dir(context.path)):
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
    say(t("doctor.restored", backup=chosen, path=context.path, revision=revision))
    if aside is not None:
        say(t("doctor.aside", aside=aside))
    return 0


@command("merge")
def merge(
    ctx: typer.Context,
    other: Annotated[Path, typer.Argument(help="arg.other", show_default=False, click_type=Text())],
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
    say(*sentences.merge_lines(report, store, other, None if dry_run else context.path))


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
    print_review(review_data(store, today, today, min(weeks, REVIEW_WEEKS)))
    say("", *sentences.demo_lines(store, target, weeks))


def _demo_file(folder: Path | None) -> Path:
    """Where `demo` writes its store: `petitspas.json` in `folder`, else in a new temporary
    folder; never over a file that is there."""
    import tempfile

    target = (folder or Path(tempfile.mkdtemp(prefix="petitspas-demo-"))) / "petitspas.json"
    if target.exists():
        raise RuleError(t("demo.exists", path=target))
    return target
