"""Copies kept in one process's memory: what a page shows, made once and read by the next requests.

For values whose key names every version they depend on (the site's content version, a shop's
scope version: core.page_cache), so that a copy is never wrong, only unused once a write has
changed a version; the least recently used go first when the store is full. Each copy also ends
at a moment of its own (``expires_at``, a wall-clock time: when what it shows changes with the
clock) and after ``max_age`` seconds at most, so what no key can name (an image file replaced
under the same rendition) is never older than a page the whole-page cache would serve.

A store is bounded by its number of copies, or by their bytes when its values have a size
(``sized``: the whole-page cache's tier, core.page_cache.LocalTier); a copy of more than an
eighth of ``max_bytes`` is not kept, since it would push out everything else.

Values are shared by every request of the process: they must be treated as read-only.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class LocalCopies:
    def __init__(
        self,
        max_entries: int | None = None,
        max_age: float = 600,
        *,
        max_bytes: int | None = None,
        sized: Callable[[Any], int] | None = None,
    ):
        if (max_bytes is None) != (sized is None):
            raise ValueError("max_bytes and sized go together.")
        self.max_entries = max_entries
        self.max_age = max_age
        self.max_bytes = max_bytes
        self._sized = sized
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            expires_at, value = found
            if expires_at <= time.time():
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key: Hashable, value: Any, expires_at: float | None = None) -> None:
        if self._sized is not None and self._sized(value) > self.max_bytes // 8:
            return
        ends = time.time() + self.max_age
        if expires_at is not None:
            ends = min(ends, expires_at)
        with self._lock:
            if key in self._entries:
                self._drop(key)
            self._entries[key] = (ends, value)
            if self._sized is not None:
                self._bytes += self._sized(value)
            while self._entries and self._full():
                self._drop(next(iter(self._entries)))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def _full(self) -> bool:
        if self.max_entries is not None and len(self._entries) > self.max_entries:
            return True
        return self.max_bytes is not None and self._bytes > self.max_bytes

    def _drop(self, key: Hashable) -> None:
        _ends, value = self._entries.pop(key)
        if self._sized is not None:
            self._bytes -= self._sized(value)
