"""dyad's exceptions. Each message is one line a user can act on."""


class DyadError(Exception):
    """Base class for every error dyad reports to a user."""


class InputError(DyadError):
    """An input item cannot be read or coded (empty, binary, too large, undecodable, no article)."""


class DictionaryError(DyadError):
    """A user dictionary file has an error; the message names the file and line."""


class StoreError(DyadError):
    """The database cannot be opened or written."""


class ServeError(DyadError):
    """``dyad serve`` cannot start as asked (an exposed address with no token, no web assets)."""
