"""The CSV export: one row per recorded mark (and per win), no cell a spreadsheet would run."""

from __future__ import annotations

from datetime import date

from petitspas.core.model import Store
from petitspas.present.report import Period

CSV_HEADER = ("step_id", "step_title", "date", "mark", "note", "written_at")


def to_csv(store: Store, today: date | None = None, period: Period | None = None) -> str:
    """One row per recorded mark (within the period), in path order then date order; an
    empty note for none, or when the notes are left out; no cell a spreadsheet would run."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for step in store.steps:
        for day in sorted(step.marks):
            if period is not None and not period.first <= day <= period.last:
                continue
            mark = step.marks[day]
            row = (
                step.id,
                step.title,
                day.isoformat(),
                mark.mark,
                (mark.note or "") if period is None or period.notes else "",
                mark.written_at,
            )
            writer.writerow([_inert(cell) for cell in row])
    wins = store.wins if period is None else period.wins_of(store)
    for win in wins:  # the cahier de réussites: a row each, its text in the note's column
        writer.writerow(
            [_inert(cell) for cell in ("", "", win.on.isoformat(), "win", win.text, win.written_at)]
        )
    return buffer.getvalue()


def _inert(cell: str) -> str:
    """A cell no spreadsheet runs as a formula: one that starts with = + - @, a tab or a
    carriage return gets a leading ' (OWASP's advice against CSV injection)."""
    return f"'{cell}" if cell.startswith(("=", "+", "-", "@", "\t", "\r")) else cell
