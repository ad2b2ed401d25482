"""Results computed from the store, kept until the store changes (a load or an ingest commits)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any


class Cache:
    """Results by key, for one version of the store; computed one at a time under ``lock`` (so a computation
    that needs the store's one measuring cursor has it to itself)."""

    def __init__(self, lock: threading.RLock) -> None:
        self.lock = lock
        self._items: dict[Hashable, Any] = {}
        self._version: Hashable = None

    def get(self, key: Hashable) -> Any:
        """The result under ``key``, or None."""
        return self._items.get(key)

    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The result under ``key``, computed now when there is none."""
        hit = self._items.get(key)
        if hit is not None:
            return hit
        with self.lock:
            hit = self._items.get(key)
            if hit is None:
                hit = self._items[key] = compute()
            return hit

    def follow(self, version: Hashable) -> None:
        """The store is at ``version``: forget every result of another."""
        if version != self._version:
            self._version = version
            self._items.clear()

    def clear(self) -> None:
        self._items.clear()
