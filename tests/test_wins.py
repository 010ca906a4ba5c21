"""The cahier de réussites: `win`, `wins` and its digests, the petit pas that collects wins,
the review's and the exports' wins, and wins through a merge."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import Run, check_golden

from petitspas.i18n import typeset
from petitspas.storage import store as storage

MONDAY = "2026-11-23"
GOLDEN = Path(__file__).parent / "golden"


def at(day: str, hour: str = "21:00") -> str:
    return f"{day}T{hour}+00:00"


def _week(run: Run, lang: str = "en") -> None:
    """Three wins on two evenings, one edited, one removed; a private note and a miss."""
    assert (
        run("--lang", lang, "init", "--vision", "A team that dares", now=at(MONDAY, "08")).exit_code
        == 0
    )
    assert run("add", "Greet", now=at(MONDAY, "08:01")).exit_code == 0
    assert (
        run("log", "--done", "--note", "PRIVATE Marc late", now=at(MONDAY, "20:00")).exit_code == 0
    )
    assert run("win", "Léa closed the incident calmly", now=at(MONDAY)).exit_code == 0
    assert run("win", "Typo wn", now=at(MONDAY, "21:01")).exit_code == 0
    assert run("log", "--missed", now=at("2026-11-25", "20:00")).exit_code == 0
    assert run("win", "Karim's demo landed", now=at("2026-11-25")).exit_code == 0


def test_three_wins_on_two_evenings_one_edited_one_removed(run: Run) -> None:
    _week(run)
    edited = run("win", "--edit", "2", "Sophie's review was kind", now=at("2026-11-25", "21:05"))
    assert edited.stdout == "Win 2 changed: “Typo wn” → “Sophie's review was kind”.\n"
    removed = run("win", "--remove", "3", now=at("2026-11-26"))
    assert removed.stdout == "Win 3 removed: “Karim's demo landed”.\n"
    result = run("wins", now=at("2026-11-27"))
    assert result.stdout == (
        "Cahier de réussites, week of 2026-11-23 to 2026-11-29\n"
        "Our vision: A team that dares\n"
        "\n"
        "Monday 2026-11-23\n"
        "  1. Léa closed the incident calmly\n"
        "  2. Sophie's review was kind\n"
        "\n"
        "2 wins this week.\n"
    )


def test_a_win_says_its_number_and_the_week(run: Run) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY, "08")).exit_code == 0
    result = run(
        "win", "Léa closed the incident calmly", "--date", "2026-11-24", now=at(MONDAY, "22:00")
    )
    assert result.exit_code == 1  # a day to come
    assert result.stderr == (
        "petitspas: 2026-11-24 is still to come (tonight is 2026-11-23): "
        "a win is noted once it happened.\n"
    )
    result = run("win", "Léa closed the incident calmly", now=at(MONDAY))
    assert result.stdout == (
        "Win 1 noted for Monday 2026-11-23: “Léa closed the incident calmly”.\n"
        "1 win in the week of 2026-11-23: `petitspas wins` shows it, `--format md` to share it.\n"
    )


def test_wins_in_french(run: Run) -> None:
    _week(run, "fr")
    result = run("wins", now=at("2026-11-27"))
    assert result.stdout == typeset(
        "Cahier de réussites, semaine du 2026-11-23 au 2026-11-29\n"
        "Notre cap : A team that dares\n"
        "\n"
        "Lundi 2026-11-23\n"
        "  1. Léa closed the incident calmly\n"
        "  2. Typo wn\n"
        "\n"
        "Mercredi 2026-11-25\n"
        "  3. Karim's demo landed\n"
        "\n"
        "3 réussites cette semaine.\n"
    )
    assert run("win", "--remove", "9", now=at("2026-11-27")).stderr == typeset(
        "petitspas: Pas de réussite 9 dans la semaine du 2026-11-23 : elle en compte 3 "
        "(voir `petitspas wins`).\n"
    )


def test_an_empty_week_says_how_to_add_one(run: Run) -> None:
    _week(run)
    result = run("wins", "--week", "2026-11-30", now=at("2026-12-01"))
    assert result.stdout == (
        "Cahier de réussites, week of 2026-11-30 to 2026-12-06\n"
        "Our vision: A team that dares\n"
        "\n"
        'No win noted this week. Note one tonight: `petitspas win "what went well"`.\n'
    )


def test_the_markdown_digest_is_golden_and_json_is_exact(run: Run) -> None:
    _week(run)
    md = run("wins", "--format", "md", now=at("2026-11-27")).stdout
    check_golden("wins-en.md", md)
    data = json.loads(run("wins", "--json", now=at("2026-11-27")).stdout)
    assert data == {
        "week": MONDAY,
        "vision": "A team that dares",
        "wins": [
            {"n": 1, "on": MONDAY, "text": "Léa closed the incident calmly"},
            {"n": 2, "on": MONDAY, "text": "Typo wn"},
            {"n": 3, "on": "2026-11-25", "text": "Karim's demo landed"},
        ],
    }


@pytest.mark.parametrize("form", ["text", "md", "html"])
def test_a_digest_holds_no_private_note_no_miss_no_score(run: Run, form: str) -> None:
    _week(run)
    shared = run("wins", "--format", form, now=at("2026-11-27")).stdout
    assert "Léa closed the incident calmly" in shared
    for private in ("PRIVATE", "Marc late", "missed", "%", "strength", "streak"):
        assert private not in shared
    if form == "html":
        assert "<script" not in shared and "http" not in shared.replace("http-equiv", "")


def test_the_petit_pas_of_noting_wins_asks_for_them(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY, "08")).exit_code == 0
    assert run("add", "--from-catalog", "trois-reussites", now=at(MONDAY, "08:01")).exit_code == 0
    result = run(
        "log", "--done", now=at(MONDAY), tty=True,
        input="Léa closed the incident\nKarim's demo\nA calm retro\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Tonight's wins, to share on Friday (Enter to stop):" in result.stdout
    assert result.stdout.rstrip().endswith(
        "3 wins noted: “Léa closed the incident”; “Karim's demo”; “A calm retro”."
    )
    store = storage.load(store_path).store
    assert [win.text for win in store.wins] == [
        "Léa closed the incident",
        "Karim's demo",
        "A calm retro",
    ]
    assert store.steps[0].marks[store.steps[0].started].note is None  # wins, not a note
    # Enter stops early; off a terminal nothing is asked.
    tuesday = "2026-11-24"
    early = run("log", "--done", now=at(tuesday), tty=True, input="One thing\n\n")
    assert early.stdout.rstrip().endswith("1 win noted: “One thing”.")
    assert run("log", "--done", now=at("2026-11-25")).exit_code == 0
    assert len(storage.load(store_path).store.wins) == 4


def test_the_review_shows_the_wins_first_then_the_notes(run: Run) -> None:
    _week(run)
    review = run("review", now=at("2026-11-25", "22:00")).stdout
    section = review[review.index("Success log of the week") :].split("\n\n")[0]
    assert section.splitlines()[1:] == [
        "★ Mon 23 Léa closed the incident calmly",
        "★ Mon 23 Typo wn",
        "★ Wed 25 Karim's demo landed",
        "• Mon 23 PRIVATE Marc late",
    ]


def test_the_exports_carry_the_wins_unless_left_out(run: Run) -> None:
    _week(run)
    md = run("export", now=at("2026-11-27")).stdout
    assert "## Wins (cahier de réussites)\n\n- 2026-11-23 — Léa closed the incident calmly\n" in md
    assert "Wins (cahier" not in run("export", "--no-wins", now=at("2026-11-27")).stdout
    html = run("export", "--format", "html", now=at("2026-11-27")).stdout
    assert '<section id="wins">' in html and "Karim&#x27;s demo landed" in html
    csv = run("export", "--format", "csv", now=at("2026-11-27")).stdout
    assert ",,2026-11-25,win,Karim's demo landed,2026-11-25T21:00:00+00:00\n" in csv


def test_wins_travel_through_a_merge(run: Run, store_path: Path, tmp_path: Path) -> None:
    """Both copies add, edit and remove wins; the merge keeps every change, each once."""
    _week(run)
    laptop = tmp_path / "laptop.json"
    shutil.copyfile(store_path, laptop)
    on_laptop = ("--store", str(laptop))
    assert run(*on_laptop, "win", "From the laptop", now=at("2026-11-26", "08:00")).exit_code == 0
    assert run(*on_laptop, "win", "--remove", "1", now=at("2026-11-26", "08:01")).exit_code == 0
    assert run("win", "--edit", "2", "Typo fixed", now=at("2026-11-26", "09:00")).exit_code == 0
    assert run("win", "From the desktop", now=at("2026-11-26", "09:01")).exit_code == 0
    result = run("merge", str(laptop), now=at("2026-11-26", "10:00"))
    assert result.exit_code == 0, result.stderr
    texts = [win.text for win in storage.load(store_path).store.wins]
    assert texts == ["Typo fixed", "Karim's demo landed", "From the laptop", "From the desktop"]
    shutil.copyfile(store_path, tmp_path / "desktop.json")
    assert run(*on_laptop, "merge", str(tmp_path / "desktop.json")).exit_code == 0
    assert storage.load(laptop).store.state() == storage.load(store_path).store.state()


def test_help_names_each_commands_own_formats(run: Run) -> None:
    from petitspas.export import DIGESTS, FORMATS
    from petitspas.export.digest import FORMATS as WRITERS

    assert tuple(WRITERS) == DIGESTS
    assert "text|md|html" in run("wins", "--help").stdout
    assert "md|html|json|csv" in run("export", "--help").stdout
    assert list(FORMATS) == ["md", "html", "json", "csv"]


def test_the_vision_keeps_its_history_and_a_change_shows_the_old_one(run: Run) -> None:
    created = run("init", now=at("2026-11-02", "08"))
    assert created.stdout.splitlines()[-1] == (
        'Your vision is best found with your team: `petitspas settings --vision "…"` sets '
        "the one you settle on (each change is kept, dated)."
    )
    assert run("settings", "--vision", "A team that dares", now=at("2026-11-09")).exit_code == 0
    changed = run("init", "--vision", "A team that dares and learns", now=at("2026-11-23"))
    assert changed.stdout.splitlines()[1] == (
        "Vision changed: “A team that dares and learns” (it was “A team that dares”; "
        "the history below keeps both)."
    )
    shown = run("--lang", "fr", "settings", now=at("2026-11-24")).stdout.splitlines()
    assert shown[-3:] == [
        typeset("Le cap au fil du temps :"),
        "  2026-11-09  A team that dares",
        "  2026-11-23  A team that dares and learns",
    ]
    data = json.loads(run("settings", "--json", now=at("2026-11-24")).stdout)
    assert data["vision_history"] == [
        {"on": "2026-11-09", "vision": "A team that dares"},
        {"on": "2026-11-23", "vision": "A team that dares and learns"},
    ]


def test_init_at_a_terminal_asks_the_vision_with_the_team_in_mind(run: Run) -> None:
    result = run("init", now=at("2026-11-02", "08"), tty=True, input="A team that dares\n\n")
    assert result.stdout.startswith(
        "The seed's question is best answered with your team, by consensus: what would you "
        "like people to say about your team?\n"
    )


def test_a_long_demo_holds_wins_and_a_short_one_stays_as_it_was(run: Run, tmp_path: Path) -> None:
    for weeks, folder in ((26, tmp_path / "long"), (10, tmp_path / "short")):
        folder.mkdir()
        assert (
            run("demo", "--dir", str(folder), "--weeks", str(weeks), now=at("2026-11-27")).exit_code
            == 0
        )
    long_store = storage.load(tmp_path / "long" / "petitspas.json").store
    assert len(long_store.wins) > 20
    # The wins of the petit pas that collects them: one to three each evening it was done.
    noting = next(step for step in long_store.steps if step.catalog == "trois-reussites")
    evenings = {win.on for win in long_store.wins if noting.started <= win.on <= noting.ended}  # type: ignore[operator]
    done = {day for day, mark in noting.marks.items() if mark.mark == "done"}
    assert evenings == done
    assert storage.load(tmp_path / "short" / "petitspas.json").store.wins == []


def test_a_week_runs_monday_to_sunday(run: Run) -> None:
    assert run("init", "--vision", "v", now=at("2026-11-22", "08")).exit_code == 0
    for day in ("2026-11-22", "2026-11-23", "2026-11-29", "2026-11-30"):  # Sun, Mon, Sun, Mon
        assert run("win", f"won on {day}", "--date", day, now=at("2026-11-30")).exit_code == 0
    listed = json.loads(run("wins", "--week", "2026-11-26", "--json", now=at("2026-11-30")).stdout)
    assert [win["text"] for win in listed["wins"]] == ["won on 2026-11-23", "won on 2026-11-29"]
    removed = run("win", "--remove", "2", "--date", "2026-11-29", now=at("2026-11-30"))
    assert removed.stdout == "Win 2 removed: “won on 2026-11-29”.\n"


def test_the_markdown_digest_shows_a_win_as_typed(run: Run) -> None:
    assert run("init", "--vision", "v", now=at(MONDAY, "08")).exit_code == 0
    typed = "*Léa* fixed #42 <fast> | `ls` _twice_"
    assert run("win", typed, now=at(MONDAY)).exit_code == 0
    md = run("wins", "--format", "md", now=at(MONDAY, "22:00")).stdout
    assert "- \\*Léa\\* fixed \\#42 \\<fast\\> \\| \\`ls\\` \\_twice\\_\n" in md
    assert f"  1. {typed}\n" in run("wins", now=at(MONDAY, "22:00")).stdout
