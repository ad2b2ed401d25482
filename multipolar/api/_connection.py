"""The store as the reader holds it: opened when a request needs it and closed when the last one in
flight is done (so a ``multipolar load`` can take the file between requests), with a cursor per thread for
plain reads and one measuring cursor, used one computation at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..store import Store


class Connection:
    """A store opened read-only (per request) or writable (kept open); ``on_open`` is told each time it opens.
    ``lock`` is held while the measuring cursor is used, or the store closed."""

    def __init__(self, store: Store, *, keep_open: bool, lock: threading.RLock,
                 on_open: Callable[[Store], None]) -> None:
        self.path, self.read_only = store.path, store.read_only
        self.keep_open = keep_open or not store.read_only
        self.lock = lock
        self._on_open = on_open
        self._open_lock = threading.Lock()
        self._active = 0
        self._generation = 0
        self._base: Store | None = store
        self._local = threading.local()
        self._worker: tuple[int, Store] | None = None
        on_open(store)
        if not self.keep_open:
            store.close()
            self._base = None

    @property
    def store(self) -> Store:
        """The open store (between :meth:`acquire` and :meth:`release`, or always when kept open)."""
        if self._base is None:
            self.acquire()
        assert self._base is not None
        return self._base

    def acquire(self) -> None:
        """Open the store for a request (raises StoreError while another process writes to it)."""
        with self._open_lock:
            if self._base is None:
                self._base = Store(self.path, read_only=self.read_only)
                self._generation += 1
                self._on_open(self._base)
            self._active += 1

    def acquire_if_open(self) -> bool:
        """Count a request in without blocking when the store is already open (the common case)."""
        with self._open_lock:
            if self._base is None:
                return False
            self._active += 1
            return True

    def release(self) -> None:
        """A request is done; close the store when none is in flight, so writers can have the file."""
        with self._open_lock:
            self._active = max(0, self._active - 1)
            if self._active == 0 and not self.keep_open and self._base is not None:
                with self.lock:
                    self._worker = None
                    self._base.close()
                    self._base = None

    def reader(self) -> Store:
        """This thread's cursor on the open store."""
        held = getattr(self._local, "store", None)
        if held is None or held[0] != self._generation or self._base is None:
            held = (self._generation, self.store.cursor())
            self._local.store = held
        return held[1]

    def worker(self) -> Store:
        """The measuring cursor (use it holding :attr:`lock`)."""
        if self._worker is None or self._worker[0] != self._generation:
            self._worker = (self._generation, self.store.cursor())
        return self._worker[1]

    def forget_worker(self) -> None:
        """A fresh measuring cursor next time (after a write)."""
        with self.lock:
            self._worker = None
