"""Rich output: the catalog, the path and the review; the only module that imports rich.table."""

from __future__ import annotations

import os
import re
from datetime import date
from typing import Any

from rich.cells import cell_len
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from petitspas.console import write
from petitspas.core.calendar import schedule_label
from petitspas.core.catalog import CATALOG
from petitspas.core.model import Step, Store
from petitspas.core.progress import Progress
from petitspas.i18n import NBSP, decimal, floored, percent, t, tn
from petitspas.present.sentences import day_text, revision_words, slipping_block, stall_block

STATUS_SIGNS = {"automatic": "✓", "active": "▶", "on_hold": "⏸", "locked": "🔒", "dropped": "✗"}


def console() -> Console:
    """A console that is plain text when piped or when NO_COLOR is set.

    Rich's own NO_COLOR handling drops colours but keeps bold and dim escapes; no-color.org
    users want plain text, so NO_COLOR turns the colour system off altogether. highlight=False
    keeps numbers and dates in user text from being coloured at random.
    """
    plain = bool(os.environ.get("NO_COLOR"))
    out = Console(highlight=False, emoji=False, color_system=None if plain else "auto")
    # The size read once: Rich asks the terminal again at every print and every `width`,
    # a thousand times for a ten-year path (~10 ms).
    out.size = out.size
    return out


# Below this width the catalog's table squeezes words into columns a few letters wide: it
# lists its steps instead.
NARROW = 70


def print_catalog(lang: str, *, hint: bool) -> None:
    """The catalog, numbered (`add --from-catalog` and `init` take the number or the key);
    with `hint`, how to add one."""
    out = console()
    if out.width < NARROW:
        out.print(Text(t("catalog.title"), style="bold"))
        for number, entry in enumerate(CATALOG, start=1):
            text = entry.text(lang)
            head = Text(f"{number}. ")
            head.append(entry.key, style="bold")
            head.append(f" — {schedule_label(entry.schedule)}", style="dim")
            out.print(head)
            out.print(_hanging(Text(f"  {text.title}"), 2, out))
            out.print(_hanging(Text(f"  {text.cue}", style="dim"), 2, out))
    else:
        from rich.table import Table

        table = Table(title=t("catalog.title"), show_lines=False, expand=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(t("table.key"), no_wrap=True, style="bold")
        table.add_column(t("table.title"), ratio=3)
        table.add_column(t("table.cue"), ratio=2)
        table.add_column(t("table.schedule"), no_wrap=True)
        for number, entry in enumerate(CATALOG, start=1):
            text = entry.text(lang)
            cells = [
                entry.key,
                escape(text.title),
                escape(text.cue),
                schedule_label(entry.schedule),
            ]
            table.add_row(str(number), *cells)
        out.print(table)
    if hint:
        out.print(_hanging(Text(t("catalog.hint")), 0, out))


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
        out.print(_hanging(Text(t("path.vision", vision=store.vision), style="italic"), 2, out))
    if not rows:
        out.print(_hanging(Text(t("path.empty")), 0, out))
        return
    _print_path_list(out, rows)
    _print_revisions(out, [step for step, _ in rows])
    if forecast is not None:
        out.print(_hanging(Text(t("path.forecast", day=day_text(forecast))), 0, out))
    if plateau is not None:
        out.print(_hanging(Text(t("path.plateau", day=day_text(plateau))), 0, out))


def _print_revisions(out: Console, steps: list[Step]) -> None:
    """What `edit` changed, step by step (numbered as in the path), oldest first."""
    lines: list[tuple[str, Text]] = []
    for number, step in enumerate(steps, start=1):
        for index, revision in enumerate(step.revisions):
            change = f"{revision.on.isoformat()} · {revision_words(revision)}"
            lines.append((f"{number}." if index == 0 else "", Text(change)))  # step's number once
    if lines:
        out.print(Text(t("path.revisions"), style="bold"))
        out.print(_labelled(lines, out, out.width))


def _print_path_list(out: Console, rows: list[tuple[Step, Progress]]) -> None:
    """Each step on a line of its own, its facts on the next, at any width.

    Not a rich.table: measuring every cell of a ten-year path's table cost ~150 ms, and at
    80 columns its cells wrapped into narrow towers anyway. One print: each is a render
    pass of its own.
    """
    lines = [Text(t("path.title"), style="bold")]
    for number, (step, state) in enumerate(rows, start=1):
        head = Text(f"{number}. {STATUS_SIGNS[step.status]} ")
        head.append(step.title, style="bold" if step.status == "active" else "")
        head.append(f" ({step.id})", style="dim")
        lines.append(_hanging(head, 3, out))
        facts = [t("status." + step.status)]
        if step.started:
            facts += [_dates(step), f"{t('table.streak')} {state.streak}", percent(state.strength)]
        lines.append(_hanging(Text("   " + " · ".join(facts), style="dim"), 3, out))
    out.print(Text("\n").join(lines), soft_wrap=True)  # wrapped above already


SIGNS = {
    "done": ("✓", "green"),
    "missed": ("✗", "red"),
    "skip": ("~", "yellow"),
    "not_due": ("·", "dim"),
    "open": ("?", "bold cyan"),
    "to_log": ("?", "bold cyan"),  # an earlier day still to log: the legend's "? to log"
    "future": (" ", ""),
    "none": (" ", ""),
}


def _sign(state: str) -> Text:
    sign, style = SIGNS[state]
    return Text(sign, style=style)


def _bar(value: float, goal: float, width: int) -> Text:
    filled = int(floored(value, 4) * width)  # down, like every strength shown
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
    write(review_text(data))


def review_text(data: dict[str, Any]) -> str:
    """The review as the terminal shows it (colours only on a terminal, without NO_COLOR),
    rendered whole before anything is written: a failure never leaves half a review."""
    out = console()
    with out.capture() as captured:
        # One print: each print is a render pass of its own.
        out.print(Group(*_review_parts(data, out)))
    return captured.get()


# The sparkline's eight levels, from 0 up to 100 % strength.
SPARKS = "▁▂▃▄▅▆▇█"
# From this width the grids name days with three letters (Mon), below with two (Mo).
WIDE_DAYS = 50


def _spark(value: float) -> str:
    return SPARKS[min(len(SPARKS) - 1, int(floored(value, 4) * len(SPARKS)))]


def _review_parts(data: dict[str, Any], out: Console) -> list[Any]:
    from rich.rule import Rule

    width = out.width
    current = data["week"]["current"]
    parts: list[Any] = [Rule(Text(t("review.title", start=data["week"]["start"]), style="bold"))]
    if data["vision"]:
        vision = Text(t("review.vision", vision=data["vision"]), style="italic")
        parts.append(_hanging(vision, 2, out))
    else:
        parts.append(_hanging(Text(t("review.no_vision"), style="dim"), 2, out))
    card = data["step"]
    if card:
        parts += [_card(card, out, current), *_stalling(card, out), Text()]
    elif data["path_complete"]:
        keys = ", ".join(data["suggestions"])
        done = Text(t("review.complete" if keys else "review.complete_all", keys=keys))
        parts += [_hanging(done, 2, out), Text()]
    else:
        parts += [_hanging(Text(t("review.no_step")), 0, out), Text()]
    parts += _maintenance(data.get("maintenance"), out)
    days = data["week"]["days"]
    owners = [day["step"] for day in days]
    begins = [i for i in range(1, 7) if owners[i] and owners[i - 1] and owners[i] != owners[i - 1]]
    letters = 3 if width >= WIDE_DAYS else 2  # the same day names in every grid
    names = [t(f"weekday.{index}")[:letters] for index in range(7)]
    parts += [
        Text(t("review.week" if current else "review.week_past"), style="bold"),
        _columns(
            names,
            [
                [_sign(day["state"]) for day in days],
                [Text(day["date"][8:], style="dim") for day in days],
            ],
            bars=begins,
        ),
        Text(),
    ]
    parts += _heatmap(data, names, out)
    if card and data["strength"]:
        parts += [Text(), *_strength_weeks(data["strength"], card["strength_goal"], out)]
    parts += [Text(), Text(t("review.notes"), style="bold")]
    if data["wins"]:  # the wins to share first, then the notes of done days (private)
        parts += [_note_line(win, out, sign="★") for win in data["wins"]]
    if not data["notes"] and not data["wins"]:
        empty = "review.no_notes" if current else "review.no_notes_past"
        parts.append(_hanging(Text(t(empty), style="dim"), 0, out))
    parts += [_note_line(note, out) for note in data["notes"]]
    if data["other_notes"]:
        parts += [Text(), Text(t("review.other_notes"), style="bold")]
        parts += [_note_line(note, out, mark=True) for note in data["other_notes"]]
    if data["watched"]:  # the automatic steps' week: their checks and lapses
        parts += [Text(), Text(t("review.watched"), style="bold")]
        parts += [_note_line(_watched_words(entry), out) for entry in data["watched"]]
    parts += [Text(), Text(t("review.path"), style="bold")]
    path = data["path"]
    first, last = path_window([step["status"] for step in path])
    if first:
        parts.append(_hanging(Text(tn("review.path_earlier", first), style="dim"), 0, out))
    for number, step in enumerate(path[first:last], start=first + 1):
        head = f"{number}. {STATUS_SIGNS[step['status']]} "
        line = Text(head)
        line.append(step["title"], style="bold" if step["status"] == "active" else "")
        when = step["automatic_on"] or step["dropped_on"] or step["started"]
        status = t("status." + step["status"])
        line.append(f" — {status}" + (f" {when}" if when else ""), style="dim")
        parts.append(_hanging(line, len(f"{number}. "), out))
    if last < len(path):
        later = len(path) - last
        parts.append(_hanging(Text(tn("review.path_later", later), style="dim"), 0, out))
    return parts


# The review's path: the step being built, with this many steps on each side of it.
AROUND = 3


def path_window(statuses: list[str]) -> tuple[int, int]:
    """The slice of the path the review shows: the last three steps finished, the active
    step, the next three (the rest is one line each way, pointing to `petitspas path`).
    With none active, the first step still to come stands in its place; with none to come,
    the end of the path does."""
    anchor = next(
        (index for index, status in enumerate(statuses) if status in ("active", "locked")),
        len(statuses),
    )
    return max(0, anchor - AROUND), min(len(statuses), anchor + AROUND + 1)


def _note_line(note: dict[str, Any], out: Console, *, mark: bool = False, sign: str = "•") -> Text:
    weekday = date.fromisoformat(note["date"]).weekday()
    line = Text(f"{sign} {t(f'weekday.{weekday}')} {note['date'][8:]} ", style="bold")
    if mark:
        kind = note["mark"]
        line.append(f"({t(f'review.note_{kind}')}) ", style="dim")
    line.append(note["note"], style="")
    return _hanging(line, 2, out)


def _watched_words(entry: dict[str, Any]) -> dict[str, Any]:
    """A maintenance check or a lapse as a line of the week: its day and what it was."""
    if entry["kind"] == "check":
        words = t("review.watched_check", title=entry["title"], score=entry["score"])
    elif entry["note"]:
        words = t("review.watched_slip_note", title=entry["title"], note=entry["note"])
    else:
        words = t("review.watched_slip", title=entry["title"])
    return {"date": entry["date"], "note": words}


def _heatmap(data: dict[str, Any], names: list[str], out: Console) -> list[Any]:
    """The heatmap under its heading: a line naming each step where it begins (the first
    row names the step it opens on) and, where one begins mid-week, a bar before that day."""
    rows = data["heatmap"]
    if data["week"]["current"]:
        heading = tn("review.heatmap", len(rows))
    else:
        heading = tn("review.heatmap_past", len(rows), end=data["week"]["end"])
    numbers = {step["id"]: number for number, step in enumerate(data["path"], start=1)}
    titles = {step["id"]: step["title"] for step in data["path"]}
    lines: list[Text] = []
    header_widths = [10, *(cell_len(name) for name in names)]
    previous: str | None = None
    for row in rows:
        cells = [Text(row["week"], style="dim")]
        bars: list[int] = []
        for index, (state, owner) in enumerate(zip(row["days"], row["steps"], strict=True)):
            if owner is not None and owner != previous:
                label = Text(f"▸ {numbers[owner]}. {titles[owner]}", style="bold")
                label.truncate(out.width, overflow="ellipsis")
                lines.append(label)
                if index and previous is not None:
                    bars.append(index + 1)
            previous = owner
            cells.append(_sign(state))
        lines.append(_grid_row(cells, header_widths, bars, label=True))
    grid = Text(no_wrap=True, overflow="crop")
    header = [Text(" " * 10), *(Text(name, style="bold") for name in names)]
    grid.append_text(_grid_row(header, header_widths, [], label=True))
    for line in lines:
        grid.append("\n")
        grid.append_text(line)
    return [Text(heading, style="bold"), grid, _legend(t("review.legend"), out.width)]


def _legend(text: str, width: int) -> Text:
    """The heatmap's key, its items (two spaces apart) wrapped whole: "(blank) to come"
    never split over two lines."""
    lines: list[str] = []
    for item in text.split("  "):
        if lines and cell_len(lines[-1]) + 2 + cell_len(item) <= width:
            lines[-1] += "  " + item
        else:
            lines.append(item)
    return Text("\n".join(lines), style="dim")


def _grid_row(cells: list[Text], widths: list[int], bars: list[int], *, label: bool) -> Text:
    """One line of a grid: cells centred in their columns, two spaces apart, a `│` in place
    of the space before the columns listed in `bars`."""
    line = Text()
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        excess = width - cell.cell_len
        before = 0 if label and index == 0 else excess // 2
        if index:
            line.append(" │" if index in bars else "  ", style="bold" if index in bars else "")
        line.append(" " * before)
        line.append_text(cell)
        line.append(" " * (excess - before))
    return line


def _strength_weeks(points: list[dict[str, Any]], goal: float, out: Console) -> list[Text]:
    """The step's strength at each week's end as a sparkline (the last weeks that fit), the
    last value, and the span and goal in words."""
    room = max(1, out.width - 6)
    shown = points[-room:]
    line = Text("".join(_spark(point["strength"]) for point in shown))
    line.append(f" {percent(shown[-1]['strength'])}")
    span = tn(
        "review.strength_span",
        len(shown),
        first=shown[0]["week"],
        goal=percent(goal),
        sign=_spark(goal),
    )
    return [
        Text(t("review.strength_weeks"), style="bold"),
        line,
        _hanging(Text(span, style="dim"), 0, out),
    ]


# Rich breaks a line at any whitespace, U+00A0 included. While it wraps, these stand in
# for the spaces that must hold (one cell each, as the space they replace, and no
# whitespace to Rich): a no-break space, and a space inside a `command`.
_HOLD = {NBSP: "\ue000", "\u202f": "\ue001", " ": "\ue002"}
_RELEASE = str.maketrans({held: space for space, held in _HOLD.items()})
_COMMAND = re.compile(r"`[^`\n]*`")


def wrap(line: Text, out: Console, width: int) -> list[Text]:
    """`line` wrapped to `width` cells as Rich wraps it, but never at a no-break space nor
    inside a `command` in backquotes (so that it can be copied whole). A word or command
    wider than the line is folded, as Rich folds it."""
    plain = line.plain
    if NBSP not in plain and "\u202f" not in plain and "`" not in plain:
        return list(line.wrap(out, width, overflow="fold"))
    held = line.copy()
    held.plain = _COMMAND.sub(lambda command: command[0].replace(" ", _HOLD[" "]), plain).translate(
        {ord(NBSP): _HOLD[NBSP], 0x202F: _HOLD["\u202f"]}
    )
    lines = list(held.wrap(out, width, overflow="fold"))
    for piece in lines:
        piece.plain = piece.plain.translate(_RELEASE)
    return lines


def _hanging(line: Text, indent: int, out: Console) -> Text:
    """`line` wrapped to the console's width, every line after the first indented by
    `indent` columns (under the text that follows a bullet or a number)."""
    width = out.width
    if line.cell_len <= width and "\n" not in line.plain:
        line.rstrip()
        return line  # most lines fit: no wrapping pass (a ten-year path has a hundred)
    first = wrap(line, out, width)[0]
    rest = line[len(first.plain) :]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")) :]
    first.rstrip()
    result = Text()
    result.append_text(first)
    if rest.plain:
        for wrapped in wrap(rest, out, max(1, width - indent)):
            wrapped.rstrip()
            result.append("\n" + " " * indent)
            result.append_text(wrapped)
    return result


def _columns(
    header: list[str], rows: list[list[Text]], *, label: bool = False, bars: list[int] | None = None
) -> Text:
    """Cells centred in columns as wide as their widest cell, two spaces apart, under a bold
    header; with `label`, the first column is left-aligned; on the first row under the
    header, a `│` before the `bars` columns (where the next step begins).

    What Table(box=None, pad_edge=False) draws for these one-line cells, at a fraction of
    its cost: Rich measures every cell of a table twice, and the heatmap has a hundred.
    """
    lines = [[Text(name, style="bold") for name in header], *rows]
    widths = [max(cell.cell_len for cell in column) for column in zip(*lines, strict=True)]
    grid = Text(no_wrap=True, overflow="crop")
    for number, line in enumerate(lines):
        if number:
            grid.append("\n")
        grid.append_text(_grid_row(line, widths, (bars or []) if number == 1 else [], label=label))
    return grid


def _card(card: dict[str, Any], out: Console, current: bool) -> Panel:
    rows: list[tuple[str, Text]] = []
    if card["cue"]:
        rows.append((t("review.cue"), Text(card["cue"])))
    days = card["days_since_start"]
    if days < 0:  # unlocked tonight, from tomorrow
        rows.append((t("review.starts"), Text(t("review.starts_tomorrow", day=card["started"]))))
    elif current:
        keys = {0: "review.started_today", 1: "review.started_one"}
        started = t(keys.get(days, "review.started_value"), day=card["started"], days=days)
    elif days == 0:
        started = t("review.started_then_same", day=card["started"])
    else:
        started = tn("review.started_then", days, day=card["started"])
    if days >= 0:
        rows.append((t("review.started"), Text(started)))
    streak = t("review.streak_value", streak=card["streak"], best=card["best_streak"])
    rows.append((t("review.streak"), Text(streak)))
    bar_width = max(5, min(20, out.width - 30))
    rows.append((t("review.strength"), _bar(card["strength"], card["strength_goal"], bar_width)))
    gate = card["gate"]
    last = gate["selfcheck"]
    selfcheck = t("review.gate_selfcheck", goal=decimal(gate["srbai_goal"]))
    selfcheck += " — " + (
        t("review.gate_selfcheck_last", score=decimal(last["score"]), day=last["date"])
        if last
        else t("review.gate_selfcheck_none" if current else "review.gate_selfcheck_none_past")
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
    rows.append((t("review.gate"), checklist))
    if current:
        rows.append((t("review.forecast"), Text(_forecast(card))))
    else:
        rows.append((t("review.outcome"), Text(_outcome(card))))
    # The title goes inside the panel, not on its border: a border title is cut at the
    # panel's width, mid-word on a narrow terminal, while text inside wraps.
    heading: list[Text] = [Text(card["title"], style="bold")]
    if not current:
        heading.append(Text(t("review.as_of", day=card["as_of"]), style="dim"))
    # The panel's border and padding take four columns.
    return Panel(Group(*heading, _labelled(rows, out, out.width - 4)), expand=True)


def _stalling(card: dict[str, Any], out: Console) -> list[Text]:
    """The help for a stalling step, under the card at the terminal's full width (inside
    the card's value column it ran to thirty lines at 40 columns)."""
    if not card.get("stall_reason"):
        return []
    head, items = stall_block(card["stall_reason"], card["cue"], card["gate"]["srbai_goal"])
    return [
        Text(t("stall.label"), style="bold"),
        _hanging(Text(head), 0, out),
        # a numbered question wraps under its words; the last resort is not numbered
        *(_hanging(Text(item), 3 if item[:1].isdigit() else 0, out) for item in items),
    ]


def _maintenance(data: dict[str, Any] | None, out: Console) -> list[Text]:
    """A step slipping: one short block about the situation, what changed, and the command
    that rebuilds it; a maintenance check due: one line with its command."""
    if not data or not (data["slipping"] or data["due"]):
        return []
    parts: list[Text] = []
    for step in data["slipping"]:
        head, items = slipping_block(step["id"], step["title"])
        parts += [Text(t("slipping.label"), style="bold"), _hanging(Text(head), 0, out)]
        parts += [_hanging(Text(item), 2, out) for item in items]
    for step in data["due"]:
        line = t("maintenance.due", title=step["title"], step=step["id"])
        parts.append(_hanging(Text(line), 0, out))
    return [*parts, Text()]


def _forecast(card: dict[str, Any]) -> str:
    beyond = t("date.beyond")
    if card["forecast"] or card["forecast_beyond"]:
        forecast = t("review.forecast_value", day=card["forecast"] or beyond)
    else:
        forecast = t("review.forecast_reached")
    if card["plateau"] or card["plateau_beyond"]:
        plateau = t("review.plateau_value", day=card["plateau"] or beyond)
        forecast = t("review.forecast_and_plateau", forecast=forecast, plateau=plateau)
    return forecast


def _outcome(card: dict[str, Any]) -> str:
    """What became of a past week's step: automatic, dropped, or active still."""
    if card["automatic_on"]:
        return t("review.outcome_automatic", day=card["automatic_on"])
    if card["dropped_on"]:
        return t("review.outcome_dropped", day=card["dropped_on"])
    return t("review.outcome_active")


def _labelled(rows: list[tuple[str, Text]], out: Console, width: int) -> Text:
    """Bold labels in a column as wide as the widest, each value wrapped beside its label.

    What Table.grid(padding=(0, 1)) draws for two columns, without rich.table's import and
    its measuring of every cell.
    """
    label_width = max(cell_len(label) for label, _ in rows)
    value_width = max(1, width - label_width - 1)
    grid = Text()
    for label, value in rows:
        for number, line in enumerate(wrap(value, out, value_width)):
            if grid:
                grid.append("\n")
            grid.append(label if number == 0 else "", style="bold")
            grid.append(" " * (label_width + 1 - (cell_len(label) if number == 0 else 0)))
            grid.append_text(line)
    return grid
