"""The week's wins to share (the Friday cahier de réussites): `wins` as data, text,
markdown or one self-contained HTML page.

A digest holds the vision and the wins, day by day, and nothing else: no note of a day (the
manager's private mirror), no miss, no score.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

from petitspas.core.calendar import week_start
from petitspas.core.model import Store
from petitspas.core.wins import week_wins
from petitspas.i18n import language, t, tn


def wins_data(store: Store, week_of: date) -> dict[str, Any]:
    """`wins --json`: the week (its Monday), the vision and the wins, numbered."""
    wins = week_wins(store, week_of)
    return {
        "week": week_start(week_of).isoformat(),
        "vision": store.vision,
        "wins": [
            {"n": number, "on": win.on.isoformat(), "text": win.text}
            for number, win in enumerate(wins, start=1)
        ],
    }


def _days(data: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The wins grouped by day, in order: (ISO day, its wins)."""
    days: list[tuple[str, list[dict[str, Any]]]] = []
    for win in data["wins"]:
        if not days or days[-1][0] != win["on"]:
            days.append((win["on"], []))
        days[-1][1].append(win)
    return days


def _day_name(day: str) -> str:
    moment = date.fromisoformat(day)
    return f"{t(f'weekday.full.{moment.weekday()}').capitalize()} {day}"


def _week_end(data: dict[str, Any]) -> str:
    return (date.fromisoformat(data["week"]) + timedelta(days=6)).isoformat()


def text(data: dict[str, Any]) -> str:
    """What `wins` prints: the week's wins, numbered (for `win --edit N`), day by day."""
    lines = [t("wins.title", first=data["week"], last=_week_end(data))]
    if data["vision"]:
        lines.append(t("wins.vision", vision=data["vision"]))
    if not data["wins"]:
        lines += ["", t("wins.empty")]
        return "\n".join(lines) + "\n"
    for day, wins in _days(data):
        lines += ["", _day_name(day)]
        lines += [f"  {win['n']}. {win['text']}" for win in wins]
    lines += ["", tn("wins.count", len(data["wins"]))]
    return "\n".join(lines) + "\n"


def _md(value: str) -> str:
    """Text as markdown reads it literally (a win is the manager's words, not markup)."""
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|~" else char for char in value)


def markdown(data: dict[str, Any]) -> str:
    """The digest for a team channel."""
    lines = [f"# {t('wins.title', first=data['week'], last=_week_end(data))}", ""]
    if data["vision"]:
        lines += [f"> {_md(data['vision'])}", ""]
    if not data["wins"]:
        return "\n".join([*lines, t("wins.empty_shared"), ""])
    for day, wins in _days(data):
        lines += [f"## {_day_name(day)}", ""]
        lines += [f"- {_md(win['text'])}" for win in wins]
        lines.append("")
    return "\n".join(lines)


_CSS = """
body { font: 18px/1.5 system-ui, sans-serif; margin: 0; color: #1d2a33; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
.day { white-space: nowrap; }
blockquote { margin: 0 0 1.5rem; padding: .75rem 1rem; border-left: .3rem solid #2f7d5b;
  background: #eef6f1; font-style: italic; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; color: #2f7d5b; }
ul { margin: 0; padding-left: 1.4rem; }
li { margin: .35rem 0; overflow-wrap: anywhere; }
p.empty { color: #5b6b75; }
@media print { body { font-size: 12pt; } main { max-width: none; padding: 0; }
  blockquote { background: none; } }
"""


def html_page(data: dict[str, Any]) -> str:
    """One self-contained page for the stand-up's screen: inline CSS, no script, nothing
    fetched; it reads on a phone, on a wall screen and on paper."""
    title = t("wins.title", first=data["week"], last=_week_end(data))
    # The dates kept whole on a narrow screen: a line never breaks inside 2026-11-23.
    heading = html.escape(t("wins.title", first="\x00", last="\x01"))
    for marker, day in (("\x00", data["week"]), ("\x01", _week_end(data))):
        heading = heading.replace(marker, f'<span class="day">{day}</span>')
    body = [f"<h1>{heading}</h1>"]
    if data["vision"]:
        body.append(f"<blockquote>{html.escape(data['vision'])}</blockquote>")
    if not data["wins"]:
        body.append(f'<p class="empty">{html.escape(t("wins.empty_shared"))}</p>')
    for day, wins in _days(data):
        items = "\n".join(f"<li>{html.escape(win['text'])}</li>" for win in wins)
        name = html.escape(_day_name(day)).replace(day, f'<span class="day">{day}</span>')
        body += [f"<h2>{name}</h2>", f"<ul>\n{items}\n</ul>"]
    from petitspas.export.html import POLICY  # the export's: nothing fetched, no script

    return (
        f'<!DOCTYPE html>\n<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


FORMATS = {"text": text, "md": markdown, "html": html_page}  # export.DIGESTS names them


def renderer(form: str) -> Any:
    """The digest `wins --format` names."""
    if form not in FORMATS:
        from petitspas.errors import UsageError

        raise UsageError(t("wins.bad_format", format=form))
    return FORMATS[form]
