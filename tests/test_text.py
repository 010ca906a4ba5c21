"""The text rules (core/text.py, model.title_key): NFC, nothing invisible standing for words,
titles compared as a person reads them, and a catalog step the same step in both languages."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas.core.model import title_key
from petitspas.core.text import clean_text
from petitspas.errors import UsageError

INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u200b\u00ad \ufeff"]


@pytest.fixture
def active(run: Run, store_path: Path) -> Path:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    return store_path


def test_text_is_kept_in_nfc() -> None:
    decomposed = "Fe\u0301liciter"
    assert clean_text(f"  {decomposed} ", "field.title", 200) == "F\u00e9liciter"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed, "field.note", 200) or "")


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_of_format_characters_alone_is_refused(text: str) -> None:
    with pytest.raises(UsageError) as refused:
        clean_text(text, "field.title", 200)
    assert refused.value.message == (
        "The title has nothing visible in it, only invisible characters: type the words themselves."
    )


def test_format_characters_inside_words_are_kept() -> None:
    assert clean_text("co\u00adop\u200bé", "field.note", 200) == "co\u00adop\u200bé"


def test_title_key_sets_aside_case_spacing_format_characters_and_composition() -> None:
    assert title_key("Foo") == title_key("foo\u200b") == title_key(" F\u00adOO ") == "foo"
    assert title_key("Fe\u0301liciter  Paul") == title_key("FÉLICITER paul")
    assert title_key("Straße") == title_key("STRASSE")
    assert title_key("Foo bar") != title_key("Foobar")


@pytest.mark.parametrize(
    ("args", "what_en", "what_fr"),
    [
        (("add", "\u200b"), "the title", "le titre"),
        (("add", "Greet", "--cue", "\ufeff"), "the cue", "le déclencheur"),
        (("log", "--done", "--note", "\u00ad\u200b"), "the note", "la note"),
        (("win", "\u2060"), "the win", "la réussite"),
        (("edit", "--title", "\u200b\u200b"), "the title", "le titre"),
    ],
)
def test_invisible_text_is_refused_by_every_command(
    run: Run, active: Path, args: tuple[str, ...], what_en: str, what_fr: str
) -> None:
    before = active.read_bytes()
    english, french = run(*args), run("--lang", "fr", *args)
    assert (english.exit_code, english.stdout) == (french.exit_code, french.stdout) == (2, "")
    assert english.stderr == (
        f"petitspas: {what_en.capitalize()} has nothing visible in it, only invisible characters:"
        " type the words themselves.\n"
    )
    assert french.stderr == (
        f"petitspas: {what_fr.capitalize()} ne contient rien de visible, seulement des caractères"
        " invisibles\u00a0: tapez les mots eux-mêmes.\n"
    )
    assert active.read_bytes() == before


@pytest.mark.parametrize("twin", ["Say hello\u200b", "SAY\u00ad HELLO", "Say\ufeff  hello"])
def test_a_title_that_differs_only_by_invisible_characters_is_a_duplicate(
    run: Run, active: Path, twin: str
) -> None:
    before = active.read_bytes()
    result = run("add", twin)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "petitspas: Your path already has “Say hello” (say-hello): give the new step"
        " another title.\n"
    )
    assert active.read_bytes() == before


def test_an_edit_to_an_invisible_twin_title_is_refused(run: Run, active: Path) -> None:
    assert run("add", "Thank someone").exit_code == 0
    result = run("edit", "thank-someone", "--title", "say hello\u200b")
    assert (result.exit_code, result.stderr) == (
        1,
        "petitspas: Your path already has “Say hello” (say-hello): choose another title.\n",
    )


SAME_STEP_EN = (
    "petitspas: Your path already has this catalog step, in the other language:"
    " “Say good morning to each person” (bonjour).\n"
)
SAME_STEP_FR = (
    "petitspas: Votre parcours contient déjà ce pas du catalogue, dans l'autre langue\u00a0:"
    " «\u00a0Say good morning to each person\u00a0» (bonjour).\n"
)


@pytest.mark.parametrize(
    "second",
    [
        ("--lang", "fr", "add", "--from-catalog", "bonjour"),
        ("--lang", "fr", "add", "Dire bonjour à chacun"),
        ("add", "dire BONJOUR à\u200b chacun"),
        ("--lang", "fr", "add", "--from-catalog", "bonjour", "--id", "bonjour-fr"),
    ],
)
def test_a_catalog_step_is_the_same_step_in_both_languages(
    run: Run, store_path: Path, second: tuple[str, ...]
) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "--from-catalog", "bonjour").exit_code == 0
    before = store_path.read_bytes()
    result = run(*second)
    french = second[:2] == ("--lang", "fr")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (SAME_STEP_FR if french else SAME_STEP_EN)
    assert store_path.read_bytes() == before


def test_a_catalog_title_typed_by_hand_is_that_catalog_step(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v", "--lang", "fr").exit_code == 0
    assert run("add", "Dire bonjour à chacun").exit_code == 0  # typed, not --from-catalog
    result = run("--lang", "en", "add", "--from-catalog", "bonjour")
    assert (result.exit_code, result.stderr) == (
        1,
        "petitspas: Your path already has this catalog step, in the other language:"
        " “Dire bonjour à chacun” (dire-bonjour-chacun).\n",
    )


def test_an_edit_cannot_turn_a_step_into_another_steps_catalog_twin(
    run: Run, store_path: Path
) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "--from-catalog", "bonjour").exit_code == 0
    assert run("add", "Thank someone").exit_code == 0
    result = run("edit", "thank-someone", "--title", "Dire bonjour à chacun")
    assert (result.exit_code, result.stderr) == (1, SAME_STEP_EN)


def test_other_catalog_steps_and_the_steps_own_title_still_go(run: Run, store_path: Path) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "--from-catalog", "bonjour").exit_code == 0
    assert run("--lang", "fr", "add", "--from-catalog", "merci").exit_code == 0
    # a catalog step renamed in its own language is still itself
    assert run("edit", "bonjour", "--title", "Dire bonjour à chacun").exit_code == 0
    titles = [step["title"] for step in json.loads(store_path.read_text())["steps"]]
    assert titles[0] == "Dire bonjour à chacun"
    assert len(titles) == 2
