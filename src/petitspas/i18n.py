"""The one translation function `t` and the English and French message tables."""

from __future__ import annotations

import math
import os
import re

LANG_ENV = "PETITSPAS_LANG"
DEFAULT = "en"
_current = DEFAULT


def locale_language() -> str:
    """The language of the locale variables, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else DEFAULT
    return DEFAULT


def environment_language() -> str:
    """$PETITSPAS_LANG when it names a language, else the locale's: the language before a
    command line is read (an unknown value is left for --lang's own check to say)."""
    lang = os.environ.get(LANG_ENV, "").strip().lower()
    return lang if lang in ("en", "fr") else locale_language()


def checked_language(value: str) -> str:
    """`value` if it names a supported language; a UsageError otherwise."""
    lang = value.strip().lower()
    if lang not in ("en", "fr"):
        from petitspas.errors import UsageError

        raise UsageError(t("lang.invalid", value=value))
    return lang


def choose(option: str | None, store_lang: str | None = None) -> str:
    """The one choice of a command's language: `option` (--lang or $PETITSPAS_LANG; a
    UsageError if unknown), else the store's setting, else the locale's."""
    if option:
        lang = checked_language(option)
    elif store_lang in ("en", "fr"):
        lang = store_lang
    else:
        lang = locale_language()
    set_language(lang)
    return lang


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in ("en", "fr") else DEFAULT


def language() -> str:
    return _current


def t(key: str, /, **values: object) -> str:
    """The message `key` in the current language, with `values` filled in. French is
    typeset (see `typeset`) before the values go in: a user's own text is left as typed."""
    if _current != "fr":
        return MESSAGES[key][0].format(**values)
    template = _typeset.get(key)
    if template is None:
        template = _typeset[key] = typeset(MESSAGES[key][1])
    return template.format(**values)


NBSP = "\u00a0"
"""French typography's no-break space. U+00A0 rather than the narrow U+202F: a terminal
draws both one cell wide, so the narrow one gains nothing there, while U+00A0 is in every
font and every code page a terminal may use (Latin-1, cp1252, cp850 have no U+202F: a
French line would show `80?%`). It is also the space French word processors put there."""
# A plain space between a word and : ; ? ! % », or after «. A sign set apart by two
# spaces (the heatmap's key: "non prévu  ? à noter") is no punctuation and stays as typed.
_LOOSE = re.compile(r"(?<=\S) (?=[:;?!%»])|(?<=«) ")
_typeset: dict[str, str] = {}  # French templates, typeset once per command


def typeset(text: str) -> str:
    """`text` (French) with a no-break space before : ; ? ! % and », and after «, where it
    has a plain one: so that no line starts with a colon or ends with a guillemet. The
    messages are typed with plain spaces, as on a keyboard; this is the one place that
    turns them into no-break ones."""
    return _LOOSE.sub(NBSP, text)


def tn(key: str, count: int, /, **values: object) -> str:
    """The message `key.one` or `key.other` for `count`, with `count` and `values` filled in.

    English says "1 mark" and "0 marks"; French says « 0 marque », « 1 marque », « 2 marques ».
    """
    one = count < 2 if _current == "fr" else count == 1
    return t(f"{key}.{'one' if one else 'other'}", count=count, **values)


def floored(value: float, places: int) -> float:
    """`value` rounded down to `places` decimals: how every strength is shown, so that
    0.79998 never reads as the 0.80 goal it has not reached. The slack is the gate's own
    (progress._EPSILON): a strength the gate counts as reached shows as reached."""
    scale: int = 10**places
    return math.floor((value + 1e-12) * scale) / scale


def percent(value: float) -> str:
    """A 0–1 value as a whole percentage, rounded down, typeset for the current language."""
    whole = round(floored(value, 2) * 100)
    return f"{whole}{NBSP}%" if _current == "fr" else f"{whole}%"


def prompt_suffix() -> str:
    """What ends a question at the terminal: ": ", and in French a space before the colon."""
    return f"{NBSP}: " if _current == "fr" else ": "


def decimal(value: float) -> str:
    """A score like 5.25 with the current language's decimal mark (5,25 in French)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if _current == "fr" else text


# What the system says, in French where the command speaks French: the error texts a
# store's folder or its JSON most often give. Others are quoted as the system words them.
_OS_FRENCH = {  # by errno name: the English text differs between systems, the name does not
    "ENOENT": "fichier ou dossier introuvable",
    "EACCES": "permission refusée",
    "EPERM": "opération non permise",
    "ENOTDIR": "ce n'est pas un dossier",
    "EISDIR": "c'est un dossier",
    "EEXIST": "le fichier existe déjà",
    "ENOSPC": "plus de place sur le disque",
    "EDQUOT": "quota de disque dépassé",
    "EROFS": "système de fichiers en lecture seule",
    "EIO": "erreur d'entrée-sortie",
    "ELOOP": "trop de liens symboliques",
    "ENAMETOOLONG": "nom de fichier trop long",
    "ENOTEMPTY": "dossier non vide",
    "EBUSY": "ressource occupée",
    "ETXTBSY": "fichier occupé",
    "EMFILE": "trop de fichiers ouverts",
}
_JSON_FRENCH = {  # json.JSONDecodeError.msg, and what parse says of a file past its limits
    "Expecting value": "valeur attendue",
    "Expecting property name enclosed in double quotes": "nom de champ entre guillemets droits attendu",
    "Expecting ',' delimiter": "virgule attendue",
    "Expecting ':' delimiter": "deux-points attendus",
    "Unterminated string starting at": "texte non terminé commençant à",
    "Invalid control character at": "caractère de contrôle invalide à",
    "Invalid \\escape": "séquence d'échappement \\ invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Extra data": "données en trop après la fin",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l'objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin de la liste",
    "nesting too deep": "imbrication trop profonde",
    "Exceeds the limit (4300 digits) for integer string conversion": "nombre de plus de 4300 chiffres",
}


def os_reason(error: OSError) -> str:
    """What the system says of `error`, in the current language when it is a common one."""
    import errno

    said = error.strerror or str(error) or type(error).__name__
    if _current != "fr" or error.errno is None:
        return said
    return _OS_FRENCH.get(errno.errorcode.get(error.errno, ""), said)


def json_reason(message: str) -> str:
    """A JSON parser's message in the current language when it is a common one."""
    if _current != "fr":
        return message
    # By its start: some go on with details ("… conversion: value has 5000 digits").
    return next((fr for en, fr in _JSON_FRENCH.items() if message.startswith(en)), message)


# key: (English, French). French uses « » and a plain space before : ; ! ? % (as typed on a
# keyboard; `t` makes it a no-break space); placeholders are the same in both (a test checks).
MESSAGES: dict[str, tuple[str, str]] = {
    # --help
    "help.app": (
        "One small managerial habit at a time, repeated until it is automatic, then the next.",
        "Un petit pas managérial à la fois, répété jusqu'au réflexe, puis le suivant.",
    ),
    "help.init": (
        "Set up petitspas: your vision and your first step.",
        "Démarrer petitspas : votre cap et votre premier pas.",
    ),
    "help.catalog": (
        "List the built-in starter steps.",
        "Lister les petits pas proposés.",
    ),
    "help.add": (
        "Add a step to your path (your own, or one from the catalog).",
        "Ajouter un pas à votre parcours (le vôtre, ou un du catalogue).",
    ),
    "help.path": (
        "Show your path: every step with its status, dates and strength.",
        "Afficher votre parcours : chaque pas avec son état, ses dates et sa force.",
    ),
    "help.log": (
        "Log tonight's step: done, missed or paused, with an optional note.",
        "Noter le pas du jour : fait, manqué ou en pause, avec une note facultative.",
    ),
    "help.status": (
        "Print one line for a shell prompt: step, streak, whether today is logged.",
        "Afficher une ligne pour l'invite du shell : pas, série, jour noté ou non.",
    ),
    "help.check": (
        "Rate how automatic the step feels (four statements, 1 to 7).",
        "Évaluer à quel point le pas est devenu réflexe (quatre phrases, de 1 à 7).",
    ),
    "help.edit": (
        "Change a step's title, cue, celebration or schedule, keeping its history.",
        "Changer le titre, le déclencheur ou les jours d'un pas, en gardant son histoire.",
    ),
    "help.move": (
        "Move a step still to come to another place in your path.",
        "Déplacer un pas à venir ailleurs dans votre parcours.",
    ),
    "help.remove": (
        "Remove a step that never started from your path.",
        "Retirer de votre parcours un pas jamais commencé.",
    ),
    "help.settings": (
        "Show the store's settings, or change them.",
        "Afficher les réglages du fichier, ou les changer.",
    ),
    "help.drop": (
        "Abandon the active step honestly and move to the next one.",
        "Abandonner honnêtement le pas actif et passer au suivant.",
    ),
    # What Typer draws around the help, and the parser's usage errors (cli._usage_error)
    "typer.usage": ("Usage:", "Utilisation :"),
    "typer.commands_metavar": ("COMMAND [ARGS]...", "COMMANDE [ARGS]..."),
    "typer.arguments": ("Arguments", "Arguments"),
    "typer.options": ("Options", "Options"),
    "typer.commands": ("Commands", "Commandes"),
    # Typer fills the {} itself: doubled here, where t() formats
    "typer.envvar": ("[env var: {{}}]", "[variable d'environnement : {{}}]"),
    "typer.default": ("[default: {{}}]", "[défaut : {{}}]"),
    "typer.required": ("[required]", "[obligatoire]"),
    "opt.help": ("Show this message and exit.", "Afficher cette aide et quitter."),
    "opt.install_completion": (
        "Install completion for the current shell.",
        "Installer la complétion pour le shell utilisé.",
    ),
    "opt.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "Afficher la complétion pour le shell utilisé, pour la copier ou l'installer à votre façon.",
    ),
    "meta.text": ("TEXT", "TEXTE"),
    "meta.file": ("FILE", "FICHIER"),
    "meta.folder": ("FOLDER", "DOSSIER"),
    "meta.number": ("N", "N"),
    "meta.date": ("DATE", "DATE"),
    "meta.lang": ("fr|en", "fr|en"),
    "meta.time": ("HH:MM", "HH:MM"),
    "meta.days": ("DAYS", "JOURS"),
    "meta.step": ("STEP", "PAS"),
    "meta.title": ("TITLE", "TITRE"),
    "meta.position": ("POSITION", "POSITION"),
    "meta.answers": ("A,B,C,D", "A,B,C,D"),
    "meta.format": ("md|html|json|csv", "md|html|json|csv"),
    "meta.catalog": ("KEY|N", "CLÉ|N"),
    "usage.no_command": (
        "No command “{name}”: see the list with `petitspas --help`.",
        "Pas de commande « {name} » : voyez la liste avec `petitspas --help`.",
    ),
    "usage.no_command_like": (
        "No command “{name}”: did you mean `petitspas {like}`?",
        "Pas de commande « {name} » : vouliez-vous dire `petitspas {like}` ?",
    ),
    "usage.missing_command": (
        "Give a command: see the list with `petitspas --help`.",
        "Donnez une commande : voyez la liste avec `petitspas --help`.",
    ),
    "usage.no_option": (
        "`{command}` has no option {option}: see `{command} --help`.",
        "`{command}` n'a pas d'option {option} : voyez `{command} --help`.",
    ),
    "usage.no_option_like": (
        "`{command}` has no option {option}: did you mean {like}?",
        "`{command}` n'a pas d'option {option} : vouliez-vous dire {like} ?",
    ),
    "usage.needs_value": (
        "{option} needs a value: see `{command} --help`.",
        "{option} demande une valeur : voyez `{command} --help`.",
    ),
    "usage.takes_no_value": (
        "{option} takes no value: write it alone.",
        "{option} ne prend pas de valeur : écrivez-le seul.",
    ),
    "usage.missing": (
        "`{command}` needs {name}: see `{command} --help`.",
        "`{command}` a besoin de {name} : voyez `{command} --help`.",
    ),
    "usage.whole_number": (
        "{name} is a whole number: see `{command} --help`.",
        "{name} est un nombre entier : voyez `{command} --help`.",
    ),
    "usage.bad_value": ("{name}: {problem}", "{name} : {problem}"),
    "usage.extra_words_quote": (
        "Too many words for `{command}`: {words} (put a text with spaces in quotes).",
        "Trop de mots pour `{command}` : {words} (mettez un texte avec des espaces entre guillemets).",
    ),
    "usage.extra_words": (
        "Too many words for `{command}`: {words}: see `{command} --help`.",
        "Trop de mots pour `{command}` : {words} : voyez `{command} --help`.",
    ),
    "usage.not_a_folder": (
        "{name} names a file: give a folder (created if missing).",
        "{name} désigne un fichier : donnez un dossier (créé s'il n'existe pas).",
    ),
    "opt.store": (
        "The store file (default: petitspas.json in your user data folder).",
        "Le fichier de données (défaut : petitspas.json dans votre dossier de données).",
    ),
    "opt.lang": ("Language of messages: fr or en.", "Langue des messages : fr ou en."),
    "opt.version": ("Show the version and exit.", "Afficher la version et quitter."),
    "opt.vision": (
        "Your vision: what would you like people to say about your team?",
        "Votre cap : que voudriez-vous que l'on dise de votre équipe ?",
    ),
    "opt.init_lang": (
        "Language to keep in the store: fr or en.",
        "Langue à garder dans le fichier : fr ou en.",
    ),
    "arg.step": (
        "The step: its id or its number in `petitspas path` (default: the active step).",
        "Le pas : son identifiant ou son numéro dans `petitspas path` (par défaut : le pas actif).",
    ),
    "arg.position": (
        "Its new place in the path (1 is the first).",
        "Sa nouvelle place dans le parcours (1 est la première).",
    ),
    "arg.title": (
        "The tiny behaviour, e.g. 'Say good morning to each person'.",
        "Le petit comportement, par ex. « Dire bonjour à chacun ».",
    ),
    "opt.cue": (
        "When you do it, e.g. 'When I arrive at the office'.",
        "Quand vous le faites, par ex. « Quand j'arrive au bureau ».",
    ),
    "opt.celebration": (
        "What you do right after to wire it in.",
        "Ce que vous faites juste après pour l'ancrer.",
    ),
    "opt.schedule": (
        "Due days: workdays (default), daily, or days like mon,wed,fri.",
        "Jours prévus : ouvrés (défaut), quotidien, ou des jours comme lun,mer,ven.",
    ),
    "opt.id": (
        "Short id (lowercase letters, digits, hyphens; not digits alone) (default: from the title).",
        "Identifiant court (minuscules, chiffres, tirets ; pas que des chiffres) (défaut : tiré du titre).",
    ),
    "opt.from_catalog": (
        "Add the catalog step with this key or number (see `petitspas catalog`).",
        "Ajouter le pas du catalogue de cette clé ou de ce numéro (voir `petitspas catalog`).",
    ),
    "opt.json": ("Print JSON for scripts.", "Afficher du JSON pour les scripts."),
    "opt.done": ("You did it.", "Vous l'avez fait."),
    "opt.missed": ("You did not do it.", "Vous ne l'avez pas fait."),
    "opt.skip": (
        "A planned pause (holiday, sick day, team away): the streak is frozen.",
        "Une pause prévue (congé, maladie, équipe absente) : la série est gelée.",
    ),
    "opt.note": (
        "A note for the day; alone, it changes the note of a day already marked.",
        "Une note pour le jour ; seule, elle change la note d'un jour déjà noté.",
    ),
    "opt.date": (
        "The day: 2026-11-27, today, yesterday or -N (N days ago) (default: tonight).",
        "Le jour : 2026-11-27, aujourd'hui, hier ou -N (il y a N jours) (défaut : ce soir).",
    ),
    "opt.clear_note": (
        "Remove the note of --date, keeping its mark.",
        "Effacer la note de --date, en gardant sa marque.",
    ),
    "opt.pause_from": (
        "With --skip: the first day of a planned pause (a holiday).",
        "Avec --skip : le premier jour d'une pause prévue (des congés).",
    ),
    "opt.pause_to": (
        "With --skip: the last day of the pause (90 days at most; may be in the future).",
        "Avec --skip : le dernier jour de la pause (90 jours au plus ; peut être à venir).",
    ),
    "opt.new_title": (
        "The new title (a typo fixed, a smaller step).",
        "Le nouveau titre (une faute corrigée, un pas plus petit).",
    ),
    "opt.new_cue": (
        "The new cue; empty removes it.",
        "Le nouveau déclencheur ; vide, il est retiré.",
    ),
    "opt.new_celebration": (
        "The new celebration; empty removes it.",
        "La nouvelle célébration ; vide, elle est retirée.",
    ),
    "opt.new_schedule": (
        "The new due days (workdays, daily, mon,wed,fri, lundi…), from tonight's log day on.",
        "Les nouveaux jours prévus (ouvrés, quotidien, lun,mer,ven, lundi…), à partir du jour de ce soir.",
    ),
    "opt.settings_lang": ("The store's language: fr or en.", "La langue du fichier : fr ou en."),
    "opt.day_starts_at": (
        "The hour a new log day begins, HH:MM (default 04:00): later logs write the day before.",
        "L'heure où commence un nouveau jour, HH:MM (04:00 par défaut) : avant, on note la veille.",
    ),
    "opt.settings_vision": (
        "Your vision (the cap shown atop the review).",
        "Votre cap (affiché en tête de la revue).",
    ),
    "opt.clear": ("Remove the mark of --date (undo).", "Effacer la marque de --date (annuler)."),
    "opt.answers": (
        "The four ratings, 1 to 7, as a,b,c,d (no questions asked).",
        "Les quatre notes, de 1 à 7, sous la forme a,b,c,d (sans questions).",
    ),
    "opt.reason": ("Why you stop this step.", "Pourquoi vous arrêtez ce pas."),
    # values
    "mark.done": ("done", "fait"),
    "mark.missed": ("missed", "manqué"),
    "mark.skip": ("pause", "en pause"),
    "status.locked": ("locked", "verrouillé"),
    "status.active": ("active", "actif"),
    "status.automatic": ("automatic", "automatique"),
    "status.dropped": ("dropped", "abandonné"),
    "field.title": ("the title", "le titre"),
    "field.cue": ("the cue", "le déclencheur"),
    "field.celebration": ("the celebration", "la célébration"),
    "field.note": ("the note", "la note"),
    "field.vision": ("the vision", "le cap"),
    "field.reason": ("the reason", "la raison"),
    # input errors
    "lang.invalid": (
        "Unknown language '{value}': use fr or en.",
        "Langue inconnue « {value} » : utilisez fr ou en.",
    ),
    "now.invalid": (
        "PETITSPAS_NOW='{value}' is not an ISO date-time: unset it or write 2026-11-27T21:00.",
        "PETITSPAS_NOW='{value}' n'est pas une date-heure ISO : retirez-la ou écrivez 2026-11-27T21:00.",
    ),
    "lock_timeout.invalid": (
        "PETITSPAS_LOCK_TIMEOUT='{value}' is not a number of seconds from 0 to 3600: fix or unset it.",
        "PETITSPAS_LOCK_TIMEOUT='{value}' n'est pas un nombre de secondes de 0 à 3600 : corrigez-la ou retirez-la.",
    ),
    "day_start.invalid": (
        "'{value}' is not a time of day: write it as HH:MM, e.g. 04:00.",
        "« {value} » n'est pas une heure : écrivez-la HH:MM, par ex. 04:00.",
    ),
    "schedule.invalid": (
        "Unknown schedule '{value}': use workdays (or weekdays), daily, or days like mon,wed,fri.",
        "Rythme inconnu « {value} » : utilisez ouvrés (ou workdays), quotidien (ou daily), ou des jours comme lun,mer,ven.",
    ),
    "schedule.not_a_day": (
        "'{part}' is not a day (in '{value}'): use mon, tue, wed, thu, fri, sat, sun (or monday…, lundi…, lun…).",
        "« {part} » n'est pas un jour (dans « {value} ») : utilisez lun, mar, mer, jeu, ven, sam, dim (ou lundi…, mon…, monday…).",
    ),
    "date.not_a_day": (
        "'{value}' is not a real day: check the month and day (YYYY-MM-DD).",
        "« {value} » n'est pas un jour réel : vérifiez le mois et le jour (AAAA-MM-JJ).",
    ),
    "date.unknown": (
        "Cannot read the date '{value}': use YYYY-MM-DD, today, yesterday or -N.",
        "Date illisible « {value} » : utilisez AAAA-MM-JJ, aujourd'hui, hier ou -N.",
    ),
    "date.future": (
        "{day} is in the future (tonight's log day is {today}): log it when it has happened.",
        "Le {day} est dans le futur (le jour en cours est le {today}) : notez-le une fois vécu.",
    ),
    "date.before_start": (
        "{day} is before the active step started ({started}): pick a day from {started} on.",
        "Le {day} précède le début du pas actif ({started}) : choisissez un jour à partir du {started}.",
    ),
    "text.control": (
        "{what} contains control characters: type it as plain text on one line.",
        "{what} contient des caractères de contrôle : écrivez-le en texte simple, sur une ligne.",
    ),
    "text.undecodable": (
        "{what} holds bytes that are not valid text in your terminal's encoding: retype it.",
        "{what} contient des octets qui ne sont pas du texte valide dans l'encodage du terminal : retapez-le.",
    ),
    "date.out_of_range": (
        "'{value}' is out of range: petitspas works with the years 1900 to 9998.",
        "« {value} » est hors limites : petitspas travaille avec les années 1900 à 9998.",
    ),
    "text.too_long": (
        "{what} is {length} characters long; keep it to {limit} at most.",
        "{what} fait {length} caractères ; {limit} au plus.",
    ),
    "text.line_break": (
        "{what} has a line break: petitspas keeps it on one line (join the lines, say with ' / ').",
        "{what} contient un retour à la ligne : petitspas la garde sur une ligne (joignez les lignes, par exemple avec « / »).",
    ),
    "text.bidi": (
        "{what} contains an invisible character that changes the direction of text: type it without.",
        "{what} contient un caractère invisible qui change le sens du texte : écrivez-le sans.",
    ),
    "now.out_of_range": (
        "The clock reads {value}, outside the dates petitspas works with (1900-01-02 to 9998-12-30): set the clock right (or PETITSPAS_NOW).",
        "L'horloge indique {value}, hors des dates de petitspas (1900-01-02 à 9998-12-30) : remettez l'horloge à l'heure (ou PETITSPAS_NOW).",
    ),
    "date.beyond": ("beyond 9998", "au-delà de 9998"),
    # store
    "store.missing": (
        "No petitspas store at {path}: run `petitspas init` first (or pass --store).",
        "Aucun fichier petitspas à {path} : lancez d'abord `petitspas init` (ou passez --store).",
    ),
    "store.exists": (
        "A store already exists at {path}: nothing was changed.",
        "Un fichier existe déjà à {path} : rien n'a été modifié.",
    ),
    "store.is_dir": (
        "The store path {path} is a folder: pass the path of a file, e.g. {path}/petitspas.json.",
        "Le chemin {path} est un dossier : donnez le chemin d'un fichier, par ex. {path}/petitspas.json.",
    ),
    "store.unreadable": (
        "Cannot read the store {path} ({reason}): check its permissions.",
        "Impossible de lire le fichier {path} ({reason}) : vérifiez ses droits.",
    ),
    "store.unwritable": (
        "Cannot write the store {path} ({reason}): nothing was changed; free space or fix permissions.",
        "Impossible d'écrire le fichier {path} ({reason}) : rien n'a changé ; libérez de la place ou corrigez les droits.",
    ),
    "store.busy": (
        "The store {path} is busy: another petitspas held its lock for {seconds} s. Try again.",
        "Le fichier {path} est occupé : un autre petitspas le verrouille depuis {seconds} s. Réessayez.",
    ),
    "store.newer": (
        "The store {path} has schema {schema}, newer than this petitspas knows ({known}): upgrade petitspas.",
        "Le fichier {path} est au schéma {schema}, plus récent que ce petitspas ({known}) : mettez petitspas à jour.",
    ),
    "store.corrupt": (
        "The store {path} is damaged: {why}. It was left untouched.\n"
        "The newest good backup is {backup}: `petitspas doctor --restore {backup}` puts it back.",
        "Le fichier {path} est abîmé : {why}. Il n'a pas été modifié.\n"
        "La sauvegarde saine la plus récente est {backup} : `petitspas doctor --restore {backup}` la remet en place.",
    ),
    "store.corrupt_no_backup": (
        "The store {path} is damaged: {why}. It was left untouched.\n"
        "No good backup exists: fix the file by hand, or move it aside and run `petitspas init`.",
        "Le fichier {path} est abîmé : {why}. Il n'a pas été modifié.\n"
        "Aucune sauvegarde saine : réparez-le à la main, ou mettez-le de côté et lancez `petitspas init`.",
    ),
    "store.why.utf8": ("not UTF-8 text (byte {offset})", "pas du texte UTF-8 (octet {offset})"),
    "store.why.empty": ("the file is empty", "le fichier est vide"),
    "store.why.json": (
        "not valid JSON (line {line}, column {column}: {msg})",
        "JSON invalide (ligne {line}, colonne {column} : {msg})",
    ),
    "store.why.not_object": (
        "the top level is not a JSON object",
        "le niveau principal n'est pas un objet JSON",
    ),
    "store.why.field": ("{where} should be {expected}", "{where} devrait être {expected}"),
    "expect.schema": ("a schema number (1, 2, …)", "un numéro de schéma (1, 2, …)"),
    "expect.stamp": (
        "a date-time like 2026-11-27T21:00:00+01:00",
        "une date-heure comme 2026-11-27T21:00:00+01:00",
    ),
    "expect.plain_text": (
        "text without control characters",
        "un texte sans caractères de contrôle",
    ),
    "expect.nonempty": ("non-empty text", "un texte non vide"),
    "expect.date": (
        "a date YYYY-MM-DD between 1900 and 9998",
        "une date AAAA-MM-JJ entre 1900 et 9998",
    ),
    "expect.nonnegative": ("a whole number ≥ 0", "un entier ≥ 0"),
    "expect.unique_id": ("an id no other step has", "un identifiant qu'aucun autre pas n'a"),
    "expect.revisions_order": (
        "revisions in the order they were made (by day)",
        "des révisions dans l'ordre où elles ont été faites (par jour)",
    ),
    "expect.one_active": ("active for one step at most", "actif pour un pas au plus"),
    "expect.slug": (
        "a slug (lowercase letters, digits, hyphens)",
        "un identifiant (minuscules, chiffres, tirets)",
    ),
    "expect.date_for_status": (
        "a date YYYY-MM-DD for a step that is {status}",
        "une date AAAA-MM-JJ pour un pas « {status} »",
    ),
    "expect.answers": (
        "four whole numbers from 1 to 7",
        "quatre entiers de 1 à 7",
    ),
    # init
    "init.ask_vision": (
        "What would you like people to say about your team? (your vision; Enter to skip)",
        "Que voudriez-vous que l'on dise de votre équipe ? (votre cap ; Entrée pour passer)",
    ),
    "init.ask_step": (
        "Your first step: a number or key from the list, or your own words (Enter to choose later)",
        "Votre premier pas : un numéro ou une clé de la liste, ou vos propres mots (Entrée pour plus tard)",
    ),
    "init.created": ("Created your store at {path}.", "Fichier créé à {path}."),
    "init.next": (
        "Next: pick a first step with `petitspas catalog`, then `petitspas add --from-catalog KEY`.",
        "Ensuite : choisissez un premier pas avec `petitspas catalog`, puis `petitspas add --from-catalog CLÉ`.",
    ),
    "init.already": (
        "petitspas is already set up at {path}: use --vision or --lang to change them.",
        "petitspas est déjà installé à {path} : utilisez --vision ou --lang pour les changer.",
    ),
    "init.updated": ("Updated {path}.", "{path} mis à jour."),
    # add
    "add.active": (
        "Added “{title}” ({id}): active from {day}. Log it tonight with `petitspas log`.",
        "Ajouté « {title} » ({id}) : actif dès le {day}. Notez-le ce soir avec `petitspas log`.",
    ),
    "add.locked": (
        "Added “{title}” ({id}): locked until “{active}” is automatic.",
        "Ajouté « {title} » ({id}) : verrouillé jusqu'à ce que « {active} » soit devenu réflexe.",
    ),
    "add.empty_title": (
        "The step needs a title: describe the tiny behaviour, e.g. 'Say good morning to each person'.",
        "Le pas a besoin d'un titre : décrivez le petit geste, par ex. « Dire bonjour à chacun ».",
    ),
    "add.duplicate_title": (
        "Your path already has “{title}” ({id}): give the new step another title.",
        "Votre parcours contient déjà « {title} » ({id}) : donnez un autre titre au nouveau pas.",
    ),
    "add.duplicate_id": (
        "The id '{id}' is taken: choose another with --id.",
        "L'identifiant « {id} » est pris : choisissez-en un autre avec --id.",
    ),
    "add.bad_id": (
        "'{id}' is not a valid id: use lowercase letters, digits and hyphens, {limit} at most.",
        "« {id} » n'est pas un identifiant valide : minuscules, chiffres et tirets, {limit} au plus.",
    ),
    "add.digits_id": (
        "'{id}' cannot be an id: digits alone read as a step's number in `path`. Add a letter (step-{id}, say).",
        "« {id} » ne peut pas être un identifiant : des chiffres seuls se lisent comme un numéro dans `path`. Ajoutez une lettre (pas-{id}, par exemple).",
    ),
    "add.title_and_catalog": (
        "Give either a TITLE or --from-catalog KEY, not both.",
        "Donnez soit un TITRE, soit --from-catalog CLÉ, pas les deux.",
    ),
    "add.unknown_catalog": (
        "No catalog step '{key}': see the keys and numbers with `petitspas catalog`.",
        "Pas de pas « {key} » au catalogue : voyez les clés et numéros avec `petitspas catalog`.",
    ),
    "add.no_title": (
        'Missing TITLE: run `petitspas add "Your tiny step"` or `petitspas add --from-catalog KEY`.',
        'TITRE manquant : lancez `petitspas add "Votre petit pas"` ou `petitspas add --from-catalog CLÉ`.',
    ),
    "add.ask_title": (
        "The tiny behaviour (under 30 seconds)",
        "Le petit geste (moins de 30 secondes)",
    ),
    "add.ask_cue": (
        "Its cue: when do you do it? (Enter to skip)",
        "Son déclencheur : quand le faites-vous ? (Entrée pour passer)",
    ),
    "add.ask_celebration": (
        "Your celebration right after (Enter to skip)",
        "Votre célébration juste après (Entrée pour passer)",
    ),
    "add.ask_schedule": (
        "Due days (workdays, daily, mon,wed,fri)",
        "Jours prévus (ouvrés, quotidien, lun,mer,ven)",
    ),
    # path: edit, move, remove, settings
    "step.bad_number.one": (
        "There is no step {number}: your path has {count} step (see `petitspas path`).",
        "Il n'y a pas de pas {number} : votre parcours compte {count} pas (voir `petitspas path`).",
    ),
    "step.bad_number.other": (
        "There is no step {number}: your path has {count} steps (see `petitspas path`).",
        "Il n'y a pas de pas {number} : votre parcours compte {count} pas (voir `petitspas path`).",
    ),
    "step.unknown": (
        "No step '{step}' in your path: give its id or its number in `petitspas path`.",
        "Pas de pas « {step} » dans votre parcours : donnez son identifiant ou son numéro dans `petitspas path`.",
    ),
    "edit.duplicate_title": (
        "Your path already has “{title}” ({id}): choose another title.",
        "Votre parcours contient déjà « {title} » ({id}) : choisissez un autre titre.",
    ),
    "edit.nothing": (
        "Say what to change: --title, --cue, --celebration or --schedule.",
        "Dites quoi changer : --title, --cue, --celebration ou --schedule.",
    ),
    "edit.schedule_automatic": (
        "“{title}” is automatic: its schedule is history and stays as it was.",
        "« {title} » est devenu un réflexe : ses jours prévus appartiennent à l'histoire et restent tels quels.",
    ),
    "edit.schedule_dropped": (
        "“{title}” was dropped: its schedule is history and stays as it was.",
        "« {title} » a été abandonné : ses jours prévus appartiennent à l'histoire et restent tels quels.",
    ),
    "edit.same": (
        "“{title}” is already so; nothing written.",
        "« {title} » est déjà ainsi ; rien n'est écrit.",
    ),
    "edit.changed": ("{field}: “{old}” → “{new}”", "{field} : « {old} » → « {new} »"),
    "edit.schedule_from": (
        "From {day} on, the step is due {schedule}; earlier days keep the schedule they had.",
        "À partir du {day}, le pas est prévu {schedule} ; les jours d'avant gardent leurs jours prévus.",
    ),
    "edit.none": ("(none)", "(aucun)"),
    "edit.ask": (
        "{field} (Enter keeps it)",
        "{field} (Entrée pour garder)",
    ),
    "edit.ask_schedule": (
        "Due days: workdays, daily, mon,wed,fri (Enter keeps them)",
        "Jours prévus : ouvrés, quotidien, lun,mer,ven (Entrée pour garder)",
    ),
    "path.revisions": ("Revisions", "Révisions"),
    "revision.title": ("title", "titre"),
    "revision.cue": ("cue", "déclencheur"),
    "revision.celebration": ("celebration", "célébration"),
    "revision.schedule": ("schedule", "jours prévus"),
    "move.not_locked": (
        "“{title}” is {status}: only a step still to come (locked) can move.",
        "« {title} » est {status} : seul un pas à venir (verrouillé) peut changer de place.",
    ),
    "move.bad_position.one": (
        "Position {position} is not in your path: it has {count} step.",
        "La position {position} n'existe pas : votre parcours compte {count} pas.",
    ),
    "move.bad_position.other": (
        "Position {position} is not in your path: give a number from 1 to {count}.",
        "La position {position} n'existe pas : donnez un numéro de 1 à {count}.",
    ),
    "move.before_started": (
        "Position {position} holds a step that already started; the steps to come begin at {first}.",
        "La position {position} porte un pas déjà commencé ; les pas à venir commencent au numéro {first}.",
    ),
    "move.done": (
        "Moved “{title}” from position {before} to {after}.",
        "« {title} » passe de la position {before} à la {after}.",
    ),
    "move.same": (
        "“{title}” is already at position {after}; nothing written.",
        "« {title} » est déjà en position {after} ; rien n'est écrit.",
    ),
    "remove.active": (
        "“{title}” is active: it has started, so it can only be dropped (`petitspas drop`).",
        "« {title} » est actif : il a commencé, il ne peut qu'être abandonné (`petitspas drop`).",
    ),
    "remove.has_history": (
        "“{title}” is {status}: its history stays in your path; only a step that never started can be removed.",
        "« {title} » est {status} : son histoire reste dans votre parcours ; seul un pas jamais commencé peut être retiré.",
    ),
    "settings.changed.lang": ("Language set.", "Langue réglée."),
    "settings.changed.day_starts_at": (
        "Day start changed: it applies to the log days to come (days already logged keep their date).",
        "Début du jour changé : il vaut pour les jours à venir (les jours déjà notés gardent leur date).",
    ),
    "settings.changed.vision": ("Vision set.", "Cap réglé."),
    "settings.lang": ("Language: {lang}", "Langue : {lang}"),
    "settings.lang_unset": (
        "not set (the locale decides)",
        "non réglée (la langue du système décide)",
    ),
    "settings.day_starts_at": (
        "A log day starts at: {time}",
        "Un jour de notes commence à : {time}",
    ),
    "settings.vision": ("Vision: {vision}", "Cap : {vision}"),
    "settings.vision_unset": (
        'not set yet (`petitspas settings --vision "…"`)',
        'pas encore choisi (`petitspas settings --vision "…"`)',
    ),
    "settings.goals": (
        "Goals: strength {strength}, self-check {srbai} of 7",
        "Objectifs : force {strength}, auto-évaluation {srbai} sur 7",
    ),
    "settings.store": ("Store: {path}", "Fichier : {path}"),
    "add.created": (
        "Created your store at {path} (set your vision later with `petitspas settings --vision`).",
        "Fichier créé à {path} (choisissez votre cap plus tard avec `petitspas settings --vision`).",
    ),
    "drop.not_started": (
        "“{title}” starts on {day}: it has no history to keep. To take it off your path: `petitspas remove {number}`.",
        "« {title} » commence le {day} : il n'a pas encore d'histoire à garder. Pour le retirer du parcours : `petitspas remove {number}`.",
    ),
    "remove.confirm": (
        "Remove “{title}” from your path?",
        "Retirer « {title} » de votre parcours ?",
    ),
    "remove.cancelled": ("Nothing removed.", "Rien n'est retiré."),
    "remove.done": (
        "Removed “{title}” ({id}) from your path.",
        "« {title} » ({id}) est retiré de votre parcours.",
    ),
    # log
    "rule.path_complete": (
        "Your path is complete: every step is automatic or over. Add the next one, e.g. `petitspas add --from-catalog KEY` ({keys}).",
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Ajoutez le suivant, par ex. `petitspas add --from-catalog CLÉ` ({keys}).",
    ),
    "rule.path_complete_all": (
        'Your path is complete: every step is automatic or over. Add a step of your own with `petitspas add "…"`.',
        'Votre parcours est complet : chaque pas est devenu réflexe ou s\'est terminé. Ajoutez un pas à vous avec `petitspas add "…"`.',
    ),
    "rule.nothing_active": (
        "No step is active: add one with `petitspas add` (see `petitspas path`).",
        "Aucun pas actif : ajoutez-en un avec `petitspas add` (voir `petitspas path`).",
    ),
    "log.two_marks": (
        "Choose one of --done, --missed, --skip.",
        "Choisissez une seule option parmi --done, --missed, --skip.",
    ),
    "log.clear_alone": (
        "--clear removes marks: give it --date (one day) or --from and --to (the pauses of a "
        "range), without a mark or --note.",
        "--clear efface des marques : donnez-lui --date (un jour) ou --from et --to (les "
        "pauses d'une période), sans marque ni --note.",
    ),
    "log.no_mark": (
        "Say what happened: --done, --missed or --skip (no terminal to ask on).",
        "Dites ce qui s'est passé : --done, --missed ou --skip (pas de terminal pour demander).",
    ),
    "log.day_of_earlier_step": (
        "{day} belongs to “{title}”, {status} since {ended}: its marks stay as they are; "
        "its note can still change (--note, --clear-note).",
        "Le {day} appartient à « {title} », {status} depuis le {ended} : ses marques restent "
        "telles quelles ; sa note peut encore changer (--note, --clear-note).",
    ),
    "log.note_needs_mark": (
        "{day} has no mark yet: add --done, --missed or --skip with the note.",
        "Le {day} n'a pas encore de marque : ajoutez --done, --missed ou --skip à la note.",
    ),
    "log.clear_note_alone": (
        "--clear-note removes a day's note: use it with --date only, without a mark or --note.",
        "--clear-note efface la note d'un jour : utilisez-le avec --date seulement, sans marque ni --note.",
    ),
    "log.empty_note": (
        "An empty --note would erase the day's note: to remove a note, use `petitspas log --clear-note --date DATE`.",
        "Une --note vide effacerait la note du jour : pour retirer une note, utilisez `petitspas log --clear-note --date DATE`.",
    ),
    "log.note_replaced": (
        "The note replaces the one written before: “{old}”.",
        "La note remplace celle écrite avant : « {old} ».",
    ),
    "log.note_cleared": ("{day}: note removed (“{old}”).", "{day} : note retirée (« {old} »)."),
    "log.no_note": (
        "{day} has no note: nothing to remove.",
        "Le {day} n'a pas de note : rien à retirer.",
    ),
    "log.instead_note": (
        "{today} is not a due day: the note is for {day}.",
        "{today} n'est pas un jour prévu : la note est pour {day}.",
    ),
    "log.instead": (
        "{today} is not a due day: marked {day}.",
        "Ce {today} n'est pas un jour prévu : marqué le {day}.",
    ),
    "log.not_due_marked": (
        "{today} is not a due day and {day} is logged already: the next due day is {next}. (To mark {today} anyway: --date today.)",
        "Ce {today} n'est pas un jour prévu et le {day} est déjà noté : le prochain jour prévu est le {next}. (Pour marquer ce jour quand même : --date today.)",
    ),
    "log.not_due_paused": (
        "{today} is not a due day and {day} is paused: to log it instead, `petitspas log {flag} --date {date}`. The next due day is {next}.",
        "Ce {today} n'est pas un jour prévu et le {day} est en pause : pour le noter à la place, `petitspas log {flag} --date {date}`. Le prochain jour prévu est le {next}.",
    ),
    "log.not_due_today": (
        "{today} is not a due day: the next due day is {next}. (To mark it anyway: --date today.)",
        "Ce {today} n'est pas un jour prévu : le prochain jour prévu est le {next}. (Pour le marquer quand même : --date today.)",
    ),
    "log.range_needs_skip": (
        "--from and --to plan a pause: use them with --skip (and not with --date), or with "
        "--clear alone to call one off.",
        "--from et --to planifient une pause : utilisez-les avec --skip (et sans --date), ou "
        "avec --clear seul pour en annuler une.",
    ),
    "pause.called_off.one": (
        "Called off the pause on {count} due day from {first} to {last}.",
        "Pause annulée sur {count} jour prévu, du {first} au {last}.",
    ),
    "pause.called_off.other": (
        "Called off the pause on {count} due days from {first} to {last}.",
        "Pause annulée sur {count} jours prévus, du {first} au {last}.",
    ),
    "pause.none": (
        "No pause from {first} to {last}: nothing to call off.",
        "Aucune pause du {first} au {last} : rien à annuler.",
    ),
    "log.range_needs_both": (
        "A pause needs both ends: --from DATE --to DATE.",
        "Une pause a besoin de ses deux bouts : --from DATE --to DATE.",
    ),
    "log.future_pause": (
        "{day} is still to come: plan a pause with `petitspas log --skip --from {day} --to {day}`.",
        "Le {day} est encore à venir : prévoyez une pause avec `petitspas log --skip --from {day} --to {day}`.",
    ),
    "pause.reversed": (
        "--from {first} comes after --to {last}: swap them.",
        "--from {first} vient après --to {last} : inversez-les.",
    ),
    "pause.too_far": (
        "A pause is planned up to a year ahead, and this one starts on {first}: check the year.",
        "Une pause se prévoit jusqu'à un an à l'avance, et celle-ci commence le {first} : vérifiez l'année.",
    ),
    "pause.too_long.one": (
        "A pause covers {limit} days at most (this one: {count} day).",
        "Une pause couvre {limit} jours au plus (celle-ci : {count} jour).",
    ),
    "pause.too_long.other": (
        "A pause covers {limit} days at most (this one: {count} days): split it in two.",
        "Une pause couvre {limit} jours au plus (celle-ci : {count} jours) : coupez-la en deux.",
    ),
    "pause.done.one": (
        "Paused {count} due day from {first} to {last}: the streak waits for you.",
        "{count} jour prévu mis en pause du {first} au {last} : la série vous attend.",
    ),
    "pause.done.other": (
        "Paused {count} due days from {first} to {last}: the streak waits for you.",
        "{count} jours prévus mis en pause du {first} au {last} : la série vous attend.",
    ),
    "pause.kept.one": (
        "Left as it was ({count} day already logged): {days}.",
        "Laissé tel quel ({count} jour déjà noté) : {days}.",
    ),
    "pause.kept.other": (
        "Left as they were ({count} days already logged): {days}.",
        "Laissés tels quels ({count} jours déjà notés) : {days}.",
    ),
    "pause.nothing": (
        "No due day from {first} to {last} is left to pause; nothing written.",
        "Aucun jour prévu du {first} au {last} n'est à mettre en pause ; rien n'est écrit.",
    ),
    "pause.future": (
        "A planned pause: a later `petitspas log` on one of these days replaces it.",
        "Une pause prévue : un `petitspas log` ce jour-là la remplacera.",
    ),
    "log.nothing_to_clear": (
        "Nothing is logged on {day}: nothing to clear.",
        "Rien n'est noté le {day} : rien à effacer.",
    ),
    "log.asking": ("{title} — {day}", "{title} — {day}"),
    "log.ask_mark": (
        "Done? y = yes, n = no, p = pause (planned)",
        "Fait ? o = oui, n = non, p = pause prévue",
    ),
    "log.ask_again": ("Please answer y, n or p.", "Répondez o, n ou p, s'il vous plaît."),
    "log.ask_note": ("A note? (Enter to skip)", "Une note ? (Entrée pour passer)"),
    "log.written": ("{day}: {mark} — {title}", "{day} : {mark} — {title}"),
    "log.replaced": (
        "{day}: {mark} (replaces {was}).",
        "{day} : {mark} (remplace « {was} »).",
    ),
    "log.again": (
        "{day}: {mark} (already so; nothing written).",
        "{day} : {mark} (déjà noté ; rien n'est écrit).",
    ),
    "log.note_changed": ("{day}: note updated.", "{day} : note mise à jour."),
    "log.note_same": (
        "{day}: the note is already so; nothing written.",
        "{day} : la note est déjà celle-ci ; rien n'est écrit.",
    ),
    "log.pause_back": (
        "The planned pause is back on that day ({note}).",
        "La pause prévue revient sur ce jour ({note}).",
    ),
    "log.cleared": ("{day}: removed the mark ({mark}).", "{day} : marque effacée ({mark})."),
    "log.not_due": (
        "{day} is not a due day for this step: the mark is kept but does not count.",
        "Le {day} n'est pas un jour prévu pour ce pas : la marque est gardée mais ne compte pas.",
    ),
    "log.progress": (
        "Streak {streak} · best {best} · strength {strength}",
        "Série {streak} · record {best} · force {strength}",
    ),
    "log.never_miss_twice": (
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: tomorrow counts.",
        "Un oubli ne défait pas une habitude (Lally et al., 2010). Jamais deux fois de suite : demain compte.",
    ),
    "log.missed_again": (
        "Missed again: make tomorrow easy. A sharper cue or a smaller step often helps (`petitspas edit`).",
        "Encore manqué : rendez demain facile. Un déclencheur plus précis ou un pas plus petit aident souvent (`petitspas edit`).",
    ),
    "log.never_miss_twice_on": (
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: the next due day, {day}, counts.",
        "Un oubli ne défait pas une habitude (Lally et al., 2010). Jamais deux fois de suite : le prochain jour prévu, {day}, compte.",
    ),
    "log.missed_again_on": (
        "Missed again: make the next due day, {day}, easy. A sharper cue or a smaller step often helps (`petitspas edit`).",
        "Encore manqué : rendez facile le prochain jour prévu, {day}. Un déclencheur plus précis ou un pas plus petit aident souvent (`petitspas edit`).",
    ),
    "log.gaps": (
        "Not logged yet (they count as missed): {days}. Add them with --date.",
        "Pas encore notés (ils comptent comme manqués) : {days}. Ajoutez-les avec --date.",
    ),
    # gate
    "gate.invite_check": (
        "Strength has reached its goal: run `petitspas check` to see if the step is automatic.",
        "La force a atteint son objectif : lancez `petitspas check` pour voir si le pas est devenu réflexe.",
    ),
    "gate.passed": (
        "“{title}” is now automatic. Well done!",
        "« {title} » est devenu un réflexe. Bravo !",
    ),
    "gate.next": (
        "Next step, from {day}: “{title}”.",
        "Pas suivant, dès le {day} : « {title} ».",
    ),
    "gate.pauses_called_off.one": (
        "The pause planned on {days} is called off: no step is left to pause.",
        "La pause prévue le {days} est annulée : il ne reste aucun pas à mettre en pause.",
    ),
    "gate.pauses_called_off.other": (
        "The {count} paused days planned ({days}) are called off: no step is left to pause.",
        "Les {count} jours de pause prévus ({days}) sont annulés : il ne reste aucun pas à mettre en pause.",
    ),
    "gate.path_complete": (
        "Your path is complete: every step is automatic or over. Add the next one, for example:",
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Ajoutez le suivant, par exemple :",
    ),
    "gate.no_next": (
        "No step is waiting: add the next one, for example:",
        "Aucun pas en attente : ajoutez le suivant, par exemple :",
    ),
    # stalling
    "stall.label": ("Stalling", "Ça patine"),
    "stall.head": (
        "This step is stalling: {reason}. It happens, and it says more about the step's design than about you: adjust it, by trial and error, one question at a time.",
        "Ce pas patine : {reason}. Cela arrive, et cela tient plus à la façon dont le pas est conçu qu'à vous : ajustez-le, par essais et erreurs, une question à la fois.",
    ),
    "stall.reason.missed_twice": (
        "two due days missed in a row",
        "deux jours prévus manqués de suite",
    ),
    "stall.reason.strength_flat": (
        "its strength has not risen in 14 days",
        "sa force n'a pas progressé en 14 jours",
    ),
    "stall.reason.low_plateau": (
        "your self-checks level off under {goal}",
        "vos auto-évaluations plafonnent sous {goal}",
    ),
    "stall.prompt": (
        '1. The prompt: is “{cue}” a precise moment, right after something you already do (“After I …”)? `petitspas edit --cue "After I …"`',
        '1. Le déclencheur : « {cue} » est-il un moment précis, juste après un geste que vous faites déjà (« Après avoir … ») ? `petitspas edit --cue "Après avoir …"`',
    ),
    "stall.prompt_no_cue": (
        '1. The prompt: anchor the step right after something you already do (“After I …”). `petitspas edit --cue "After I …"`',
        '1. Le déclencheur : accrochez le pas juste après un geste que vous faites déjà (« Après avoir … »). `petitspas edit --cue "Après avoir …"`',
    ),
    "stall.ability": (
        '2. The ability: make it smaller, a starter step of under 30 seconds (one person, one sentence). `petitspas edit --title "…"`',
        '2. La facilité : faites-le plus petit, un premier pas de moins de 30 secondes (une personne, une phrase). `petitspas edit --title "…"`',
    ),
    "stall.motivation": (
        "3. The motivation: does this step still serve your vision? Tell yourself what it changes for the team.",
        "3. L'envie : ce pas sert-il encore votre cap ? Redites-vous ce qu'il change pour l'équipe.",
    ),
    "stall.drop": (
        'If it no longer fits, letting it go is honest too: `petitspas drop --reason "…"`',
        'Et s\'il ne vous correspond plus, le laisser est honnête aussi : `petitspas drop --reason "…"`',
    ),
    # status
    "status.complete": (
        "petitspas: path complete (add the next step with `petitspas add`)",
        "petitspas : parcours complet (ajoutez le pas suivant avec `petitspas add`)",
    ),
    "status.none": (
        "petitspas: no active step (add one with `petitspas add`)",
        "petitspas : aucun pas actif (ajoutez-en un avec `petitspas add`)",
    ),
    "status.line": (
        "{title}: streak {streak}, {strength} — {today}",
        "{title} : série {streak}, {strength} — {today}",
    ),
    "status.today_open": ("not logged today", "pas encore noté aujourd'hui"),
    "status.today_not_due": ("nothing due today", "rien de prévu aujourd'hui"),
    "status.starts": ("starts {day}", "commence le {day}"),
    "status.today_done": ("today done", "fait aujourd'hui"),
    "status.today_missed": ("today missed", "manqué aujourd'hui"),
    "status.today_skip": ("today paused", "en pause aujourd'hui"),
    # remind
    "help.remind": (
        "Nudge when tonight's step is due and not logged yet (for cron or a timer).",
        "Rappeler le pas du soir s'il est prévu et pas encore noté (cron, minuteur).",
    ),
    "opt.notify": (
        "Also show a desktop notification (notify-send or osascript).",
        "Afficher aussi une notification de bureau (notify-send ou osascript).",
    ),
    "remind.line": (
        "“{title}” — {cue}: not logged yet tonight (`petitspas log`).",
        "« {title} » — {cue} : pas encore noté ce soir (`petitspas log`).",
    ),
    "remind.line_no_cue": (
        "“{title}”: not logged yet tonight (`petitspas log`).",
        "« {title} » : pas encore noté ce soir (`petitspas log`).",
    ),
    "remind.store_problem": (
        "The store {path} cannot be read as it is: `petitspas doctor` says what is wrong and how to mend it.",
        "Le fichier {path} ne peut pas être lu tel quel : `petitspas doctor` dit ce qui ne va pas et comment le réparer.",
    ),
    "remind.no_notifier": (
        "No desktop notifier found (notify-send or osascript on PATH): the reminder is on standard output only.",
        "Aucun outil de notification trouvé (notify-send ou osascript dans le PATH) : le rappel est sur la sortie standard seulement.",
    ),
    "remind.notify_failed": (
        "{tool} did not show the notification (exit {code}); under cron, see the README for DBUS_SESSION_BUS_ADDRESS.",
        "{tool} n'a pas affiché la notification (code {code}) ; sous cron, voyez le README pour DBUS_SESSION_BUS_ADDRESS.",
    ),
    # review
    "help.review": (
        "Show the weekly review: your step, the week, the heatmap, the notes, the path.",
        "Afficher la revue de la semaine : pas, semaine, carte, notes, parcours.",
    ),
    "opt.week": (
        "Any day of the week to review (default: this week).",
        "Un jour de la semaine à revoir (défaut : cette semaine).",
    ),
    "opt.weeks": (
        "How many weeks the heatmap shows.",
        "Nombre de semaines de la carte de chaleur.",
    ),
    "review.bad_weeks": (
        "--weeks must be a whole number from 1 to 520 (got {value}).",
        "--weeks doit être un entier de 1 à 520 (reçu {value}).",
    ),
    "review.future_week": (
        "The week of {day} has not begun yet (tonight's log day is {today}): pick an earlier day.",
        "La semaine du {day} n'a pas commencé (le jour en cours est le {today}) : choisissez un jour antérieur.",
    ),
    "review.title": ("Week of {start}", "Semaine du {start}"),
    "review.vision": ("Vision: {vision}", "Cap : {vision}"),
    "review.no_vision": (
        'No vision yet: what would you like people to say of your team? `petitspas settings --vision "…"`',
        'Pas encore de cap : que voudriez-vous que l\'on dise de votre équipe ? `petitspas settings --vision "…"`',
    ),
    "review.complete": (
        "Your path is complete: every step became automatic or ended. Well done! Next, perhaps: {keys} (`petitspas add --from-catalog KEY`).",
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Bravo ! Ensuite, peut-être : {keys} (`petitspas add --from-catalog CLÉ`).",
    ),
    "review.complete_all": (
        "Your path is complete: every step became automatic or ended. Well done! Add a step of your own with `petitspas add`.",
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Bravo ! Ajoutez un pas à vous avec `petitspas add`.",
    ),
    "review.no_step": (
        "No active step: add the next one with `petitspas add`.",
        "Aucun pas actif : ajoutez le suivant avec `petitspas add`.",
    ),
    "review.cue": ("Cue", "Déclencheur"),
    "review.started": ("Started", "Commencé"),
    "review.starts": ("Starts", "Commence"),
    "review.starts_tomorrow": ("{day} (tomorrow)", "le {day} (demain)"),
    "review.started_today": ("{day} (today)", "le {day} (aujourd'hui)"),
    "review.started_one": ("{day} (yesterday)", "le {day} (hier)"),
    "review.started_value": ("{day} ({days} days ago)", "le {day} (il y a {days} jours)"),
    "review.streak": ("Streak", "Série"),
    "review.streak_value": ("{streak} (best {best})", "{streak} (record {best})"),
    "review.strength": ("Strength", "Force"),
    "review.gate": ("Automatic when", "Réflexe quand"),
    "review.gate_strength": ("strength ≥ {goal}", "force ≥ {goal}"),
    "review.gate_selfcheck": (
        "self-check ≥ {goal} within 7 days",
        "auto-évaluation ≥ {goal} sous 7 jours",
    ),
    "review.gate_selfcheck_last": (
        "last: {score} on {day}",
        "dernière : {score} le {day}",
    ),
    "review.gate_selfcheck_none": (
        "run `petitspas check`",
        "lancez `petitspas check`",
    ),
    "review.forecast": ("Forecast", "Prévision"),
    "review.forecast_value": (
        "strength goal on {day} if every due day is done",
        "objectif de force le {day} si chaque jour prévu est fait",
    ),
    "review.forecast_reached": ("strength goal reached", "objectif de force atteint"),
    "review.forecast_and_plateau": ("{forecast}; {plateau}", "{forecast} ; {plateau}"),
    "review.plateau_value": (
        "automaticity levels off around {day}",
        "plateau d'automatisme vers le {day}",
    ),
    "review.week": ("This week", "Cette semaine"),
    "review.heatmap.one": ("This week", "Cette semaine"),
    "review.heatmap.other": ("Last {count} weeks", "Les {count} dernières semaines"),
    "review.legend": (
        "✓ done  ✗ missed  ~ paused  · not due  ? to log  (blank) to come  │ next step",
        "✓ fait  ✗ manqué  ~ pause  · non prévu  ? à noter  (vide) à venir  │ pas suivant",
    ),
    "review.notes": ("Success log of the week", "Cahier de réussites de la semaine"),
    "review.no_notes": (
        "No notes this week: add one tonight with `petitspas log --note`.",
        "Aucune note cette semaine : ajoutez-en une ce soir avec `petitspas log --note`.",
    ),
    "review.path": ("Path", "Parcours"),
    "review.path_earlier.one": (
        "{count} earlier step: `petitspas path`",
        "{count} pas précédent : `petitspas path`",
    ),
    "review.path_earlier.other": (
        "{count} earlier steps: `petitspas path`",
        "{count} pas précédents : `petitspas path`",
    ),
    "review.path_later.one": (
        "{count} later step: `petitspas path`",
        "{count} pas suivant : `petitspas path`",
    ),
    "review.path_later.other": (
        "{count} later steps: `petitspas path`",
        "{count} pas suivants : `petitspas path`",
    ),
    "weekday.full.0": ("Monday", "lundi"),
    "weekday.full.1": ("Tuesday", "mardi"),
    "weekday.full.2": ("Wednesday", "mercredi"),
    "weekday.full.3": ("Thursday", "jeudi"),
    "weekday.full.4": ("Friday", "vendredi"),
    "weekday.full.5": ("Saturday", "samedi"),
    "weekday.full.6": ("Sunday", "dimanche"),
    "review.before_store": (
        "Your history begins on {first}: pick a day of that week or later (got {day}).",
        "Votre historique commence le {first} : choisissez un jour de cette semaine-là ou plus tard (reçu {day}).",
    ),
    "review.as_of": ("As it stood on {day}", "Tel qu'au {day}"),
    "review.started_then_same": ("{day} (that day)", "le {day} (ce jour-là)"),
    "review.started_then.one": ("{day} ({count} day earlier)", "le {day} ({count} jour plus tôt)"),
    "review.started_then.other": (
        "{day} ({count} days earlier)",
        "le {day} ({count} jours plus tôt)",
    ),
    "review.gate_selfcheck_none_past": ("none then", "aucune alors"),
    "review.outcome": ("Now", "Aujourd'hui"),
    "review.outcome_automatic": ("automatic on {day}", "devenu réflexe le {day}"),
    "review.outcome_dropped": ("dropped on {day}", "abandonné le {day}"),
    "review.outcome_active": ("still the active step", "toujours le pas actif"),
    "review.week_past": ("That week", "Cette semaine-là"),
    "review.heatmap_past.one": ("That week", "Cette semaine-là"),
    "review.heatmap_past.other": (
        "{count} weeks up to {end}",
        "{count} semaines jusqu'au {end}",
    ),
    "review.strength_weeks": ("Strength week by week", "Force semaine après semaine"),
    "review.strength_span.one": (
        "{count} week from {first} · goal {goal} = {sign}",
        "{count} semaine depuis le {first} · objectif {goal} = {sign}",
    ),
    "review.strength_span.other": (
        "{count} weeks from {first} · goal {goal} = {sign}",
        "{count} semaines depuis le {first} · objectif {goal} = {sign}",
    ),
    "review.other_notes": ("Missed and paused days", "Jours manqués ou en pause"),
    "review.note_missed": ("missed", "manqué"),
    "review.note_skip": ("pause", "pause"),
    "review.no_notes_past": (
        "No notes of done days that week.",
        "Aucune note de jour fait cette semaine-là.",
    ),
    "weekday.0": ("Mon", "lun"),
    "weekday.1": ("Tue", "mar"),
    "weekday.2": ("Wed", "mer"),
    "weekday.3": ("Thu", "jeu"),
    "weekday.4": ("Fri", "ven"),
    "weekday.5": ("Sat", "sam"),
    "weekday.6": ("Sun", "dim"),
    # doctor
    "help.doctor": (
        "Check the store and its backups; put a good backup back with --restore.",
        "Vérifier le fichier et ses sauvegardes ; remettre une sauvegarde avec --restore.",
    ),
    "opt.restore": (
        "A backup to put back (its path, or its name in the backups folder).",
        "Une sauvegarde à remettre (son chemin, ou son nom dans le dossier des sauvegardes).",
    ),
    "doctor.ok": (
        "Store {path}: healthy (revision {revision}, {steps}, {marks}).",
        "Fichier {path} : sain (révision {revision}, {steps}, {marks}).",
    ),
    "count.steps.one": ("{count} step", "{count} pas"),
    "count.steps.other": ("{count} steps", "{count} pas"),
    "count.marks.one": ("{count} mark", "{count} marque"),
    "count.marks.other": ("{count} marks", "{count} marques"),
    "count.checks.one": ("{count} self-check", "{count} auto-évaluation"),
    "count.checks.other": ("{count} self-checks", "{count} auto-évaluations"),
    "count.new_steps.one": ("{count} new step", "{count} nouveau pas"),
    "count.new_steps.other": ("{count} new steps", "{count} nouveaux pas"),
    "count.weeks.one": ("{count} week", "{count} semaine"),
    "count.weeks.other": ("{count} weeks", "{count} semaines"),
    "count.good.one": ("{count} good", "{count} saine"),
    "count.good.other": ("{count} good", "{count} saines"),
    "count.damaged.one": ("{count} damaged", "{count} abîmée"),
    "count.damaged.other": ("{count} damaged", "{count} abîmées"),
    "doctor.backup": (
        "{name}  revision {revision}, written {written}, {size} bytes, {marks}",
        "{name}  révision {revision}, écrite le {written}, {size} octets, {marks}",
    ),
    "doctor.bad": ("Store {path} is damaged: {why}", "Le fichier {path} est abîmé : {why}"),
    "doctor.backups": (
        "Backups in {folder}: {good}, {bad}.",
        "Sauvegardes dans {folder} : {good}, {bad}.",
    ),
    "doctor.backup_bad": ("damaged: {backup}: {why}", "abîmée : {backup} : {why}"),
    "doctor.newest_good": (
        "Newest good backup: {backup}. Put it back with `petitspas doctor --restore {name}`.",
        "Sauvegarde saine la plus récente : {backup}. Remettez-la avec `petitspas doctor --restore {name}`.",
    ),
    "doctor.no_good": (
        "No good backup: fix the file by hand, or move it aside and run `petitspas init`.",
        "Aucune sauvegarde saine : réparez le fichier à la main, ou mettez-le de côté et lancez `petitspas init`.",
    ),
    "doctor.no_such_backup": (
        "No backup {backup} (looked there and in {folder}): run `petitspas doctor` to list them.",
        "Pas de sauvegarde {backup} (cherchée là et dans {folder}) : lancez `petitspas doctor` pour les lister.",
    ),
    "doctor.bad_backup": (
        "The backup {backup} is damaged too ({why}): choose another one.",
        "La sauvegarde {backup} est abîmée elle aussi ({why}) : choisissez-en une autre.",
    ),
    "doctor.restored": (
        "Restored {backup} as {path} (revision {revision}).",
        "{backup} remise en place comme {path} (révision {revision}).",
    ),
    "doctor.aside": (
        "The previous file is kept at {aside}.",
        "L'ancien fichier est gardé dans {aside}.",
    ),
    # merge
    "help.merge": (
        "Merge a diverged copy of the store (a sync conflict) into this one.",
        "Fusionner une copie divergente du fichier (conflit de synchro) dans celui-ci.",
    ),
    "arg.other": (
        "The other copy, e.g. 'petitspas (conflicted copy).json'.",
        "L'autre copie, par ex. « petitspas (copie en conflit).json ».",
    ),
    "opt.dry_run": (
        "Show what would be taken, change nothing.",
        "Montrer ce qui serait repris, sans rien changer.",
    ),
    "merge.same_file": (
        "{path} is this store itself: name the other copy.",
        "{path} est ce fichier lui-même : donnez l'autre copie.",
    ),
    "merge.other_bad": (
        "Cannot merge {path}: {why}",
        "Fusion impossible avec {path} : {why}",
    ),
    "merge.nothing": (
        "Nothing to take from {path}: this store already holds all of it.",
        "Rien à reprendre de {path} : ce fichier contient déjà tout.",
    ),
    "merge.took": (
        "From {path}: {marks}, {checks}, {steps}, {others}.",
        "De {path} : {marks}, {checks}, {steps}, {others}.",
    ),
    "merge.new_steps": ("New steps: {ids}.", "Nouveaux pas : {ids}."),
    "merge.not_applied": (
        "Not applied: {what}, written {written} — {why}",
        "Non appliqué : {what}, écrit le {written} — {why}",
    ),
    "merge.unrelated": (
        "{path} is another store, begun apart from this one: nothing was merged. To merge it all the same, add --unrelated.",
        "{path} est un autre fichier, commencé à part de celui-ci : rien n'a été fusionné. Pour le fusionner quand même, ajoutez --unrelated.",
    ),
    "opt.unrelated": (
        "Merge a store begun apart from this one (another store id).",
        "Fusionner un fichier commencé à part de celui-ci (un autre identifiant).",
    ),
    "count.other_changes.one": ("{count} other change", "{count} autre changement"),
    "count.other_changes.other": ("{count} other changes", "{count} autres changements"),
    "journal.op.settings": ("a change of settings", "un changement de réglages"),
    "journal.op.add": ("the adding of “{step}”", "l'ajout de « {step} »"),
    "journal.op.edit": ("an edit of “{step}”", "une modification de « {step} »"),
    "journal.op.move": ("the move of “{step}”", "le déplacement de « {step} »"),
    "journal.op.remove": ("the removal of “{step}”", "le retrait de « {step} »"),
    "journal.op.mark": ("the mark of {day} on “{step}”", "la marque du {day} sur « {step} »"),
    "journal.op.note": ("the note of {day} on “{step}”", "la note du {day} sur « {step} »"),
    "journal.op.clear": (
        "the clearing of {day} on “{step}”",
        "l'effacement du {day} sur « {step} »",
    ),
    "journal.op.clear_note": (
        "the note removed from {day} on “{step}”",
        "la note retirée du {day} sur « {step} »",
    ),
    "journal.op.pause": ("the pause from {first} to {last}", "la pause du {first} au {last}"),
    "journal.op.call_off": (
        "the pause called off from {first} to {last}",
        "la pause annulée du {first} au {last}",
    ),
    "journal.op.check": (
        "the self-check of {day} on “{step}”",
        "l'auto-évaluation du {day} sur « {step} »",
    ),
    "journal.op.drop": ("the drop of “{step}”", "l'abandon de « {step} »"),
    "journal.other_step": (
        "{day} now belongs to “{now}”, not to {step}.",
        "le {day} appartient maintenant à « {now} », pas à {step}.",
    ),
    "journal.ended": (
        "“{title}” was {status} from {day} on.",
        "« {title} » était {status} depuis le {day}.",
    ),
    "journal.bad_operation": (
        "the journal holds an operation petitspas does not write ({id}): restore a backup with `petitspas doctor --restore`.",
        "le journal contient une opération que petitspas n'écrit pas ({id}) : remettez une sauvegarde avec `petitspas doctor --restore`.",
    ),
    "doctor.disagrees": (
        "the state does not match its journal (edited by hand?)",
        "l'état ne correspond pas à son journal (modifié à la main ?)",
    ),
    "merge.dry_run": ("Dry run: nothing was written.", "Essai : rien n'a été écrit."),
    "merge.saved": (
        "Merged into {path} (the previous version is in the backups).",
        "Fusionné dans {path} (la version précédente est dans les sauvegardes).",
    ),
    # win and wins: the cahier de réussites
    "help.win": (
        "Note a win for the cahier de réussites (or change or remove one).",
        "Noter une réussite au cahier de réussites (ou en changer ou retirer une).",
    ),
    "help.wins": (
        "Show the week's wins, and the digest to share with the team.",
        "Montrer les réussites de la semaine, et le bilan à partager avec l'équipe.",
    ),
    "arg.win": (
        "What went well, in a line (the team may read it: no private note).",
        "Ce qui s'est bien passé, en une ligne (l'équipe pourra le lire : rien de privé).",
    ),
    "opt.win_edit": (
        "Change the win numbered N in `petitspas wins` (of the week of --date).",
        "Changer la réussite numéro N de `petitspas wins` (de la semaine de --date).",
    ),
    "opt.win_remove": (
        "Remove the win numbered N in `petitspas wins` (of the week of --date).",
        "Retirer la réussite numéro N de `petitspas wins` (de la semaine de --date).",
    ),
    "opt.wins_format": (
        "text (the numbered list), md (for a team channel) or html (a page for the stand-up).",
        "text (la liste numérotée), md (pour un canal d'équipe) ou html (une page pour le point d'équipe).",
    ),
    "field.win": ("the win", "la réussite"),
    "win.empty": (
        'A win needs a few words: `petitspas win "Léa closed the incident calmly"`.',
        'Une réussite demande quelques mots : `petitspas win "Léa a clos l\'incident avec calme"`.',
    ),
    "win.no_text": (
        'Say the win: `petitspas win "Léa closed the incident calmly"`.',
        'Dites la réussite : `petitspas win "Léa a clos l\'incident avec calme"`.',
    ),
    "win.remove_no_text": (
        "--remove N takes no text: `petitspas win --remove 2`.",
        "--remove N ne prend pas de texte : `petitspas win --remove 2`.",
    ),
    "win.edit_and_remove": (
        "Give --edit or --remove, not both.",
        "Donnez --edit ou --remove, pas les deux.",
    ),
    "win.future": (
        "{day} is still to come (tonight is {today}): a win is noted once it happened.",
        "Le {day} est encore à venir (ce soir, c'est le {today}) : une réussite se note une fois arrivée.",
    ),
    "win.gone": (
        "that win was removed meanwhile.",
        "cette réussite a été retirée entre-temps.",
    ),
    "win.bad_number.one": (
        "No win {number} in the week of {week}: it holds 1 (see `petitspas wins`).",
        "Pas de réussite {number} dans la semaine du {week} : elle en compte 1 (voir `petitspas wins`).",
    ),
    "win.bad_number.other": (
        "No win {number} in the week of {week}: it holds {count} (see `petitspas wins`).",
        "Pas de réussite {number} dans la semaine du {week} : elle en compte {count} (voir `petitspas wins`).",
    ),
    "win.added": (
        "Win {n} noted for {day}: “{text}”.",
        "Réussite {n} notée pour {day} : « {text} ».",
    ),
    "win.week_count.one": (
        "1 win in the week of {week}: `petitspas wins` shows it, `--format md` to share it.",
        "1 réussite dans la semaine du {week} : `petitspas wins` la montre, `--format md` pour la partager.",
    ),
    "win.week_count.other": (
        "{count} wins in the week of {week}: `petitspas wins` shows them, `--format md` to share them.",
        "{count} réussites dans la semaine du {week} : `petitspas wins` les montre, `--format md` pour les partager.",
    ),
    "win.edited": (
        "Win {n} changed: “{old}” → “{new}”.",
        "Réussite {n} changée : « {old} » → « {new} ».",
    ),
    "win.removed": ("Win {n} removed: “{text}”.", "Réussite {n} retirée : « {text} »."),
    "win.same": (
        "Win {n} already says that: nothing changed.",
        "La réussite {n} dit déjà cela : rien n'a changé.",
    ),
    "wins.title": (
        "Cahier de réussites, week of {first} to {last}",
        "Cahier de réussites, semaine du {first} au {last}",
    ),
    "wins.vision": ("Our vision: {vision}", "Notre cap : {vision}"),
    "wins.empty": (
        'No win noted this week. Note one tonight: `petitspas win "what went well"`.',
        'Aucune réussite notée cette semaine. Notez-en une ce soir : `petitspas win "ce qui s\'est bien passé"`.',
    ),
    "wins.empty_shared": (
        "No win noted this week yet.",
        "Aucune réussite notée cette semaine pour l'instant.",
    ),
    "wins.count.one": ("1 win this week.", "1 réussite cette semaine."),
    "wins.count.other": ("{count} wins this week.", "{count} réussites cette semaine."),
    "wins.bad_format": (
        "Unknown format '{format}': use text, md or html.",
        "Format « {format} » inconnu : text, md ou html.",
    ),
    "log.ask_wins_intro": (
        "Tonight's wins, to share on Friday (Enter to stop):",
        "Les réussites du jour, à partager vendredi (Entrée pour finir) :",
    ),
    "log.ask_win": ("Win {n}", "Réussite {n}"),
    "log.wins_noted.one": ("1 win noted: {texts}.", "1 réussite notée : {texts}."),
    "log.wins_noted.other": ("{count} wins noted: {texts}.", "{count} réussites notées : {texts}."),
    "export.wins": ("Wins (cahier de réussites)", "Réussites (cahier de réussites)"),
    "opt.no_wins": ("Leave the wins out.", "Laisser les réussites de côté."),
    "journal.op.win": ("the win of {day}", "la réussite du {day}"),
    "journal.op.win_edit": ("a change of a win", "la modification d'une réussite"),
    "journal.op.win_remove": ("the removal of a win", "le retrait d'une réussite"),
    # export command
    "help.export": (
        "Export your progress as markdown (default), HTML, JSON or CSV.",
        "Exporter vos progrès en markdown (défaut), HTML, JSON ou CSV.",
    ),
    "opt.format": ("md, html, json or csv.", "md, html, json ou csv."),
    "opt.output": (
        "Write to this file (atomically) instead of the screen.",
        "Écrire dans ce fichier (de façon atomique) plutôt qu'à l'écran.",
    ),
    "export.bad_format": (
        "Unknown format '{value}': use md, html, json or csv.",
        "Format inconnu « {value} » : utilisez md, html, json ou csv.",
    ),
    "export.onto_store": (
        "{path} is the store itself (or one of its backups): export to another file.",
        "{path} est le fichier de données lui-même (ou une sauvegarde) : exportez vers un autre fichier.",
    ),
    "export.is_dir": (
        "{path} is a folder: give a file name, e.g. {path}/petitspas.md.",
        "{path} est un dossier : donnez un nom de fichier, par ex. {path}/petitspas.md.",
    ),
    "export.no_folder": (
        "The folder {path} does not exist: create it first or choose another -o.",
        "Le dossier {path} n'existe pas : créez-le d'abord ou choisissez un autre -o.",
    ),
    "export.unwritable": (
        "Cannot write {path}: check free space and permissions (nothing was written).",
        "Impossible d'écrire {path} : vérifiez la place libre et les droits (rien n'a été écrit).",
    ),
    "export.written": ("Wrote {path}.", "{path} écrit."),
    # demo
    "help.demo": (
        "Build a realistic sample store, show its review and how to explore it.",
        "Créer un exemple réaliste, afficher sa revue et comment l'explorer.",
    ),
    "opt.dir": (
        "Folder for the sample petitspas.json (default: a new temporary folder).",
        "Dossier de l'exemple petitspas.json (défaut : un nouveau dossier temporaire).",
    ),
    "opt.demo_weeks": (
        "Weeks of history, 1 to 520 (ten years).",
        "Semaines d'historique, de 1 à 520 (dix ans).",
    ),
    "demo.exists": (
        "{path} already exists: choose another --dir (the demo never overwrites a store).",
        "{path} existe déjà : choisissez un autre --dir (la démo n'écrase jamais un fichier).",
    ),
    "demo.too_early": (
        "{weeks} weeks before {day} would start before 1900, the first year petitspas works with: ask for fewer weeks.",
        "{weeks} semaines avant le {day} commenceraient avant 1900, première année de petitspas : demandez moins de semaines.",
    ),
    "demo.built": (
        "Sample store: {path} ({weeks}, {steps}, {marks}).",
        "Fichier d'exemple : {path} ({weeks}, {steps}, {marks}).",
    ),
    "demo.explore": (
        "Explore it (or set PETITSPAS_STORE={path}):",
        "Explorez-le (ou posez PETITSPAS_STORE={path}) :",
    ),
    "demo.vision": (
        "A team where everyone dares to try, says what they learned, and is thanked for it.",
        "Une équipe où chacun ose essayer, dit ce qu'il a appris, et en est remercié.",
    ),
    "demo.round": ("round {n}", "{n}e tour"),
    "demo.drop_reason": (
        "Once a week is too rare to become a reflex; I will come back to it later.",
        "Une fois par semaine, c'est trop rare pour devenir un réflexe ; j'y reviendrai.",
    ),
    "demo.note.0": (
        "Léa smiled back for the first time this month.",
        "Léa m'a rendu mon sourire, une première ce mois-ci.",
    ),
    "demo.note.1": (
        "Thanked Karim for the client summary, he looked surprised.",
        "Remercié Karim pour la synthèse client, il a eu l'air surpris.",
    ),
    "demo.note.2": (
        "Did it even on a day full of meetings.",
        "Fait même un jour plein de réunions.",
    ),
    "demo.note.3": (
        "The night shift noticed; two people stopped by to chat.",
        "L'équipe de nuit l'a remarqué ; deux personnes sont venues discuter.",
    ),
    "demo.note.4": ("Felt natural today, no reminder needed.", "Naturel aujourd'hui, sans rappel."),
    "demo.note.5": (
        "Sophie told me what she learned from the outage.",
        "Sophie m'a dit ce qu'elle a appris de la panne.",
    ),
    "demo.note.6": (
        "Almost forgot, then the coffee machine reminded me.",
        "Presque oublié, puis la machine à café me l'a rappelé.",
    ),
    "demo.note.7": (
        "Three wins shared in the team channel: delivery, fix, new client.",
        "Trois réussites partagées à l'équipe : livraison, correctif, nouveau client.",
    ),
    "demo.note.8": (
        "Listened to Tom until the end instead of answering.",
        "Écouté Tom jusqu'au bout au lieu de répondre.",
    ),
    "demo.note.9": (
        "Let Inès decide the release date; she chose well.",
        "Laissé Inès décider de la date de livraison ; bon choix.",
    ),
    "demo.note.10": (
        "Shortened the weekly meeting to 20 minutes.",
        "Réunion hebdo raccourcie à 20 minutes.",
    ),
    "demo.note.11": (
        "Linked the backlog cleanup to our vision; people got it.",
        "Relié le tri du backlog à notre cap ; l'équipe a compris.",
    ),
    "demo.extra.0.title": (
        "Ask for one piece of feedback on my own work",
        "Demander un retour sur mon propre travail",
    ),
    "demo.extra.0.cue": ("After my one-to-one meetings", "Après mes entretiens individuels"),
    "demo.extra.1.title": (
        "Name one risk I am taking and why",
        "Nommer un risque que je prends et pourquoi",
    ),
    "demo.extra.1.cue": ("When I plan the day", "Quand je planifie la journée"),
    "demo.extra.2.title": (
        "Leave ten minutes free between meetings",
        "Laisser dix minutes libres entre deux réunions",
    ),
    "demo.extra.2.cue": ("When I accept an invitation", "Quand j'accepte une invitation"),
    "demo.extra.3.title": (
        "Write down one thing I learned from a mistake",
        "Noter une chose apprise d'une erreur",
    ),
    "demo.extra.3.cue": ("Before I leave the office", "Avant de quitter le bureau"),
    "demo.extra.4.title": (
        "Ask a quiet colleague for their view first",
        "Demander d'abord son avis à un collègue discret",
    ),
    "demo.extra.4.cue": (
        "When a meeting opens a discussion",
        "Quand une réunion ouvre une discussion",
    ),
    "demo.extra.5.title": (
        "Tell someone how their work helps a customer",
        "Dire à quelqu'un en quoi son travail aide un client",
    ),
    "demo.extra.5.cue": ("When I read customer feedback", "Quand je lis un retour client"),
    # check
    "check.statement.1": (
        "“{title}” is something I do automatically.",
        "« {title} » est quelque chose que je fais automatiquement.",
    ),
    "check.statement.2": (
        "“{title}” is something I do without having to consciously remember.",
        "« {title} » est quelque chose que je fais sans avoir à m'en souvenir consciemment.",
    ),
    "check.statement.3": (
        "“{title}” is something I do without thinking.",
        "« {title} » est quelque chose que je fais sans y penser.",
    ),
    "check.statement.4": (
        "“{title}” is something I start doing before I realise I'm doing it.",
        "« {title} » est quelque chose que je commence à faire avant de m'en rendre compte.",
    ),
    "check.intro": (
        "Rate each statement from 1 (strongly disagree) to 7 (strongly agree).",
        "Notez chaque phrase de 1 (pas du tout d'accord) à 7 (tout à fait d'accord).",
    ),
    "check.rating": ("Your rating (1–7)", "Votre note (1–7)"),
    "check.rating_again": (
        "Please answer with a number from 1 to 7.",
        "Répondez par un nombre de 1 à 7.",
    ),
    "check.bad_answers": (
        "--answers needs four whole numbers from 1 to 7, like 5,6,5,6 (got '{value}').",
        "--answers attend quatre entiers de 1 à 7, comme 5,6,5,6 (reçu « {value} »).",
    ),
    "check.no_answers": (
        "Give the four ratings with --answers a,b,c,d (no terminal to ask on).",
        "Donnez les quatre notes avec --answers a,b,c,d (pas de terminal pour demander).",
    ),
    "check.recorded": (
        "Self-check {day}: {score} / 7 (goal {goal}).",
        "Auto-évaluation du {day} : {score} / 7 (objectif {goal}).",
    ),
    "check.replaces_today": (
        "Replaces today's check ({answers}).",
        "Remplace l'auto-évaluation d'aujourd'hui ({answers}).",
    ),
    "check.replaces": (
        "Replaces the check of {day} ({answers}).",
        "Remplace l'auto-évaluation du {day} ({answers}).",
    ),
    "check.same": (
        "Already recorded for {day}: nothing is written.",
        "Déjà notée pour le {day} : rien n'est écrit.",
    ),
    "gate.missing_strength": (
        "Still to come: strength {strength} of {goal}; reachable on {day} if every due day is done.",
        "Reste à venir : force {strength} sur {goal} ; atteignable le {day} si chaque jour prévu est fait.",
    ),
    "gate.missing_selfcheck": (
        "Still to come: a self-check of {goal} or more (`petitspas check`, within 7 days).",
        "Reste à venir : une auto-évaluation d'au moins {goal} (`petitspas check`, sous 7 jours).",
    ),
    # drop
    "drop.confirm": (
        "Drop “{title}”? It stays on your path as dropped.",
        "Abandonner « {title} » ? Il restera dans votre parcours comme abandonné.",
    ),
    "confirm.choices": ("[y/N]", "[o/N]"),
    "drop.cancelled": ("Nothing changed.", "Rien n'a changé."),
    "drop.done": (
        "Dropped “{title}” on {day}. Stopping honestly is part of the method.",
        "« {title} » abandonné le {day}. S'arrêter honnêtement fait partie de la méthode.",
    ),
    # tables
    "table.key": ("key", "clé"),
    "table.title": ("step", "pas"),
    "table.cue": ("cue", "déclencheur"),
    "table.schedule": ("days", "jours"),
    "table.status": ("status", "état"),
    "table.dates": ("dates", "dates"),
    "table.streak": ("streak", "série"),
    "table.strength": ("strength", "force"),
    "catalog.title": ("Starter steps", "Petits pas proposés"),
    "catalog.hint": (
        "Add one with `petitspas add --from-catalog KEY` (or its number).",
        "Ajoutez-en un avec `petitspas add --from-catalog CLÉ` (ou son numéro).",
    ),
    "path.title": ("Your path", "Votre parcours"),
    "path.vision": ("Vision: {vision}", "Cap : {vision}"),
    "path.empty": (
        "Your path is empty: add a step with `petitspas add`.",
        "Votre parcours est vide : ajoutez un pas avec `petitspas add`.",
    ),
    "path.started": ("since {day}", "depuis le {day}"),
    "path.automatic_on": ("automatic {day}", "réflexe le {day}"),
    "path.dropped_on": ("dropped {day}", "abandonné le {day}"),
    "path.forecast": (
        "Strength goal reachable on {day} if every due day is done.",
        "Objectif de force atteignable le {day} si chaque jour prévu est fait.",
    ),
    "path.plateau": (
        "Your self-checks point to a plateau of automaticity around {day} (Lally et al.'s curve).",
        "Vos auto-évaluations annoncent un plateau d'automatisme vers le {day} (courbe de Lally et al.).",
    ),
    # export (markdown)
    "export.title": ("petitspas — progress", "petitspas — progrès"),
    "export.revision": ("Changed on {day}: {change}", "Changé le {day} : {change}"),
    "export.period": ("From {first} to {last}.", "Du {first} au {last}."),
    "export.notes_left_out": ("Notes left out.", "Notes laissées de côté."),
    "opt.from": (
        "First day of the report (DATE; default: the first day of your history).",
        "Premier jour du rapport (DATE ; défaut : le premier jour de votre historique).",
    ),
    "opt.to": (
        "Last day of the report (DATE; default: today).",
        "Dernier jour du rapport (DATE ; défaut : aujourd'hui).",
    ),
    "opt.no_notes": (
        "Leave every note out (a report to share).",
        "Laisser toutes les notes de côté (un rapport à partager).",
    ),
    "export.json_whole": (
        "The JSON export is the whole store: --from, --to and --no-notes are for md, html and csv.",
        "L'export JSON est le fichier entier : --from, --to et --no-notes valent pour md, html et csv.",
    ),
    "export.bad_period": (
        "--from {first} comes after --to {last}: give the earlier day first.",
        "--from {first} vient après --to {last} : donnez d'abord le jour le plus ancien.",
    ),
    "export.future": (
        "{option} {day} is after tonight's log day {today}: a report ends today at the latest.",
        "{option} {day} est après le jour en cours {today} : un rapport s'arrête au plus tard aujourd'hui.",
    ),
    "export.summary.one": (
        "Done {done} of {count} due day ({percent})",
        "Fait {done} sur {count} jour prévu ({percent})",
    ),
    "export.summary.other": (
        "Done {done} of {count} due days ({percent})",
        "Fait {done} sur {count} jours prévus ({percent})",
    ),
    "export.summary_none": ("No due day yet", "Aucun jour prévu pour l'instant"),
    "export.summary_paused.one": (
        "{summary}, {count} day paused",
        "{summary}, {count} jour en pause",
    ),
    "export.summary_paused.other": (
        "{summary}, {count} days paused",
        "{summary}, {count} jours en pause",
    ),
    "export.path": ("Path", "Parcours"),
    "export.col.step": ("Step", "Pas"),
    "export.col.status": ("Status", "État"),
    "export.col.started": ("Started", "Début"),
    "export.col.ended": ("Automatic / dropped on", "Réflexe / abandon le"),
    "export.col.best_streak": ("Best streak", "Meilleure série"),
    "export.col.strength": ("Strength", "Force"),
    "export.cue": ("Cue: {text}", "Déclencheur : {text}"),
    "export.celebration": ("Celebration: {text}", "Célébration : {text}"),
    "export.schedule": ("Due days: {days}", "Jours prévus : {days}"),
    "export.started": ("Started: {day}", "Début : {day}"),
    "export.automatic_on": ("Automatic on: {day}", "Devenu réflexe le {day}"),
    "export.dropped_on": ("Dropped on: {day}", "Abandonné le {day}"),
    "export.reason": ("Reason: {text}", "Raison : {text}"),
    "export.streak": ("Streak: {count}", "Série : {count}"),
    "export.best_streak": ("Best streak: {count}", "Meilleure série : {count}"),
    "export.strength": ("Strength: {value} (goal {goal})", "Force : {value} (objectif {goal})"),
    "export.selfchecks": ("Self-checks", "Auto-évaluations"),
    "export.selfchecks_none": ("No self-check yet.", "Aucune auto-évaluation pour l'instant."),
    "export.col.date": ("Date", "Date"),
    "export.col.q1": ("Automatically", "Automatiquement"),
    "export.col.q2": ("Without remembering", "Sans m'en souvenir"),
    "export.col.q3": ("Without thinking", "Sans y penser"),
    "export.col.q4": ("Before realising", "Avant de m'en rendre compte"),
    "export.col.score": ("Score", "Moyenne"),
    "export.calendar": ("Calendar", "Calendrier"),
    "export.col.week_of": ("Week of", "Semaine du"),
    "export.legend": (
        "Legend: {done} done, {missed} missed or not logged, {skip} paused (planned), {not_due} not due, blank: not yet, or outside the step's dates or the period.",
        "Légende : {done} fait, {missed} manqué ou non noté, {skip} en pause (prévue), {not_due} jour non prévu, vide : pas encore, ou hors des dates du pas ou de la période.",
    ),
    "export.notes": ("Notes", "Notes"),
    "export.notes_none": ("No notes.", "Aucune note."),
    "export.note": ("**{day}** ({mark}): {text}", "**{day}** ({mark}) : {text}"),
    # export (html)
    "html.chart": ("Strength week by week", "Force semaine après semaine"),
    "html.chart_label": (
        "Strength at the end of each week from {first} to {last}: {start} then {end}, goal {goal}.",
        "Force à la fin de chaque semaine du {first} au {last} : {start} puis {end}, objectif {goal}.",
    ),
    "html.goal": ("goal {goal}", "objectif {goal}"),
    "html.calendar_label": (
        "Calendar from {first} to {last}: one row per week, Monday first.",
        "Calendrier du {first} au {last} : une ligne par semaine, lundi en premier.",
    ),
    # A date as the page names it: a week's row, a chart's week, a day's title.
    "html.week": ("{month} {day}", "{day} {month}"),
    "html.week_year": ("{month} {day}, {year}", "{day} {month} {year}"),
    "html.day": (
        "{weekday} {day} {month} {year}: {state}",
        "{weekday} {day} {month} {year} : {state}",
    ),
    "html.week_point": (
        "Week of {week}: strength {strength}",
        "Semaine du {week} : force {strength}",
    ),
    "month.1": ("January", "janvier"),
    "month.2": ("February", "février"),
    "month.3": ("March", "mars"),
    "month.4": ("April", "avril"),
    "month.5": ("May", "mai"),
    "month.6": ("June", "juin"),
    "month.7": ("July", "juillet"),
    "month.8": ("August", "août"),
    "month.9": ("September", "septembre"),
    "month.10": ("October", "octobre"),
    "month.11": ("November", "novembre"),
    "month.12": ("December", "décembre"),
    "month.short.1": ("Jan", "janv."),
    "month.short.2": ("Feb", "févr."),
    "month.short.3": ("Mar", "mars"),
    "month.short.4": ("Apr", "avr."),
    "month.short.5": ("May", "mai"),
    "month.short.6": ("Jun", "juin"),
    "month.short.7": ("Jul", "juil."),
    "month.short.8": ("Aug", "août"),
    "month.short.9": ("Sep", "sept."),
    "month.short.10": ("Oct", "oct."),
    "month.short.11": ("Nov", "nov."),
    "month.short.12": ("Dec", "déc."),
    "html.legend.done": ("done", "fait"),
    "html.legend.missed": ("missed or not logged", "manqué ou non noté"),
    "html.legend.skip": ("paused (planned)", "en pause (prévue)"),
    "html.legend.not_due": ("not due", "non prévu"),
    "html.footer": (
        "Made with petitspas on {day}, from data kept on this computer only.",
        "Fait avec petitspas le {day}, à partir de données gardées sur cet ordinateur seulement.",
    ),
    "schedule.workdays": ("Mon–Fri", "lun–ven"),
    "schedule.daily": ("every day", "tous les jours"),
}
