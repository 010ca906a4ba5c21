"""The commands that look back: review, export."""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from pathlib import Path
from typing import Annotated

import typer

from petitspas.cli import completion, typed
from petitspas.cli.context import Context
from petitspas.cli.options import JsonOption, command, print_json, write_out
from petitspas.present.data import REVIEW_WEEKS, review_data

# --- review, export ------------------------------------------------------------------------


@command("review")
def review(
    ctx: typer.Context,
    week_text: Annotated[
        str | None, typer.Option("--week", help="opt.week", show_default=False)
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", help="opt.weeks")] = REVIEW_WEEKS,
    as_json: JsonOption = False,
) -> None:
    """Show the weekly review: your step, the week, the heatmap, the notes, the path."""
    context: Context = ctx.obj
    typed.check_weeks(weeks)
    store = context.load()
    today = context.today(store)
    week_of = typed.review_week(context.day(week_text, today), today, store)
    data = review_data(store, today, week_of, weeks)
    if as_json:
        return print_json(data)
    from petitspas.present.render import print_review

    print_review(data)


@command("export")
def export(
    ctx: typer.Context,
    form: Annotated[
        str,
        typer.Option("--format", help="opt.format", autocompletion=completion.export_formats),
    ] = "md",
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
    from petitspas import export as exporting

    context: Context = ctx.obj
    render = exporting.renderer(form)
    store = context.load()
    today = context.today(store)
    chosen = typed.export_period(store, today, form, first, last, not no_notes, not no_wins)
    write_out(render(store, today, chosen), output, context)
