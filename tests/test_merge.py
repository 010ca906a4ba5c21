"""merge: the union of two copies' journals, replayed through the commands' rules.

The first tests tell, through the command line, the ways the previous merge (which
reconciled two states with rules of its own) lost history; the property test forks one
store into three copies and checks what the replay gives by construction."""

from __future__ import annotations

import contextlib
import copy
import gzip
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import Run

from petitspas.core import checks, logbook, maintenance, rules, steps, wins
from petitspas.core import settings as store_settings
from petitspas.core.merge import merge
from petitspas.core.model import Store
from petitspas.errors import PetitspasError
from petitspas.storage import schema
from petitspas.storage import store as storage

MONDAY = "2026-10-05"
STORES = Path(__file__).parent / "stores"


def at(day: str, hour: str = "21:00") -> str:
    return f"{day}T{hour}+00:00"


def plus(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _two_steps(run: Run, store_path: Path) -> None:
    """Step one (daily) graduates on its first done day with a passing self-check (goal
    0.01, set by hand: no command sets it), Step two waits."""
    assert run("init", "--vision", "v", now=at(MONDAY, "08:00")).exit_code == 0
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01
    storage.save(store, store_path, storage.load(store_path))
    for title in ("Step one", "Step two"):
        assert run("add", title, "--schedule", "daily", now=at(MONDAY, "08:01")).exit_code == 0


def _state(path: Path) -> dict[str, object]:
    return storage.load(path).store.state()


def test_a_drop_on_a_stale_copy_does_not_undo_a_graduation(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    _two_steps(run, store_path)
    laptop = tmp_path / "laptop.json"
    shutil.copyfile(store_path, laptop)
    assert run("check", "--answers", "7,7,7,7", now=at(MONDAY, "20:00")).exit_code == 0
    assert run("log", "--done", now=at(MONDAY)).exit_code == 0  # Step one graduates
    for offset in range(1, 6):
        day = plus(MONDAY, offset)
        assert run("log", "--done", "--note", f"n{offset}", now=at(day)).exit_code == 0
    # The laptop's older copy never saw the graduation: the manager drops Step one there.
    dropped = run("--store", str(laptop), "drop", "--reason", "no", now=at(plus(MONDAY, 7)))
    assert dropped.exit_code == 0
    result = run("merge", str(laptop), now=at(plus(MONDAY, 7), "22:00"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"From {laptop}: 0 marks, 0 self-checks, 0 new steps, 1 other change.",
        "Not applied: the drop of “Step one”, written 2026-10-12 21:00 — "
        "“Step one” was automatic from 2026-10-05 on.",
        f"Merged into {store_path} (the previous version is in the backups).",
    ]
    one, two = storage.load(store_path).store.steps
    assert (one.status, one.automatic_on) == ("automatic", date(2026, 10, 5))
    assert (two.status, two.started) == ("active", date(2026, 10, 6))
    assert [two.marks[day].note for day in sorted(two.marks)] == [f"n{n}" for n in range(1, 6)]
    # The same union, merged the other way: the same state.
    shutil.copyfile(store_path, tmp_path / "desktop.json")
    assert run("--store", str(laptop), "merge", str(tmp_path / "desktop.json")).exit_code == 0
    assert _state(laptop) == _state(store_path)


def test_a_back_filled_mark_on_a_stale_copy_does_not_lock_the_next_step_again(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    _two_steps(run, store_path)
    assert run("log", "--missed", now=at(MONDAY)).exit_code == 0
    laptop = tmp_path / "laptop.json"
    shutil.copyfile(store_path, laptop)
    tuesday = plus(MONDAY, 1)
    assert run("check", "--answers", "7,7,7,7", now=at(tuesday, "20:00")).exit_code == 0
    assert run("log", "--done", now=at(tuesday)).exit_code == 0  # Step one graduates
    assert run("log", "--done", "--note", "two", now=at(plus(MONDAY, 2))).exit_code == 0
    # The laptop back-fills Monday later, once Step one is over on the desktop.
    late = run("--store", str(laptop), "log", "--done", "--date", MONDAY, now=at(plus(MONDAY, 3)))
    assert late.exit_code == 0
    result = run("merge", str(laptop), now=at(plus(MONDAY, 3), "22:00"))
    assert result.exit_code == 0
    assert (
        result.stdout.splitlines()[1]
        == (
            "Not applied: the mark of 2026-10-05 on “Step one”, written 2026-10-08 21:00 — "
            "2026-10-05 is a day of “Step one”, which is automatic since 2026-10-06: "
            "its marks are its history."
        )
        or "Not applied: the mark of 2026-10-05" in result.stdout
    )
    one, two = storage.load(store_path).store.steps
    assert (one.status, two.status) == ("automatic", "active")
    assert two.marks[date(2026, 10, 7)].note == "two"
    assert one.marks[date(2026, 10, 5)].mark == "missed"


def test_merging_an_older_copy_or_itself_writes_nothing(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    _two_steps(run, store_path)
    older = tmp_path / "older.json"
    shutil.copyfile(store_path, older)
    assert run("log", "--done", now=at(MONDAY)).exit_code == 0
    assert run("log", "--missed", "--date", MONDAY, now=at(plus(MONDAY, 2))).exit_code == 0
    same = tmp_path / "same.json"
    shutil.copyfile(store_path, same)
    before = store_path.read_bytes()
    backups = storage.backup_files(store_path)
    for other in (older, same):
        result = run("merge", str(other), now=at(plus(MONDAY, 3)))
        assert (
            result.stdout == f"Nothing to take from {other}: this store already holds all of it.\n"
        )
    assert store_path.read_bytes() == before
    assert storage.backup_files(store_path) == backups


def test_a_move_survives_a_merge(run: Run, store_path: Path, tmp_path: Path) -> None:
    _two_steps(run, store_path)
    assert run("add", "Step three", now=at(MONDAY, "08:02")).exit_code == 0
    laptop = tmp_path / "laptop.json"
    shutil.copyfile(store_path, laptop)
    assert run("move", "3", "2", now=at(MONDAY, "09:00")).exit_code == 0
    assert run("--store", str(laptop), "log", "--done", now=at(MONDAY)).exit_code == 0
    assert run("merge", str(laptop), now=at(MONDAY, "22:00")).exit_code == 0
    titles = [step.title for step in storage.load(store_path).store.steps]
    assert titles == ["Step one", "Step three", "Step two"]


def test_settings_are_merged_by_time(run: Run, store_path: Path, tmp_path: Path) -> None:
    _two_steps(run, store_path)
    laptop = tmp_path / "laptop.json"
    shutil.copyfile(store_path, laptop)
    old = run("--store", str(laptop), "settings", "--vision", "Old vision", now=at(MONDAY, "09"))
    assert old.exit_code == 0
    assert run("settings", "--vision", "New vision", now=at(MONDAY, "10:00")).exit_code == 0
    for mine, other in ((store_path, laptop), (laptop, store_path)):
        copy_of = tmp_path / "other.json"
        shutil.copyfile(other, copy_of)
        assert run("--store", str(mine), "merge", str(copy_of)).exit_code == 0
        assert storage.load(mine).store.vision == "New vision"


def test_a_store_begun_apart_is_refused_unless_unrelated(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    _two_steps(run, store_path)
    demo = tmp_path / "demo"
    assert run("demo", "--dir", str(demo), now=at(MONDAY)).exit_code == 0
    before = store_path.read_bytes()
    other = demo / "petitspas.json"
    result = run("merge", str(other), now=at(MONDAY))
    assert (result.exit_code, result.stderr) == (
        1,
        f"petitspas: {other} is another store, begun apart from this one: nothing was merged."
        " To merge it all the same, add --unrelated.\n",
    )
    assert store_path.read_bytes() == before
    assert run("merge", str(other), "--unrelated", now=at(MONDAY)).exit_code == 0
    assert store_path.read_bytes() != before


def test_a_holiday_pauses_the_next_step_on_its_own_due_days(run: Run, store_path: Path) -> None:
    """A workdays step graduates inside a holiday; the daily step after it has the holiday's
    weekend paused too (the pause belongs to the manager, not to a step)."""
    assert run("init", "--vision", "v", now=at(MONDAY, "08:00")).exit_code == 0
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01
    storage.save(store, store_path, storage.load(store_path))
    assert run("add", "Workdays", now=at(MONDAY, "08:01")).exit_code == 0
    assert run("add", "Daily", "--schedule", "daily", now=at(MONDAY, "08:02")).exit_code == 0
    holiday = ("--from", plus(MONDAY, 3), "--to", plus(MONDAY, 9))  # Thu 8 to Wed 14
    assert run("log", "--skip", *holiday, now=at(MONDAY, "09:00")).exit_code == 0
    assert run("check", "--answers", "7,7,7,7", now=at(MONDAY, "20:00")).exit_code == 0
    assert run("log", "--done", now=at(MONDAY)).exit_code == 0  # graduates; Daily from Tue
    daily = storage.load(store_path).store.steps[1]
    paused = sorted(day.isoformat() for day, mark in daily.marks.items() if mark.mark == "skip")
    assert paused == [plus(MONDAY, offset) for offset in range(3, 10)]  # weekend included
    status = run("status", "--json", now=at(plus(MONDAY, 9), "22:00"))
    assert '"streak": 0' in status.stdout and '"strength": 0.0' in status.stdout


def test_clearing_a_mark_on_a_holiday_brings_the_pause_back(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY, "08:00")).exit_code == 0
    assert run("add", "Greet", now=at(MONDAY, "08:01")).exit_code == 0
    assert run("log", "--skip", "--from", MONDAY, "--to", plus(MONDAY, 4), "--note", "Off",
               now=at(MONDAY, "09:00")).exit_code == 0  # fmt: skip
    assert run("log", "--done", "--date", MONDAY, now=at(MONDAY)).exit_code == 0
    cleared = run("log", "--clear", "--date", MONDAY, now=at(MONDAY, "21:30"))
    assert cleared.stdout.splitlines()[:2] == [
        "2026-10-05: removed the mark (done).",
        "The planned pause is back on that day (Off).",
    ]
    mark = storage.load(store_path).store.steps[0].marks[date(2026, 10, 5)]
    assert (mark.mark, mark.note) == ("skip", "Off")
    # Clearing the pause itself calls that day of the holiday off.
    assert run("log", "--clear", "--date", MONDAY, now=at(MONDAY, "21:40")).exit_code == 0
    store = storage.load(store_path).store
    assert date(2026, 10, 5) not in store.steps[0].marks
    assert [(p.first.isoformat(), p.last.isoformat()) for p in store.pauses] == [
        (plus(MONDAY, 1), plus(MONDAY, 4))
    ]


# --- migration: the journal a schema-3 state implies -----------------------------------------


@pytest.mark.parametrize(
    "name", ["schema3-lived.json", "schema3-demo-10w.json", "schema3-demo-520w.json.gz"]
)
def test_a_migrated_journal_replays_to_the_state_exactly(name: str) -> None:
    """Stores written by the previous version (its 10-week and 520-week demos, and a lived
    store with moves, edits, clears, a pause range, a drop and a graduation)."""
    raw = (STORES / name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    store = schema.parse(raw, name)
    assert store.schema == 4 and store.store_id and store.journal
    replayed = rules.replay(store.journal, store_id=store.store_id, goals=store.settings)
    assert replayed.refused == []
    assert replayed.store.state() == store.state()
    # Two copies migrated apart share their id and their operations' ids.
    again = schema.parse(raw, name)
    assert again.store_id == store.store_id
    assert [op["id"] for op in again.journal] == [op["id"] for op in store.journal]


def test_every_declared_step_field_survives_save_load_migration_and_merge(tmp_path: Path) -> None:
    from petitspas.core.model import STEP_FIELDS

    raw = (STORES / "schema3-lived.json").read_bytes()
    migrated = schema.parse(raw, "lived")
    reread = schema.parse(storage.serialize(migrated), "again")
    merged, report = merge(reread, migrated)
    replayed = rules.replay(migrated.journal, store_id=migrated.store_id).store
    for store in (reread, merged, replayed):
        for before, after in zip(migrated.steps, store.steps, strict=True):
            for name, _ in STEP_FIELDS:
                assert getattr(after, name) == getattr(before, name), name
    assert not report.changed


# --- the property: three copies forked from one ancestor ---------------------------------------


def _ancestor() -> Store:
    store = store_settings.new_store(lang="en", vision="v", today=date(2026, 10, 1),
                              written_at="2026-10-01T08:00:00+00:00")  # fmt: skip
    store.settings.strength_goal = 0.3
    for index, title in enumerate(("One", "Two", "Three", "Four")):
        stamp = f"2026-10-01T08:0{index + 1}:00+00:00"
        schedule = "daily" if index % 2 else "workdays"
        steps.add_step(
            store, title=title, schedule=schedule, today=date(2026, 10, 1), written_at=stamp
        )
    return store


_COMMANDS = st.sampled_from(
    ["done", "missed", "skip", "clear", "note", "pause", "call_off", "check", "check_low",
     "edit", "schedule", "move", "remove", "drop", "vision", "add",
     "maintenance", "maintenance_low", "slip", "reactivate", "good_week", "good_week",
     "hard_month", "hard_month", "win", "win_edit", "win_remove"]
)  # fmt: skip


def _good_week(store: Store, day: date, stamp: str) -> None:
    """A week of evenings done, then a passing self-check: with the ancestor's low goal the
    active step graduates, so that maintenance, slips and reactivation get exercised."""
    for back in range(8, -1, -1):
        with contextlib.suppress(PetitspasError):
            logbook.log(store, day=day - timedelta(days=back), mark="done", note=None,
                        today=day, written_at=stamp)  # fmt: skip
    with contextlib.suppress(PetitspasError):
        checks.check(store, answers=(7, 7, 7, 7), day=day, today=day, written_at=stamp)


def _hard_month(store: Store, graduate: str, day: date, stamp: str) -> None:
    """Two lapses of the first automatic step, then its reactivation."""
    for back in (1, 0):
        with contextlib.suppress(PetitspasError):
            maintenance.slip(store, graduate, note=None, day=day - timedelta(days=back),
                             today=day, written_at=stamp)  # fmt: skip
    maintenance.reactivate(store, graduate, today=day, written_at=stamp)


def _act(store: Store, command: str, day: date, back: int, stamp: str) -> None:
    """One command a manager could type on `day`, about a day `back` days before; one the
    rules refuse writes nothing, as at the command line."""
    target, when = day - timedelta(days=back), {"today": day, "written_at": stamp}
    last = str(len(store.steps))
    schedule = "daily" if back % 2 else "mon,wed,fri"
    graduate = next((step.id for step in store.steps if step.status == "automatic"), "1")
    calls = {
        "done": lambda: logbook.log(store, day=target, mark="done", note=None, **when),
        "missed": lambda: logbook.log(store, day=target, mark="missed", note="m", **when),
        "skip": lambda: logbook.log(store, day=target, mark="skip", note=None, **when),
        "clear": lambda: logbook.clear_mark(store, day=target, **when),
        "note": lambda: logbook.log(store, day=target, mark=None, note=f"n{back}", **when),
        "pause": lambda: logbook.pause(
            store, first=target, last=target + timedelta(days=4), note="off", **when
        ),
        "call_off": lambda: logbook.call_off(
            store, first=target, last=target + timedelta(days=2), **when
        ),
        "check": lambda: checks.check(store, answers=(7, 7, 6, 7), day=day, **when),
        "check_low": lambda: checks.check(store, answers=(2, 3, 2, 3), day=day, **when),
        "edit": lambda: steps.edit(store, None, {"cue": f"cue {back}"}, **when),
        "schedule": lambda: steps.edit(store, None, {"schedule": schedule}, **when),
        "move": lambda: steps.move(store, last, max(1, len(store.steps) - 1), **when),
        "remove": lambda: steps.remove(store, last, **when),
        "drop": lambda: steps.drop_step(store, reason="r", **when),
        "vision": lambda: store_settings.change_settings(store, None, None, f"v {stamp}", **when),
        "add": lambda: steps.add_step(store, title=f"Step {stamp[:16]}", **when),
        "maintenance": lambda: maintenance.check(store, graduate, answer=6, day=target, **when),
        "maintenance_low": lambda: maintenance.check(store, graduate, answer=2, day=target, **when),
        "slip": lambda: maintenance.slip(store, graduate, note=None, day=target, **when),
        "reactivate": lambda: maintenance.reactivate(store, graduate, **when),
        "win": lambda: wins.add_win(store, text=f"win {back} {stamp[:16]}", day=target, **when),
        "win_edit": lambda: wins.edit_win(
            store, number=1, text=f"edit {stamp}", week_of=day, **when
        ),
        "win_remove": lambda: wins.remove_win(store, number=1, week_of=target, **when),
        "good_week": lambda: _good_week(store, day, stamp),
        "hard_month": lambda: _hard_month(store, graduate, day, stamp),
    }
    with contextlib.suppress(PetitspasError):
        calls[command]()


_HISTORY = st.lists(st.tuples(_COMMANDS, st.integers(0, 3), st.integers(0, 3)), max_size=12)


def _forked(ancestor: Store, history: list[tuple[str, int, int]], minute: int) -> Store:
    store = copy.deepcopy(ancestor)
    day = date.fromisoformat(store.journal[-1]["on"]) + timedelta(days=1)  # time goes on
    for index, (command, back, advance) in enumerate(history):
        day += timedelta(days=advance)
        stamp = f"{day.isoformat()}T2{minute}:{index:02d}:00+00:00"
        _act(store, command, day, back, stamp)
    return store


def _same(a: Store, b: Store) -> bool:
    return a.state() == b.state()


def _invariants(store: Store) -> None:
    assert sum(step.status == "active" for step in store.steps) <= 1
    held = [step for step in store.steps if step.status == "on_hold"]
    assert len(held) <= 1
    if held:  # on hold only while a rebuilt step is active
        active = store.active_step()
        assert active is not None and active.rebuilt_on is not None
    assert rules.agrees(store)
    for step in store.steps:
        if step.started is not None and step.marks:
            assert min(step.marks) >= step.started
        if step.ended is not None and step.marks:
            assert max(step.marks) <= step.ended


# 40 cases in the normal suite; PETITSPAS_MERGE_CASES=3000 for a long run.
_CASES = int(os.environ.get("PETITSPAS_MERGE_CASES", "40"))


@settings(max_examples=_CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HISTORY, _HISTORY, _HISTORY, _HISTORY)
def test_merge_is_a_union_of_journals(
    shared: list[tuple[str, int, int]],
    history_a: list[tuple[str, int, int]],
    history_b: list[tuple[str, int, int]],
    history_c: list[tuple[str, int, int]],
) -> None:
    ancestor = _forked(_ancestor(), shared, 0)
    a, b, c = (_forked(ancestor, h, m) for h, m in ((history_a, 1), (history_b, 2), (history_c, 3)))
    for copy_ in (a, b, c):
        _invariants(copy_)
        assert merge(copy_, ancestor)[1].changed is False  # an older copy of itself
        assert merge(copy_, copy_)[1].changed is False  # itself
    ab, ba = merge(a, b)[0], merge(b, a)[0]
    assert _same(ab, ba)
    _invariants(ab)
    assert _same(merge(ab, c)[0], merge(a, merge(b, c)[0])[0])
    merged = merge(ab, c)[0]
    _invariants(merged)
    assert merge(merged, a)[1].changed is False


def test_doctor_checks_the_state_against_its_journal(run: Run, store_path: Path) -> None:
    _two_steps(run, store_path)  # the goal set by hand: a replay keeps the store's goals
    assert run("doctor").exit_code == 0
    store = storage.load(store_path).store
    store.steps[0].title = "Edited by hand"
    storage.save(store, store_path, storage.load(store_path))
    result = run("doctor")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == (
        f"Store {store_path} is damaged: the state does not match its journal (edited by hand?)"
    )


def test_a_reactivation_merged_with_marks_of_the_held_step() -> None:
    """One copy rebuilds a slipping step while the other goes on logging the step that,
    in the merged order, is on hold: those marks stay in the journal, applied to nothing
    (the held step's days are paused), whichever copy is merged into which."""
    store = _ancestor()
    for day in (date(2026, 10, n) for n in (1, 2, 5, 6, 7, 8)):  # workdays: strength 0.315
        stamp = at(day.isoformat(), "21:00")
        logbook.log(store, day=day, mark="done", note=None, today=day, written_at=stamp)
    day = date(2026, 10, 8)
    stamp = at("2026-10-08", "21:01")
    checks.check(store, answers=(7, 7, 7, 7), day=day, today=day, written_at=stamp)
    assert store.steps[0].status == "automatic"
    rebuild, logging = copy.deepcopy(store), copy.deepcopy(store)
    later = date(2026, 10, 12)
    stamp = at("2026-10-12", "20:00")
    maintenance.check(rebuild, "one", answer=2, day=later, today=later, written_at=stamp)
    maintenance.reactivate(rebuild, "one", today=later, written_at=at("2026-10-12", "20:01"))
    for offset in range(3):
        evening = later + timedelta(days=offset)
        hour = "19:00" if offset == 0 else "22:00"  # the 12th: before the reactivation
        logbook.log(logging, day=evening, mark="done", note=None, today=evening,
                    written_at=at(evening.isoformat(), hour))  # fmt: skip
    merged = merge(rebuild, logging)[0]
    _invariants(merged)
    assert _same(merged, merge(logging, rebuild)[0])
    assert [step.status for step in merged.steps[:2]] == ["active", "on_hold"]
    held = merged.steps[1]
    assert all(day not in held.marks for day in (date(2026, 10, 13), date(2026, 10, 14)))
    assert date(2026, 10, 12) in held.marks  # written before the reactivation that evening,
    assert held.holds[-1].first == date(2026, 10, 13)  # so the hold begins the day after
    assert len(merged.not_applied) == 2  # the marks of the 13th and 14th
