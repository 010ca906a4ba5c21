"""Tests for log days, schedules and DATE parsing in petitspas.calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from petitspas import i18n
from petitspas.core.calendar import (
    canonical_schedule,
    days_between,
    is_due,
    log_day,
    parse_date,
    parse_day_start,
    schedule_days,
    week_start,
)
from petitspas.errors import UsageError

TODAY = date(2026, 11, 27)  # a Friday
FOUR = time(4, 0)


# --- log_day -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-28T01:30", date(2026, 11, 27)),
        ("2026-11-28T03:59", date(2026, 11, 27)),
        ("2026-11-28T03:59:59.999999", date(2026, 11, 27)),
        ("2026-11-28T04:00", date(2026, 11, 28)),
        ("2026-11-28T12:00", date(2026, 11, 28)),
        ("2026-11-28T23:59", date(2026, 11, 28)),
        ("2026-11-28T00:00", date(2026, 11, 27)),
        # Across a month and a year boundary.
        ("2026-12-01T02:00", date(2026, 11, 30)),
        ("2027-01-01T00:30", date(2026, 12, 31)),
    ],
)
def test_log_day_with_day_starting_at_four(moment: str, expected: date) -> None:
    assert log_day(datetime.fromisoformat(moment), FOUR) == expected


@pytest.mark.parametrize("clock", ["00:00", "00:01", "01:30", "03:59", "04:00", "12:00", "23:59"])
def test_log_day_with_day_starting_at_midnight_is_the_calendar_day(clock: str) -> None:
    moment = datetime.fromisoformat(f"2026-11-28T{clock}")
    assert log_day(moment, time(0, 0)) == date(2026, 11, 28)


def test_log_day_keeps_the_local_date_of_an_aware_datetime() -> None:
    moment = datetime.fromisoformat("2026-11-28T01:30:00+01:00")
    assert log_day(moment, FOUR) == date(2026, 11, 27)


# --- parse_day_start -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04:00", time(4, 0)),
        ("4:00", time(4, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        (" 05:30 ", time(5, 30)),
    ],
)
def test_parse_day_start_accepts_hh_mm(text: str, expected: time) -> None:
    assert parse_day_start(text) == expected


@pytest.mark.parametrize("text", ["24:00", "4h", "", "04:60", "4", "04:0", "-1:00", "04:00:00"])
def test_parse_day_start_rejects_other_text(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_day_start(text)
    assert caught.value.exit_code == 2


# --- schedules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "days"),
    [
        ("workdays", {0, 1, 2, 3, 4}),
        ("daily", {0, 1, 2, 3, 4, 5, 6}),
        ("fri", {4}),
        ("mon,wed,fri", {0, 2, 4}),
        ("FRI, mon", {0, 4}),
        ("lun,mer,ven", {0, 2, 4}),
        ("sam,dim", {5, 6}),
    ],
)
def test_schedule_days(schedule: str, days: set[int]) -> None:
    assert schedule_days(schedule) == frozenset(days)


@pytest.mark.parametrize(
    ("schedule", "canonical"),
    [
        ("workdays", "workdays"),
        ("daily", "daily"),
        ("fri", "fri"),
        ("mon,wed,fri", "mon,wed,fri"),
        ("FRI, mon", "mon,fri"),
        ("lun,mer,ven", "mon,wed,fri"),
        ("fri,thu,wed,tue,mon", "workdays"),
        ("mon,tue,wed,thu,fri", "workdays"),
        ("mon,tue,wed,thu,fri,sat,sun", "daily"),
        ("sun,sat,fri,thu,wed,tue,mon", "daily"),
        ("sat,sun", "sat,sun"),
        ("mon,mon", "mon"),
    ],
)
def test_canonical_schedule(schedule: str, canonical: str) -> None:
    assert canonical_schedule(schedule) == canonical


@given(st.sets(st.integers(0, 6), min_size=1))
def test_canonical_schedule_is_a_fixed_point(days: set[int]) -> None:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    canonical = canonical_schedule(",".join(names[day] for day in days))
    assert schedule_days(canonical) == frozenset(days)
    assert canonical_schedule(canonical) == canonical


def test_weekdays_is_workdays() -> None:
    for typed in ("weekdays", "Weekdays", "jours  ouvrés", "jours ouvres"):
        assert canonical_schedule(typed) == "workdays"


@pytest.mark.parametrize("schedule", ["funday", "", "mon,,", ",", "mon;wed", "weekends", "mondays"])
def test_invalid_schedule_is_a_usage_error(schedule: str) -> None:
    with pytest.raises(UsageError) as caught:
        schedule_days(schedule)
    assert caught.value.exit_code == 2
    with pytest.raises(UsageError):
        canonical_schedule(schedule)


def test_is_due_follows_the_weekday() -> None:
    friday, saturday = date(2026, 11, 27), date(2026, 11, 28)
    assert is_due("workdays", friday)
    assert not is_due("workdays", saturday)
    assert is_due("daily", saturday)
    assert is_due("fri", friday)
    assert not is_due("fri", friday - timedelta(days=1))


# --- parse_date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-27", date(2026, 11, 27)),
        ("2024-02-29", date(2024, 2, 29)),
        ("today", TODAY),
        ("TODAY", TODAY),
        ("yesterday", date(2026, 11, 26)),
        ("-3", date(2026, 11, 24)),
        ("-0", TODAY),
        ("-27", date(2026, 10, 31)),
        (" -1 ", date(2026, 11, 26)),
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2025-02-29", "2026-00-10"])
def test_parse_date_refuses_a_day_that_does_not_exist(text: str) -> None:
    i18n.set_language("en")
    with pytest.raises(UsageError) as caught:
        parse_date(text, TODAY)
    assert caught.value.exit_code == 2
    assert "not a real day" in caught.value.message
    assert text in caught.value.message


@pytest.mark.parametrize("text", ["someday", "27/11/2026", "+3", "", "3", "-", "2026-11-7", "tmrw"])
def test_parse_date_refuses_unreadable_text(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_date(text, TODAY)
    assert caught.value.exit_code == 2


@settings(max_examples=100, deadline=None)
@given(st.integers(-20 * 366, 20 * 366))
def test_parse_date_reads_back_any_iso_day(offset: int) -> None:
    day = TODAY + timedelta(days=offset)
    assert parse_date(day.isoformat(), TODAY) == day


@settings(max_examples=100, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 12, 31)),
    st.integers(0, 5000),
)
def test_parse_date_minus_n_is_n_days_ago(today: date, n: int) -> None:
    assert parse_date(f"-{n}", today) == today - timedelta(days=n)


# --- week_start and days_between ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 11, 23), date(2026, 11, 23)),  # a Monday is its own week start
        (date(2026, 11, 27), date(2026, 11, 23)),
        (date(2026, 11, 29), date(2026, 11, 23)),  # Sunday ends the week
        (date(2026, 11, 30), date(2026, 11, 30)),
        (date(2027, 1, 1), date(2026, 12, 28)),  # across a year boundary
    ],
)
def test_week_start_is_the_monday(day: date, monday: date) -> None:
    assert week_start(day) == monday
    assert week_start(day).weekday() == 0


def test_days_between_includes_both_ends() -> None:
    assert list(days_between(date(2026, 11, 27), date(2026, 12, 1))) == [
        date(2026, 11, 27),
        date(2026, 11, 28),
        date(2026, 11, 29),
        date(2026, 11, 30),
        date(2026, 12, 1),
    ]


def test_days_between_one_day_and_empty_range() -> None:
    assert list(days_between(TODAY, TODAY)) == [TODAY]
    assert list(days_between(TODAY, TODAY - timedelta(days=1))) == []
