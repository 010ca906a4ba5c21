"""The built-in starter steps, in French and English, taken from the seed text."""

import functools

from petitspas.core.model import Record, Store, title_key


class CatalogText(Record):
    """One language's wording of a step: a Tiny Habits recipe."""

    __slots__ = ("title", "cue", "celebration")

    def __init__(self, title: str, cue: str, celebration: str) -> None:
        self.title = title
        self.cue = cue
        self.celebration = celebration


class CatalogStep(Record):
    """A built-in step, ready to copy into a path."""

    __slots__ = ("key", "schedule", "en", "fr")

    def __init__(self, key: str, schedule: str, en: CatalogText, fr: CatalogText) -> None:
        self.key = key
        self.schedule = schedule  # "workdays", "daily" or a comma list like "fri"
        self.en = en
        self.fr = fr

    def text(self, lang: str) -> CatalogText:
        """The step's wording in `lang` ("fr" or "en"; anything else gives English)."""
        return self.fr if lang == "fr" else self.en


# Titles are the tiny behaviour itself, so that "<title> is something I do
# automatically" (the SRBAI statements) reads as a sentence. The seed gives two
# of them word for word ("dire bonjour à chacun le matin", "noter chaque soir 3
# choses bien faites dans la journée et les partager") and the Friday stand-up
# ritual; the others follow its lessons (listening, thanks, local autonomy,
# meetings without added value, a shared vision before the dashboard).
CATALOG: tuple[CatalogStep, ...] = (
    CatalogStep(
        key="bonjour",
        schedule="workdays",
        en=CatalogText(
            title="Say good morning to each person",
            cue="After I arrive at the office",
            celebration="I tell myself: well done.",
        ),
        fr=CatalogText(
            title="Dire bonjour à chacun",
            cue="Quand j'arrive au bureau",
            celebration="Je me dis : bien joué.",
        ),
    ),
    CatalogStep(
        key="trois-reussites",
        schedule="workdays",
        en=CatalogText(
            title="Note 3 things done well and share them",
            cue="After I shut my laptop in the evening",
            celebration="I reread my list and smile.",
        ),
        fr=CatalogText(
            title="Noter 3 choses bien faites et les partager",
            cue="Quand je ferme mon ordinateur le soir",
            celebration="Je relis ma liste et je souris.",
        ),
    ),
    CatalogStep(
        key="cahier-de-reussites",
        schedule="fri",
        en=CatalogText(
            title="Hold a stand-up to fill the team's success log",
            cue="On Friday, at the end of the day",
            celebration="We give the week a round of applause.",
        ),
        fr=CatalogText(
            title="Réunir l'équipe debout pour remplir le cahier de réussites",
            cue="Le vendredi, en fin de journée",
            celebration="On s'applaudit pour la semaine.",
        ),
    ),
    CatalogStep(
        key="nouvelles",
        schedule="workdays",
        en=CatalogText(
            title="Ask someone what they went through, learned, are proud of",
            cue="After I pour my first coffee",
            celebration="I think: one more real conversation.",
        ),
        fr=CatalogText(
            title="Demander à quelqu'un son vécu, ses leçons, ses fiertés",
            cue="Quand je prends mon premier café",
            celebration="Je pense : un vrai échange de plus.",
        ),
    ),
    CatalogStep(
        key="merci",
        schedule="workdays",
        en=CatalogText(
            title="Thank someone for a specific piece of work",
            cue="After I come back from lunch",
            celebration="I smile and think: that mattered.",
        ),
        fr=CatalogText(
            title="Remercier quelqu'un pour un travail précis",
            cue="Quand je reviens de déjeuner",
            celebration="Je souris et je me dis : ça compte.",
        ),
    ),
    CatalogStep(
        key="question-ouverte",
        schedule="workdays",
        en=CatalogText(
            title="Ask an open question and listen to the end",
            cue="When someone brings me a problem",
            celebration="I tell myself: I listened.",
        ),
        fr=CatalogText(
            title="Poser une question ouverte et écouter jusqu'au bout",
            cue="Quand quelqu'un vient me voir avec un problème",
            celebration="Je me dis : j'ai écouté.",
        ),
    ),
    CatalogStep(
        key="deleguer",
        schedule="workdays",
        en=CatalogText(
            title="Hand a decision to the person closest to the work",
            cue="When someone asks me to decide",
            celebration="I tell myself: I chose trust.",
        ),
        fr=CatalogText(
            title="Confier une décision à qui est au plus près du terrain",
            cue="Quand on me demande de trancher",
            celebration="Je me dis : j'ai fait confiance.",
        ),
    ),
    CatalogStep(
        key="reunion-utile",
        # Weekly: there is not a meeting to cancel every day, but there is a
        # week to plan every Monday.
        schedule="mon",
        en=CatalogText(
            title="Cancel or shorten one meeting with no added value",
            cue="On Monday, when I open the week's calendar",
            celebration="I enjoy the time given back to the team.",
        ),
        fr=CatalogText(
            title="Annuler ou raccourcir une réunion sans valeur ajoutée",
            cue="Le lundi, quand j'ouvre l'agenda de la semaine",
            celebration="Je savoure le temps rendu à l'équipe.",
        ),
    ),
    CatalogStep(
        key="cap",
        schedule="workdays",
        en=CatalogText(
            title="Link one task of the day to the team's shared vision",
            cue="When I pick my first task of the day",
            celebration="I tell myself: we're on course.",
        ),
        fr=CatalogText(
            title="Relier une tâche du jour au cap partagé de l'équipe",
            cue="Quand je choisis ma première tâche du jour",
            celebration="Je me dis : on tient le cap.",
        ),
    ),
)

_BY_KEY: dict[str, CatalogStep] = {step.key: step for step in CATALOG}


@functools.cache
def _keys_by_title() -> dict[str, str]:
    return {title_key(text.title): entry.key for entry in CATALOG for text in (entry.en, entry.fr)}


def catalog_keys(title: str, catalog: str | None) -> set[str]:
    """The catalog steps a step is, in either language: the one it was added from, and the
    one whose title (in English or French, as title_key reads it) it has."""
    by_title = _keys_by_title().get(title_key(title))
    return {key for key in (catalog, by_title) if key is not None}


def catalog_step(key: str) -> CatalogStep | None:
    """The catalog step with this key, or None."""
    return _BY_KEY.get(key)


def catalog_choice(answer: str) -> CatalogStep | None:
    """The catalog step a person chose at `init`: its number in the list, or its key."""
    if answer.isdigit() and 1 <= int(answer) <= len(CATALOG):
        return CATALOG[int(answer) - 1]
    return catalog_step(answer)


def not_on_path(store: Store, count: int = 3) -> list[CatalogStep]:
    """Catalog steps not yet on the path, in catalog order: what to suggest next."""
    taken = {step.catalog for step in store.steps} | {step.id for step in store.steps}
    titles = {title_key(step.title) for step in store.steps}

    def on_path(entry: CatalogStep) -> bool:
        written = (entry.en.title, entry.fr.title)  # the same step typed by hand, in either
        return entry.key in taken or any(title_key(title) in titles for title in written)

    return [entry for entry in CATALOG if not on_path(entry)][:count]
