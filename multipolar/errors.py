"""The one error hierarchy of multipolar.

    MultipolarError
    ├── InputError        a file, folder, URL or feed could not be read
    │   └── FetchError    a network fetch failed (timeout, HTTP status, size limit)
    ├── DataError         a dataset file is malformed (wrong columns, bad rows)
    ├── ExtractionError   the NLP pipeline could not run (model missing, …)
    ├── StoreError        the DuckDB store could not be opened or written
    │   └── StoreBusyError    another process holds the store, or wrote the same rows (transient: try again)
    └── UsageError        the caller asked for something that does not exist

Every message names the input and says what to do. The CLI turns these into a
one-line message and a non-zero exit status; the web layer into HTTP statuses.
"""

from __future__ import annotations


class MultipolarError(Exception):
    """Base class of every error multipolar raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        self.line = line
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}"
            if self.line is not None:
                where += f", line {self.line}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text


class InputError(MultipolarError):
    """An input (file, folder, URL, feed) could not be read."""

    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error status, too large)."""


class DataError(MultipolarError):
    """A dataset file is malformed or has too many bad rows."""

    exit_code = 3


class ExtractionError(MultipolarError):
    """The extraction pipeline could not run."""

    exit_code = 4


class StoreError(MultipolarError):
    """The store could not be opened, read or written."""

    exit_code = 5


class StoreBusyError(StoreError):
    """The store is in use by another process, or another writer changed the same rows: waiting and trying
    again can succeed (``transient``)."""

    transient = True


class UsageError(MultipolarError):
    """The caller asked for something that does not exist (unknown dataset, actor, format…)."""

    exit_code = 2
