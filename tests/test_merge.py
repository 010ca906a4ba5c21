"""Merging two diverged copies: commutative, idempotent, loses no mark; the CLI story."""

from __future__ import annotations

import copy
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Run

from petitspas import actions
from petitspas import store as storage
from petitspas.calendar import instant
from petitspas.catalog import CATALOG
from petitspas.errors import PetitspasError
from petitspas.merge import _check_key, _mark_key, merge
from petitspas.model import Store

START = date(2026, 9, 7)  # a Monday
CATALOG_KEYS = ["bonjour", "merci", "cap", "question-ouverte"]

Op = tuple[str, int, int, int]

ops = st.lists(
    st.tuples(
        st.sampled_from(
            ["done", "done", "missed", "skip", "check", "add", "drop", "clear", "run", "run"]
        ),
        st.integers(0, 70),  # day offset from START
        st.integers(1, 7),  # rating, or catalog index
        st.integers(0, 59),  # minute the command was typed
    ),
    max_size=60,
)


def _apply(store: Store, operations: list[Op], zone: timezone) -> None:
    """Replay commands as a person would type them on one machine, in date order."""
    for kind, offset, number, minute in sorted(operations, key=lambda op: (op[1], op[3])):
        today = START + timedelta(days=offset)
        stamp = datetime(today.year, today.month, today.day, 21, minute, tzinfo=zone).isoformat()
        try:
            if kind in ("done", "missed", "skip"):
                actions.log_mark(
                    store, day=today, mark=kind, note=f"n{minute}", today=today, written_at=stamp
                )
            elif kind == "check":
                answers = (number, number, min(7, number + 1), number)
                actions.record_check(
                    store, answers=answers, day=today, today=today, written_at=stamp
                )
            elif kind == "add":
                entry = CATALOG[number % len(CATALOG)]
                actions.add_from_catalog(store, entry, "en", today=today)
            elif kind == "drop" and number == 7:
                actions.drop_step(store, reason="r", today=today)
            elif kind == "clear":
                actions.clear_mark(store, day=today, today=today, written_at=stamp)
            elif kind == "run":  # a good stretch: 45 to 51 days done, then a self-check
                for extra in range(44 + number):
                    day = today + timedelta(days=extra)
                    written = f"{day}{stamp[10:]}"
                    actions.log_mark(
                        store, day=day, mark="done", note=None, today=day, written_at=written
                    )
                    actions.evaluate_gate(store, day)
                answers = (min(7, number + 2),) * 4
                actions.record_check(store, answers=answers, day=day, today=day, written_at=written)
                actions.evaluate_gate(store, day)
            actions.evaluate_gate(store, today)
        except PetitspasError:
            pass


def _base() -> Store:
    store = Store(vision="v")
    actions.add_from_catalog(store, CATALOG[0], "en", today=START)
    actions.add_from_catalog(store, CATALOG[4], "en", today=START)
    return store


def _shape(store: Store) -> dict[str, Any]:
    data = store.to_dict()
    data.pop("revision")
    return data


def _diverged(common: list[Op], laptop: list[Op], desktop: list[Op]) -> tuple[Store, Store]:
    base = _base()
    _apply(base, common, UTC)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    _apply(ours, laptop, timezone(timedelta(hours=1)))
    _apply(theirs, desktop, timezone(timedelta(hours=-5)))
    ours.revision, theirs.revision = 7, 9
    return ours, theirs


TODAY = START + timedelta(days=130)


@settings(max_examples=80, deadline=None)
@given(common=ops, laptop=ops, desktop=ops)
def test_merge_is_commutative_idempotent_and_loses_no_mark(
    common: list[Op], laptop: list[Op], desktop: list[Op]
) -> None:
    ours, theirs = _diverged(common, laptop, desktop)
    merged, _ = merge(ours, theirs, TODAY)
    swapped, _ = merge(theirs, ours, TODAY)
    assert _shape(merged) == _shape(swapped)

    again, report = merge(merged, theirs, TODAY)
    assert _shape(again) == _shape(merged)
    assert not report.changed

    steps = {step.id: step for step in merged.steps}
    for side in (ours, theirs):
        for step in side.steps:
            merged_step = steps[step.id]
            for day, mark in step.marks.items():
                kept = merged_step.marks.get(day)
                if kept is None:  # only a clearing written later removes a mark
                    assert instant(merged_step.cleared[day]) > instant(mark.written_at)
                else:
                    assert _mark_key(kept) >= _mark_key(mark)
            for day, stamp in step.cleared.items():  # a cleared mark does not come back
                kept = merged_step.marks.get(day)
                assert kept is None or instant(kept.written_at) >= instant(stamp)
            for check in step.selfchecks:  # one a day: the one written last
                kept = [c for c in merged_step.selfchecks if c.date == check.date]
                assert len(kept) == 1
                assert _check_key(kept[0]) >= _check_key(check)

    statuses = [step.status for step in merged.steps]
    assert statuses.count("active") <= 1
    active = next((step for step in merged.steps if step.status == "active"), None)
    if active is not None:  # it starts after every other step it follows has ended
        assert active.started is not None
        assert all(
            step.ended is None or step.ended < active.started
            for step in merged.steps
            if step is not active and step.started is not None and step.started <= active.started
        )
    assert storage.parse(storage.serialize(merged), Path("m.json")) == merged


def test_a_tie_on_written_at_is_decided_by_a_fixed_order() -> None:
    ours, theirs = _base(), _base()
    day, stamp = START, "2026-09-07T21:00:00+00:00"
    actions.log_mark(ours, day=day, mark="missed", note=None, today=day, written_at=stamp)
    actions.log_mark(theirs, day=day, mark="done", note=None, today=day, written_at=stamp)
    for a, b in ((ours, theirs), (theirs, ours)):
        merged, _ = merge(a, b, day)
        assert merged.steps[0].marks[day].mark == "done"


def test_a_day_checked_on_both_copies_keeps_the_later_check() -> None:
    """As a second `check` the same day replaces the first, so does the later of two copies'
    checks of one day, whichever side it is on; other days' checks are unioned."""
    ours, theirs = _base(), _base()
    day, other_day = START + timedelta(days=3), START + timedelta(days=4)
    for store, answers, hour, offset in (
        (ours, (2, 2, 2, 2), 22, 1),
        (theirs, (5, 5, 5, 5), 20, -5),
    ):
        stamp = datetime(2026, 9, 10, hour, tzinfo=timezone(timedelta(hours=offset))).isoformat()
        actions.record_check(store, answers=answers, day=day, today=day, written_at=stamp)
    actions.record_check(
        theirs, answers=(4, 4, 4, 4), day=other_day, today=other_day,
        written_at=f"{other_day}T21:00:00+00:00",
    )  # fmt: skip
    for a, b in ((ours, theirs), (theirs, ours)):
        merged, _ = merge(a, b, other_day)
        checks = [(check.date, check.answers) for check in merged.steps[0].selfchecks]
        # 22:00 at +01:00 is 21:00 UTC, earlier than 20:00 at -05:00 (01:00 UTC next day)
        assert checks == [(day, (5, 5, 5, 5)), (other_day, (4, 4, 4, 4))]


def test_rival_next_steps_keep_the_first_activated() -> None:
    """The laptop graduates bonjour a day before the desktop; each activates its own next."""
    base = Store(vision="v")
    actions.add_from_catalog(base, CATALOG[0], "en", today=START)
    day, done = START, 0
    while done < 26:  # 26 done workdays: strength 0.8061 on both copies
        if day.weekday() < 5:
            stamp = f"{day}T21:00:00+00:00"
            actions.log_mark(base, day=day, mark="done", note=None, today=day, written_at=stamp)
            done += 1
        day += timedelta(days=1)
    last = day - timedelta(days=1)  # Monday 2026-10-12
    laptop, desktop = copy.deepcopy(base), copy.deepcopy(base)
    for store, key in ((laptop, "merci"), (desktop, "cap")):
        entry = next(e for e in CATALOG if e.key == key)
        actions.add_from_catalog(store, entry, "en", today=START)
    actions.record_check(
        laptop, answers=(6, 6, 6, 6), day=last, today=last, written_at=f"{last}T22:00:00+00:00"
    )
    assert actions.evaluate_gate(laptop, last) is not None
    later = last + timedelta(days=1)
    actions.log_mark(
        desktop,
        day=later,
        mark="done",
        note=None,
        today=later,
        written_at=f"{later}T21:00:00+00:00",
    )
    actions.record_check(
        desktop, answers=(6, 6, 6, 6), day=later, today=later, written_at=f"{later}T22:00:00+00:00"
    )
    assert actions.evaluate_gate(desktop, later) is not None

    for a, b in ((laptop, desktop), (desktop, laptop)):
        merged, report = merge(a, b, later)
        state = {s.id: (s.status, s.started, s.automatic_on) for s in merged.steps}
        assert state == {
            "bonjour": ("automatic", START, last),
            "merci": ("active", last + timedelta(days=1), None),
            "cap": ("locked", None, None),
        }
        titles = {s.id: s.title for s in merged.steps}
        assert (
            "merge.rival",
            {"kept": titles["merci"], "locked": titles["cap"]},
        ) in report.conflicts
        assert ("merge.gate_rederived", {"title": titles["bonjour"], "day": last.isoformat()}) in (
            report.conflicts
        )
        assert merged.steps[0].marks[later].mark == "done"  # the desktop's extra day is kept


# --- the laptop and the desktop, through the CLI --------------------------------------------


def test_laptop_and_desktop_story(run: Run, tmp_path: Path) -> None:
    laptop, desktop = tmp_path / "laptop" / "petitspas.json", tmp_path / "desktop.json"
    run("--store", str(laptop), "init", "--vision", "v", now="2026-11-02T20:00")
    run("--store", str(laptop), "add", "--from-catalog", "bonjour", now="2026-11-02T20:00")
    for day in ("02", "03", "04", "05", "06"):
        run("--store", str(laptop), "log", "--done", now=f"2026-11-{day}T21:00")
    shutil.copy(laptop, desktop)  # the sync tool's copy, then both sides diverge
    run("--store", str(laptop), "log", "--done", "--note", "laptop", now="2026-11-09T21:00")
    run("--store", str(laptop), "log", "--missed", now="2026-11-10T21:00")
    run("--store", str(desktop), "log", "--done", "--note", "desk", now="2026-11-10T22:00")
    run("--store", str(desktop), "log", "--done", now="2026-11-11T21:00")
    run("--store", str(desktop), "add", "--from-catalog", "cap", now="2026-11-11T21:00")
    laptop_before = laptop.read_bytes()

    dry = run("--store", str(laptop), "merge", str(desktop), "--dry-run", now="2026-11-11T22:00")
    assert dry.exit_code == 0
    assert dry.stdout.splitlines() == [
        f"From {desktop}: 2 marks (new, or written later), 0 self-checks, 1 new step.",
        "New steps: cap.",
        "Dry run: nothing was written.",
    ]
    assert laptop.read_bytes() == laptop_before

    done = run("--store", str(laptop), "merge", str(desktop), now="2026-11-11T22:00")
    assert done.exit_code == 0
    assert done.stdout.splitlines()[-1] == (
        f"Merged into {laptop} (the previous version is in the backups)."
    )
    merged = storage.load(laptop).store
    marks = {day.isoformat(): (m.mark, m.note) for day, m in merged.steps[0].marks.items()}
    assert marks["2026-11-09"] == ("done", "laptop")
    assert marks["2026-11-10"] == ("done", "desk")  # written later than the laptop's miss
    assert marks["2026-11-11"] == ("done", None)
    assert [(s.id, s.status) for s in merged.steps] == [("bonjour", "active"), ("cap", "locked")]
    backups = storage.backup_files(laptop)
    assert backups[-1].read_bytes() == laptop_before

    twice = run("--store", str(laptop), "merge", str(desktop), now="2026-11-11T22:00")
    assert twice.stdout == f"Nothing to take from {desktop}: this store already holds all of it.\n"
    assert storage.backup_files(laptop) == backups


def test_merge_refuses_an_other_that_does_not_load(run: Run, tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    run("--store", str(mine), "init")
    before = mine.read_bytes()
    bad = tmp_path / "other.json"
    for content in (b"{", b'{"schema": 99}', b"[]"):
        bad.write_bytes(content)
        result = run("--store", str(mine), "merge", str(bad))
        assert result.exit_code == 3
        assert result.stderr.startswith(f"petitspas: Cannot merge {bad}: ")
        assert len(result.stderr.splitlines()) == 1
        assert mine.read_bytes() == before
    missing = run("--store", str(mine), "merge", str(tmp_path / "none.json"))
    assert missing.exit_code == 3
    assert mine.read_bytes() == before
    same = run("--store", str(mine), "merge", str(mine))
    assert same.exit_code == 2


def test_a_missing_vision_or_cue_never_erases_the_other_side() -> None:
    ours, theirs = _base(), _base()
    theirs.vision = None
    theirs.steps[0].cue = None
    theirs.settings.lang = None
    ours.settings.lang = "fr"
    for a, b in ((ours, theirs), (theirs, ours)):
        merged, report = merge(a, b, START)
        assert merged.vision == "v"
        assert merged.steps[0].cue == ours.steps[0].cue
        assert merged.settings.lang == "fr"
    ours.vision, theirs.vision = "laptop words", "desktop words"
    merged, report = merge(ours, theirs, START)
    assert merged.vision == "laptop words"  # a fixed, side-independent choice …
    assert ("merge.differ", {"what": "vision", "kept": "laptop words"}) in report.conflicts


def test_a_cleared_mark_does_not_come_back_from_the_other_copy(run: Run, tmp_path: Path) -> None:
    laptop, desktop = tmp_path / "laptop" / "petitspas.json", tmp_path / "desktop.json"
    run("--store", str(laptop), "init", "--vision", "v", now="2026-11-02T20:00")
    run("--store", str(laptop), "add", "--from-catalog", "bonjour", now="2026-11-02T20:00")
    run("--store", str(laptop), "log", "--done", now="2026-11-03T21:00")
    shutil.copy(laptop, desktop)
    cleared = run(
        "--store", str(laptop), "log", "--clear", "--date", "2026-11-03", now="2026-11-04T08:00"
    )
    assert cleared.exit_code == 0
    for ours, theirs in ((laptop, desktop), (desktop, laptop)):
        result = run("--store", str(ours), "merge", str(theirs), now="2026-11-04T09:00")
        assert result.exit_code == 0, result.stderr
        store = storage.load(ours).store
        assert date(2026, 11, 3) not in store.steps[0].marks
        assert store.steps[0].cleared == {date(2026, 11, 3): "2026-11-04T08:00:00+00:00"}
    # Invisible but to merge and the JSON export: the review and the CSV show no such day.
    assert "cleared" not in run("--store", str(laptop), "review", "--json").stdout
    assert (
        '"cleared": {\n        "2026-11-03"'
        in run("--store", str(laptop), "export", "--format", "json").stdout
    )
    # Marking the day again, later, wins over the clearing, and removes its tombstone.
    run("--store", str(desktop), "log", "--missed", "--date", "2026-11-03", now="2026-11-05T21:00")
    run("--store", str(laptop), "merge", str(desktop), now="2026-11-05T22:00")
    store = storage.load(laptop).store
    assert store.steps[0].marks[date(2026, 11, 3)].mark == "missed"
    assert store.steps[0].cleared == {}


def _twenty_five_workdays_done() -> tuple[Store, date]:
    """bonjour with 25 done workdays from START (strength 0.7934), merci locked behind it;
    and the 26th workday, when a done gives 0.8061."""
    base = Store(vision="v")
    actions.add_from_catalog(base, CATALOG[0], "en", today=START)
    actions.add_from_catalog(base, CATALOG[4], "en", today=START)
    day, done = START, 0
    while done < 25:
        if day.weekday() < 5:
            stamp = f"{day}T21:00:00+00:00"
            actions.log_mark(base, day=day, mark="done", note=None, today=day, written_at=stamp)
            done += 1
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return base, day


def test_merge_graduates_a_step_that_each_copy_only_half_passed() -> None:
    """The laptop logs the 26th done day (strength 0.8061), the desktop holds that
    evening's self-check (6/7): neither passed the gate alone, the merged history does."""
    base, last = _twenty_five_workdays_done()
    laptop, desktop = copy.deepcopy(base), copy.deepcopy(base)
    stamp = f"{last}T21:00:00+00:00"
    actions.log_mark(laptop, day=last, mark="done", note=None, today=last, written_at=stamp)
    assert actions.evaluate_gate(laptop, last) is None
    actions.record_check(
        desktop, answers=(6, 6, 6, 6), day=last, today=last, written_at=f"{last}T22:00:00+00:00"
    )
    assert actions.evaluate_gate(desktop, last) is None
    later = last + timedelta(days=3)
    for a, b in ((laptop, desktop), (desktop, laptop)):
        merged, report = merge(a, b, later)
        state = {s.id: (s.status, s.started, s.automatic_on) for s in merged.steps}
        assert state == {
            "bonjour": ("automatic", START, last),
            "merci": ("active", last + timedelta(days=1), None),
        }
        title = merged.steps[0].title
        assert ("merge.gate_rederived", {"title": title, "day": last.isoformat()}) in (
            report.conflicts
        )


def test_the_next_step_never_starts_on_the_graduation_day() -> None:
    """The laptop graduated bonjour on the 26th workday (its done and its check); the
    desktop wrote that day's mark as missed, later, then four done days and a check: on the
    merged history bonjour passes on the 30th workday, and merci, which the laptop started
    the day after the 26th, must start the day after the 30th, never beside bonjour."""
    base, last = _twenty_five_workdays_done()
    laptop, desktop = copy.deepcopy(base), copy.deepcopy(base)
    actions.log_mark(
        laptop, day=last, mark="done", note=None, today=last, written_at=f"{last}T21:00:00+00:00"
    )
    actions.record_check(
        laptop, answers=(6, 6, 6, 6), day=last, today=last, written_at=f"{last}T22:00:00+00:00"
    )
    assert actions.evaluate_gate(laptop, last) is not None
    actions.log_mark(
        desktop, day=last, mark="missed", note=None, today=last, written_at=f"{last}T23:00:00+00:00"
    )
    workdays, day = [], last + timedelta(days=1)
    while len(workdays) < 4:  # four more done workdays lift it back to 0.8018
        if day.weekday() < 5:
            workdays.append(day)
        day += timedelta(days=1)
    for day in workdays:
        stamp = f"{day}T21:00:00+00:00"
        actions.log_mark(desktop, day=day, mark="done", note=None, today=day, written_at=stamp)
    actions.record_check(
        desktop,
        answers=(6, 6, 6, 6),
        day=workdays[-1],
        today=workdays[-1],
        written_at=f"{workdays[-1]}T22:00:00+00:00",
    )
    later = workdays[-1] + timedelta(days=3)
    for a, b in ((laptop, desktop), (desktop, laptop)):
        merged, _ = merge(a, b, later)
        bonjour, merci = merged.steps
        assert (bonjour.status, bonjour.automatic_on) == ("automatic", workdays[-1])
        assert merci.status == "active"
        assert merci.started == bonjour.automatic_on + timedelta(days=1)


def test_edits_on_both_copies_are_kept_and_the_latest_wins(run: Run, tmp_path: Path) -> None:
    laptop, desktop = tmp_path / "laptop" / "petitspas.json", tmp_path / "desktop.json"
    run("--store", str(laptop), "init", "--vision", "v", now="2026-11-02T20:00")
    run("--store", str(laptop), "add", "Say good moring", now="2026-11-02T20:00")
    shutil.copy(laptop, desktop)
    run("--store", str(laptop), "edit", "--title", "Say good morning", now="2026-11-03T08:00")
    run("--store", str(desktop), "edit", "--title", "Greet each person", now="2026-11-03T09:00")
    run("--store", str(desktop), "edit", "--schedule", "mon,wed,fri", now="2026-11-04T09:00")
    said = []
    for ours, theirs in ((laptop, desktop), (desktop, laptop)):
        result = run("--store", str(ours), "merge", str(theirs), now="2026-11-04T21:00")
        assert result.exit_code == 0, result.stderr
        said.append([line for line in result.stdout.splitlines() if "Edit taken" in line])
    assert said[0] == [
        "Edit taken from it: say-good-moring, 2026-11-03: title: “Say good moring” → "
        "“Greet each person”",
        "Edit taken from it: say-good-moring, 2026-11-04: schedule: “Mon–Fri” → “Mon,Wed,Fri”",
    ]
    merged = [storage.load(path).store.steps[0] for path in (laptop, desktop)]
    assert merged[0] == merged[1]
    step = merged[0]
    assert (step.title, step.schedule) == ("Greet each person", "mon,wed,fri")
    assert [(r.on.day, r.field, r.new) for r in step.revisions] == [
        (3, "title", "Say good morning"),
        (3, "title", "Greet each person"),
        (4, "schedule", "mon,wed,fri"),
    ]
    assert step.schedule_on(date(2026, 11, 3)) == "workdays"
