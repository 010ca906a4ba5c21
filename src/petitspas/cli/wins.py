"""The commands of the cahier de réussites: win, wins."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from petitspas.cli import completion, typed
from petitspas.cli.context import Context
from petitspas.cli.insides import Text
from petitspas.cli.options import DateOption, JsonOption, command, print_json, say, write_out
from petitspas.core import wins as cahier
from petitspas.core.model import Store
from petitspas.errors import UsageError
from petitspas.i18n import t
from petitspas.present import sentences

# --- win, wins ----------------------------------------------------------------------------


@command("win")
def win(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="arg.win", show_default=False, click_type=Text())
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
    say(*said)


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
        return [sentences.win_changed_line(changed, edit)]
    if remove is not None:
        changed = cahier.remove_win(
            store, number=remove, week_of=day, today=today, written_at=written_at
        )
        return [sentences.win_changed_line(changed, remove)]
    assert text is not None
    noted = cahier.add_win(store, text=text, day=day, today=today, written_at=written_at)
    return sentences.win_added_lines(store, noted)


@command("wins")
def wins(
    ctx: typer.Context,
    week_text: Annotated[
        str | None, typer.Option("--week", help="opt.week", show_default=False)
    ] = None,
    form: Annotated[
        str,
        typer.Option(
            "--format",
            help="opt.wins_format",
            metavar="meta.wins_format",
            show_default=True,
            autocompletion=completion.digest_formats,
        ),
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
        return print_json(data)
    write_out(render(data), output, context)
