"""The messages in English: one text per key (`key.one` / `key.other` for the plural forms).

Every key is in every language (tests/test_i18n.py checks it); a third language is one
more file like this one, named in `petitspas.i18n.LANGS`.
"""

MESSAGES: dict[str, str] = {
    "list.either": "{first} or {last}",
    # --help
    "help.app": (
        "One small managerial habit at a time, repeated until it is automatic, then the next."
    ),
    "help.init": "Set up petitspas: your vision and your first step.",
    "help.catalog": "List the built-in starter steps.",
    "help.add": "Add a step to your path (your own, or one from the catalog).",
    "help.path": "Show your path: every step with its status, dates and strength.",
    "help.log": "Log tonight's step: done, missed or paused, with an optional note.",
    "help.status": "Print one line for a shell prompt: step, streak, whether today is logged.",
    "help.check": "Rate how automatic the step feels, 1 to 7 (an automatic STEP: one statement).",
    "help.edit": "Change a step's title, cue, celebration or schedule, keeping its history.",
    "help.move": "Move a step still to come to another place in your path.",
    "help.remove": "Remove a step that never started from your path.",
    "help.settings": "Show the store's settings, or change them.",
    "help.drop": "Abandon the active step honestly and move to the next one.",
    # What Typer draws around the help, and the parser's usage errors (cli._usage_error)
    "typer.usage": "Usage:",
    "typer.commands_metavar": "COMMAND [ARGS]...",
    "typer.arguments": "Arguments",
    "typer.options": "Options",
    "typer.commands": "Commands",
    # Typer fills the {} itself: doubled here, where t() formats
    "typer.envvar": "[env var: {{}}]",
    "typer.default": "[default: {{}}]",
    "typer.required": "[required]",
    "opt.help": "Show this message and exit.",
    "opt.install_completion": "Install completion for the current shell, or the one named after it (bash, zsh, fish).",
    "opt.show_completion": (
        "Show completion for the current shell, or the one named after it (bash, zsh, fish),"
        " to copy it or customize the installation."
    ),
    "meta.text": "TEXT",
    "meta.file": "FILE",
    "meta.folder": "FOLDER",
    "meta.number": "N",
    "meta.date": "DATE",
    "meta.lang": "fr|en",
    "meta.time": "HH:MM",
    "meta.days": "DAYS",
    "meta.step": "STEP",
    "meta.title": "TITLE",
    "meta.position": "POSITION",
    "meta.answers": "A,B,C,D",
    "meta.format": "{export_formats}",
    "meta.wins_format": "{digest_formats}",
    "meta.catalog": "KEY|N",
    "usage.no_command": "No command “{name}”: see the list with `petitspas --help`.",
    "usage.no_command_like": "No command “{name}”: did you mean `petitspas {like}`?",
    "usage.missing_command": "Give a command: see the list with `petitspas --help`.",
    "usage.no_option": "`{command}` has no option {option}: see `{command} --help`.",
    "usage.no_option_like": "`{command}` has no option {option}: did you mean {like}?",
    "usage.needs_value": "{option} needs a value: see `{command} --help`.",
    "usage.takes_no_value": "{option} takes no value: write it alone.",
    "usage.missing": "`{command}` needs {name}: see `{command} --help`.",
    "usage.whole_number": "{name} is a whole number: see `{command} --help`.",
    "usage.bad_value": "{name}: {problem}",
    "usage.extra_words_quote": (
        "Too many words for `{command}`: {words} (put a text with spaces in quotes)."
    ),
    "usage.extra_words": "Too many words for `{command}`: {words}: see `{command} --help`.",
    "usage.not_a_folder": "{name} names a file: give a folder (created if missing).",
    "opt.store": "The store file (default: petitspas.json in your user data folder).",
    "opt.lang": "Language of messages: fr or en.",
    "opt.version": "Show the version and exit.",
    "opt.vision": "Your vision: what would you like people to say about your team?",
    "opt.init_lang": "Language to keep in the store: fr or en.",
    "arg.step": "The step: its id or its number in `petitspas path` (default: the active step).",
    "arg.position": "Its new place in the path (1 is the first).",
    "arg.title": "The tiny behaviour, e.g. 'Say good morning to each person'.",
    "opt.cue": "When you do it, e.g. 'When I arrive at the office'.",
    "opt.celebration": "What you do right after to wire it in.",
    "opt.schedule": "Due days: workdays (default), daily, or days like mon,wed,fri.",
    "opt.id": (
        "Short id (lowercase letters, digits, hyphens; not digits alone) (default: from the title)."
    ),
    "opt.from_catalog": "Add the catalog step with this key or number (see `petitspas catalog`).",
    "opt.json": "Print JSON for scripts.",
    "opt.done": "You did it.",
    "opt.missed": "You did not do it.",
    "opt.skip": "A planned pause (holiday, sick day, team away): the streak is frozen.",
    "opt.note": "A note for the day; alone, it changes the note of a day already marked.",
    "opt.date": "The day: 2026-11-27, today, yesterday or -N (N days ago) (default: tonight).",
    "opt.clear_note": "Remove the note of --date, keeping its mark.",
    "opt.pause_from": "With --skip: the first day of a planned pause (a holiday).",
    "opt.pause_to": (
        "With --skip: the last day of the pause (90 days at most; may be in the future)."
    ),
    "opt.new_title": "The new title (a typo fixed, a smaller step).",
    "opt.new_cue": "The new cue; empty removes it.",
    "opt.new_celebration": "The new celebration; empty removes it.",
    "opt.new_schedule": (
        "The new due days (workdays, daily, mon,wed,fri, lundi…), from tonight's log day on."
    ),
    "opt.settings_lang": "The store's language: fr or en.",
    "opt.day_starts_at": (
        "The hour a new log day begins, HH:MM (default 04:00): later logs write the day before."
    ),
    "opt.settings_vision": "Your vision (the cap shown atop the review).",
    "opt.clear": "Remove the mark of --date (undo).",
    "opt.answers": "The four ratings, 1 to 7, as a,b,c,d (no questions asked).",
    "opt.reason": "Why you stop this step.",
    # values
    "mark.done": "done",
    "mark.missed": "missed",
    "mark.skip": "pause",
    "status.locked": "locked",
    "status.active": "active",
    "status.automatic": "automatic",
    "status.dropped": "dropped",
    "field.title": "the title",
    "field.cue": "the cue",
    "field.celebration": "the celebration",
    "field.note": "the note",
    "field.vision": "the vision",
    "field.reason": "the reason",
    # input errors
    "lang.invalid": "Unknown language '{value}': use fr or en.",
    "now.invalid": (
        "PETITSPAS_NOW='{value}' is not an ISO date-time: unset it or write 2026-11-27T21:00."
    ),
    "lock_timeout.invalid": (
        "PETITSPAS_LOCK_TIMEOUT='{value}' is not a number of seconds from 0 to 3600: fix or unset it."
    ),
    "day_start.invalid": "'{value}' is not a time of day: write it as HH:MM, e.g. 04:00.",
    "schedule.invalid": (
        "Unknown schedule '{value}': use workdays (or weekdays), daily, or days like mon,wed,fri."
    ),
    "schedule.not_a_day": (
        "'{part}' is not a day (in '{value}'): use mon, tue, wed, thu, fri, sat, sun (or monday…, lundi…, lun…)."
    ),
    "date.not_a_day": "'{value}' is not a real day: check the month and day (YYYY-MM-DD).",
    "date.unknown": "Cannot read the date '{value}': use YYYY-MM-DD, today, yesterday or -N.",
    "date.future": (
        "{day} is in the future (tonight's log day is {today}): log it when it has happened."
    ),
    "date.before_start": (
        "{day} is before the active step started ({started}): pick a day from {started} on."
    ),
    "text.control": "{what} contains control characters: type it as plain text on one line.",
    "text.undecodable": (
        "{what} holds bytes that are not valid text in your terminal's encoding: retype it."
    ),
    "date.out_of_range": "'{value}' is out of range: petitspas works with the years 1900 to 9998.",
    "text.too_long": "{what} is {length} characters long; keep it to {limit} at most.",
    "text.line_break": (
        "{what} has a line break: petitspas keeps it on one line (join the lines, say with ' / ')."
    ),
    "text.invisible": (
        "{what} has nothing visible in it, only invisible characters: type the words themselves."
    ),
    "text.bidi": (
        "{what} contains an invisible character that changes the direction of text: type it without."
    ),
    "now.out_of_range": (
        "The clock reads {value}, outside the dates petitspas works with (1900-01-02 to 9998-12-30): set the clock right (or PETITSPAS_NOW)."
    ),
    "date.beyond": "beyond 9998",
    "date.last_weekday": "last {day}",
    # store
    "store.missing": "No petitspas store at {path}: run `petitspas init` first (or pass --store).",
    "store.exists": "A store already exists at {path}: nothing was changed.",
    "store.is_dir": (
        "The store path {path} is a folder: pass the path of a file, e.g. {path}/petitspas.json."
    ),
    "store.backups_file": (
        "Cannot use {path}: it is a file, where petitspas keeps a folder of backups. Move or rename it, then try again."
    ),
    "store.backups_denied": (
        "Cannot use {path} ({reason}): make it yours again with `sudo chown -R $USER {path}`, then try again."
    ),
    "store.read_only": (
        "The store {path} is read-only (mode {mode}): nothing was written, and its mode is yours to change: `chmod u+w {path}` to write to it again."
    ),
    "store.unreadable": "Cannot read the store {path} ({reason}): check its permissions.",
    "store.unwritable": (
        "Cannot write the store {path} ({reason}): nothing was changed; free space or fix permissions."
    ),
    "store.busy": (
        "The store {path} is busy: another petitspas held its lock for {seconds} s. Try again."
    ),
    "store.newer": (
        "The store {path} has schema {schema}, newer than this petitspas knows ({known}): upgrade petitspas."
    ),
    "store.corrupt": (
        "The store {path} is damaged: {why}. It was left untouched.\nThe newest good backup is {backup}: `petitspas doctor --restore {backup}` puts it back."
    ),
    "store.corrupt_no_backup": (
        "The store {path} is damaged: {why}. It was left untouched.\nNo good backup exists: fix the file by hand, or move it aside and run `petitspas init`."
    ),
    "store.why.utf8": "not UTF-8 text (byte {offset})",
    "store.why.empty": "the file is empty",
    "store.why.json": "not valid JSON (line {line}, column {column}: {msg})",
    "store.why.not_object": "the top level is not a JSON object",
    "store.why.field": "{where} should be {expected}",
    "expect.schema": "a schema number (1, 2, …)",
    "expect.stamp": "a date-time like 2026-11-27T21:00:00+01:00",
    "expect.plain_text": "text without control characters",
    "expect.nonempty": "non-empty text",
    "expect.date": "a date YYYY-MM-DD between 1900 and 9998",
    "expect.nonnegative": "a whole number ≥ 0",
    "expect.unique_id": "an id no other step has",
    "expect.revisions_order": "revisions in the order they were made (by day)",
    "expect.one_active": "active for one step at most",
    "expect.on_hold": "on_hold for one step at most, while a reactivated step is active",
    "expect.slug": "a slug (lowercase letters, digits, hyphens)",
    "expect.date_for_status": "a date YYYY-MM-DD for a step that is {status}",
    "expect.answers": "four whole numbers from 1 to 7",
    # init
    "init.ask_vision": (
        "What would you like people to say about your team? (your vision; Enter to skip)"
    ),
    "init.ask_step": (
        "Your first step: a number or key from the list, or your own words (Enter to choose later)"
    ),
    "init.vision_team": "The seed's question is best answered with your team, by consensus: what would you like people to say about your team?",
    "init.vision_kept": 'Your vision is best found with your team: `petitspas settings --vision "…"` sets the one you settle on (each change is kept, dated).',
    "settings.vision_replaced": "Vision changed: “{new}” (it was “{old}”; the history below keeps both).",
    "settings.vision_history": "Vision over time:",
    "settings.vision_removed": "(removed)",
    "init.created": "Created your store at {path}.",
    "init.next": (
        "Next: pick a first step with `petitspas catalog`, then `petitspas add --from-catalog KEY`."
    ),
    "init.already": "petitspas is already set up at {path}: use --vision or --lang to change them.",
    "init.updated": "Updated {path}.",
    # add
    "add.active": "Added “{title}” ({id}): active from {day}. Log it tonight with `petitspas log`.",
    "add.active_from": (
        "Added “{title}” ({id}): active from {day}. Log it on {first} with `petitspas log`."
    ),
    "add.locked": "Added “{title}” ({id}): locked until “{active}” is automatic.",
    "add.empty_title": (
        "The step needs a title: describe the tiny behaviour, e.g. 'Say good morning to each person'."
    ),
    "add.duplicate_title": (
        "Your path already has “{title}” ({id}): give the new step another title."
    ),
    "add.duplicate_id": "The id '{id}' is taken: choose another with --id.",
    "add.bad_id": (
        "'{id}' is not a valid id: use lowercase letters, digits and hyphens, {limit} at most."
    ),
    "add.digits_id": (
        "'{id}' cannot be an id: digits alone read as a step's number in `path`. Add a letter (step-{id}, say)."
    ),
    "add.title_and_catalog": "Give either a TITLE or --from-catalog KEY, not both.",
    "add.unknown_catalog": (
        "No catalog step '{key}': see the keys and numbers with `petitspas catalog`."
    ),
    "add.no_title": (
        'Missing TITLE: run `petitspas add "Your tiny step"` or `petitspas add --from-catalog KEY`.'
    ),
    "add.ask_title": "The tiny behaviour (under 30 seconds)",
    "add.ask_cue": "Its cue: when do you do it? (Enter to skip)",
    "add.ask_celebration": "Your celebration right after (Enter to skip)",
    "add.ask_schedule": "Due days (workdays, daily, mon,wed,fri)",
    # path: edit, move, remove, settings
    "step.bad_number.one": (
        "There is no step {number}: your path has {count} step (see `petitspas path`)."
    ),
    "step.bad_number.other": (
        "There is no step {number}: your path has {count} steps (see `petitspas path`)."
    ),
    "step.unknown": "No step '{step}' in your path: give its id or its number in `petitspas path`.",
    "step.same_catalog_step": (
        "Your path already has this catalog step, in the other language: “{title}” ({id})."
    ),
    "edit.duplicate_title": "Your path already has “{title}” ({id}): choose another title.",
    "edit.nothing": "Say what to change: --title, --cue, --celebration or --schedule.",
    "edit.schedule_automatic": (
        "“{title}” is automatic: its schedule is history and stays as it was."
    ),
    "edit.schedule_dropped": "“{title}” was dropped: its schedule is history and stays as it was.",
    "edit.same": "“{title}” is already so; nothing written.",
    "edit.changed": "{field}: “{old}” → “{new}”",
    "edit.schedule_from": (
        "From {day} on, the step is due {schedule}; earlier days keep the schedule they had."
    ),
    "edit.none": "(none)",
    "edit.ask": "{field} (Enter keeps it)",
    "edit.ask_schedule": "Due days: workdays, daily, mon,wed,fri (Enter keeps them)",
    "path.revisions": "Revisions",
    "revision.title": "title",
    "revision.cue": "cue",
    "revision.celebration": "celebration",
    "revision.schedule": "schedule",
    "move.not_locked": "“{title}” is {status}: only a step still to come (locked) can move.",
    "move.bad_position.one": "Position {position} is not in your path: it has {count} step.",
    "move.bad_position.other": (
        "Position {position} is not in your path: give a number from 1 to {count}."
    ),
    "move.before_started": (
        "Position {position} holds a step that already started; the steps to come begin at {first}."
    ),
    "move.done": "Moved “{title}” from position {before} to {after}.",
    "move.same": "“{title}” is already at position {after}; nothing written.",
    "remove.active": (
        "“{title}” is active: it has started, so it can only be dropped (`petitspas drop`)."
    ),
    "remove.has_history": (
        "“{title}” is {status}: its history stays in your path; only a step that never started can be removed."
    ),
    "settings.changed.lang": "Language set.",
    "settings.changed.day_starts_at": (
        "Day start changed: it applies to the log days to come (days already logged keep their date)."
    ),
    "settings.changed.vision": "Vision set.",
    "settings.lang": "Language: {lang}",
    "settings.lang_unset": "not set (the locale decides)",
    "settings.day_starts_at": "A log day starts at: {time}",
    "settings.vision": "Vision: {vision}",
    "settings.vision_unset": 'not set yet (`petitspas settings --vision "…"`)',
    "settings.goals": "Goals: strength {strength}, self-check {srbai} of 7",
    "settings.store": "Store: {path}",
    "add.created": (
        "Created your store at {path} (set your vision later with `petitspas settings --vision`)."
    ),
    "drop.not_started": (
        "“{title}” starts on {day}: it has no history to keep. To take it off your path: `petitspas remove {number}`."
    ),
    "remove.confirm": "Remove “{title}” from your path?",
    "remove.cancelled": "Nothing removed.",
    "remove.done": "Removed “{title}” ({id}) from your path.",
    # log
    "rule.path_complete": (
        "Your path is complete: every step is automatic or over. Add the next one, e.g. `petitspas add --from-catalog KEY` ({keys})."
    ),
    "rule.path_complete_all": (
        'Your path is complete: every step is automatic or over. Add a step of your own with `petitspas add "…"`.'
    ),
    "rule.nothing_active": (
        "No step is active: add one with `petitspas add` (see `petitspas path`)."
    ),
    "log.two_marks": "Choose one of --done, --missed, --skip.",
    "log.clear_alone": (
        "--clear removes marks: give it --date (one day) or --from and --to (the pauses of a range), without a mark or --note."
    ),
    "log.no_mark": "Say what happened: --done, --missed or --skip (no terminal to ask on).",
    "log.day_of_earlier_step": (
        "{day} belongs to “{title}”, {status} since {ended}: its marks stay as they are; its note can still change (--note, --clear-note)."
    ),
    "log.note_needs_mark": "{day} has no mark yet: add --done, --missed or --skip with the note.",
    "log.clear_note_alone": (
        "--clear-note removes a day's note: use it with --date only, without a mark or --note."
    ),
    "log.empty_note": (
        "An empty --note would erase the day's note: to remove a note, use `petitspas log --clear-note --date DATE`."
    ),
    "log.note_replaced": "The note replaces the one written before: “{old}”.",
    "log.note_cleared": "{day}: note removed (“{old}”).",
    "log.no_note": "{day} has no note: nothing to remove.",
    "log.instead_note": "{today} is not a due day: the note is for {day}.",
    "log.instead": "{today} is not a due day: marked {day}.",
    "log.not_due_marked": (
        "{today} is not a due day and {day} is logged already: the next due day is {next}. (To mark {today} anyway: --date today.)"
    ),
    "log.not_due_paused": (
        "{today} is not a due day and {day} is paused: to log it instead, `petitspas log {flag} --date {date}`. The next due day is {next}."
    ),
    "log.not_due_today": (
        "{today} is not a due day: the next due day is {next}. (To mark it anyway: --date today.)"
    ),
    "log.range_needs_skip": (
        "--from and --to plan a pause: use them with --skip (and not with --date), or with --clear alone to call one off."
    ),
    "pause.called_off.one": "Called off the pause on {count} due day from {first} to {last}.",
    "pause.called_off.other": "Called off the pause on {count} due days from {first} to {last}.",
    "pause.none": "No pause from {first} to {last}: nothing to call off.",
    "log.range_needs_both": "A pause needs both ends: --from DATE --to DATE.",
    "log.future_pause": (
        "{day} is still to come: plan a pause with `petitspas log --skip --from {day} --to {day}`."
    ),
    "pause.reversed": "--from {first} comes after --to {last}: swap them.",
    "pause.too_far": (
        "A pause is planned up to a year ahead, and this one starts on {first}: check the year."
    ),
    "pause.too_long.one": "A pause covers {limit} days at most (this one: {count} day).",
    "pause.too_long.other": (
        "A pause covers {limit} days at most (this one: {count} days): split it in two."
    ),
    "pause.done.one": "Paused {count} due day from {first} to {last}: the streak waits for you.",
    "pause.done.other": "Paused {count} due days from {first} to {last}: the streak waits for you.",
    "pause.kept.one": "Left as it was ({count} day already logged): {days}.",
    "pause.kept.other": "Left as they were ({count} days already logged): {days}.",
    "pause.nothing": "No due day from {first} to {last} is left to pause; nothing written.",
    "pause.future": "A planned pause: a later `petitspas log` on one of these days replaces it.",
    "log.nothing_to_clear": "Nothing is logged on {day}: nothing to clear.",
    "log.asking": "{title} — {day}",
    "log.ask_mark": "Done? y = yes, n = no, p = pause (planned)",
    "log.ask_again": "Please answer y, n or p.",
    "log.ask_note": "A note? (Enter to skip)",
    "log.written": "{day}: {mark} — {title}",
    "log.replaced": "{day}: {mark} (replaces {was}).",
    "log.again": "{day}: {mark} (already so; nothing written).",
    "log.note_changed": "{day}: note updated.",
    "log.note_same": "{day}: the note is already so; nothing written.",
    "log.pause_back": "The planned pause is back on that day ({note}).",
    "log.cleared": "{day}: removed the mark ({mark}).",
    "log.not_due": "{day} is not a due day for this step: the mark is kept but does not count.",
    "log.progress": "Streak {streak} · best {best} · strength {strength}",
    "log.never_miss_twice": (
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: tomorrow counts."
    ),
    "log.missed_again": (
        "Missed again: make tomorrow easy. A sharper cue or a smaller step often helps (`petitspas edit`)."
    ),
    "log.never_miss_twice_on": (
        "One miss does not undo a habit (Lally et al., 2010). Never miss twice: the next due day, {day}, counts."
    ),
    "log.missed_again_on": (
        "Missed again: make the next due day, {day}, easy. A sharper cue or a smaller step often helps (`petitspas edit`)."
    ),
    "log.to_log.one": "{day} is still to log: `petitspas log --done --date {date}`",
    "log.to_log.other": (
        "{count} days are still to log ({days}): `petitspas log --done --date {date}` for the first"
    ),
    # gate
    "gate.invite_check": (
        "Strength has reached its goal: run `petitspas check` to see if the step is automatic."
    ),
    "gate.passed": "“{title}” is now automatic. Well done!",
    "gate.next": "Next step, from {day}: “{title}”.",
    "gate.pauses_called_off.one": (
        "The pause planned on {days} is called off: no step is left to pause."
    ),
    "gate.pauses_called_off.other": (
        "The {count} paused days planned ({days}) are called off: no step is left to pause."
    ),
    "gate.path_complete": (
        "Your path is complete: every step is automatic or over. Add the next one, for example:"
    ),
    "gate.no_next": "No step is waiting: add the next one, for example:",
    # stalling
    "stall.label": "Stalling",
    "stall.head": (
        "This step is stalling: {reason}. It happens, and it says more about the step's design than about you: adjust it, by trial and error, one question at a time."
    ),
    "stall.reason.missed_twice": "two due days missed in a row",
    "stall.reason.strength_flat": "its strength has not risen in 14 days",
    "stall.reason.low_plateau": "your self-checks level off under {goal}",
    "stall.prompt": (
        '1. The prompt: is “{cue}” a precise moment, right after something you already do (“After I …”)? `petitspas edit --cue "After I …"`'
    ),
    "stall.prompt_no_cue": (
        '1. The prompt: anchor the step right after something you already do (“After I …”). `petitspas edit --cue "After I …"`'
    ),
    "stall.ability": (
        '2. The ability: make it smaller, a starter step of under 30 seconds (one person, one sentence). `petitspas edit --title "…"`'
    ),
    "stall.motivation": (
        "3. The motivation: does this step still serve your vision? Tell yourself what it changes for the team."
    ),
    "stall.drop": (
        'If it no longer fits, letting it go is honest too: `petitspas drop --reason "…"`'
    ),
    # status
    "status.complete": "petitspas: path complete (add the next step with `petitspas add`)",
    "status.none": "petitspas: no active step (add one with `petitspas add`)",
    "status.line": "{title}: streak {streak}, {strength} — {today}",
    "status.today_open": "not logged today",
    "status.today_not_due": "nothing due today",
    "status.starts": "starts {day}",
    "status.today_done": "today done",
    "status.today_missed": "today missed",
    "status.today_skip": "today paused",
    "status.and_to_log": "{today}, {to_log}",
    "status.to_log_day": "{day} to log",
    "status.to_log_days.one": "{count} day to log",
    "status.to_log_days.other": "{count} days to log",
    # remind
    "help.remind": "Nudge when tonight's step is due and not logged yet (for cron or a timer).",
    "opt.notify": "Also show a desktop notification (notify-send or osascript).",
    "remind.line": "“{title}” — {cue}: not logged yet tonight (`petitspas log`).",
    "remind.line_no_cue": "“{title}”: not logged yet tonight (`petitspas log`).",
    "remind.store_problem": (
        "The store {path} cannot be read as it is: `petitspas doctor` says what is wrong and how to mend it."
    ),
    "remind.no_notifier": (
        "No desktop notifier found (notify-send or osascript on PATH): the reminder is on standard output only."
    ),
    "remind.notify_failed": (
        "{tool} did not show the notification (exit {code}); under cron, see the README for DBUS_SESSION_BUS_ADDRESS."
    ),
    # review
    "help.review": "Show the weekly review: your step, the week, the heatmap, the notes, the path.",
    "opt.week": "Any day of the week to review (default: this week).",
    "opt.weeks": "How many weeks the heatmap shows.",
    "review.bad_weeks": "--weeks must be a whole number from 1 to 520 (got {value}).",
    "review.future_week": (
        "The week of {day} has not begun yet (tonight's log day is {today}): pick an earlier day."
    ),
    "review.title": "Week of {start}",
    "review.vision": "Vision: {vision}",
    "review.no_vision": (
        'No vision yet: what would you like people to say of your team? `petitspas settings --vision "…"`'
    ),
    "review.complete": (
        "Your path is complete: every step became automatic or ended. Well done! Next, perhaps: {keys} (`petitspas add --from-catalog KEY`)."
    ),
    "review.complete_all": (
        "Your path is complete: every step became automatic or ended. Well done! Add a step of your own with `petitspas add`."
    ),
    "review.no_step": "No active step: add the next one with `petitspas add`.",
    "review.cue": "Cue",
    "review.started": "Started",
    "review.starts": "Starts",
    "review.starts_tomorrow": "{day} (tomorrow)",
    "review.started_today": "{day} (today)",
    "review.started_one": "{day} (yesterday)",
    "review.started_value": "{day} ({days} days ago)",
    "review.streak": "Streak",
    "review.streak_value": "{streak} (best {best})",
    "review.strength": "Strength",
    "review.gate": "Automatic when",
    "review.gate_strength": "strength ≥ {goal}",
    "review.gate_selfcheck": "self-check ≥ {goal} within 7 days",
    "review.gate_selfcheck_last": "last: {score} on {day}",
    "review.gate_selfcheck_none": "run `petitspas check`",
    "review.forecast": "Forecast",
    "review.forecast_value": "strength goal on {day} if every due day is done",
    "review.forecast_reached": "strength goal reached",
    "review.forecast_and_plateau": "{forecast}; {plateau}",
    "review.plateau_value": "automaticity levels off around {day}",
    "review.week": "This week",
    "review.heatmap.one": "This week",
    "review.heatmap.other": "Last {count} weeks",
    "review.legend": (
        "✓ done  ✗ missed  ~ paused  · not due  ? to log  (blank) to come  │ next step"
    ),
    "review.notes": "Success log of the week",
    "review.no_notes": 'Nothing yet this week: `petitspas win "…"` notes a win to share, `petitspas log --note` a note for you.',
    "review.path": "Path",
    "review.path_earlier.one": "{count} earlier step: `petitspas path`",
    "review.path_earlier.other": "{count} earlier steps: `petitspas path`",
    "review.path_later.one": "{count} later step: `petitspas path`",
    "review.path_later.other": "{count} later steps: `petitspas path`",
    "weekday.full.0": "Monday",
    "weekday.full.1": "Tuesday",
    "weekday.full.2": "Wednesday",
    "weekday.full.3": "Thursday",
    "weekday.full.4": "Friday",
    "weekday.full.5": "Saturday",
    "weekday.full.6": "Sunday",
    "review.before_store": (
        "Your history begins on {first}: pick a day of that week or later (got {day})."
    ),
    "review.as_of": "As it stood on {day}",
    "review.started_then_same": "{day} (that day)",
    "review.started_then.one": "{day} ({count} day earlier)",
    "review.started_then.other": "{day} ({count} days earlier)",
    "review.gate_selfcheck_none_past": "none then",
    "review.outcome": "Now",
    "review.outcome_automatic": "automatic on {day}",
    "review.outcome_dropped": "dropped on {day}",
    "review.outcome_active": "still the active step",
    "review.week_past": "That week",
    "review.heatmap_past.one": "That week",
    "review.heatmap_past.other": "{count} weeks up to {end}",
    "review.strength_weeks": "Strength week by week",
    "review.strength_span.one": "{count} week from {first} · goal {goal} = {sign}",
    "review.strength_span.other": "{count} weeks from {first} · goal {goal} = {sign}",
    "review.other_notes": "Missed and paused days",
    "review.watched": "Automatic steps: checks and lapses",
    "review.watched_check": "“{title}”: maintenance check, {score} of 7",
    "review.watched_slip": "“{title}” lapsed",
    "review.watched_slip_note": "“{title}” lapsed — {note}",
    "review.note_missed": "missed",
    "review.note_skip": "pause",
    "review.no_notes_past": "No notes of done days that week.",
    "weekday.0": "Mon",
    "weekday.1": "Tue",
    "weekday.2": "Wed",
    "weekday.3": "Thu",
    "weekday.4": "Fri",
    "weekday.5": "Sat",
    "weekday.6": "Sun",
    # doctor
    "help.doctor": "Check the store and its backups; put a good backup back with --restore.",
    "opt.restore": "A backup to put back (its path, or its name in the backups folder).",
    "doctor.ok": "Store {path}: healthy (revision {revision}, {steps}, {marks}).",
    "count.steps.one": "{count} step",
    "count.steps.other": "{count} steps",
    "count.marks.one": "{count} mark",
    "count.marks.other": "{count} marks",
    "count.checks.one": "{count} self-check",
    "count.checks.other": "{count} self-checks",
    "count.new_steps.one": "{count} new step",
    "count.new_steps.other": "{count} new steps",
    "count.weeks.one": "{count} week",
    "count.weeks.other": "{count} weeks",
    "count.good.one": "{count} good",
    "count.good.other": "{count} good",
    "count.damaged.one": "{count} damaged",
    "count.damaged.other": "{count} damaged",
    "doctor.backup": "{name}  revision {revision}, written {written}, {size} bytes, {marks}",
    "doctor.bad": "Store {path} is damaged: {why}",
    "doctor.backups": "Backups in {folder}: {good}, {bad}.",
    "doctor.backup_bad": "damaged: {backup}: {why}",
    "doctor.newest_good": (
        "Newest good backup: {backup}. Put it back with `petitspas doctor --restore {name}`."
    ),
    "doctor.no_good": (
        "No good backup: fix the file by hand, or move it aside and run `petitspas init`."
    ),
    "doctor.no_such_backup": (
        "No backup {backup} (looked there and in {folder}): run `petitspas doctor` to list them."
    ),
    "doctor.bad_backup": "The backup {backup} is damaged too ({why}): choose another one.",
    "doctor.restored": "Restored {backup} as {path} (revision {revision}).",
    "doctor.aside": "The previous file is kept at {aside}.",
    # merge
    "help.merge": "Merge a diverged copy of the store (a sync conflict) into this one.",
    "arg.other": "The other copy, e.g. 'petitspas (conflicted copy).json'.",
    "opt.dry_run": "Show what would be taken, change nothing.",
    "merge.same_file": "{path} is this store itself: name the other copy.",
    "merge.other_bad": "Cannot merge {path}: {why}",
    "merge.nothing": "Nothing to take from {path}: this store already holds all of it.",
    "merge.took": "From {path}: {marks}, {checks}, {steps}, {others}.",
    "merge.new_steps": "New steps: {ids}.",
    "merge.not_applied": "Not applied: {what}, written {written} — {why}",
    "merge.unrelated": (
        "{path} is another store, begun apart from this one: nothing was merged. To merge it all the same, add --unrelated."
    ),
    "opt.unrelated": "Merge a store begun apart from this one (another store id).",
    "count.other_changes.one": "{count} other change",
    "count.other_changes.other": "{count} other changes",
    "journal.op.settings": "a change of settings",
    "journal.op.add": "the adding of “{step}”",
    "journal.op.edit": "an edit of “{step}”",
    "journal.op.move": "the move of “{step}”",
    "journal.op.remove": "the removal of “{step}”",
    "journal.op.mark": "the mark of {day} on “{step}”",
    "journal.op.note": "the note of {day} on “{step}”",
    "journal.op.clear": "the clearing of {day} on “{step}”",
    "journal.op.clear_note": "the note removed from {day} on “{step}”",
    "journal.op.pause": "the pause from {first} to {last}",
    "journal.op.call_off": "the pause called off from {first} to {last}",
    "journal.op.check": "the self-check of {day} on “{step}”",
    "journal.op.drop": "the drop of “{step}”",
    "journal.op.maintenance": "the maintenance check of {day} on “{step}”",
    "journal.op.slip": "the lapse of {day} on “{step}”",
    "journal.op.reactivate": "the reactivation of “{step}”",
    "journal.other_step": "{day} now belongs to “{now}”, not to {step}.",
    "journal.ended": "“{title}” was {status} from {day} on.",
    "journal.damaged": "The store's journal is damaged ({why}): `petitspas doctor` names a backup to put back.",
    "journal.bad_operation": (
        "the journal holds an operation petitspas does not write ({id}): restore a backup with `petitspas doctor --restore`."
    ),
    "doctor.disagrees": "the state does not match its journal (edited by hand?)",
    "merge.dry_run": "Dry run: nothing was written.",
    "merge.saved": "Merged into {path} (the previous version is in the backups).",
    # win and wins: the cahier de réussites
    "help.win": "Note a win for the cahier de réussites (or change or remove one).",
    "help.wins": "Show the week's wins, and the digest to share with the team.",
    "arg.win": "What went well, in a line (the team may read it: no private note).",
    "opt.win_edit": "Change the win numbered N in `petitspas wins` (of the week of --date).",
    "opt.win_remove": "Remove the win numbered N in `petitspas wins` (of the week of --date).",
    "opt.wins_format": (
        "text (the numbered list), md (for a team channel) or html (a page for the stand-up)."
    ),
    "field.win": "the win",
    "win.empty": 'A win needs a few words: `petitspas win "Léa closed the incident calmly"`.',
    "win.no_text": 'Say the win: `petitspas win "Léa closed the incident calmly"`.',
    "win.remove_no_text": "--remove N takes no text: `petitspas win --remove 2`.",
    "win.edit_and_remove": "Give --edit or --remove, not both.",
    "win.future": "{day} is still to come (tonight is {today}): a win is noted once it happened.",
    "win.gone": "that win was removed meanwhile.",
    "win.bad_number.one": (
        "No win {number} in the week of {week}: it holds 1 (see `petitspas wins`)."
    ),
    "win.bad_number.other": (
        "No win {number} in the week of {week}: it holds {count} (see `petitspas wins`)."
    ),
    "win.added": "Win {n} noted for {day}: “{text}”.",
    "win.week_count.one": (
        "1 win in the week of {week}: `petitspas wins` shows it, `--format md` to share it."
    ),
    "win.week_count.other": (
        "{count} wins in the week of {week}: `petitspas wins` shows them, `--format md` to share them."
    ),
    "win.edited": "Win {n} changed: “{old}” → “{new}”.",
    "win.removed": "Win {n} removed: “{text}”.",
    "win.same": "Win {n} already says that: nothing changed.",
    "wins.title": "Cahier de réussites, week of {first} to {last}",
    "wins.vision": "Our vision: {vision}",
    "wins.empty": 'No win noted this week. Note one tonight: `petitspas win "what went well"`.',
    "wins.empty_shared": "No win noted this week yet.",
    "wins.count.one": "1 win this week.",
    "wins.count.other": "{count} wins this week.",
    "wins.bad_format": "Unknown format '{format}': use text, md or html.",
    "log.ask_wins_intro": "Tonight's wins, to share on Friday (Enter to stop):",
    "log.ask_win": "Win {n}",
    "log.wins_noted.one": "1 win noted: {texts}.",
    "log.wins_noted.other": "{count} wins noted: {texts}.",
    "export.wins": "Wins (cahier de réussites)",
    "opt.no_wins": "Leave the wins out.",
    "journal.op.win": "the win of {day}",
    "journal.op.win_edit": "a change of a win",
    "journal.op.win_remove": "the removal of a win",
    # export command
    "help.export": "Export your progress as markdown (default), HTML, JSON or CSV.",
    "opt.format": "{formats}.",
    "opt.output": "Write to this file (atomically) instead of the screen.",
    "export.bad_format": "Unknown format '{value}': use {formats}.",
    "export.onto_store": (
        "{path} is the store itself (or one of its backups): export to another file."
    ),
    "export.is_dir": "{path} is a folder: give a file name, e.g. {path}/petitspas.md.",
    "export.no_folder": "The folder {path} does not exist: create it first or choose another -o.",
    "export.unwritable": (
        "Cannot write {path}: check free space and permissions (nothing was written)."
    ),
    "export.written": "Wrote {path}.",
    # demo
    "help.demo": "Build a realistic sample store, show its review and how to explore it.",
    "opt.dir": "Folder for the sample petitspas.json (default: a new temporary folder).",
    "opt.demo_weeks": "Weeks of history, 1 to 520 (ten years).",
    "demo.exists": (
        "{path} already exists: choose another --dir (the demo never overwrites a store)."
    ),
    "demo.too_early": (
        "{weeks} weeks before {day} would start before 1900, the first year petitspas works with: ask for fewer weeks."
    ),
    "demo.built": "Sample store: {path} ({weeks}, {steps}, {marks}).",
    "demo.explore": "Explore it (or set PETITSPAS_STORE={path}):",
    "demo.hard_week": "The hard week, when a step slipped and was rebuilt:",
    "demo.vision": (
        "A team where everyone dares to try, says what they learned, and is thanked for it."
    ),
    "demo.round": "round {n}",
    "demo.drop_reason": "Once a week is too rare to become a reflex; I will come back to it later.",
    "demo.win.0": "Léa closed the production incident calmly and explained each step.",
    "demo.win.1": "Karim's demo convinced the client.",
    "demo.win.2": "Sophie's code review was kind and precise.",
    "demo.win.3": "The retro was short: three ideas, two decided.",
    "demo.win.4": "Inès chose the release date herself, and chose well.",
    "demo.win.5": "The night shift fixed the backup job without being asked.",
    "demo.win.6": "Two people paired on the hardest ticket of the sprint.",
    "demo.win.7": "The new joiner shipped her first change.",
    "demo.win.8": "We said no to a meeting without an agenda.",
    "demo.win.9": "Marc helped the support team with the angry customer.",
    "demo.slip.0": "Reorg announced this morning: went straight to my desk.",
    "demo.slip.1": "Crisis call the moment I arrived; walked past everyone without a word.",
    "demo.note.0": "Léa smiled back for the first time this month.",
    "demo.note.1": "Thanked Karim for the client summary, he looked surprised.",
    "demo.note.2": "Did it even on a day full of meetings.",
    "demo.note.3": "The night shift noticed; two people stopped by to chat.",
    "demo.note.4": "Felt natural today, no reminder needed.",
    "demo.note.5": "Sophie told me what she learned from the outage.",
    "demo.note.6": "Almost forgot, then the coffee machine reminded me.",
    "demo.note.7": "Three wins shared in the team channel: delivery, fix, new client.",
    "demo.note.8": "Listened to Tom until the end instead of answering.",
    "demo.note.9": "Let Inès decide the release date; she chose well.",
    "demo.note.10": "Shortened the weekly meeting to 20 minutes.",
    "demo.note.11": "Linked the backlog cleanup to our vision; people got it.",
    "demo.extra.0.title": "Ask for one piece of feedback on my own work",
    "demo.extra.0.cue": "After my one-to-one meetings",
    "demo.extra.1.title": "Name one risk I am taking and why",
    "demo.extra.1.cue": "When I plan the day",
    "demo.extra.2.title": "Leave ten minutes free between meetings",
    "demo.extra.2.cue": "When I accept an invitation",
    "demo.extra.3.title": "Write down one thing I learned from a mistake",
    "demo.extra.3.cue": "Before I leave the office",
    "demo.extra.4.title": "Ask a quiet colleague for their view first",
    "demo.extra.4.cue": "When a meeting opens a discussion",
    "demo.extra.5.title": "Tell someone how their work helps a customer",
    "demo.extra.5.cue": "When I read customer feedback",
    # check
    "check.statement.1": "“{title}” is something I do automatically.",
    "check.statement.2": "“{title}” is something I do without having to consciously remember.",
    "check.statement.3": "“{title}” is something I do without thinking.",
    "check.statement.4": "“{title}” is something I start doing before I realise I'm doing it.",
    "check.intro": "Rate each statement from 1 (strongly disagree) to 7 (strongly agree).",
    "check.rating": "Your rating (1–7)",
    "check.rating_again": "Please answer with a number from 1 to 7.",
    "check.bad_answer": "--answer {value} is not a rating: give a whole number from 1 (strongly disagree) to 7 (strongly agree).",
    "check.bad_answers": (
        "--answers needs four whole numbers from 1 to 7, like 5,6,5,6 (got '{value}')."
    ),
    "check.no_answers": "Give the four ratings with --answers a,b,c,d (no terminal to ask on).",
    "check.recorded": "Self-check {day}: {score} / 7 (goal {goal}).",
    "check.replaces_today": "Replaces today's check ({answers}).",
    "check.replaces": "Replaces the check of {day} ({answers}).",
    "check.same": "Already recorded for {day}: nothing is written.",
    "gate.missing_strength": (
        "Still to come: strength {strength} of {goal}; reachable on {day} if every due day is done."
    ),
    "gate.missing_selfcheck": (
        "Still to come: a self-check of {goal} or more (`petitspas check`, within 7 days)."
    ),
    # drop
    "drop.confirm": "Drop “{title}”? It stays on your path as dropped.",
    "confirm.choices": "[y/N]",
    "drop.cancelled": "Nothing changed.",
    "drop.ask_reason": "Why do you stop it? (Enter to skip)",
    "question.stopped": "Stopped: nothing was written.",
    "drop.done": "Dropped “{title}” on {day}. Stopping honestly is part of the method.",
    # tables
    "table.key": "key",
    "table.title": "step",
    "table.cue": "cue",
    "table.schedule": "days",
    "table.status": "status",
    "table.dates": "dates",
    "table.streak": "streak",
    "table.strength": "strength",
    "catalog.title": "Starter steps",
    "catalog.hint": "Add one with `petitspas add --from-catalog KEY` (or its number).",
    "path.title": "Your path",
    "path.vision": "Vision: {vision}",
    "path.empty": "Your path is empty: add a step with `petitspas add`.",
    "path.started": "since {day}",
    "path.automatic_on": "automatic {day}",
    "path.dropped_on": "dropped {day}",
    "path.forecast": "Strength goal reachable on {day} if every due day is done.",
    "path.plateau": (
        "Your self-checks point to a plateau of automaticity around {day} (Lally et al.'s curve)."
    ),
    # export (markdown)
    "export.title": "petitspas — progress",
    "export.revision": "Changed on {day}: {change}",
    "export.period": "From {first} to {last}.",
    "export.notes_left_out": "Notes left out.",
    "opt.from": "First day of the report (DATE; default: the first day of your history).",
    "opt.to": "Last day of the report (DATE; default: today).",
    "opt.no_notes": "Leave every note out (a report to share).",
    "export.json_whole": (
        "The JSON export is the whole store: --from, --to and --no-notes are for md, html and csv."
    ),
    "export.bad_period": "--from {first} comes after --to {last}: give the earlier day first.",
    "export.future": (
        "{option} {day} is after tonight's log day {today}: a report ends today at the latest."
    ),
    "export.summary.one": "Done {done} of {count} due day ({percent})",
    "export.summary.other": "Done {done} of {count} due days ({percent})",
    "export.summary_none": "No due day yet",
    "export.summary_paused.one": "{summary}, {count} day paused",
    "export.summary_paused.other": "{summary}, {count} days paused",
    "export.path": "Path",
    "export.col.step": "Step",
    "export.col.status": "Status",
    "export.col.started": "Started",
    "export.col.ended": "Automatic / dropped on",
    "export.col.best_streak": "Best streak",
    "export.col.strength": "Strength",
    "export.cue": "Cue: {text}",
    "export.celebration": "Celebration: {text}",
    "export.schedule": "Due days: {days}",
    "export.started": "Started: {day}",
    "export.automatic_on": "Automatic on: {day}",
    # A rebuilt step's story, in one line: a graduation, then a rebuild and a graduation in turn.
    "export.history.automatic": "Automatic on {day}",
    "export.history.rebuilt": "rebuilt on {day}",
    "export.history.again": "automatic again on {day}",
    "export.history.then": "{before}; {after}",
    "export.on_hold": "On hold from {first} to {last}",
    "export.on_hold_since": "On hold since {first}",
    "export.dropped_on": "Dropped on: {day}",
    "export.reason": "Reason: {text}",
    "export.streak": "Streak: {count}",
    "export.best_streak": "Best streak: {count}",
    "export.strength": "Strength: {value} (goal {goal})",
    "export.selfchecks": "Self-checks",
    "export.selfchecks_none": "No self-check yet.",
    "export.maintenance": "Maintenance checks",
    "export.maintenance_answer": "{answer} of 7",
    "export.slips": "Lapses",
    "export.dated": "**{day}**: {text}",
    "export.col.date": "Date",
    "export.col.q1": "Automatically",
    "export.col.q2": "Without remembering",
    "export.col.q3": "Without thinking",
    "export.col.q4": "Before realising",
    "export.col.score": "Score",
    "export.calendar": "Calendar",
    "export.col.week_of": "Week of",
    "export.legend": (
        "Legend: {done} done, {missed} missed or not logged, {skip} paused (planned), {not_due} not due, blank: not yet, or outside the step's dates or the period."
    ),
    "export.legend_to_log": "{to_log} to log: not logged yet, missed only after 7 days.",
    "export.legend_automatic": (
        "{automatic} automatic: no longer tracked day by day, only by its maintenance checks,"
        " until it was rebuilt."
    ),
    "export.notes": "Notes",
    "export.notes_none": "No notes.",
    "export.note": "**{day}** ({mark}): {text}",
    # export (html)
    "html.chart": "Strength week by week",
    "html.chart_label": (
        "Strength at the end of each week from {first} to {last}: {start} then {end}, goal {goal}."
    ),
    "html.goal": "goal {goal}",
    "html.calendar_label": "Calendar from {first} to {last}: one row per week, Monday first.",
    # A date as the page names it: a week's row, a chart's week, a day's title.
    "html.week": "{month} {day}",
    "html.week_year": "{month} {day}, {year}",
    "html.day": "{weekday} {day} {month} {year}: {state}",
    "html.week_point": "Week of {week}: strength {strength}",
    "month.1": "January",
    "month.2": "February",
    "month.3": "March",
    "month.4": "April",
    "month.5": "May",
    "month.6": "June",
    "month.7": "July",
    "month.8": "August",
    "month.9": "September",
    "month.10": "October",
    "month.11": "November",
    "month.12": "December",
    "month.short.1": "Jan",
    "month.short.2": "Feb",
    "month.short.3": "Mar",
    "month.short.4": "Apr",
    "month.short.5": "May",
    "month.short.6": "Jun",
    "month.short.7": "Jul",
    "month.short.8": "Aug",
    "month.short.9": "Sep",
    "month.short.10": "Oct",
    "month.short.11": "Nov",
    "month.short.12": "Dec",
    "html.legend.done": "done",
    "html.legend.missed": "missed or not logged",
    "html.legend.skip": "paused (planned)",
    "html.legend.not_due": "not due",
    "html.legend.to_log": "to log (not logged yet, missed only after 7 days)",
    "html.legend.automatic": "automatic (maintenance checks only, until rebuilt)",
    "html.footer": "Made with petitspas on {day}, from data kept on this computer only.",
    "schedule.workdays": "Mon–Fri",
    "schedule.daily": "every day",
    # maintenance and relapse
    "status.on_hold": "on hold",
    "help.reactivate": "Bring a slipping automatic step back to active; the active step waits on hold.",
    "opt.slip": "Say that an automatic step lapsed on the log day (or --date): its id or number.",
    "opt.answer": "The maintenance check's answer, 1 to 7 (with STEP; no question asked).",
    "expect.open_hold": "an open hold (last: null) for a step on hold",
    "expect.maintenance_order": "maintenance checks in the order of their days, one a day",
    "date.held": "{day} is not a day of “{title}” being tracked (it was automatic, or on hold then).",
    "maintenance.not_automatic": "“{title}” is {status}: maintenance checks and slips are for an automatic step.",
    "maintenance.before": "{day} is before the step became automatic ({since}).",
    "maintenance.no_answer": "Give the answer with --answer N, 1 to 7 (no terminal to ask on).",
    "maintenance.intro": "A maintenance check: rate the statement from 1 (strongly disagree) to 7 (strongly agree).",
    "maintenance.recorded": "Maintenance check of “{title}” for {day}: {answer} of 7.",
    "maintenance.replaces": "It replaces that day's earlier answer ({answer}).",
    "maintenance.next": "Next check: {day}.",
    "maintenance.slipping": "The step seems to be slipping: `petitspas review` asks what changed; `petitspas reactivate {step}` rebuilds it.",
    "maintenance.due": "A maintenance check of “{title}” is due: `petitspas check {step}`",
    "slip.alone": "--slip says a lapse of an automatic step: give it without --done, --missed, --skip, --clear, --from or --to.",
    "slip.empty_note": "An empty --note says nothing: leave it out.",
    "slip.recorded": "Noted: “{title}” lapsed on {day}.",
    "slip.same": "Already noted: “{title}” lapsed on {day}; nothing is written.",
    "slip.not_a_relapse": "One lapse is not a relapse: the next time the cue comes is what counts.",
    "check.answer_or_answers": "--answer goes with STEP (an automatic step's maintenance check); --answers with the active step's self-check.",
    "reactivate.not_slipping": "“{title}” is not slipping: only an automatic step whose check is under 4, or with two slips within four weeks, is reactivated.",
    "reactivate.one_at_a_time": "“{title}” is being rebuilt already: one step at a time (let it graduate again, or drop it).",
    "reactivate.done": "“{title}” is your active step again, tracked by the same gate (no sooner than {days} days from now). Log it tonight with `petitspas log`.",
    "reactivate.held": "“{title}” is on hold meanwhile: its days are paused, nothing is lost, and it resumes the day after.",
    "gate.resumes": "“{title}”, on hold, resumes from {day}.",
    "slipping.label": "Slipping",
    "slipping.head": "“{title}” seems less automatic than it was. A lapse is not a relapse: old habits come back when the situation changes.",
    "slipping.changed": "What changed lately: more stress, a reorg, a new role, a new team?",
    "slipping.reactivate": "To rebuild it for a while (the current step waits, nothing lost): `petitspas reactivate {step}`",
}
