"""The error family, each error carrying its user-facing message and its exit code, and
the one table of exit codes."""

# The exit codes, each decided here (docs/design.md, "Errors and exit codes").
OK = 0
REFUSED = 1  # by the rules; also a reader that went away (a closed pipe)
USAGE = 2
STORE = 3
INTERRUPTED = 130  # the shell's code for a command ended by Ctrl-C


class PetitspasError(Exception):
    """A failure the user can act on; `console.guarded` prints it and exits with `exit_code`."""

    exit_code = REFUSED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RuleError(PetitspasError):
    """Refused by the rules: nothing active, a date out of range, a duplicate title (exit 1)."""

    exit_code = REFUSED


class UsageError(PetitspasError):
    """The command line itself is wrong: a date that does not parse, a bad flag value (exit 2)."""

    exit_code = USAGE


class Interrupted(PetitspasError):
    """Ctrl-C or end of input at a question: nothing was written (exit 130, the shell's code
    for a command ended by Ctrl-C)."""

    exit_code = 130


class StoreError(PetitspasError):
    """The store cannot be read or written: corrupt, newer schema, busy, unwritable (exit 3)."""

    exit_code = STORE
