"""The lived path, through the command line: typos fixed with `edit`, steps reordered or
removed, holidays planned ahead, Saturday logs for Friday, notes replaced and cleared,
settings changed, the end of the path, and a first run that starts with `add`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas.core.model import DayMark, Revision, Step
from petitspas.i18n import typeset
from petitspas.storage import store as storage

MONDAY = "2026-11-02"  # a Monday; Friday is 11-06, Saturday 11-07, next Monday 11-09


def lines(text: str) -> list[str]:
    return text.strip("\n").splitlines()


def at(day: str, hour: str = "21:00") -> str:
    return f"{day}T{hour}"


def start(run: Run, *extra: str) -> None:
    assert run("init", "--vision", "A team that dares", now=at(MONDAY)).exit_code == 0
    result = run("add", "Say good moring", "--cue", "When I arrive", *extra, now=at(MONDAY))
    assert result.exit_code == 0, result.stderr


def status(run: Run, day: str, hour: str = "21:00") -> dict[str, object]:
    result = run("status", "--json", now=at(day, hour))
    assert result.exit_code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def refused(run: Run, store_path: Path, *args: str, now: str, code: int) -> str:
    """Run a command that must be refused; the store's bytes stay as they were."""
    before = store_path.read_bytes()
    result = run(*args, now=now)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert store_path.read_bytes() == before
    return result.stderr


# --- edit ----------------------------------------------------------------------------------


def test_edit_fixes_a_typo_keeping_id_marks_and_checks(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", now=at(MONDAY))
    run("check", "--answers", "2,2,2,2", now=at(MONDAY))
    result = run("edit", "--title", "Say good morning", now=at("2026-11-03"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Title: “Say good moring” → “Say good morning”\n"
    step = storage.load(store_path).store.steps[0]
    assert (step.id, step.title, len(step.marks), len(step.selfchecks)) == (
        "say-good-moring", "Say good morning", 1, 1,
    )  # fmt: skip
    assert step.revisions == [
        Revision(
            date(2026, 11, 3), "title", "Say good moring", "Say good morning",
            "2026-11-03T21:00:00+00:00",
        )
    ]  # fmt: skip
    data = json.loads(run("path", "--json", now=at("2026-11-03")).stdout)
    assert data["steps"][0]["revisions"] == [
        {"on": "2026-11-03", "field": "title", "old": "Say good moring", "new": "Say good morning"}
    ]
    shown = run("path", now=at("2026-11-03")).stdout
    assert "Revisions\n1. 2026-11-03 · title: “Say good moring” → “Say good morning”\n" in shown


def test_edit_by_number_removes_a_cue_and_says_nothing_changed_twice(
    run: Run, store_path: Path
) -> None:
    start(run)
    result = run("edit", "1", "--cue", "", now=at(MONDAY))
    assert (result.exit_code, result.stdout) == (0, "Cue: “When I arrive” → “(none)”\n")
    before = store_path.read_bytes()
    again = run("edit", "say-good-moring", "--cue", "", now=at(MONDAY))
    assert (again.exit_code, again.stdout) == (
        0,
        "“Say good moring” is already so; nothing written.\n",
    )
    assert store_path.read_bytes() == before


def test_edit_refusals_leave_the_store_as_it_was(run: Run, store_path: Path) -> None:
    start(run)
    run("add", "Thank someone", now=at(MONDAY))
    now = at(MONDAY)
    assert refused(run, store_path, "edit", "nope", "--title", "x", now=now, code=2) == (
        "petitspas: No step 'nope' in your path: give its id or its number in `petitspas path`.\n"
    )
    assert refused(run, store_path, "edit", "3", "--title", "x", now=now, code=2) == (
        "petitspas: There is no step 3: your path has 2 steps (see `petitspas path`).\n"
    )
    assert refused(run, store_path, "edit", "2", "--title", "say good MORING", now=now, code=1) == (
        "petitspas: Your path already has “Say good moring” (say-good-moring): "
        "choose another title.\n"
    )  # fmt: skip
    assert refused(run, store_path, "edit", "--schedule", "someday", now=now, code=2)
    assert refused(run, store_path, "edit", now=now, code=2) == (
        "petitspas: Say what to change: --title, --cue, --celebration or --schedule.\n"
    )
    run("drop", now=at(MONDAY))
    assert refused(run, store_path, "edit", "1", "--schedule", "daily", now=now, code=1) == (
        "petitspas: “Say good moring” was dropped: its schedule is history and stays as it was.\n"
    )  # fmt: skip


def test_a_schedule_change_counts_from_its_log_day_on(run: Run, store_path: Path) -> None:
    start(run)
    for day in ("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"):
        assert run("log", "--done", now=at(day)).exit_code == 0
    result = run("edit", "--schedule", "lundi,mercredi,vendredi", now=at("2026-11-07", "10:00"))
    assert lines(result.stdout) == [
        "Schedule: “Mon–Fri” → “Mon,Wed,Fri”",
        "From 2026-11-07 on, the step is due Mon,Wed,Fri; earlier days keep the schedule they had.",
    ]
    run("log", "--done", now=at("2026-11-09"))
    run("log", "--done", now=at("2026-11-11"))
    # Tuesday 10 is no longer due: the streak runs over it (5 + 2); Thursday 5 still counted.
    assert status(run, "2026-11-11")["streak"] == 7
    step = storage.load(store_path).store.steps[0]
    assert [step.schedule_on(date(2026, 11, day)) for day in (6, 7, 10)] == [
        "workdays", "mon,wed,fri", "mon,wed,fri",
    ]  # fmt: skip


def test_schedule_on_follows_every_revision() -> None:
    stamp = "2026-11-01T21:00:00"
    step = Step(
        "s", "S", schedule="daily",
        revisions=[
            Revision(date(2026, 11, 5), "schedule", "workdays", "fri", stamp),
            Revision(date(2026, 11, 5), "title", "s", "S", stamp),
            Revision(date(2026, 11, 12), "schedule", "fri", "daily", stamp),
        ],
    )  # fmt: skip
    expected = {4: "workdays", 5: "fri", 11: "fri", 12: "daily", 30: "daily"}
    assert {day: step.schedule_on(date(2026, 11, day)) for day in expected} == expected


# --- move and remove ----------------------------------------------------------------------


def test_move_reorders_the_steps_to_come(run: Run, store_path: Path) -> None:
    start(run)
    for title in ("Thank someone", "Ask an open question"):
        run("add", title, now=at(MONDAY))
    result = run("move", "ask-open-question", "2", now=at(MONDAY))
    assert (result.exit_code, result.stdout) == (
        0, "Moved “Ask an open question” from position 3 to 2.\n"
    )  # fmt: skip
    assert [s.id for s in storage.load(store_path).store.steps] == [
        "say-good-moring", "ask-open-question", "thank-someone",
    ]  # fmt: skip
    now = at(MONDAY)
    assert refused(run, store_path, "move", "3", "1", now=now, code=1) == (
        "petitspas: Position 1 holds a step that already started; the steps to come begin at 2.\n"
    )
    assert refused(run, store_path, "move", "3", "4", now=now, code=2) == (
        "petitspas: Position 4 is not in your path: give a number from 1 to 3.\n"
    )
    assert refused(run, store_path, "move", "1", "2", now=now, code=1) == (
        "petitspas: “Say good moring” is active: only a step still to come (locked) can move.\n"
    )
    assert refused(run, store_path, "move", "2", "two", now=now, code=2)


def test_remove_deletes_only_a_step_that_never_started(run: Run, store_path: Path) -> None:
    start(run)
    run("add", "Thank someone", now=at(MONDAY))
    now = at(MONDAY)
    assert refused(run, store_path, "remove", "1", now=now, code=1) == (
        "petitspas: “Say good moring” is active: it has started, "
        "so it can only be dropped (`petitspas drop`).\n"
    )
    assert refused(run, store_path, "remove", "merci", now=now, code=2)
    result = run("remove", "thank-someone", now=now)
    assert (result.exit_code, result.stdout) == (
        0, "Removed “Thank someone” (thank-someone) from your path.\n"
    )  # fmt: skip
    assert [s.id for s in storage.load(store_path).store.steps] == ["say-good-moring"]


def test_remove_asks_first_on_a_terminal(run: Run, store_path: Path) -> None:
    start(run)
    run("add", "Thank someone", now=at(MONDAY))
    result = run("remove", "2", input="n\n", tty=True, now=at(MONDAY))
    assert (result.exit_code, result.stderr) == (1, "petitspas: Nothing removed.\n")
    assert len(storage.load(store_path).store.steps) == 2


# --- planned pauses ---------------------------------------------------------------------


def test_a_holiday_is_entered_ahead_and_a_return_replaces_it(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", "--date", "2026-11-16", now=at("2026-11-16"))
    result = run(
        "log", "--skip", "--from", "2026-11-16", "--to", "2026-11-29", "--note", "Congés",
        now=at("2026-11-16"),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout) == [
        "Paused 9 due days from 2026-11-16 to 2026-11-29: the streak waits for you.",
        "Left as it was (1 day already logged): 2026-11-16.",
        "A planned pause: a later `petitspas log` on one of these days replaces it.",
    ]
    marks = storage.load(store_path).store.steps[0].marks
    assert marks[date(2026, 11, 16)].mark == "done"
    assert sorted(d.day for d in marks if marks[d].mark == "skip") == [
        17, 18, 19, 20, 23, 24, 25, 26, 27,
    ]  # fmt: skip
    # Back early on Thursday 26: tonight's log replaces the pause.
    back = run("log", "--done", now=at("2026-11-26"))
    assert lines(back.stdout)[0] == "2026-11-26: done (replaces pause)."
    assert storage.load(store_path).store.steps[0].marks[date(2026, 11, 26)].note == "Congés"


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (("--skip", "--from", "2026-11-10", "--to", "2026-11-09"), 2,
         "--from 2026-11-10 comes after --to 2026-11-09: swap them."),
        (("--skip", "--from", "2026-11-02", "--to", "2027-01-31"), 2,
         "A pause covers 90 days at most (this one: 91 days): split it in two."),
        (("--done", "--from", "2026-11-10", "--to", "2026-11-12"), 2,
         "--from and --to plan a pause: use them with --skip (and not with --date), or with "
         "--clear alone to call one off."),
        (("--skip", "--from", "2026-11-10"), 2, "A pause needs both ends: --from DATE --to DATE."),
        (("--skip", "--from", "2062-11-10", "--to", "2062-11-20"), 2,
         "A pause is planned up to a year ahead, and this one starts on 2062-11-10: "
         "check the year."),
        (("--skip", "--from", "2026-10-30", "--to", "2026-11-03"), 1,
         "2026-10-30 is before the active step started (2026-11-02): "
         "pick a day from 2026-11-02 on."),
        # One day in the future is refused outside a range: only a planned pause may be.
        (("--skip", "--date", "2026-11-10"), 1,
         "2026-11-10 is still to come: plan a pause with "
         "`petitspas log --skip --from 2026-11-10 --to 2026-11-10`."),
    ],
)  # fmt: skip
def test_pause_refusals(
    run: Run, store_path: Path, args: tuple[str, ...], code: int, said: str
) -> None:
    start(run)
    assert refused(run, store_path, "log", *args, now=at(MONDAY), code=code) == (
        f"petitspas: {said}\n"
    )


def test_a_planned_pause_can_be_called_off(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--skip", "--from", "2026-11-10", "--to", "2026-11-10", now=at(MONDAY))
    result = run("log", "--clear", "--date", "2026-11-10", now=at(MONDAY))
    assert lines(result.stdout)[0] == "2026-11-10: removed the mark (pause)."
    assert storage.load(store_path).store.steps[0].marks == {}


def test_a_pause_planned_past_a_graduation_follows_to_the_next_step(
    run: Run, store_path: Path
) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY)).exit_code == 0
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01  # graduates on the first done day
    storage.save(store, store_path, storage.load(store_path))
    run("add", "First", "--schedule", "daily", now=at(MONDAY))
    run("add", "Second", "--schedule", "mon,wed,fri", now=at(MONDAY))
    run("log", "--skip", "--from", "2026-11-09", "--to", "2026-11-11", now=at(MONDAY))
    run("check", "--answers", "7,7,7,7", now=at(MONDAY))
    result = run("log", "--done", now=at(MONDAY))
    assert "Next step, from 2026-11-03: “Second”." in result.stdout
    first, second = storage.load(store_path).store.steps
    assert sorted(first.marks) == [date(2026, 11, 2)]
    assert sorted(second.marks) == [date(2026, 11, 9), date(2026, 11, 11)]  # its due days


# --- the evening after a non-due day ------------------------------------------------------


def test_saturday_morning_marks_friday_then_names_monday(run: Run, store_path: Path) -> None:
    start(run)
    result = run("log", "--done", "--note", "Everyone greeted", now=at("2026-11-07", "09:00"))
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout)[:2] == [
        "Saturday is not a due day: marked Friday 2026-11-06.",
        "2026-11-06: done — Say good moring",
    ]
    again = run("log", "--done", now=at("2026-11-07", "10:00"))
    assert (again.exit_code, again.stderr) == (
        1,
        "petitspas: Saturday is not a due day and Friday 2026-11-06 is logged already: "
        "the next due day is Monday 2026-11-09. (To mark Saturday anyway: --date today.)\n",
    )
    kept = run("log", "--done", "--date", "today", now=at("2026-11-07", "10:00"))
    assert lines(kept.stdout)[1] == (
        "2026-11-07 is not a due day for this step: the mark is kept but does not count."
    )


def test_saturday_after_a_paused_friday_says_it_is_paused(run: Run, store_path: Path) -> None:
    assert run("add", "Friday ritual", "--schedule", "fri", now=at("2026-12-04")).exit_code == 0
    run("log", "--done", now=at("2026-12-18"))
    run("log", "--skip", "--from", "2026-12-25", "--to", "2027-01-08", now=at("2026-12-18"))
    logged = refused(run, store_path, "log", "--done", now=at("2026-12-19", "10:00"), code=1)
    assert logged == (
        "petitspas: Saturday is not a due day and Friday 2026-12-18 is logged already: the "
        "next due day is Friday 2027-01-15. (To mark Saturday anyway: --date today.)\n"
    )
    paused = refused(run, store_path, "log", "--missed", now=at("2026-12-26", "10:00"), code=1)
    assert paused == (
        "petitspas: Saturday is not a due day and Friday 2026-12-25 is paused: to log it "
        "instead, `petitspas log --missed --date 2026-12-25`. The next due day is Friday "
        "2027-01-15.\n"
    )
    french = refused(
        run, store_path, "--lang", "fr", "log", "--done", now=at("2026-12-26", "10:00"), code=1
    )
    assert french == typeset(
        "petitspas: Ce samedi n'est pas un jour prévu et le vendredi 2026-12-25 est en pause : "
        "pour le noter à la place, `petitspas log --done --date 2026-12-25`. Le prochain jour "
        "prévu est le vendredi 2027-01-15.\n"
    )
    asked = run("log", tty=True, input="y\n\n", now=at("2026-12-26", "10:00"))
    assert (asked.exit_code, lines(asked.stderr)[0]) == (1, paused.replace("missed", "done")[:-1])
    replaced = run("log", "--done", "--date", "2026-12-25", now=at("2026-12-26", "10:00"))
    assert lines(replaced.stdout)[0] == "2026-12-25: done (replaces pause)."


def test_the_evening_rule_in_french_and_at_the_terminal(run: Run, store_path: Path) -> None:
    start(run)
    result = run("--lang", "fr", "log", input="o\n\n", tty=True, now=at("2026-11-08", "20:00"))
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout)[0] == "Say good moring — vendredi 2026-11-06"
    assert typeset("Ce dimanche n'est pas un jour prévu : marqué le vendredi 2026-11-06.") in (
        result.stdout
    )


def test_a_non_due_day_with_no_due_day_behind_it_is_refused(run: Run, store_path: Path) -> None:
    assert run("init", now=at("2026-11-07")).exit_code == 0
    run("add", "Friday ritual", "--schedule", "friday", now=at("2026-11-07"))
    result = run("log", "--done", now=at("2026-11-08"))
    assert (result.exit_code, result.stderr) == (
        1,
        "petitspas: Sunday is not a due day: the next due day is Friday 2026-11-13. "
        "(To mark it anyway: --date today.)\n",
    )


# --- a miss on a step not due tomorrow -----------------------------------------------------

FRIDAY_18 = "2026-12-18"
FRIDAYS = ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27", "2026-12-04", "2026-12-11")


def friday_step(run: Run) -> None:
    """The Friday stand-up from the catalog, done on six Fridays from 6 Nov."""
    assert run("add", "--from-catalog", "cahier-de-reussites", now=at(FRIDAYS[0])).exit_code == 0
    for friday in FRIDAYS:
        assert run("log", "--done", now=at(friday)).exit_code == 0


def test_one_miss_on_a_weekly_step_is_no_stall_and_names_the_next_friday(
    run: Run, store_path: Path
) -> None:
    friday_step(run)
    result = run("log", "--missed", now=at("2026-12-18"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert lines(result.stdout) == [
        "2026-12-18: missed — Hold a stand-up to fill the team's success log",
        "Streak 0 · best 6 · strength 49%",
        "One miss does not undo a habit (Lally et al., 2010). "
        "Never miss twice: the next due day, Friday 2026-12-25, counts.",
    ]
    assert status(run, "2026-12-18")["stalled"] is False
    french = run("--lang", "fr", "log", "--missed", "--note", "grève", now=at(FRIDAY_18, "22:00"))
    assert lines(french.stdout)[-1] == typeset(
        "Un oubli ne défait pas une habitude (Lally et al., 2010). "
        "Jamais deux fois de suite : le prochain jour prévu, vendredi 2026-12-25, compte."
    )
    again = run("log", "--missed", now=at("2026-12-25"))
    assert lines(again.stdout)[2] == (
        "This step is stalling: two due days missed in a row. It happens, and it says more "
        "about the step's design than about you: adjust it, by trial and error, one "
        "question at a time."
    )


def test_a_miss_before_a_planned_pause_names_the_first_day_back(run: Run, store_path: Path) -> None:
    friday_step(run)
    run("log", "--skip", "--from", "2026-12-25", "--to", "2027-01-08", now=at(FRIDAY_18, "09:00"))
    result = run("log", "--missed", now=at("2026-12-18"))
    assert lines(result.stdout)[-1] == (
        "One miss does not undo a habit (Lally et al., 2010). "
        "Never miss twice: the next due day, Friday 2027-01-15, counts."
    )


def test_a_catch_up_miss_does_not_say_tomorrow(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", now=at(MONDAY))
    result = run("log", "--missed", "--date", "yesterday", now=at("2026-11-04"))
    assert lines(result.stdout)[-1] == (
        "One miss does not undo a habit (Lally et al., 2010). "
        "Never miss twice: the next due day, Wednesday 2026-11-04, counts."
    )
    run("log", "--done", now=at("2026-11-04", "22:00"))
    later = run("log", "--missed", "--date", "2026-11-05", now=at("2026-11-06"))
    assert lines(later.stdout)[-1] == (
        "One miss does not undo a habit (Lally et al., 2010). "
        "Never miss twice: the next due day, Friday 2026-11-06, counts."
    )
    friday = run("log", "--missed", now=at("2026-11-06", "22:00"))  # Friday: Monday comes next
    assert lines(friday.stdout)[-1] == (
        "Missed again: make the next due day, Monday 2026-11-09, easy. A sharper cue or a "
        "smaller step often helps (`petitspas edit`)."
    )


# --- notes ----------------------------------------------------------------------------------


def test_notes_are_never_lost_silently(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", "--note", "Greeted the night shift", now=at(MONDAY))
    assert refused(run, store_path, "log", "--done", "--note", "", now=at(MONDAY), code=2) == (
        "petitspas: An empty --note would erase the day's note: to remove a note, "
        "use `petitspas log --clear-note --date DATE`.\n"
    )  # fmt: skip
    replaced = run("log", "--done", "--note", "Greeted everyone", now=at(MONDAY))
    assert lines(replaced.stdout)[:2] == [
        "2026-11-02: note updated.",
        "The note replaces the one written before: “Greeted the night shift”.",
    ]
    cleared = run("log", "--clear-note", "--date", MONDAY, now=at(MONDAY))
    assert cleared.stdout == "2026-11-02: note removed (“Greeted everyone”).\n"
    mark = storage.load(store_path).store.steps[0].marks[date(2026, 11, 2)]
    assert (mark.mark, mark.note) == ("done", None)
    assert refused(run, store_path, "log", "--clear-note", now=at(MONDAY), code=1) == (
        "petitspas: 2026-11-02 has no note: nothing to remove.\n"
    )
    assert refused(run, store_path, "log", "--clear-note", "--done", now=at(MONDAY), code=2)


# --- settings -------------------------------------------------------------------------------


def test_settings_show_and_change(run: Run, store_path: Path) -> None:
    start(run)
    shown = run("settings", now=at(MONDAY))
    assert lines(shown.stdout) == [
        "Language: en",
        "A log day starts at: 04:00",
        "Vision: A team that dares",
        "Goals: strength 80%, self-check 5.5 of 7",
        f"Store: {store_path}",
    ]
    changed = run("settings", "--lang", "fr", "--day-starts-at", "5:30", now=at(MONDAY))
    assert lines(changed.stdout)[:3] == [
        "Langue réglée.",
        typeset(
            "Début du jour changé : il vaut pour les jours à venir "
            "(les jours déjà notés gardent leur date)."
        ),
        typeset("Langue : fr"),
    ]
    data = json.loads(run("settings", "--json", now=at(MONDAY)).stdout)
    assert data == {
        "store": str(store_path), "vision": "A team that dares",
        "vision_history": [{"on": "2026-11-02", "vision": "A team that dares"}], "lang": "fr",
        "day_starts_at": "05:30", "strength_goal": 0.8, "srbai_goal": 5.5,
    }  # fmt: skip
    # At 05:00 the log day is still yesterday now.
    assert status(run, "2026-11-03", "05:00")["log_day"] == "2026-11-02"
    now = at(MONDAY)
    assert refused(run, store_path, "settings", "--lang", "de", now=now, code=2)
    assert refused(run, store_path, "settings", "--day-starts-at", "25:00", now=now, code=2)
    before = store_path.read_bytes()
    assert run("settings", "--lang", "fr", now=now).exit_code == 0
    assert store_path.read_bytes() == before  # already so: nothing written


# --- the end of the path, the first run -----------------------------------------------------


def test_a_complete_path_says_so_everywhere(run: Run, store_path: Path) -> None:
    start(run, "--schedule", "daily")
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01
    storage.save(store, store_path, storage.load(store_path))
    run("check", "--answers", "7,7,7,7", now=at(MONDAY))
    run("log", "--done", now=at(MONDAY))
    tomorrow = at("2026-11-03")
    assert run("status", now=tomorrow).stdout == (
        "petitspas: path complete (add the next step with `petitspas add`)\n"
    )
    assert status(run, "2026-11-03")["path_complete"] is True
    result = run("log", "--done", now=tomorrow)
    assert (result.exit_code, result.stderr) == (
        1,
        "petitspas: Your path is complete: every step is automatic or over. Add the next "
        "one, e.g. `petitspas add --from-catalog KEY` (bonjour, trois-reussites, "
        "cahier-de-reussites).\n",
    )
    review = run("review", now=tomorrow).stdout
    assert "Your path is complete: every step became automatic or ended. Well done!" in review
    assert json.loads(run("path", "--json", now=tomorrow).stdout)["path_complete"] is True


def test_add_on_a_missing_store_creates_it(run: Run, store_path: Path) -> None:
    result = run("add", "--from-catalog", "3", now=at(MONDAY))
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout) == [
        f"Created your store at {store_path} "
        "(set your vision later with `petitspas settings --vision`).",
        "Added “Hold a stand-up to fill the team's success log” "
        "(cahier-de-reussites): active from 2026-11-02. "
        "Log it on Friday 2026-11-06 with `petitspas log`.",  # a Friday step, added on a Monday
    ]
    store = storage.load(store_path).store
    assert (store.vision, store.settings.lang, store.steps[0].schedule) == (None, "en", "fri")
    assert store_path.stat().st_mode & 0o777 == 0o600
    review = run("review", now=at(MONDAY)).stdout
    assert "No vision yet: what would you like people to say of your team?" in review


def test_an_id_of_digits_alone_is_refused_and_never_made(run: Run, store_path: Path) -> None:
    """STEP is an id or a number in `path`: an id of digits would read as a number."""
    start(run)
    run("add", "Second one", now=at(MONDAY))
    said = refused(run, store_path, "add", "Third one", "--id", "2", now=at(MONDAY), code=2)
    assert said == (
        "petitspas: '2' cannot be an id: digits alone read as a step's number in `path`. "
        "Add a letter (step-2, say).\n"
    )
    french = refused(
        run, store_path, "--lang", "fr", "add", "Third one", "--id", "007", now=at(MONDAY), code=2
    )
    assert french == typeset(
        "petitspas: « 007 » ne peut pas être un identifiant : des chiffres seuls se lisent "
        "comme un numéro dans `path`. Ajoutez une lettre (pas-007, par exemple).\n"
    )
    assert run("add", "2", now=at(MONDAY)).exit_code == 0
    assert run("add", "  3 ", "--id", "three", now=at(MONDAY)).exit_code == 0
    assert run("add", "4 5", now=at(MONDAY)).exit_code == 0
    ids = [step.id for step in storage.load(store_path).store.steps]
    assert ids == ["say-good-moring", "second-one", "pas-2", "three", "4-5"]
    moved = run("move", "pas-2", "5", now=at(MONDAY))
    assert (moved.exit_code, moved.stderr) == (0, "")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("lundi,mercredi", "mon,wed"),
        ("Monday, Friday", "mon,fri"),
        ("mer,ven", "wed,fri"),
        ("weekdays", "workdays"),
        (" Weekdays ", "workdays"),
        ("jours ouvrés", "workdays"),
        ("ouvrés", "workdays"),
    ],
)
def test_weekdays_in_either_language(run: Run, store_path: Path, typed: str, kept: str) -> None:
    assert run("add", "Ritual", "--schedule", typed, now=at(MONDAY)).exit_code == 0
    assert storage.load(store_path).store.steps[0].schedule == kept


def test_a_schedule_refused_names_what_to_type(run: Run, store_path: Path) -> None:
    start(run)
    said = refused(run, store_path, "add", "X", "--schedule", "mon,tue,wen", now=at(MONDAY), code=2)
    assert said == (
        "petitspas: 'wen' is not a day (in 'mon,tue,wen'): use mon, tue, wed, thu, fri, sat, "
        "sun (or monday…, lundi…, lun…).\n"
    )
    french = refused(
        run, store_path, "--lang", "fr", "edit", "--schedule", "lun,mardy", now=at(MONDAY), code=2
    )
    assert french == typeset(
        "petitspas: « mardy » n'est pas un jour (dans « lun,mardy ») : utilisez lun, mar, mer, "
        "jeu, ven, sam, dim (ou lundi…, mon…, monday…).\n"
    )
    unknown = refused(run, store_path, "add", "X", "--schedule", "weekends", now=at(MONDAY), code=2)
    assert unknown == (
        "petitspas: Unknown schedule 'weekends': use workdays (or weekdays), daily, or days "
        "like mon,wed,fri.\n"
    )


def test_demo_takes_a_relative_folder(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("demo", "--dir", "sample", now=at(MONDAY))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "sample" / "petitspas.json").is_file()
    assert (tmp_path / "sample").stat().st_mode & 0o777 == 0o700


# --- a month and a half of a real manager's evenings --------------------------------------


def test_a_real_managers_weeks(run: Run, store_path: Path) -> None:
    """The README's tour, lived: a typo fixed on day 2, the schedule narrowed to Monday,
    Wednesday and Friday on day 10, a week's holiday entered ahead, Friday logged on
    Saturday morning, and the last step graduating."""
    said: list[str] = []

    def evening(day: str, *args: str, hour: str = "21:30") -> None:
        result = run(*args, now=at(day, hour))
        assert result.exit_code == 0, (day, args, result.stderr)
        said.extend(lines(result.stdout))

    evening(MONDAY, "init", "--vision", "A team that dares")
    evening(MONDAY, "add", "Say good moring to each person", "--cue", "After I hang my coat")
    evening(MONDAY, "log", "--done")
    evening("2026-11-03", "edit", "--title", "Say good morning to each person")
    for day in ("2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09"):
        evening(day, "log", "--done")
    evening("2026-11-10", "log", "--done", "--note", "Even the new intern")
    evening("2026-11-11", "edit", "--schedule", "mon,wed,fri")
    evening("2026-11-11", "log", "--done")
    evening("2026-11-14", "log", "--done", hour="09:10")  # Saturday: Friday's log
    evening("2026-11-16", "log", "--skip", "--from", "2026-11-23", "--to", "2026-11-29",
            "--note", "Congés")  # fmt: skip
    for day in ("2026-11-16", "2026-11-18", "2026-11-20", "2026-11-30", "2026-12-02"):
        evening(day, "log", "--done")
    evening("2026-12-05", "log", "--done", hour="10:00")  # Saturday: Friday's log
    for day in ("2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14", "2026-12-16"):
        evening(day, "log", "--done")
    evening("2026-12-18", "check", "--answers", "6,6,5,6")
    evening("2026-12-18", "log", "--done")
    assert said[-1] == "Streak 21 · best 21 · strength 79%"
    evening("2026-12-21", "log", "--done")

    assert "Title: “Say good moring to each person” → “Say good morning to each person”" in said
    assert (
        "From 2026-11-11 on, the step is due Mon,Wed,Fri; earlier days keep the schedule "
        "they had." in said
    )
    assert "Paused 3 due days from 2026-11-23 to 2026-11-29: the streak waits for you." in said
    assert said.count("Saturday is not a due day: marked Friday 2026-11-13.") == 1
    assert "Saturday is not a due day: marked Friday 2026-12-04." in said
    assert said[-7:] == [
        "2026-12-21: done — Say good morning to each person",
        "Streak 22 · best 22 · strength 81%",
        "“Say good morning to each person” is now automatic. Well done!",
        "Your path is complete: every step is automatic or over. Add the next one, for example:",
        "  petitspas add --from-catalog trois-reussites   # Note 3 things done well and share them",
        "  petitspas add --from-catalog cahier-de-reussites   "
        "# Hold a stand-up to fill the team's success log",
        "  petitspas add --from-catalog nouvelles   # Ask someone what they went through, learned, "
        "are proud of",
    ]
    assert run("status", now=at("2026-12-22")).stdout == (
        "petitspas: path complete (add the next step with `petitspas add`)\n"
    )
    step = storage.load(store_path).store.steps[0]
    assert (step.status, step.automatic_on, step.id) == (
        "automatic", date(2026, 12, 21), "say-good-moring",
    )  # fmt: skip


def test_the_export_lists_a_steps_revisions(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", now=at(MONDAY))
    run("edit", "--title", "Say good <morning>", now=at("2026-11-03"))
    markdown = run("export", now=at("2026-11-03")).stdout
    assert (
        "- Changed on 2026-11-03: title: “Say good moring” → “Say good \\<morning\\>”\n" in markdown
    )
    page = run("export", "--format", "html", now=at("2026-11-03")).stdout
    assert "Changed on 2026-11-03: title: “Say good moring” → “Say good &lt;morning&gt;”" in page
    earlier = run("export", "--to", MONDAY, now=at("2026-11-03")).stdout
    assert "Changed on" not in earlier  # a report up to a day before the change


def test_dropping_the_last_step_is_not_a_complete_path(run: Run, store_path: Path) -> None:
    start(run)
    result = run("drop", now=at(MONDAY))
    assert lines(result.stdout)[1] == "No step is waiting: add the next one, for example:"
    assert run("status", now=at(MONDAY)).stdout == (
        "petitspas: no active step (add one with `petitspas add`)\n"
    )
    assert status(run, MONDAY)["path_complete"] is False


# --- what a review of the change found ------------------------------------------------------


def test_a_schedule_edit_after_the_clock_went_back_keeps_the_history(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    start(run)
    run("edit", "--schedule", "daily", now=at("2026-11-20"))
    run("edit", "--schedule", "fri", now=at("2026-11-10"))  # the clock went back
    step = storage.load(store_path).store.steps[0]
    assert [(r.on.day, r.old, r.new) for r in step.revisions] == [
        (20, "workdays", "daily"),
        (20, "daily", "fri"),  # dated with the change before it, never earlier
    ]
    assert [step.schedule_on(date(2026, 11, day)) for day in (5, 20)] == ["workdays", "fri"]
    copy = tmp_path / "copy.json"
    copy.write_bytes(store_path.read_bytes())
    before = storage.load(store_path).store.steps
    assert run("merge", str(copy), now=at("2026-11-21")).exit_code == 0
    assert storage.load(store_path).store.steps == before  # an identical copy changes nothing


def _graduating_tomorrow(run: Run, store_path: Path, *more: str) -> None:
    """A daily step that graduates on its first done day (goal 0.01), a pause planned for
    2026-11-04…06, and `more` steps waiting."""
    assert run("init", "--vision", "v", now=at(MONDAY)).exit_code == 0
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01
    storage.save(store, store_path, storage.load(store_path))
    run("add", "First", "--schedule", "daily", now=at(MONDAY))
    for title in more:
        run("add", title, "--schedule", "daily", now=at(MONDAY))
    run("log", "--skip", "--from", "2026-11-04", "--to", "2026-11-06", now=at(MONDAY))
    run("check", "--answers", "7,7,7,7", now=at(MONDAY))


def test_a_pause_moved_at_graduation_does_not_come_back_by_merge(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    _graduating_tomorrow(run, store_path, "Second")
    older = tmp_path / "older.json"
    older.write_bytes(store_path.read_bytes())
    run("log", "--done", now=at(MONDAY))  # First graduates; the pause goes to Second
    first = storage.load(store_path).store.steps[0]
    assert first.marks.keys() == {date(2026, 11, 2)}
    assert run("merge", str(older), now=at(MONDAY, "22:00")).exit_code == 0
    first, second = storage.load(store_path).store.steps
    assert first.marks.keys() == {date(2026, 11, 2)}
    assert len(second.marks) == 3


def test_pauses_past_the_last_graduation_are_called_off_and_said(
    run: Run, store_path: Path
) -> None:
    _graduating_tomorrow(run, store_path)
    result = run("log", "--done", now=at(MONDAY))
    assert "The 3 paused days planned (2026-11-04, 2026-11-05, 2026-11-06) are called off: " in (
        result.stdout
    )
    assert storage.load(store_path).store.steps[0].marks.keys() == {date(2026, 11, 2)}


def test_a_step_unlocked_for_tomorrow_is_removed_not_dropped(run: Run, store_path: Path) -> None:
    _graduating_tomorrow(run, store_path, "Second", "Third")
    run("log", "--done", now=at(MONDAY))  # Second starts tomorrow, with the planned pause
    said = refused(run, store_path, "drop", now=at(MONDAY, "22:00"), code=1)
    assert said == (
        "petitspas: “Second” starts on 2026-11-03: it has no history to keep. "
        "To take it off your path: `petitspas remove 2`.\n"
    )
    result = run("remove", "2", now=at(MONDAY, "22:00"))
    assert result.exit_code == 0, result.stderr
    _, third = storage.load(store_path).store.steps
    assert (third.status, third.started) == ("active", date(2026, 11, 3))
    assert len(third.marks) == 3  # the pause goes on to the step that now starts


def test_remove_says_no_before_asking(run: Run, store_path: Path) -> None:
    start(run)
    result = run("remove", "1", input="y\n", tty=True, now=at(MONDAY))
    assert result.exit_code == 1
    assert result.stdout == ""  # no question asked for a step that cannot go


def test_removing_the_last_step_to_come_calls_its_pauses_off_and_says_so(
    run: Run, store_path: Path
) -> None:
    _graduating_tomorrow(run, store_path, "Second")
    run("log", "--done", now=at(MONDAY))  # Second starts tomorrow, with the planned pause
    result = run("remove", "2", now=at(MONDAY, "22:00"))
    assert (result.exit_code, result.stdout) == (0, (
        "Removed “Second” (second) from your path.\n"
        "The 3 paused days planned (2026-11-04, 2026-11-05, 2026-11-06) are called off: "
        "no step is left to pause.\n"
    ))  # fmt: skip
    (first,) = storage.load(store_path).store.steps
    assert first.marks.keys() == {date(2026, 11, 2)}


# --- the days of a step that is over ------------------------------------------------------


def test_a_finished_steps_notes_stay_the_managers_to_change_or_remove(
    run: Run, store_path: Path
) -> None:
    _graduating_tomorrow(run, store_path, "Second")
    run("log", "--done", now=at(MONDAY))  # First graduates tonight; Second starts tomorrow
    # Graduation evening: a note for tonight still goes to tonight's (First's) mark.
    result = run("log", "--note", "Told Léa about it", now=at(MONDAY, "22:00"))
    assert (result.exit_code, result.stdout) == (0, "2026-11-02: note updated.\n")
    first = storage.load(store_path).store.steps[0]
    assert first.marks[date(2026, 11, 2)].note == "Told Léa about it"
    # A week later, the note naming a colleague can still go.
    result = run("log", "--clear-note", "--date", "2026-11-02", now=at("2026-11-09"))
    assert (result.exit_code, result.stdout) == (
        0, "2026-11-02: note removed (“Told Léa about it”).\n"
    )  # fmt: skip
    first = storage.load(store_path).store.steps[0]
    assert (first.marks[date(2026, 11, 2)].mark, first.marks[date(2026, 11, 2)].note) == (
        "done", None
    )  # fmt: skip
    assert first.status == "automatic"


def test_a_finished_steps_marks_are_history(run: Run, store_path: Path) -> None:
    _graduating_tomorrow(run, store_path, "Second")
    run("log", "--done", now=at(MONDAY))
    said = (
        "petitspas: 2026-11-02 belongs to “First”, automatic since 2026-11-02: its marks "
        "stay as they are; its note can still change (--note, --clear-note).\n"
    )
    for args in (("--missed", "--date", "today"), ("--clear", "--date", "2026-11-02")):
        assert refused(run, store_path, "log", *args, now=at(MONDAY, "22:00"), code=1) == said


def test_the_evening_a_step_is_dropped_unlogged_counts_the_same_everywhere(
    run: Run, store_path: Path
) -> None:
    start(run)  # workdays, from Monday 2026-11-02
    run("log", "--done", now=at(MONDAY))
    run("drop", "--reason", "not now", now=at("2026-11-03"))  # Tuesday, left unlogged
    data = json.loads(run("review", "--json", "--week", MONDAY, now=at("2026-11-04")).stdout)
    # Not a miss: the step ended that evening; the export and the strength do not count it.
    assert data["heatmap"][-1]["days"][:3] == ["done", "none", "none"]
    report = run("export", now=at("2026-11-04")).stdout
    assert "- Done 1 of 1 due day (100%)" in report.splitlines()


def test_a_mistyped_pause_is_called_off_as_a_range(run: Run, store_path: Path) -> None:
    start(run)
    run("log", "--done", now=at(MONDAY))
    run(
        "log", "--skip", "--from", "2026-11-16", "--to", "2026-12-04", now=at(MONDAY)
    )  # meant 11-20
    run("log", "--missed", "--date", "2026-11-03", now=at("2026-11-03"))
    result = run(
        "log", "--clear", "--from", "2026-11-03", "--to", "2026-11-22", now=at("2026-11-03")
    )
    assert (result.exit_code, lines(result.stdout)) == (0, [
        "Called off the pause on 5 due days from 2026-11-03 to 2026-11-22.",
    ])  # fmt: skip
    step = storage.load(store_path).store.steps[0]
    assert sorted(d.isoformat() for d, m in step.marks.items() if m.mark == "skip") == [
        "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27",
        "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04",
    ]  # fmt: skip
    assert step.marks[date(2026, 11, 3)].mark == "missed"  # only pauses are called off
    assert sorted(step.cleared)[0] == date(2026, 11, 16)  # tombstones: a merge keeps it so
    assert refused(
        run, store_path, "log", "--clear", "--from", "2026-11-05", "--to", "2026-11-06",
        now=at("2026-11-03"), code=1,
    ) == "petitspas: No pause from 2026-11-05 to 2026-11-06: nothing to call off.\n"  # fmt: skip
    assert refused(
        run, store_path, "log", "--clear", "--note", "x", "--from", "2026-11-23",
        "--to", "2026-11-24", now=at("2026-11-03"), code=2,
    ) == (
        "petitspas: --clear removes marks: give it --date (one day) or --from and --to (the "
        "pauses of a range), without a mark or --note.\n"
    )  # fmt: skip


def test_a_pause_called_off_stays_off_through_a_merge(
    run: Run, store_path: Path, tmp_path: Path
) -> None:
    start(run, "--schedule", "daily")
    run("log", "--skip", "--from", "2026-11-10", "--to", "2026-11-12", now=at(MONDAY))
    older = tmp_path / "older.json"
    older.write_bytes(store_path.read_bytes())
    # Called off within the same second it was planned (or on a clock running behind).
    run("log", "--clear", "--from", "2026-11-10", "--to", "2026-11-12", now=at(MONDAY))
    run("log", "--clear", "--date", "2026-11-10", now=at(MONDAY))  # nothing left: refused
    assert run("merge", str(older), now=at(MONDAY, "21:30")).exit_code == 0
    step = storage.load(store_path).store.steps[0]
    assert [d for d, m in step.marks.items() if m.mark == "skip"] == []


def test_a_step_graduated_by_its_check_keeps_that_evening_to_log(
    run: Run, store_path: Path
) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY)).exit_code == 0
    store = storage.load(store_path).store
    store.settings.strength_goal = 0.01  # one done day is enough
    storage.save(store, store_path, storage.load(store_path))
    run("add", "First", "--schedule", "daily", now=at(MONDAY))
    run("add", "Second", "--schedule", "daily", now=at(MONDAY))
    run("log", "--done", now=at(MONDAY))
    # Tuesday: the self-check comes before the evening's log, and graduates First.
    assert "is now automatic" in run("check", "--answers", "7,7,7,7", now=at("2026-11-03")).stdout
    result = run("log", "--done", "--note", "Last one", now=at("2026-11-03", "21:30"))
    assert (result.exit_code, lines(result.stdout)[0]) == (0, "2026-11-03: done — First")
    assert "petitspas check" not in result.stdout  # no invitation: First is automatic
    first, second = storage.load(store_path).store.steps
    assert first.marks[date(2026, 11, 3)].note == "Last one" and not second.marks
    review = run("review", now=at("2026-11-03", "21:40")).stdout
    assert "Starts         2026-11-04 (tomorrow)" in review


def test_a_note_alone_the_morning_after_goes_to_the_last_due_day(
    run: Run, store_path: Path
) -> None:
    start(run)  # workdays
    run("log", "--done", "--date", "2026-11-06", now=at("2026-11-06"))
    result = run("log", "--note", "Friday went well", now=at("2026-11-07", "10:00"))
    assert (result.exit_code, lines(result.stdout)[:2]) == (0, [
        "Saturday is not a due day: the note is for Friday 2026-11-06.",
        "2026-11-06: note updated.",
    ])  # fmt: skip
    marks = storage.load(store_path).store.steps[0].marks
    assert marks[date(2026, 11, 6)].note == "Friday went well"


def test_pauses_typed_years_ahead_before_the_limit_can_still_be_called_off(
    run: Run, store_path: Path
) -> None:
    start(run, "--schedule", "daily")
    store = storage.load(store_path).store
    skip = DayMark("skip", None, "2026-11-02T21:00:00+01:00")
    store.steps[0].marks = {date(2062, 11, 10): skip, date(2062, 11, 11): skip}
    storage.save(store, store_path, storage.load(store_path))
    result = run("log", "--clear", "--from", "2062-11-10", "--to", "2062-11-11", now=at(MONDAY))
    assert (result.exit_code, result.stdout) == (
        0, "Called off the pause on 2 due days from 2062-11-10 to 2062-11-11.\n"
    )  # fmt: skip
