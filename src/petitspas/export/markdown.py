"""The markdown export: the vision, the period, the path, the wins, a section per step."""

from __future__ import annotations

import functools
import re
from datetime import date

from petitspas.core.model import SelfCheck, Store
from petitspas.export.wording import (
    facts,
    maintenance_answer,
    path_header,
    path_rows,
    period_line,
)
from petitspas.i18n import decimal, t
from petitspas.present.report import Period, StepReport, reported, step_reports

# Every ASCII character that can open markdown (CommonMark and GitHub's extensions: tables,
# strikethrough, math, entities) is backslash-escaped; a backslash before any ASCII
# punctuation renders as the character itself, so over-escaping costs nothing. `#` is
# escaped everywhere: a trailing ` #` would be eaten as the closing sequence of a heading.
_MD_SPECIAL = re.compile(r"([\\`*_<>\[\]|&~$#])")
# At the start of a line these open a list or a rule.
_MD_LINE_START = re.compile(r"^([+=-])|^(\d+)([.)])")
# The CLI refuses control characters, but a hand-edited store may still hold a line break
# that would cut a table row or a list item in two.
_BREAKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def md_escape(text: str) -> str:
    """User text made safe to place anywhere in the markdown export, table cells included."""
    flat = _BREAKS.sub(" ", text).strip()
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _MD_LINE_START.sub(
        lambda match: f"\\{match[1]}" if match[1] else f"{match[2]}\\{match[3]}", escaped
    )


def markdown(store: Store, today: date, period: Period | None = None) -> str:
    """A progress report in the current language: vision, period, path, then one section per
    step active within the period. Ends with exactly one newline."""
    period = period or Period.whole(store, today)
    blocks = [f"# {t('export.title')}"]
    if vision := md_escape(store.vision or ""):
        blocks.append(f"> {vision}")
    blocks.append(period_line(period))
    blocks.append(f"## {t('export.path')}")
    reports = step_reports(store, period)
    blocks.append(_path_table(store, reports, period) if store.steps else t("path.empty"))
    if wins := period.wins_of(store):
        blocks.append(f"## {t('export.wins')}")
        blocks.append("\n".join(f"- {win.on.isoformat()} — {md_escape(win.text)}" for win in wins))
    for number, report in reported(reports, period):
        blocks.extend(_section(number, report, period, store.settings.strength_goal))
    return "\n\n".join(blocks) + "\n"


def _path_table(store: Store, reports: list[StepReport | None], period: Period) -> str:
    rows = path_rows(store, reports, period)
    for row in rows:
        row[1] = md_escape(row[1])
    return _table(path_header(), rows, "rllllrr")


def _section(number: int, report: StepReport, period: Period, goal: float) -> list[str]:
    blocks = [
        f"## {number}. {md_escape(report.step.title)}",
        "\n".join(f"- {fact}" for fact in facts(report, goal, md_escape)),
    ]
    if not report.watched_only:
        blocks.append(f"### {t('export.selfchecks')}")
        blocks.append(
            _selfcheck_table(report.checks) if report.checks else t("export.selfchecks_none")
        )
    if report.maintenance:  # once automatic: its maintenance checks, then its lapses
        answers = (
            t("export.dated", day=check.on.isoformat(), text=maintenance_answer(check.answer))
            for check in report.maintenance
        )
        blocks += [f"### {t('export.maintenance')}", "\n".join(f"- {line}" for line in answers)]
    if report.slips:
        blocks.append(f"### {t('export.slips')}")
        blocks.append("\n".join(f"- {_lapse(day, note)}" for day, note in report.slips))
    if report.watched_only:  # automatic all through the period: its checks and lapses say it
        return blocks
    blocks += [
        f"### {t('export.calendar')}",
        _calendar_table(report),
        legend(report.to_log, report.automatic),
    ]
    if period.notes:
        notes = [
            t("export.note", day=day.isoformat(), mark=t(f"mark.{mark}"), text=text)
            for day, mark, note in report.notes
            if (text := md_escape(note))
        ]
        blocks.append(f"### {t('export.notes')}")
        blocks.append("\n".join(f"- {note}" for note in notes) if notes else t("export.notes_none"))
    return blocks


def _lapse(day: date, note: str | None) -> str:
    """A lapse: its day in bold, and its note when it has one (none when left out)."""
    if text := md_escape(note or ""):
        return t("export.dated", day=day.isoformat(), text=text)
    return f"**{day.isoformat()}**"


def _selfcheck_table(checks: list[SelfCheck]) -> str:
    header = [t("export.col.date"), *(t(f"export.col.q{n}") for n in range(1, 5))]
    header.append(t("export.col.score"))
    rows = [
        [check.date.isoformat(), *map(str, check.answers), decimal(check.score)] for check in checks
    ]
    return _table(header, rows, "lrrrrr")


MARK_SIGNS = {"done": "✓", "missed": "✗", "skip": "~"}
"""The calendar's sign for each mark; a past due day without a mark shows as missed, or as
to log (TO_LOG) within the look-back."""
TO_LOG = "?"
"""The calendar's sign for a due day still to log (`progress.due_state`)."""
NOT_DUE = "·"
"""The calendar's sign for a day the schedule does not make due."""
AUTOMATIC = "○"
"""The calendar's sign for a due day while the step was automatic, before a rebuild: an
empty circle, like the HTML calendar's light outlined cell."""
SIGNS = {**MARK_SIGNS, "to_log": TO_LOG, "automatic": AUTOMATIC, "not_due": NOT_DUE, "": ""}


def _calendar_table(report: StepReport) -> str:
    """Week by week from the step's first week in the period to its last."""
    rows = [
        [monday.isoformat(), *(SIGNS[state] for state in states)]
        for monday, states in report.calendar()
    ]
    header = [t("export.col.week_of"), *(t(f"weekday.{day}") for day in range(7))]
    return _table(header, rows, "lccccccc")


def legend(to_log: bool = False, automatic: bool = False) -> str:
    """The calendar's legend; "○ automatic" and "? to log" only under a calendar that shows
    one."""
    text = t(
        "export.legend",
        done=MARK_SIGNS["done"],
        missed=MARK_SIGNS["missed"],
        skip=MARK_SIGNS["skip"],
        not_due=NOT_DUE,
    )
    if automatic:
        text = f"{text} {t('export.legend_automatic', automatic=AUTOMATIC)}"
    return f"{text} {t('export.legend_to_log', to_log=TO_LOG)}" if to_log else text


def _table(header: list[str], rows: list[list[str]], align: str) -> str:
    """A pipe table padded so that its columns line up in the markdown source too.

    `align` holds one letter per column: l(eft), r(ight) or c(entre).
    """
    lines = [header, *rows]
    sizes = [[_width(cell) for cell in cells] for cells in lines]  # each cell measured once
    widths = [max(3, *column) for column in zip(*sizes, strict=True)]

    def line(cells: list[str], cell_sizes: list[int]) -> str:
        padded = map(_pad, cells, cell_sizes, widths, align)
        return "| " + " | ".join(padded) + " |"

    rule = "| " + " | ".join(map(_rule, widths, align)) + " |"
    body = [line(cells, cell_sizes) for cells, cell_sizes in zip(lines, sizes, strict=True)]
    return "\n".join([body[0], rule, *body[1:]])


def _rule(width: int, how: str) -> str:
    if how == "r":
        return "-" * (width - 1) + ":"
    if how == "c":
        return ":" + "-" * (width - 2) + ":"
    return "-" * width


def _pad(cell: str, size: int, width: int, how: str) -> str:
    room = width - size
    if how == "r":
        return " " * room + cell
    if how == "c":
        return " " * (room // 2) + cell + " " * (room - room // 2)
    return cell + " " * room


_ZERO_WIDTH = frozenset({"Mn", "Me", "Cf", "Cc"})  # categories: marks, format, control


@functools.lru_cache(maxsize=4096)  # a calendar's cells are a handful of signs, repeated
def _width(text: str) -> int:
    """Cells `text` takes in a terminal or a monospace editor, as Rich's cell_len counts
    them (render.py pads with it), without importing Rich for a markdown file.

    By grapheme cluster, not by code point: wide East Asian characters and emoji count
    two; combining marks, format characters (U+200B…), skin-tone modifiers and whatever a
    zero-width joiner joins to the emoji before it count nothing (👩‍👩‍👧‍👦 and 👍🏽 are one
    emoji each); a variation selector 16 makes the symbol before it an emoji (❤️, 1️⃣).
    """
    if text.isascii():  # most cells: dates, numbers, English words
        return len(text)
    import unicodedata

    width = 0
    last = ""  # the last character that took a cell: what a variation selector widens
    characters = iter(text)
    for char in characters:
        if char == "\u200d":  # zero-width joiner: the next character is drawn in this one
            next(characters, None)
        elif char == "\ufe0f":
            if last and (last in "#*0123456789" or unicodedata.category(last)[0] == "S"):
                width += unicodedata.east_asian_width(last) not in "WF"
            last = ""
        elif unicodedata.category(char) in _ZERO_WIDTH and char != "\u00ad":
            pass  # a mark on the character before, or invisible (a soft hyphen shows)
        elif "\U0001f3fb" <= char <= "\U0001f3ff":
            pass  # a skin tone shades the emoji before it
        else:
            width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
            last = char
    return width
