"""Maintenance and relapse (issue 21), told end to end through the CLI, in English and French:
a graduation, maintenance checks at 4 and 8 weeks, a check of 3, the review's block,
`reactivate`, the held step paused (streak and strength unchanged), the rebuilt step
graduating no sooner than 14 days later, the held step resuming the day after."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.conftest import Run, check_golden

from petitspas.errors import StoreError
from petitspas.i18n import typeset
from petitspas.storage import store as storage

TITLES = {"en": ("Say good morning", "Thank someone"), "fr": ("Dire bonjour", "Dire merci")}
GRADUATED = "2026-03-20"  # the 12th Friday from 2 Jan 2026: weekly strength 0.8160
LOW_CHECK = "2026-05-20"  # a Wednesday: a check of 3, then `reactivate`


def shown(text: str, lang: str) -> str:
    return typeset(text) if lang == "fr" else text


def fridays(first: str, last: str) -> list[str]:
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    out = []
    while day <= end:
        if day.weekday() == 4:
            out.append(day.isoformat())
        day += timedelta(days=1)
    return out


def graduated(run: Run, lang: str) -> None:
    """Two weekly steps (Fridays); the first graduates on its 12th Friday."""
    good_morning, thanks = TITLES[lang]
    now = "2026-01-02T20:00"
    assert run("--lang", lang, "init", "--vision", "v", now=now).exit_code == 0
    for title, key in ((good_morning, "bonjour"), (thanks, "merci")):
        assert run("add", title, "--schedule", "fri", "--id", key, now=now).exit_code == 0
    for day in fridays("2026-01-02", GRADUATED):
        assert run("log", "--done", now=f"{day}T21:00").exit_code == 0
    result = run("check", "--answers", "6,6,6,6", now=f"{GRADUATED}T21:05")
    assert f"{good_morning}" in result.stdout and result.exit_code == 0
    for day in fridays("2026-03-21", "2026-05-15"):  # the second step: eight Fridays done
        assert run("log", "--done", now=f"{day}T21:00").exit_code == 0


def slipping(run: Run) -> None:
    """After `graduated`: maintenance checks of 6 and 5 at four and eight weeks, then 3."""
    assert run("check", "bonjour", "--answer", "6", now="2026-04-17T21:30").exit_code == 0
    assert run("check", "bonjour", "--answer", "5", now="2026-05-15T21:30").exit_code == 0
    assert run("check", "bonjour", "--answer", "3", now=f"{LOW_CHECK}T21:00").exit_code == 0


def status(run: Run, now: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(run("status", "--json", now=now).stdout)
    return data


@pytest.mark.parametrize(
    ("lang", "four", "eight", "low"),
    [
        (
            "en",
            "Maintenance check of “Say good morning” for 2026-04-17: 6 of 7.\n"
            "Next check: 2026-05-15.\n",
            "Maintenance check of “Say good morning” for 2026-05-15: 5 of 7.\n"
            "Next check: 2026-06-12.\n",
            "Maintenance check of “Say good morning” for 2026-05-20: 3 of 7.\n"
            "The step seems to be slipping: `petitspas review` asks what changed;"
            " `petitspas reactivate bonjour` rebuilds it.\n",
        ),
        (
            "fr",
            "Point d'entretien de « Dire bonjour » pour le 2026-04-17 : 6 sur 7.\n"
            "Prochain point : le 2026-05-15.\n",
            "Point d'entretien de « Dire bonjour » pour le 2026-05-15 : 5 sur 7.\n"
            "Prochain point : le 2026-06-12.\n",
            "Point d'entretien de « Dire bonjour » pour le 2026-05-20 : 3 sur 7.\n"
            "Le pas semble s'effriter : `petitspas review` demande ce qui a changé ;"
            " `petitspas reactivate bonjour` le reprend.\n",
        ),
    ],
)
def test_maintenance_checks_at_four_and_eight_weeks_then_a_three(
    run: Run, lang: str, four: str, eight: str, low: str
) -> None:
    graduated(run, lang)
    assert status(run, "2026-04-16T21:00")["maintenance_due"] == []  # four weeks: 04-17
    due = status(run, "2026-04-17T21:00")
    assert (due["maintenance_due"], due["slipping"]) == (["bonjour"], [])
    # The prompt's line stays short, and remind says nothing of maintenance.
    line = run("--lang", lang, "status", now="2026-04-17T21:00").stdout
    assert "bonjour" not in line and "check" not in line
    assert run("remind", now="2026-04-17T22:00").stdout == ""  # Friday logged: nothing
    assert run(
        "--lang", lang, "check", "bonjour", "--answer", "6", now="2026-04-17T21:30"
    ).stdout == shown(four, lang)
    assert status(run, "2026-04-17T21:31")["maintenance_due"] == []
    assert run(
        "--lang", lang, "check", "1", "--answer", "5", now="2026-05-15T21:30"
    ).stdout == shown(eight, lang)
    result = run("--lang", lang, "check", "bonjour", "--answer", "3", now=f"{LOW_CHECK}T21:00")
    assert (result.exit_code, result.stdout) == (0, shown(low, lang))
    now = status(run, f"{LOW_CHECK}T21:01")
    assert (now["maintenance_due"], now["slipping"]) == ([], ["bonjour"])
    path = json.loads(run("path", "--json", now=f"{LOW_CHECK}T21:01").stdout)
    assert path["steps"][0]["maintenance"] == {
        "checks": [
            {"on": "2026-04-17", "score": 6},
            {"on": "2026-05-15", "score": 5},
            {"on": "2026-05-20", "score": 3},
        ],
        "slips": [],
        "next_check": "2026-06-12",
        "slipping": True,
    }
    assert path["steps"][1]["maintenance"] is None  # never automatic


BLOCK = {
    "en": (
        "Slipping\n"
        "“Say good morning” seems less automatic than it was. A lapse is not a relapse:\n"
        "old habits come back when the situation changes.\n"
        "What changed lately: more stress, a reorg, a new role, a new team?\n"
        "To rebuild it for a while (the current step waits, nothing lost):\n"
        "  `petitspas reactivate bonjour`\n"
    ),
    "fr": (
        "Ça s'effrite\n"
        "« Dire bonjour » semble moins automatique qu'avant. Un écart n'est pas une\n"
        "rechute : les vieilles habitudes reviennent quand la situation change.\n"
        "Qu'est-ce qui a changé ces temps-ci : plus de stress, une réorganisation, un\n"
        "  nouveau rôle, une nouvelle équipe ?\n"
        "Pour le reprendre un temps (le pas en cours attend, rien n'est perdu) :\n"
        "  `petitspas reactivate bonjour`\n"
    ),
}
DUE_LINE = {
    "en": "A maintenance check of “Say good morning” is due: `petitspas check bonjour`\n",
    "fr": "Un point d'entretien de « Dire bonjour » est à faire : `petitspas check bonjour`\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_review_shows_a_due_check_then_the_slipping_block(run: Run, lang: str) -> None:
    graduated(run, lang)
    review = run("--lang", lang, "review", now="2026-04-17T21:10").stdout
    assert shown(DUE_LINE[lang], lang) in review
    assert shown(BLOCK[lang].splitlines()[0], lang) not in review
    slipping(run)  # the story goes on: checks of 6, 5, then 3
    review = run("--lang", lang, "review", now=f"{LOW_CHECK}T21:10").stdout
    assert shown(BLOCK[lang], lang) in review
    assert shown(DUE_LINE[lang], lang) not in review


REACTIVATED = {
    "en": (
        "“Say good morning” is your active step again, tracked by the same gate (no sooner"
        " than 14 days from now). Log it tonight with `petitspas log`.\n"
        "“Thank someone” is on hold meanwhile: its days are paused, nothing is lost, and it"
        " resumes the day after.\n"
    ),
    "fr": (
        "« Dire bonjour » est de nouveau votre pas actif, suivi par le même seuil (pas avant"
        " 14 jours). Notez-le ce soir avec `petitspas log`.\n"
        "« Dire merci » attend pendant ce temps : ses jours sont en pause, rien n'est perdu,"
        " et il reprend le lendemain.\n"
    ),
}
RESUMES = {
    "en": "“Thank someone”, on hold, resumes from 2026-06-04.\n",
    "fr": "« Dire merci », en attente, reprend dès le 2026-06-04.\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_relapse_rebuilt_end_to_end(run: Run, lang: str) -> None:
    graduated(run, lang)
    slipping(run)
    before = json.loads(run("path", "--json", now=f"{LOW_CHECK}T21:10").stdout)["steps"][1]
    result = run("--lang", lang, "reactivate", "bonjour", now=f"{LOW_CHECK}T21:20")
    assert (result.exit_code, result.stdout) == (0, shown(REACTIVATED[lang], lang))
    now = status(run, f"{LOW_CHECK}T21:21")
    assert now["step"] == {"id": "bonjour", "title": TITLES[lang][0], "status": "active"}
    assert now["slipping"] == []
    held = json.loads(run("path", "--json", now=f"{LOW_CHECK}T21:21").stdout)["steps"][1]
    assert held["status"] == "on_hold"
    # Friday 22 and 29 May: done, with a self-check of 6, yet too soon (9 days after).
    for friday in ("2026-05-22", "2026-05-29"):
        assert run("log", "--done", now=f"{friday}T21:00").exit_code == 0
        checked = json.loads(
            run("check", "--answers", "6,6,6,6", "--json", now=f"{friday}T21:01").stdout
        )
        assert checked["gate"] == {"strength_ok": True, "selfcheck_ok": True}
        assert checked["automatic"] is False
    # The held step's Fridays are paused: its streak and strength do not move.
    paused = json.loads(run("path", "--json", now="2026-05-30T10:00").stdout)["steps"][1]
    assert (paused["streak"], paused["strength"]) == (before["streak"], before["strength"])
    # Thirteen days after: still too soon; fourteen: automatic again, and the held step resumes.
    early = run("check", "--answers", "6,6,6,6", "--json", now="2026-06-02T21:00")
    assert json.loads(early.stdout)["automatic"] is False
    result = run("--lang", lang, "check", "--answers", "6,6,6,6", now="2026-06-03T21:00")
    assert result.exit_code == 0
    assert result.stdout.endswith(shown(RESUMES[lang], lang))
    after = json.loads(run("path", "--json", now="2026-06-04T21:00").stdout)["steps"]
    assert after[0]["status"] == "automatic" and after[0]["automatic_on"] == "2026-06-03"
    assert after[0]["maintenance"]["next_check"] == "2026-07-01"  # four weeks again
    assert after[1]["status"] == "active"
    # Streak and strength of the held step: as they were before the hold.
    for key in ("streak", "best_streak", "strength", "started"):
        assert after[1][key] == before[key]
    assert before["streak"] == 8
    # It resumes the day after: its next Friday counts again.
    assert run("log", "--done", now="2026-06-05T21:00").exit_code == 0
    resumed = status(run, "2026-06-05T21:01")
    assert (resumed["step"]["id"], resumed["streak"]) == ("merci", 9)  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (
            "en",
            "Noted: “Say good morning” lapsed on 2026-04-01.\n"
            "One lapse is not a relapse: the next time the cue comes is what counts.\n",
            "Noted: “Say good morning” lapsed on 2026-04-20.\n"
            "The step seems to be slipping: `petitspas review` asks what changed;"
            " `petitspas reactivate bonjour` rebuilds it.\n",
        ),
        (
            "fr",
            "Noté : « Dire bonjour » a flanché le 2026-04-01.\n"
            "Un écart n'est pas une rechute : ce qui compte, c'est la prochaine fois que le"
            " déclencheur revient.\n",
            "Noté : « Dire bonjour » a flanché le 2026-04-20.\n"
            "Le pas semble s'effriter : `petitspas review` demande ce qui a changé ;"
            " `petitspas reactivate bonjour` le reprend.\n",
        ),
    ],
)
def test_two_slips_within_four_weeks_make_a_step_slipping(
    run: Run, lang: str, first: str, second: str
) -> None:
    graduated(run, lang)
    assert run("reactivate", "bonjour", now="2026-04-01T20:00").exit_code == 1  # not slipping
    result = run(
        "--lang", lang, "log", "--slip", "bonjour", "--note", "reorg", now="2026-04-01T21:00"
    )
    assert (result.exit_code, result.stdout) == (0, shown(first, lang))
    assert status(run, "2026-04-01T21:01")["slipping"] == []
    result = run(
        "--lang", lang, "log", "--slip", "bonjour", "--date", "2026-04-20", now="2026-04-21T21:00"
    )
    assert (result.exit_code, result.stdout) == (0, shown(second, lang))
    assert status(run, "2026-04-21T21:01")["slipping"] == ["bonjour"]
    # A check of 4 or more afterwards: the slips before it no longer count.
    assert run("check", "bonjour", "--answer", "5", now="2026-04-22T21:00").exit_code == 0
    assert status(run, "2026-04-22T21:01")["slipping"] == []


def test_slips_and_checks_are_for_an_automatic_step(run: Run) -> None:
    graduated(run, "en")
    assert run("log", "--slip", "merci", now="2026-04-01T21:00").exit_code == 1
    assert run("check", "merci", "--answer", "3", now="2026-04-01T21:00").exit_code == 1
    assert run("check", "bonjour", "--answer", "8", now="2026-04-01T21:00").exit_code == 2
    before = run(
        "check", "bonjour", "--answer", "5", "--date", "2026-03-19", now="2026-04-01T21:00"
    )
    assert before.exit_code == 1  # before its graduation
    assert run("log", "--slip", "bonjour", "--done", now="2026-04-01T21:00").exit_code == 2
    ranged = ("--from", "2026-04-01", "--to", "2026-04-02")
    assert run("log", "--slip", "bonjour", *ranged, now="2026-04-01T21:00").exit_code == 2
    off_terminal = run("check", "bonjour", now="2026-04-01T21:00")
    assert off_terminal.exit_code == 2
    asked = run("check", "bonjour", now="2026-04-01T21:00", input="6\n", tty=True)
    assert asked.exit_code == 0
    assert "“Say good morning” is something I do automatically." in asked.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_slipping_block_fits_forty_columns(
    run: Run, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    graduated(run, lang)
    slipping(run)
    monkeypatch.setenv("COLUMNS", "40")
    review = run("--lang", lang, "review", now=f"{LOW_CHECK}T21:10").stdout
    assert all(len(line) <= 40 for line in review.splitlines())
    assert "`petitspas reactivate bonjour`" in review.replace("\n  ", " ")


def test_check_step_json(run: Run) -> None:
    graduated(run, "en")
    first = run("check", "bonjour", "--answer", "6", "--json", now="2026-04-17T21:30")
    assert json.loads(first.stdout) == {
        "step": "bonjour",
        "date": "2026-04-17",
        "answer": 6,
        "replaced": None,
        "next_check": "2026-05-15",
        "slipping": False,
    }
    again = run("check", "bonjour", "--answer", "3", "--json", now="2026-04-17T21:40")
    assert json.loads(again.stdout) == {
        "step": "bonjour",
        "date": "2026-04-17",
        "answer": 3,
        "replaced": 6,  # one a day: the second replaces the first
        "next_check": "2026-05-15",
        "slipping": True,
    }


def test_a_complete_path_rebuilt_and_complete_again(run: Run) -> None:
    """With nothing active, the rebuilt step puts nothing on hold."""
    now = "2026-01-02T20:00"
    assert run("init", "--vision", "v", now=now).exit_code == 0
    assert (
        run("add", "Say good morning", "--schedule", "fri", "--id", "bonjour", now=now).exit_code
        == 0
    )
    for day in fridays("2026-01-02", GRADUATED):
        assert run("log", "--done", now=f"{day}T21:00").exit_code == 0
    assert run("check", "--answers", "6,6,6,6", now=f"{GRADUATED}T21:05").exit_code == 0
    assert status(run, "2026-03-21T10:00")["path_complete"] is True
    assert run("check", "bonjour", "--answer", "2", now="2026-04-01T21:00").exit_code == 0
    result = run("reactivate", "1", now="2026-04-01T21:01")
    assert result.stdout == (
        "“Say good morning” is your active step again, tracked by the same gate (no sooner"
        " than 14 days from now). Log it tonight with `petitspas log`.\n"
    )
    assert status(run, "2026-04-01T21:02")["path_complete"] is False
    assert run("log", "--done", "--date", "2026-03-27", now="2026-04-01T21:03").exit_code == 1
    assert run("log", "--done", now="2026-04-03T21:00").exit_code == 0
    assert run("check", "--answers", "7,7,7,7", now="2026-04-15T21:00").exit_code == 0
    assert status(run, "2026-04-15T21:01")["path_complete"] is True


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("columns", [80, 40])
def test_golden_review_on_the_slipping_day(
    run: Run, lang: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole review the evening a check of 3 makes a step slipping (new golden files)."""
    graduated(run, lang)
    slipping(run)
    monkeypatch.setenv("COLUMNS", str(columns))
    review = run("--lang", lang, "review", now=f"{LOW_CHECK}T21:10").stdout
    check_golden(f"review-slipping-{lang}-{columns}.txt", review)


def test_a_store_with_a_step_on_hold_and_no_rebuilt_step_does_not_load(
    run: Run, tmp_path: Path
) -> None:
    graduated(run, "en")
    slipping(run)
    assert run("reactivate", "bonjour", now=f"{LOW_CHECK}T21:20").exit_code == 0
    path = Path(os.environ["PETITSPAS_STORE"])
    data = json.loads(path.read_text("utf-8"))
    assert storage.parse(path.read_bytes(), path).steps[1].status == "on_hold"
    data["steps"][0]["status"] = "automatic"  # a hand edit: no step being rebuilt
    data["steps"][0]["automatic_on"] = GRADUATED
    with pytest.raises(StoreError, match="on_hold"):
        storage.parse(json.dumps(data).encode("utf-8"), tmp_path / "edited.json")


_RATING_EN = (
    "petitspas: --answer 9 is not a rating: give a whole number from 1 (strongly disagree)"
    " to 7 (strongly agree).\n"
)
_RATING_FR = typeset(
    "petitspas: --answer 9 n'est pas une note : donnez un entier de 1 (pas du tout d'accord)"
    " à 7 (tout à fait d'accord).\n"
)


@pytest.mark.parametrize(("lang", "said"), [("en", _RATING_EN), ("fr", _RATING_FR)])
def test_a_maintenance_rating_out_of_range_is_said_in_the_language(
    run: Run, lang: str, said: str
) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Greet").exit_code == 0
    result = run("--lang", lang, "check", "1", "--answer", "9")
    assert (result.exit_code, result.stderr) == (2, said)


def test_a_rebuild_the_evening_a_step_graduates_holds_the_next_one_from_its_first_day(
    run: Run,
) -> None:
    # Found by the long demo: the next step begins tomorrow, so its hold cannot begin
    # tonight (a day before it started would read as on hold in a past week's review).
    graduated(run, "en")
    slipping(run)
    assert run("add", "Ask one open question", "--schedule", "fri", "--id", "question",
               now="2026-05-21T09:00").exit_code == 0  # fmt: skip
    for friday in fridays("2026-05-22", "2026-06-12"):  # merci's 12th Friday: it graduates
        assert run("log", "--done", now=f"{friday}T21:00").exit_code == 0
    result = run("check", "--answers", "7,7,7,7", now="2026-06-12T21:05")
    assert result.exit_code == 0, result.output
    steps = json.loads(run("path", "--json", now="2026-06-12T21:06").stdout)["steps"]
    assert [(s["id"], s["status"], s["started"]) for s in steps[1:]] == [
        ("merci", "automatic", "2026-03-21"),
        ("question", "active", "2026-06-13"),
    ]
    assert run("reactivate", "bonjour", now="2026-06-12T21:10").exit_code == 0
    store = storage.load(Path(os.environ["PETITSPAS_STORE"])).store
    held = store.find("question")
    assert held is not None and held.status == "on_hold"
    assert [(hold.kind, hold.first, hold.last) for hold in held.holds] == [
        ("on_hold", date(2026, 6, 13), None)
    ]


def test_the_review_lists_the_weeks_checks_and_lapses_by_day_sunday_included(run: Run) -> None:
    graduated(run, "en")
    assert (
        run("log", "--slip", "bonjour", "--date", "2026-04-14", now="2026-04-14T21:00").exit_code
        == 0
    )
    assert run("check", "bonjour", "--answer", "6", now="2026-04-17T21:30").exit_code == 0
    assert (
        run("log", "--slip", "bonjour", "--note", "Sunday shift", now="2026-04-19T21:00").exit_code
        == 0
    )
    result = run("review", "--json", "--week", "2026-04-15", now="2026-04-20T21:00")
    watched = json.loads(result.stdout)["watched"]
    assert [(e["date"], e["kind"], e["score"], e["note"]) for e in watched] == [
        ("2026-04-14", "slip", None, None),
        ("2026-04-17", "check", 6, None),
        ("2026-04-19", "slip", None, "Sunday shift"),
    ]
    text = run("review", "--week", "2026-04-15", now="2026-04-20T21:00").stdout.splitlines()
    start = text.index("Automatic steps: checks and lapses")
    assert text[start + 1 : start + 4] == [
        "• Tue 14 “Say good morning” lapsed",
        "• Fri 17 “Say good morning”: maintenance check, 6 of 7",
        "• Sun 19 “Say good morning” lapsed — Sunday shift",
    ]
    # The week before holds none of them.
    earlier = run("review", "--json", "--week", "2026-04-08", now="2026-04-20T21:00")
    assert json.loads(earlier.stdout)["watched"] == []
