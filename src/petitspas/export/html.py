"""The HTML export: the markdown report as one self-contained page, with a strength chart and
a calendar heatmap per step; pure, given `today`.

Inline CSS and inline SVG only: no script, no font, no image, nothing fetched (a Content
Security Policy in the page says so to the browser too). Built from strings with
`html.escape` on every user text: the page is a handful of fixed shapes, and the standard
library keeps the export free of a template engine's import time and of one more dependency.
The same store on the same log day gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from petitspas.core.model import SelfCheck, Store
from petitspas.core.progress import weekly_strength
from petitspas.export.wording import (
    facts,
    maintenance_answer,
    path_header,
    path_rows,
    period_line,
)
from petitspas.i18n import decimal, floored, language, percent, t
from petitspas.present.report import Period, StepReport, reported, step_reports

CSS = """
:root { color-scheme: light; --ink: #1d2430; --soft: #5b6472; --line: #d5d9e0;
  --done: #1f7a4d; --missed: #b3261e; --skip: #a15c00; --goal: #5b6472; --accent: #2456a6; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 3rem; color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-top: 0.5rem;
  border-top: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
.vision { margin: 0.5rem 0; padding: 0.4rem 0.9rem; border-left: 4px solid var(--accent);
  font-style: italic; }
.period { color: var(--soft); margin: 0.25rem 0 1rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.45rem; text-align: left;
  vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.checks th { font-size: 0.8rem; }
ul.facts { padding-left: 1.2rem; margin: 0.4rem 0; }
.summary { font-weight: 600; }
figure { margin: 0.5rem 0; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  fill: var(--soft); }
.chart .axis { stroke: var(--line); stroke-width: 1; }
.chart .goal { stroke: var(--goal); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5;
  stroke-linejoin: round; stroke-linecap: round; }
.chart .dot { fill: var(--accent); }
.cal .done { fill: var(--done); }
.cal .missed { fill: #fff; stroke: var(--missed); stroke-width: 1.5; }
.cal .missed-x { stroke: var(--missed); stroke-width: 1.8; stroke-linecap: round; }
.cal .skip { fill: #fff; stroke: var(--skip); stroke-width: 1.5; }
.cal .skip-bar { stroke: var(--skip); stroke-width: 2.5; }
.cal .not-due { fill: #9aa1ac; }
.cal text.week { font-variant-numeric: tabular-nums; }
.chart text.week { font-variant-numeric: tabular-nums; }
.chart .tick { stroke: var(--line); stroke-width: 1; }
.chart .week-dot { fill: var(--accent); }
figure.calendar { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: flex-start; }
figure.calendar svg { flex: none; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.3rem 0;
  list-style: none; font-size: 0.88rem; color: var(--soft); }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.legend svg { width: 14px; height: 14px; }
.notes { padding-left: 1.2rem; }
.notes .mark { color: var(--soft); }
footer { margin-top: 2.5rem; color: var(--soft); font-size: 0.85rem; }
@media (max-width: 640px) {
  body { padding: 0.75rem 0.75rem 2rem; font-size: 15px; }
  table { font-size: 0.82rem; }
  th { font-size: 0.78rem; }
  th, td { padding: 0.25rem 0.25rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  figure, table, .legend { break-inside: avoid; page-break-inside: avoid; }
  section.step { break-before: page; page-break-before: always; }
  .scroll { overflow: visible; }
}
"""

# Nothing but the page's own styles and inline images may load: no script, nothing fetched.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# The calendar: one row per week, named by its Monday, Monday first; a block of at most half
# a year, the blocks side by side where the page is wide enough and one under the other on
# a phone. A row is 22 px: half a year is 590 px tall, readable without zooming; the day
# letters above (lu, ma, me) need the 22.
CELL = 18
PITCH = 22
LABEL = 84
"""Room for a week's name in the charts' 11 px type, "28 sept. 2026" being the longest."""
HEADER = 16
WEEKS_PER_BLOCK = 26

# The strength chart's drawing area, in SVG units (the image scales to the page's width).
CHART_W, CHART_H = 640, 190
LEFT, RIGHT, TOP, BOTTOM = 42, 88, 12, 28
WEEK_NAMES = 6  # at most, under the chart: "28 sept. 2026" and five shorter ones fit its 510


def html_report(store: Store, today: date, period: Period | None = None) -> str:
    """The report as one HTML page in the current language. Ends with exactly one newline."""
    period = period or Period.whole(store, today)
    goal = store.settings.strength_goal
    title = escape(t("export.title"))
    body = [f"<h1>{title}</h1>"]
    if store.vision and store.vision.strip():
        body.append(
            f'<blockquote class="vision"><p>{escape(store.vision.strip())}</p></blockquote>'
        )
    body.append(f'<p class="period">{escape(period_line(period))}</p>')
    body.append(f'<section id="path">\n<h2>{escape(t("export.path"))}</h2>')
    reports = step_reports(store, period)
    body.append(
        _path_table(store, reports, period) if store.steps else f"<p>{escape(t('path.empty'))}</p>"
    )
    body.append("</section>")
    if wins := period.wins_of(store):
        items = "\n".join(
            f"<li><time>{win.on.isoformat()}</time> {escape(win.text)}</li>" for win in wins
        )
        body.append(f'<section id="wins">\n<h2>{escape(t("export.wins"))}</h2>')
        body.append(f'<ul class="notes">\n{items}\n</ul>\n</section>')
    for number, report in reported(reports, period):
        body.append(_section(number, report, period, goal))
    body.append(f"<footer><p>{escape(t('html.footer', day=today.isoformat()))}</p></footer>")
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    )
    return head + "\n".join(body) + "\n</body>\n</html>\n"


def _path_table(store: Store, reports: list[StepReport | None], period: Period) -> str:
    header = path_header()
    classes = ["num", "", "", "date", "date", "num", "num"]
    head = "".join(
        f'<th scope="col"{_class(kind)}>{escape(name)}</th>'
        for name, kind in zip(header, classes, strict=True)
    )
    rows = []
    for row in path_rows(store, reports, period):
        cells = "".join(
            f"<td{_class(kind)}>{escape(cell)}</td>"
            for cell, kind in zip(row, classes, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    return _table(head, rows, "path")


def _class(kind: str) -> str:
    return f' class="{kind}"' if kind else ""


def _table(head: str, rows: list[str], kind: str) -> str:
    body = "\n".join(rows)
    return (
        f'<div class="scroll"><table class="{kind}">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table></div>"
    )


def _section(number: int, report: StepReport, period: Period, goal: float) -> str:
    step = report.step
    lines = facts(report, goal, lambda text: text)
    summary = report.summary()
    items = "\n".join(
        f'<li class="summary">{escape(line)}</li>'
        if line == summary
        else f"<li>{escape(line)}</li>"
        for line in lines
    )
    parts = [
        f'<section class="step" id="step-{number}" data-step="{escape(step.id)}">',
        f"<h2>{number}. {escape(step.title)}</h2>",
        f'<ul class="facts">\n{items}\n</ul>',
    ]
    if not report.watched_only:  # automatic all through the period: no days of its own
        parts += [
            f"<h3>{escape(t('html.chart'))}</h3>",
            _strength_chart(report, period, goal),
            f"<h3>{escape(t('export.calendar'))}</h3>",
            _calendar(report),
            _legend(report.to_log, report.automatic),
            f"<h3>{escape(t('export.selfchecks'))}</h3>",
            _selfchecks(report.checks)
            if report.checks
            else f"<p>{escape(t('export.selfchecks_none'))}</p>",
        ]
    if report.maintenance:  # once automatic: its maintenance checks, then its lapses
        parts.append(f"<h3>{escape(t('export.maintenance'))}</h3>")
        parts.append(
            _dated((check.on, maintenance_answer(check.answer)) for check in report.maintenance)
        )
    if report.slips:
        parts.append(f"<h3>{escape(t('export.slips'))}</h3>")
        parts.append(_dated(report.slips))
    if period.notes and not report.watched_only:
        parts.append(f"<h3>{escape(t('export.notes'))}</h3>")
        if report.notes:
            notes = "\n".join(
                f'<li><time datetime="{day.isoformat()}">{day.isoformat()}</time> '
                f'<span class="mark">({escape(t(f"mark.{mark}"))})</span> {escape(note)}</li>'
                for day, mark, note in report.notes
            )
            parts.append(f'<ul class="notes">\n{notes}\n</ul>')
        else:
            parts.append(f"<p>{escape(t('export.notes_none'))}</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _dated(items: Iterable[tuple[date, str | None]]) -> str:
    """A list of days, each with its text if any (escaped here)."""
    lines = "\n".join(
        f'<li><time datetime="{day.isoformat()}">{day.isoformat()}</time>'
        + (f" {escape(text)}" if text else "")
        + "</li>"
        for day, text in items
    )
    return f'<ul class="notes">\n{lines}\n</ul>'


# --- the strength chart --------------------------------------------------------------------


def _weekly_strength(report: StepReport, period: Period) -> list[tuple[date, float]]:
    """The step's strength at the end of each of its weeks in the period (the last one at
    the period's end)."""
    points = weekly_strength(report.step, report.first, report.last, period.today)
    return [(monday, floored(strength, 4)) for monday, strength in points]


def _strength_chart(report: StepReport, period: Period, goal: float) -> str:
    points = _weekly_strength(report, period)
    plot_w = CHART_W - LEFT - RIGHT
    plot_h = CHART_H - TOP - BOTTOM

    def x(index: int) -> float:
        return LEFT + (plot_w * index / (len(points) - 1) if len(points) > 1 else plot_w / 2)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value)

    first, last = points[0][0].isoformat(), points[-1][0].isoformat()
    label = t(
        "html.chart_label",
        first=first,
        last=last,
        start=percent(points[0][1]),
        end=percent(points[-1][1]),
        goal=percent(goal),
    )
    shapes = [
        f'<svg class="chart" viewBox="0 0 {CHART_W} {CHART_H}" width="{CHART_W}" '
        f'height="{CHART_H}" role="img" aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
    ]
    for value in (0.0, 0.5, 1.0):
        shapes.append(
            f'<line class="axis" x1="{LEFT}" y1="{y(value):.1f}" x2="{LEFT + plot_w}" '
            f'y2="{y(value):.1f}"/>'
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">'
            f"{escape(percent(value))}</text>"
        )
    shapes.append(
        f'<line class="goal" x1="{LEFT}" y1="{y(goal):.1f}" x2="{LEFT + plot_w}" '
        f'y2="{y(goal):.1f}"/>'
        f'<text x="{LEFT + plot_w + 6}" y="{y(goal) + 4:.1f}">'
        f"{escape(t('html.goal', goal=percent(goal)))}</text>"
    )
    coords = " ".join(f"{x(i):.1f},{y(value):.1f}" for i, (_, value) in enumerate(points))
    if len(points) > 1:
        shapes.append(f'<polyline class="line" points="{coords}"/>')
    # Every week a tick and a dot that tells its strength when pointed at; a name under as
    # many weeks as fit, evenly spaced, the first always.
    every = -(-len(points) // WEEK_NAMES)  # ceiling division
    base = TOP + plot_h
    for index, (monday, value) in enumerate(points):
        told = t("html.week_point", week=_day_name(monday, True), strength=percent(value))
        shapes.append(
            f'<line class="tick" x1="{x(index):.1f}" y1="{base}" x2="{x(index):.1f}" '
            f'y2="{base + 4}"/>'
            f'<circle class="week-dot" cx="{x(index):.1f}" cy="{y(value):.1f}" r="2.5">'
            f"<title>{escape(told)}</title></circle>"
        )
        if index % every == 0:
            with_year = index == 0 or monday.year != points[index - every][0].year
            anchor = "start" if index == 0 and len(points) > 1 else "middle"
            shapes.append(
                f'<text class="week" x="{x(index):.1f}" y="{CHART_H - 8}" '
                f'text-anchor="{anchor}">{escape(_day_name(monday, with_year))}</text>'
            )
    end_x, end_y = x(len(points) - 1), y(points[-1][1])
    shapes.append(f'<circle class="dot" cx="{end_x:.1f}" cy="{end_y:.1f}" r="4"/>')
    shapes.append("</svg>")
    return "<figure>" + "\n".join(shapes) + "</figure>"


# --- the calendar heatmap ------------------------------------------------------------------


def _calendar(report: StepReport) -> str:
    """One row per week, named by its Monday (in the page's language), Monday first, in
    blocks of half a year; each state a shape of its own (filled, crossed, barred, a dot),
    so that it reads without colour too, and each day says what it was when pointed at."""
    weeks = report.calendar()
    blocks = [
        weeks[start : start + WEEKS_PER_BLOCK] for start in range(0, len(weeks), WEEKS_PER_BLOCK)
    ]
    letters = [t(f"weekday.{day}")[:2] for day in range(7)]
    figures = []
    for block in blocks:
        width = LABEL + PITCH * 7
        height = HEADER + PITCH * len(block)
        label = t(
            "html.calendar_label",
            first=block[0][0].isoformat(),
            last=(block[-1][0] + timedelta(days=6)).isoformat(),
        )
        shapes = [
            f'<svg class="cal" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img" aria-label="{escape(label)}">',
            f"<title>{escape(label)}</title>",
        ]
        for weekday, letter in enumerate(letters):
            middle = LABEL + PITCH * weekday + CELL / 2
            place = f'x="{middle:g}" y="{HEADER - 5}" text-anchor="middle"'
            shapes.append(f"<text {place}>{escape(letter)}</text>")
        for row, (monday, states) in enumerate(block):
            top = HEADER + PITCH * row
            # The year on the block's first row and where a year begins.
            with_year = row == 0 or monday.year != block[row - 1][0].year
            shapes.append(
                f'<text class="week" x="{LABEL - 6}" y="{top + CELL - 4}" text-anchor="end">'
                f"{escape(_day_name(monday, with_year))}</text>"
            )
            for column, state in enumerate(states):
                cell = _cell(LABEL + PITCH * column, top, state)
                if cell:
                    day = monday + timedelta(days=column)
                    shapes.append(f"<g><title>{escape(_day_title(day, state))}</title>{cell}</g>")
        shapes.append("</svg>")
        figures.append("\n".join(shapes))
    return '<figure class="calendar">' + "\n".join(figures) + "</figure>"


def _day_name(day: date, with_year: bool = False) -> str:
    """A date in the page's own words, "Sep 7" / « 7 sept. », with its year if asked."""
    values = {"day": day.day, "month": t(f"month.short.{day.month}"), "year": day.year}
    return t("html.week_year" if with_year else "html.week", **values)


def _day_title(day: date, state: str) -> str:
    return t(
        "html.day",
        weekday=t(f"weekday.full.{day.weekday()}"),
        day=day.day,
        month=t(f"month.{day.month}"),
        year=day.year,
        state=t(f"html.legend.{state}"),
    )


def _cell(left: int, top: int, state: str) -> str:
    if state == "done":
        return f'<rect class="done" x="{left}" y="{top}" width="{CELL}" height="{CELL}" rx="2"/>'
    box = f'x="{left + 0.75}" y="{top + 0.75}" width="{CELL - 1.5}" height="{CELL - 1.5}" rx="2"'
    if state == "missed":
        a, b = left + 3.5, left + CELL - 3.5
        c, d = top + 3.5, top + CELL - 3.5
        return (
            f'<rect class="missed" {box}/>'
            f'<path class="missed-x" d="M{a} {c}L{b} {d}M{b} {c}L{a} {d}"/>'
        )
    if state == "skip":
        middle = top + CELL / 2
        return (
            f'<rect class="skip" {box}/>'
            f'<line class="skip-bar" x1="{left + 3}" y1="{middle}" x2="{left + CELL - 3}" '
            f'y2="{middle}"/>'
        )
    if state == "not_due":
        return f'<circle class="not-due" cx="{left + CELL / 2}" cy="{top + CELL / 2}" r="2"/>'
    if state == "to_log":  # a dashed box, waiting to be filled in; styled in place (the
        # page's style sheet stays as it was for the reports, most of them, without one)
        return (
            f'<rect class="to-log" {box} fill="#fff" stroke="#2456a6" stroke-width="1.5" '
            'stroke-dasharray="2.5 2"/>'
        )
    if state == "automatic":  # a light outlined box: the step ran on its own, watched by
        # its maintenance checks, until it was rebuilt; styled in place, as the box to log
        return f'<rect class="automatic" {box} fill="#e6f2eb" stroke="#1f7a4d" stroke-width="1"/>'
    return ""


def _legend(to_log: bool = False, automatic: bool = False) -> str:
    """The calendar's legend; "automatic" and "to log" only under a calendar that shows
    such a day."""
    items = []
    states = ["done", "missed", "skip", "not_due"]
    if automatic:
        states.append("automatic")
    if to_log:
        states.append("to_log")
    for state in states:
        icon = (
            f'<svg class="cal" viewBox="-1 -1 {CELL + 2} {CELL + 2}" width="14" height="14" '
            f'aria-hidden="true">{_cell(0, 0, state)}</svg>'
        )
        items.append(f"<li>{icon}{escape(t(f'html.legend.{state}'))}</li>")
    return '<ul class="legend">' + "".join(items) + "</ul>"


# --- self-checks ---------------------------------------------------------------------------


def _selfchecks(checks: list[SelfCheck]) -> str:
    header = [t("export.col.date"), *(t(f"export.col.q{n}") for n in range(1, 5))]
    header.append(t("export.col.score"))
    head = "".join(
        f'<th scope="col"{_class("num" if index else "")}>{escape(name)}</th>'
        for index, name in enumerate(header)
    )
    rows = [
        f'<tr><td class="date">{check.date.isoformat()}</td>'
        + "".join(f'<td class="num">{answer}</td>' for answer in check.answers)
        + f'<td class="num">{escape(decimal(check.score))}</td></tr>'
        for check in checks
    ]
    return _table(head, rows, "checks")
