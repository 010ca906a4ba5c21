"""What a person typed at the command line or a prompt, read: marks, ratings, yes or no,
a catalog key, a number of weeks, a week to review, a period to export."""

from __future__ import annotations

from datetime import date, timedelta

from petitspas.core.calendar import parse_date
from petitspas.core.model import (
    Mark,
    Store,
)
from petitspas.core.progress import first_day
from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs a cold status ~3 ms
if TYPE_CHECKING:
    from petitspas.core.catalog import CatalogStep
    from petitspas.present.report import Period

# --- what a person typed ---------------------------------------------------------------------

# Whole words only: "pas fait" must not be read as "p" (a planned pause).
MARK_ANSWERS: dict[str, Mark] = {
    **dict.fromkeys(("y", "yes", "o", "oui", "done", "fait"), "done"),
    **dict.fromkeys(("n", "no", "non", "missed", "manqué", "manque"), "missed"),
    **dict.fromkeys(("s", "skip", "p", "pause"), "skip"),
}


def chosen_mark(
    *, done: bool, missed: bool, skip: bool, clear: bool, note: str | None,
    clear_note: bool = False,
) -> Mark | None:  # fmt: skip
    """The one mark `log`'s flags give (None: none given); two marks, --clear or
    --clear-note with anything else, or an empty --note, is a usage error."""
    flags: tuple[tuple[Mark, bool], ...] = (("done", done), ("missed", missed), ("skip", skip))
    chosen = [mark for mark, given in flags if given]
    if len(chosen) > 1:
        raise UsageError(t("log.two_marks"))
    if clear and (chosen or note is not None or clear_note):
        raise UsageError(t("log.clear_alone"))
    if clear_note and (chosen or note is not None):
        raise UsageError(t("log.clear_note_alone"))
    if note is not None and not note.strip():
        raise UsageError(t("log.empty_note"))
    return chosen[0] if chosen else None


def parse_answers(text: str) -> tuple[int, int, int, int]:
    """`check --answers 6,6,5,6`: four ratings from 1 to 7."""
    ratings = [rating(part) for part in text.split(",")]
    if len(ratings) != 4 or None in ratings:
        raise UsageError(t("check.bad_answers", value=text))
    return ratings[0], ratings[1], ratings[2], ratings[3]  # type: ignore[return-value]


def rating(text: str) -> int | None:
    """A rating 1-7 typed as one ASCII digit ('²'.isdigit() is true, int('²') fails)."""
    text = text.strip()
    return int(text) if len(text) == 1 and text in "1234567" else None


def is_yes(answer: str) -> bool:
    """A yes in either language; anything else is no."""
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def catalog_entry(title: str | None, key: str | None) -> CatalogStep | None:
    """The catalog step `add --from-catalog KEY` names (None without the flag); a title
    with it, or an unknown key, is a usage error."""
    if key is None:
        return None
    if title is not None:
        raise UsageError(t("add.title_and_catalog"))
    from petitspas.core.catalog import catalog_choice

    entry = catalog_choice(key)
    if entry is None:
        raise UsageError(t("add.unknown_catalog", key=key))
    return entry


def check_weeks(weeks: int) -> None:
    """A number of weeks for `review --weeks` or `demo --weeks`: 1 to 520 (ten years)."""
    if not 1 <= weeks <= 520:
        raise UsageError(t("review.bad_weeks", value=weeks))


def review_week(week_of: date, today: date, store: Store) -> date:
    """The day whose week `review --week` shows; not a week still to come, nor one that ended
    before the store's first day."""
    if week_of > today:
        raise RuleError(t("review.future_week", day=week_of.isoformat(), today=today.isoformat()))
    begins = first_day(store.steps)
    if begins is not None and week_of < begins - timedelta(days=begins.weekday()):
        raise RuleError(t("review.before_store", day=week_of.isoformat(), first=begins))
    return week_of


def export_period(
    store: Store, today: date, form: str, first: str | None, last: str | None, notes: bool,
    wins: bool = True,
) -> Period:  # fmt: skip
    """The period `export --from --to` names (DATE texts), checked: a usage error (2) for a
    date that does not parse, a --from after the --to, or a period or --no-notes asked of
    the JSON export (the whole store, always); a --to in the future is refused (1)."""
    from petitspas.present.report import Period  # `export` alone: not every command's

    start = None if first is None else parse_date(first, today)
    end = today if last is None else parse_date(last, today)
    if form == "json" and (first is not None or last is not None or not notes or not wins):
        raise UsageError(t("export.json_whole"))
    for option, day in (("--from", start if last is None else None), ("--to", end)):
        if day is not None and day > today:
            raise RuleError(t("export.future", option=option, day=day, today=today))
    if start is not None and start > end:
        raise UsageError(t("export.bad_period", first=start.isoformat(), last=end.isoformat()))
    whole = Period.whole(store, end, notes)
    return Period(whole.first if start is None else start, end, today, notes, wins)
