"""Rich output for the catalog and the path; the only module that imports rich.table."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from petitspas.calendar import schedule_label
from petitspas.catalog import CATALOG
from petitspas.i18n import decimal, percent, t
from petitspas.model import Step, Store
from petitspas.progress import Progress

STATUS_SIGNS = {"automatic": "✓", "active": "▶", "locked": "🔒", "dropped": "✗"}


def console() -> Console:
    """A console that is plain text when piped or when NO_COLOR is set.

    Rich's own NO_COLOR handling drops colours but keeps bold and dim escapes; no-color.org
    users want plain text, so NO_COLOR turns the colour system off altogether. highlight=False
    keeps numbers and dates in user text from being coloured at random.
    """
    plain = bool(os.environ.get("NO_COLOR"))
    return Console(highlight=False, color_system=None if plain else "auto")


# Below this width a table squeezes words into columns a few letters wide: list instead.
NARROW = 70


def print_catalog(lang: str, *, numbered: bool) -> None:
    out = console()
    if out.width < NARROW:
        out.print(Text(t("catalog.title"), style="bold"))
        for number, entry in enumerate(CATALOG, start=1):
            text = entry.text(lang)
            head = Text(f"{number}. " if numbered else "")
            head.append(entry.key, style="bold")
            head.append(f" — {schedule_label(entry.schedule)}", style="dim")
            out.print(head)
            out.print(Text(f"  {text.title}"))
            out.print(Text(f"  {text.cue}", style="dim"))
        if not numbered:
            out.print(t("catalog.hint"))
        return
    table = Table(title=t("catalog.title"), show_lines=False, expand=False)
    if numbered:
        table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("table.key"), no_wrap=True, style="bold")
    table.add_column(t("table.title"), ratio=3)
    table.add_column(t("table.cue"), ratio=2)
    table.add_column(t("table.schedule"), no_wrap=True)
    for number, entry in enumerate(CATALOG, start=1):
        text = entry.text(lang)
        cells = [entry.key, escape(text.title), escape(text.cue), schedule_label(entry.schedule)]
        table.add_row(*([str(number)] if numbered else []), *cells)
    out.print(table)
    if not numbered:
        out.print(t("catalog.hint"))


def _dates(step: Step) -> str:
    parts = []
    if step.started:
        parts.append(t("path.started", day=step.started.isoformat()))
    if step.automatic_on:
        parts.append(t("path.automatic_on", day=step.automatic_on.isoformat()))
    if step.dropped_on:
        parts.append(t("path.dropped_on", day=step.dropped_on.isoformat()))
    return ", ".join(parts)


def print_path(
    store: Store,
    rows: list[tuple[Step, Progress]],
    forecast: date | None,
    plateau: date | None,
) -> None:
    out = console()
    if store.vision:
        out.print(escape(t("path.vision", vision=store.vision)), style="italic")
    if not rows:
        out.print(t("path.empty"))
        return
    if out.width < NARROW:
        _print_path_list(out, rows)
    else:
        _print_path_table(out, rows)
    if forecast is not None:
        out.print(t("path.forecast", day=forecast.isoformat()))
    if plateau is not None:
        out.print(t("path.plateau", day=plateau.isoformat()))


def _print_path_list(out: Console, rows: list[tuple[Step, Progress]]) -> None:
    out.print(Text(t("path.title"), style="bold"))
    for number, (step, state) in enumerate(rows, start=1):
        head = Text(f"{number}. {STATUS_SIGNS[step.status]} ")
        head.append(step.title, style="bold" if step.status == "active" else "")
        head.append(f" ({step.id})", style="dim")
        out.print(head)
        facts = [t("status." + step.status)]
        if step.started:
            facts += [_dates(step), f"{t('table.streak')} {state.streak}", percent(state.strength)]
        out.print(Text("   " + " · ".join(facts), style="dim"))


def _print_path_table(out: Console, rows: list[tuple[Step, Progress]]) -> None:
    table = Table(title=t("path.title"))
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("table.title"), ratio=3)
    table.add_column(t("table.status"))
    table.add_column(t("table.dates"), ratio=2)
    table.add_column(t("table.streak"), justify="right")
    table.add_column(t("table.strength"), justify="right", no_wrap=True)
    for number, (step, state) in enumerate(rows, start=1):
        style = "bold" if step.status == "active" else ("dim" if step.status == "locked" else "")
        table.add_row(
            str(number),
            f"{escape(step.title)} [dim]({step.id})[/dim]",
            f"{STATUS_SIGNS[step.status]} {t('status.' + step.status)}",
            _dates(step),
            str(state.streak) if step.started else "",
            percent(state.strength) if step.started else "",
            style=style,
        )
    out.print(table)


SIGNS = {
    "done": ("✓", "green"),
    "missed": ("✗", "red"),
    "skip": ("~", "yellow"),
    "not_due": ("·", "dim"),
    "open": ("?", "bold cyan"),
    "future": (" ", ""),
    "none": (" ", ""),
}


def _sign(state: str) -> Text:
    sign, style = SIGNS[state]
    return Text(sign, style=style)


def _bar(value: float, goal: float, width: int) -> Text:
    filled = round(value * width)
    bar = Text("█" * filled, style="green" if value >= goal else "cyan")
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {percent(value)}")
    return bar


def _check(ok: bool, text: str) -> Text:
    line = Text("[✓] " if ok else "[ ] ", style="green" if ok else "yellow")
    line.append(text)
    return line


def print_review(data: dict[str, Any]) -> None:
    """Draw the weekly review from `review.review_data`; fits any width down to 40 columns."""
    out = console()
    out.rule(Text(t("review.title", start=data["week"]["start"]), style="bold"))
    if data["vision"]:
        out.print(Text(t("review.vision", vision=data["vision"]), style="italic"))
    card = data["step"]
    if card is None:
        out.print(t("review.no_step"))
    else:
        out.print(_card(card, out.width))
    out.print()
    out.print(Text(t("review.week"), style="bold"))
    week = Table(box=None, show_header=True, pad_edge=False, padding=(0, 1))
    for index in range(7):
        week.add_column(t(f"weekday.{index}"), justify="center", no_wrap=True)
    week.add_row(*[_sign(day["state"]) for day in data["week"]["days"]])
    week.add_row(*[Text(day["date"][8:], style="dim") for day in data["week"]["days"]])
    out.print(week)
    out.print()
    out.print(Text(t("review.heatmap", weeks=len(data["heatmap"])), style="bold"))
    heat = Table(box=None, show_header=True, pad_edge=False, padding=(0, 1))
    heat.add_column("", no_wrap=True, style="dim")
    for index in range(7):
        heat.add_column(t(f"weekday.{index}")[:2], justify="center", no_wrap=True)
    for row in data["heatmap"]:
        heat.add_row(row["week"], *[_sign(state) for state in row["days"]])
    out.print(heat)
    out.print(Text(t("review.legend"), style="dim"))
    out.print()
    out.print(Text(t("review.notes"), style="bold"))
    if not data["notes"]:
        out.print(Text(t("review.no_notes"), style="dim"))
    for note in data["notes"]:
        weekday = date.fromisoformat(note["date"]).weekday()
        line = Text(f"• {t(f'weekday.{weekday}')} {note['date'][8:]} ", style="bold")
        line.append(note["note"], style="")
        out.print(line)
    out.print()
    out.print(Text(t("review.path"), style="bold"))
    for step in data["path"]:
        line = Text(f"{STATUS_SIGNS[step['status']]} ")
        line.append(step["title"], style="bold" if step["status"] == "active" else "")
        when = step["automatic_on"] or step["dropped_on"] or step["started"]
        status = t("status." + step["status"])
        line.append(f" — {status}" + (f" {when}" if when else ""), style="dim")
        out.print(line)


def _card(card: dict[str, Any], width: int) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    if card["cue"]:
        grid.add_row(t("review.cue"), Text(card["cue"]))
    days = card["days_since_start"]
    started = {0: "review.started_today", 1: "review.started_one"}.get(days, "review.started_value")
    grid.add_row(t("review.started"), t(started, day=card["started"], days=days))
    grid.add_row(
        t("review.streak"),
        t("review.streak_value", streak=card["streak"], best=card["best_streak"]),
    )
    bar_width = max(5, min(20, width - 30))
    grid.add_row(t("review.strength"), _bar(card["strength"], card["strength_goal"], bar_width))
    gate = card["gate"]
    last = gate["selfcheck"]
    selfcheck = t("review.gate_selfcheck", goal=decimal(gate["srbai_goal"]))
    selfcheck += " — " + (
        t("review.gate_selfcheck_last", score=decimal(last["score"]), day=last["date"])
        if last
        else t("review.gate_selfcheck_none")
    )
    checklist = Text("\n").join(
        [
            _check(
                gate["strength_ok"],
                t("review.gate_strength", goal=percent(card["strength_goal"])),
            ),
            _check(gate["selfcheck_ok"], selfcheck),
        ]
    )
    grid.add_row(t("review.gate"), checklist)
    forecast = (
        t("review.forecast_value", day=card["forecast"])
        if card["forecast"]
        else t("review.forecast_reached")
    )
    if card["plateau"]:
        forecast += "; " + t("review.plateau_value", day=card["plateau"])
    grid.add_row(t("review.forecast"), forecast)
    # The title goes inside the panel, not on its border: a border title is cut at the
    # panel's width, mid-word on a narrow terminal, while text inside wraps.
    return Panel(Group(Text(card["title"], style="bold"), grid), expand=True)
