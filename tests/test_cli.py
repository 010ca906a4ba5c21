"""The commands end to end, in-process: exact output lines, exit codes and store effects."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len
from tests.conftest import Run

from petitspas.i18n import typeset
from petitspas.storage import store as storage

MONDAY = "2026-11-23"


def lines(text: str) -> list[str]:
    return text.strip("\n").splitlines()


def setup_step(run: Run, now: str = f"{MONDAY}T20:00", *extra: str) -> None:
    assert run("init", "--vision", "A team that dares", now=now).exit_code == 0
    assert run("add", "Say good morning", "--cue", "When I arrive", *extra, now=now).exit_code == 0


# --- init ----------------------------------------------------------------------------------


def test_init_with_flags_creates_the_store(run: Run, store_path: Path) -> None:
    result = run("init", "--vision", "A team that dares", "--lang", "fr")
    assert result.exit_code == 0
    assert lines(result.stdout)[0] == f"Fichier créé à {store_path}."
    saved = storage.load(store_path).store
    assert saved.vision == "A team that dares"
    assert saved.settings.lang == "fr"
    assert saved.steps == []


def test_init_twice_without_flags_is_refused_and_changes_nothing(
    run: Run, store_path: Path
) -> None:
    run("init", "--vision", "v")
    before = store_path.read_bytes()
    result = run("init")
    assert result.exit_code == 1
    assert result.stderr == (
        f"petitspas: petitspas is already set up at {store_path}: "
        "use --vision or --lang to change them.\n"
    )
    assert store_path.read_bytes() == before


def test_init_again_with_vision_updates_it(run: Run, store_path: Path) -> None:
    run("init", "--vision", "old")
    result = run("init", "--vision", "new")
    assert result.exit_code == 0
    assert storage.load(store_path).store.vision == "new"


def test_init_off_a_terminal_never_asks(run: Run, store_path: Path) -> None:
    result = run("init", tty=False)
    assert result.exit_code == 0
    assert storage.load(store_path).store.vision is None
    assert "pick a first step" in result.stdout


def test_init_interactive_asks_vision_and_first_step(run: Run, store_path: Path) -> None:
    result = run("init", input="People who dare\n2\n", tty=True, now=f"{MONDAY}T20:00")
    assert result.exit_code == 0, result.output
    saved = storage.load(store_path).store
    assert saved.vision == "People who dare"
    assert [(s.id, s.status) for s in saved.steps] == [("trois-reussites", "active")]
    assert lines(result.stdout)[-1] == (
        "Added “Note 3 things done well and share them” (trois-reussites): "
        f"active from {MONDAY}. Log it tonight with `petitspas log`."
    )


def test_init_interactive_accepts_own_words(run: Run, store_path: Path) -> None:
    result = run("init", input="\nAsk how the weekend went\n", tty=True)
    assert result.exit_code == 0
    saved = storage.load(store_path).store
    assert saved.vision is None
    assert [s.title for s in saved.steps] == ["Ask how the weekend went"]


# --- add -----------------------------------------------------------------------------------


def test_commands_before_init_say_to_run_init(run: Run, store_path: Path) -> None:
    for args in (("log", "--done"), ("status",), ("path",)):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr == (
            f"petitspas: No petitspas store at {store_path}: "
            "run `petitspas init` first (or pass --store).\n"
        )
    assert not store_path.exists()


def test_first_step_is_active_and_the_next_locked(run: Run, store_path: Path) -> None:
    setup_step(run)
    result = run("add", "--from-catalog", "merci", now=f"{MONDAY}T20:00")
    assert result.exit_code == 0
    assert result.stdout == (
        "Added “Thank someone for a specific piece of work” (merci): "
        "locked until “Say good morning” is automatic.\n"
    )
    steps = storage.load(store_path).store.steps
    assert [(s.id, s.status, s.started) for s in steps] == [
        ("say-good-morning", "active", steps[0].started),
        ("merci", "locked", None),
    ]
    assert steps[0].started is not None and steps[0].started.isoformat() == MONDAY
    assert steps[1].schedule == "workdays"
    assert steps[1].catalog == "merci"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("Say good morning",), 1, "Your path already has “Say good morning” (say-good-morning)"),
        (("  SAY   good MORNING ",), 1, "Your path already has “Say good morning”"),
        (("   ",), 2, "The step needs a title"),
        (("Other", "--id", "Bad Id"), 2, "'Bad Id' is not a valid id"),
        (("Other", "--id", "say-good-morning"), 1, "The id 'say-good-morning' is taken"),
        (("Other", "--schedule", "funday"), 2, "Unknown schedule 'funday'"),
        (("Other", "--from-catalog", "merci"), 2, "Give either a TITLE or --from-catalog KEY"),
        (("--from-catalog", "nope"), 2, "No catalog step 'nope'"),
        (("bad\x1btitle",), 2, "The title contains control characters"),
        (("x" * 201,), 2, "The title is 201 characters long; keep it to 200 at most."),
    ],
)
def test_add_refuses_bad_input_and_leaves_the_store(
    run: Run, store_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    setup_step(run)
    before = store_path.read_bytes()
    result = run("add", *args)
    assert result.exit_code == code
    assert len(lines(result.stderr)) == 1
    assert result.stderr.startswith("petitspas: ")
    assert message in result.stderr
    assert store_path.read_bytes() == before


def test_add_without_title_off_a_terminal_is_a_usage_error(run: Run) -> None:
    run("init")
    result = run("add", tty=False)
    assert result.exit_code == 2
    assert "Missing TITLE" in result.stderr


def test_add_interactive_asks_each_part(run: Run, store_path: Path) -> None:
    run("init")
    result = run("add", input="Thank one person\nAfter lunch\nSmile\nmon,fri\n", tty=True)
    assert result.exit_code == 0, result.output
    step = storage.load(store_path).store.steps[0]
    assert (step.title, step.cue, step.celebration, step.schedule) == (
        "Thank one person",
        "After lunch",
        "Smile",
        "mon,fri",
    )


def test_same_slug_for_different_titles_gets_a_suffix(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("add", "Say good-morning!")
    assert [s.id for s in storage.load(store_path).store.steps] == [
        "say-good-morning",
        "say-good-morning-2",
    ]


def test_catalog_in_french_lists_every_key(run: Run) -> None:
    result = run("--lang", "fr", "catalog")
    assert result.exit_code == 0
    for key in ("bonjour", "trois-reussites", "cahier-de-reussites", "cap"):
        assert key in result.stdout
    assert "Petits pas proposés" in result.stdout


# --- path ----------------------------------------------------------------------------------


def test_path_json_has_the_fixed_keys(run: Run) -> None:
    setup_step(run)
    run("add", "--from-catalog", "merci")
    run("log", "--done", "--date", MONDAY, now="2026-11-24T21:00")
    result = run("path", "--json", now="2026-11-24T21:00")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["vision"] == "A team that dares"
    assert data["steps"][0] == {
        "id": "say-good-morning",
        "title": "Say good morning",
        "cue": "When I arrive",
        "celebration": None,
        "schedule": "workdays",
        "status": "active",
        "started": MONDAY,
        "automatic_on": None,
        "dropped_on": None,
        "streak": 1,
        "best_streak": 1,
        "strength": 0.0611,
        "revisions": [],
        "maintenance": None,  # never automatic
    }
    assert data["steps"][1]["status"] == "locked"
    assert data["steps"][1]["started"] is None
    assert data["path_complete"] is False


@pytest.mark.parametrize("command", ["path", "catalog"])
def test_path_and_catalog_read_well_at_40_columns(
    run: Run, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    setup_step(run)
    run("add", "--from-catalog", "cahier-de-reussites")
    monkeypatch.setenv("COLUMNS", "40")
    result = run(command)
    assert result.exit_code == 0
    assert max(cell_len(line) for line in lines(result.stdout)) <= 40
    assert "\x1b[" not in result.stdout
    assert "…" not in result.stdout  # nothing cut
    assert "Hold a stand-up to fill the team's" in result.stdout


@pytest.mark.parametrize("columns", ["40", "100"])
def test_path_prints_emoji_codes_and_brackets_as_written(
    run: Run, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    # A title is the manager's own words: ":rocket:" is not turned into an emoji, nor
    # "[bold]" into markup, in the list (narrow) or the table (wide) layout.
    run("init", "--vision", ":star: [bold]us[/bold]")
    run("add", ":rocket: Launch [b]x[/b]", "--schedule", "daily")
    monkeypatch.setenv("COLUMNS", columns)
    result = run("path")
    assert result.exit_code == 0
    assert ":star: [bold]us[/bold]" in result.stdout
    assert ":rocket: Launch [b]x[/b]" in result.stdout.replace("\n", " ")


# --- log -----------------------------------------------------------------------------------


def test_log_done_prints_mark_streak_and_strength(run: Run) -> None:
    setup_step(run)
    result = run("log", "--done", "--note", "hello all", now=f"{MONDAY}T21:00")
    assert result.exit_code == 0
    assert lines(result.stdout) == [
        f"{MONDAY}: done — Say good morning",
        "Streak 1 · best 1 · strength 6%",
    ]


def test_log_before_the_day_starts_belongs_to_the_previous_evening(
    run: Run, store_path: Path
) -> None:
    setup_step(run)
    result = run("log", "--done", now="2026-11-24T01:30")
    assert result.exit_code == 0
    marks = storage.load(store_path).store.steps[0].marks
    assert [day.isoformat() for day in marks] == [MONDAY]
    assert run("log", "--done", now="2026-11-24T04:00").exit_code == 0
    marks = storage.load(store_path).store.steps[0].marks
    assert [day.isoformat() for day in marks] == [MONDAY, "2026-11-24"]


def test_logging_again_replaces_and_says_so(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("log", "--done", "--note", "kept", now=f"{MONDAY}T21:00")
    result = run("log", "--missed", now=f"{MONDAY}T22:00")
    assert result.exit_code == 0
    assert lines(result.stdout) == [
        f"{MONDAY}: missed (replaces done).",
        "Streak 0 · best 0 · strength 0%",
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: tomorrow counts.",
    ]
    mark = storage.load(store_path).store.steps[0].marks[date.fromisoformat(MONDAY)]
    assert (mark.mark, mark.note) == ("missed", "kept")


def test_log_then_clear_restores_the_marks(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("log", "--done", "--date", MONDAY, now="2026-11-25T21:00")
    before = storage.load(store_path).store.steps[0].marks
    assert run("log", "--skip", "--date", "yesterday", now="2026-11-25T21:00").exit_code == 0
    result = run("log", "--clear", "--date", "-1", now="2026-11-25T21:00")
    assert result.exit_code == 0
    assert lines(result.stdout)[0] == "2026-11-24: removed the mark (pause)."
    assert storage.load(store_path).store.steps[0].marks == before


def test_note_alone_changes_the_note_of_a_marked_day(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("log", "--done", now=f"{MONDAY}T21:00")
    result = run("log", "--note", "Everyone smiled", now=f"{MONDAY}T21:30")
    assert result.exit_code == 0
    assert lines(result.stdout)[0] == f"{MONDAY}: note updated."
    mark = next(iter(storage.load(store_path).store.steps[0].marks.values()))
    assert (mark.mark, mark.note) == ("done", "Everyone smiled")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--done", "--date", "2026-02-30"), 2, "'2026-02-30' is not a real day"),
        (("--done", "--date", "someday"), 2, "Cannot read the date 'someday'"),
        (("--done", "--date", "2026-11-25"), 1, "2026-11-25 is in the future"),
        (("--done", "--date", "2026-11-22"), 1, "2026-11-22 is before the active step started"),
        (("--done", "--missed"), 2, "Choose one of --done, --missed, --skip."),
        (("--clear",), 1, "Nothing is logged on 2026-11-24: nothing to clear."),
        (("--clear", "--done"), 2, "--clear removes marks: give it --date (one day)"),
        (("--note", "hi"), 2, "2026-11-24 has no mark yet"),
        ((), 2, "Say what happened: --done, --missed or --skip (no terminal to ask on)."),
        (("--done", "--note", "a\x00b"), 2, "The note contains control characters"),
        (("--done", "--note", "n" * 2001), 2, "The note is 2001 characters long"),
    ],
)
def test_log_refuses_bad_input_and_leaves_the_store(
    run: Run, store_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    setup_step(run)
    before = store_path.read_bytes()
    result = run("log", *args, now="2026-11-24T21:00")
    assert result.exit_code == code
    assert len(lines(result.stderr)) == 1
    assert message in result.stderr
    assert store_path.read_bytes() == before


def test_log_with_nothing_active_is_refused(run: Run) -> None:
    run("init")
    result = run("log", "--done")
    assert result.exit_code == 1
    assert result.stderr == (
        "petitspas: No step is active: add one with `petitspas add` (see `petitspas path`).\n"
    )


@pytest.mark.parametrize(("answer", "mark"), [("y", "done"), ("n", "missed"), ("s", "skip")])
def test_log_on_a_terminal_asks(run: Run, store_path: Path, answer: str, mark: str) -> None:
    setup_step(run)
    result = run("log", input=f"maybe\n{answer}\nA note\n", tty=True, now=f"{MONDAY}T21:00")
    assert result.exit_code == 0, result.output
    assert "Please answer y, n or p." in result.stdout
    saved = next(iter(storage.load(store_path).store.steps[0].marks.values()))
    assert (saved.mark, saved.note) == (mark, "A note")


def test_log_in_french_on_a_terminal_takes_o(run: Run, store_path: Path) -> None:
    setup_step(run)
    result = run("--lang", "fr", "log", input="o\n\n", tty=True, now=f"{MONDAY}T21:00")
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[-1] == "Série 1 · record 1 · force 6\u00a0%"
    saved = next(iter(storage.load(store_path).store.steps[0].marks.values()))
    assert (saved.mark, saved.note) == ("done", None)


def test_french_prompts_put_a_space_before_the_colon(run: Run, store_path: Path) -> None:
    """French typography: « Une note ? (Entrée pour passer) : », never "passer): "; English
    keeps "…(Enter to skip): "."""
    setup_step(run)
    logged = run("--lang", "fr", "log", input="o\n\n", tty=True, now=f"{MONDAY}T21:00")
    assert typeset("Fait ? o = oui, n = non, p = pause prévue : ") in logged.stdout
    assert typeset("Une note ? (Entrée pour passer) : ") in logged.stdout
    assert "): " not in logged.stdout
    checked = run("--lang", "fr", "check", input="5\n5\n5\n5\n", tty=True, now=f"{MONDAY}T21:00")
    assert typeset("Votre note (1–7) : ") in checked.stdout
    edited = run("--lang", "fr", "edit", input="\n\n\n\n", tty=True, now=f"{MONDAY}T21:00")
    assert typeset(
        "Jours prévus : ouvrés, quotidien, lun,mer,ven (Entrée pour garder) [workdays] : "
    ) in (edited.stdout)
    dropped = run("--lang", "fr", "drop", input="non\n", tty=True, now=f"{MONDAY}T21:00")
    assert typeset("Il restera dans votre parcours comme abandonné. [o/N] : ") in dropped.stdout
    english = run("log", input="y\n\n", tty=True, now="2026-11-24T21:00")
    assert "Done? y = yes, n = no, p = pause (planned): " in english.stdout
    assert "A note? (Enter to skip): " in english.stdout


def test_a_week_by_hand(run: Run) -> None:
    """The README's worked example: done, done, missed, done, done, then the weekend."""
    setup_step(run)
    for day, flag in [
        ("2026-11-23", "--done"),
        ("2026-11-24", "--done"),
        ("2026-11-25", "--missed"),
        ("2026-11-26", "--done"),
        ("2026-11-27", "--done"),
    ]:
        assert run("log", flag, "--date", day, now="2026-11-28T10:00").exit_code == 0
    result = run("status", now="2026-11-28T10:00")
    assert result.stdout == "Say good morning: streak 2, 21% — nothing due today\n"
    data = json.loads(run("status", "--json", now="2026-11-28T10:00").stdout)
    assert (data["streak"], data["best_streak"], data["strength"]) == (2, 2, 0.2166)


def test_gaps_are_pointed_out(run: Run) -> None:
    setup_step(run)
    result = run("log", "--done", "--date", MONDAY, now="2026-11-26T21:00")
    assert lines(result.stdout)[-1] == (
        "2 days are still to log (Tuesday, Wednesday): "
        "`petitspas log --done --date 2026-11-24` for the first"
    )


# --- status --------------------------------------------------------------------------------


def test_status_json_has_the_fixed_keys(run: Run) -> None:
    setup_step(run)
    run("log", "--done", now=f"{MONDAY}T21:00")
    data = json.loads(run("status", "--json", now=f"{MONDAY}T22:00").stdout)
    assert data == {
        "log_day": MONDAY,
        "step": {"id": "say-good-morning", "title": "Say good morning", "status": "active"},
        "logged": True,
        "mark": "done",
        "streak": 1,
        "best_streak": 1,
        "strength": 0.0611,
        "gate": {"strength_ok": False, "selfcheck_ok": False},
        # 25 more workdays after Monday 23 Nov: Tue 24 Nov … Mon 28 Dec.
        "forecast": "2026-12-28",
        "stalled": False,
        "path_complete": False,
        "to_log": [],
        "maintenance_due": [],
        "slipping": [],
    }


# --- stalling -------------------------------------------------------------------------------

STALL_BLOCK = [
    "This step is stalling: two due days missed in a row. It happens, and it says more about"
    " the step's design than about you: adjust it, by trial and error, one question at a time.",
    "1. The prompt: is “When I arrive” a precise moment, right after something you already do"
    ' (“After I …”)? `petitspas edit --cue "After I …"`',
    "2. The ability: make it smaller, a starter step of under 30 seconds (one person, one"
    ' sentence). `petitspas edit --title "…"`',
    "3. The motivation: does this step still serve your vision? Tell yourself what it changes"
    " for the team.",
    'If it no longer fits, letting it go is honest too: `petitspas drop --reason "…"`',
]


def test_life_cycle_the_stalling_block_after_two_misses_past_day_14(run: Run) -> None:
    """A workdays step from Monday 2 Nov: two misses in its first 14 days (Thu 12, Fri 13)
    get "never miss twice", then "missed again", and no block; two in a row past day 14
    (Wed 18, Thu 19) get the stalling block, once: the third miss does not repeat it, and a
    done day ends the stall."""
    setup_step(run, "2026-11-02T08:00")
    marks = dict.fromkeys(("02", "03", "04", "05", "06", "09", "10", "11"), "--done")
    marks |= {"12": "--missed", "13": "--missed", "16": "--done", "17": "--done"}
    said = {}
    for day, flag in marks.items():
        result = run("log", flag, now=f"2026-11-{day}T21:00")
        assert result.exit_code == 0, result.output
        said[day] = lines(result.stdout)
    assert said["12"][-1] == (
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: tomorrow counts."
    )
    assert said["13"] == [
        "2026-11-13: missed — Say good morning",
        "Streak 0 · best 8 · strength 34%",
        "Missed again: make the next due day, Monday 2026-11-16, easy. A sharper cue or a "
        "smaller step often helps (`petitspas edit`).",
    ]
    assert said["17"][-1] == "Streak 2 · best 8 · strength 42%"
    first = run("log", "--missed", now="2026-11-18T21:00")
    assert lines(first.stdout)[-1].startswith("One miss does not undo a habit")
    assert json.loads(run("status", "--json", now="2026-11-18T22:00").stdout)["stalled"] is False
    second = run("log", "--missed", now="2026-11-19T21:00")
    assert second.exit_code == 0
    assert lines(second.stdout) == [
        "2026-11-19: missed — Say good morning",
        "Streak 0 · best 8 · strength 37%",
        *STALL_BLOCK,
    ]
    assert json.loads(run("status", "--json", now="2026-11-19T22:00").stdout)["stalled"] is True
    card = json.loads(run("review", "--json", now="2026-11-19T22:00").stdout)["step"]
    assert (card["stalled"], card["stall_reason"]) == (True, "missed_twice")
    third = run("log", "--missed", now="2026-11-20T21:00")
    assert lines(third.stdout) == [
        "2026-11-20: missed — Say good morning",
        "Streak 0 · best 8 · strength 35%",
        "Missed again: make the next due day, Monday 2026-11-23, easy. A sharper cue or a "
        "smaller step often helps (`petitspas edit`).",
    ]
    run("log", "--done", now="2026-11-23T21:00")
    status = json.loads(run("status", "--json", now="2026-11-23T22:00").stdout)
    assert status["stalled"] is False
    card = json.loads(run("review", "--json", now="2026-11-23T22:00").stdout)["step"]
    assert (card["stalled"], card["stall_reason"]) == (False, None)


def test_the_review_shows_the_stalling_block_under_the_card(run: Run) -> None:
    setup_step(run, "2026-11-02T08:00")  # then never logged: strength flat at 0
    result = run("review", now="2026-11-16T21:00")
    assert result.exit_code == 0
    shown = result.stdout.splitlines()
    below = shown[shown.index("╰" + "─" * 78 + "╯") + 1 :]
    assert below[:3] == [
        "Stalling",
        "This step is stalling: its strength has not risen in 14 days. It happens, and it",
        "says more about the step's design than about you: adjust it, by trial and error,",
    ]
    assert below[4].startswith("1. The prompt: is “When I arrive” a precise moment")
    assert json.loads(run("review", "--json", now="2026-11-16T21:00").stdout)["step"][
        "stall_reason"
    ] == ("strength_flat")
    assert "stalling" not in run("review", now="2026-11-13T21:00").stdout


def test_the_stalling_block_in_french_without_a_cue(run: Run) -> None:
    run("init", "--lang", "fr", now="2026-11-02T08:00")
    run("add", "Dire merci", now="2026-11-02T08:00")
    for day in ("02", "03", "04", "05", "06", "09", "10", "11", "12", "13"):
        assert (
            run("log", "--done", "--date", f"2026-11-{day}", now="2026-11-16T21:00").exit_code == 0
        )
    run("log", "--missed", "--date", "2026-11-16", now="2026-11-17T21:00")
    result = run("log", "--missed", now="2026-11-17T21:00")
    assert lines(result.stdout)[2:] == [
        typeset(line)
        for line in [
            "Ce pas patine : deux jours prévus manqués de suite. Cela arrive, et cela tient plus à"
            " la façon dont le pas est conçu qu'à vous : ajustez-le, par essais et erreurs, une"
            " question à la fois.",
            "1. Le déclencheur : accrochez le pas juste après un geste que vous faites déjà"
            ' (« Après avoir … »). `petitspas edit --cue "Après avoir …"`',
            "2. La facilité : faites-le plus petit, un premier pas de moins de 30 secondes (une"
            ' personne, une phrase). `petitspas edit --title "…"`',
            "3. L'envie : ce pas sert-il encore votre cap ? Redites-vous ce qu'il change pour"
            " l'équipe.",
            "Et s'il ne vous correspond plus, le laisser est honnête aussi :"
            ' `petitspas drop --reason "…"`',
        ]
    ]


def test_status_with_no_active_step(run: Run) -> None:
    run("init")
    assert run("status").stdout == ("petitspas: no active step (add one with `petitspas add`)\n")
    data = json.loads(run("status", "--json", now="2026-11-27T21:00").stdout)
    assert data["step"] is None and data["log_day"] == "2026-11-27" and data["forecast"] is None


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Say good morning", "Say good morning"),
        ("Exactly twenty-four char", "Exactly twenty-four char"),
        ("Demander à chacun son prénom de l'enfant", "Demander à chacun son…"),
        ("Noter 3 choses bien faites et les partager", "Noter 3 choses bien…"),
        ("Incomprehensibilities-everywhere", "Incomprehensibilities-e…"),
    ],
)
def test_the_prompt_line_shows_the_title_cut_at_a_word(title: str, shown: str) -> None:
    from petitspas.present.status import prompt_title

    assert prompt_title(title) == shown
    assert len(prompt_title(title)) <= 24


def test_the_prompt_line_follows_an_edited_title(run: Run) -> None:
    run("init", "--lang", "fr")
    run("add", "Demander à chacun son prénom de l'enfant")
    assert run("status").stdout == typeset(
        "Demander à chacun son… : série 0, 0 % — pas encore noté aujourd'hui\n"
    )
    assert run("edit", "--title", "Demander les prénoms").exit_code == 0
    assert run("status").stdout.startswith(typeset("Demander les prénoms : série 0"))


@pytest.mark.parametrize(
    ("title", "made"),
    [
        ("Say good morning to each person", "say-good-morning"),
        ("Demander à chacun son prénom de l'enfant", "demander-chacun-son"),
        ("Noter 3 choses bien faites et les partager", "noter-3-choses"),
        ("À la une", "une"),  # words of one or two letters are passed over…
        ("Un à un", "un-a-un"),  # …unless there are only such words
        ("2", "pas-2"),
        ("!!", "pas"),
    ],
)
def test_a_new_id_is_three_words_at_most(title: str, made: str) -> None:
    from petitspas.core.text import slugify

    assert slugify(title) == made


# --- check, the gate, drop -----------------------------------------------------------------


def _log_workdays(run: Run, count: int, first: str = "2026-11-02") -> str:
    """Log `count` done workdays from `first` (a Monday); returns the last day logged."""
    from datetime import date, timedelta

    day, logged = date.fromisoformat(first), 0
    while logged < count:
        if day.weekday() < 5:
            assert run("log", "--done", now=f"{day}T21:00").exit_code == 0
            logged += 1
        day += timedelta(days=1)
    return (day - timedelta(days=1)).isoformat()


def test_check_refuses_bad_answers(run: Run, store_path: Path) -> None:
    setup_step(run)
    before = store_path.read_bytes()
    for answers in ("5,6,7,8", "5,6,7", "a,b,c,d", "0,1,2,3"):
        result = run("check", "--answers", answers)
        assert result.exit_code == 2
        assert (
            f"--answers needs four whole numbers from 1 to 7, like 5,6,5,6 (got '{answers}')"
            in (result.stderr)
        )
    assert run("check").exit_code == 2
    assert store_path.read_bytes() == before


def test_check_on_a_terminal_asks_four_statements(run: Run, store_path: Path) -> None:
    setup_step(run)
    result = run("check", input="6\n9\n5\n6\n7\n", tty=True, now=f"{MONDAY}T21:00")
    assert result.exit_code == 0, result.output
    assert "“Say good morning” is something I do without thinking." in result.stdout
    assert "Please answer with a number from 1 to 7." in result.stdout
    assert "Self-check 2026-11-23: 6 / 7 (goal 5.5)." in result.stdout
    check = storage.load(store_path).store.steps[0].selfchecks[0]
    assert check.answers == (6, 5, 6, 7)


def test_life_cycle_twenty_five_workdays_are_not_enough(run: Run, store_path: Path) -> None:
    setup_step(run, "2026-11-02T20:00")
    run("add", "--from-catalog", "merci", now="2026-11-02T20:00")
    last = _log_workdays(run, 25)
    assert last == "2026-12-04"
    result = run("check", "--answers", "7,7,7,7", "--json", now=f"{last}T22:00")
    data = json.loads(result.stdout)
    assert data["gate"] == {"strength_ok": False, "selfcheck_ok": True}
    assert data["automatic"] is False
    status = json.loads(run("status", "--json", now=f"{last}T22:00").stdout)
    assert status["strength"] == 0.7934
    assert status["forecast"] == "2026-12-07"


def test_life_cycle_the_26th_workday_and_a_check_unlock_the_next(
    run: Run, store_path: Path
) -> None:
    setup_step(run, "2026-11-02T20:00")
    run("add", "--from-catalog", "merci", now="2026-11-02T20:00")
    assert _log_workdays(run, 26) == "2026-12-07"
    result = run("check", "--answers", "6,5,6,5", now="2026-12-07T22:00")
    assert result.exit_code == 0
    assert lines(result.stdout) == [
        "Self-check 2026-12-07: 5.5 / 7 (goal 5.5).",
        "“Say good morning” is now automatic. Well done!",
        "Next step, from 2026-12-08: “Thank someone for a specific piece of work”.",
    ]
    steps = storage.load(store_path).store.steps
    assert [(s.status, str(s.automatic_on), str(s.started)) for s in steps] == [
        ("automatic", "2026-12-07", "2026-11-02"),
        ("active", "None", "2026-12-08"),
    ]
    refused = run("log", "--done", now="2026-12-07T23:00")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "petitspas: 2026-12-07 belongs to “Say good morning”, automatic since 2026-12-07: its "
        "marks stay as they are; its note can still change (--note, --clear-note).\n"
    )


def test_life_cycle_a_friday_step_graduates_on_its_12th_done_friday(
    run: Run, store_path: Path
) -> None:
    """The seed's Friday stand-up: 11 done Fridays are not enough (0.7881), the 12th with a
    self-check of 5.5 that morning makes it automatic as it is logged (0.8160)."""
    run("init", now="2026-11-06T08:00")
    run("add", "--from-catalog", "cahier-de-reussites", now="2026-11-06T08:00")
    run("add", "--from-catalog", "merci", now="2026-11-06T08:00")
    fridays = [date(2026, 11, 6) + timedelta(weeks=week) for week in range(12)]
    for friday in fridays[:11]:
        result = run("log", "--done", now=f"{friday}T21:00")
        assert result.exit_code == 0, result.output
    assert lines(result.stdout)[-1] == "Streak 11 · best 11 · strength 78%"
    status = json.loads(run("status", "--json", now=f"{fridays[10]}T22:00").stdout)
    assert (status["strength"], status["forecast"]) == (0.7881, fridays[11].isoformat())
    check = run("check", "--answers", "6,5,6,5", now=f"{fridays[11]}T08:00")
    assert "Still to come: strength 78%" in check.stdout
    result = run("log", "--done", now=f"{fridays[11]}T21:00")
    assert lines(result.stdout) == [
        "2027-01-22: done — Hold a stand-up to fill the team's success log",
        "Streak 12 · best 12 · strength 81%",
        "“Hold a stand-up to fill the team's success log” is now automatic. Well done!",
        "Next step, from 2027-01-23: “Thank someone for a specific piece of work”.",
    ]
    steps = storage.load(store_path).store.steps
    assert [(s.status, str(s.automatic_on)) for s in steps] == [
        ("automatic", "2027-01-22"),
        ("active", "None"),
    ]


def test_life_cycle_a_low_or_old_check_does_not_unlock(run: Run, store_path: Path) -> None:
    setup_step(run, "2026-11-02T20:00")
    run("add", "--from-catalog", "merci", now="2026-11-02T20:00")
    _log_workdays(run, 21)  # … Monday 2026-11-30
    # A perfect check on 2026-11-30 will be 7 days old on 2026-12-07.
    run("check", "--answers", "7,7,7,7", now="2026-11-30T22:00")
    _log_workdays(run, 5, first="2026-12-01")  # Tue 1 … Mon 7: the 26th done day
    result = run("check", "--answers", "5,5,5,6", now="2026-12-07T22:00")
    assert lines(result.stdout) == [
        "Self-check 2026-12-07: 5.25 / 7 (goal 5.5).",
        "Still to come: a self-check of 5.5 or more (`petitspas check`, within 7 days).",
    ]
    assert storage.load(store_path).store.steps[0].status == "active"


def test_a_second_check_the_same_day_replaces_the_first(run: Run, store_path: Path) -> None:
    """One self-check a day: a second corrects the first (a mistyped one), it does not add a
    point that would weigh twice, nor three of them a plateau."""
    setup_step(run, "2026-11-02T20:00")
    run("add", "--from-catalog", "merci", now="2026-11-02T20:00")
    _log_workdays(run, 26)  # … Monday 2026-12-07: strength at the goal
    first = run("check", "--answers", "2,2,2,2", now="2026-12-07T22:00")
    assert lines(first.stdout)[0] == "Self-check 2026-12-07: 2 / 7 (goal 5.5)."
    before = store_path.read_bytes()
    same = run("check", "--answers", "2,2,2,2", now="2026-12-07T22:05")
    assert (same.exit_code, lines(same.stdout)[:2]) == (
        0,
        [
            "Self-check 2026-12-07: 2 / 7 (goal 5.5).",
            "Already recorded for 2026-12-07: nothing is written.",
        ],
    )
    assert store_path.read_bytes() == before
    second = run("check", "--answers", "6,6,5,6", now="2026-12-07T22:10")
    assert second.exit_code == 0, second.stderr
    assert lines(second.stdout) == [
        "Self-check 2026-12-07: 5.75 / 7 (goal 5.5).",
        "Replaces today's check (2,2,2,2).",
        "“Say good morning” is now automatic. Well done!",
        "Next step, from 2026-12-08: “Thank someone for a specific piece of work”.",
    ]
    step = storage.load(store_path).store.steps[0]
    assert [(c.date.isoformat(), c.answers) for c in step.selfchecks] == [
        ("2026-12-07", (6, 6, 5, 6))
    ]


def test_a_check_of_a_past_day_replaces_that_days_in_french(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("check", "--answers", "3,3,3,3", "--date", "2026-11-24", now="2026-11-25T21:00")
    run("check", "--answers", "4,4,4,4", now="2026-11-25T21:00")
    result = run(
        "--lang", "fr", "check", "--answers", "2,3,2,3", "--date", "-1", now="2026-11-25T22:00"
    )
    assert lines(result.stdout)[:2] == [
        typeset("Auto-évaluation du 2026-11-24 : 2,5 / 7 (objectif 5,5)."),
        "Remplace l'auto-évaluation du 2026-11-24 (3,3,3,3).",
    ]
    as_json = run("check", "--answers", "4,4,4,5", "--json", now="2026-11-25T22:30")
    assert json.loads(as_json.stdout)["replaced"] == [4, 4, 4, 4]
    step = storage.load(store_path).store.steps[0]
    assert [(c.date.isoformat(), c.answers) for c in step.selfchecks] == [
        ("2026-11-24", (2, 3, 2, 3)),
        ("2026-11-25", (4, 4, 4, 5)),
    ]


def test_log_invites_a_check_once_strength_is_reached(run: Run) -> None:
    setup_step(run, "2026-11-02T20:00")
    _log_workdays(run, 25)
    result = run("log", "--done", now="2026-12-07T21:00")
    assert lines(result.stdout)[-1] == (
        "Strength has reached its goal: run `petitspas check` to see if the step is automatic."
    )


def test_passing_the_gate_with_nothing_queued_suggests_catalog_steps(run: Run) -> None:
    setup_step(run, "2026-11-02T20:00")
    _log_workdays(run, 25)
    run("check", "--answers", "7,7,7,7", now="2026-12-04T22:00")
    result = run("log", "--done", now="2026-12-07T21:00")
    assert lines(result.stdout)[-4:] == [
        "Your path is complete: every step is automatic or over. Add the next one, for example:",
        "  petitspas add --from-catalog bonjour   # Say good morning to each person",
        "  petitspas add --from-catalog trois-reussites   # Note 3 things done well and share them",
        "  petitspas add --from-catalog cahier-de-reussites   "
        "# Hold a stand-up to fill the team's success log",
    ]


def test_drop_keeps_the_step_and_activates_the_next(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("add", "Thank one person")
    result = run("drop", "--reason", "not now", now="2026-11-25T21:00")
    assert result.exit_code == 0
    assert lines(result.stdout) == [
        "Dropped “Say good morning” on 2026-11-25. Stopping honestly is part of the method.",
        "Next step, from 2026-11-26: “Thank one person”.",
    ]
    first, second = storage.load(store_path).store.steps
    assert (first.status, str(first.dropped_on), first.drop_reason) == (
        "dropped",
        "2026-11-25",
        "not now",
    )
    assert (second.status, str(second.started)) == ("active", "2026-11-26")


def test_drop_on_a_terminal_asks_first(run: Run, store_path: Path) -> None:
    setup_step(run)
    before = store_path.read_bytes()
    result = run("drop", input="n\n", tty=True)
    assert result.exit_code == 1
    assert store_path.read_bytes() == before


# --- language ------------------------------------------------------------------------------


def test_store_language_is_used_unless_overridden(run: Run) -> None:
    run("init", "--lang", "fr")
    assert run("status").stdout.startswith(typeset("petitspas : aucun pas actif"))
    assert run("--lang", "en", "status").stdout.startswith("petitspas: no active step")


def test_unknown_language_is_a_usage_error(run: Run) -> None:
    result = run("--lang", "de", "status")
    assert result.exit_code == 2
    assert result.stderr == "petitspas: Unknown language 'de': use fr or en.\n"


# --- export --------------------------------------------------------------------------------


def test_export_markdown_is_the_same_bytes_twice(run: Run) -> None:
    setup_step(run)
    run("log", "--done", "--note", "a | b", now=f"{MONDAY}T21:00")
    first = run("export", now=f"{MONDAY}T22:00")
    second = run("export", "--format", "md", now=f"{MONDAY}T23:00")
    assert first.exit_code == second.exit_code == 0
    assert first.stdout == second.stdout
    assert first.stdout.startswith("# petitspas — progress\n")
    assert "a \\| b" in first.stdout


def test_export_csv_and_json(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("log", "--done", "--note", 'said "hi", twice', now=f"{MONDAY}T21:05+01:00")
    csv_text = run("export", "--format", "csv", now=f"{MONDAY}T22:00").stdout
    assert csv_text == (
        "step_id,step_title,date,mark,note,written_at\n"
        f'say-good-morning,Say good morning,{MONDAY},done,"said ""hi"", twice",'
        f"{MONDAY}T21:05:00+01:00\n"
    )
    assert run("export", "--format", "json").stdout == store_path.read_text(encoding="utf-8")


def test_export_to_a_file_atomically(run: Run, tmp_path: Path) -> None:
    setup_step(run)
    target = tmp_path / "progress.md"
    result = run("export", "-o", str(target), now=f"{MONDAY}T22:00")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"Wrote {target}.\n"
    assert target.read_text(encoding="utf-8") == run("export", now=f"{MONDAY}T22:00").stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "pdf"), "Unknown format 'pdf': use md, html, json or csv."),
        (("-o", "{tmp}"), "{tmp} is a folder: give a file name"),
        (("-o", "{tmp}/missing/x.md"), "The folder {tmp}/missing does not exist"),
    ],
)
def test_export_refuses_bad_targets(
    run: Run, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    setup_step(run)
    result = run("export", *(arg.format(tmp=tmp_path) for arg in args))
    assert result.exit_code == 2
    assert message.format(tmp=tmp_path) in result.stderr
    assert len(lines(result.stderr)) == 1
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("--from", "2026-02-30"),
            2,
            "'2026-02-30' is not a real day: check the month and day (YYYY-MM-DD).",
        ),
        (
            ("--from", "2026-11-25", "--to", "2026-11-24"),
            2,
            "--from 2026-11-25 comes after --to 2026-11-24: give the earlier day first.",
        ),
        (
            ("--format", "json", "--no-notes"),
            2,
            "The JSON export is the whole store: --from, --to and --no-notes are for md, html "
            "and csv.",
        ),
        (
            ("--format", "json", "--to", "yesterday"),
            2,
            "The JSON export is the whole store: --from, --to and --no-notes are for md, html "
            "and csv.",
        ),
        (
            ("--from", "2026-11-30"),  # no --to: the message names only what was typed
            1,
            "--from 2026-11-30 is after tonight's log day 2026-11-25: a report ends today at "
            "the latest.",
        ),
        (
            ("--to", "2026-11-26"),
            1,
            "--to 2026-11-26 is after tonight's log day 2026-11-25: a report ends today at the "
            "latest.",
        ),
    ],
)
def test_a_bad_period_is_one_line_and_writes_nothing(
    run: Run, tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    setup_step(run)
    target = tmp_path / "report.md"
    result = run("export", "-o", str(target), *args, now="2026-11-25T21:00")
    assert (result.exit_code, result.stdout) == (code, "")
    assert result.stderr == f"petitspas: {message}\n"
    assert not target.exists()


def test_export_of_a_period_without_notes(run: Run) -> None:
    setup_step(run)
    for day, note in [("2026-11-23", "Léa smiled"), ("2026-11-24", "Sam too")]:
        assert (
            run("log", "--done", "--date", day, "--note", note, now="2026-11-25T21:00").exit_code
            == 0
        )
    result = run("export", "--from", "-1", "--no-notes", now="2026-11-25T21:00")
    assert result.exit_code == 0
    assert "\nFrom 2026-11-24 to 2026-11-25. Notes left out.\n" in result.stdout
    assert "- Done 1 of 1 due day (100%)\n" in result.stdout
    assert "Léa" not in result.stdout and "Sam too" not in result.stdout
    csv_text = run("export", "--format", "csv", "--to", "2026-11-23", now="2026-11-25T21:00")
    assert csv_text.stdout.splitlines()[1:] == [
        "say-good-morning,Say good morning,2026-11-23,done,Léa smiled,2026-11-25T21:00:00+00:00"
    ]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_an_export_file_follows_the_umask_the_store_stays_private(
    run: Run, store_path: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    import os
    import stat

    before = os.umask(umask)
    try:
        setup_step(run)
        run("log", "--done", now=f"{MONDAY}T21:00")
        for form in ("md", "csv"):
            target = tmp_path / f"report.{form}"
            assert run("export", "--format", form, "-o", str(target)).exit_code == 0
            assert stat.S_IMODE(target.stat().st_mode) == mode
    finally:
        os.umask(before)
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
    for backup in storage.backup_files(store_path):
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


# --- found in review -----------------------------------------------------------------------


def test_export_never_writes_onto_the_store_or_its_backups(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("log", "--done", now=f"{MONDAY}T21:00")
    before = store_path.read_bytes()
    backup = storage.backup_files(store_path)[-1]
    for target in (store_path, backup):
        result = run("export", "-o", str(target))
        assert result.exit_code == 2
        assert "is the store itself (or one of its backups)" in result.stderr
    assert store_path.read_bytes() == before


@pytest.mark.parametrize("answers", ["²,1,1,1", "٧,1,1,1", "1,1,1,10", "+1,1,1,1"])
def test_check_refuses_digits_that_are_not_ratings(run: Run, answers: str) -> None:
    setup_step(run)
    result = run("check", "--answers", answers)
    assert result.exit_code == 2
    assert result.stderr.startswith("petitspas: --answers needs four whole numbers")


def test_a_mistyped_store_leaves_no_folder_or_lock(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "typo" / "deep" / "p.json"
    for args in (("log", "--done"), ("check", "--answers", "5,5,5,5"), ("drop",)):
        assert run("--store", str(target), *args).exit_code == 1
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(
    ("typed", "mark"), [("pas fait", None), ("oui", "done"), ("non", "missed"), ("pause", "skip")]
)
def test_log_reads_whole_words(run: Run, store_path: Path, typed: str, mark: str | None) -> None:
    setup_step(run)
    answer = f"{typed}\n" + ("" if mark else "p\n") + "\n"
    result = run("--lang", "fr", "log", input=answer, tty=True, now=f"{MONDAY}T21:00")
    assert result.exit_code == 0, result.output
    saved = next(iter(storage.load(store_path).store.steps[0].marks.values()))
    assert saved.mark == (mark or "skip")
    assert ("Répondez o, n ou p" in result.stdout) is (mark is None)


def test_drop_confirm_speaks_french(run: Run, store_path: Path) -> None:
    setup_step(run)
    result = run("--lang", "fr", "drop", input="oui\n\n", tty=True)
    assert result.exit_code == 0
    assert "[o/N]" in result.stdout
    assert storage.load(store_path).store.steps[0].status == "dropped"


def test_a_step_added_after_a_drop_starts_the_next_day(run: Run, store_path: Path) -> None:
    setup_step(run)
    run("drop", now="2026-11-25T21:00")
    result = run("add", "Thank one person", now="2026-11-25T21:30")
    assert "active from 2026-11-26" in result.stdout
    steps = storage.load(store_path).store.steps
    assert [(s.status, str(s.started)) for s in steps] == [
        ("dropped", MONDAY),
        ("active", "2026-11-26"),
    ]


@pytest.mark.parametrize(
    ("now", "says"),
    [
        # A Saturday, workdays step, Monday 23 to Friday 27 never logged.
        ("2026-11-28T10:00", "nothing due today, 5 days to log"),
        ("2026-11-24T21:00", "not logged today, Monday to log"),
    ],
)
def test_status_says_what_tonight_asks(run: Run, now: str, says: str) -> None:
    setup_step(run)
    assert run("status", now=now).stdout.endswith(f"— {says}\n")


def test_status_before_a_step_starts(run: Run) -> None:
    setup_step(run)
    run("drop", now="2026-11-25T21:00")
    run("add", "Thank one person", now="2026-11-25T21:30")
    assert run("status", now="2026-11-25T22:00").stdout == (
        "Thank one person: streak 0, 0% — starts 2026-11-26\n"
    )


def test_usage_errors_come_before_the_store(run: Run) -> None:
    # No store at all: still a usage error (2), not "run init" (1).
    assert run("export", "--format", "pdf").exit_code == 2
    assert run("review", "--weeks", "0").exit_code == 2
    assert run("log", "--done", "--missed").exit_code == 2


def test_doctor_on_a_newer_store_does_not_suggest_replacing_it(run: Run, store_path: Path) -> None:
    run("init")
    data = json.loads(store_path.read_text(encoding="utf-8"))
    data["schema"] = 99
    store_path.write_text(json.dumps(data), encoding="utf-8")
    result = run("doctor")
    assert result.exit_code == 3
    assert "upgrade petitspas" in result.stderr
    assert "init" not in result.stderr


def test_a_strength_just_under_the_goal_never_shows_as_the_goal(run: Run, store_path: Path) -> None:
    """34 daily days with misses on the 13th and 16th: strength 0.79998, under 0.80."""
    from datetime import date, timedelta

    from petitspas.core.model import DayMark, Step, Store

    first = date(2026, 11, 27) - timedelta(days=33)
    days = [first + timedelta(days=offset) for offset in range(34)]
    marks = {
        day: DayMark("missed" if index in (12, 15) else "done", None, "2026-11-01T21:00:00+00:00")
        for index, day in enumerate(days)
    }
    step = Step(
        id="bonjour", title="Say hello", schedule="daily", status="active",
        added_on=first, started=first, marks=marks,
    )  # fmt: skip
    storage.create(Store(vision="v", steps=[step]), store_path)
    status = json.loads(run("status", "--json").stdout)
    assert (status["strength"], status["gate"]["strength_ok"]) == (0.7999, False)
    assert json.loads(run("path", "--json").stdout)["steps"][0]["strength"] == 0.7999
    card = json.loads(run("review", "--json").stdout)["step"]
    assert (card["strength"], card["gate"]["strength_ok"]) == (0.7999, False)
    assert "79%" in run("review").stdout
    assert "80%" not in run("status").stdout


def test_status_json_tells_the_streak_from_the_best(run: Run) -> None:
    setup_step(run)  # Monday 2026-11-23
    for day, mark in (("23", "--done"), ("24", "--done"), ("25", "--done"), ("26", "--missed")):
        assert run("log", mark, "--date", f"2026-11-{day}").exit_code == 0
    assert run("log", "--done", "--date", "2026-11-27").exit_code == 0
    data = json.loads(run("status", "--json", now="2026-11-28T10:00").stdout)
    assert (data["streak"], data["best_streak"]) == (1, 3)


def test_check_json_says_what_a_graduation_unlocked(run: Run) -> None:
    setup_step(run, "2026-11-02T20:00")
    run("add", "--from-catalog", "merci", now="2026-11-02T20:00")
    _log_workdays(run, 26)
    result = run("check", "--answers", "6,5,6,5", "--json", now="2026-12-07T22:00")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["automatic"], data["next"]) == (True, "merci")
    assert data["gate"] == {"strength_ok": True, "selfcheck_ok": True}


def test_a_mistyped_option_is_a_usage_error(run: Run, store_path: Path) -> None:
    setup_step(run)
    before = store_path.read_bytes()
    result = run("log", "--dnoe")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "petitspas: `petitspas log` has no option --dnoe: did you mean --done?\n"
    )
    assert store_path.read_bytes() == before
