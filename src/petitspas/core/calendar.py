"""Log days, schedules and date parsing; pure: the caller passes `today` or `now`."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from petitspas.errors import RuleError, UsageError
from petitspas.i18n import t

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs the prompt's status ~5 ms
if TYPE_CHECKING:
    from collections.abc import Iterator

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Weekdays in English or French, short or full, are accepted on input; the store always
# keeps the short English ones.
_WEEKDAY_NAMES = (
    WEEKDAYS,
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
)
_WEEKDAY_ALIASES = {name: index for names in _WEEKDAY_NAMES for index, name in enumerate(names)}
_NAMED_SCHEDULES = {
    "workdays": frozenset(range(5)),
    "weekdays": frozenset(range(5)),  # what many say for Mon-Fri; kept as `workdays`
    "ouvres": frozenset(range(5)),
    "ouvrés": frozenset(range(5)),
    "jours ouvres": frozenset(range(5)),
    "jours ouvrés": frozenset(range(5)),
    "daily": frozenset(range(7)),
    "quotidien": frozenset(range(7)),
}
# The dates petitspas works with: far enough from date.min/max that weeks and forecasts
# around them never overflow.
FIRST_YEAR, LAST_YEAR = 1900, 9998
_RELATIVE = re.compile(r"-([0-9]+)")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def parse_day_start(text: str) -> time:
    """The hour a new log day begins, from `HH:MM`."""
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise UsageError(t("day_start.invalid", value=text))
    return time(int(match[1]), int(match[2]))


def log_day(now: datetime, day_starts_at: time) -> date:
    """The day a log written at `now` belongs to: before `day_starts_at` it is still yesterday."""
    if now.time() < day_starts_at:
        return now.date() - timedelta(days=1)
    return now.date()


@lru_cache(maxsize=64)
def schedule_days(schedule: str) -> frozenset[int]:
    """The weekdays (0 = Monday) a schedule makes due; raises UsageError if it does not parse."""
    text = " ".join(schedule.lower().split())
    if text in _NAMED_SCHEDULES:
        return _NAMED_SCHEDULES[text]
    names = [name.strip() for name in text.split(",")]
    wrong = [name for name in names if name not in _WEEKDAY_ALIASES]
    if wrong and len(names) > 1:  # a list of days: name the part that is not one
        raise UsageError(t("schedule.not_a_day", part=wrong[0], value=schedule))
    if wrong:
        raise UsageError(t("schedule.invalid", value=schedule))
    return frozenset(_WEEKDAY_ALIASES[name] for name in names)


def canonical_schedule(schedule: str) -> str:
    """The form the store keeps: `workdays`, `daily` or weekdays in week order (`mon,wed`)."""
    days = schedule_days(schedule)
    if days == _NAMED_SCHEDULES["workdays"]:
        return "workdays"
    if days == _NAMED_SCHEDULES["daily"]:
        return "daily"
    return ",".join(WEEKDAYS[day] for day in sorted(days))


def instant(written_at: str) -> datetime:
    """A `written_at` stamp as an aware datetime, so stamps with different offsets compare
    by the moment they name (a naive stamp, never written by petitspas, is taken as UTC)."""
    moment = datetime.fromisoformat(written_at)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def just_after(written_at: str) -> str:
    """A stamp one second after `written_at`, in its offset: what comes right after it."""
    moment = datetime.fromisoformat(written_at) + timedelta(seconds=1)
    return moment.isoformat(timespec="seconds")


def schedule_label(schedule: str) -> str:
    """A stored schedule for people: "Mon–Fri", "every day", "Mon,Wed,Fri" / "lun,mer,ven"."""
    if schedule in ("workdays", "daily"):
        return t(f"schedule.{schedule}")
    return ",".join(t(f"weekday.{day}") for day in sorted(schedule_days(schedule)))


def is_due(schedule: str, day: date) -> bool:
    return day.weekday() in schedule_days(schedule)


def weekday_name(day: date) -> str:
    """ "Friday" / « vendredi »."""
    return t(f"weekday.full.{day.weekday()}")


def day_words(day: date) -> str:
    """A day as a person says it: "Friday 2026-11-06" / « vendredi 2026-11-06 »."""
    return f"{weekday_name(day)} {day.isoformat()}"


def days_between(first: date, last: date) -> Iterator[date]:
    """Every day from `first` to `last`, both included."""
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def parse_date(text: str, today: date) -> date:
    """A DATE argument: ISO `2026-11-27`, `today`, `yesterday` or `-N` (N days ago).

    `today` is the current log day. A text that does not name a real day is a UsageError;
    whether the day is allowed (not in the future, not before the step) is the caller's rule.
    """
    word = text.strip().lower()
    if word in ("today", "aujourd'hui", "aujourdhui"):
        return today
    if word in ("yesterday", "hier"):
        return today - timedelta(days=1)
    shown = shown_as_typed(text)
    relative = _RELATIVE.fullmatch(word)
    if relative:
        # A real count of days, but one that may leave the years any rule accepts.
        days = int(relative[1]) if len(relative[1]) <= 7 else 10**7
        if days > (today - date(FIRST_YEAR, 1, 1)).days:
            raise RuleError(t("date.out_of_range", value=shown))
        return today - timedelta(days=days)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", word):
        try:
            day = date.fromisoformat(word)
        except ValueError:
            raise UsageError(t("date.not_a_day", value=shown)) from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:  # a real day, but one no rule accepts
            raise RuleError(t("date.out_of_range", value=shown))
        return day
    raise UsageError(t("date.unknown", value=shown))


def shown_as_typed(text: str) -> str:
    """`text` as a message may quote it: control characters (an escape code that would
    recolour or clear the terminal) written out as `\\x1b`, never sent raw nor dropped."""
    return _UNPRINTABLE.sub(lambda match: f"\\x{ord(match[0]):02x}", text)
