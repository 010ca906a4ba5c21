"""The error family: each error carries its user-facing message and its exit code."""


class PetitspasError(Exception):
    """A failure the user can act on; `console.guarded` prints it and exits with `exit_code`."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RuleError(PetitspasError):
    """Refused by the rules: nothing active, a date out of range, a duplicate title (exit 1)."""

    exit_code = 1


class UsageError(PetitspasError):
    """The command line itself is wrong: a date that does not parse, a bad flag value (exit 2)."""

    exit_code = 2


class Interrupted(PetitspasError):
    """Ctrl-C or end of input at a question: nothing was written (exit 130, the shell's code
    for a command ended by Ctrl-C)."""

    exit_code = 130


class StoreError(PetitspasError):
    """The store cannot be read or written: corrupt, newer schema, busy, unwritable (exit 3)."""

    exit_code = 3
