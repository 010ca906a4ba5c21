"""The messages in French: one text per key (`key.one` / `key.other` for the plural forms).

Every key is in every language (tests/test_i18n.py checks it); a third language is one
more file like this one, named in `petitspas.i18n.LANGS`.
"""

MESSAGES: dict[str, str] = {
    "list.either": "{first} ou {last}",
    # --help
    "help.app": "Un petit pas managérial à la fois, répété jusqu'au réflexe, puis le suivant.",
    "help.init": "Démarrer petitspas : votre cap et votre premier pas.",
    "help.catalog": "Lister les petits pas proposés.",
    "help.add": "Ajouter un pas à votre parcours (le vôtre, ou un du catalogue).",
    "help.path": "Afficher votre parcours : chaque pas avec son état, ses dates et sa force.",
    "help.log": "Noter le pas du jour : fait, manqué ou en pause, avec une note facultative.",
    "help.status": "Afficher une ligne pour l'invite du shell : pas, série, jour noté ou non.",
    "help.check": "Évaluer à quel point un pas est devenu réflexe, de 1 à 7 (4 phrases, ou une).",
    "help.edit": "Changer le titre, le déclencheur ou les jours d'un pas, en gardant son histoire.",
    "help.move": "Déplacer un pas à venir ailleurs dans votre parcours.",
    "help.remove": "Retirer de votre parcours un pas jamais commencé.",
    "help.settings": "Afficher les réglages du fichier, ou les changer.",
    "help.drop": "Abandonner honnêtement le pas actif et passer au suivant.",
    # What Typer draws around the help, and the parser's usage errors (cli._usage_error)
    "typer.usage": "Utilisation :",
    "typer.commands_metavar": "COMMANDE [ARGS]...",
    "typer.arguments": "Arguments",
    "typer.options": "Options",
    "typer.commands": "Commandes",
    # Typer fills the {} itself: doubled here, where t() formats
    "typer.envvar": "[variable d'environnement : {{}}]",
    "typer.default": "[défaut : {{}}]",
    "typer.required": "[obligatoire]",
    "opt.help": "Afficher cette aide et quitter.",
    "opt.install_completion": "Installer la complétion pour le shell utilisé, ou celui nommé après (bash, zsh, fish).",
    "opt.show_completion": (
        "Afficher la complétion pour le shell utilisé, ou celui nommé après (bash, zsh, fish),"
        " pour la copier ou l'installer à votre façon."
    ),
    "meta.text": "TEXTE",
    "meta.file": "FICHIER",
    "meta.folder": "DOSSIER",
    "meta.number": "N",
    "meta.date": "DATE",
    "meta.lang": "fr|en",
    "meta.time": "HH:MM",
    "meta.days": "JOURS",
    "meta.step": "PAS",
    "meta.title": "TITRE",
    "meta.position": "POSITION",
    "meta.answers": "A,B,C,D",
    "meta.format": "{export_formats}",
    "meta.wins_format": "{digest_formats}",
    "meta.catalog": "CLÉ|N",
    "usage.no_command": "Pas de commande « {name} » : voyez la liste avec `petitspas --help`.",
    "usage.no_command_like": "Pas de commande « {name} » : vouliez-vous dire `petitspas {like}` ?",
    "usage.missing_command": "Donnez une commande : voyez la liste avec `petitspas --help`.",
    "usage.no_option": "`{command}` n'a pas d'option {option} : voyez `{command} --help`.",
    "usage.no_option_like": "`{command}` n'a pas d'option {option} : vouliez-vous dire {like} ?",
    "usage.needs_value": "{option} demande une valeur : voyez `{command} --help`.",
    "usage.takes_no_value": "{option} ne prend pas de valeur : écrivez-le seul.",
    "usage.missing": "`{command}` a besoin de {name} : voyez `{command} --help`.",
    "usage.whole_number": "{name} est un nombre entier : voyez `{command} --help`.",
    "usage.bad_value": "{name} : {problem}",
    "usage.extra_words_quote": (
        "Trop de mots pour `{command}` : {words} (mettez un texte avec des espaces entre guillemets)."
    ),
    "usage.extra_words": "Trop de mots pour `{command}` : {words} : voyez `{command} --help`.",
    "usage.not_a_folder": "{name} désigne un fichier : donnez un dossier (créé s'il n'existe pas).",
    "opt.store": "Le fichier de données (défaut : petitspas.json dans votre dossier de données).",
    "opt.lang": "Langue des messages : fr ou en.",
    "opt.version": "Afficher la version et quitter.",
    "opt.vision": "Votre cap : que voudriez-vous que l'on dise de votre équipe ?",
    "opt.init_lang": "Langue à garder dans le fichier : fr ou en.",
    "arg.step": (
        "Le pas : son identifiant ou son numéro dans `petitspas path` (par défaut : le pas actif)."
    ),
    "arg.position": "Sa nouvelle place dans le parcours (1 est la première).",
    "arg.title": "Le petit comportement, par ex. « Dire bonjour à chacun ».",
    "opt.cue": "Quand vous le faites, par ex. « Quand j'arrive au bureau ».",
    "opt.celebration": "Ce que vous faites juste après pour l'ancrer.",
    "opt.schedule": "Jours prévus : ouvrés (défaut), quotidien, ou des jours comme lun,mer,ven.",
    "opt.id": (
        "Identifiant court (minuscules, chiffres, tirets ; pas que des chiffres) (défaut : tiré du titre)."
    ),
    "opt.from_catalog": (
        "Ajouter le pas du catalogue de cette clé ou de ce numéro (voir `petitspas catalog`)."
    ),
    "opt.json": "Afficher du JSON pour les scripts.",
    "opt.done": "Vous l'avez fait.",
    "opt.missed": "Vous ne l'avez pas fait.",
    "opt.skip": "Une pause prévue (congé, maladie, équipe absente) : la série est gelée.",
    "opt.note": "Une note pour le jour ; seule, elle change la note d'un jour déjà noté.",
    "opt.date": (
        "Le jour : 2026-11-27, aujourd'hui, hier ou -N (il y a N jours) (défaut : ce soir)."
    ),
    "opt.clear_note": "Effacer la note de --date, en gardant sa marque.",
    "opt.pause_from": "Avec --skip : le premier jour d'une pause prévue (des congés).",
    "opt.pause_to": (
        "Avec --skip : le dernier jour de la pause (90 jours au plus ; peut être à venir)."
    ),
    "opt.new_title": "Le nouveau titre (une faute corrigée, un pas plus petit).",
    "opt.new_cue": "Le nouveau déclencheur ; vide, il est retiré.",
    "opt.new_celebration": "La nouvelle célébration ; vide, elle est retirée.",
    "opt.new_schedule": (
        "Les nouveaux jours prévus (ouvrés, quotidien, lun,mer,ven, lundi…), à partir du jour de ce soir."
    ),
    "opt.settings_lang": "La langue du fichier : fr ou en.",
    "opt.day_starts_at": (
        "L'heure où commence un nouveau jour, HH:MM (04:00 par défaut) : avant, on note la veille."
    ),
    "opt.settings_vision": "Votre cap (affiché en tête de la revue).",
    "opt.clear": "Effacer la marque de --date (annuler).",
    "opt.answers": "Les quatre notes, de 1 à 7, sous la forme a,b,c,d (sans questions).",
    "opt.reason": "Pourquoi vous arrêtez ce pas.",
    # values
    "mark.done": "fait",
    "mark.missed": "manqué",
    "mark.skip": "en pause",
    "status.locked": "verrouillé",
    "status.active": "actif",
    "status.automatic": "automatique",
    "status.dropped": "abandonné",
    "field.title": "le titre",
    "field.cue": "le déclencheur",
    "field.celebration": "la célébration",
    "field.note": "la note",
    "field.vision": "le cap",
    "field.reason": "la raison",
    # input errors
    "lang.invalid": "Langue inconnue « {value} » : utilisez fr ou en.",
    "now.invalid": (
        "PETITSPAS_NOW='{value}' n'est pas une date-heure ISO : retirez-la ou écrivez 2026-11-27T21:00."
    ),
    "lock_timeout.invalid": (
        "PETITSPAS_LOCK_TIMEOUT='{value}' n'est pas un nombre de secondes de 0 à 3600 : corrigez-la ou retirez-la."
    ),
    "day_start.invalid": "« {value} » n'est pas une heure : écrivez-la HH:MM, par ex. 04:00.",
    "schedule.invalid": (
        "Rythme inconnu « {value} » : utilisez ouvrés (ou workdays), quotidien (ou daily), ou des jours comme lun,mer,ven."
    ),
    "schedule.not_a_day": (
        "« {part} » n'est pas un jour (dans « {value} ») : utilisez lun, mar, mer, jeu, ven, sam, dim (ou lundi…, mon…, monday…)."
    ),
    "date.not_a_day": (
        "« {value} » n'est pas un jour réel : vérifiez le mois et le jour (AAAA-MM-JJ)."
    ),
    "date.unknown": "Date illisible « {value} » : utilisez AAAA-MM-JJ, aujourd'hui, hier ou -N.",
    "date.future": (
        "Le {day} est dans le futur (le jour en cours est le {today}) : notez-le une fois vécu."
    ),
    "date.before_start": (
        "Le {day} précède le début du pas actif ({started}) : choisissez un jour à partir du {started}."
    ),
    "text.control": (
        "{what} contient des caractères de contrôle : écrivez-le en texte simple, sur une ligne."
    ),
    "text.undecodable": (
        "{what} contient des octets qui ne sont pas du texte valide dans l'encodage du terminal : retapez-le."
    ),
    "date.out_of_range": (
        "« {value} » est hors limites : petitspas travaille avec les années 1900 à 9998."
    ),
    "text.too_long": "{what} fait {length} caractères ; {limit} au plus.",
    "text.line_break": (
        "{what} contient un retour à la ligne : petitspas la garde sur une ligne (joignez les lignes, par exemple avec « / »)."
    ),
    "text.invisible": (
        "{what} ne contient rien de visible, seulement des caractères invisibles : tapez les mots eux-mêmes."
    ),
    "text.bidi": (
        "{what} contient un caractère invisible qui change le sens du texte : écrivez-le sans."
    ),
    "now.out_of_range": (
        "L'horloge indique {value}, hors des dates de petitspas (1900-01-02 à 9998-12-30) : remettez l'horloge à l'heure (ou PETITSPAS_NOW)."
    ),
    "date.beyond": "au-delà de 9998",
    "date.last_weekday": "{day} dernier",
    # store
    "store.missing": (
        "Aucun fichier petitspas à {path} : lancez d'abord `petitspas init` (ou passez --store)."
    ),
    "store.exists": "Un fichier existe déjà à {path} : rien n'a été modifié.",
    "store.is_dir": (
        "Le chemin {path} est un dossier : donnez le chemin d'un fichier, par ex. {path}/petitspas.json."
    ),
    "store.backups_file": (
        "Impossible d'utiliser {path} : c'est un fichier, là où petitspas garde un dossier de sauvegardes. Déplacez-le ou renommez-le, puis réessayez."
    ),
    "store.backups_denied": (
        "Impossible d'utiliser {path} ({reason}) : reprenez-le à votre nom avec `sudo chown -R $USER {path}`, puis réessayez."
    ),
    "store.read_only": (
        "Le fichier {path} est en lecture seule (mode {mode}) : rien n'a été écrit, et son mode reste le vôtre : `chmod u+w {path}` pour y écrire de nouveau."
    ),
    "store.unreadable": "Impossible de lire le fichier {path} ({reason}) : vérifiez ses droits.",
    "store.unwritable": (
        "Impossible d'écrire le fichier {path} ({reason}) : rien n'a changé ; libérez de la place ou corrigez les droits."
    ),
    "store.busy": (
        "Le fichier {path} est occupé : un autre petitspas le verrouille depuis {seconds} s. Réessayez."
    ),
    "store.newer": (
        "Le fichier {path} est au schéma {schema}, plus récent que ce petitspas ({known}) : mettez petitspas à jour."
    ),
    "store.corrupt": (
        "Le fichier {path} est abîmé : {why}. Il n'a pas été modifié.\nLa sauvegarde saine la plus récente est {backup} : `petitspas doctor --restore {backup}` la remet en place."
    ),
    "store.corrupt_no_backup": (
        "Le fichier {path} est abîmé : {why}. Il n'a pas été modifié.\nAucune sauvegarde saine : réparez-le à la main, ou mettez-le de côté et lancez `petitspas init`."
    ),
    "store.why.utf8": "pas du texte UTF-8 (octet {offset})",
    "store.why.empty": "le fichier est vide",
    "store.why.json": "JSON invalide (ligne {line}, colonne {column} : {msg})",
    "store.why.not_object": "le niveau principal n'est pas un objet JSON",
    "store.why.field": "{where} devrait être {expected}",
    "expect.schema": "un numéro de schéma (1, 2, …)",
    "expect.stamp": "une date-heure comme 2026-11-27T21:00:00+01:00",
    "expect.plain_text": "un texte sans caractères de contrôle",
    "expect.nonempty": "un texte non vide",
    "expect.date": "une date AAAA-MM-JJ entre 1900 et 9998",
    "expect.nonnegative": "un entier ≥ 0",
    "expect.unique_id": "un identifiant qu'aucun autre pas n'a",
    "expect.revisions_order": "des révisions dans l'ordre où elles ont été faites (par jour)",
    "expect.one_active": "actif pour un pas au plus",
    "expect.on_hold": "on_hold pour un pas au plus, pendant qu'un pas repris est actif",
    "expect.slug": "un identifiant (minuscules, chiffres, tirets)",
    "expect.date_for_status": "une date AAAA-MM-JJ pour un pas « {status} »",
    "expect.answers": "quatre entiers de 1 à 7",
    # init
    "init.ask_vision": (
        "Que voudriez-vous que l'on dise de votre équipe ? (votre cap ; Entrée pour passer)"
    ),
    "init.ask_step": (
        "Votre premier pas : un numéro ou une clé de la liste, ou vos propres mots (Entrée pour plus tard)"
    ),
    "init.vision_team": "La question se pose de préférence avec votre équipe, par consensus : que voudriez-vous que l'on dise de votre équipe ?",
    "init.vision_kept": 'Votre cap se trouve de préférence avec votre équipe : `petitspas settings --vision "…"` inscrit celui que vous retenez (chaque changement est gardé, daté).',
    "settings.vision_replaced": "Cap changé : « {new} » (c'était « {old} » ; l'historique ci-dessous garde les deux).",
    "settings.vision_history": "Le cap au fil du temps :",
    "settings.vision_removed": "(retiré)",
    "init.created": "Fichier créé à {path}.",
    "init.next": (
        "Ensuite : choisissez un premier pas avec `petitspas catalog`, puis `petitspas add --from-catalog CLÉ`."
    ),
    "init.already": (
        "petitspas est déjà installé à {path} : utilisez --vision ou --lang pour les changer."
    ),
    "init.updated": "{path} mis à jour.",
    # add
    "add.active": (
        "Ajouté « {title} » ({id}) : actif dès le {day}. Notez-le ce soir avec `petitspas log`."
    ),
    "add.active_from": (
        "Ajouté « {title} » ({id}) : actif dès le {day}. Notez-le le {first} avec `petitspas log`."
    ),
    "add.locked": (
        "Ajouté « {title} » ({id}) : verrouillé jusqu'à ce que « {active} » soit devenu réflexe."
    ),
    "add.empty_title": (
        "Le pas a besoin d'un titre : décrivez le petit geste, par ex. « Dire bonjour à chacun »."
    ),
    "add.duplicate_title": (
        "Votre parcours contient déjà « {title} » ({id}) : donnez un autre titre au nouveau pas."
    ),
    "add.duplicate_id": "L'identifiant « {id} » est pris : choisissez-en un autre avec --id.",
    "add.bad_id": (
        "« {id} » n'est pas un identifiant valide : minuscules, chiffres et tirets, {limit} au plus."
    ),
    "add.digits_id": (
        "« {id} » ne peut pas être un identifiant : des chiffres seuls se lisent comme un numéro dans `path`. Ajoutez une lettre (pas-{id}, par exemple)."
    ),
    "add.title_and_catalog": "Donnez soit un TITRE, soit --from-catalog CLÉ, pas les deux.",
    "add.unknown_catalog": (
        "Pas de pas « {key} » au catalogue : voyez les clés et numéros avec `petitspas catalog`."
    ),
    "add.no_title": (
        'TITRE manquant : lancez `petitspas add "Votre petit pas"` ou `petitspas add --from-catalog CLÉ`.'
    ),
    "add.ask_title": "Le petit geste (moins de 30 secondes)",
    "add.ask_cue": "Son déclencheur : quand le faites-vous ? (Entrée pour passer)",
    "add.ask_celebration": "Votre célébration juste après (Entrée pour passer)",
    "add.ask_schedule": "Jours prévus (ouvrés, quotidien, lun,mer,ven)",
    # path: edit, move, remove, settings
    "step.bad_number.one": (
        "Il n'y a pas de pas {number} : votre parcours compte {count} pas (voir `petitspas path`)."
    ),
    "step.bad_number.other": (
        "Il n'y a pas de pas {number} : votre parcours compte {count} pas (voir `petitspas path`)."
    ),
    "step.unknown": (
        "Pas de pas « {step} » dans votre parcours : donnez son identifiant ou son numéro dans `petitspas path`."
    ),
    "step.same_catalog_step": (
        "Votre parcours contient déjà ce pas du catalogue, dans l'autre langue : « {title} » ({id})."
    ),
    "edit.duplicate_title": (
        "Votre parcours contient déjà « {title} » ({id}) : choisissez un autre titre."
    ),
    "edit.nothing": "Dites quoi changer : --title, --cue, --celebration ou --schedule.",
    "edit.schedule_automatic": (
        "« {title} » est devenu un réflexe : ses jours prévus appartiennent à l'histoire et restent tels quels."
    ),
    "edit.schedule_dropped": (
        "« {title} » a été abandonné : ses jours prévus appartiennent à l'histoire et restent tels quels."
    ),
    "edit.same": "« {title} » est déjà ainsi ; rien n'est écrit.",
    "edit.changed": "{field} : « {old} » → « {new} »",
    "edit.schedule_from": (
        "À partir du {day}, le pas est prévu {schedule} ; les jours d'avant gardent leurs jours prévus."
    ),
    "edit.none": "(aucun)",
    "edit.ask": "{field} (Entrée pour garder)",
    "edit.ask_schedule": "Jours prévus : ouvrés, quotidien, lun,mer,ven (Entrée pour garder)",
    "path.revisions": "Révisions",
    "revision.title": "titre",
    "revision.cue": "déclencheur",
    "revision.celebration": "célébration",
    "revision.schedule": "jours prévus",
    "move.not_locked": (
        "« {title} » est {status} : seul un pas à venir (verrouillé) peut changer de place."
    ),
    "move.bad_position.one": (
        "La position {position} n'existe pas : votre parcours compte {count} pas."
    ),
    "move.bad_position.other": (
        "La position {position} n'existe pas : donnez un numéro de 1 à {count}."
    ),
    "move.before_started": (
        "La position {position} porte un pas déjà commencé ; les pas à venir commencent au numéro {first}."
    ),
    "move.done": "« {title} » passe de la position {before} à la {after}.",
    "move.same": "« {title} » est déjà en position {after} ; rien n'est écrit.",
    "remove.active": (
        "« {title} » est actif : il a commencé, il ne peut qu'être abandonné (`petitspas drop`)."
    ),
    "remove.has_history": (
        "« {title} » est {status} : son histoire reste dans votre parcours ; seul un pas jamais commencé peut être retiré."
    ),
    "settings.changed.lang": "Langue réglée.",
    "settings.changed.day_starts_at": (
        "Début du jour changé : il vaut pour les jours à venir (les jours déjà notés gardent leur date)."
    ),
    "settings.changed.vision": "Cap réglé.",
    "settings.lang": "Langue : {lang}",
    "settings.lang_unset": "non réglée (la langue du système décide)",
    "settings.day_starts_at": "Un jour de notes commence à : {time}",
    "settings.vision": "Cap : {vision}",
    "settings.vision_unset": 'pas encore choisi (`petitspas settings --vision "…"`)',
    "settings.goals": "Objectifs : force {strength}, auto-évaluation {srbai} sur 7",
    "settings.store": "Fichier : {path}",
    "add.created": (
        "Fichier créé à {path} (choisissez votre cap plus tard avec `petitspas settings --vision`)."
    ),
    "drop.not_started": (
        "« {title} » commence le {day} : il n'a pas encore d'histoire à garder. Pour le retirer du parcours : `petitspas remove {number}`."
    ),
    "remove.confirm": "Retirer « {title} » de votre parcours ?",
    "remove.cancelled": "Rien n'est retiré.",
    "remove.done": "« {title} » ({id}) est retiré de votre parcours.",
    # log
    "rule.path_complete": (
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Ajoutez le suivant, par ex. `petitspas add --from-catalog CLÉ` ({keys})."
    ),
    "rule.path_complete_all": (
        'Votre parcours est complet : chaque pas est devenu réflexe ou s\'est terminé. Ajoutez un pas à vous avec `petitspas add "…"`.'
    ),
    "rule.nothing_active": (
        "Aucun pas actif : ajoutez-en un avec `petitspas add` (voir `petitspas path`)."
    ),
    "log.two_marks": "Choisissez une seule option parmi --done, --missed, --skip.",
    "log.clear_alone": (
        "--clear efface des marques : donnez-lui --date (un jour) ou --from et --to (les pauses d'une période), sans marque ni --note."
    ),
    "log.no_mark": (
        "Dites ce qui s'est passé : --done, --missed ou --skip (pas de terminal pour demander)."
    ),
    "log.day_of_earlier_step": (
        "Le {day} appartient à « {title} », {status} depuis le {ended} : ses marques restent telles quelles ; sa note peut encore changer (--note, --clear-note)."
    ),
    "log.note_needs_mark": (
        "Le {day} n'a pas encore de marque : ajoutez --done, --missed ou --skip à la note."
    ),
    "log.clear_note_alone": (
        "--clear-note efface la note d'un jour : utilisez-le avec --date seulement, sans marque ni --note."
    ),
    "log.empty_note": (
        "Une --note vide effacerait la note du jour : pour retirer une note, utilisez `petitspas log --clear-note --date DATE`."
    ),
    "log.note_replaced": "La note remplace celle écrite avant : « {old} ».",
    "log.note_cleared": "{day} : note retirée (« {old} »).",
    "log.no_note": "Le {day} n'a pas de note : rien à retirer.",
    "log.instead_note": "{today} n'est pas un jour prévu : la note est pour {day}.",
    "log.instead": "Ce {today} n'est pas un jour prévu : marqué le {day}.",
    "log.not_due_marked": (
        "Ce {today} n'est pas un jour prévu et le {day} est déjà noté : le prochain jour prévu est le {next}. (Pour marquer ce jour quand même : --date today.)"
    ),
    "log.not_due_paused": (
        "Ce {today} n'est pas un jour prévu et le {day} est en pause : pour le noter à la place, `petitspas log {flag} --date {date}`. Le prochain jour prévu est le {next}."
    ),
    "log.not_due_today": (
        "Ce {today} n'est pas un jour prévu : le prochain jour prévu est le {next}. (Pour le marquer quand même : --date today.)"
    ),
    "log.range_needs_skip": (
        "--from et --to planifient une pause : utilisez-les avec --skip (et sans --date), ou avec --clear seul pour en annuler une."
    ),
    "pause.called_off.one": "Pause annulée sur {count} jour prévu, du {first} au {last}.",
    "pause.called_off.other": "Pause annulée sur {count} jours prévus, du {first} au {last}.",
    "pause.none": "Aucune pause du {first} au {last} : rien à annuler.",
    "log.range_needs_both": "Une pause a besoin de ses deux bouts : --from DATE --to DATE.",
    "log.future_pause": (
        "Le {day} est encore à venir : prévoyez une pause avec `petitspas log --skip --from {day} --to {day}`."
    ),
    "pause.reversed": "--from {first} vient après --to {last} : inversez-les.",
    "pause.too_far": (
        "Une pause se prévoit jusqu'à un an à l'avance, et celle-ci commence le {first} : vérifiez l'année."
    ),
    "pause.too_long.one": "Une pause couvre {limit} jours au plus (celle-ci : {count} jour).",
    "pause.too_long.other": (
        "Une pause couvre {limit} jours au plus (celle-ci : {count} jours) : coupez-la en deux."
    ),
    "pause.done.one": (
        "{count} jour prévu mis en pause du {first} au {last} : la série vous attend."
    ),
    "pause.done.other": (
        "{count} jours prévus mis en pause du {first} au {last} : la série vous attend."
    ),
    "pause.kept.one": "Laissé tel quel ({count} jour déjà noté) : {days}.",
    "pause.kept.other": "Laissés tels quels ({count} jours déjà notés) : {days}.",
    "pause.nothing": (
        "Aucun jour prévu du {first} au {last} n'est à mettre en pause ; rien n'est écrit."
    ),
    "pause.future": "Une pause prévue : un `petitspas log` ce jour-là la remplacera.",
    "log.nothing_to_clear": "Rien n'est noté le {day} : rien à effacer.",
    "log.asking": "{title} — {day}",
    "log.ask_mark": "Fait ? o = oui, n = non, p = pause prévue",
    "log.ask_again": "Répondez o, n ou p, s'il vous plaît.",
    "log.ask_note": "Une note ? (Entrée pour passer)",
    "log.written": "{day} : {mark} — {title}",
    "log.replaced": "{day} : {mark} (remplace « {was} »).",
    "log.again": "{day} : {mark} (déjà noté ; rien n'est écrit).",
    "log.note_changed": "{day} : note mise à jour.",
    "log.note_same": "{day} : la note est déjà celle-ci ; rien n'est écrit.",
    "log.pause_back": "La pause prévue revient sur ce jour ({note}).",
    "log.cleared": "{day} : marque effacée ({mark}).",
    "log.not_due": (
        "Le {day} n'est pas un jour prévu pour ce pas : la marque est gardée mais ne compte pas."
    ),
    "log.progress": "Série {streak} · record {best} · force {strength}",
    "log.never_miss_twice": (
        "Un oubli ne défait pas une habitude (Lally et al., 2010). Jamais deux fois de suite : demain compte."
    ),
    "log.missed_again": (
        "Encore manqué : rendez demain facile. Un déclencheur plus précis ou un pas plus petit aident souvent (`petitspas edit`)."
    ),
    "log.never_miss_twice_on": (
        "Un oubli ne défait pas une habitude (Lally et al., 2010). Jamais deux fois de suite : le prochain jour prévu, {day}, compte."
    ),
    "log.missed_again_on": (
        "Encore manqué : rendez facile le prochain jour prévu, {day}. Un déclencheur plus précis ou un pas plus petit aident souvent (`petitspas edit`)."
    ),
    "log.to_log.one": "{day} reste à noter : `petitspas log --done --date {date}`",
    "log.to_log.other": (
        "{count} jours restent à noter ({days}) : `petitspas log --done --date {date}` pour le premier"
    ),
    # gate
    "gate.invite_check": (
        "La force a atteint son objectif : lancez `petitspas check` pour voir si le pas est devenu réflexe."
    ),
    "gate.passed": "« {title} » est devenu un réflexe. Bravo !",
    "gate.next": "Pas suivant, dès le {day} : « {title} ».",
    "gate.pauses_called_off.one": (
        "La pause prévue le {days} est annulée : il ne reste aucun pas à mettre en pause."
    ),
    "gate.pauses_called_off.other": (
        "Les {count} jours de pause prévus ({days}) sont annulés : il ne reste aucun pas à mettre en pause."
    ),
    "gate.path_complete": (
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Ajoutez le suivant, par exemple :"
    ),
    "gate.no_next": "Aucun pas en attente : ajoutez le suivant, par exemple :",
    # stalling
    "stall.label": "Ça patine",
    "stall.head": (
        "Ce pas patine : {reason}. Cela arrive, et cela tient plus à la façon dont le pas est conçu qu'à vous : ajustez-le, par essais et erreurs, une question à la fois."
    ),
    "stall.reason.missed_twice": "deux jours prévus manqués de suite",
    "stall.reason.strength_flat": "sa force n'a pas progressé en 14 jours",
    "stall.reason.low_plateau": "vos auto-évaluations plafonnent sous {goal}",
    "stall.prompt": (
        '1. Le déclencheur : « {cue} » est-il un moment précis, juste après un geste que vous faites déjà (« Après avoir … ») ? `petitspas edit --cue "Après avoir …"`'
    ),
    "stall.prompt_no_cue": (
        '1. Le déclencheur : accrochez le pas juste après un geste que vous faites déjà (« Après avoir … »). `petitspas edit --cue "Après avoir …"`'
    ),
    "stall.ability": (
        '2. La facilité : faites-le plus petit, un premier pas de moins de 30 secondes (une personne, une phrase). `petitspas edit --title "…"`'
    ),
    "stall.motivation": (
        "3. L'envie : ce pas sert-il encore votre cap ? Redites-vous ce qu'il change pour l'équipe."
    ),
    "stall.drop": (
        'Et s\'il ne vous correspond plus, le laisser est honnête aussi : `petitspas drop --reason "…"`'
    ),
    # status
    "status.complete": "petitspas : parcours complet (ajoutez le pas suivant avec `petitspas add`)",
    "status.none": "petitspas : aucun pas actif (ajoutez-en un avec `petitspas add`)",
    "status.line": "{title} : série {streak}, {strength} — {today}",
    "status.today_open": "pas encore noté aujourd'hui",
    "status.today_not_due": "rien de prévu aujourd'hui",
    "status.starts": "commence le {day}",
    "status.today_done": "fait aujourd'hui",
    "status.today_missed": "manqué aujourd'hui",
    "status.today_skip": "en pause aujourd'hui",
    "status.and_to_log": "{today}, {to_log}",
    "status.to_log_day": "{day} à noter",
    "status.to_log_days.one": "{count} jour à noter",
    "status.to_log_days.other": "{count} jours à noter",
    # remind
    "help.remind": "Rappeler le pas du soir s'il est prévu et pas encore noté (cron, minuteur).",
    "opt.notify": "Afficher aussi une notification de bureau (notify-send ou osascript).",
    "remind.line": "« {title} » — {cue} : pas encore noté ce soir (`petitspas log`).",
    "remind.line_no_cue": "« {title} » : pas encore noté ce soir (`petitspas log`).",
    "remind.store_problem": (
        "Le fichier {path} ne peut pas être lu tel quel : `petitspas doctor` dit ce qui ne va pas et comment le réparer."
    ),
    "remind.no_notifier": (
        "Aucun outil de notification trouvé (notify-send ou osascript dans le PATH) : le rappel est sur la sortie standard seulement."
    ),
    "remind.notify_failed": (
        "{tool} n'a pas affiché la notification (code {code}) ; sous cron, voyez le README pour DBUS_SESSION_BUS_ADDRESS."
    ),
    # review
    "help.review": "Afficher la revue de la semaine : pas, semaine, carte, notes, parcours.",
    "opt.week": "Un jour de la semaine à revoir (défaut : cette semaine).",
    "opt.weeks": "Nombre de semaines de la carte de chaleur.",
    "review.bad_weeks": "--weeks doit être un entier de 1 à 520 (reçu {value}).",
    "review.future_week": (
        "La semaine du {day} n'a pas commencé (le jour en cours est le {today}) : choisissez un jour antérieur."
    ),
    "review.title": "Semaine du {start}",
    "review.vision": "Cap : {vision}",
    "review.no_vision": (
        'Pas encore de cap : que voudriez-vous que l\'on dise de votre équipe ? `petitspas settings --vision "…"`'
    ),
    "review.complete": (
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Bravo ! Ensuite, peut-être : {keys} (`petitspas add --from-catalog CLÉ`)."
    ),
    "review.complete_all": (
        "Votre parcours est complet : chaque pas est devenu réflexe ou s'est terminé. Bravo ! Ajoutez un pas à vous avec `petitspas add`."
    ),
    "review.no_step": "Aucun pas actif : ajoutez le suivant avec `petitspas add`.",
    "review.cue": "Déclencheur",
    "review.started": "Commencé",
    "review.starts": "Commence",
    "review.starts_tomorrow": "le {day} (demain)",
    "review.started_today": "le {day} (aujourd'hui)",
    "review.started_one": "le {day} (hier)",
    "review.started_value": "le {day} (il y a {days} jours)",
    "review.streak": "Série",
    "review.streak_value": "{streak} (record {best})",
    "review.strength": "Force",
    "review.gate": "Réflexe quand",
    "review.gate_strength": "force ≥ {goal}",
    "review.gate_selfcheck": "auto-évaluation ≥ {goal} sous 7 jours",
    "review.gate_selfcheck_last": "dernière : {score} le {day}",
    "review.gate_selfcheck_none": "lancez `petitspas check`",
    "review.forecast": "Prévision",
    "review.forecast_value": "objectif de force le {day} si chaque jour prévu est fait",
    "review.forecast_reached": "objectif de force atteint",
    "review.forecast_and_plateau": "{forecast} ; {plateau}",
    "review.plateau_value": "plateau d'automatisme vers le {day}",
    "review.week": "Cette semaine",
    "review.heatmap.one": "Cette semaine",
    "review.heatmap.other": "Les {count} dernières semaines",
    "review.legend": (
        "✓ fait  ✗ manqué  ~ pause  · non prévu  ? à noter  (vide) à venir  │ pas suivant"
    ),
    "review.notes": "Cahier de réussites de la semaine",
    "review.no_notes": 'Rien encore cette semaine : `petitspas win "…"` note une réussite à partager, `petitspas log --note` une note pour vous.',
    "review.path": "Parcours",
    "review.path_earlier.one": "{count} pas précédent : `petitspas path`",
    "review.path_earlier.other": "{count} pas précédents : `petitspas path`",
    "review.path_later.one": "{count} pas suivant : `petitspas path`",
    "review.path_later.other": "{count} pas suivants : `petitspas path`",
    "weekday.full.0": "lundi",
    "weekday.full.1": "mardi",
    "weekday.full.2": "mercredi",
    "weekday.full.3": "jeudi",
    "weekday.full.4": "vendredi",
    "weekday.full.5": "samedi",
    "weekday.full.6": "dimanche",
    "review.before_store": (
        "Votre historique commence le {first} : choisissez un jour de cette semaine-là ou plus tard (reçu {day})."
    ),
    "review.as_of": "Tel qu'au {day}",
    "review.started_then_same": "le {day} (ce jour-là)",
    "review.started_then.one": "le {day} ({count} jour plus tôt)",
    "review.started_then.other": "le {day} ({count} jours plus tôt)",
    "review.gate_selfcheck_none_past": "aucune alors",
    "review.outcome": "Aujourd'hui",
    "review.outcome_automatic": "devenu réflexe le {day}",
    "review.outcome_dropped": "abandonné le {day}",
    "review.outcome_active": "toujours le pas actif",
    "review.week_past": "Cette semaine-là",
    "review.heatmap_past.one": "Cette semaine-là",
    "review.heatmap_past.other": "{count} semaines jusqu'au {end}",
    "review.strength_weeks": "Force semaine après semaine",
    "review.strength_span.one": "{count} semaine depuis le {first} · objectif {goal} = {sign}",
    "review.strength_span.other": "{count} semaines depuis le {first} · objectif {goal} = {sign}",
    "review.other_notes": "Jours manqués ou en pause",
    "review.watched": "Réflexes : points d'entretien et écarts",
    "review.watched_check": "« {title} » : point d'entretien, {score} sur 7",
    "review.watched_slip": "« {title} » a flanché",
    "review.watched_slip_note": "« {title} » a flanché — {note}",
    "review.note_missed": "manqué",
    "review.note_skip": "pause",
    "review.no_notes_past": "Aucune note de jour fait cette semaine-là.",
    "weekday.0": "lun",
    "weekday.1": "mar",
    "weekday.2": "mer",
    "weekday.3": "jeu",
    "weekday.4": "ven",
    "weekday.5": "sam",
    "weekday.6": "dim",
    # doctor
    "help.doctor": (
        "Vérifier le fichier et ses sauvegardes ; remettre une sauvegarde avec --restore."
    ),
    "opt.restore": (
        "Une sauvegarde à remettre (son chemin, ou son nom dans le dossier des sauvegardes)."
    ),
    "doctor.ok": "Fichier {path} : sain (révision {revision}, {steps}, {marks}).",
    "count.steps.one": "{count} pas",
    "count.steps.other": "{count} pas",
    "count.marks.one": "{count} marque",
    "count.marks.other": "{count} marques",
    "count.checks.one": "{count} auto-évaluation",
    "count.checks.other": "{count} auto-évaluations",
    "count.new_steps.one": "{count} nouveau pas",
    "count.new_steps.other": "{count} nouveaux pas",
    "count.weeks.one": "{count} semaine",
    "count.weeks.other": "{count} semaines",
    "count.good.one": "{count} saine",
    "count.good.other": "{count} saines",
    "count.damaged.one": "{count} abîmée",
    "count.damaged.other": "{count} abîmées",
    "doctor.backup": "{name}  révision {revision}, écrite le {written}, {size} octets, {marks}",
    "doctor.bad": "Le fichier {path} est abîmé : {why}",
    "doctor.backups": "Sauvegardes dans {folder} : {good}, {bad}.",
    "doctor.backup_bad": "abîmée : {backup} : {why}",
    "doctor.newest_good": (
        "Sauvegarde saine la plus récente : {backup}. Remettez-la avec `petitspas doctor --restore {name}`."
    ),
    "doctor.no_good": (
        "Aucune sauvegarde saine : réparez le fichier à la main, ou mettez-le de côté et lancez `petitspas init`."
    ),
    "doctor.no_such_backup": (
        "Pas de sauvegarde {backup} (cherchée là et dans {folder}) : lancez `petitspas doctor` pour les lister."
    ),
    "doctor.bad_backup": (
        "La sauvegarde {backup} est abîmée elle aussi ({why}) : choisissez-en une autre."
    ),
    "doctor.restored": "{backup} remise en place comme {path} (révision {revision}).",
    "doctor.aside": "L'ancien fichier est gardé dans {aside}.",
    # merge
    "help.merge": "Fusionner une copie divergente du fichier (conflit de synchro) dans celui-ci.",
    "arg.other": "L'autre copie, par ex. « petitspas (copie en conflit).json ».",
    "opt.dry_run": "Montrer ce qui serait repris, sans rien changer.",
    "merge.same_file": "{path} est ce fichier lui-même : donnez l'autre copie.",
    "merge.other_bad": "Fusion impossible avec {path} : {why}",
    "merge.nothing": "Rien à reprendre de {path} : ce fichier contient déjà tout.",
    "merge.took": "De {path} : {marks}, {checks}, {steps}, {others}.",
    "merge.new_steps": "Nouveaux pas : {ids}.",
    "merge.not_applied": "Non appliqué : {what}, écrit le {written} — {why}",
    "merge.unrelated": (
        "{path} est un autre fichier, commencé à part de celui-ci : rien n'a été fusionné. Pour le fusionner quand même, ajoutez --unrelated."
    ),
    "opt.unrelated": "Fusionner un fichier commencé à part de celui-ci (un autre identifiant).",
    "count.other_changes.one": "{count} autre changement",
    "count.other_changes.other": "{count} autres changements",
    "journal.op.settings": "un changement de réglages",
    "journal.op.add": "l'ajout de « {step} »",
    "journal.op.edit": "une modification de « {step} »",
    "journal.op.move": "le déplacement de « {step} »",
    "journal.op.remove": "le retrait de « {step} »",
    "journal.op.mark": "la marque du {day} sur « {step} »",
    "journal.op.note": "la note du {day} sur « {step} »",
    "journal.op.clear": "l'effacement du {day} sur « {step} »",
    "journal.op.clear_note": "la note retirée du {day} sur « {step} »",
    "journal.op.pause": "la pause du {first} au {last}",
    "journal.op.call_off": "la pause annulée du {first} au {last}",
    "journal.op.check": "l'auto-évaluation du {day} sur « {step} »",
    "journal.op.drop": "l'abandon de « {step} »",
    "journal.op.maintenance": "le point d'entretien du {day} sur « {step} »",
    "journal.op.slip": "l'écart du {day} sur « {step} »",
    "journal.op.reactivate": "la reprise de « {step} »",
    "journal.other_step": "le {day} appartient maintenant à « {now} », pas à {step}.",
    "journal.ended": "« {title} » était {status} depuis le {day}.",
    "journal.damaged": "Le journal du fichier est abîmé ({why}) : `petitspas doctor` nomme une sauvegarde à remettre.",
    "journal.bad_operation": (
        "le journal contient une opération que petitspas n'écrit pas ({id}) : remettez une sauvegarde avec `petitspas doctor --restore`."
    ),
    "doctor.disagrees": "l'état ne correspond pas à son journal (modifié à la main ?)",
    "merge.dry_run": "Essai : rien n'a été écrit.",
    "merge.saved": "Fusionné dans {path} (la version précédente est dans les sauvegardes).",
    # win and wins: the cahier de réussites
    "help.win": "Noter une réussite au cahier de réussites (ou en changer ou retirer une).",
    "help.wins": "Montrer les réussites de la semaine, et le bilan à partager avec l'équipe.",
    "arg.win": "Ce qui s'est bien passé, en une ligne (l'équipe pourra le lire : rien de privé).",
    "opt.win_edit": "Changer la réussite numéro N de `petitspas wins` (de la semaine de --date).",
    "opt.win_remove": "Retirer la réussite numéro N de `petitspas wins` (de la semaine de --date).",
    "opt.wins_format": (
        "text (la liste numérotée), md (pour un canal d'équipe) ou html (une page pour le point d'équipe)."
    ),
    "field.win": "la réussite",
    "win.empty": (
        'Une réussite demande quelques mots : `petitspas win "Léa a clos l\'incident avec calme"`.'
    ),
    "win.no_text": 'Dites la réussite : `petitspas win "Léa a clos l\'incident avec calme"`.',
    "win.remove_no_text": "--remove N ne prend pas de texte : `petitspas win --remove 2`.",
    "win.edit_and_remove": "Donnez --edit ou --remove, pas les deux.",
    "win.future": (
        "Le {day} est encore à venir (ce soir, c'est le {today}) : une réussite se note une fois arrivée."
    ),
    "win.gone": "cette réussite a été retirée entre-temps.",
    "win.bad_number.one": (
        "Pas de réussite {number} dans la semaine du {week} : elle en compte 1 (voir `petitspas wins`)."
    ),
    "win.bad_number.other": (
        "Pas de réussite {number} dans la semaine du {week} : elle en compte {count} (voir `petitspas wins`)."
    ),
    "win.added": "Réussite {n} notée pour {day} : « {text} ».",
    "win.week_count.one": (
        "1 réussite dans la semaine du {week} : `petitspas wins` la montre, `--format md` pour la partager."
    ),
    "win.week_count.other": (
        "{count} réussites dans la semaine du {week} : `petitspas wins` les montre, `--format md` pour les partager."
    ),
    "win.edited": "Réussite {n} changée : « {old} » → « {new} ».",
    "win.removed": "Réussite {n} retirée : « {text} ».",
    "win.same": "La réussite {n} dit déjà cela : rien n'a changé.",
    "wins.title": "Cahier de réussites, semaine du {first} au {last}",
    "wins.vision": "Notre cap : {vision}",
    "wins.empty": (
        'Aucune réussite notée cette semaine. Notez-en une ce soir : `petitspas win "ce qui s\'est bien passé"`.'
    ),
    "wins.empty_shared": "Aucune réussite notée cette semaine pour l'instant.",
    "wins.count.one": "1 réussite cette semaine.",
    "wins.count.other": "{count} réussites cette semaine.",
    "wins.bad_format": "Format « {format} » inconnu : text, md ou html.",
    "log.ask_wins_intro": "Les réussites du jour, à partager vendredi (Entrée pour finir) :",
    "log.ask_win": "Réussite {n}",
    "log.wins_noted.one": "1 réussite notée : {texts}.",
    "log.wins_noted.other": "{count} réussites notées : {texts}.",
    "export.wins": "Réussites (cahier de réussites)",
    "opt.no_wins": "Laisser les réussites de côté.",
    "journal.op.win": "la réussite du {day}",
    "journal.op.win_edit": "la modification d'une réussite",
    "journal.op.win_remove": "le retrait d'une réussite",
    # export command
    "help.export": "Exporter vos progrès en markdown (défaut), HTML, JSON ou CSV.",
    "opt.format": "{formats}.",
    "opt.output": "Écrire dans ce fichier (de façon atomique) plutôt qu'à l'écran.",
    "export.bad_format": "Format inconnu « {value} » : utilisez {formats}.",
    "export.onto_store": (
        "{path} est le fichier de données lui-même (ou une sauvegarde) : exportez vers un autre fichier."
    ),
    "export.is_dir": (
        "{path} est un dossier : donnez un nom de fichier, par ex. {path}/petitspas.md."
    ),
    "export.no_folder": (
        "Le dossier {path} n'existe pas : créez-le d'abord ou choisissez un autre -o."
    ),
    "export.unwritable": (
        "Impossible d'écrire {path} : vérifiez la place libre et les droits (rien n'a été écrit)."
    ),
    "export.written": "{path} écrit.",
    # demo
    "help.demo": "Créer un exemple réaliste, afficher sa revue et comment l'explorer.",
    "opt.dir": "Dossier de l'exemple petitspas.json (défaut : un nouveau dossier temporaire).",
    "opt.demo_weeks": "Semaines d'historique, de 1 à 520 (dix ans).",
    "demo.exists": (
        "{path} existe déjà : choisissez un autre --dir (la démo n'écrase jamais un fichier)."
    ),
    "demo.too_early": (
        "{weeks} semaines avant le {day} commenceraient avant 1900, première année de petitspas : demandez moins de semaines."
    ),
    "demo.built": "Fichier d'exemple : {path} ({weeks}, {steps}, {marks}).",
    "demo.explore": "Explorez-le (ou posez PETITSPAS_STORE={path}) :",
    "demo.hard_week": "La semaine difficile, où un pas s'est effrité et a été repris :",
    "demo.vision": "Une équipe où chacun ose essayer, dit ce qu'il a appris, et en est remercié.",
    "demo.round": "{n}e tour",
    "demo.drop_reason": (
        "Une fois par semaine, c'est trop rare pour devenir un réflexe ; j'y reviendrai."
    ),
    "demo.win.0": "Léa a clos l'incident de production avec calme et expliqué chaque étape.",
    "demo.win.1": "La démo de Karim a convaincu le client.",
    "demo.win.2": "La revue de code de Sophie était bienveillante et précise.",
    "demo.win.3": "La rétro a été courte : trois idées, deux décidées.",
    "demo.win.4": "Inès a choisi elle-même la date de mise en production, et bien choisi.",
    "demo.win.5": "L'équipe de nuit a réparé la sauvegarde sans qu'on le demande.",
    "demo.win.6": "Deux personnes ont travaillé ensemble sur le ticket le plus dur du sprint.",
    "demo.win.7": "La nouvelle arrivée a livré son premier changement.",
    "demo.win.8": "Nous avons dit non à une réunion sans ordre du jour.",
    "demo.win.9": "Marc a aidé le support avec le client en colère.",
    "demo.slip.0": "Réorganisation annoncée ce matin : filé droit à mon bureau.",
    "demo.slip.1": "Appel de crise dès mon arrivée ; passé devant tout le monde sans un mot.",
    "demo.note.0": "Léa m'a rendu mon sourire, une première ce mois-ci.",
    "demo.note.1": "Remercié Karim pour la synthèse client, il a eu l'air surpris.",
    "demo.note.2": "Fait même un jour plein de réunions.",
    "demo.note.3": "L'équipe de nuit l'a remarqué ; deux personnes sont venues discuter.",
    "demo.note.4": "Naturel aujourd'hui, sans rappel.",
    "demo.note.5": "Sophie m'a dit ce qu'elle a appris de la panne.",
    "demo.note.6": "Presque oublié, puis la machine à café me l'a rappelé.",
    "demo.note.7": "Trois réussites partagées à l'équipe : livraison, correctif, nouveau client.",
    "demo.note.8": "Écouté Tom jusqu'au bout au lieu de répondre.",
    "demo.note.9": "Laissé Inès décider de la date de livraison ; bon choix.",
    "demo.note.10": "Réunion hebdo raccourcie à 20 minutes.",
    "demo.note.11": "Relié le tri du backlog à notre cap ; l'équipe a compris.",
    "demo.extra.0.title": "Demander un retour sur mon propre travail",
    "demo.extra.0.cue": "Après mes entretiens individuels",
    "demo.extra.1.title": "Nommer un risque que je prends et pourquoi",
    "demo.extra.1.cue": "Quand je planifie la journée",
    "demo.extra.2.title": "Laisser dix minutes libres entre deux réunions",
    "demo.extra.2.cue": "Quand j'accepte une invitation",
    "demo.extra.3.title": "Noter une chose apprise d'une erreur",
    "demo.extra.3.cue": "Avant de quitter le bureau",
    "demo.extra.4.title": "Demander d'abord son avis à un collègue discret",
    "demo.extra.4.cue": "Quand une réunion ouvre une discussion",
    "demo.extra.5.title": "Dire à quelqu'un en quoi son travail aide un client",
    "demo.extra.5.cue": "Quand je lis un retour client",
    # check
    "check.statement.1": "« {title} » est quelque chose que je fais automatiquement.",
    "check.statement.2": (
        "« {title} » est quelque chose que je fais sans avoir à m'en souvenir consciemment."
    ),
    "check.statement.3": "« {title} » est quelque chose que je fais sans y penser.",
    "check.statement.4": (
        "« {title} » est quelque chose que je commence à faire avant de m'en rendre compte."
    ),
    "check.intro": "Notez chaque phrase de 1 (pas du tout d'accord) à 7 (tout à fait d'accord).",
    "check.rating": "Votre note (1–7)",
    "check.rating_again": "Répondez par un nombre de 1 à 7.",
    "check.bad_answer": "--answer {value} n'est pas une note : donnez un entier de 1 (pas du tout d'accord) à 7 (tout à fait d'accord).",
    "check.bad_answers": (
        "--answers attend quatre entiers de 1 à 7, comme 5,6,5,6 (reçu « {value} »)."
    ),
    "check.no_answers": (
        "Donnez les quatre notes avec --answers a,b,c,d (pas de terminal pour demander)."
    ),
    "check.recorded": "Auto-évaluation du {day} : {score} / 7 (objectif {goal}).",
    "check.replaces_today": "Remplace l'auto-évaluation d'aujourd'hui ({answers}).",
    "check.replaces": "Remplace l'auto-évaluation du {day} ({answers}).",
    "check.same": "Déjà notée pour le {day} : rien n'est écrit.",
    "gate.missing_strength": (
        "Reste à venir : force {strength} sur {goal} ; atteignable le {day} si chaque jour prévu est fait."
    ),
    "gate.missing_selfcheck": (
        "Reste à venir : une auto-évaluation d'au moins {goal} (`petitspas check`, sous 7 jours)."
    ),
    # drop
    "drop.confirm": "Abandonner « {title} » ? Il restera dans votre parcours comme abandonné.",
    "confirm.choices": "[o/N]",
    "drop.cancelled": "Rien n'a changé.",
    "drop.ask_reason": "Pourquoi l'arrêtez-vous ? (Entrée pour passer)",
    "question.stopped": "Arrêté : rien n'a été écrit.",
    "drop.done": "« {title} » abandonné le {day}. S'arrêter honnêtement fait partie de la méthode.",
    # tables
    "table.key": "clé",
    "table.title": "pas",
    "table.cue": "déclencheur",
    "table.schedule": "jours",
    "table.status": "état",
    "table.dates": "dates",
    "table.streak": "série",
    "table.strength": "force",
    "catalog.title": "Petits pas proposés",
    "catalog.hint": "Ajoutez-en un avec `petitspas add --from-catalog CLÉ` (ou son numéro).",
    "path.title": "Votre parcours",
    "path.vision": "Cap : {vision}",
    "path.empty": "Votre parcours est vide : ajoutez un pas avec `petitspas add`.",
    "path.started": "depuis le {day}",
    "path.automatic_on": "réflexe le {day}",
    "path.dropped_on": "abandonné le {day}",
    "path.forecast": "Objectif de force atteignable le {day} si chaque jour prévu est fait.",
    "path.plateau": (
        "Vos auto-évaluations annoncent un plateau d'automatisme vers le {day} (courbe de Lally et al.)."
    ),
    # export (markdown)
    "export.title": "petitspas — progrès",
    "export.revision": "Changé le {day} : {change}",
    "export.period": "Du {first} au {last}.",
    "export.notes_left_out": "Notes laissées de côté.",
    "opt.from": "Premier jour du rapport (DATE ; défaut : le premier jour de votre historique).",
    "opt.to": "Dernier jour du rapport (DATE ; défaut : aujourd'hui).",
    "opt.no_notes": "Laisser toutes les notes de côté (un rapport à partager).",
    "export.json_whole": (
        "L'export JSON est le fichier entier : --from, --to et --no-notes valent pour md, html et csv."
    ),
    "export.bad_period": (
        "--from {first} vient après --to {last} : donnez d'abord le jour le plus ancien."
    ),
    "export.future": (
        "{option} {day} est après le jour en cours {today} : un rapport s'arrête au plus tard aujourd'hui."
    ),
    "export.summary.one": "Fait {done} sur {count} jour prévu ({percent})",
    "export.summary.other": "Fait {done} sur {count} jours prévus ({percent})",
    "export.summary_none": "Aucun jour prévu pour l'instant",
    "export.summary_paused.one": "{summary}, {count} jour en pause",
    "export.summary_paused.other": "{summary}, {count} jours en pause",
    "export.path": "Parcours",
    "export.col.step": "Pas",
    "export.col.status": "État",
    "export.col.started": "Début",
    "export.col.ended": "Réflexe / abandon le",
    "export.col.best_streak": "Meilleure série",
    "export.col.strength": "Force",
    "export.cue": "Déclencheur : {text}",
    "export.celebration": "Célébration : {text}",
    "export.schedule": "Jours prévus : {days}",
    "export.started": "Début : {day}",
    "export.automatic_on": "Devenu réflexe le {day}",
    "export.history.automatic": "Devenu réflexe le {day}",
    "export.history.rebuilt": "repris le {day}",
    "export.history.again": "de nouveau réflexe le {day}",
    "export.history.then": "{before} ; {after}",
    "export.on_hold": "En attente du {first} au {last}",
    "export.on_hold_since": "En attente depuis le {first}",
    "export.dropped_on": "Abandonné le {day}",
    "export.reason": "Raison : {text}",
    "export.streak": "Série : {count}",
    "export.best_streak": "Meilleure série : {count}",
    "export.strength": "Force : {value} (objectif {goal})",
    "export.selfchecks": "Auto-évaluations",
    "export.selfchecks_none": "Aucune auto-évaluation pour l'instant.",
    "export.maintenance": "Points d'entretien",
    "export.maintenance_answer": "{answer} sur 7",
    "export.slips": "Écarts",
    "export.dated": "**{day}** : {text}",
    "export.col.date": "Date",
    "export.col.q1": "Automatiquement",
    "export.col.q2": "Sans m'en souvenir",
    "export.col.q3": "Sans y penser",
    "export.col.q4": "Avant de m'en rendre compte",
    "export.col.score": "Moyenne",
    "export.calendar": "Calendrier",
    "export.col.week_of": "Semaine du",
    "export.legend": (
        "Légende : {done} fait, {missed} manqué ou non noté, {skip} en pause (prévue), {not_due} jour non prévu, vide : pas encore, ou hors des dates du pas ou de la période."
    ),
    "export.legend_to_log": "{to_log} à noter : pas encore noté, manqué seulement après 7 jours.",
    "export.legend_automatic": (
        "{automatic} réflexe : plus suivi au jour le jour, seulement par ses points d'entretien, jusqu'à sa reprise."
    ),
    "export.notes": "Notes",
    "export.notes_none": "Aucune note.",
    "export.note": "**{day}** ({mark}) : {text}",
    # export (html)
    "html.chart": "Force semaine après semaine",
    "html.chart_label": (
        "Force à la fin de chaque semaine du {first} au {last} : {start} puis {end}, objectif {goal}."
    ),
    "html.goal": "objectif {goal}",
    "html.calendar_label": (
        "Calendrier du {first} au {last} : une ligne par semaine, lundi en premier."
    ),
    # A date as the page names it: a week's row, a chart's week, a day's title.
    "html.week": "{day} {month}",
    "html.week_year": "{day} {month} {year}",
    "html.day": "{weekday} {day} {month} {year} : {state}",
    "html.week_point": "Semaine du {week} : force {strength}",
    "month.1": "janvier",
    "month.2": "février",
    "month.3": "mars",
    "month.4": "avril",
    "month.5": "mai",
    "month.6": "juin",
    "month.7": "juillet",
    "month.8": "août",
    "month.9": "septembre",
    "month.10": "octobre",
    "month.11": "novembre",
    "month.12": "décembre",
    "month.short.1": "janv.",
    "month.short.2": "févr.",
    "month.short.3": "mars",
    "month.short.4": "avr.",
    "month.short.5": "mai",
    "month.short.6": "juin",
    "month.short.7": "juil.",
    "month.short.8": "août",
    "month.short.9": "sept.",
    "month.short.10": "oct.",
    "month.short.11": "nov.",
    "month.short.12": "déc.",
    "html.legend.done": "fait",
    "html.legend.missed": "manqué ou non noté",
    "html.legend.skip": "en pause (prévue)",
    "html.legend.not_due": "non prévu",
    "html.legend.to_log": "à noter (pas encore noté, manqué seulement après 7 jours)",
    "html.legend.automatic": "réflexe (points d'entretien seulement, jusqu'à sa reprise)",
    "html.footer": (
        "Fait avec petitspas le {day}, à partir de données gardées sur cet ordinateur seulement."
    ),
    "schedule.workdays": "lun–ven",
    "schedule.daily": "tous les jours",
    # maintenance and relapse
    "status.on_hold": "en attente",
    "help.reactivate": "Reprendre un pas devenu réflexe qui s'effrite ; le pas actif attend.",
    "opt.slip": "Dire qu'un pas devenu réflexe a flanché le jour noté (ou --date) : son id ou son numéro.",
    "opt.answer": "La réponse au point d'entretien, de 1 à 7 (avec STEP ; aucune question posée).",
    "expect.open_hold": "une attente ouverte (last: null) pour un pas en attente",
    "expect.maintenance_order": "des points d'entretien dans l'ordre de leurs jours, un par jour",
    "date.held": "Le {day} n'est pas un jour suivi de « {title} » (il était alors réflexe, ou en attente).",
    "maintenance.not_automatic": "« {title} » est {status} : points d'entretien et écarts concernent un pas devenu réflexe.",
    "maintenance.before": "Le {day} précède le jour où le pas est devenu réflexe ({since}).",
    "maintenance.no_answer": "Donnez la réponse avec --answer N, de 1 à 7 (pas de terminal où la demander).",
    "maintenance.intro": "Un point d'entretien : notez la phrase de 1 (pas du tout d'accord) à 7 (tout à fait d'accord).",
    "maintenance.recorded": "Point d'entretien de « {title} » pour le {day} : {answer} sur 7.",
    "maintenance.replaces": "Il remplace la réponse précédente de ce jour ({answer}).",
    "maintenance.next": "Prochain point : le {day}.",
    "maintenance.slipping": "Le pas semble s'effriter : `petitspas review` demande ce qui a changé ; `petitspas reactivate {step}` le reprend.",
    "maintenance.due": "Un point d'entretien de « {title} » est à faire : `petitspas check {step}`",
    "slip.alone": "--slip dit l'écart d'un pas devenu réflexe : donnez-le sans --done, --missed, --skip, --clear, --from ni --to.",
    "slip.empty_note": "Une --note vide ne dit rien : omettez-la.",
    "slip.recorded": "Noté : « {title} » a flanché le {day}.",
    "slip.same": "Déjà noté : « {title} » a flanché le {day} ; rien n'est écrit.",
    "slip.not_a_relapse": "Un écart n'est pas une rechute : ce qui compte, c'est la prochaine fois que le déclencheur revient.",
    "check.answer_or_answers": "--answer va avec STEP (le point d'entretien d'un pas devenu réflexe) ; --answers avec l'auto-évaluation du pas actif.",
    "reactivate.not_slipping": "« {title} » ne s'effrite pas : seul un pas devenu réflexe dont le dernier point est sous 4, ou avec deux écarts en quatre semaines, se reprend.",
    "reactivate.one_at_a_time": "« {title} » est déjà en reprise : un pas à la fois (qu'il redevienne réflexe, ou abandonnez-le).",
    "reactivate.done": "« {title} » est de nouveau votre pas actif, suivi par le même seuil (pas avant {days} jours). Notez-le ce soir avec `petitspas log`.",
    "reactivate.held": "« {title} » attend pendant ce temps : ses jours sont en pause, rien n'est perdu, et il reprend le lendemain.",
    "gate.resumes": "« {title} », en attente, reprend dès le {day}.",
    "slipping.label": "Ça s'effrite",
    "slipping.head": "« {title} » semble moins automatique qu'avant. Un écart n'est pas une rechute : les vieilles habitudes reviennent quand la situation change.",
    "slipping.changed": "Qu'est-ce qui a changé ces temps-ci : plus de stress, une réorganisation, un nouveau rôle, une nouvelle équipe ?",
    "slipping.reactivate": "Pour le reprendre un temps (le pas en cours attend, rien n'est perdu) : `petitspas reactivate {step}`",
}
